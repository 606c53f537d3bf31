"""Glossaries for German, Polish and romanised Hindi / Hinglish (format: `bot.chat_glossary_data`)."""

from __future__ import annotations

GERMAN = """
ich: i; habe|hab: have; hat|haben: has; hatte|hatten|habe gehabt: had; bin: am; ist|sind: is; war|waren: was; er: he
sie: she; es: it; mir|mich|sich|uns: -; mein|meine|meinen|meinem|meiner|meines: my; dein|deine: your
sein|seine|seinem|seinen|ihr|ihre|ihrem|ihren: his; der|die|das|den|dem|des: the; ein|eine|einen|einem|einer|eines: a
und: and; oder: or; aber: but; mit: with; ohne: without; von: of; in|im: in; am|an: at; auf: on; fur|fuer: for; dass: that
sehr|ganz: very; viel: a lot; bisschen|etwas|ein wenig: a little; mehr: more; schon|bereits: already; noch|immer noch: still
jetzt|nun: now; seit: since; nach: after; nach der|nach dem: after the; vor: before; heute: today; gestern: yesterday
gestern abend|letzte nacht|heute nacht: last night; morgen: tomorrow; heute morgen|heute fruh: this morning
heute abend: tonight; diese woche: this week; letzte woche|vorige woche: last week; tag: day; tagen|tage: days; woche: week
wochen: weeks; monat: month; monaten|monate: months; jahr: year; jahren|jahre: years; stunde: hour; stunden: hours
minuten: minutes; wenn|falls: if; als: when; kann ich|darf ich: can i; kann: can; soll ich: should i; nicht: not
kein|keine|keinen|keinem|keiner: no; nie|niemals: never; nichts: nothing; weder: neither; noch nie: never; sagt|meint: says
sagt dass|meint dass: says that; hat gesagt|sagte: said; hat mir gesagt|sagte mir: told me
hat mir erzahlt|erzahlte mir|hat erzahlt|erzahlte|erzahlt: told; bekommen hat|bekommen: got; wie haufig|wie oft: how common
ist das normal|normal: is it normal; was ist|was sind: what is
was soll ich tun|was tun|was kann ich tun|was mache ich: what should i do; wie viele: how many; wie lange: how long
wie: how; warum: why; wann: when; wieder|erneut: again; alles: all; alles gut|alles in ordnung: all fine; gut: fine
schlecht: bad; besser: better; schlimmer: worse; weg|verschwunden|abgeklungen: gone; verheilt|abgeheilt|geheilt|ausgeheilt: healed
gesund: healthy; wieder gesund|wieder fit: healthy again; langst|laengst: long since
ich fuhle mich|fuhle mich: i feel; mann|ehemann: husband; frau|ehefrau: wife; schwester: sister; bruder: brother
mutter|mama: mum; vater|papa: dad; sohn: son; tochter: daughter; freund|freundin|kumpel: friend; freunde: friends
nachbar|nachbarin: neighbour; kollege|kollegin: colleague; kind|baby: child; jemand: someone; leute: people; oma: grandma
opa: grandad; partner|partnerin: partner; eins: one; zwei: two; drei: three; vier: four; funf|fuenf: five; sechs: six
sieben: seven; acht: eight; neun: nine; zehn: ten; vierzehn: fourteen; grad: degrees; kopf: head; kopfhaut: scalp
haare|haar: hair; hals: neck; nacken: neck; brust: chest; herz: heart; lippe: lip; lippen: lips; zunge: tongue
rachen|kehle: throat; auge: eye; augen: eyes; gesicht: face; stirn: forehead; haut: skin; augenlid: eyelid
augenlider: eyelids; muskeln: muscles; arm: arm; bein: leg; mund: mouth; urin: urine; pinkeln|wasserlassen: urinate
atmen: breathe; schlucken: swallow; mesotherapie: mesotherapy; sitzung|behandlung: session; sitzungen: sessions
spritze|injektion|einstich: injection; spritzen|injektionen|einstiche|einstichstellen: injections
einstichstelle: injection site; klinik|praxis: clinic; arzt|arztin|aerztin: doctor
notaufnahme|notarzt: emergency department; antibiotikum: antibiotic; antibiotika: antibiotics; tabletten: pills; wach: awake
beule|knoten|knubbel: lump; beulen|knubbel: lumps; pickel: pimple; pickeln: pimples; abszess: abscess; furunkel: boil
zyste: cyst; geschwollen*|angeschwollen*|entzundet*|entzuendet*: swollen; schwellung: swelling; schwillt|schwellen: swell
rot|rote|roten|roter|rotes|gerotet*: red; rotung: redness; heiss|heisse|heissen|heisser|warm|warme: hot
schmerz|schmerzen: pain; tut weh|tut mir weh: hurts; schmerzhaft*|schmerzt: painful; eiter: pus; eitert|eitrig*: pus
nassen|nasst|lauft aus: oozing; flussigkeit|ausfluss: discharge; infiziert*: infected
infektion|entzundung|entzuendung: infection; breitet sich aus|breitet sich|ausbreiten|ausgebreitet: is spreading
rote streifen: red streaks; wachst|wird grosser: is growing; grosser: bigger; mehrere: several
hallo|guten tag|guten morgen: hello; immer grosser: getting bigger; neue knoten|neue beulen: new lumps
wird nicht besser|keine besserung: not improving; kahle stelle|kahlen stellen|kahle stellen: bald patch; narbe: scar
haarausfall: hair loss; fieber: fever; temperatur: temperature; schuttelfrost|schuettelfrost: rigors
frosteln|frieren|friere: chills; fiebrig: feverish; zittern|zittere|zittert: shivering
unkontrolliert|unkontrollierbar: uncontrollable; diabetes|zucker: diabetes; diabetiker|diabetikerin: diabetic
immunsupprimiert|schwaches immunsystem: weak immune system; kortison|cortison|steroide: steroids
chemotherapie|chemo: chemotherapy; schwanger: pregnant
total verwirrt|vollig verwirrt|voellig verwirrt|ganz verwirrt: totally confused; verwirrt: confused; desorientiert: disoriented
lallt|verwaschene sprache: slurred speech; benommen|schlafrig|schlaefrig|dosig: drowsy
schwer zu wecken|kaum noch wach zu kriegen|kaum noch wach zu bekommen|kaum noch wach: hard to wake
kaum wach zu kriegen|kaum wach zu bekommen|kaum weckbar: hard to wake
muskelschmerzen|gliederschmerzen: muscle pain
kalt|eiskalt: cold; atemnot|kurzatmig: short of breath
bekomme keine luft|krieg keine luft|kriege keine luft|keine luft: can not breathe
bekomme schlecht luft|schlecht luft|kaum luft: difficulty breathing; luft: air; atmung: breathing
herzrasen|mein herz rast|herz rast: heart racing; herzklopfen: palpitations; rast: racing; schnell: fast
marmoriert|fleckig: mottled; blau|blaue|blauen|blaulich: blue; blass|bleich|fahl: pale; grau: grey; ausschlag: rash
glas: glass; druck*: press; verschwindet|verschwinden|verblasst|verblassen: fade
nicht mehr gepinkelt|kein urin: no urine; ich sterbe|ich werde sterben|als ob ich sterbe: i feel like i might die
unertraglich|unertraeglich: unbearable; furchtbar|schrecklich|hollisch|hoellisch: terrible; heftig*|stark*|starke: severe
hoch|hohes|hohe|hohem|hoher|hohen: high; kopfschmerzen|kopfweh|migrane: headache
steifer nacken|nackensteifigkeit|steifen nacken|steifer hals: stiff neck; steif: stiff
licht tut weh|lichtempfindlich|licht blendet: light hurts my eyes; licht: light
erbrechen|erbreche|ubergeben|uebergeben|kotzen: vomiting; krampfanfall|anfall|krampfe: seizure
brustschmerzen|schmerzen in der brust|druck auf der brust: chest pain; ohnmachtig|ohnmaechtig|ohnmacht: fainted
bewusstlos: unconscious; zusammengebrochen|umgekippt: collapsed; gerade: just; pfeifen|giemen: wheezing
doppelbilder|doppelt sehen|sehe doppelt: double vision; schwache|schwach: weak; schwindelig|schwindlig|schwindel: dizzy
mude|muede: tired; blaue flecken|blauer fleck|blauen fleck|bluterguss|hamatom: bruises; gelblich|gelb: yellowish
schlafe: temple; kruste|krusten|schorf: scabs; blutpunkte|blutpunktchen: pinpoint bleeding spots
blut: blood; juckreiz|juckt: itching; klein|kleine|kleinen|kleiner: small; leicht|leichte|leichter: mild
empfindlich|druckempfindlich: tender; krank: sick
lallen|lallend|lallte|spricht verwaschen|redet verwaschen|verwaschen|nuschelt|spricht undeutlich: slurred speech
redet undeutlich: slurred speech
redet wie betrunken|spricht wie betrunken|kann nicht richtig sprechen|sprachstorung|sprachstoerung|schwere zunge: slurred speech
bringt kein wort raus|kriegt die worte nicht raus|verschluckt die worte: slurred speech
weiss nicht wo er ist|weiss nicht wo sie ist|weiss nicht mehr wo er ist|weiss nicht mehr wo sie ist: does not know where he is
weiss nicht wo ich bin: does not know where he is
erkennt niemanden|erkennt mich nicht|erkennt uns nicht|erkennt keinen mehr: does not recognise anyone
redet wirr|redet unsinn|redet zusammenhanglos|wirres zeug|redet wirres zeug|spricht wirr|fantasiert: is talking nonsense
halluziniert: is talking nonsense
durcheinander|ganz durcheinander|neben sich|ganz neben sich|neben der spur|verwirrt und: confused
kriege ihn nicht wach|krieg ihn nicht wach|bekomme ihn nicht wach|kriege sie nicht wach|krieg sie nicht wach: can not wake him
bekomme sie nicht wach: can not wake him
wacht nicht auf|nicht wach zu kriegen|nicht wach zu bekommen|nicht aufzuwecken|lasst sich nicht wecken: can not wake him
nicht ansprechbar|kaum ansprechbar|reagiert nicht|reagiert kaum|antwortet nicht mehr: is not responding
dammert weg|daemmert weg|dammert vor sich hin|weggetreten|apathisch|schlaft nur noch|schlaft dauernd: very drowsy
schlaft die ganze zeit: very drowsy
das bewusstsein verloren|bewusstsein verloren|bewusstlos geworden|kurz bewusstlos|war kurz weg: lost consciousness
kurz weggetreten: lost consciousness
ohnmachtig geworden|ohnmaechtig geworden|bin umgekippt|ist umgekippt|kollabiert|zusammengeklappt|weggekippt: fainted
ohnmachtsanfall: fainted
kreislaufzusammenbruch|kreislauf zusammengebrochen|mir wurde schwarz vor augen|schwarz vor augen: fainted
kann nicht aufhoren zu zittern|hore nicht auf zu zittern|hort nicht auf zu zittern: can not stop shaking
zittere am ganzen korper: can not stop shaking
zittere am ganzen leib|zittert am ganzen korper|zittert am ganzen leib|zittere wie espenlaub: can not stop shaking
zittern unkontrolliert: can not stop shaking
heftiger schuttelfrost|starker schuttelfrost|heftiger schuettelfrost|starker schuettelfrost: extreme shivering
zahneklappern|zaehneklappern|zahne klappern|zaehne klappern|klappere mit den zahnen|mit den zahnen klappern: teeth chattering
kriege kaum luft|bekomme kaum luft|krieg kaum luft|schwer atmen|atmet schwer|atme schwer|kann kaum atmen: difficulty breathing
kann nicht richtig atmen: difficulty breathing
luftnot|schwere atmung|atemprobleme|atembeschwerden: difficulty breathing
japst|japse|schnappt nach luft|schnappe nach luft|ringt nach luft|ringe nach luft|ersticke|erstickungsgefuhl: i can not breathe
kann nicht sprechen ohne luft zu holen|kann keinen satz zu ende sprechen: i can not talk, out of breath
kann nicht zu ende sprechen: i can not talk, out of breath
komme beim sprechen ausser atem|ausser atem|aus der puste: out of breath
atmet sehr schnell|atme sehr schnell|schnelle atmung|hechelt|hechle: breathing very fast
herz klopft wie verruckt|herz schlagt sehr schnell|herz schlaegt sehr schnell|herz hammert|herz pocht: heart racing
herz rast wie verruckt: heart racing
puls rast|puls ist sehr hoch|hoher puls|schneller puls|puls sehr schnell|herz schlagt bis zum hals|herzjagen: heart racing
puls: pulse
engegefuhl in der brust|enge in der brust|brustenge|brust druckt|druck in der brust|druckgefuhl in der brust: chest tightness
stechen in der brust|schmerz in der brust|schmerzen im brustkorb|brustschmerz: chest pain; brustkorb: chest
glastest|glas test|glasprobe|wasserglas|trinkglas|mit einem glas|unter dem glas|unter einem glas: when i press a glass
durch das glas: when i press a glass
wenn ich ein glas drauf drucke|wenn ich drauf drucke|wenn man drauf druckt|beim drucken|beim draufdrucken: when i press
verschwindet nicht|verschwinden nicht|geht nicht weg|gehen nicht weg|verblasst nicht|verblassen nicht: do not fade
lasst sich nicht wegdrucken|lassen sich nicht wegdrucken|nicht wegdruckbar|bleibt sichtbar|bleiben sichtbar: do not fade
punktchen|rote punkte|rote punktchen|petechien|einblutungen|kleine rote punkte|lila flecken|dunkelrote flecken: red spots
nicht gepinkelt|nicht mehr gepinkelt|pinkelt nicht|pinkle nicht|kein wasser gelassen|nicht uriniert: have not peed
uriniert nicht: have not peed
nicht mehr uriniert|nicht pinkeln|nicht mehr pinkeln|nicht auf klo gewesen|war nicht pinkeln: have not peed
aschfahl|aschgrau|graue haut|gesicht grau: ashen
kreidebleich|leichenblass|kasebleich|kaesebleich|totenblass|weiss wie die wand: very pale skin
lila|violett|blau angelaufen|blaue lippen: blue; marmorierte haut|fleckige haut: mottled skin
zunge schwillt an|zunge ist geschwollen|geschwollene zunge|zunge dick|hals schnurt sich zu: throat is closing
hals schnuert sich zu: throat is closing
hals zugeschnurt|hals wird eng|hals ist zu|hals schwillt zu|rachen schwillt zu|zugeschwollen: throat is closing
kann kaum schlucken|schluckbeschwerden|kann nicht schlucken|schlucken tut weh: difficulty swallowing
sieht doppelt|sehe alles doppelt|sieht alles doppelt|alles doppelt|doppelsehen: double vision; doppelt: double
nackensteife|nacken ist steif|kann den kopf nicht beugen|kann den kopf nicht nach vorne beugen|genickstarre: stiff neck
nacken steif: stiff neck
kinn nicht auf die brust|kann das kinn nicht zur brust: stiff neck
licht tut in den augen weh|licht schmerzt|licht schmerzt in den augen|lichtscheu|grelles licht tut weh: light hurts my eyes
vertrage kein licht: light hurts my eyes
muss mich ubergeben|muss mich uebergeben|musste mich ubergeben|musste mich uebergeben|gekotzt|erbrochen|erbricht: vomiting
schlimmsten kopfschmerzen|schlimmste kopfschmerzen|starke kopfschmerzen|heftige kopfschmerzen: severe headache
extreme kopfschmerzen: severe headache
kopf platzt|mir platzt der kopf|schadel platzt|kopf zerspringt|vernichtungskopfschmerz|hollische kopfschmerzen: severe headache
hat gekrampft|krampft|krampfte|epileptischer anfall|zuckungen|zuckt am ganzen korper|krampfanfalle: seizure
panikattacke: panic attack
kann den arm nicht bewegen|kann arm nicht bewegen|kann das bein nicht bewegen|kann den arm nicht heben: can not move
nicht bewegen: can not move
bewegen: move; rechts|rechte|rechten: right; links|linke|linken: left; seite: side
eine seite|einseitig|halbseitig|auf einer seite: one side
hangender mundwinkel|mundwinkel hangt|mundwinkel haengt|gesicht hangt|gesicht haengt|gesicht schief: face drooping on one side
schiefes gesicht: face drooping on one side
lahmung|laehmung|gelahmt|gelaehmt: paralysed; taub|taubheit|taubheitsgefuhl|kribbeln: numb; kraftlos|keine kraft: weak
tut unertraglich weh|tut unertraeglich weh|schmerzen sind unertraglich|kaum auszuhalten: the pain is unbearable
nicht auszuhalten: the pain is unbearable
hollische schmerzen|hoellische schmerzen|hollisch weh|hoellisch weh: the pain is unbearable
viel schlimmer als es aussieht|schlimmer als es aussieht|viel mehr als es aussieht: much more than it looks
viel schlimmer als man sieht: much more than it looks
tut viel mehr weh als es aussieht|tut viel schlimmer weh als es aussieht: hurts much more than it looks
breitet sich schnell aus|breitet sich rasch aus: is spreading fast; wird schnell grosser: is growing fast; zusehends|rasch: fast
rote linie|roter strich|rote striche|rote linien: red streaks
zieht hoch|ziehen hoch|wandert nach oben: going up
es eitert|eiter kommt raus|eiter lauft raus|gelbe flussigkeit|gelbes zeug: pus is coming out
neue knubbel|weitere knoten|noch ein knoten|wieder knoten|neue knotchen|weitere knotchen|neue beule|neuer knoten: new lumps
knotchen|knoetchen: lump; wird immer grosser|wird grosser|grosser geworden: is growing
kreisrunder haarausfall|lucken|luecken|lichte stellen|kahle flecken|kahler fleck: bald patches
stellenweise|fleckweise|buschelweise|bueschelweise|buschel: in patches; haare fallen aus|fallen die haare aus: hair falling out
auge zugeschwollen|auge ist zu|kann das auge nicht offnen|kann das auge nicht oeffnen: eye is swollen shut
um das auge|ums auge|um die augen|rund ums auge|augenlid geschwollen|lid geschwollen: around the eye
fuhle mich fiebrig|fiebrig|frostelig|frostel|mir ist heiss und kalt|heiss und kalt|fieberig: feverish and shivery
blutdruck|der blutdruck|mein blutdruck|rr: blood pressure; zu: to; uber|ueber: over
niedriger blutdruck|blutdruck ist niedrig|blutdruck im keller|kreislauf im keller|kreislauf ist im keller: low blood pressure
blutdruckabfall: low blood pressure
blutdruck gefallen|blutdruck abgesackt|blutdruck ist abgesackt|blutdruck ganz unten|blutdruck sehr niedrig: low blood pressure
ich habe das gefuhl zu sterben|ich habe das gefuhl ich sterbe|gefuhl ich sterbe|ich glaube ich sterbe: i feel like i might die
todesangst: i feel like i might die
als wurde ich sterben|als ob ich sterben wurde|ich sterbe gleich|ich muss sterben: i feel like i might die
gelesen|hab gelesen|habe gelesen|im internet: i read online that; als kind: as a child; vor jahren: years ago
sehe nicht doppelt|sieht nicht doppelt: i do not see double
weiss nicht|weiss nicht mehr: does not know; weiss: knows; wo: where; gespritzt: injected; punkte: spots
lila punkte: purple spots
nicht verschwinden|nicht verschwindet|nicht weggehen|nicht weggeht|nicht verblassen|nicht verblasst: do not fade
nicht wegdrucken: do not fade
beim glastest|beim glas test|beim drauf drucken|beim druck mit einem glas: when i press a glass; beim: when
kaum schlucken: difficulty swallowing; kaum atmen: difficulty breathing; kann nicht bewegen|kann nicht heben: can not move
fallen die haare|fallen mir die haare|mir fallen die haare|die haare fallen: hair falling out
ich sterbe vor neugier|sterbe vor neugier|sterbe vor neugierde: i am curious
ich sterbe vor lachen|sterbe vor lachen|lache mich tot|totgelacht: laughing
bekomme kaum luft|bekomme kaum noch luft|kriege kaum luft|kriegt kaum luft: can hardly breathe
bekommt kaum luft|bekommt kaum noch luft: can hardly breathe
atme|atmet: breathing
erklaren|erklaeren|mir erklaren|konnen sie mir erklaren: explain
allgemeine frage|eine allgemeine frage: a general question
ich selbst habe keine beschwerden|ich habe keine beschwerden|mir fehlt nichts: nothing is wrong with me
mein termin ist erst|bevor ich einen termin mache: my first session is booked
ich will mich nur vorbereiten|ich mochte einfach informiert sein: just asking
zieht ein roter streifen|zieht sich ein roter streifen|roter streifen|roten streifen|roter strich: a red streak runs
richtung: towards
bin ich fast umgekippt|bin fast umgekippt|ich bin fast umgefallen|bin ich fast umgefallen: i almost fainted
bei dem preis|beim preis: at the price
angenommen|mal angenommen|nehmen wir an: suppose
sehe seit heute doppelt|sehe seit gestern doppelt|sehe seit heute morgen doppelt|sieht seit heute doppelt: see double since today
in einem forum hat jemand geschrieben|in einem forum schrieb jemand: on a forum someone wrote
hat jemand geschrieben: someone wrote
stimmt das: is that true
sehe|ich sehe: i see; sieht|er sieht|sie sieht: sees; plotzlich|ploetzlich|auf einmal: suddenly
woran erkennt man|wie erkennt man|woran merkt man|wie merkt man: how do you recognise; ich schreibe|schreibe: i am writing
ab welcher temperatur|ab wann|ab welcher temperatur spricht man von: from what temperature is it
ab welcher temperatur spricht man eigentlich von: from what temperature is it
weiss nicht mal welcher tag ist|weiss nicht welcher tag ist|weiss nicht mal welcher tag heute ist: does not know what day it is
weiss nicht welcher tag heute ist: does not know what day it is
suizidgedanken|selbstmordgedanken: suicidal thoughts; suizid|selbstmord: suicide; mich umbringen|mir das leben nehmen: kill myself
ab wie viel grad|ab wieviel grad|ab welcher temperatur: from what temperature
spricht man von|spricht man eigentlich von: is it
frag nur|ich frage nur|frage nur|frag ja nur: i am just asking
"""

