"""Glossaries for Dutch and Romanian (same format as `bot.chat_glossary_data`); registered through
`bot.chat_glossary_data_world`. Romanian diacritics (ă â î ș ț, and the cedilla forms ş ţ) fold to plain
letters before matching, so keys are written without them.
"""

from __future__ import annotations

from typing import Dict, Tuple

Rule = Tuple[str, str]

DUTCH = """
ik: i; ik heb|heb ik|heb: i have; heeft|hebben: has; had|hadden|heb gehad|heeft gehad: had; ben|ik ben: i am; is|zijn: is
was|waren|is geweest: was; hij: he; zij: she; ze: they; jij|je|u: you; wij|we: we; mijn|m n|mn: my; zijn hoofd: his head
haar: her; een|n: a; de|het|t: the; en: and; of: or; maar: but; met: with; zonder: without; van: of; op: on; bij: at
aan: on; voor: for; dat|die: that; heel|erg|zeer|echt|super|behoorlijk|flink: very; beetje|een beetje|wat: a little
meer: more; al: already; nog|nog steeds|nog altijd: still; nu|nou: now; sinds|sinds een: since; geleden: ago
na|nadat: after; voordat|ervoor: before; vandaag: today; gisteren: yesterday; gisteravond|vannacht|afgelopen nacht: last night
morgen: tomorrow; vanochtend|vanmorgen: this morning; vanavond: tonight; deze week: this week; vorige week: last week
vorige maand: last month; vorig jaar|vorige jaar: last year; jaren geleden: years ago; lang geleden: long ago
als kind|toen ik klein was: as a child; dag: day; dagen: days; week: week; weken: weeks; maand: month; maanden: months
jaar: year; jaren: years; uur: hour; uren: hours; minuten: minutes; graden|graad: degrees
als|indien|stel dat|mocht|stel: if; wanneer|toen: when; want|omdat: because; kan ik|mag ik: can i; kan: can
moet ik: should i; niet: not; geen: no; nooit: never; niets|niks: nothing; noch: nor; ook niet: nor
ik heb geen|heb geen: i do not have; er is geen: there is no; zegt|zeggen: says; zei|zeiden|heeft gezegd: said
zei dat: said that; zegt dat: says that; vertelde me|zei tegen me|zei me: told me
gelezen|op internet|online gelezen|gegoogeld|op een forum: read online
is dit normaal|is dat normaal|is het normaal|normaal: is it normal; wat is: what is
wat moet ik doen|wat nu|wat moet ik|wat kan ik doen|wat te doen|wat raad je aan: what should i do; wat: what
hoeveel: how many; hoe lang: how long; hoe: how; waarom: why; weer|opnieuw|nogmaals: again; alles: all
alles goed|alles is goed|gaat goed|alles in orde|prima: all fine; goed: fine; slecht: bad; beter: better
erger|slechter: worse; weg|verdwenen|over|weggegaan|verdwijnt: went away; genezen|geheeld|hersteld: healed
ik voel me|voel me|ik voel: i feel; man|echtgenoot|mijn man: my husband; vrouw|mijn vrouw: my wife
zus|zusje|mijn zus: my sister; broer|broertje|mijn broer: my brother; moeder|mama|mam|ma: my mum
vader|papa|pap|pa: my dad; zoon|mijn zoon: my son; dochter|mijn dochter: my daughter
vriend|vriendin|maat|kennis|collega: friend; mijn vriendin|mijn vriend|een vriendin|een vriend: my friend
buurman|buurvrouw: my neighbour; kind|kindje|baby|dochtertje|zoontje: child; iemand: someone; mensen: people
dokter|arts|huisarts|dermatoloog|de dokter|de huisarts: doctor; een: a; twee: two; drie: three; vier: four; vijf: five
zes: six; zeven: seven; acht: eight; negen: nine; tien: ten
hoofd|kop|schedel: head; hoofdhuid|op mijn hoofd|op m n hoofd|op mn hoofd: scalp; haren|hoofdhaar: hair
nek: neck; borst|borstkas: chest; hart: heart; lip|lippen: lips; tong: tongue; keel: throat; oog|ogen: eyes
ooglid|oogleden: eyelids; gezicht: face; voorhoofd: forehead; huid: skin; spieren: muscles
armen: arms; been|benen: leg; mond: mouth; plas|urine: urine; plassen: urinate; ademen|ademhalen: breathe
slikken: swallow; mesotherapie|meso: mesotherapy; sessie|behandeling|behandelingen|sessies: session
prik|injectie|spuitje|prikje: injection; prikken|injecties|spuitjes|prikjes: injections
prikplek|injectieplaats|insteekplaats|prikplaats|injectieplek: injection site
prikplekken|injectieplaatsen|prikplaatsen|injectieplekken: injection sites; kliniek|salon: clinic
spoedeisende hulp|seh|eerste hulp|spoedpost|huisartsenpost|ambulance: emergency department
ziekenhuis: hospital; antibiotica|antibioticum|antibioticakuur: antibiotics; pillen|tabletten|medicijnen: pills
bult|bultje|knobbel|knobbeltje|bobbel|bobbeltje|zwelling|verdikking|knopje: lump
bulten|bultjes|knobbels|knobbeltjes|bobbels|bobbeltjes: lumps; nieuwe bulten|nieuwe knobbels|nieuwe bobbels: new lumps
puistje|puist|pukkel: pimple; abces|ettergezwel: abscess; steenpuist: boil; cyste: cyst
gezwollen|opgezwollen|dik|dikker|opgezet|gezwollen geraakt: swollen; zwelt|zwellen|zwelt op: swelling
rood|rode|rooie|roder|rood geworden: red; roodheid|roodheid rond|roodheid eromheen: redness
warm|warme|heet|hete|gloeiend: hot; pijn|pijntje: pain; doet pijn|doet zeer|doet veel pijn: hurts
pijnlijk|pijnlijke|gevoelig en pijnlijk: painful
pus|vol etter|zit etter|met etter|etter in|etter uit|etterig|etterige|etteren|ettert|ettert het: pus
er komt pus uit|komt er pus uit|er komt etter uit|komt er etter uit|etter komt eruit: pus is coming out
komt er pus|pus komt eruit: pus is coming out
lekt pus|er loopt pus uit|komt pus uit|ettert|etteren: pus is coming out
vocht|afscheiding|lekt|vochtig: discharge; ontstoken|geinfecteerd|ontstoken geraakt: infected
ontsteking|infectie: infection
verspreidt zich|breidt zich uit|wordt groter|trekt weg|verspreidt|breidt uit|uitbreiden|groter geworden: is spreading
snel: fast; verspreidt zich snel|breidt zich snel uit|gaat heel snel|snel groter: spreading rapidly
razendsnel|bliksemsnel|supersnel|heel snel|zeer snel|erg snel|pijlsnel: very fast
binnen een uur|binnen het uur|binnen een paar uur: within an hour
tot over|over mijn|over zijn|over haar|over het|over de: across; ontzettend|verschrikkelijk|vreselijk: terribly
doet ontzettend veel pijn|doet verschrikkelijk veel pijn|doet vreselijk veel pijn|doet enorm veel pijn: hurts terribly
rode strepen|rode streep|rode lijnen|rode lijn: red streaks; groeit|groeien|gegroeid: is growing
groter: bigger; steeds groter|elke dag groter|alsmaar groter: getting bigger
wordt niet beter|gaat niet over|gaat niet weg|niet beter|geen verbetering|blijft zitten: not improving
werkt niet|hielp niet|helpt niet|werkte niet|heeft niet geholpen: did not work
haaruitval|haar valt uit|mijn haar valt uit|haren vallen uit|kale plekken krijgen: hair loss
kale plek|kale plekken|kaal plekje|kale plekjes|kaal: bald patch; litteken|littekens: scar; hard|harde|vast: hard
koorts|verhoging|temperatuur: fever; hoge koorts|flinke koorts: high fever
rillingen|rillerig|koude rillingen|koortsrillingen: chills; rillen|ril|bibber|bibberen|trillen|tril|klappertanden: shivering
niet te stoppen|kan niet stoppen|oncontroleerbaar|niet onder controle: uncontrollable
suikerziekte|diabetes|suiker: diabetes; diabeet|diabetisch: diabetic
slechte weerstand|lage weerstand|verminderde weerstand|verzwakt immuunsysteem|zwak immuunsysteem: weak immune system
weerstand|immuunsysteem: immune system; prednison|corticosteroiden|steroiden|prednisolon: steroids
chemo|chemotherapie|chemokuur: chemotherapy; zwanger: pregnant
verward|in de war|gedesorienteerd|weet niet waar hij is|weet niet waar ze is|herkent me niet: is confused
brabbelt|onduidelijke spraak|praat raar|lalt|praat onduidelijk|dubbele tong|spreekt moeilijk: slurred speech
suf|slaperig|erg slaperig|heel slaperig|sufferig|doezelig|slaapt steeds|slaapt de hele tijd: very drowsy
moeilijk wakker te krijgen|niet wakker te krijgen|wordt niet wakker|krijg hem niet wakker|krijg haar niet wakker: hard to wake
spierpijn|pijnlijke spieren|alles doet pijn: muscle pain; koud|ijskoud|koude: cold; heel koud|ijskoud: very cold
kan niet ademen|krijg geen lucht|geen lucht|stik|ik stik|kan niet ademhalen|krijgt geen lucht: can not breathe
kortademig|benauwd|buiten adem|moeilijk ademen|ademnood|moeite met ademen|zwaar ademen: short of breath
snel ademen|adem snel|ademt snel|snelle ademhaling|hijgen|hijg: very fast breathing
hartkloppingen|hart gaat tekeer|hart klopt snel|hart bonkt|hartslag snel|hart racet|hart slaat over: heart racing
hartslag|pols: pulse; klopt|bonkt: beating
blauw|blauwe|blauwig|blauwachtig|paars|paarse: blue; bleek|lijkbleek|wit weggetrokken|grauw: pale
grijs|grijze|asgrauw: grey; gevlekt|gemarmerd|vlekkerig: mottled; vlekjes|vlekken|puntjes: spots
paarse vlekken|paarse puntjes|paarse vlekjes|rode puntjes: purple spots; uitslag|huiduitslag: rash
glas|glaasje|een glas: glass; als ik druk|als ik erop druk|wegdrukken|drukken|druk ik: when i press
verdwijnt niet|gaat niet weg als ik druk|niet wegdrukbaar|blijft zichtbaar|verdwijnen niet|vervaagt niet: do not fade
verdwijnt|vervaagt|verdwijnen: fade
niet geplast|niet meer geplast|niet plassen|plas niet|geen urine|kan niet plassen: i have not urinated
ik ga dood|ik denk dat ik doodga|ik voel me alsof ik doodga|ik ga eraan|voel me doodgaan: i feel like i might die
ondraaglijk|niet te harden|niet uit te houden: unbearable; vreselijk|verschrikkelijk|afschuwelijk|heel erg: terrible
hevig|hevige|ernstig|ernstige|erge|zware|heftig|heftige|enorme: severe; hoog|hoge: high
hoofdpijn|koppijn: headache; erge hoofdpijn|hevige hoofdpijn|barstende hoofdpijn|vreselijke hoofdpijn: severe headache
zware hoofdpijn|ondraaglijke hoofdpijn|heftige hoofdpijn|enorme hoofdpijn: severe headache
stijve nek|nekstijfheid|stijf in de nek|kan mijn nek niet buigen|kan mijn hoofd niet buigen: stiff neck
kan mijn nek niet bewegen|nek zit vast|nek is stijf: stiff neck; stijf|stijve: stiff
licht doet pijn|licht doet pijn aan mijn ogen|lichtschuw|kan niet tegen licht|kan niet tegen het licht: light hurts my eyes
last van licht|gevoelig voor licht|lichtgevoelig|ogen doen pijn van het licht: light hurts my eyes; licht: light
overgeven|braken|moet overgeven|kotsen|spugen|gekotst|overgegeven|misselijk: vomiting
toeval|stuip|stuipen|epileptische aanval|aanval|insult|schokken|trekkingen: seizure
pijn op de borst|borstpijn|druk op de borst|beklemming op de borst|pijn in de borst: chest pain
flauwgevallen|flauwvallen|bewusteloos|buiten bewustzijn|viel flauw|ging van mijn stokje: fainted
in elkaar gezakt|ingestort|neergevallen|zakte in elkaar: collapsed; net|zojuist|daarnet: just
piepende ademhaling|piepen|piept|fluitende ademhaling: wheezing; kan niet slikken|slikken lukt niet: i can not swallow
dubbel zien|dubbelzien|zie dubbel: double vision; zwakte|krachtverlies|verlamming|verlamd: weakness
zwak|slap|krachteloos: weak; duizelig|draaierig|duizeligheid: dizzy; moe|uitgeput: tired
blauwe plekken|blauwe plek|kneuzingen: bruises; korstjes|korst|korsten: scabs
bloedpuntjes|puntjes bloed|rode puntjes van de prikken: pinpoint bleeding spots; bloed: blood
jeuk|jeukt|kriebelt: itching; klein|kleine|kleintje: small; lichte|milde|mild: mild; gevoelig: tender
ziek: sick; hallo|hoi|goedemorgen|goedemiddag: hello; paar|een paar|meerdere|verschillende: several
nieuw|nieuwe: new; rond|rondom|eromheen|om: around; plek|plaats: place; gekregen|ontstaan|verschenen: appeared
krijg|krijgt|krijgen|kreeg: get; wordt|worden|werd: become
onophoudelijk|aan een stuk door|zonder ophouden: nonstop; ril|ril ik|rillen|rilt: shivering
is nu heel verward|is heel verward|is erg verward|is nu verward|is verward: is very confused
weet niet meer waar|weet niet waar: does not know where; uitleggen|uitleg: explain; nieuwsgierig: curious
ik heb zelf niks|ik heb niks|ik heb zelf niets|ik heb niets: i have nothing
zus: sister; kreeg daarna|kreeg: got; hoe vaak komt dat voor|hoe vaak: how often
algemene vraag|een algemene vraag: a general question; uit nieuwsgierigheid|gewoon uit nieuwsgierigheid: asking in general
ik heb nergens last van|ik heb geen klachten: nothing is wrong with me
nauwelijks wakker te krijgen|bijna niet wakker te krijgen|niet wakker te krijgen|moeilijk wakker te krijgen: can not be woken
praat onsamenhangend|praat wartaal|praat verward|onsamenhangend praten: talking nonsense
ik vraag het omdat|ik vraag dit omdat|ik vraag omdat: i am asking because
wil injecteren|willen injecteren|gaat injecteren: wants to inject
het gevoel dat ik doodga|gevoel dat ik doodga|alsof ik doodga: i feel like i am dying
ik denk dat ik doodga|voel me alsof ik doodga: i feel like i am dying
zelfmoordgedachten|suicidale gedachten: suicidal thoughts; zelfmoord: suicide; mezelf van kant maken: kill myself
kan bijna niet ademen|kan haast niet ademen|kan nauwelijks ademen|krijg bijna geen lucht: can hardly breathe
ik adem heel snel|adem heel snel|ademt heel snel|adem erg snel|ademt erg snel|snel ademen: breathing very fast; gehad: had
ik gebruik|ik neem|ik slik: i take; gebruikt|neemt|slikt: takes
wat opgezwollen|wat gezwollen|wat dik: a little swollen; wat rood: a little red; wat pijnlijk|wat gevoelig: a little sore
neemt af|neemt al af|neemt het al af|neemt het af|wordt al minder|wordt minder|zakt al: is going down; eerste: first
paar jaar gelede|n paar jaar gelede|jare gelede: a few years ago; gekry: got
heeltemal genees|heeltemal gesond: completely healed
"""

