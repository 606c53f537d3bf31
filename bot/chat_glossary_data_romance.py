"""Glossaries for French and Italian, format: `bot.chat_glossary_data` (Portuguese: `bot.chat_glossary_data_pt`).

French keys that hold a negation are written as the "ne ... pas" rule leaves them ("pas s efface", "pas sait
where il est": "où" is already "where"), since `bot.chat_glossary_data.RULES` runs before the glossary.
"""

from __future__ import annotations

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
tout|toute|toutes: all; tout va bien: all fine; bien: fine; mal: pain; juste: just; mieux: better; pire: worse
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
des bleus|des petits bleus|quelques bleus|quelques petits bleus|petits bleus: bruises; petit|petite|petits|petites: small
leger|legere|legerement: mild
petit bleu|un bleu|un petit bleu|le bleu: bruise; jaunit|jaunissent|devient jaune|vire au jaune: is turning yellow
rien d autre|rien de plus|c est tout: nothing else; tempe: temple; lundi: monday; mardi: tuesday; mercredi: wednesday
jeudi: thursday; vendredi: friday; samedi: saturday; dimanche: sunday
normal|normale: normal; sensible: tender; malade: sick; verre: glass; appuie|appuyer|presse|presser: press
s efface|s effacent|disparait|disparaissent|part: fade; qui: that
taches|tache|points|boutons violets: spots; violettes|violets|violacees|violaces|violet: purple
ne s effacent pas|ne disparaissent pas|ne partent pas|ne pali pas|ne palissent pas: do not fade
voit double|vois double|vision double|il voit trouble en double: double vision
en appuyant|quand j appuie|j appuie: when i press
mache ses mots|machait ses mots|mache mes mots|il bafouille|elle bafouille|bafouille|bredouille|articule mal: slurred speech
parle comme un homme ivre|parle comme s il etait saoul|parle comme si elle etait saoule: slurred speech
parle comme quelqu un de saoul: slurred speech
parole pateuse|elocution pateuse|voix pateuse|du mal a parler|difficulte a parler|arrive pas a articuler: slurred speech
pas arrive a articuler: slurred speech
pas sait ou il est|pas sait ou elle est|pas sait plus ou il est|plus sait ou il est: does not know where he is
plus sait ou elle est: does not know where he is
sait pas ou il est|sait pas ou elle est|sait plus ou il est|sait plus ou elle est: does not know where he is
pas sais plus ou je suis: does not know where he is
pas reconnait personne|reconnait personne|reconnait plus personne|pas me reconnait|plus me reconnait: does not recognise anyone
dit n importe quoi|raconte n importe quoi|dit des choses incoherentes|il delire|elle delire|delire|divague: is talking nonsense
incoherent|incoherente|dans les vapes|dans le coltar|a l ouest|completement perdu|completement perdue: confused
impossible de le reveiller|impossible de la reveiller|arrive pas a le reveiller|arrive pas a la reveiller: can not wake him
pas se reveille|se reveille pas|pas arrive a le reveiller|pas arrive a la reveiller: can not wake him
pas arrivons a le reveiller: can not wake him
pas repond|plus repond|repond pas|repond plus|pas reagit|plus reagit|reagit pas|reagit plus: is not responding
inconscient|inconsciente|somnole|il somnole|dort tout le temps|ensuque|ensuquee: very drowsy
perte de connaissance|perdu conscience|j ai perdu connaissance|ai perdu connaissance|a perdu connaissance: lost consciousness
syncope|fait une syncope|tourne de l oeil|tournee de l oeil|tombe dans les pommes: fainted
pas arrive a m arreter de trembler|arrive pas a m arreter de trembler|peux pas m arreter de trembler: can not stop shaking
pas arrete pas de trembler|arrete pas de trembler|tremble de partout|tremble comme une feuille: can not stop shaking
tremble de tout mon corps: can not stop shaking
claque des dents|claquer des dents|claquent des dents|les dents qui claquent: teeth chattering
gros frissons|frissons tres forts|frissons violents|frissons intenses|enormes frissons: extreme shivering
respire mal|j ai du mal a respirer|ai du mal a respirer|a du mal a respirer|souffle court|manque d air: difficulty breathing
manque d air: difficulty breathing
pas ai pas d air|ai pas d air|plus d air|suffoque|je suffoque|etouffe|il etouffe|elle etouffe: i can not breathe
pas peux pas parler sans reprendre mon souffle|peux pas parler sans reprendre mon souffle: i can not talk, out of breath
arrive pas a finir mes phrases: i can not talk, out of breath
pas arrive a finir mes phrases|pas arrive pas a finir mes phrases|essouffle en parlant: i can not talk, out of breath
hors d haleine|a bout de souffle: i can not talk, out of breath
respire tres vite|respiration rapide|respire vite|halete: breathing very fast
bat la chamade|coeur s emballe|mon coeur s emballe|le coeur a cent a l heure|coeur a cent a l heure: heart racing
coeur a toute vitesse: heart racing
coeur bat a toute vitesse|pouls rapide|pouls tres rapide|pouls qui s emballe|coeur qui cogne|coeur cogne: heart racing
tachycarde: heart racing
oppression|oppression thoracique|poitrine serree|serrement dans la poitrine|poids sur la poitrine: chest tightness
ca serre dans la poitrine: chest tightness
serre la poitrine|me serre la poitrine|douleur dans la poitrine|mal dans la poitrine|point dans la poitrine: chest pain
pas s efface|pas s effacent|s efface pas|s effacent pas|pas disparait|pas disparaissent|disparait pas: does not fade
disparaissent pas: does not fade
pas part|pas partent|part pas|partent pas|pas pali|pas palit|pas palissent: does not fade; sous: under; dessus: on it
test du verre|avec un verre|quand on appuie|quand j appuie dessus|en appuyant dessus: when i press a glass
petechies|purpura|petits points rouges|petites taches rouges|points rouges|taches violettes|petites taches violettes: red spots
pas ai fait pipi|pas fait pipi|fait pas pipi|pas pisse|pas ai pisse|plus urine|plus fait pipi|fait plus pipi: have not peed
urine plus: have not peed
pas ai urine|pas a urine|pas d urine|aucune urine|pas de pipi|pipi: have not peed
tout blanc|toute blanche|blanc comme un linge|blanche comme un linge|pale comme la mort|blafard|blafarde: very pale skin
cadaverique: very pale skin
teint gris|peau grise|grisatre|cendre|cendree|terreux|terreuse: ashen; bleutee|bleutees|bleute|bleutes|violacee|violace: blue
peau marbree|peau tachetee|marbre|marbree|marbrees: mottled
la langue gonfle|ma langue gonfle|langue gonflee|gorge qui se serre|gorge serree|ma gorge se ferme: throat is closing
la gorge qui se ferme: throat is closing
gorge se serre|gorge se ferme|oedeme de quincke: throat is closing
du mal a avaler|mal a avaler|difficulte a avaler|peux pas avaler|pas peux avaler|arrive pas a avaler: difficulty swallowing
pas arrive a avaler: difficulty swallowing
vois tout en double|je vois tout en double|vois en double|voit en double|voit tout en double|vision dedoublee: i see double
vois tout double: i see double
pas peux pas plier la nuque|peux pas plier la nuque|pas peux plier la nuque|peux pas baisser la tete: stiff neck
pas peux baisser la tete: stiff neck
peux plus bouger le cou|peux pas bouger le cou|pas peux bouger le cou|nuque bloquee|cou bloque: stiff neck
peur de la lumiere|lumiere me fait mal aux yeux|mal aux yeux avec la lumiere|photophobie: light hurts my eyes
supporte plus la lumiere: light hurts my eyes
plus supporte la lumiere|lumiere m agresse|lumiere m eblouit: light hurts my eyes
gerbe|gerber|j ai gerbe|degueule|degobille|rendu tout|il vomit|elle vomit: vomiting
le pire|la pire: the worst
mal de tete atroce|mal de tete horrible|mal de tete insupportable|tete qui va exploser: severe headache
ma tete va exploser|la tete qui explose|mal au crane|mal de crane|tres mal au crane|migraine atroce: severe headache
il a convulse|elle a convulse|convulse|convulsait|fait une crise convulsive|fait une crise d epilepsie: had a fit
crise epileptique: had a fit
il a fait une crise|elle a fait une crise|des spasmes|secousses: had a fit; crise d angoisse|crise de panique: panic attack
peux plus bouger|peux pas bouger|pas peux bouger|plus peux bouger|arrive plus a bouger|arrive pas a bouger: can not move
pas arrive a bouger: can not move
plus arrive a bouger|bouger: move; droit|droite: right; gauche: left; cote: side; un cote|d un cote: one side
bouche de travers|visage de travers|bouche tordue|la bouche qui tombe|bouche qui tombe: face drooping on one side
visage qui tombe: face drooping on one side
visage paralyse|moitie du visage: face drooping on one side; paralyse|paralysee: paralysed
engourdi|engourdie|fourmillements|fourmis: numb; plus de force|pas de force|sans force|aucune force: weak
mal de chien|un mal de chien|douleur atroce|douleur insupportable|une douleur insupportable: the pain is unbearable
bien pire que ce que ca a l air|beaucoup plus mal que ce qu on voit|bien plus que ce qu on voit: much more than it looks
bien pire que ce qu on voit: much more than it looks
bien plus mal que ca en a l air|bien pire que ca en a l air|beaucoup plus que ce que ca laisse paraitre: much more than it looks
ca s etend vite|s etend vite|s etend a vue d oeil|a vue d oeil|gagne du terrain|la rougeur gagne: redness spreading fast
la rougeur s etend: redness spreading fast
qui remontent|remonte|remontent|qui montent: going up
suppure|ca suppure|coule du pus|du pus qui sort|pus qui sort: pus is coming out
nouvelles bosses|nouveaux nodules|d autres boules|encore une boule|une autre boule|une nouvelle boule: new lumps
une nouvelle bosse: new lumps
nouveaux boutons durs|d autres bosses: new lumps
enfle de plus en plus|gonfle de plus en plus|de plus en plus grosse: is growing
trous dans les cheveux|plaques sans cheveux|plaque sans cheveux|pelade|zones degarnies|zone degarnie: bald patches
plaques degarnies: bald patches
par plaques|par endroits|par touffes|par poignees: in patches
oeil ferme|arrive plus a ouvrir l oeil|peux plus ouvrir l oeil|pas peux ouvrir l oeil|oeil tout gonfle: eye is swollen shut
autour de l oeil|autour des yeux|autour d un oeil: around the eye
me sens fievreux|me sens fievreuse|febrile|j ai chaud et froid|chaud et froid|coup de froid: feverish and shivery
tension|tension arterielle|la tension|ma tension: blood pressure
tension basse|hypotension|chute de tension: low blood pressure
ma tension a chute|la tension a chute|tension qui chute|la tension est tombee|tension tres basse: low blood pressure
tension qui baisse: low blood pressure
je me sens mourir|je sens que je vais mourir|j ai l impression que je vais mourir|je crois que je meurs: i feel like i might die
je meurs: i feel like i might die
je crois que je vais mourir|impression de mourir|sentiment de mort: i feel like i might die
et si: what if; m a dit que|ma dit que|on m a dit que|j ai lu que|lu sur internet|sur internet: i read online that
d apres|selon: according to; quand j etais petit|quand j etais petite|quand j etais enfant: as a child
il y a des annees: years ago
sait plus where il est|plus sait where il est|pas sait where il est|sait pas where il est: does not know where he is
sait plus where elle est: does not know where he is
plus sait where elle est|pas sait where elle est|sait pas where elle est|sais plus where je suis: does not know where he is
plus sais where je suis: does not know where he is
sais pas where je suis|pas sais where je suis|sait plus where on est|plus sait where on est: does not know where he is
tombee dans les pommes|tombes dans les pommes|tombee dans les vapes|tombe dans les vapes: fainted
parler sans reprendre mon souffle|parler sans reprendre son souffle: finish a sentence without stopping to breathe
parler sans m arreter pour respirer: finish a sentence without stopping to breathe
perds mes cheveux|perd ses cheveux|mes cheveux tombent|les cheveux tombent|ses cheveux tombent: hair falling out
mort de rire|morte de rire|je meurs de rire|meurs de rire: laughing; je meurs de curiosite|meurs de curiosite: i am curious
je meurs d envie|meurs d envie|meurs de envie: i really want
commencent a gonfler|commence a gonfler|se met a gonfler: are swelling; la gorge qui serre|gorge qui serre: throat is tight
m expliquer|expliquer|expliquez: explain; en theorie: in theory; il y a un quart d heure|un quart d heure: 15 minutes ago
provoquer|provoque|causer|cause: cause; peut elle|peut il|peut on: can it
meningite|une meningite: meningitis
on en parle pour|on en parle|on parle de|on parle d: people talk about it for
je n ai aucun symptome|aucun symptome: i have no symptoms; c est une question generale|question generale: a general question
question generale|une question generale: a general question
je demande en general|par curiosite|juste par curiosite: asking in general
je n ai aucun symptome|je nai aucun symptome: nothing is wrong with me
lu: read
s etendent|setendent|etendent|s etalent|se propagent|se repandent|s agrandissent: are spreading
de plus en plus: more and more
depuis plus rien|plus rien depuis|rien depuis: nothing since
hier midi: yesterday noon; h du matin: am; heures du matin: am; h du soir: pm; heures du soir: pm
a du mal a se reveiller|du mal a se reveiller|difficile a reveiller: is hard to wake
n arrive pas a se reveiller|ne se reveille pas: is hard to wake
parle de facon bizarre|parle de maniere bizarre|parle bizarrement: is confused and speaks strangely
parle bizarre|dit des choses bizarres: is confused and speaks strangely
a cote de moi: next to me
elle va bien|il va bien|elle va tres bien|il va tres bien: is fine; rien qui s etend|rien ne s etend: nothing is spreading
j ai lu dans un magazine|j ai lu dans un article|j ai lu sur un forum|j ai lu que|j ai lu: i read that; avait eu: had had
une femme|un homme|une dame|un monsieur: someone
je tremble sans pouvoir m arreter|tremble sans pouvoir s arreter|sans pouvoir m arreter de trembler: i can not stop shaking
douleurs musculaires atroces|douleurs musculaires terribles|douleurs musculaires horribles: severe muscle pain
je n arrive plus a trouver mes mots|je ne trouve plus mes mots|n arrive plus a trouver ses mots: can not find my words
completement confus|completement confuse|totalement confus: completely confused
s etend a toute vitesse|s etale a toute vitesse|a toute vitesse: spreading very fast; il y a une heure: an hour ago
l a largement depasse|a largement depasse|a depasse|depasse le trait|depasse la ligne: gone past the line
combien de temps apres|combien de temps: how long; peut on: can one; fievre acheteuse|fievre du shopping: shopping spree
avoir: have
pouls a|pouls de|pouls: pulse; au repos: at rest
il ne repond presque plus|elle ne repond presque plus|ne repond plus|ne repond presque plus: is barely responsive
tout a repousse|tout a repousse depuis|ca a repousse: it all grew back
mettre fin a mes jours: end my life; me tuer: kill myself
est apparue|est apparu|sont apparues|sont apparus|apparue|apparu: appeared
pile a l endroit des|pile a l endroit de|a l endroit des|a l endroit de|pile la ou: at the site of
qui serre dans la poitrine|serre dans la poitrine|qui serre la poitrine: chest tightness
failli tomber dans les pommes|presque tombe dans les pommes|failli m evanouir|failli perdre connaissance: nearly fainted
en voyant|voyant|quand j ai vu: seeing; prix|tarif|tarifs: price; facture: bill; devis: quote
respire super vite|respire tres vite|respire trop vite: is breathing very fast
fois par minute|fois par min|fois a la minute: breaths a minute
trainee rouge|une trainee rouge|trainees rouges|des trainees rouges|ligne rouge|une ligne rouge: a red streak
part du|qui part du|partant du|part de|qui part de: running from the; vers l oreille: towards the ear; vers: towards
sourcil: eyebrow; sourcils: eyebrows; le lendemain|lendemain: the day after; degonfle|degonfler|desenfle: going down
descend|descendu|descendue|descendent: moving down; vers les|vers le: towards the
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
parla impastato|parla impastata|parola impastata|lingua impastata|si mangia le parole|mangia le parole|farfuglia: slurred speech
biascicando|strascica le parole|parla come un ubriaco|parla come se fosse ubriaco|parla come se fosse ubriaca: slurred speech
non riesce a parlare bene|non riesce a parlare|fa fatica a parlare|difficolta a parlare|parla male: slurred speech
non sa dove si trova|non sa piu dove si trova|non sa dove e|non capisce dove si trova: does not know where he is
non sapeva dove si trovava: does not know where he is
non riconosce nessuno|non mi riconosce|non ci riconosce|non riconosce: does not recognise anyone
dice cose senza senso|dice cose strane|dice cose assurde|sragiona|delira|vaneggia|farnetica: is talking nonsense
fuori di testa|rintronato|rintronata|stordito e confuso|non ci sta con la testa: confused
non riesco a svegliarlo|non riesco a svegliarla|non riusciamo a svegliarlo|non riusciamo a svegliarla: can not wake him
non si sveglia|non si riesce a svegliarlo|non si riesce a svegliarla: can not wake him
non risponde|non reagisce: is not responding; incosciente|semicosciente|privo di sensi|priva di sensi: unconscious
dorme sempre|dorme tutto il tempo|continua ad addormentarsi|molto sonnolento|molto sonnolenta: very drowsy
ho perso i sensi|ha perso i sensi|perso i sensi|perdere i sensi|ho perso conoscenza|ha perso conoscenza: lost consciousness
perso conoscenza|perdita di coscienza|perdita di conoscenza|perso coscienza: lost consciousness
svenimento|mancamento|mi e venuto un mancamento|gli e venuto un mancamento|sono svenuta|e svenuto|e svenuta|svenuto: fainted
non riesco a smettere di tremare|non smetto di tremare|non smette di tremare|tremo tutto|tremo tutta: can not stop shaking
tremo come una foglia: can not stop shaking
trema tutto|trema tutta|tremori incontrollabili: can not stop shaking
brividi fortissimi|brividi fortissimi|brividi violenti|brividi molto forti|brividi scuotenti: extreme shivering
battere i denti|batto i denti|mi battono i denti|battono i denti|batte i denti: teeth chattering
faccio fatica a respirare|fa fatica a respirare|fatica a respirare|respiro a fatica|respira a fatica: difficulty breathing
respiro male: difficulty breathing
respira male|difficolta a respirare|difficolta respiratoria|fame d aria|respiro corto|mi manca l aria: difficulty breathing
manca l aria: difficulty breathing
senza fiato|ansimo|ansima|ansimando|affannato|affannata|soffoco|mi sento soffocare: short of breath
non riesco a parlare senza fermarmi a respirare|non riesco a finire una frase: i can not talk, out of breath
non riesce a finire una frase: i can not talk, out of breath
parlare senza riprendere fiato|senza riprendere fiato: i can not talk, out of breath
respira velocissimo|respira molto veloce|respiro molto veloce|respiro velocissimo|respiro accelerato: breathing very fast
respirazione rapida: breathing very fast
batte all impazzata|il cuore mi batte all impazzata|cuore all impazzata|il cuore a mille|cuore in gola: heart racing
battito accelerato: heart racing
battiti accelerati|polso accelerato|battito velocissimo|polso velocissimo|il cuore mi scoppia: heart racing
battito|polso: pulse
oppressione al petto|oppressione toracica|peso sul petto|petto stretto|stretta al petto|mi stringe il petto: chest tightness
senso di costrizione al petto|dolore al torace|fitte al petto|fitta al petto|male al torace: chest pain
non sbiadisce|non sbiadiscono|non scompare|non scompaiono|non sparisce|non spariscono|non va via|non vanno via: do not fade
premendo con un bicchiere|premendoci sopra un bicchiere|premendo un bicchiere|con un bicchiere sopra: when i press a glass
test del bicchiere: when i press a glass
sotto il bicchiere|sotto un bicchiere|quando premo|se premo: when i press a glass; premendo: pressing
puntini rossi|puntini viola|macchioline rosse|macchioline viola|petecchie|macchie viola|macchiette rosse: red spots
non ho fatto pipi|non ha fatto pipi|non fa pipi|non urina|non ho urinato|non ha urinato|non faccio la pipi: have not peed
non fa la pipi: have not peed
pipi: pee; niente pipi|nessuna urina|zero pipi: no urine
pelle a chiazze|pelle marmorizzata|marmorizzata|marmorizzato|a chiazze violacee: mottled
cinereo|cinerea|terreo|terrea: ashen
bianco come un cencio|bianca come un cencio|bianco come un lenzuolo|bianca come un lenzuolo|pallidissimo: very pale skin
pallidissima: very pale skin
cadaverico|cadaverica: very pale skin; violacee|violaceo|violacea|bluastra|bluastri|viola scuro: blue
mi si e gonfiata la lingua|si e gonfiata la lingua|la lingua si gonfia|lingua gonfia|gola chiusa: throat is closing
mi si chiude la gola: throat is closing
si chiude la gola|la gola si chiude|gola che si chiude|mi si sta chiudendo la gola|edema della glottide: throat is closing
si e gonfiata|si e gonfiato|si sono gonfiate|si sono gonfiati: swelled up
fatico a deglutire|faccio fatica a deglutire|difficolta a deglutire|non riesco a deglutire: difficulty swallowing
non riesco a ingoiare: difficulty swallowing
ci vedo doppio|vedo tutto doppio|vede doppio|vede tutto doppio|vedo le cose doppie|sdoppiamento della vista: i see double
non riesco a piegare il collo|non riesco a muovere il collo|non riesce a piegare il collo|collo bloccato: stiff neck
non riesco ad abbassare la testa|non tocco il petto con il mento: stiff neck
la luce mi da fastidio agli occhi|mi fa male la luce|fotofobia|non sopporto la luce|non sopporta la luce: light hurts my eyes
la luce mi fa male agli occhi|gli occhi mi fanno male con la luce: light hurts my eyes
rimetto|ho rimesso|ha rimesso|rimettere|vomita|ho vomitato|ha vomitato|conati: vomiting
il peggior|il peggiore|la peggiore: the worst
mal di testa fortissimo|mal di testa terribile|mal di testa atroce: severe headache
mal di testa insopportabile|la testa mi scoppia|mi scoppia la testa|testa che scoppia|cefalea fortissima: severe headache
cefalea violenta: severe headache
crisi convulsiva|attacco epilettico|crisi epilettica|ha avuto una crisi|ha avuto un attacco|ha avuto le convulsioni: had a fit
ha avuto convulsioni|convulsioni|convulsione: seizure; attacco di panico|attacco d ansia|crisi d ansia: panic attack
non riesco a muovere|non riesce a muovere|non muove|non muovo: can not move; muovere: move
destro|destra: right; sinistro|sinistra: left; lato: side; un lato|da un lato|un lato del corpo|meta del corpo: one side
bocca storta|faccia storta|viso storto|viso cadente|bocca che cade|meta faccia: face drooping on one side
mezza faccia paralizzata: face drooping on one side
la bocca va da una parte|la faccia cade da un lato|cede un lato della faccia: face drooping on one side
paralizzato|paralizzata|paresi: paralysed; formicolio|intorpidito|intorpidita: numb
non ho forza|non ha forza|senza forza|senza forze: weak
dolore atroce|dolore insopportabile|dolore lancinante: the pain is unbearable
fa un male cane|un male cane|male cane: it hurts like hell
molto piu di quanto sembra|piu di quanto sembra|molto peggio di come sembra|peggio di quanto sembri: much more than it looks
sproporzionato: much more than it looks
fa molto piu male di quanto sembra|fa piu male di quanto sembra: hurts much more than it looks
si estende velocemente|si allarga velocemente|si allarga a vista d occhio|a vista d occhio: redness spreading fast
si sta espandendo: redness spreading fast
che salgono|salgono: going up
esce del materiale|pus che esce|materiale giallo|fuoriesce pus|suppura: pus is coming out
nuovi bozzi|altri noduli|nuove palline|un altro nodulo|un nuovo nodulo|un altro bozzo|altre palline|nuovi bozzetti: new lumps
chiazze senza capelli|chiazze calve|alopecia a chiazze|buchi nei capelli|diradamento a chiazze|piazze|piazza calva: bald patches
a chiazze|a ciocche|a ciuffi: in patches; mi cadono i capelli|cadono i capelli|perdo i capelli: hair falling out
occhio chiuso|non riesco ad aprire l occhio|occhio tutto gonfio: eye is swollen shut
intorno all occhio|intorno agli occhi|attorno all occhio|attorno agli occhi: around the eye
febbricola|mi sento febbricitante|mi sento la febbre|brividi di freddo|ho freddo e caldo: feverish and shivery
pressione|pressione arteriosa|la pressione|la massima|la minima: blood pressure
pressione bassa|ipotensione|calo di pressione|pressione a terra|mi e scesa la pressione: low blood pressure
la pressione e crollata: low blood pressure
pressione bassissima|crollo di pressione|pressione molto bassa|mi si e abbassata la pressione: low blood pressure
mi sento morire|credo di morire|sento che sto per morire|credo che sto morendo|penso di morire: i feel like i might die
ho letto che|su internet|in internet: i read online that; mi hanno detto che: told me that; una mia amica: a friend of mine
da piccolo|da piccola|da bambino|da bambina: as a child
anni fa|tempo fa: years ago; e se: what if; nel caso in cui: in case
riesco|riesce|riusciamo: can; svegliarlo|svegliarla: wake him; dorme|dormo: sleeps; sempre: always; perso|persa: lost
sensi: senses
bagno: bathroom; vedo|ci vedo: i see; doppio|doppia: double; andare: go; al|allo|alla|ai|agli|alle: to the
devo andare: should i go
non ci vedo doppio|non vedo doppio|non vede doppio|non ci vede doppio: i do not see double
sono passati|sono passate|e passata|e passato|e sparito|e sparita|sono spariti|is passata|is passato|is sparito: went away
is sparita: went away
io sto morendo dal ridere|sto morendo dal ridere|muoio dal ridere|morire dal ridere|morto dal ridere: laughing
muoio dalla curiosita|sto morendo dalla curiosita: i am curious; muoio dalla voglia|sto morendo dalla voglia: i really want
chiazza|chiazze|chiazzetta: patch; e comparsa|mi e comparsa|e comparso|mi e comparso: appeared
comparsa|comparso|comparse|comparsi: appeared; proprio dove|esattamente dove: right where
chiedo in generale|domanda generale|per curiosita|solo per curiosita: asking in general
non ho nessun sintomo|non ho sintomi: nothing is wrong with me
chiazza senza capelli|chiazze senza capelli|chiazza calva|chiazze calve|zona senza capelli: bald patch
mi e venuta|mi e venuto|mi sono venute|mi sono venuti|mi e uscita|mi e uscito: i got
mi is venuta|mi is venuto|mi is uscita|mi is uscito|mi is comparsa|mi is comparso: i got
anno scorso|l anno scorso: last year; guarito benissimo|guarita benissimo|guarito bene|guarita bene: healed fine
drenato|drenata: drained
c e da|ce da|c e gia da: has been there for; non va via|non se ne va: is not going away
oggi sto bene|adesso sto bene|ora sto bene: today i am fine; mi hanno dimessa|mi hanno dimesso: they discharged me
sto scrivendo una tesi|scrivo una tesi|per la tesi: i am writing a thesis
quali sono i segni|quali sono i sintomi: what are the signs; quali sono: what are
ho la sensazione di morire|ho la sensazione di stare per morire|sensazione di morire: i feel like i might die
sto malissimo|mi sento malissimo|sto molto male: i feel terrible
come se stessi per morire|come se stesse per morire|come se dovessi morire|come se morissi: like i am dying
ho letto su|ho letto che|ho letto: i read; di uno che|di una che|di un tizio che|di una tizia che: about someone who
capita spesso|succede spesso: does it happen often
is passato da|is passata da|e passato da|e passata da|passato da|passata da|is passato dalla|is passato dal: went from
velocissimo|velocissima|velocissimamente|rapidissimo|rapidissima: very fast
a tutta la|a tutto il|a tutta|a tutto: to covering the whole; a mezza|a meta: to half; moneta|monetina: coin
macchie|macchiette: spots; macchia: spot; pancia|addome: belly; che non scompaiono|che non spariscono: that do not fade
togliermi la vita: take my life; uccidermi: kill myself
sta benissimo|sta bene|stava benissimo: is fine now; benissimo: very well
sparito del tutto|sparita del tutto|e sparito del tutto|e sparita del tutto: has completely gone
is sparito del tutto|is sparita del tutto: has completely gone
rischio: risk; frequente: common; rifarla|rifarlo: have it again; tranquillo|tranquilla: safely
mi stanno cadendo i capelli|stanno cadendo i capelli|cadendo i capelli|mi sta cadendo i capelli: hair falling out
"""
