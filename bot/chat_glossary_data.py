"""Word and phrase glossaries from the languages patients write in into the English the red-flag
detector reads (`bot.chat_glossary` parses and applies them). Content is data: a clinician or a
native speaker can review one language in a diff.

Entry format, per language: ``key: value`` separated by ``;`` or line breaks. Keys are lower case and
accent-free (the text is folded before matching, so "fièvre", "fievre" and "FIEBRE" all match);
``a|b`` lists spellings of one key; a trailing ``*`` on a word matches any ending ("gorączk*" covers
gorączka, gorączki, gorączkę); a value ``-`` drops the word. Longer phrases win over shorter ones.
Everyday words for the §4b/§4c signs of the medical brief, body parts, negation, "if", hearsay,
past time, questions, people and numbers; not translations of particular test sentences.

``ACCENTED`` rewrites words whose accent alone tells them apart ("è" is, "e" and), before folding.
``RULES`` are per-language regex rewrites on the folded text before the glossary (word order).
"""

from __future__ import annotations

from typing import Dict, FrozenSet, Tuple

from bot.chat_glossary_data_more import GERMAN, HINGLISH, POLISH
from bot.chat_glossary_data_world import LANGUAGES as WORLD_LANGUAGES
from bot.chat_glossary_data_world import PREFIXES as WORLD_PREFIXES
from bot.chat_glossary_data_world import RULES as WORLD_RULES
from bot.chat_glossary_data_world import SPELLING as WORLD_SPELLING

Rule = Tuple[str, str]

