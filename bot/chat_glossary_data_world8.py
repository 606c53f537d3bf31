"""Glossaries for Swedish ("sv", with the Norwegian and Danish words that differ, read as Swedish) and Czech with
Slovak ("cs"), same format as `bot.chat_glossary_data`; registered
through `bot.chat_glossary_data_world`. Their letters (å ä ö; á č ď é ě í ň ó ř š ť ú ů ý ž, Slovak ľ ô) fold to
plain ones before matching, so keys are written without them.

Swedish "var" is "pus" and also "was" and "where", so pus is only read in phrases ("det kommer var", "varig").
Czech and Slovak put a span of time after "před"/"pred" ("před třemi týdny": three weeks ago); ``RULES`` move it.
"""

from __future__ import annotations

from typing import Dict, Tuple

Rule = Tuple[str, str]

SWEDISH = """
jag: i; jag har|har jag: i have; jag hade|hade jag: i had; har|hade: has; jag ar: i am; ar: is; var det|det var: it was
han: he; hon: she; dom: they; min|mitt|mina: my; hans: his; hennes: her; deras: their; och: and; eller: or; men: but
med: with; utan: without; pa: on; i: in; efter: after; innan|fore: before; sedan|sen: since; for: for; att: to
mycket|valdigt|jatte: very; lite|lite grann: a little; mer|mera: more; redan: already; fortfarande|fortfarande kvar: still
nu: now; idag|i dag: today; igar|i gar: yesterday; igar kvall|i natt|inatt: last night; imorgon|i morgon: tomorrow
i morse|imorse: this morning; i kvall|ikvall: tonight; forra veckan: last week; for sedan|sedan dess: ago
dag|dygn: day; dagar|dygn: days; vecka: week; veckor: weeks; manad: month; manader: months; ar sedan: years ago
timme: hour; timmar: hours; minuter: minutes; grader: degrees; om|ifall: if; nar: when; eftersom|for att: because
kan jag: can i; kan: can; ska jag|borde jag: should i; inte|ej: not; ingen|inget|inga: no; aldrig: never; ingenting: nothing
jag har ingen|jag har inte|har inte: i do not have; det finns ingen: there is no; sager|sa att: says; sa: said
ar det normalt|ar detta normalt|normalt: is it normal; vad ar: what is; vad ska jag gora|vad gor jag: what should i do
hur lange: how long; hur: how; varfor: why; igen: again; allt bra|allt ar bra|mar bra: all fine; bra: fine
samre|varre: worse
battre: better; borta|forsvunnit|gick over|gatt over|lakt|lakt ut: went away
forsvinner inte|gar inte over|gar inte bort: is not going away
kanner mig|jag kanner mig: i feel; make|maken|min man|min make: my husband; fru|hustru|min fru: my wife; mamma|mor: my mum
pappa|farsan: my dad; son: son; dotter: daughter; bror|brorsan: my brother; syster|syrran: my sister
van|kompis|vaninna: friend
barn|bebis: child; nagon: someone; folk|manniskor: people; lakare|doktor|vardcentral|akuten: doctor
en|ett: a; tva: two; tre: three; fyra: four; fem: five; sju: seven; atta: eight; nio: nine; tio: ten
huvud|huvudet: head; harbotten|skalpen|hodebunn: scalp; haret|harstran|haren: hair; ansikte|ansiktet: face
oga|ogat|ogon|ogonen: eyes; ogonlock|ogonlocken: eyelids; lappar|lapparna: lips; tunga|tungan: tongue; hals|halsen: throat
nacke|nacken: neck; brost|brostet|brostkorgen: chest; hjarta|hjartat: heart; arm|armen: arm; ben|benet: leg; hud|huden: skin
sprutan|sprutor|injektioner|injektionerna|sticken|stickstallet|stickstallena: injections
mesoterapin|mesoterapi|meson: mesotherapy
knol|knolen|knolar|knolarna|bula|bulan|bulor|kula|kulor|klump|klumpar|utbuktning: lump
ny knol|nya knolar|fler knolar: new lumps
bold|bolden|abscess|abscessen|bulnad|varbold: abscess
varig|varigt|variga|varbildning|kommer var|rinner var|fullt av var|med var|var kommer ut: pus
rod|rott|roda|rodnad|rodnaden|rodflammig|inflammerad|inflammation: red
svullen|svullet|svullna|svullnad|svullnaden|svullnat: swollen
varm|varmt|het|hett|varmeke: hot; ont|smarta|smartan|smartor|vark: pain; gor ont|gor jatteont|gor sa ont: it hurts
olidlig|olidligt|outhardlig|outhardligt: unbearable; fruktansvart|hemskt|jattemycket: terribly; feber|febern|febrig: fever
frossa|fryser|skakar|huttrar|darrar|skakningar|skakning|skakningarna: chills
okontrollerat|kan inte sluta skaka: uncontrollably
som jag inte kan stoppa|som inte gar att stoppa|kan inte stoppa|slutar inte: that i cannot stop
tanderna skallrar|tanderna hackar|hackar tander: teeth chattering
muskelvark|ont i musklerna|ont i alla muskler|ont i alla musklerna|varker i hela kroppen: muscle pain
sprider sig|sprids|breder ut sig: is spreading; snabbt|fort|snabb: fast; varje timme: every hour
vaxer|blir storre|storre: is growing
rod strimma|roda strimmor|strimmor: red streaks; huvudvark|ont i huvudet: headache
stel nacke|stel i nacken|nackstel: stiff neck
ljuskanslig|ljuset gor ont|tal inte ljus: light hurts; krakas|kraks|kraktes|spyr|spydde|kraker: vomiting
forvirrad|forvirrat|desorienterad|vet inte var han ar|vet inte var hon ar: confused
sluddrar|sluddrigt|sluddrande: slurred speech
dasig|sovnig|slo|svar att vacka|gar inte att vacka|kan inte vakna|vaknar inte: drowsy
kramper|kramp|krampanfall|epileptiskt anfall: seizure
ser dubbelt|dubbelseende: double vision; svag|svaghet|forlamad|hanger: weak
svimmade|svimmat|svimmar|svimning|kollapsade: fainted
andfadd|andnod|svart att andas|kan inte andas|far inte luft|andas snabbt|flamtar|vasande|pipande andning: breathless
hjartklappning|hjartat rusar|hjartat slar snabbt|snabb puls|hog puls: heart racing
brostsmarta|ont i brostet|tryck over brostet: chest pain
blek|likblek|grablek|gra: pale; bla|blaa|blalila: blue; marmorerad|flammig|flackig: mottled; utslag|prickar: rash
bleknar inte|forsvinner inte nar jag trycker|forsvinner inte under glaset: does not fade under a glass
inte forsvinner nar man trycker|inte forsvinner nar jag trycker|inte forsvinner under ett glas: does not fade under a glass
sambo|sambon|min sambo: my partner; benen|benet|ben: legs
skjelver|skjelving: shaking; sa mye at: so much that; ikke klarer a sta|klarer ikke a sta: can not stand
kissat|kissa|urin|kiss: urine; inte kissat|har inte kissat|inte kissat pa: no urine
jag har inte kissat|han har inte kissat|hon har inte kissat: no urine
kanns som jag ska do|tror jag dor|tror jag ska do: i feel like i might die
haravfall|tappar har|kala flackar|kal flack|kala flackar dar: hair loss; arr|arret|arrbildning: scar
antibiotika|penicillin|antibiotikakur: antibiotics; hjalper inte|har inte hjalpt|biter inte: not working
diabetes|diabetiker: diabetes
kortison|steroider|prednisolon: steroids; nedsatt immunforsvar|daligt immunforsvar|svagt immunforsvar: weak immune system
blamarke|blamarken|blaslagen: bruise; sveda|svider|stickande: stinging; sma sar|sarskorpor|skorpor: scabs
klada|kliar: itching
ar det farligt: is it dangerous; hur vet man: how do you know; vad betyder: what does it mean; tack: thanks; hej|hallo: hello
haft|har haft: had; hog|hogt|hoga: high; forra aret|i fjol: last year; den|det: it; fungerar|funkar|hjalper: works
jattesnabbt|supersnabbt|blixtsnabbt: very fast; pa en timme|inom en timme: in an hour
pa nagra timmar|pa tva timmar: in a few hours
har den gatt fran|har gatt fran|gick fran: went from; ner till|upp till: down to; ogonbrynet|ogonbrynen: eyebrow
harfastet: hairline
sjalvmordstankar: suicidal thoughts; sjalvmord: suicide; ta livet av mig: kill myself
ser plotsligt dubbelt|ser dubbelt|jag ser dubbelt|ser allt dubbelt: double vision
jatteont i huvudet|sjukt ont i huvudet: severe headache
jatteont|sjukt ont|vansinnigt ont|fruktansvart ont: severe pain; infekterat|infekterad|infekterade|inflammerat: infected
star inte ut|inte star ut|star knappt ut|klarar inte smartan: can not bear it
varsta smartan i mitt liv|varsta smartan: worst pain of my life
sa ont|sa jatte ont|sa himla ont: so much pain
infektion|infektionen|en infektion: an infection; fick: got; blev frisk|blev bra|friskt|frisk: recovered; vanligt: common
andas han jattesnabbt|andas hon jattesnabbt|andas jattesnabbt: is breathing very fast
andas han snabbt|andas hon snabbt|andas valdigt snabbt: is breathing very fast
kallsvettig|kallsvettas|kallsvett|kallsvettiga: cold and clammy; andas: breathes
om bule|om knude|om klump|om kul: tender lump; om hovedbund|om hovedbunden|om i hovedbunden: tender scalp; bule|buler: lump
og: and; ellers: otherwise
ellers frisk|ellers rask|er ellers frisk|er ellers rask|ellers fin: otherwise well
undrar|undrer|lurer pa|jag undrar|jeg lurer pa|jeg undrer mig: i wonder; farlig|farligt|farlige: dangerous
intet|ingenting: no; bare|kun: only; jeg: i; hadde|havde: had; litt|lidt: a little; hodepine|hovedpine: headache
etter|efter: after; behandlingen: the session
gikk over|gik over|gikk bort|gik vaek|forsvant|forsvandt: went away; en time|en times tid: an hour; timer: hours
stiv nakke|stiv i nakken|stiv nakken: stiff neck; nakke|nakken: neck; vanlig: common
er det vanlig|er det normalt: is it normal
er: is; hodebunn|hodebunnen|hovedbund|hovedbunden: scalp; hevelse|haevelse: swelling; hoven|hovent|haevet|haevede: swollen
verker|gjor vondt|gor ondt|vondt|ondt: pain; materie: pus; kul|klump|knute|knude: lump; klumper|kuler|knuter|knuder: lumps
kan ikke puste|klarer ikke a puste|pustevansker|kan ikke traekke vejret|andenod: i can not breathe
puster fort|trekker pusten fort: breathing very fast
forvirret|forvirra: confused; besvimte|besvimede|svimte av: fainted; kuldegysninger|frysninger: chills
skjelver ukontrollert|ryster|ryster ukontrolleret: shivering; brystsmerter|smerter i brystet: chest pain
hjertebank|hjertet raser|hjertet slar fort: heart racing; utslett|udslaet: rash; oppkast|kaster opp|kaster op: vomiting
dosig|slov|veldig trett|meget traet: very drowsy; vanskelig a vekke|svaer at vaekke: hard to wake
lyssky|lysomfindtlig|taler ikke lys|taaler ikke lys: light hurts my eyes; mannen min|min mand: my husband
kona mi|min kone: my wife
i gar: yesterday; i dag: today; uke|uker|uge|uger: weeks; dager|dage: days; siden|for siden: ago; ikke: not
veldig|meget: very
marmoreret|marmoreret hud: mottled; blalig|blaalig: bluish; benene: the legs; kaereste|kaeresten: partner; betaendt: inflamed
at jeg skal do|jeg skal do|at jeg skal doe: i am going to die; foler virkelig|foeler virkelig: really feel
kulderystelser: chills
for nagra ar sen|for nagra ar sedan|nagra ar sen: a few years ago; tomdes|tommdes: was drained
lakte fint|laktes fint: healed fine
jattedasig|jattetrott|valdigt dasig|supertrott: very drowsy
gar knappt att vacka|gar knappt vacka|knappt gar att vacka|svar att fa vaken: hard to wake
"""