ROMANIAN = """
eu: i; am|eu am: i have; are: has; avea|aveam|am avut: i had; a avut|au avut|a facut|a fost: had; sunt|eu sunt: i am
este|e|sunt: is; era|erau: was; el: he; ea: she; ei|ele: they; tu|dumneavoastra: you; noi: we; meu|mea|mei|mele: my
tau|ta: your; lui: his; un|o: a; si|iar|plus: and; sau: or; dar|insa|totusi: but; cu: with; fara: without; din: of
in|intr|intr o|intr un: in; pe: on; la: at; pentru: for; ca|ce|care: that; foarte|tare|rau de tot: very
mult|multa: a lot; putin|un pic|usor: a little; mai: more; deja: already; inca|tot|tot mai: still
acum|acuma: now; de|de la|de cand: since; dupa: after; inainte|inainte de: before; azi|astazi: today; ieri: yesterday
aseara|azi noapte|noaptea trecuta|noaptea: last night; maine: tomorrow; azi dimineata|dimineata: this morning
diseara|in seara asta: tonight; saptamana asta: this week; saptamana trecuta: last week; luna trecuta: last month
anul trecut: last year; acum cativa ani|acum multi ani: years ago; demult|de mult|cu mult timp in urma: long ago
cand eram mic|cand eram mica|in copilarie: as a child; zi|ziua: day; zile|zilele: days; saptamana: week
saptamani|saptamanile: weeks; luna: month; luni: months; an|anul: year; ani|anii: years; ora: hour; ore|orele: hours
minute: minutes; grade: degrees; daca|in caz ca|in cazul in care: if; cand|atunci cand: when; pentru ca|fiindca: because
pot|pot sa: can i; poate: can; trebuie sa: should; nu: not; nu am|n am|nam: i do not have; nu are|n are: has no
nu e|nu este|nu exista: there is no; niciun|nicio|nici un|nici o: no; niciodata: never; nimic: nothing; nici: nor
zice|spune|zic|spun: says; a zis|a spus|au zis|au spus: said; mi a zis|mi a spus|mi au spus|mi au zis: told me
am citit|pe internet|am auzit|pe net|pe un forum|pe google: read online
e normal|este normal|e normal asta|asta e normal|normal: is it normal; ce e|ce este: what is
ce sa fac|ce fac|ce trebuie sa fac|ce pot sa fac|ce imi recomandati|ce recomandati: what should i do; ce: what
cate|cati|cat: how many; cat timp|de cat timp: how long; cum: how; de ce: why; din nou|inca o data|iarasi: again
tot|totul: all; totul e bine|totul bine|e ok|totul ok|e bine|sunt bine: all fine; bine: fine; rau: bad
mai bine: better; mai rau|tot mai rau: worse; a trecut|a disparut|s a dus|au trecut|au disparut: went away
s a vindecat|vindecat|vindecata: healed; ma simt|simt: i feel; ma|imi|mi|m|s|se|si a|isi: -
sot|sotul|sotul meu|barbatul meu: my husband; sotie|sotia|sotia mea|nevasta|nevasta mea: my wife
sora|sora mea: my sister; frate|fratele|fratele meu: my brother; mama|mama mea|maica mea: my mum
tata|tatal|tatal meu|taica meu: my dad; fiu|fiul|fiul meu|baiatul meu: my son; fiica|fiica mea|fata mea: my daughter
prieten|prietena|prietenul|prietenul meu|prietena mea|o prietena|un prieten|amic|amica|colega: my friend
vecin|vecina|vecinul|vecina mea: my neighbour; copil|copilul|copii|bebe|bebelus: child; cineva: someone
oameni|lumea: people; doctor|doctorul|doctorita|medic|medicul|dermatolog|medicul de familie: doctor
unu|una: one; doi|doua: two; trei: three; patru: four; cinci: five; sase: six; sapte: seven; opt: eight
noua: nine; zece: ten; cap|capul|capului|cap meu: head; scalp|scalpul|pielea capului|scalpului: scalp
par|parul|firele de par: hair; gat|gatul|ceafa|ceafa mea: neck; piept|pieptul|pieptului: chest
inima|inimii: heart; buze|buzele|buza: lips; limba|limbii: tongue; in gat|gatlej: throat
ochi|ochii|ochiului: eyes; pleoape|pleoapele|pleoapa: eyelids; fata|fetei|obraz: face; frunte|fruntea: forehead
piele|pielea|pielii: skin; muschi|muschii: muscles; brat|bratul|mana: arm; picior|piciorul: leg
gura|gurii: mouth; urina|pipi: urine; respir|respira|respiratie|respiratia: breathe; inghit|inghiti: swallow
mezoterapie|mezoterapia|mezoterapiei|mezo|meso: mesotherapy; sedinta|sedinte|sedintei|sedinta de: session
injectie|injectia|injectiei|intepaturii|intepatura|intepaturi: injection
injectii|injectiile|intepatura de ac|ace|acul|intepaturile: injection
locul injectiei|locul intepaturii|locul unde am fost intepat|locul unde am fost intepata: injection site
locurile injectiilor|locurile intepaturilor|locurile de injectare|zona injectata: injection sites
tratament|tratamentul: treatment; clinica|clinicii|cabinet|salon: clinic
urgenta|urgente|la urgente|upu|camera de garda|ambulanta|salvare: emergency department; spital|spitalul: hospital
antibiotic|antibiotice|antibioticul|antibioticele: antibiotics; pastile|medicamente|tablete: pills
umflatura|umflaturi|umflatura mica|cucui|nodul|noduli|nodulul|bulgare|bulgaras|nod|gogoasa|gogoasa mica: lump
umflaturi noi|noduli noi|cucuie noi|altele noi: new lumps; cos|cosuri|cosulet|bubita|bubite|buba: pimple
abces|abcesul: abscess; furuncul|furunculul: boil; chist|chistul: cyst
umflat|umflata|umflate|umflati|inflamat|inflamata|tumefiat|s a umflat|s au umflat|se umfla: swollen
umflare|umflatura mare|inflamatie|edem: swelling
rosu|rosie|rosii|rosiatic|rosiatica|inrosit|inrosita|inrosite|s a inrosit: red; roseata|inrosire|rosu in jur: redness
cald|calda|calde|fierbinte|fierbinti|arde|ma arde|frige: hot; durere|dureri|durerea: pain
doare|ma doare|imi doare|dor|ma dor|il doare|o doare: hurts; dureros|dureroasa|dureroase: painful
puroi|puroiul|purulent|purulenta: pus
iese puroi|curge puroi|iese puroiul|curge puroiul|face puroi|are puroi|supureaza|iese ceva galben: pus is coming out
secretie|secretii|lichid|zemuieste|curge: discharge; infectat|infectata|infectate|s a infectat: infected
infectie|infectia|infectii: infection
se extinde|se intinde|se raspandeste|se mareste|se lateste|se extind|se intind|se mareste roseata: is spreading
repede|rapid|rapida|foarte repede: fast; se extinde repede|se intinde repede|se extinde foarte repede: spreading rapidly
dungi rosii|linii rosii|dunga rosie|linie rosie: red streaks; creste|cresc|a crescut|au crescut: is growing
mai mare|mare|mari: bigger; tot mai mare|din ce in ce mai mare|tot mai mari|din ce in ce mai mari: getting bigger
nu se amelioreaza|nu trece|nu se imbunatateste|nu scade|nu se retrage|nu se vindeca|nu dispare: not improving
nu a functionat|nu a ajutat|nu au ajutat|n a ajutat|n au ajutat|fara efect|fara rezultat: did not work
caderea parului|cadere de par|imi cade parul|cade parul|mi a cazut parul|chelire: hair loss
chelie|zona fara par|pete fara par|portiuni fara par|locuri fara par|zona cheala|pata cheala: bald patch
cicatrice|cicatrici|semn: scar; e tare|este tare|tare la atingere|dur|dura|intarit|intarita|bocna: hard
febra|temperatura|febril|febrila|fac febra: fever
febra mare|febra foarte mare|temperatura foarte mare: high fever
frisoane|frison|frig si tremur: chills; tremur|tremurat|tremura|tremuram|dardai|dardaiala|ma scutura: shivering
nu ma pot opri|nu se opreste|necontrolat|necontrolata|incontrolabil: uncontrollable
diabet|diabetul|zahar|zaharul|zahar mare: diabetes; diabetic|diabetica: diabetic; am diabet|sufar de diabet: i have diabetes
imunitate|sistem imunitar|imunitatea: immune system
imunitate scazuta|imunitate slaba|imunitatea scazuta|sistem imunitar slabit|imunodeprimat|imunodeprimata: weak immune system
cortizon|steroizi|corticoizi|prednison|medrol|dexametazona: steroids; chimioterapie|chimio|chimioterapia: chemotherapy
insarcinata|gravida: pregnant
confuz|confuza|dezorientat|dezorientata|nu stie unde e|nu stie unde se afla|nu ma recunoaste|aiureaza|delireaza: is confused
vorbeste neclar|vorbire incoerenta|vorbeste greu|vorbeste ciudat|i se impleticeste limba|vorbire neclara: slurred speech
nu se intelege ce spune|isi pierde cuvintele|vorbeste incurcat: slurred speech
somnoros|somnoroasa|foarte somnoros|foarte somnoroasa|toropit|toropita|doarme tot timpul|moleseala: very drowsy
greu de trezit|nu se trezeste|nu il pot trezi|nu o pot trezi|nu reusim sa l trezim|nu reusim sa o trezim: hard to wake
dureri musculare|durere musculara|ma dor muschii|ma doare tot corpul|ma doare tot: muscle pain
rece|frig|mi e frig|inghetat|inghetata: cold; foarte frig|mi e foarte frig|tremur de frig: very cold
nu pot respira|nu pot sa respir|ma sufoc|se sufoca|nu mai pot respira|nu poate respira|n am aer|nu am aer: can not breathe
respir greu|lipsa de aer|dificultati de respiratie|gafai|gafaie|respira greu|sufocare|imi lipseste aerul: short of breath
respir repede|respira repede|respiratie rapida|respiratie accelerata: very fast breathing
inima bate repede|inima imi bate repede|palpitatii|tahicardie|inima o ia razna|imi bubuie inima|puls mare: heart racing
puls|pulsul: pulse; bate: beating
albastru|albastra|albastre|albastrui|albastruie|vinet|vineta|vinete|vanat|vanata|mov: blue
palid|palida|palide|alb ca varul|alba ca varul|galben la fata|galbena la fata|pamantiu|pamantie: pale
cenusiu|cenusie|gri: grey; marmorat|marmorata|patat|patata|pestrit|pestrita|cu pete: mottled; pete|punctisoare: spots
pete mov|puncte mov|pete violet|pete vinete|punctisoare rosii|pete rosii mici: purple spots
eruptie|eruptii|iritatie|bube|bubite rosii|urticarie: rash; pahar|paharul|un pahar|cu paharul: glass
cand apas|la apasare|daca apas|apas|apasand|cand o apas|cand le apas: when i press
nu dispar|nu se albesc|nu pleaca|nu dispare|nu palesc|nu se decoloreaza|raman: do not fade; dispar|se albesc: fade
n am urinat|nu am urinat|nu am facut pipi|n am facut pipi|nu fac pipi|nu urinez|nu a urinat|n a urinat: i have not urinated
simt ca mor|o sa mor|cred ca mor|parca mor|ma simt de parca mor: i feel like i might die
insuportabil|insuportabila|de nesuportat|nu se mai poate suporta: unbearable
groaznic|groaznica|oribil|oribila|teribil|teribila|cumplit|cumplita|ingrozitor|ingrozitoare: terrible
puternic|puternica|puternice|severa|sever|severe|intens|intensa|acuta: severe; ridicata|ridicat|inalta: high
durere de cap|dureri de cap|ma doare capul|migrena|ma doare capu: headache
durere de cap puternica|ma doare capul foarte tare|dureri de cap groaznice|ma doare capul groaznic: severe headache
durere de cap insuportabila|imi explodeaza capul|durere de cap cumplita|dureri de cap puternice: severe headache
gat intepenit|ceafa intepenita|ceafa rigida|gat rigid|nu pot misca gatul|nu pot sa misc gatul|redoare de ceafa: stiff neck
nu pot apleca capul|nu pot intoarce capul|ceafa tare|gatul intepenit|gatul teapan: stiff neck
intepenit|intepenita|rigid|rigida|teapan|teapana: stiff
lumina ma deranjeaza|ma deranjeaza lumina|ma dor ochii de la lumina|nu suport lumina|ma orbeste lumina: light hurts my eyes
sensibilitate la lumina|fotofobie|ma ustura ochii la lumina|lumina imi face rau: light hurts my eyes
lumina|lumina puternica: light
voma|vomit|vomita|am vomitat|a vomitat|varsaturi|vars|am varsat|a varsat|vomitat|greata|mi e greata: vomiting
convulsii|convulsie|criza|crize|criza de epilepsie|epilepsie|spasme|se zbate: seizure
durere in piept|dureri in piept|ma doare pieptul|ma apasa pieptul|apasare in piept|junghi in piept: chest pain
am lesinat|a lesinat|lesin|lesinat|lesinata|lesinul|si a pierdut cunostinta|mi am pierdut cunostinta: fainted
inconstient|inconstienta|fara cunostinta: fainted; s a prabusit|a cazut|s a prabusit jos|a cazut jos: collapsed
tocmai|chiar acum|adineauri: just
respiratie suieratoare|suiera|suier|hariie|hrait|fluiera pieptul|respir cu suierat: wheezing
nu pot inghiti|nu pot sa inghit|inghit greu|ma doare cand inghit: i can not swallow
vad dublu|vedere dubla|vad in dublu|vede dublu: double vision
slabiciune|slabiciuni|amorteala|amortit|amortita|nu imi simt mana|nu imi simt piciorul|paralizie: weakness
slab|slaba|slabit|slabita|fara putere|fara vlaga: weak; ameteala|ameteli|ametit|ametita|mi se invarte capul: dizzy
obosit|obosita|oboseala|extenuat|extenuata|sleit: tired; vanatai|vanataie|vanatai mici|echimoze: bruises
cruste|crusta|crustite|coji|coaja: scabs; puncte de sange|picaturi de sange|punctisoare de sange: pinpoint bleeding spots
sange|sangele: blood; mancarime|mancarimi|ma mananca|ma mananca pielea|ma mananca scalpul: itching
mic|mica|mici|micut|micuta|micute: small; usor|usoara|usoare|discret: mild; sensibil|sensibila: tender
bolnav|bolnava: sick; buna|salut|buna ziua|buna seara|buna dimineata|sarut mana: hello
cateva|mai multe|cativa|niste: several; nou|noi|noua aparute|nou aparut|aparute: new
au aparut|a aparut|mi a aparut|mi au aparut|apar|au iesit|a iesit|mi a iesit|mi au iesit: appeared
in jur|in jurul|imprejur|jur imprejur|langa: around; loc|locul|zona: place
am terminat antibioticul|am terminat antibioticele|am terminat tratamentul cu antibiotic: i finished the antibiotics
nodulii nu au trecut|nodulii nu trec|nu au trecut|nu trec|nu dispar|nu au disparut: are not going away
nodulii|nodulii mei|noduli: lumps
am zone fara par|zone fara par|zona fara par|am o zona fara par|chelie|chelii: bald patches
exact unde s a injectat|exact unde am fost intepat|exact unde s au facut injectiile: right where they injected
ganduri suicidare|ganduri de sinucidere: suicidal thoughts
sinucidere: suicide; sa mi iau viata|imi iau viata|sa ma sinucid: take my life
a trecut de linia|a trecut de linie|a trecut peste linia|a depasit linia|a iesit din linia: went past the line
pe care am tras o|pe care am desenat o|pe care am facut o: that i drew; foarte repede|foarte rapid: very fast
intr o ora|in decurs de o ora: within an hour
a trecut complet|au trecut complet|a disparut complet: went away completely; complet: completely
pot sa mai fac|pot sa mai fac o sedinta: can i have another session
daca as face|daca as avea|daca as fi|daca o sa fac|daca as face eu: if i got; de la ce temperatura: from what temperature
"""

# "acum" is "now", and "ago" before a span of time: "acum doua saptamani" (two weeks ago)
_RO_UNITS = r"(?:zi|zile|saptamana|saptamani|luna|luni|an|ani|ora|ore|minute)"
_APOSTROPHE_OR_HYPHEN = r"(?<=[a-z])['\u2019`-](?=[a-z])"  # "m'n" (my), "n-am" (I have not), "s-a" (has)
RULES: Dict[str, Tuple[Rule, ...]] = {
    "nl": (
        (_APOSTROPHE_OR_HYPHEN, " "),
        (r"\b(zie|ziet|zag|zien) ((?:\w+ ){1,3}?)dubbel\b", r"\1 dubbel \2"),  # "ik zie sinds vanochtend dubbel"
    ),
    "ro": (
        (_APOSTROPHE_OR_HYPHEN, " "),
        (rf"\bacum (?=(?:\S+ ){{1,2}}{_RO_UNITS}\b)", "ago "),
        (rf"\bde (?=(?:\S+ ){{1,2}}{_RO_UNITS}\b)", "since "),  # "de doua zile" (for two days)
    ),
}

LANGUAGES: Dict[str, str] = {"nl": DUTCH, "ro": ROMANIAN}