SPANISH = """
yo: i; tengo: i have; tiene|tienen: has; tienes: you have; tenia|tuve|he tenido: i had; tuvo: had; estoy: i am
esta|estan: is; es: is; son: are; soy: i am; fue|era|estaba: was; ha sido: has been; he: i have; ha|han: has; hay: there is
habia: there was; me: -; te|se|le|les|nos: -; lo: it; mi|mis: my; tu|tus: your; su|sus: his; el|la|los|las: the; ella: she
ellos|ellas: they; un|una|uno: a; unos|unas|algunos|algunas: some; y|e: and; o: or; pero|aunque: but; con: with
sin: without; de|del: of; en: in; al: to the; por|para: for; que: that; muy: very; mucho|mucha|muchisimo: a lot
poco|poca: a little; un poco|algo: a little; bastante: quite; mas: more; ya: already; todavia|aun|sigue|sigo|siguen: still
ahora|ahorita: now; desde: since; hace: ago; despues de|tras|luego de: after; despues|luego: then; antes de: before
antes: before; hoy: today; ayer: yesterday; anoche: last night; manana: tomorrow; esta manana: this morning
esta noche: tonight; esta semana: this week; semana pasada: last week; dia: day; dias: days; semana: week; semanas: weeks
mes: month; meses: months; ano: year; anos: years; hora: hour; horas: hours; minutos: minutes; si: if; cuando: when
por si: in case; en caso de que: if; puedo: can i; puede: can; debo|deberia: should i; no puedo: i can not
no tengo: i do not have; no hay: there is no; no es: is not; no estoy: i am not; no me: not; no: not; nada: nothing
nunca: never; ningun|ninguna|ninguno: no; ni: nor; tampoco: neither; dice que|dicen que: says that; dijo que: said that
dice|dicen: says; dijo: said; me dijo|me dijeron: told me; le paso|le salio: had; le dio: got; salio: came out
es normal: is it normal; que es: what is; que hago|que debo hacer|que hacer|que puedo hacer: what should i do
cuantas|cuantos: how many; cuanto: how long; como: how; por que: why; cuando puedo: when can i; otra vez|de nuevo: again
todo: all; todo bien: all fine; bien: fine; mal: bad; mejor: better; peor: worse
se fue|se quito|ya paso|desaparecio: went away; hice|hizo|hicieron|me hicieron|me hice|me puse|me pusieron: had
me salio|me salieron|me sale|me salen: i got; varios|varias: several; buenos dias|buenas tardes|hola: hello
se curo|sano|curado: healed; siento|me siento: i feel; esposo|marido: husband; esposa|mujer: wife; hermana: sister
hermano: brother; madre|mama: mum; padre|papa: dad; hijo: son; hija: daughter; amigo|amiga: friend; amigos|amigas: friends
novio: boyfriend; novia: girlfriend; abuela: grandma; abuelo: grandad; vecino|vecina: neighbour; pareja: partner
nino|nina|bebe: child; companero|companera: colleague; alguien: someone; gente: people; uno: one; dos: two; tres: three
cuatro: four; cinco: five; seis: six; siete: seven; ocho: eight; nueve: nine; diez: ten; doce: twelve; quince: fifteen
grados: degrees; cabeza: head; cuero cabelludo: scalp; pelo|cabello: hair; cuello: neck; nuca: neck; pecho: chest
corazon: heart; labio: lip; labios: lips; lengua: tongue; garganta: throat; ojo: eye; ojos: eyes; cara|rostro: face
frente: forehead; piel: skin; parpado: eyelid; parpados: eyelids; musculos: muscles; brazo: arm; pierna: leg; boca: mouth
orina: urine; orinar: urinate; respirar: breathe; tragar: swallow; mesoterapia: mesotherapy; sesion: session
sesiones: sessions; inyeccion|pinchazo|piquete: injection; inyecciones|pinchazos|piquetes: injections
tratamiento: treatment; clinica: clinic; medico|medica|doctora: doctor; urgencias: emergency department
antibiotico: antibiotic; antibioticos: antibiotics; pastillas: pills; despierto|despierta: awake
bulto|bola|bolita|chichon|protuberancia: lump; bultos|bolas|bolitas: lumps; nodulo: nodule; nodulos: nodules; grano: pimple
granos: pimples; absceso: abscess; forunculo: boil; quiste: cyst
hinchado|hinchada|inflamado|inflamada|hinchados|hinchadas: swollen; hinchazon|inflamacion: swelling
se hincha|se esta hinchando|hinchando: is swelling; rojo|roja|rojos|rojas|enrojecido|enrojecida|colorado: red
rojez|enrojecimiento|rojo alrededor: redness; caliente|calientes: hot; dolor: pain; duele|duelen: hurts
me duele|me duelen: it hurts; doloroso|dolorosa|dolorosos: painful; pus: pus; supura|supurando: oozing pus
sale pus|me sale pus|sale pus: pus is coming out; secrecion|liquido: discharge; infectado|infectada: infected
infeccion: infection; se extiende|se esta extendiendo|se expande|se propaga|extendiendose: is spreading
rayas rojas|lineas rojas: red streaks; crece|esta creciendo|creciendo: is growing; mas grande: bigger
cada vez mas grande: getting bigger; nuevos bultos: new lumps; no mejora|no ha mejorado: not improving
calva|zona calva|calvas: bald patch; cicatriz: scar; se me cae el pelo|caida del pelo: hair loss; fiebre|calentura: fever
temperatura: temperature; escalofrios: chills; febril|afiebrado: feverish; temblores|temblando|tiemblo|temblar: shivering
no paro de temblar: shaking uncontrollably; diabetes: diabetes; diabetico|diabetica: diabetic
defensas bajas: weak immune system; inmunodeprimido|inmunodeprimida: immunosuppressed; corticoides|esteroides: steroids
quimioterapia|quimio: chemotherapy; embarazada: pregnant; confundido|confundida|confuso|confusa: confused
desorientado|desorientada: disoriented; no sabe donde esta: confused; arrastra las palabras|habla arrastrada: slurred speech
somnoliento|somnolienta|adormilado|adormilada|amodorrado: drowsy; no se despierta: hard to wake
cuesta despertarlo|cuesta despertarla|dificil despertarlo|dificil despertarla: hard to wake; dolor muscular: muscle pain
frio|helado: cold; me falta el aire|falta de aire|me ahogo|ahogo: short of breath
no puedo respirar|no puede respirar: can not breathe; respiro rapido: breathing fast; respiracion: breathing
palpitaciones|taquicardia: palpitations; corazon acelerado|el corazon me late muy rapido: heart racing
late|latiendo: beating; rapido|rapida|rapidamente: fast; moteada|moteado|con manchas: mottled
azul|azules|morado|morados|morada|moradas: blue; palido|palida: pale; gris|grisaceo: grey
sarpullido|erupcion|manchas rojas: rash; vaso|cristal: glass; presionar|presiono|aprieto|apretar: press
desaparece|desaparecen|se borra|se borran|se quita|se quitan: fade; no orino|no he orinado: i have not urinated
me voy a morir|me muero|siento que me muero: i feel like i might die; insoportable: unbearable
horrible|terrible|tremendo: terrible; fuerte|intenso|intensa|severo|severa: severe; alta|alto|elevada: high
dolor de cabeza|me duele la cabeza: headache; cuello rigido|rigidez de nuca|nuca rigida|cuello duro: stiff neck
rigido|rigida|tieso: stiff; duro|dura|firme: hard
la luz me molesta|me molesta la luz|molesta la luz: light hurts my eyes
me molesta mucho la luz|me duele la luz|me duelen los ojos con la luz: light hurts my eyes
que no puedo controlar|que no puedo parar|incontrolables|incontrolable|sin parar de temblar: uncontrollable
manchas moradas|puntos morados: purple spots
no desaparecen|no se quitan|no se van|no se borran: do not fade
luz: light; vomitos|vomitando|vomito|vomite|devolviendo: vomiting; convulsion|convulsiones: seizure
dolor en el pecho|dolor de pecho|me duele el pecho: chest pain; me desmaye: i fainted
desmayo|desmayado|desmayada|desmaye|desmayarme|desmayarse: fainted; acabo de: i just; se desmayo: fainted
se desplomo|colapso: collapsed; no puedo tragar: i can not swallow; silbido|pitido: wheezing
vision doble|veo doble: double vision; debilidad: weakness; debil: weak; mareado|mareada|mareo: dizzy
cansado|cansada: tired; moretones|moraton: bruises; costras|costra: scabs
puntitos de sangre|puntos de sangre: pinpoint bleeding spots; sangre: blood; picor|picazon|comezon: itching
pequeno|pequena|pequenos|pequenas|pequenito|pequenita: small; leve|ligero|ligera: mild; normal: normal
no sabe donde esta|no sabe donde estoy|no se donde estoy|no sabe quien soy|no me reconoce: is confused
habla raro|habla extrano|habla rara|arrastra las palabras|no se le entiende: slurred speech
se duerme todo el rato|se queda dormido|se queda dormida|no se despierta|muy dormido|muy dormida: very drowsy
se esta extendiendo|se extiende|extendiendo|extendiendose|se esta expandiendo|se agranda: spreading; cada dia mas: more every day
alrededor de|alrededor: around; se me cae el pelo|se me esta cayendo el pelo|cayendo el pelo|se cae el pelo: hair falling out
en parches|a parches|por parches|en zonas|calvas|zonas calvas: in patches; donde: where
"""

