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

from bot.chat_glossary_data_indic import ROMANISED_SOUTH_ASIAN
from bot.chat_glossary_data_more import GERMAN, HINGLISH, POLISH
from bot.chat_glossary_data_pt import PORTUGUESE
from bot.chat_glossary_data_romance import FRENCH, ITALIAN
from bot.chat_glossary_data_world import ACCENTED as WORLD_ACCENTED
from bot.chat_glossary_data_world import LANGUAGES as WORLD_LANGUAGES
from bot.chat_glossary_data_world import PREFIXES as WORLD_PREFIXES
from bot.chat_glossary_data_world import RULES as WORLD_RULES
from bot.chat_glossary_data_world import SPELLING as WORLD_SPELLING

Rule = Tuple[str, str]

SPANISH = """
yo: i; tengo: i have; tiene|tienen: has; tienes: you have; tenia|tuve|he tenido: i had; tuvo: had; estoy: i am
harias|haria|harian: would you do; tuvieras|tuviera|tuviese: had; hipotetico|hipotetica: hypothetical; lo tengo: i have it
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
tia: aunt; tio: uncle; primo|prima: cousin; quedo bien|quedo perfecto|quedo sana|quedo sano: was fine
ya esta perfecta|ya esta perfecto|esta perfecta|esta perfecto: is fine now; hoy en dia|hoy dia|a dia de hoy: nowadays
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
calva|zona calva: bald patch; calvas|zonas calvas: bald patches; cicatriz: scar; se me cae el pelo|caida del pelo: hair loss
fiebre|calentura: fever
temperatura: temperature; escalofrios: chills; febril|afiebrado: feverish
temblores|temblando|tiemblo|tiembla|tiemblan|temblar: shivering; sin parar|sin poder parar: nonstop
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
cansado|cansada: tired; moretones|moraton: bruises; costras|costra|costritas|costrita: scabs
sensibilidad|un poco sensible: tenderness
puntitos de sangre|puntos de sangre: pinpoint bleeding spots; sangre: blood; picor|picazon|comezon: itching
pequeno|pequena|pequenos|pequenas|pequenito|pequenita: small; leve|ligero|ligera: mild; normal: normal
no sabe donde esta|no sabe donde estoy|no se donde estoy|no sabe quien soy|no me reconoce: is confused
habla raro|habla extrano|habla rara|arrastra las palabras|no se le entiende: slurred speech
se duerme todo el rato|se queda dormido|se queda dormida|no se despierta|muy dormido|muy dormida: very drowsy
se esta extendiendo|se extiende|extendiendo|extendiendose|se esta expandiendo|se agranda: spreading
cada dia mas: more every day
alrededor de|alrededor: around; se me cae el pelo|se me esta cayendo el pelo|cayendo el pelo|se cae el pelo: hair falling out
en parches|a parches|por parches|en zonas: in patches; donde: where
arrastrando las palabras|arrastra las palabras|arrastraba las palabras|arrastro las palabras: slurred speech
arrastrando palabras: slurred speech
se le traba la lengua|se me traba la lengua|traba la lengua|lengua trabada|la lengua trabada|lengua de trapo: slurred speech
habla como borracho|habla como borracha|habla como si estuviera borracho|habla como si estuviera borracha: slurred speech
habla pastoso|habla pastosa|habla enredado|habla trabado|le cuesta hablar|no puede hablar bien|no vocaliza: slurred speech
dice cosas sin sentido|dice cosas raras|dice incoherencias|dice disparates|desvaria|desvariando|delira: is talking nonsense
delirando: is talking nonsense
esta ido|esta ida|como ido|como ida|ida de la cabeza|no reconoce a nadie|no nos reconoce|no reconoce: does not recognise anyone
no sabe que dia es|no sabe en que dia estamos|no sabia donde estaba|no sabe ni donde esta|desubicado|desubicada: is confused
no consigo despertarlo|no consigo despertarla|no puedo despertarlo|no puedo despertarla|no logro despertarlo: can not wake him
no logro despertarla|no hay manera de despertarlo|no hay manera de despertarla|no hay forma de despertarlo: can not wake him
no hay forma de despertarla|no se despierta: can not wake him; no responde|no reacciona: is not responding
inconsciente|medio inconsciente|semiinconsciente: unconscious; aletargado|aletargada|letargico|letargica: very drowsy
no se mantiene despierto|no se mantiene despierta|no para de dormirse|se duerme todo el tiempo: very drowsy
perdi el conocimiento|perdio el conocimiento|perdi la conciencia|perdio la conciencia|perdi el sentido: lost consciousness
perdio el sentido|he perdido el conocimiento|ha perdido el conocimiento|perdiendo el conocimiento: lost consciousness
me he desmayado|se ha desmayado|me desvaneci|se desvanecio|me dio un vahido|le dio un vahido|me dio un patatus: fainted
se cayo redondo|se cayo redonda|me cai redondo|me cai redonda: fainted and fell
no puedo parar de temblar|no paro de temblar|no para de temblar|no puede parar de temblar: can not stop shaking
no dejo de temblar: can not stop shaking
no deja de temblar|tiemblo muchisimo|tiemblo entero|tiemblo entera|tiritones fuertes|tiritones muy fuertes: can not stop shaking
temblores muy fuertes|escalofrios muy fuertes|tiritona muy fuerte: extreme shivering
tiriton|tiritones|tiritona|tiritando|tirito|tiritar: shivering
castaneteo de dientes|me castanetean los dientes|le castanetean los dientes|castaneteando: teeth chattering
me cuesta respirar|le cuesta respirar|cuesta respirar|me cuesta mucho respirar|dificultad para respirar: difficulty breathing
dificultad respiratoria|respiro con dificultad|respira con dificultad|respiro mal|respira mal: difficulty breathing
no me entra el aire|no le entra el aire|no entra el aire|me asfixio|se asfixia|se ahoga|le falta el aire: i can not breathe
no puedo hablar sin parar a respirar|no puedo hablar sin ahogarme|no puede hablar sin ahogarse: i can not talk, out of breath
no puedo terminar una frase|me ahogo al hablar|me falta el aire al hablar|sin aliento: i can not talk, out of breath
respira muy rapido|respiro muy rapido|respirando muy rapido|respiracion agitada|jadeando: breathing very fast
el corazon a mil|corazon a mil|el corazon me va a mil|el corazon me va muy rapido|el corazon se me sale: heart racing
se me sale el corazon|pulso acelerado|pulso muy rapido|pulsaciones muy altas|el corazon desbocado: heart racing
deprisa|aprisa: fast; pulso|pulsaciones: pulse
opresion en el pecho|presion en el pecho|pecho apretado|me aprieta el pecho|pecho oprimido|pesadez en el pecho: chest tightness
punzadas en el pecho|dolor en el torax|dolor toracico|me duele el torax: chest pain; torax: chest
tension|presion|presion arterial|tension arterial|la tension|la presion: blood pressure
tension baja|presion baja|hipotension|se me bajo la tension|me bajo la tension|me ha bajado la tension: low blood pressure
bajon de tension|se le bajo la tension|le bajo la tension|la tension muy baja|tension muy baja: low blood pressure
al presionar|al apretar|al aplastar|al hacer presion|cuando presiono|cuando aprieto|si presiono|si aprieto: when i press
al poner un vaso|con un vaso encima|prueba del vaso|test del vaso|prueba del vidrio: glass test
puntitos rojos|puntos rojos|manchitas rojas|petequias|puntitos morados|manchitas moradas: red spots; puntitos|manchitas: spots
no he hecho pis|no hago pis|no he meado|no meo|no ha hecho pis|no ha orinado|no orina|no hago pipi: have not peed
no he hecho pipi|no ha hecho pipi|no mea|no ha meado|sin orinar|sin hacer pis: have not peed; pis|pipi: pee
por la manana|en la manana|de la manana: in the morning; ayer por la manana: yesterday morning
blanco como la pared|blanca como la pared|blanco como un papel|blanca como un papel|palidisimo|palidisima: very pale skin
livido|livida|cenizo|ceniza|ceniciento|cenicienta|piel gris|color gris: ashen; jaspeada|jaspeado|marmorea: mottled
amoratado|amoratada|amoratados|amoratadas|azulado|azulada|azulados|azuladas: blue
se me hincho|se le hincho|se hincho|se me ha hinchado|se le ha hinchado|se me hincharon|se le hincharon: swelled up
hincho|hincharon: swelled up; se me cierra la garganta|se le cierra la garganta|garganta cerrada: throat is closing
se me esta cerrando la garganta|la garganta se cierra|la garganta se me cierra: throat is closing
me cuesta tragar|le cuesta tragar|dificultad para tragar: difficulty swallowing
veo todo doble|lo veo todo doble|veo las cosas dobles|ve doble|ve todo doble|veo doble: i see double; veo: i see; doble: double
no puedo doblar el cuello|no puedo mover el cuello|no puede doblar el cuello|no puedo bajar la cabeza: stiff neck
el peor|la peor|lo peor: the worst; me estalla la cabeza|me va a estallar la cabeza|me explota la cabeza: severe headache
dolor de cabeza muy fuerte|dolor de cabeza horrible|dolor de cabeza insoportable|jaqueca horrible: severe headache
le dio un ataque|le dio una crisis|ataque epileptico|ataque de epilepsia|convulsiono|convulsionando|convulsionaba: had a fit
ataque de panico|ataque de ansiedad: panic attack; se puso|se ha puesto|se quedo: went
no puedo mover|no puede mover: can not move; mover: move; derecho|derecha: right; izquierdo|izquierda: left; lado: side
sin fuerza|no tengo fuerza|no tiene fuerza|sin fuerzas: weak
un lado dormido|medio lado dormido|se le durmio un lado: one side is numb
boca torcida|se le ha torcido la boca|se le tuerce la boca|cara torcida|se le cae un lado de la cara: face drooping on one side
la cara caida|cara caida|se le cayo la cara: face drooping on one side; hormigueo|entumecido|entumecida: numb
mucho mas de lo que parece|mas de lo que parece|mucho mas de lo normal|desproporcionado: much more than it looks
me duele mucho mas de lo que parece|duele mucho mas de lo que parece: hurts much more than it looks
es insoportable|es inaguantable|no aguanto el dolor|dolor insoportable|dolor inaguantable: the pain is unbearable
inaguantable: unbearable; bultos nuevos|bolitas nuevas|nuevas bolitas|bultitos nuevos|otro bulto|otra bolita: new lumps
se hace mas grande|cada vez mas gordo|cada vez mas gorda|esta mas grande: is growing
rayas rojas que suben|lineas rojas que suben|lineas rojas|rayitas rojas|vetas rojas: red streaks
suben|sube: going up; se esta poniendo rojo alrededor|se pone rojo alrededor|rojo que se extiende: redness spreading
rodales|clapas|peladas|peladuras|claros|claro: bald patches; a mechones|por mechones|a trozos: in patches
ojo cerrado|no puedo abrir el ojo|ojo tan hinchado: eye is swollen shut
destemplado|destemplada|me siento con fiebre|siento fiebre|febricula|con fiebre: feverish; tiritando de frio: shivering
me estoy muriendo|me siento morir|creo que me muero|creo que me voy a morir|me voy a morir: i feel like i might die
desde entonces: since then; hace tiempo|hace mucho: a long time ago; hace anos: years ago
de pequeno|de pequena|de nino|de nina|de chico|de chica: as a child; segun|segun ella|segun el: according to
lei que|he leido que|lei en internet|en internet: i read online that; me contaron que|cuentan que: told me
ya no: no longer; y si|que pasa si: what if; por si acaso: just in case; nadie: nobody
no veo doble|no ve doble|no veo todo doble: i do not see double
ya no tengo: i no longer have; ya no tiene: no longer has
se me pasaron|se me paso|se le paso|se pasaron|ya se paso|se me quitaron: went away
me muero de ganas|muero de ganas|me muero por: i really want; me muero de curiosidad|muero de curiosidad: i am curious
me estoy muriendo de risa|me muero de risa|muerto de risa|muerta de risa|me mori de risa: laughing
me muero de verguenza: i am embarrassed
como si se fuera a morir|como si me fuera a morir|que se va a morir|que me voy a morir: like i am dying
manchas|manchitas|puntitos: spots
avanza a ojos vista|se extiende a ojos vista|avanza muy rapido: spreading fast
me pueden explicar|pueden explicar|explicar|explicame|expliquen: explain
me esta saliendo|me sale|me salio|esta saliendo: coming out; puntos: spots; pincharon|pinchazos: injections
no tengo ningun sintoma|no tengo sintomas: i have no symptoms; solo quiero informarme: i just want to know
no lo estoy usando todavia|todavia no lo uso|aun no lo uso: i have not started yet
es solo curiosidad|solo por curiosidad|pregunto en general|pregunta general: asking in general
no tengo ningun sintoma|no tengo sintomas: nothing is wrong with me
hablo raro|hablo extrano|hablo rara|hablo muy raro: i have slurred speech

me cuesta encontrar las palabras|no encuentro las palabras: i struggle to find words
le cuesta encontrar las palabras: struggles to find words
cuesta encontrar las palabras: slurred speech
me castanean los dientes|le castanean los dientes|castanean los dientes: teeth chattering uncontrollably
tiemblo tanto|tiemblo sin parar|no puedo parar de temblar|tiembla sin parar: shaking uncontrollably
no me reconoce|no nos reconoce|no reconoce a nadie: does not recognise me
se me cayo el pelo|se me ha caido el pelo|se le cayo el pelo|se le ha caido el pelo: my hair fell out
una zona redonda|zona redonda|un circulo|una calva redonda: a round patch; justo donde: right where
bultitos|bultito: small lumps; me han salido|han salido|me ha salido|ha salido: came up; calentito|calentita: warm
granito|granitos: pimple; le molesta|me molesta: it hurts; una calva redonda|calva redonda: a round bald patch
me inyectaron|inyectaron: they injected
que significa|que quiere decir: what does it mean
casi me muero|casi me da algo: i almost died; casi me desmayo|por poco me desmayo: i almost fainted
cuando vi el precio|al ver el precio: when i saw the price
se me estan hinchando|se me esta hinchando|se le estan hinchando|se le esta hinchando: i have swelling of
me conto que|me dijo que|me contaron que|me dijeron que: told me that; una conocida|un conocido: an acquaintance
le salieron|les salieron|le salio|le salio un: she got; eso pasa|pasa eso|eso es normal: does that happen
me lo drenaron|me la drenaron|me lo vaciaron|lo drenaron: they drained it; centro de salud: health centre
curado del todo|curada del todo|totalmente curado|totalmente curada|ya esta curado|ya esta curada: completely healed
ya esta curado del todo|ya esta curada del todo|ya esta totalmente curado|ya esta totalmente curada: it is completely healed now
lei en un foro|lei en internet|lei en reddit|lei en un grupo|lei que: i read that; es frecuente|es comun: is it common
una chica|una muchacha|un chico|un muchacho: someone
el ano pasado: last year; se curo solo|se curo sola|se me curo solo: healed by itself; no he tenido nada mas: nothing since
me falta muchisimo el aire|me falta mucho el aire|me falta el aire|falta muchisimo el aire|falta el aire: i can not breathe
me cuesta muchisimo respirar|me cuesta mucho respirar|me cuesta respirar|cuesta muchisimo respirar: i can not breathe
no puedo parar de temblar|no paro de temblar|no puede parar de temblar: i can not stop shaking
me duelen todos los musculos|le duelen todos los musculos|duelen todos los musculos: all my muscles hurt
no sabe donde esta|no sabe ni donde esta: does not know where she is; no se donde estoy: do not know where i am
de momento no tengo ninguno|de momento no tengo ninguna|por ahora no tengo ninguno|no tengo ninguno: i do not have any
no tengo ninguna: i do not have any
hace anos|hace unos anos|hace muchos anos: years ago; desde entonces nada|desde entonces ya nada: nothing since
se acaba de desmayar|acaba de desmayarse|se ha desmayado|se desmayo: just fainted
al levantarse|al ponerse de pie: when standing up
quitarme la vida: take my life
no puedo dejar de temblar|no para de temblar|no dejo de temblar|no deja de temblar: can not stop shivering
tiemblo de todo el cuerpo|tiembla todo el cuerpo|todo el cuerpo me tiembla|tiemblo todo: whole body is shaking
ya no quiero vivir|no quiero vivir|no quiero seguir viviendo|no quiero estar vivo|no quiero estar viva: i do not want to live
pensando en como hacerlo|pienso en como hacerlo: thinking about how to do it
tinc: i have; molta febre: a high fever; taques: spots; pell|la pell: the skin; desapareixen|desapareix: fade
premo|prem: press; un got|amb un got: a glass
confosa|confos|molt confosa: confused; no ens reconeix|no em reconeix: does not recognise us
taques morades|unes taques morades: purple spots; cames|les cames|a les cames: on the legs
que no marxen|no marxen: that do not fade
i febre: and fever
"""