POLISH = """
ja: i; mam: i have; ma|maja: has; masz: you have; mialem|mialam: i had; mial|miala|mieli: had; jestem: i am; jest: is
sa: are; bylem|bylam: i was; byl|byla|bylo|byly: was; to: it; on: he; ona: she; oni|one: they; mi|mnie|mu|jej|sie|go: -
moj|moja|moje|mojego|mojej|moim|moich|moja: my; twoj|twoja: your; jego: his; i|oraz: and; lub|albo: or; ale: but; z: with
bez: without; w|we: in; na: on; do: to; po: after; dla: for; ze|zeby: that; bardzo: very; duzo: a lot
troche|lekko|nieco: a little; wiecej: more; juz: already; nadal|wciaz|ciagle|dalej: still; teraz: now; od: since
przed: before; dzisiaj|dzis: today; wczoraj: yesterday; wczoraj wieczorem|w nocy|zeszlej nocy: last night; jutro: tomorrow
dzis rano|dzisiaj rano: this morning; w tym tygodniu: this week; w zeszlym tygodniu: last week; dzien: day; dni: days
tydzien: week; tygodnie|tygodni: weeks; miesiac: month; miesiace|miesiecy: months; rok: year; lata|lat: years
godzina|godzine: hour; godziny|godzin: hours; minut: minutes; temu: ago; jesli|jezeli|gdyby|jak by|jakby: if
gdy|kiedy: when; na wypadek: in case; czy moge|moge: can i; moze: can; powinienem|powinnam: should i; nie: not
nie mam: i do not have; nie ma: there is no; nie moge: i can not; zadnej|zadnego|zadnych|zaden|zadna: no; nigdy: never
nic: nothing; ani: nor; mowi ze|twierdzi ze: says that; powiedzial ze|powiedziala ze: said that; mowi: says
powiedzial|powiedziala: said; czy to normalne|to normalne|normalne: is it normal; co to jest|czym jest: what is
co robic|co mam robic|co zrobic|co mam zrobic: what should i do; ile: how many; jak dlugo: how long; jak: how; dlaczego: why
kiedy moge: when can i; znowu|ponownie: again; wszystko: all; wszystko dobrze|wszystko w porzadku: all fine
dobrze|w porzadku: fine; schodzi|opada|zmniejsza sie|maleje: is going down
zle: bad; lepiej: better; gorzej: worse; zniknal|zniknela|zniknelo|przeszlo|minelo|ustapilo: went away
wygoilo sie|zagoilo sie|wyleczone: healed; czuje sie|czuje: i feel; czy: -; maz|meza|mezem|mezowi: husband; zona|zony: wife
siostra|siostry|siostrze: sister; brat|brata: brother; mama|matka|mamy: mum; tata|ojciec: dad; syn|syna: son
corka|corki: daughter; kolega|kolezanka: friend; przyjaciel|przyjaciolka: friend; znajomy|znajoma: friend
sasiad|sasiadka: neighbour; dziecko: child; ktos: someone; ludzie: people; babcia: grandma; dziadek: grandad
partner|partnerka: partner; jeden|jedna: one; dwa|dwie: two; trzy: three; cztery: four; piec: five; szesc: six
siedem: seven; osiem: eight; dziewiec: nine; dziesiec: ten; stopni|stopnie: degrees
glowa|glowy|glowie|glowe|glowka|glowce: head; skora glowy|skory glowy|skorze glowy: scalp; wlosy|wlosow: hair
szyja|szyi|szyje: neck; kark*: neck; klatka piersiowa|klatce piersiowej|klatki piersiowej: chest; serce: heart; warga: lip
warg*|usta: lips; jezyk*: tongue; gardl*: throat; oko: eye; oczy|oczu: eyes; twarz*: face; czol*: forehead
skora|skory|skore|skorze: skin; powieka|powieki|powiek: eyelids; miesnie|miesni: muscles; reka|ramie: arm; noga: leg
mocz*: urine; oddych*: breathe; przelyk*: swallow; mezoterapi*: mesotherapy; zabieg*: session; sesj*: session
zastrzyk|wklucie|ukluciu|wklucia: injection
zastrzyki|zastrzykow|wkluc|miejsca wklucia|miejscach wklucia|miejscu wklucia: injection sites; klinik*: clinic
lekarz*: doctor; sor|pogotowie: emergency department; antybiotyk*: antibiotics; tabletki: pills; obudzic|dobudzic: wake
guz*|guzek|guzki|guzkow|gula|gule|grudk*|zgrubieni*: lump; krost*|pryszcz*: pimple; ropien*: abscess; czyrak*: boil
torbiel*: cyst; spuchniet*|opuchniet*|obrzmial*|spuchlo|spuchla|spuchly: swollen
obrzek*|opuchlizn*: swelling; puchnie|puchna|puchnac: swelling
czerwon*|zaczerwienion*: red; zaczerwienieni*: redness; gorac*|ciepl*|rozgrzan*: hot; bol: pain; bolu|bole: pain
boli|bola: hurts; bolesn*|bolac*: painful; rop*: pus; ropieje|saczy sie|cieknie|wycieka: oozing; wydzielin*|plyn: discharge
zakazon*|zainfekowan*: infected; zakazeni*|infekcj*: infection
rozszerza sie|rozprzestrzenia sie|rozlewa sie|powieksza sie: is spreading
czerwone pasy|czerwone smugi|czerwone linie: red streaks; rosnie|urosl|urosla|rosna: is growing
coraz wiekszy|coraz wieksza|coraz wieksze: getting bigger; wiekszy|wieksza|wieksze: bigger; nowe guzki|nowe guzy: new lumps
nie poprawia sie|bez poprawy: not improving; lysy placek|lyse placki|lysina|lysin*: bald patch; blizn*: scar
wypadanie wlosow: hair loss; goraczk*|temperatur*: fever; dreszcz*: chills; goraczkuje: feverish
trzese|trzesie|trzesa|trzesienie|drze|drzy|drzenie|dygocze|dygocz: shivering; niekontrolowan*: uncontrollable
cukrzyc*: diabetes; cukrzyk: diabetic; odpornosc*: immune system
slaba odpornosc|oslabiona odpornosc|obnizona odpornosc: weak immune system; steroid*|sterydy|sterydow: steroids
chemioterapi*|chemia|chemii|chemie: chemotherapy; w ciazy: pregnant; zdezorientowan*|splatan*: confused
nieprzytomn*: unconscious; sennosc|senn*|senny|spiacy|spiaca: drowsy
belkocze|belkotliwa mowa|niewyrazna mowa: slurred speech; trudno go obudzic|trudno ja obudzic: hard to wake
bol miesni|bole miesni: muscle pain; zimn*: cold; dusze sie|dusi sie|brak tchu|brakuje mi powietrza: short of breath
nie moge oddychac|nie moze oddychac|nie moge zlapac tchu: can not breathe; dusznosc*|dusznosci: short of breath
powietrz*: air; oddech*: breathing; kolatanie serca|kolatanie: palpitations
serce mi wali|serce wali|serce bije szybko: heart racing; szybk*: fast; marmurkow*|plamist*: mottled
sina|siny|sine|sinieja|zsinial*|niebiesk*: blue; blady|blada|blade|bladosc: pale; szary|szara|szare|ziemist*: grey
wysypk*: rash; ktora|ktory|ktore: that; znika|znikaja|blednie|blednieja: fade; pod: under
szklank*|szklo|szkla|szklem: glass; docisk*|nacisk*|przycisk*: press; nie oddaje moczu|nie sikam: no urine
umre|umieram|zaraz umre: i feel like i might die; nie do zniesienia|nieznosn*: unbearable; straszn*|okropn*: terrible
silny|silna|silne|mocny|mocno|ostry|ostra: severe; wysok*: high; bol glowy|boli mnie glowa|boli glowa: headache
sztywny kark|sztywnosc karku|sztywna szyja: stiff neck; sztywn*: stiff
nie do opanowania|nie moge opanowac|nie moge przestac: uncontrollable
swiatlo mnie razi|razi mnie swiatlo|bola mnie oczy od swiatla: light hurts my eyes
swiatlo mnie razi|razi mnie swiatlo|razi swiatlo|swiatlo razi: light hurts my eyes; swiatl*: light; wymiot*: vomiting
drgawk*|atak padaczki|padaczk*|napad drgawek: seizure; bol w klatce piersiowej|bol klatki piersiowej: chest pain
zemdlal*|omdleni*|zemdlec: fainted; stracil* przytomnosc: fainted; upadl*|przewrocil* sie: collapsed; wlasnie: just
swist*|swiszczacy: wheezing; podwojne widzenie|widze podwojnie: double vision; oslabieni*|slabosc: weakness; slab*: weak
zawrot* glowy|kreci mi sie w glowie: dizzy; zmeczon*: tired; siniak*: bruises; strup*: scabs
kropki krwi|punkciki krwi: pinpoint bleeding spots; krew|krwi: blood; swedzeni*|swedzi: itching
maly|mala|male|malenki|malenka|malutki|drobn*: small; kilka|kilku: several; wiele|wielu: many
dzien dobry|czesc|witam: hello; lekk*|lekko: mild; tkliw*|wrazliw*: tender; chory|chora: sick
mowi niewyraznie|niewyraznie mowi|mowi belkotliwie|belkot|placze mu sie jezyk|placze jej sie jezyk: slurred speech
jezyk mu sie placze: slurred speech
jezyk jej sie placze|placze sie jezyk|mowi jak pijany|mowi jak pijana|nie moze wyraznie mowic: slurred speech
belkocze jak pijany: slurred speech
nie wie gdzie jest|nie wiedzial gdzie jest|nie wiedziala gdzie jest|nie wiem gdzie jestem: does not know where he is
nie wie co sie dzieje: does not know where he is
nie poznaje nikogo|nie poznaje mnie|nie poznaje nas|nie rozpoznaje nikogo|nie rozpoznaje mnie: does not recognise anyone
mowi bez sensu|gada bez sensu|gada glupoty|mowi od rzeczy|majaczy|bredzi|plecie bzdury: is talking nonsense
nie kontaktuje|slabo kontaktuje|nie kojarzy|odlatuje|otumaniony|otumaniona: confused
nie moge go dobudzic|nie moge jej dobudzic|nie da sie go dobudzic|nie da sie jej dobudzic: can not wake him
nie mozemy go dobudzic: can not wake him
nie da sie go obudzic|nie da sie jej obudzic|nie budzi sie|nie moge go obudzic|nie moge jej obudzic: can not wake him
nie reaguje|nie odpowiada: is not responding
ciagle spi|spi caly czas|przysypia|polprzytomny|polprzytomna|otepialy|otepiala: very drowsy
stracilem przytomnosc|stracilam przytomnosc|utrata przytomnosci|stracil przytomnosc|stracila przytomnosc: lost consciousness
zemdlalem|zemdlalam|odplynalem|odplynalam|odplynal|odplynela|zaslabl|zaslabla|zaslablem|zaslablam|omdlal|omdlala: fainted
trzese sie caly|trzese sie cala|trzesie sie caly|trzesie sie cala|nie moge przestac sie trzasc: can not stop shaking
nie moge przestac drzec: can not stop shaking
dreszcze nie do opanowania|telepie mnie|trzesie mna|trzesie mnie|rzuca mna|trzese sie jak galareta: can not stop shaking
silne dreszcze|bardzo silne dreszcze|okropne dreszcze: extreme shivering
zeby mi szczekaja|szczekam zebami|szczeka zebami|szczekanie zebami|zeby szczekaja: teeth chattering
ciezko mi oddychac|trudno mi oddychac|trudno oddychac|ciezko oddychac|z trudem oddycham|z trudem oddycha: difficulty breathing
ledwo oddycham: difficulty breathing
brakuje mi tchu|brakuje tchu|nie moge zlapac oddechu|nie moze zlapac oddechu|nie moge zlapac powietrza|zadyszka: short of breath
sapie: short of breath
nie moge mowic bez zlapania oddechu|nie moge dokonczyc zdania|nie moze dokonczyc zdania: i can not talk, out of breath
nie moge mowic z brakiem tchu: i can not talk, out of breath
oddycha bardzo szybko|oddycham bardzo szybko|szybki oddech|plytki oddech|szybko oddycha|lapie powietrze: breathing very fast
serce bije jak szalone|serce mi bije jak szalone|serce mi skacze|serce wyskakuje|serce mi lomocze|szybkie tetno: heart racing
wysokie tetno: heart racing
wysoki puls|tetno|puls: pulse
ucisk w klatce|ucisk w klatce piersiowej|ucisk w piersi|sciska mnie w klatce|ciezar na klatce|gniecie w klatce: chest tightness
gniecie mnie w klatce: chest tightness
bol w piersi|kluje w klatce|klucie w klatce|pieczenie w klatce|boli mnie w klatce|boli w klatce: chest pain
nie znika|nie znikaja|nie blednie|nie bledna|nie blednieja|nie zanika|nie zanikaja: do not fade
pod szklanka|pod szklem|test szklanki|testem szklanki|po docisnieciu szklanki|po nacisnieciu szklanka: when i press a glass
przycisnieta szklanka: when i press a glass
po nacisnieciu|po docisnieciu|po ucisnieciu|przy nacisku|przy ucisku: when i press
kropeczki|czerwone kropki|czerwone kropeczki|wybroczyny|czerwone plamki|fioletowe plamki|fioletowe kropki: red spots
nie sikalem|nie sikalam|nie sikal|nie sikala|nie siusial|nie siusiala|nie oddawal moczu|nie oddawala moczu: have not peed
nie oddalem moczu: have not peed
nie oddalam moczu|brak moczu|nie robi siku|nie zrobil siku|nie zrobila siku|nie robilem siku|nie robilam siku: have not peed
nie sika: have not peed
trupio blady|trupio blada|blady jak sciana|blada jak sciana|blady jak kreda|blada jak kreda|bardzo blady: very pale skin
bardzo blada: very pale skin
sine usta|sinieja usta|fioletowe usta|sinica|posinial|posiniala|sinieje: blue lips; szara skora|popielat*: ashen
spuchl mi jezyk|spuchnal mi jezyk|jezyk mi spuchl|jezyk spuchl|gardlo sie zaciska|zaciska mi sie gardlo: throat is closing
sciska mnie w gardle: throat is closing
gardlo sie zamyka|zamyka mi sie gardlo|spuchly mi usta|spuchniete usta: throat is closing
nie moge przelknac|trudno mi przelknac|ciezko przelknac|trudnosci z przelykaniem|ciezko mi przelykac: difficulty swallowing
nie moge przelykac: difficulty swallowing
podwojnie|widzi podwojnie|dwoi mi sie w oczach|dwoi sie w oczach|wszystko mi sie dwoi|wszystko sie dwoi: i see double
dwoi mi sie: i see double
nie widze podwojnie: i do not see double
nie moge zgiac szyi|nie moge pochylic glowy|nie moge dotknac broda klatki|kark mam sztywny|nie moge ruszac szyja: stiff neck
razi mnie swiatlo w oczy|oczy bola od swiatla|nie znosze swiatla|swiatlowstret: light hurts my eyes
rzygam|rzyga|zwymiotowal*|wymiotuje|wymiotowalem|wymiotowalam: vomiting
najgorszy bol glowy w zyciu|najgorszy bol glowy|strasznie boli mnie glowa|glowa mi peka|glowa peka: severe headache
rozsadza mi glowe: severe headache
rozsadza glowe|silny bol glowy|okropny bol glowy|potworny bol glowy|bardzo silny bol glowy: severe headache
mial atak|miala atak|mial napad|miala napad|trzeslo nim|trzeslo nia|rzucalo nim|rzucalo nia|konwulsj*: had a fit
atak paniki|atak leku: panic attack; plamki: spots
nie moge ruszyc reka|nie moze ruszyc reka|nie moge ruszac reka|nie rusza reka|nie moge podniesc reki: can not move my arm
nie moze podniesc reki: can not move my arm
nie moge ruszyc noga|nie moze ruszyc noga|nie rusza noga: can not move my leg
niedowlad|paraliz|sparalizowan*: paralysed; prawa|prawej|prawy: right; lewa|lewej|lewy: left; strona|strony|stronie: side
jedna strona|po jednej stronie|z jednej strony|polowa twarzy|pol twarzy: one side
opadajacy kacik ust|opadniety kacik|opada kacik ust|krzywa twarz|krzywe usta|twarz opadla: face drooping on one side
opadnieta twarz|buzia krzywa: face drooping on one side
zdretwiala|zdretwialy|dretwieje|dretwienie|mrowienie: numb; nie mam sily|nie ma sily|bez sily|bezwladna|bezwladny: weak
boli nie do wytrzymania|nie do wytrzymania|bol nie do zniesienia|nieznosny bol|piekielny bol: the pain is unbearable
potworny bol|boli jak diabli: the pain is unbearable
boli bardziej niz wyglada|boli o wiele bardziej niz wyglada|boli duzo bardziej niz wyglada: hurts much more than it looks
bardziej niz wyglada: hurts much more than it looks
szybko sie rozszerza|szybko sie rozlewa|szybko sie powieksza|rosnie w oczach: is spreading fast
czerwona smuga|czerwona linia|czerwona pregi|czerwone pregi: red streaks; idzie w gore|ida w gore|w gore: going up
leci ropa|wyplywa ropa|saczy sie ropa|wycieka ropa|ropa wycieka|ropa leci: pus is coming out
pojawily sie nowe guzki|kolejne guzki|kolejny guzek|nowy guzek|nowa gula|nowe grudki|nowe zgrubienia|kolejna gula: new lumps
plackowate|placami|lysienie plackowate|dziury we wlosach|przerzedzenia|lyse miejsca|lyse miejsce: bald patches
wypadaja wlosy|wypadaja mi wlosy|wlosy wypadaja|wypadaja garsciami|garsciami: hair falling out
spuchniete oko|oko spuchlo|opuchniete oko|oko mi spuchlo|nie moge otworzyc oka|oko zamkniete: eye is swollen shut
oko zamknelo sie: eye is swollen shut
spuchnieta powieka|obrzek wokol oka|wokol oka|wokol oczu|dookola oka: around the eye
twarz spuchla|spuchnieta twarz: face swollen
rozpalony|rozpalona|stan podgoraczkowy|podgoraczkowy|czuje sie jakbym mial goraczke: feverish and shivery
czuje sie jakbym miala goraczke: feverish and shivery
zimno mi|trzesie mnie z zimna|dreszcze i goraczka: feverish and shivery
cisnienie|cisnienia|cisnieniem|cisnieniu: blood pressure
niskie cisnienie|cisnienie spadlo|spadek cisnienia|cisnienie mi spadlo: low blood pressure
bardzo niskie cisnienie|niedocisnienie|hipotonia|cisnienie leci w dol|cisnienie w dol: low blood pressure
czuje ze umieram|czuje ze umre|chyba umieram|mysle ze umre|mam wrazenie ze umieram|mam wrazenie ze umre: i feel like i might die
czytalam ze|czytalem ze|w internecie|w necie|slyszalam ze|slyszalem ze: i read online that; podobno: reportedly
dawno temu: a long time ago; lata temu: years ago; w dziecinstwie|jako dziecko: as a child; a co jesli|co jesli: what if
stracilam|stracilem|stracil|stracila: lost; przytomnosc|przytomnosci: consciousness; lazience|lazienka|lazienki: bathroom
rano: morning
ucisk|uciskiem: pressure; klatce|klatka|klatki: chest; piersiowej|piersiowa: chest; leci|leca: is coming out
miejsca|miejscu|miejsce: site
ruszyc|ruszac|poruszyc|poruszac: move; nie moge ruszyc|nie moge ruszac|nie moze ruszyc|nie moge poruszyc: can not move
umieram z ciekawosci: i am curious; umieram ze smiechu|padam ze smiechu: laughing
reke|reka|reki: arm; lewa|lewą|lewej: left; prawa|prawą|prawej: right; utrzymac|utrzymać|utrzyma: hold; kubka|kubek: cup
nie moze|nie może|nie moge|nie mogę: can not; slaba|słaba|slabą|słabą|slabe|słabe: weak
wyjasnic|wyjasnij|wytlumaczyc: explain; pytam ogolnie|ogolnie pytam: asking in general; nic mi nie jest: i am fine
tetna|tetno: bpm; w spoczynku: at rest; kolezanka|kolega: a friend; pisala|pisal: wrote; jak czesto: how often
mam pytanie ogolne|pytanie ogolne|ogolne pytanie: a general question
pytam ogolnie|pytam czysto teoretycznie|pytam teoretycznie|pytam z ciekawosci: asking in general
ja nic nie mam|nic mi nie jest|nic mi nie dolega: nothing is wrong with me
jeszcze nie zaczelam|jeszcze nie zaczalem: i have not started yet
zabieg mam dopiero|wizyte mam dopiero: my first session is booked
czerwona smuge|czerwona smuga|czerwone smugi|czerwonych smug|czerwona pregi|czerwona prege: red streak
kolezanka pisala|kolega pisal|pisala na forum|pisal na forum: a friend wrote
to bylo dawno|dawno temu: long ago; juz jest zdrowa|juz jest zdrowy|teraz jest zdrowa: she is fine now
dostal drgawek|dostala drgawek|mial drgawki|miala drgawki: had a seizure
nie moge sie z nim dogadac|nie moge sie z nia dogadac|nie da sie z nim dogadac: he is confused
sie rozszerza|sie rozprzestrzenia|sie powieksza|sie rozlewa: is spreading
lysa plamka|lysy placek|lyse placki|lysa plama: bald patch
zrobila sie|zrobil sie|pojawila sie|pojawil sie: appeared; dokladnie w miejscu|w miejscu: right at
prawie zemdlalam|prawie zemdlalem|o malo nie zemdlalam|o malo nie zemdlalem: almost fainted
jak zobaczylam cene|jak zobaczylem cene|zobaczylam cene|zobaczylem cene: when i saw the price
jak zobaczylam cennik|zobaczylam cennik: when i saw the price
gdybym|gdyby|jesli|jezeli: if; dostala goraczki|dostal goraczki|dostala goraczke|dostal goraczke: got a fever
co to znaczy|co znaczy|co oznacza: what does it mean
brak: no; nic sie nie rozszerza|nic sie nie rozprzestrzenia|nic sie nie powieksza: nothing is spreading
slyszalam od kolezanki|slyszalem od kolegi|slyszalam od kolegi|slyszalem od kolezanki: i heard from a friend
mozna miec|moze byc: you can get; czy to prawda: is that true
gdybym|gdybys|gdyby ktos: if i
po trzech godzinach|po dwoch godzinach|po godzinie|po kilku godzinach: within hours
siega do ucha|siega az do ucha|doszlo do ucha: reaching my ear
rano bylo|rano byla: this morning there was
mysli samobojcze: suicidal thoughts; samobojstwo: suicide
cos sobie zrobie|zrobie sobie krzywde: hurt myself; odebrac sobie zycie: take my life
co to wlasciwie jest|co to jest|czym jest: what exactly is; pytam bo: i am asking because
zgodzie na zabieg|zgoda na zabieg: the consent form
od ilu stopni|przy ilu stopniach|od jakiej temperatury|od ktorej temperatury: at what temperature is
czym sie rozni od|czym rozni sie od|czym sie roznia od|czym rozni od: how does it differ from
"""