FRENCH = """
je|j: i; jai|j ai: i have; ai: have; il a: he has; elle a: she has; on a: we have; qui a: that has; a: at; as: have
avait|avais|ai eu|a eu: had; suis: am; es|est: is; sont: are; etait|etais|ete: was; il: he; elle: she; ils|elles: they
on: we; il y a|y a: there is; y a t il: is there; n ai plus|nai plus: no longer have; plusieurs: several
bonjour|salut: hello; me|m|te|t|se|s|y|en|lui|leur: -; mon|ma|mes: my; ton|ta|tes: your; son|sa|ses: his; le|la|les|l: the
un|une: a; des|du|de|d: of; et: and; ou: or; mais: but; avec: with; sans: without; dans: in; sur: on; au|aux|a la: at the
pour|par: for; que|qu: that; tres|trop: very; beaucoup: a lot; un peu|peu: a little; plus: more; deja: already
encore|toujours: still; maintenant: now; depuis: since; apres: after; avant: before; aujourd hui|aujourdhui: today
hier: yesterday; hier soir|cette nuit: last night; demain: tomorrow; ce matin: this morning; ce soir: tonight
cette semaine: this week; la semaine derniere: last week; jour|journee: day; jours: days; semaine: week; semaines: weeks
mois: months; an|annee: year; ans|annees: years; heure: hour; heures: hours; minutes: minutes; si: if; s il: if it
quand|lorsque: when; au cas ou: in case; je peux|puis je: can i; peut: can; dois je|je dois: should i; ne|n: -; pas: not
pas de: no; plus de: no more; plus ai: no longer have; aucun|aucune: no; sans: without; jamais: never; rien: nothing
ni: nor; j ai pas|jai pas: i do not have; pas ai: do not have; pas y a|y a pas: there is no; je peux pas|pas peux: i can not
dit que|disait que: says that; a dit que: said that; dit: says; m a dit|ma dit: told me; a eu: had
est ce normal|c est normal|cest normal|est ce que c est normal|c normal: is it normal
c est quoi|cest quoi|qu est ce que|quest ce que|qu est ce qu|quest ce qu: what is
que faire|je fais quoi|quoi faire|que dois je faire|qu est ce que je dois faire: what should i do; combien de: how many
combien: how much; comment: how; pourquoi: why; quand puis je: when can i; a nouveau|de nouveau|encore une fois: again
tout: all; tout va bien: all fine; bien: fine; mal: pain; juste: just; mieux: better; pire: worse
parti|partie|disparu|disparue|a disparu: went away; gueri|guerie: healed; je me sens|je sens|me sens: i feel
c est|cest|ce: it is; ca|cela: it; mari: husband; femme: wife; soeur: sister; frere: brother; mere|maman: mum
pere|papa: dad; fils: son; fille: daughter; ami|amie|copain|copine: friend; amis|amies: friends; voisin|voisine: neighbour
collegue: colleague; enfant|bebe: child; quelqu un|quelquun: someone; gens: people; grand mere: grandma; deux: two
trois: three; quatre: four; cinq: five; six: six; sept: seven; huit: eight; neuf: nine; dix: ten; quinze: fifteen
degres|degre: degrees; tete: head; cuir chevelu: scalp; cheveux: hair; cou|nuque: neck; poitrine|thorax: chest; coeur: heart
levre: lip; levres: lips; langue: tongue; gorge: throat; oeil: eye; yeux: eyes; visage|figure: face; front: forehead
peau: skin; paupiere: eyelid; paupieres: eyelids; muscles: muscles; bras: arm; jambe: leg; bouche: mouth; urine: urine
uriner|faire pipi: urinate; respirer: breathe; avaler: swallow; mesotherapie|meso: mesotherapy; seance: session
seances: sessions; piqure|injection: injection; piqures|injections: injections
points d injection|points dinjection: injection sites; point d injection|point dinjection: injection site
traitement: treatment; clinique: clinic; medecin|docteur: doctor; urgences: emergency department; antibiotique: antibiotic
antibiotiques: antibiotics; cachets|comprimes: pills; reveiller|reveille: wake; boule|bosse|grosseur|masse|noeud: lump
boules|bosses|grosseurs: lumps; nodule: nodule; nodules: nodules; bouton: pimple; boutons: pimples; abces: abscess
furoncle: boil; kyste: cyst; gonfle|gonflee|gonfles|gonflees|enfle|enflee|tumefie|enflamme|enflammee: swollen
gonflement|enflure|oedeme|inflammation: swelling; gonflent|enflent: swell; rouge|rouges|rougi|rougie: red
rougeur|rougeurs: redness; chaud|chaude|chauds|chaudes|brulant|brulante: hot; douleur|douleurs: pain
fait mal|me fait mal|ca fait mal|ca me fait mal: it hurts; douloureux|douloureuse|douloureuses: painful; pus: pus
suinte|suintement|coule: oozing; qui sort: coming out; ecoulement|liquide: discharge; infecte|infectee: infected
infection: infection; s etend|setend|s etale|se propage|se repand|s agrandit|sagrandit: is spreading
traces rouges|lignes rouges|trainees rouges: red streaks; grossit|grandit: is growing
de plus en plus gros|de plus en plus grosse: getting bigger; plus gros|plus grosse: bigger; nouvelles boules: new lumps
pas s ameliore: not improving; plaque chauve|zone chauve|trou dans les cheveux: bald patch; cicatrice: scar
chute de cheveux: hair loss; fievre: fever; temperature: temperature; frissons: chills; fievreux|fievreuse: feverish
frissonne|grelotte|tremble|tremblements|trembler: shivering; incontrolables|incontrolable: uncontrollable; diabete: diabetes
diabetique: diabetic; immunodeprime|immunodeprimee: immunosuppressed; defenses immunitaires faibles: weak immune system
corticoides|corticoide|cortisone|steroides: steroids; chimiotherapie|chimio: chemotherapy; enceinte: pregnant
confus|confuse: confused; desoriente|desorientee: disoriented; parle bizarrement|mal articule: slurred speech
somnolent|somnolente|endormi|endormie: drowsy
difficile a reveiller|pas arrive a le reveiller|pas arrive a la reveiller: hard to wake
douleurs musculaires|courbatures: muscle pain; froid|glace|gelee: cold; essouffle|essoufflee: short of breath
j etouffe|jetouffe|etouffe: i am choking; du mal a respirer|mal a respirer|difficulte a respirer: difficulty breathing
arrive pas a respirer|pas arrive a respirer|pas peux respirer: i can not breathe; respiration: breathing
palpitations|tachycardie: palpitations; mon coeur bat tres vite|le coeur qui s emballe: heart racing; bat: beats
vite|rapide|rapidement: fast; marbre|marbree|marbrures: mottled; bleu|bleue|bleues|bleus: blue; pale|pales|livide: pale
gris|grise|grisatre: grey; eruption|plaques rouges|taches rouges: rash; pas ai urine|pas urine: i have not urinated
je vais mourir|j ai l impression de mourir: i feel like i might die; insupportable|atroce: unbearable
horrible|terrible: terrible; fort|forte|intense|violent|violente|severe: severe; elevee|eleve: high
mal de tete|mal a la tete|maux de tete|migraine: headache; tres mal a la tete|tres mal de tete: severe headache
je vomis: i am vomiting; nuque raide|cou raide|raideur de la nuque: stiff neck; raide: stiff
la lumiere me gene|la lumiere me fait mal|supporte pas la lumiere|pas supporte la lumiere: light hurts my eyes
lumiere: light; vomis|vomi|vomissements|vomir|vomit: vomiting
convulsions|convulsion|crise d epilepsie|crise convulsive: seizure
douleur a la poitrine|douleur thoracique|mal a la poitrine|mal au thorax: chest pain
evanoui|evanouie|suis tombe dans les pommes|tombe dans les pommes|perdu connaissance: fainted; fait un malaise: fainted
effondre|effondree: collapsed; je viens de: i just; sifflement|respiration sifflante: wheezing
vision double|vois double|je vois double: double vision; faiblesse: weakness; faible: weak
vertiges|vertige|etourdi|etourdie: dizzy; fatigue|fatiguee: tired; hematome|hematomes: bruises; croutes|croute: scabs
petits points de sang|points de sang: pinpoint bleeding spots; sang: blood; demangeaisons|gratte: itching
des bleus|des petits bleus: bruises; petit|petite|petits|petites: small; leger|legere|legerement: mild
normal|normale: normal; sensible: tender; malade: sick; verre: glass; appuie|appuyer|presse|presser: press
s efface|s effacent|disparait|disparaissent|part: fade; qui: that
taches|tache|points|boutons violets: spots; violettes|violets|violacees|violaces|violet: purple
ne s effacent pas|ne disparaissent pas|ne partent pas|ne pali pas|ne palissent pas: do not fade
voit double|vois double|vision double|il voit trouble en double: double vision; en appuyant|quand j appuie|j appuie: when i press
"""