# Accent alone tells these apart: they are rewritten before the text is folded to ASCII.
ACCENTED: Dict[str, Tuple[Rule, ...]] = {
    "es": (
        (r"\bse (?:me|te|le|nos|les) está\b", "is now"),
        (r"\bél\b", "he"),
        (r"\bsí\b", "yes"),
        (r"\bqué\b", "what"),
    ),
    "fr": ((r"\boù\b", "where"),),
    "it": ((r"\bè\b", "is"), (r"\bperché\b", "why"), (r"\bné\b", "nor")),
    "pt": ((r"\bé\b", "is"), (r"\bà\b", "to the")),
    **WORLD_ACCENTED,  # Greek (`bot.chat_glossary_data_world5`)
}

# Word-order rewrites on folded text, before the glossary (English-side rewrites are in POST_RULES).
_ELISION = r"\b(j|l|d|m|t|s|n|c|qu|jusqu|lorsqu|puisqu)['\u2019\u2018`\u00b4\u02bc](?=[a-z])"
RULES: Dict[str, Tuple[Rule, ...]] = {
    "es": ((r"\b(\d{1,2}) sobre (?:10|diez)\b", r"\1/10"),),  # "un dolor de 10 sobre 10"
    "fr": (
        (_ELISION, r"\1 "),
        (r"\bil y a (?=\S+ (?:jours?|semaines?|mois|ans?|annees?|heures?|minutes)\b)", "ago "),
        # "ne ... pas" around the verb: the detector reads a negator before what it negates
        (r"\bne? (?:(s|se|me|m|te|t|y|en|l|le|la|les|lui|leur|nous|vous) )?([a-z]+) (pas|plus|jamais|rien)\b", r"\3 \1 \2"),
    ),
    "it": ((r"\b(l|un|dell|all|nell|sull|dall|c|quest|com|cos|po)['\u2019\u2018`\u00b4\u02bc](?=[a-z ])", r"\1 "),),
    "de": (
        (r"\bvor (?=\S+ (?:tag|tagen|woche|wochen|monat|monaten|jahr|jahren|stunde|stunden)\b)", "ago "),
        (r",\s*(?=(?:wo|dass|ob|die|der|das|was)\b)", " "),  # "weiss nicht, wo er ist": one clause, as in English
        # "kann den arm nicht bewegen": the detector reads "can not move" before what cannot be moved
        (r"\b(kann|konnte) ((?:[a-z]+ ){1,4}?)(nicht|kaum) (bewegen|heben|schlucken|atmen)\b", r"\1 \3 \4 \2"),
    ),
    "pt": (
        (r"\bha (?=\S+ (?:dias?|semanas?|mes|meses|anos?|horas?)\b)", "ago "),
        (r"(^|[.,;:!?\n]\s*|\b(?:e|mas|ou|que|so|caso) )se\b", r"\1if"),  # "se" is "if" only where a clause starts
    ),
    "pl": ((r",\s*(?=(?:gdzie|ze|co)\b)", " "),),  # "nie wie, gdzie jest": one clause, as in English
    # "bukhar nahi hai" (fever not is): the negator goes before the noun, where the detector reads it
    "hi": (
        # "bukhar kise kehte hain": what is (called) a fever, a definition
        (r"\b(\w+(?: \w+)?) (?:kise|kisko) (?:kahte|kehte|kahate) (?:hain|hai|he|h)\b", r"meaning of \1"),
        # "confusion ya saans ki problem nahi hai": a list with "ya" (or) negated as a whole
        (
            r"(?:^|(?<=[,.;!?] ))([^,.;!?]*\bya\b[^,.;!?]*?) (?:bhi )?(?:nahi|nahin|nhi|nai) (?:hai|hain|h|tha|thi|hua|hui|he)\b",
            r"nahi \1",
        ),
        (r"\b([a-z]+) (?:bhi )?(?:nahi|nahin|nhi|nai) (?:hai|hain|h|tha|thi|hua|hui|he)\b", r"nahi \1"),
        (r"\bkoi ([a-z]+) (?:nahi|nahin|nhi|nai)\b", r"nahi \1"),  # "koi bukhar nahi": no fever
        (r"\b([a-z]+) bhi (?:nahi|nahin|nhi|nai)(?=\s*(?:$|[,.;!?]))", r"nahi \1"),  # "bukhar bhi nahi": no fever either
        # "bukhar nahi, bas thoda laal hai", Marathi "tap nahi": no fever (only symptom nouns: "peshab nahi" is a sign)
        (
            r"\b(bukhar|bukhaar|tap|taap|jwar|sojan|sujan|soojan|dard|laali|lali|peep|pus|ganth|gaanth|chakkar|ulti|khujli)"
            r" (?:nahi|nahin|nhi|nai)(?=\s*(?:$|[,.;!?]))",
            r"nahi \1",
        ),
        (r"\bthe(?=\s*(?:$|[,.;:!?]))", "were"),  # "daane the" (pimples were): English "the" never ends a clause
    ),
}