HINGLISH = """
main|mai|mein hi: i; mujhe|mujhko|muje|mjhe: i have; mera|meri|mere|mra|mri: my; hum|humein|hume: we; tera|teri|tere: your
uska|uski|uske|unka|unki|unke: his; woh|wo|vo|voh: she; ye|yeh|is|iss: this; usko|use|unko|unhe: she has; hai|h: is
hain|hein: are; tha|thi: was; ho|hua|hui|hue: -; raha|rahi|rahe|rha|rhi|rhe: -
ho raha hai|ho rahi hai|ho rahe hain|ho rha h|ho rhi h: is; aa raha hai|aa rahi hai|aa rahe hain: is coming; ko: -
ka|ki|ke: of; se: from; mein|me|andar: in; wala|wali|wale: -; sa|si: -; gaya|gayi|gaye: -
jaisa|jaisi|jaise: like; pe|par|upar: on; aur|or|aur bhi: and; ya: or; lekin|par bhi|magar: but; bhi: also
ke saath|sath|saath: with; bina: without; bahut|bohot|bht|boht|bahot|kaafi: very
thoda|thodi|thode|halka|halki|halke: a little; zyada|jyada|zada: more; pehle se: already; abhi bhi|ab bhi|ab tak: still
abhi|ab: now; se lekar: since; baad|ke baad: after; pehle|pahle: ago; aaj|aj: today; kal: yesterday
kal raat|raat ko: last night; aaj subah: this morning; is hafte: this week; pichle hafte: last week; din: days
hafta|hafte|hafton: weeks; mahina|mahine: months; saal: years; ghanta|ghante: hours; minute: minutes; agar|agr|jab: if
toh|tab: then; bas: only; kai: several; naya|nayi|naye: new; dikkat|taklif|takleef|pareshani|problem: difficulty
ban gaya|ban gayi|ban gaye: has formed; ho gaya|ho gayi|ho gaye: has become; aaye|aaya|aayi|aa jaye|aa gaya|aa gayi: comes
baaki sab|baki sab: everything else; samajh nahi aa raha|samajh nahi aa rha|samajh nahi aa rahi: i do not know
unko kuch samajh nahi aa raha|usko kuch samajh nahi aa raha: is confused
use kuch samajh nahi aa raha|unhe kuch samajh nahi aa raha: is confused
baatein bhi ajeeb|baatein ajeeb|baaten ajeeb|baatein bhi ajeeb kar: talking nonsense; kuch nikal: something coming out
tez bukhar|tez bukhaar|bahut bukhar|zyada bukhar|jyada bukhar: high fever; bukhar jaisa|bukhar jaisi|bukhar sa: feverish
se pehle: before; kya main|kya mai: can i; sakta|sakti|sakte: can; chahiye: should; nahi|nahin|nhi|nai|nahi hai|nhi hai: not
mat: do not; kabhi nahi: never; kuch nahi|kuchh nahi: nothing; koi nahi|koi bhi nahi: none; na: nor
bolta hai|bolti hai|kehta hai|kehti hai|keh rahi thi|keh raha tha: says; bola|boli|kaha|bataya: said
mujhe bataya|mujhe bola: told me; kya ye normal hai|kya yeh normal hai|normal hai kya: is it normal
kya hota hai|kya hai: what is; kya karu|kya karun|kya karein|kya karna chahiye|kya kare: what should i do
kise kahte hain|kise kehte hain|kise kahte|kise kehte|kisko kahte hain|kisko kehte hain: what is called
kitna tapman hone par|kitne tapman par|kitna temperature hone par|kitne bukhar par: at what temperature
mana jata hai|mana jaata hai|mana jata he|maana jata hai: is it considered
kitne|kitni: how many; kitne din: how many days; kaise: how; kyun|kyon: why; kya: what; phir se|dobara|fir se: again
sab: all; sab theek hai|sab thik hai|sab theek|sab normal hai: all fine; theek|thik|thk: fine; kharab|bura: bad
behtar: better; aur bhi bura|badtar: worse; chala gaya|chali gayi|gayab ho gaya|gayab: went away
theek ho gaya|thik ho gaya|theek ho gayi|thik ho gayi: healed; lag raha hai|lag rahi hai|lagta hai|lagti hai|lag rha: feels
pati|husband|shohar: husband; patni|biwi|wife: wife; behen|behan|bahan|didi: sister; bhai|bhaiya: brother
maa|mummy|mumma|mammi: mum; papa|pita|pitaji: dad; beta: son; beti: daughter; dost|friend|saheli: friend
chacha|chachu|chachaji|tauji|mamu|mamaji|fufa: uncle; chachi|mausi|bua|tayi: aunt
padosi|padosan: neighbour; bachcha|bacha|bachchi: child; koi: any; log|logon: people; dadi|nani: grandma
yaar|yar|bhaiyo|ji|arre|are: -; ek: a; do: two; teen: three; char|chaar: four; paanch|panch: five; chhe|che: six
saat: seven; aath: eight; nau: nine; das: ten; pandrah: fifteen; degree: degrees; sar|sir mein|sir me|sir pe|sir par: head
khopdi|sar ki khaal|sir ki skin: scalp; baal|bal: hair; gardan: neck; seena|seene|chhati|chaati|chhaati: chest; dil: heart
honth|hoth|honthon: lips; jeebh|jeeb|zuban|zubaan: tongue; gala|gale: throat; aankh|ankh: eye
aankhen|aankhon|ankhon|ankhen: eyes; chehra|chehre|muh|munh: face; maatha|mathe: forehead; khaal|chamdi|twacha: skin
palak|palkein: eyelids; mansapeshiyan|maanspeshi|badan: muscles; haath: arm; pair: leg; peshab|pishab|susu: urine
saans|sans|saas: breath; nigal|nigalna|nigalne: swallow; injection|sui|suiyan: injection; injections: injections
ilaaj|treatment: treatment; doctor|daktar: doctor; hospital|aspatal|emergency: emergency department
dawai|dawa|goli|goliyan: pills; antibiotic: antibiotic; ganth|gaanth|gath|gathan|gaath|gaanthein|ganthen: lump
daana|dana|daane|dane|phunsi|phunsiyan|fodi|foda: pimple
sujan|soojan|sujhan|soojhan|sooja|suja|suji|sooji|sooj gaya|sooj gayi|suj gaya|suj gayi: swollen; laal|lal|laali|lali: red
garam|garm|garmi: hot; dard|dukh|dukhna|dukhta|dukhti: pain; dard ho raha hai|dard hai: it hurts
peep|pas|mawaad|mavaad|pus: pus; pani nikal raha|paani nikal raha|ras nikal raha: discharge
nikal raha|nikal rahi|nikal rha: coming out; infection|sankraman: infection
fail raha|fail rahi|phail raha|phail rahi|fel raha|fail rha: is spreading
laal lakeerein|laal dhaariyan|laal lines: red streaks
badh raha|badh rahi|bada ho raha|badi ho rahi|badhti ja rahi: is growing; aur bada|aur badi: bigger
nayi ganth|naye daane: new lumps; theek nahi ho raha|aaram nahi: not improving
ganja|ganjapan|baal jhad|baal gir|baal jhad gaye|baal gir gaye: hair loss; nishaan|daag: scar
bukhar|bukhaar|bukar|bukhr|taap|tap: fever; temperature|temp: temperature
thand lag rahi|thand lag raha|thand lagna|thand: chills
kaanp|kaanpna|kaanp raha|kaanp rahi|kapkapi|kapkapahat|kamp: shivering
ruk nahi raha|ruk nahi rahi|rukti nahi: uncontrollable; sugar|madhumeh|diabetes: diabetes
tharthar|tharthar kaptany|tharthar kaptay|kaptany|kaptay|kaptoy|kaptey: shivering; thandi vajun|thandi vajte: chills
thanbtach nahi|thambtach nahi|thambat nahi|thanbat nahi|thambena|thanbena: uncontrollable; khup: very
immunity kam|immunity weak|kamzor immunity: weak immune system; steroid|steroids: steroids; chemo|chemotherapy: chemotherapy
pregnant|garbhvati: pregnant
behki behki baatein|behki baatein|ulti seedhi baatein|ajeeb baatein|bahki bahki: is confused and talking nonsense
behki behki: is confused and talking nonsense; baatein: talk; kar raha|kar rahi|kar rahe: -
confuse|confused|uljhan|bhram: confused; pehchan nahi raha|pehchan nahi rahi|pehchan nahi rahe|pehchan nahi pa: is confused
kisi ko|kisiko: -; neend|neendh|susti|oongh|unghna|neend aa rahi|bahut neend: drowsy
uth nahi raha|uth nahi rahi|jaag nahi raha|jaag nahi rahi: hard to wake; badan dard|maaspeshiyon mein dard: muscle pain
thanda|thandi|thande: cold
saans nahi aa rahi|saans nahi aa raha|saans nahi le pa raha|saans nahi le pa rahi|saans lene mein dikkat: i can not breathe
saans lene mein taklif|saans phool rahi|saans phool raha|saans ki taklif|saans nhi aa rhi: i can not breathe
dil tez dhadak raha|dil bahut tez dhadak raha|dil tez|dhadkan tez|dil ki dhadkan tez|dhak dhak: heart racing
dhadak|dhadakna|dhadkan: beating; tez|tezi se|jaldi jaldi: fast; neela|neele|neeli|nila|nili: blue
pheeka|pheeki|safed pad gaya|safed pad gayi: pale; peela|peeli|peela sa|peeli si: yellow; chakte|rash|daane daane|laal daane: rash
gilaas|glass: glass
dabane|dabaane|dabao|dabaya: press; jata|jaate|jaati|mit|mitta|mitte: fade; peshab nahi|pishab nahi|peshab band: no urine
mar jaunga|mar jaungi|marne wala|marne wali|jaan nikal rahi: i feel like i might die; bardasht nahi|sahan nahi: unbearable
bahut zyada|bhayankar|bhyankar|bura haal|tez dard|bahut tez: severe
sar dard|sir dard|sardard|sirdard|sar mein dard|sir mein dard: headache
gardan akad|gardan akad gayi|gardan jakad|gardan stiff|gardan mod nahi|gardan ghuma nahi: stiff neck; akad|akda|jakad: stiff
roshni se aankhon mein dard|roshni se aankh mein dard|roshni se aankhein dukh|roshni se takleef: light hurts my eyes
roshni chubh|roshni bardasht nahi|light se takleef|roshni se dikkat|roshni buri lag: light hurts my eyes
roshni|light: light; ulti|ultiyan|ulti ho rahi|ulti aa rahi|qay: vomiting; daura|daure|mirgi|jhatke: seizure
seene mein dard|chhati mein dard|chaati mein dard|seene me dard|chhati me dard: chest pain
behosh|behoshi|behosh ho gaya|behosh ho gayi|gir gaya|gir gayi|chakkar kha ke gir: fainted; gira|giri: collapsed
abhi abhi: just; seeti|ghar ghar: wheezing; do do dikh raha|do do dikh rahe|double dikh raha|dhundhla: double vision
kamzori|kamjori|kamzor|kamjor: weakness; chakkar|chakkar aa raha|chakkar aa rahe|sar ghoom raha: dizzy
thakan|thakaan|thaka|thaki: tired; neel|neel pad gaya: bruises; papdi|pappdi|khurand: scabs; khoon: blood
khujli|khaj: itching; chota|choti|chote|chhota|chhoti|chhote: small; halki si|halka sa: mild; bimar|beemar: sick
meso|mesotherapy: mesotherapy; chhote chhote|chote chote|choti choti|chhoti chhoti: small
karaya|karwaya|karvaya|karwaaya|hua tha|karaya tha|karwaya tha: had
saans nahi aa rahi|saans nahi aa raha|saans theek se nahi: i can not breathe
saans lene mein dikkat|saans lene me dikkat|saans phool|saans fool: i can not breathe
tez tez saans|tez saans|saans tez: very fast breathing; hafna|hanf raha|haanf raha: breathless
urine nahi aaya|urine nahi aayi|peshab nahi aaya: i have not urinated
peshab nahi hua|pishab nahi aaya|susu nahi aaya|urine bilkul nahi aaya: i have not urinated
sans nahi aa rahi|sans nahi aa raha|sans nahi le pa raha|sans nahi le pa rahi|sans phul rahi|sans phul raha: i can not breathe
sans lene mein dikkat|sans lene mein takliph|sans lene men dikkat|saans lene mein dushwari: i can not breathe
sans lene mein dushwari: i can not breathe
saans ruk rahi|saans ukhad rahi|saans ukhar rahi|dam ghut raha|dam ghut rahi|dam ghutna: i can not breathe
suj gae|suj gai|suj gaya|suj gayi|suj gaye|sooj gaye|sooj gae|suj gae hain|sooj gaye hain|sujan|sozish|waram|warm: swollen
pahchan nahi|pahchan nahi rahe|pahchan nahi raha|pahchan nahi rahi|pahchan nahin|pehchan nahi: is confused
bahut tez bukhar|bahut tez bukhaar|bohat tez bukhar|bohat tez bukhaar|shadeed bukhar|shadeed bukhaar|tez bukhar hai: high fever
kanpkanpi|kampkampi|kapkapi|kanpkanpi ho rahi|laraz|larazna|larazta|kaanp rahi|kaanp raha|kanp raha|kanp rahi: shivering
injekshan|injekshn|injection|suee: injection
injection wali jagah|injekshan vali jagah|injection vali jagah|sui vali jagah|sui wali jagah: injection site
jahan|jahaan: where; vahan|wahan|wahaan: there; lagi thi|lagi|lagaya|lagwaya: had; gae|gai|gae the|gai thi|vali|vala|vale: -
pip|peep|mavad|mawad|mawaad|peep bhari|peep wali: pus; surkh|surkhi: red; zakhm|zakham|zakhm: wound; jild|jald: skin
ammi|ammee|ammy|ammi jaan|walida: mum; abbu|abba|abbu ji|walid: dad; shohar|khawand|miyan|mian: husband; begum|bivi|ahliya: wife
dil ki dharkan tez|dharkan tez|dil bohat tez dharak raha|dil tez dharak raha|dil zor zor se dharak: heart racing
dharkan|dharak: beating
ghashi|ghash|ghash aa gaya|ghash aa gayi|ghash kha kar gir|be hosh|behosh ho gaye: fainted
qai|qay|ultee|ultiyan|qay aa rahi: vomiting
sar mein shadeed dard|shadeed sar dard|sar phat raha|sir phat raha|sar mein bohat dard: severe headache
shadeed|sakht|bohat zyada|bohat: severe
ghunodgi|ghanoodgi|neend hi neend|bohat neend: very drowsy; hosh mein nahi|hosh nahi|hawas mein nahi: is confused
be rabt baatein|ul jalool baatein|bekaar baatein|behki behki baaten: is confused and talking nonsense
zubaan larkhara rahi|zuban larkhara rahi|zaban larkhara|awaz larkhara rahi|zubaan lurakh|bolne mein dikkat: slurred speech
saaf nahi bol pa: slurred speech
gardan mein akraan|gardan akar gayi|gardan akad gai|gardan akar gai|gardan sakht|gardan mein akdan: stiff neck
ziabetes|ziabetus|shakar|sugar ki bimari: diabetes; pesaab|peshaab|pishaab: urine; khaarish|kharish|kharaish: itching
barh raha|barh rahi|barhta ja raha|barhti ja rahi|badh rahi hai|badhti ja rahi hai: is growing
phel raha|phel rahi|phail gaya|phail gayi: is spreading
pasrat challi aahe|pasrat chalali aahe|pasrat challa aahe|pasrat aahe|pasarat aahe: is spreading
vadhtey|vadhat aahe|vadhte aahe|vadhat challi aahe|vadhat chalali aahe: is growing
laghvi jhali nahi|laghvi zali nahi|laghavi jhali nahi|laghvi nahi jhali|laghvi jhaleli nahi: i have not urinated
laghvi|laghavi: urine; galu: abscess; kelyanantar|kelya nantar|nantar: after; dokyavar|dokyat|doke: head
kalpasun: since yesterday; mesotherpi|mesothirapi: mesotherapy
haspatal|aspataal|hospital: emergency department; kai saal pehle|bahut saal pehle|saalon pehle|bachpan mein: years ago
bohat saal pehle|bohot saal pehle|bahot saal pehle: years ago
ghante ho gaye|ghante se: hours; rukta hi nahi|ruk nahi raha|ruk nahi rahi|rukti nahi|rukta nahi: will not stop
utth nahi raha|uth nahi raha|utth hi nahi raha|uth hi nahi raha|nahi uth raha: can not wake up
phir so jaata hai|phir so jata hai|phir so jaati hai|fir so jata hai: drifts off again
samajhna hai|samajhna chahta hoon|samjhna hai|samajhna chahti hoon: i want to understand; kaise banta hai: how does it form
mujhe samajhna hai|mujhe samajhna tha|mujhe samjhna hai: i want to understand
bilkul theek hai|bilkul thik hai|bilkul theek h: is completely fine
bilkul: completely
mujhe abhi koi nahi problem|mujhe koi nahi problem: i have no symptoms
bas jaanna hai|bas jaanna tha|sirf jaanna hai: i just want to know
general sawaal|general sawal|ek general sawaal|ek general sawal: a general question
bas jaankari ke liye|jaankari ke liye|bas jankari ke liye|jankari ke liye: just asking
mujhe kuch nahi hua|mujhe kuch nahi hai: nothing is wrong with me

seene mein bahut dard|seene mein tez dard|seene mein bahut tez dard|seene mein bohot dard: severe chest pain
chhati mein bahut dard|chhati mein tez dard|seene me bahut dard: severe chest pain
dil bahut fast dhadak|dil bahut tez dhadak|dil tez dhadak|dil fast dhadak|dil zor zor se dhadak|dhadkan bahut tez: heart racing
sar mein bahut tez dard|sir mein bahut tez dard|sar mein tez dard|sar me bahut tez dard|sir me bahut tez dard: severe headache
gardan akad gayi|gardan akad gai|gardan akdi hui|gardan jakad gayi|gardan akad gaya: stiff neck
saans bahut phool rahi|saans phool rahi|saans phool raha|saans bahut phool raha: very short of breath
poora body kaanp raha|pura body kaanp raha|poora sharir kaanp raha: whole body shaking
itna kaanp raha hoon ki ruk hi nahi raha|itna kaanp rahi hoon ki ruk hi nahi rahi|kaanpna ruk hi nahi raha: shaking uncontrollably
kaanpna ruk nahi raha|kaanpna band nahi ho raha: shaking uncontrollably
kaanp raha hoon ruk nahi raha|kaanp rahi hoon ruk nahi rahi: shaking uncontrollably
poora badan kaanp raha|pura badan kaanp raha: whole body shaking
daant baj rahe|daant kat kata rahe|daant kitkita rahe|daant bajne lage: teeth chattering uncontrollably
baal patch mein jhad gaye|patch mein baal jhad gaye|baal jhad gaye|baal gol patch mein gir gaye: hair fell out in a patch
jahan injection lage the|jahan injection lagaye the|jahan sui lagi thi: where they injected
gilti|gilty|giltiyan|gaanth|ganth|gaanthein: lump
bari hoti ja rahi hai|badi hoti ja rahi hai|badi ho rahi hai|bari ho rahi hai: getting bigger
ke baare mein|ke bare mein|ke baare me|ke bare me|ke baare main: about
padh rahi hoon|padh raha hoon|padh rahi hu|padh raha hu: am reading
research kar raha hoon|research kar rahi hoon|research kar raha hu|research kar rahi hu: am researching about
kya hote hain|kya hota hai|kya hain: what are; ho sakta hai kya|ho sakti hai kya: can it happen
main nursing student hoon|nursing student hoon|main nursing student hu: i am a nursing student
main medical student hoon|medical student hoon|main medical student hu: i am a medical student
simple mein batao|simple me batao|samjhao|samjha do: explain simply
bahut uljhi hui hai|bahut uljha hua hai|uljhi hui hai|uljha hua hai|uljhi hui|uljha hua|uljhan mein hai: is very confused
utha hi nahi paa rahe|utha nahi paa rahe|utha nahi pa rahe|uth nahi raha|uth hi nahi raha|jaag nahi raha: can not wake him
aankh kholte hain phir so jaate hain|aankh kholta hai phir so jata hai|aankh khol ke phir so jaate: very drowsy
honth neele pad gaye|hoth neele pad gaye|hont neele pad gaye|honth neele|hoth neele: lips turned blue
baingani dhabbe|bainganee dhabbe|baingni dhabbe: purple spots
gol gol ganje patch|gol ganje patch|ganje patch|ganja patch|ganje daag: round bald patches
ke dost ne bola|dost ne bola|ne bola ki|ne bataya ki|ne bataya: friend said
lalima|lalimaa|laali|lali: redness; haphte|haphta|hafte: weeks
ganje dhabbe|ganja dhabba|ganje patch|ganje dhabbe ban: bald patches
saans lene me bahut dikkat|saans lene mein bahut dikkat|saans lene me dikkat|saans lene mein dikkat: difficulty breathing
saans lene me taklif: difficulty breathing
saans bahut tez chal rahi|saans tez chal rahi|saans bahut tez: breathing very fast
ulta seedha bol rahe|ulta sidha bol rahe|ulta seedha bol: talking nonsense
pehchaan nahi rahe|pahchan nahi rahe|pehchan nahi pa rahe|pahchan nahi pa: does not recognise anyone
sans lene mein bahut taklif|sans lene mein taklif|sans lene mein bahut dikkat|sans lene mein dikkat: difficulty breathing
saans lene mein taklif: difficulty breathing
sans bahut tez chal rahi|sans tez chal rahi|sans bahut tez: breathing very fast
ulti sidhi baten|ulti sidhi bate|ulta sidha bol: talking nonsense
pahchan bhi nahi pa rahe|pahchan nahi pa rahe|pahchan bhi nahi pa rahi: does not recognise anyone
nai ganthen|nai gaanthen|nayi ganthen|nai ganth|nayi ganth: new lumps
javab nahi de rahe|jawab nahi de rahe|javab nahin de rahe|jawab nahi de rahi|javab nahi de rahi: is not responding
bahut sust|bahut sust hain|bahut sust hai|sust: very drowsy
bilkul confused hain|bilkul confused hai|confused hain|confused hai|confuse ho gaye|confuse ho gayi: is confused
baatein samajh nahi aa rahi|baat samajh nahi aa rahi: talking nonsense
khudkushi ke khayal|aatmahatya ke vichar: suicidal thoughts; khudkushi|aatmahatya|atmahatya: suicide
ke bad: after; jae|jaye|jaaye|ho jae|ho jaye: happens; pahle se: in advance
to kya karna chahie|to kya karna chahiye|kya karna chahie|kya karna chahiye: what should i do
pahle se janna chahta hun|pahle se janna chahti hun|pahle se janna chahta|pahle se janna chahti: just asking in advance
janna chahta hun|janna chahti hun|janna chahta hoon|janna chahti hoon: i want to know; chahta hun|chahti hun: want
"""