ITALIAN = """
io: i; ho: i have; ha|hanno: has; hai: you have; avevo|ho avuto: i had; aveva|ha avuto: had; sono: i am; e: and
sta|stanno: is; era|stava|ero: was; lui: he; lei: she; loro: they; mi|ti|si|ci|le|ne: -; mio|mia|miei|mie: my; tuo|tua: your
suo|sua|suoi|sue: his; il|lo|la|i|gli|l: the; un|uno|una: a; ed: and; o|oppure: or; ma|pero: but; con: with; senza: without
di|del|della|dei|delle|dello: of; in|nel|nella|nei|nelle: in; sul|sulla|su: on; per: for; che: that
molto|tanto|tanta|parecchio: very; un po|poco: a little; piu: more; gia: already; ancora: still; adesso|ora: now; da: since
dopo: after; prima: before; oggi: today; ieri: yesterday; ieri sera|stanotte|questa notte: last night; domani: tomorrow
stamattina|questa mattina: this morning; stasera: tonight; questa settimana: this week; la settimana scorsa: last week
giorno: day; giorni: days; settimana: week; settimane: weeks; mese: month; mesi: months; anno: year; anni: years
ora fa: hour ago; ora fa: an hour ago; ore: hours; minuti: minutes; fa: ago; un ora|una ora: an hour; fatto|fatta: done
ho fatto: i had; diversi|diverse: several; ciao|buongiorno|salve: hello; se: if; quando: when; nel caso: in case
posso: can i; puo: can; devo: should i; non: not; non ho: i do not have; non c e|non ce: there is no; non posso: i can not
nessun|nessuna|nessuno: no; mai: never; niente|nulla: nothing; dice che|dicono che: says that; ha detto che: said that
dice: says; ha detto: said; mi ha detto: told me; e normale|normale: is it normal; cos e|cose|che cos e|cosa e: what is
cosa faccio|cosa devo fare|che faccio|che fare: what should i do; quante|quanti: how many; quanto: how long; come: how
perche: why; quando posso: when can i; di nuovo|ancora una volta: again; tutto: all; tutto bene|tutto ok: all fine
bene: fine; male: bad; meglio: better; peggio: worse; sparito|sparita|passato|passata|andato via: went away
guarito|guarita: healed; mi sento|sento: i feel; c e|ce: there is; marito: husband; moglie: wife; sorella: sister
fratello: brother; madre|mamma: mum; padre|papa: dad; figlio: son; figlia: daughter; amico|amica: friend
amici|amiche: friends; vicino|vicina: near; collega: colleague; bambino|bambina|bimbo|bimba: child; qualcuno: someone
gente: people; nonna: grandma; fidanzato|ragazzo: boyfriend; fidanzata|ragazza: girlfriend; due: two; tre: three
quattro: four; cinque: five; sei: six; sette: seven; otto: eight; nove: nine; dieci: ten; quindici: fifteen; gradi: degrees
testa: head; cuoio capelluto: scalp; capelli: hair; collo|nuca: neck; petto|torace: chest; cuore: heart; labbro: lip
labbra: lips; lingua: tongue; gola: throat; occhio: eye; occhi: eyes; viso|faccia: face; fronte: forehead; pelle|cute: skin
palpebra: eyelid; palpebre: eyelids; muscoli: muscles; braccio: arm; gamba: leg; bocca: mouth; urina|pipi: urine
urinare: urinate; respirare: breathe; deglutire|inghiottire: swallow; mesoterapia: mesotherapy; seduta|sessione: session
sedute|sessioni: sessions; iniezione|puntura: injection; iniezioni|punture|punti di iniezione: injections
trattamento: treatment; clinica|studio: clinic; medico|dottore|dottoressa: doctor; pronto soccorso: emergency department
antibiotico: antibiotic; antibiotici: antibiotics; pastiglie|compresse: pills; svegliare|sveglio|sveglia: wake
nodulo|bozzo|bozzolo|grumo|gonfiore duro|pallina|bernoccolo: lump; noduli|bozzi|palline: lumps; brufolo|foruncolo: pimple
brufoli: pimples; ascesso: abscess; cisti: cyst; gonfio|gonfia|gonfi|gonfie|gonfiato|gonfiata|infiammato|infiammata: swollen
gonfiore|infiammazione: swelling; si gonfia|si gonfiano|gonfiano|gonfia: swell
rosso|rossa|rossi|rosse|arrossato|arrossata: red; rossore|arrossamento: redness; caldo|calda|caldi|calde|bollente: hot
dolore|dolori: pain; fa male|mi fa male|fanno male: it hurts; doloroso|dolorosa: painful; pus: pus
esce pus|esce del pus: pus is coming out; secrezione|liquido: discharge; infetto|infetta: infected; infezione: infection
si sta allargando|si allarga|si espande|si diffonde: is spreading; strisce rosse|righe rosse: red streaks
cresce|sta crescendo: is growing; sempre piu grande: getting bigger; piu grande: bigger; nuovi noduli: new lumps
non migliora: not improving; chiazza calva|zona calva: bald patch; cicatrice: scar
caduta dei capelli|perdita di capelli: hair loss; febbre: fever; temperatura: temperature; brividi: chills
febbricitante|febbrile: feverish; tremo|tremore|tremori|tremare|tremando: shivering
incontrollabili|incontrollabile: uncontrollable; diabete: diabetes; diabetico|diabetica: diabetic
immunodepresso|immunodepressa|difese immunitarie basse: weak immune system; cortisone|steroidi|cortisonici: steroids
chemioterapia|chemio: chemotherapy; incinta: pregnant; confuso|confusa: confused; disorientato|disorientata: disoriented
parla strano|biascica: slurred speech; sonnolento|sonnolenta|assonnato|assonnata|intontito|intontita: drowsy
difficile da svegliare|non si sveglia: hard to wake; dolori muscolari: muscle pain; freddo|gelato: cold
affanno|fiato corto|mi manca il respiro|manca il fiato: short of breath; non riesco a respirare|non respiro: can not breathe
respiro: breathing; palpitazioni|tachicardia: palpitations
il cuore batte forte|cuore a mille|il cuore mi batte velocissimo: heart racing; batte: beats
veloce|velocemente|rapido: fast; chiazzato|chiazzata|marezzato: mottled; blu|bluastro|bluastre|viola|cianotico: blue
pallido|pallida: pale; grigio|grigia|grigiastro: grey; eruzione|macchie rosse|sfogo: rash; bicchiere: glass
premo|premere|schiaccio: press; scompare|scompaiono|sparisce|spariscono: fade
non faccio pipi|non urino: i have not urinated; sto morendo|sento di morire|mi sembra di morire: i feel like i might die
insopportabile|atroce: unbearable; terribile|tremendo|orribile: terrible; forte|intenso|intensa|fortissimo: severe
alta|alto|elevata: high; mal di testa|emicrania: headache; collo rigido|rigidita nucale|nuca rigida: stiff neck
rigido|rigida: stiff; la luce mi da fastidio|la luce mi fa male|fastidio alla luce: light hurts my eyes; luce: light
vomito|vomitato|vomitare|vomitando: vomiting; convulsioni|convulsione|crisi epilettica: seizure
dolore al petto|dolore toracico|male al petto: chest pain; svenuto|svenuta|svenimento|sono svenuto|sono svenuta: fainted
collassato|collassata|crollato|crollata: collapsed; appena: just; sibilo|fischio: wheezing
vista doppia|vedo doppio|visione doppia: double vision; debolezza: weakness; debole: weak
vertigini|capogiro|mi gira la testa|stordito|stordita: dizzy; stanco|stanca: tired; lividi|livido: bruises
crosticine|croste|crosta: scabs; puntini di sangue: pinpoint bleeding spots; sangue: blood; prurito: itching
piccolo|piccola|piccoli|piccole: small; lieve|leggero|leggera: mild; sensibile: tender; malato|malata: sick
"""