RULES.update(WORLD_RULES)
# Spelling rewrites on folded text before a language's check and its glossary ("7arara" -> "harara")
SPELLING: Dict[str, Tuple[Rule, ...]] = dict(WORLD_SPELLING)
# Words written onto the next one ("والحرارة"), split off with their English
PREFIXES: Dict[str, Tuple[Rule, ...]] = dict(WORLD_PREFIXES)

# English-side rewrites applied after any glossary: "ago two weeks" -> "two weeks ago".
_UNIT = r"(?:hours?|days?|weeks?|months?|years?)"
_BP_FILL = r"(?:(?:is|was|of|at|a|in|on|to|the|now|only|just|very|low|down) )"  # "blood pressure is at 8/5"
_BP_SEP = r"(?:/|-|and|with|over|on|for|to|x|by)"  # "8/5", "8 and 5", "8 por 5" (pt), "80 na 50" (pl)
POST_RULES: Tuple[Rule, ...] = (
    (
        rf"\bago (?:how |like |about |around |roughly |some )?"
        rf"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|some|a few|many|several)"
        rf" ({_UNIT})\b",
        r"\1 \2 ago",
    ),
    (rf"\bsince (\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen) ({_UNIT})\b", r"for \1 \2"),
    (r"(?<=\d),(?=\d)", "."),  # 38,5 degrees
    (r",\s+(that|which|who)\b", r" \1"),  # the comma before a relative clause ("wysypka, która")
    # blood pressure in cm Hg, as French, Spanish, Italian and Portuguese speakers give it: "8/5" is 80/50 mmHg
    (rf"\b(\d|1\d|2[0-5])(?:\.(\d))? (?:of )?blood pressure\b(?! {_BP_FILL}?\d)", r"blood pressure \1\g<2>0"),
    (rf"\bblood pressure ({_BP_FILL}*)(\d|1\d|2[0-5])\.(\d) ?{_BP_SEP} ?(\d|1\d)(?![\d./])", r"blood pressure \1\2\3/\g<4>0"),
    (rf"\bblood pressure ({_BP_FILL}*)(\d|1\d|2[0-5]) ?{_BP_SEP} ?(\d|1\d)(?![\d./])", r"blood pressure \1\g<2>0/\g<3>0"),
    (rf"\bblood pressure ({_BP_FILL}*)(\d|1\d)(?![\d./]| ?{_BP_SEP} ?\d)", r"blood pressure \1\g<2>0"),
)

LANGUAGE_DATA: Dict[str, str] = {
    "es": SPANISH,
    "fr": FRENCH,
    "de": GERMAN,
    "pl": POLISH,
    "it": ITALIAN,
    "pt": PORTUGUESE,
    "hi": HINGLISH + ROMANISED_SOUTH_ASIAN,  # romanised Bengali, Tamil, Nepali, ... (`bot.chat_glossary_data_indic`)
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