CZECH = """
ja: i; mam: i have; mela jsem|mel jsem|jsem mel|jsem mela: i had; mel|mela|meli: had; jsem: i am; je|jest: is
jsou: are; byl|byla|bylo|byli: was; on: he; ona: she; oni: they; muj|moje|moji|mojeho|mym|moja|moj: my
jeho: his; jeji|jej: her; a|i: and; nebo|alebo: or; ale: but; s|so: with; se|sa: -; bez: without; v|ve: in; na: on; po: after
pred|predtim: before; od: since; pro|pre: for; ze|aby: that; velmi|moc|hodne|strasne|hrozne|dost|vela: very
trochu|malo|mirne|lehce|trosku: a little; vic|vice|viac: more; uz|uz je: already; porad|stale|furt|stale este|este: still
ted|nyni|teraz|teda: now; dnes|dneska: today; vcera: yesterday; vcera vecer|v noci|dnes v noci: last night
zitra|zajtra: tomorrow
dnes rano|rano: this morning; dnes vecer|vecer: tonight; minuly tyden|minuly tyzden: last week; minuly mesic: last month
den|dna: day; dny|dni|dnu: days; tyden|tyzden: week; tydny|tydnu|tyzdne|tyzdnov|tydnama: weeks; mesic|mesiac: month
mesice|mesicu|mesiace|mesiacov: months; rok: year; roky|let|rokov: years; hodina|hodinu: hour; hodiny|hodin|hodinami: hours
minut|minuty: minutes; stupnu|stupne|stupnov: degrees; kdyz|jestli|pokud|ak|keby|kdyby: if; kdy|ked: when
protoze|lebo: because
muzu|mozem|muzu ja: can i; muze|moze: can; mam ja|mel bych|mala by som|mal by som: should i; ne|nie: not
zadny|zadna|zadne|ziadny|ziadna|ziadne: no
nikdy: never; nic: nothing; ani: nor; nemam: i do not have; neni|nie je: is not; nema: there is no; nemuzu|nemozem: i can not
rika|hovori: says; rekl|rekla|povedal|povedala: said; je to normalni|je to normalne|normalni|normalne: is it normal
co je|co to je|co je to: what is; cim se lisi od|cim se lisi|v cem je rozdil|cim sa lisi: how is it different from
co mam delat|co mam robit|co delat|co robit: what should i do; jak dlouho|ako dlho: how long
jak|ako: how; proc|preco: why; znovu|zase|opat: again; vse v poradku|vsetko v poriadku|vse ok: all fine; dobre: fine
horsi|horsie: worse; lepsi|lepsie: better; zmizel|zmizela|zmizelo|preslo|prestalo|odeslo|zahojilo se|zahojil se: went away
nezmizi|nemizi|neprechadza|nezmizne|neodchazi|nejde pryc|stale tam je: is not going away; citim se|citim sa: i feel
manzel|muj manzel|manzel je: my husband; manzelka|zena|moje zena: my wife; mama|maminka|matka: my mum
tata|tatinek|otec|otcom: my dad
syn|synek: son; dcera|dcerka: daughter; bratr|brat|bratom: my brother; sestra|segra: my sister
kamarad|kamaradka|kamoska|kamos: friend
dite|decko|dieta|miminko: child; nekdo|niekto: someone; lide|ludia: people
doktor|lekar|lekara|doktora|pohotovost|pohotovost: doctor
jeden|jedna|jedno: one; dva|dve: two; tri|tremi: three; ctyri|styri: four; pet|pat: five; sest|sest: six; deset|desat: ten
hlava|hlave|hlavy|hlavu|hlavou: head; na hlave|vlasova cast|pokozka hlavy|koza hlavy|pokozce hlavy: scalp
vlasy|vlasu|vlasov: hair
oblicej|tvar|tvari|obliceji: face; oko|oci|oka|ociach|ocima: eyes; vicko|vicka|viecka|ocni vicka: eyelids
rty|pery|rtech: lips
jazyk: tongue; krk|hrdlo: throat; sija|zatylek|krku: neck; hrudnik|hrud|na hrudi|v hrudi: chest; srdce: heart
ruka|ruku|paze|ruke: arm
noha|nohu: leg; kuze|koza|kuzi|kozi|kuzi: skin
vpich|vpichy|vpichu|injekce|injekci|injekcie|vpichoch|miesto vpichu|misto vpichu: injections
mezoterapie|mezoterapii|mezoterapia|mezoterapiu|mezoterapii|mezoterapiou|mezo: mesotherapy
bulka|bulku|bulky|boule|bouli|hrbolek|hrbolky|uzlik|uzliky|hrca|hrcka|hrcku|hrcky|bulicka|bula: lump
nove bulky|dalsi bulky|nove hrcky: new lumps
absces|abscesu|vred|fleg|nezit|furunkl: abscess
hnis|hnisu|hnisa|hnisavy|hnisava|hnisave|tece hnis|vytekal hnis|vytekajuci hnis: pus
cerveny|cervena|cervene|zarudly|zarudla|zarudle|zarudnuti|zarudnutie|zarudnuta|zcervenala|sceravenala|zapaleny|zapal: red
otok|oteklo|otekla|oteklina|oteklina|opuch|opuchnuty|opuchnuta|opuchlina|oteky: swollen
horky|horka|horke|tepla|teply|teple|pali: hot
boli|bolest|bolesti|bolestivy|bolestiva|bolave|bola|bolelo: it hurts
nesnesitelne|nesnesitelna|neznesitelna|neznesitelne: unbearable
horecka|horecku|teplota|teplotu|horucka|horucku|zvysena teplota: fever
zimnice|tresu se|trasu sa|klepu se|tras|trasie ma|zimnica: chills
nemuzu prestat se trast|nemozem prestat sa triast: can not stop shaking
bolest svalu|bolia svaly|boli me svaly|bolest svalov: muscle pain
siri se|se siri|rozsiruje se|sa siri|sa rozsiruje|siri|rozlezla se|rozlieza sa: is spreading
rychle|rychlo|velmi rychle: fast
kazdou hodinu|kazdu hodinu|kazdou minutou: every hour
zvetsuje|zvetsuje se|roste|rastie|zvacsuje|zvacsuje sa|vetsi|vacsi: is growing
cervene pruhy|cervene cary|cervene ciary|pruhy: red streaks; bolest hlavy|boli hlava|boli ma hlava|boli me hlava: headache
ztuhly krk|stuhnuty krk|ztuhla sija|stuhnuta sija|nemuzu ohnout krk: stiff neck
vadi svetlo|boli svetlo|svetlo boli|citlivy na svetlo: light hurts
zvraci|zvracel|zvracela|zvracim|vracia|vracal|vracala|zvracanie|zvraceni: vomiting
zmateny|zmatena|zmateni|zmateny je|dezorientovany|dezorientovana|nevi kde je|nevie kde je|mluvi z cesty: confused
nezretelna rec|zadrhava|huhnalo|blabla|nezrozumitelne mluvi: slurred speech
ospaly|ospala|spavy|nejde probudit|nejde ho probudit|nejde ji probudit|neda sa zobudit: drowsy
krece|zachvat|zachvaty|epilepticky zachvat|krce: seizure
vidim dvojite|dvojite videni|dvojite videnie|vidi dvojmo: double vision
slaba|slaby|slabost|ochrnuty|ochrnuta|poklesly kutik: weak
nemuzu hybat|nemuze hybat|nemuzu pohnout|nemuze pohnout|nemozem hybat|nemoze hybat|nemozem pohnut: can not move
levou rukou|levou rukou je|levou nohou|pravou rukou|pravou nohou|lavou rukou|pravou rukou je: one arm
najednou|naraz|zrazu: suddenly
uplne|uplne je|celkom: completely
ztratil vedomi|ztratila vedomi|omdlel|omdlela|odpadl|odpadla|zkolaboval|zkolabovala: fainted
dusnost|nemuzu dychat|nemozem dychat|tezko se dycha|tazko sa dycha|lapa po dechu|rychle dycha|pisti|sipot: breathless
busi srdce|busenie srdca|buseni srdce|rychly tep|vysoky tep|zrychleny tep|buchanie srdca: heart racing
bolest na hrudi|boli na hrudi|tlak na hrudi: chest pain
bledy|bleda|bledy jako stena: pale; modre|modra|modry|modrave|fialove: blue
mramorovana|mramorovany|skvrnita|flekata|flakata: mottled
vyrazka|vyrazku|tecky|skvrny|fliacky: rash
nezmizi pod sklenici|nebledne|nezmizne pod pohare|nezmizne ked zatlacim: does not fade under a glass
po pritlaceni sklenici nemizi|po pritlaceni sklenici nezmizi|nemizi pod sklenici: does not fade under a glass
pri zatlaceni pohara nezmizne: does not fade under a glass
fialovych tecek|fialove tecky|cervene tecky|malych tecek: spots; vysokou horecku|vysoka horecka: high fever
necural|necurala|nemocil|nemocila|necikal|nemocim|necuram|necikala: no urine
mam pocit ze umru|mam pocit ze zomriem|myslim ze umru: i feel like i might die
padaji vlasy|vypadavaji vlasy|vypadavanie vlasov|lysina|lysiny|lyse misto|lyse miesta|plesiny: hair loss
jizva|jizvy|jazva|jazvy: scar
antibiotika|antibiotik|antibiotiky|atb|penicilin: antibiotics
nepomahaji|nezabira|nezaberaju|nepomohla|nepomohly|nezabralo: not working
cukrovka|cukrovkar|diabetes|diabetik: diabetes; kortikoidy|steroidy|kortizon|prednison|prednisolon: steroids
oslabena imunita|slaba imunita|nizka imunita|imunosuprese: weak immune system
modrina|modriny|modrinu|modrinou|podliatina|hematom: bruise; zltne|zltnu|zlte|zloutne|zezloutla|zozltla: is turning yellow
zakrok|zakroku|zakroce: the session
bolak|bolaku|bolaky: sore; strupy|strupky|strupek: scabs; pali to|stipe|stipanie|stipe to|svedi|svrbi|svedeni: stinging
je to nebezpecne: is it dangerous
jak poznam|ako spoznam|jak poznat: how do you know; co znamena|co to znamena: what does it mean; dekuji|dakujem|diky: thanks
ahoj|dobry den: hello
tak: so; kolem|okolo: around; jen|len: just; ptam|pytam|ptam se|pytam sa: asking; funguje|funguju|pomaha: works
tece|tecie|vytika|vyteka|vytekalo: coming out; z ni|z neho|z nej: from it; vysoka|vysoku|vysokou: high
oteka|otika|otekaji|otekl|opucha|opuchne|opucha mi: is swelling; jeste: still; klinice|klinika|klinike: clinic
tezko se mi polyka|tezko polykam|nemuzu polykat|nemozem prehltat|tazko sa mi prehlta|tezko se polyka: it is hard to swallow
polykat|polykani|prehltat: swallow
sebevrazedne myslenky: suicidal thoughts; sebevrazda: suicide; zabit se: kill myself
mam pocit ze umru|mam pocit ze umiram|pocit ze umru|asi umru|umiram: i feel like i am dying
tresu se|klepu se|tresavka: shivering
hnisaji|hnisa|hnisaj|hnisave|hnisavy|hnis: pus
zacervenanie|zacervenani|zarudnuti|zacervenala|zacervenaly: redness; vpich|vpichu|vpichy|vpichov|vpichoch: injection site
kazdy den|kazdym dnem|kazdym dnom: every day; pomaly|pomalu: slowly; pichali|pichli|napichali|pichala: injected
hola mista|hole misto|hola miesta|hole miesto|lysa mista|lyse misto|lyse miesta|plesiny|plesina: bald patches
presne tam kde|tam kde|presne kde|kde: where; vznikla|vznikly|vzniklo|objevila|objevily: appeared
vacsie|vacsi|vacsia|vetsi|vetsie|vetsa: bigger; tam: there; mi: -; delali|udelali|robili|spravili|davali: they did
kamaradka rikala|kamarad rikal|kamaradka rekla|kamarad rekl: my friend said; rikala|rikal|rekla|rekl: said
maji masirovat|se maji masirovat: should be massaged; masirovat: massage; je to pravda: is that true; pravda: true
cukrovku|cukrovka|cukrovkou: diabetes; scervenalo|scervenala|zcervenalo|zcervenala: turned red; miesto|misto: spot
strasnou zimnici|strasna zimnice: terrible chills; zimnici|zimnice: chills
tresu se cela|tresu se cely|tresu se: i am shaking all over
nemuzu prestat|nemuzu prestat se trast: i can not stop; cvakaji mi zuby|cvakaji zuby: my teeth are chattering
nemuzu popadnout dech|nemohu popadnout dech|nemuze popadnout dech|popadnout dech: can not catch my breath
dycham|dycha|dychat: breathing; strasne rychle|hrozne rychle: very fast; otekle|otekly|oteklou: swollen
nepoznava me|nepoznava mne|nepoznava nas|nepoznava: does not recognise me; od rana: since this morning
mluvi nesrozumitelne|mluvi nezretelne|mluvi zmatene|mumla: slurred speech
hrozna|hroznu|hrozny|strasna|strasnu|strasny: terrible; po celom tele|po celem tele: all over my body
triasku|triaska|triasol|triasla|tresavka|tresavku|zimnicu|zimnica: shivering
"""

_CS_UNITS = (
    r"(?:dnem|dny|dnami|dni|tydnem|tydny|tyzdnom|tyzdnami|mesicem|mesici|mesiacom|mesiacmi|rokem|lety|rokom|rokmi|hodinou"
    r"|hodinami|minutami)"
)
RULES: Dict[str, Tuple[Rule, ...]] = {
    # "pred tremi tydny" (three weeks ago): the span first, then "ago"
    "cs": ((rf"\bpred ((?:\S+ )?{_CS_UNITS})\b", r"\1 ago"),),
}

LANGUAGES: Dict[str, str] = {"sv": SWEDISH, "cs": CZECH}