PORTUGUESE = """
eu: i; tenho|estou com|to com|tou com|to com: i have; tem|tinha|teve: has; tive: i had; estou|tou|sou: i am; ha: there is
faz mal: is bad for; varios|varias: several; bom dia|boa tarde|ola|oi: hello; fiz|fez|fizeram: had; esta|ta|estao: is
foi|era|estava: was; ele: he; ela: she; eles|elas: they; me|te|lhe|se: -; meu|minha|meus|minhas: my
seu|sua|seus|suas|dele|dela: his; o|os|as: the; um|uma: a; uns|umas: some; e: and; ou: or; mas|porem: but; com: with
sem: without; de|do|da|dos|das: of; em|no|na|nos|nas: in; ao: to the; por|para|pra: for; que: that; muito|muita: very
bastante: a lot; um pouco|pouco|pouca: a little; mais: more; ja: already; ainda|continua: still; agora: now; desde: since
depois|apos: after; antes: before; hoje: today; ontem: yesterday; ontem a noite|esta noite: last night; amanha: tomorrow
hoje de manha: this morning; esta semana: this week; semana passada: last week; dia: day; dias: days; semana: week
semanas: weeks; mes: month; meses: months; ano: year; anos: years; hora: hour; horas: hours; minutos: minutes; atras: ago
faz: ago; caso: if; quando: when; caso: if; posso: can i; pode: can; devo: should i; nao: not
nao tenho|nao estou com: i do not have; nao ha|nao tem: there is no; nao consigo|nao posso: i can not; nenhum|nenhuma: no
nunca: never; nada: nothing; nem: nor; diz que|disse que|falou que: says that; diz|fala: says; disse|falou: said
me disse|me falou: told me; e normal|isso e normal|normal: is it normal; o que e: what is
o que fazer|o que eu faco|o que devo fazer: what should i do; quantas|quantos: how many; quanto tempo: how long; como: how
por que|porque: why; quando posso: when can i; de novo|novamente: again; tudo: all; tudo bem|tudo certo: all fine; bem: fine
mal: bad; melhor: better; pior: worse; sumiu|desapareceu|passou: went away; sarou|curou|cicatrizou: healed
me sinto|sinto: i feel; marido|esposo: husband; esposa|mulher: wife; irma: sister; irmao: brother; mae|mamae: mum
pai|papai: dad; filho: son; filha: daughter; amigo|amiga: friend; amigos|amigas: friends; vizinho|vizinha: neighbour
colega: colleague; crianca|bebe: child; alguem: someone; gente|pessoas: people; avo: grandma; namorado: boyfriend
namorada: girlfriend; dois|duas: two; tres: three; quatro: four; cinco: five; seis: six; sete: seven; oito: eight
nove: nine; dez: ten; quinze: fifteen; graus: degrees; cabeca: head; couro cabeludo: scalp; cabelo|cabelos: hair
pescoco|nuca: neck; peito: chest; coracao: heart; labio: lip; labios|boca: lips; lingua: tongue; garganta: throat; olho: eye
olhos: eyes; rosto|cara: face; testa: forehead; pele: skin; palpebra: eyelid; palpebras: eyelids; musculos: muscles
braco: arm; perna: leg; urina|xixi: urine; urinar|fazer xixi: urinate; respirar: breathe; engolir: swallow
mesoterapia: mesotherapy; sessao: session; sessoes: sessions; injecao|picada|aplicacao: injection
injecoes|picadas|aplicacoes: injections; tratamento: treatment; clinica: clinic; medico|medica|doutor|doutora: doctor
pronto socorro|emergencia|urgencia: emergency department; antibiotico: antibiotic; antibioticos: antibiotics
comprimidos|remedio: pills; acordar|acordado|acordada: wake; caroco|nodulo|bolinha|bola|inchaco duro|galo: lump
carocos|nodulos|bolinhas: lumps; espinha: pimple; espinhas: pimples; abscesso: abscess; furunculo: boil; cisto: cyst
inchado|inchada|inchados|inchadas|inflamado|inflamada: swollen; inchaco|inflamacao: swelling; inchando|incha: swelling
vermelho|vermelha|vermelhos|vermelhas|avermelhado: red; vermelhidao: redness; quente|quentes: hot; dor|dores: pain
doi|doem|ta doendo|esta doendo: hurts; dolorido|dolorida|doloroso|dolorosa: painful; pus: pus
saindo pus|sai pus|saiu pus: pus is coming out; secrecao|liquido: discharge
infeccionado|infectado|infectada|infeccionada: infected; infeccao: infection
espalhando|se espalhando|esta espalhando|se espalha|aumentando: is spreading
riscos vermelhos|listras vermelhas|linhas vermelhas: red streaks; crescendo|cresceu|cresce: is growing
cada vez maior: getting bigger; maior: bigger; novos carocos|novos nodulos: new lumps; nao melhora: not improving
falha no cabelo|area careca|careca: bald patch; cicatriz: scar; queda de cabelo: hair loss; febre: fever
temperatura: temperature; calafrios|arrepios: chills; febril: feverish; tremendo|tremores|tremedeira|tremer: shivering
incontrolavel|incontrolaveis|sem parar: uncontrollable; diabetes: diabetes; diabetico|diabetica: diabetic
imunidade baixa|imunossuprimido|imunossuprimida: weak immune system; corticoide|corticoides|esteroides: steroids
quimioterapia|quimio: chemotherapy; gravida: pregnant; confuso|confusa: confused; desorientado|desorientada: disoriented
fala enrolada|enrolando a lingua: slurred speech; sonolento|sonolenta|grogue: drowsy
dificil de acordar|nao acorda: hard to wake; dor muscular|dores musculares: muscle pain; frio|gelado|gelada: cold
falta de ar|sem ar|sufocado|sufocada: short of breath; nao consigo respirar|nao consegue respirar: can not breathe
respiracao: breathing; palpitacoes|taquicardia: palpitations; coracao acelerado|coracao disparado: heart racing
bate|batendo: beating; rapido|rapida|acelerado: fast; manchado|manchada|marmoreada: mottled
azul|azulado|azulada|roxo|roxa|roxos: blue; palido|palida: pale; cinzento|cinza|acinzentado: grey
manchas vermelhas|erupcao|brotoeja: rash; nao desaparecem|nao somem: do not fade
incontrolaveis|incontrolavel|que nao consigo controlar: uncontrollable; copo: glass; aperto|apertar|pressiono|pressionar: press
desaparece|desaparecem|some|somem: fade; nao faco xixi|nao urino: i have not urinated
vou morrer|sinto que vou morrer: i feel like i might die; insuportavel: unbearable; terrivel|horrivel: terrible
forte|intenso|intensa|fortissima: severe; alta|alto|elevada: high; dor de cabeca: headache
pescoco duro|pescoco rigido|nuca rigida|rigidez na nuca: stiff neck; rigido|duro: stiff
a luz incomoda|a luz me incomoda|incomodo com a luz: light hurts my eyes; luz: light
vomito|vomitando|vomitei|vomitar: vomiting; convulsao|convulsoes: seizure; dor no peito|dor peito: chest pain
desmaiei|desmaiou|desmaio|desmaiado|desmaiada|desmaiar: fainted; desabou|caiu desmaiado: collapsed; acabei de: i just
chiado|chiando: wheezing; visao dupla|vendo dobrado|vejo dobrado: double vision; fraqueza: weakness; fraco|fraca: weak
tontura|tonto|tonta: dizzy; cansado|cansada: tired; hematomas|roxinhos: bruises; casquinhas|casquinha|crostas: scabs
pontinhos de sangue: pinpoint bleeding spots; sangue: blood; coceira|comichao: itching
pequeno|pequena|pequenos|pequenas: small; leve|leves: mild; sensivel: tender; doente: sick
"""

# Accent alone tells these apart: they are rewritten before the text is folded to ASCII.
ACCENTED: Dict[str, Tuple[Rule, ...]] = {
    "es": (
        (r"\bse (?:me|te|le|nos|les) está\b", "is now"),
        (r"\bél\b", "he"),
        (r"\bsí\b", "yes"),
        (r"\bestá\b", "is"),
        (r"\bqué\b", "what"),
        (r"\bmás\b", "more"),
    ),
    "fr": ((r"\boù\b", "where"),),
    "it": ((r"\bè\b", "is"), (r"\bpiù\b", "more"), (r"\bperché\b", "why")),
    "pt": ((r"\bé\b", "is"), (r"\bà\b", "to the"), (r"\bestá\b", "is")),
}

# Word-order rewrites on folded text, before the glossary (English-side rewrites are in POST_RULES).
_ELISION = r"\b(j|l|d|m|t|s|n|c|qu|jusqu|lorsqu|puisqu)['\u2019\u2018`\u00b4\u02bc](?=[a-z])"
RULES: Dict[str, Tuple[Rule, ...]] = {
    "fr": (
        (_ELISION, r"\1 "),
        (r"\bil y a (?=\S+ (?:jours?|semaines?|mois|ans?|annees?|heures?|minutes)\b)", "ago "),
        # "ne ... pas" around the verb: the detector reads a negator before what it negates
        (r"\bne? (?:(s|se|me|m|te|t|y|en|l|le|la|les|lui|leur|nous|vous) )?([a-z]+) (pas|plus|jamais|rien)\b", r"\3 \1 \2"),
    ),
    "it": ((r"\b(l|un|dell|all|nell|sull|dall|c|quest|com|cos|po)['\u2019\u2018`\u00b4\u02bc](?=[a-z ])", r"\1 "),),
    "de": ((r"\bvor (?=\S+ (?:tag|tagen|woche|wochen|monat|monaten|jahr|jahren|stunde|stunden)\b)", "ago "),),
    "pt": (
        (r"\bha (?=\S+ (?:dias?|semanas?|mes|meses|anos?|horas?)\b)", "ago "),
        (r"(^|[.,;:!?\n]\s*|\b(?:e|mas|ou|que|so|caso) )se\b", r"\1if"),  # "se" is "if" only where a clause starts
    ),
    # "bukhar nahi hai" (fever not is): the negator goes before the noun, where the detector reads it
    "hi": ((r"\b([a-z]+) (?:bhi )?(?:nahi|nahin|nhi|nai) (?:hai|hain|h|tha|thi|hua|hui|he)\b", r"nahi \1"),),
}

RULES.update(WORLD_RULES)
# Spelling rewrites on folded text before a language's check and its glossary ("7arara" -> "harara")
SPELLING: Dict[str, Tuple[Rule, ...]] = dict(WORLD_SPELLING)
# Words written onto the next one ("والحرارة"), split off with their English
PREFIXES: Dict[str, Tuple[Rule, ...]] = dict(WORLD_PREFIXES)

# English-side rewrites applied after any glossary: "ago two weeks" -> "two weeks ago".
_UNIT = r"(?:hours?|days?|weeks?|months?|years?)"
POST_RULES: Tuple[Rule, ...] = (
    (
        rf"\bago (\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|some|a few) ({_UNIT})\b",
        r"\1 \2 ago",
    ),
    (rf"\bsince (\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen) ({_UNIT})\b", r"for \1 \2"),
    (r"(?<=\d),(?=\d)", "."),  # 38,5 degrees
    (r",\s+(that|which|who)\b", r" \1"),  # the comma before a relative clause ("wysypka, która")
)

LANGUAGE_DATA: Dict[str, str] = {
    "es": SPANISH,
    "fr": FRENCH,
    "de": GERMAN,
    "pl": POLISH,
    "it": ITALIAN,
    "pt": PORTUGUESE,
    "hi": HINGLISH,
    **WORLD_LANGUAGES,  # Turkish, Arabizi, ... (`bot.chat_glossary_data_world`)
}

# English words that never count as evidence of another language, however a glossary spells them.
ENGLISH_WORDS: FrozenSet[str] = frozenset(
    """a about after again ago all also am an and any are as at back bad be because been before being best
    better big bit both but by came can come could day days did do does done down each even ever every few
    fine for from get go going good got had has have he her here him his how i if in into is it just know
    last like little long look made make man many may me might mine more most much must my new next no nor
    not now of off oh ok on once one only or other our out over part people put rather really right said
    same saw say says see she should since so some still such take than that the their them then there these
    they thing think this those though three through time to today too two under up us use very was way we
    well went were what when where which while who why will with without would yes yet you your
    arm art bat bin bra con dare die dim door er fa fat gas gin hat hi ho hum ira jab kind lag lead
    mat nu pa pain par path per pie plus pus rat red rot sag sake sin son sort sub tap tag tan temp ten tip
    toe ton vie vile war ye yo ai ban bank beam bell bent chat fin gala gal grad inn kale kart log lust mare
    mast men mist mode nap neck pat pet pin pole raid ram rest rose sale sat sent set sole sure tea tee tot
    vent via wand warm wars wish wo ya pair use is
    normal doctor clinic infection injection injections session sessions mesotherapy meso treatment
    fever temperature diabetes steroids chemo pregnant confused confuse rash hospital emergency sugar friend
    husband wife light degree degrees minute minutes steroid antibiotic pills problem chemotherapy
    papa mama baby partner grand""".split()
)

# Common English words: more of them than another language's markers means the message is English.
ENGLISH_FUNCTION_WORDS: FrozenSet[str] = frozenset(
    """the i my is it and have has had am are was were be been of with this that what when where why how
    after before since about from for got get feel feeling its im ive dont cant not but if at
    there they he she his her you your can could should would will just very really now still some
    any does did an which who""".split()
)
