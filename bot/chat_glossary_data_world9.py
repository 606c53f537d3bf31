"""Glossaries for Hungarian ("hu") and Finnish ("fi"), same format as `bot.chat_glossary_data`; registered through
`bot.chat_glossary_data_world`. Their letters (á é í ó ö ő ú ü ű; ä ö) fold to plain ones before matching, so keys are
written without them.

Both put "ago" after the span, as English does ("két napja", "kaksi päivää sitten"). Hungarian "nem tudom, hol
vagyok" (I do not know where I am) has a comma before the question word; ``RULES`` drop it, as for Polish.
"""

from __future__ import annotations

from typing import Dict, Tuple

Rule = Tuple[str, str]

HUNGARIAN = """
en: i; nekem van|van nekem: i have; nekem: i; van: is; vagyok: i am; volt: was; nincs|nincsen|nincs nekem: there is no
nem: not; sem|se: nor; semmi|semmit: nothing; es: and; vagy: or; de|viszont: but; is: also
nagyon|eleg|borzasztoan: very
kicsit|egy kicsit|enyhen|enyhe: a little; meg mindig|meg mindig van|tovabbra is: still; mar: already; most|jelenleg: now
ma: today; tegnap: yesterday; tegnap este|ejjel|az ejjel: last night; ma reggel|reggel: this morning; ma este: tonight
utan|utana|utani: after; ota|azota: since; ezelott|napja|hete|honapja|eve: ago; nap|napig: day; napok|napokig: days
het|hetig: week; hetek: weeks; honap: month; honapok: months; ev: year; evek|evekkel ezelott|sok eve: years ago
ora|oraja|oraig: hours; perc|perce|percig: minutes; fok: degrees; ha: if; amikor|mikor: when; mert|mivel: because
normalis ez|ez normalis|normalis|normalis hogy: is it normal; mit csinaljak|mit tegyek|mit kell tennem: what should i do
mennyi ideig: how long; miert: why; ujra|megint|ismet: again; jol vagyok|minden rendben|rendben van: all fine
jobban|jobb: better; rosszabb|rosszabbodik|romlik|egyre rosszabb: worse; elmult|meggyogyult|eltunt|lelohadt: went away
nem mulik el|nem mulik|nem tunik el: is not going away; azt mondja|mondja: says; azt mondta|mondta: said
baratom|baratnom|baratnoje|haverom: my friend; ferjem|parom: my husband; felesegem: my wife; anyam|anyukam|edesanyam: my mum
apam|apukam|edesapam: my dad; fiam: my son; lanyom: my daughter; novérem|nover|hugom: my sister; batyam|ocsem: my brother
orvos|orvoshoz|haziorvos|ugyelet|surgosseg: doctor; mento|mentot|mentok: ambulance; korhaz|korhazba: hospital
fej|fejem|fejemen|fejen: head; fejbor|fejborom|fejboron|fejboromon|fejborom|fejbort: scalp; haj|hajam: hair
arc|arcom: face; szem|szemem|szemeim|szemhejam|szemhej: eyes; ajak|ajkam|ajkaim|szam: lips; nyelv|nyelvem: tongue
torok|torkom: throat; nyak|nyakam: neck; mellkas|mellkasom|mellkasomat: chest; sziv|szivem: heart; bor|borom: skin
injekcio|injekciok|injekciot|szuras|szurasok|szuras helye|szurasok helyen|szurcsapas: injections
mezoterapia|mezoterapiat|mezoterapias|fejbor mezoterapia|haj mezoterapia: mesotherapy
csomo|csomok|csomot|csomo van|dudor|dudorok|gomb: lump; talyog|keles|tályog: abscess
genny|gennyes|gennyezik|genny jon|gennyedzik: pus; piros|voros|bepirosodott|kipirosodott|pirossag|borpir: red
dagadt|bedagadt|megdagadt|duzzadt|feldagadt|duzzanat|duzzanatot|duzzadas: swollen; meleg|forro|tuzes: hot
elfertozodott|fertozott|fertozes|begyulladt|gyulladt|gyulladas: infected
faj|fajdalom|fajdalmas|fajdalmat|sajog|hasogat: pain; elviselhetetlen|kibirhatatlan: unbearable
szornyen|rettenetesen: terribly
laz|lazas|lazam|lazam van|magas laz|magas lazam: fever; hidegrazas|raz a hideg|reszketek|remegek|didergek|vacog: chills
nem tudom abbahagyni|nem all le|nem tudok leallni: uncontrollably; izomfajdalom|fajnak az izmaim: muscle pain
terjed|terjedt|szetterjed|terjed a pirossag: is spreading; gyorsan: fast; egy: a; orarol orara: every hour
no|egyre nagyobb|nagyobb lett|megnott|nagyobb: is growing; piros csikok|voros csikok|csikok: red streaks
fejfajas|faj a fejem|hasogat a fejem: headache; eros fejfajas|borzaszto fejfajas|szornyu fejfajas: severe headache
merev nyak|merev a nyakam|nyakmerevseg|nem tudom mozgatni a nyakam: stiff neck
nem birom a fenyt|bantja a szemem a feny|fenyerzekeny|faj a feny: light hurts; hanyok|hanytam|hanyas|hanyingerem: vomiting
zavart|zavaros|osszezavarodott|ossze vagyok zavarodva|zavarodott|nem tudja hol van|nem tudom hol vagyok: confused
hol vagyok: where i am; hol van: where he is; nem tudom: i do not know; nem tudja: does not know
alig tudok beszelni|nem tudok beszelni|osszefolyik a beszed|motyog|akadozik a beszede: slurred speech
aluszekony|nagyon almos|nem lehet felebreszteni|nem ebred fel|alig lehet felebreszteni: drowsy
gorcs|gorcsroham|gorcsolt|roham|rangatozik|rangatozott: seizure; kettos latas|duplan latok|kettot latok: double vision
gyenge|gyengeseg|beno|lebenult: weak; elajult|elajultam|ajulas|osszeesett|elvesztette az eszmeletet: fainted
nehezen kapok levegot|nem kapok levegot|fulladok|legszomj|nehez a legzes|alig kapok levegot: breathless
gyorsan ver a szivem|hevesen ver a szivem|szivdobogas|kalapal a szivem|szapora pulzus|szaporan ver: heart racing
mellkasi fajdalom|faj a mellkasom|szorit a mellkasom|nyomas a mellkasomban|szoritas a mellkasban: chest pain
sapadt|falfeher|hamuszurke: pale; kek|kekes|lilas|elkekult: blue; marvanyos|foltos: mottled; kiutes|pottyok|foltok: rash
nem halvanyul|nem tunik el ha megnyomom|pohar alatt sem tunik el|pohar alatt sem halvanyul: does not fade under a glass
nem pisiltem|nem vizeltem|nem tudok pisilni: i have not urinated
meg fogok halni|azt hiszem meghalok: i feel like i might die
antibiotikum|antibiotikumot|antibiotikumok: antibiotics; nem segit|nem hasznal|nem hatott: not working
heg|hegesedes|heges: scar; kopasz folt|kopasz foltok: bald patch; hajhullas|kihullott a hajam: hair loss
az injekcio helyen|az injekciok helyen|injekcio helyen: at the injection site; keletkezett|alakult ki|jelent meg: appeared
cukorbeteg|cukorbetegseg|cukorbetegsegem: diabetes; szteroid|szteroidot: steroids; csak: only
az elso napon|elso nap|elso napon: on the first day; baratnomnek|baratomnak|baratnomnek volt: my friend had
talyogja|talyogom|talyogot|kelese: abscess; volt neki|neki volt: he had; tavaly: last year; teljesen: completely
ferjemnek|ferjemnek volt: my husband had; felesegemnek: my wife had; anyamnak|anyukamnak: my mum had
felvagtak: it was cut open
azota rendben van|azota jol van|azota minden rendben|azota teljesen rendben van: fine since; majdnem: nearly
az arat|arat|az ara: the price; megmondtak|mondtak: they told me
mellkasi fajdalm*: chest pain; fejfaj*: headache; eros|nagyon eros: strong
fajdalm*: pain; talyog*: abscess; genny*: pus; csomo*: lump; duzzan*|dagad*: swollen
gorcs*: seizure; hanyinger*|hany*: vomiting; kiutes*: rash; elajul*|ajuld*: fainted; zavarod*: confused
ott ahol szurtak|ahol szurtak|ott ahol szurt|a szurasok helyen|a szuras helyen: where they injected; lett: appeared
szapora a szivveresem|szapora a pulzusom|szapora szivveres: my heart is racing; szivveresem|pulzusom: my pulse; korul: around
faj minden izmom|minden izmom faj|minden izom faj: all my muscles hurt
fel se tudok kelni|fel sem tudok kelni: i can not get up
mintha meghalnek|mintha meg fognek halni|ugy erzem meghalok: i feel like i might die
olyan erzesem van|az az erzesem: i feel; rosszul vagyok|rosszul erzem magam: i feel unwell; egyre rosszabb: getting worse
"""

FINNISH = """
mina|ma: i; minulla on|mulla on|minulla oli|mulla oli: i have; minulla ei ole|mulla ei oo|minulla ei oo: i do not have
on: is; oli: was; ei|en|eika: not; ei ole|ei oo: there is no; mitaan|ei mitaan: nothing; ja: and; tai: or; mutta: but
myos|kans: also; tosi|todella|hyvin|erittain|kauhean|tosi paha: very; vahan|hieman|lievasti|lieva: a little
viela|edelleen|yha: still; jo: already; nyt|nyt on: now; tanaan: today; eilen: yesterday; eilen illalla|yolla: last night
tana aamuna|aamulla: this morning; tana iltana|illalla: tonight; jalkeen|jalkeen kun: after; lahtien|asti: since
sitten: ago; paiva|paivaa: day; paivat|paivaa sitten: days ago; viikko|viikkoa: weeks; kuukausi|kuukautta: months
vuosi|vuotta|vuosia sitten: years ago; tunti|tuntia|tunnin: hours; minuutti|minuuttia: minutes; astetta|asteen: degrees
jos: if; kun: when; koska: because; onko normaalia|onko tama normaalia|normaalia|onko se normaalia: is it normal
mita teen|mita pitaisi tehda|mita mun pitais tehda: what should i do; kuinka kauan: how long; miksi: why
taas|uudestaan|jalleen: again; kaikki hyvin|olen kunnossa|voin hyvin: all fine; parempi|parani|paranee: better
pahempi|pahenee|paheni|pahentunut: worse; meni ohi|parantui|havisi|laski: went away; ei mene ohi|ei parane: is not going away
sanoo|sanoo etta: says; sanoi|sanoi etta: said; ystava|ystavani|kaveri|kaverini: my friend
mieheni|mies|puolisoni: my husband
vaimoni|vaimo: my wife; aiti|aitini: my mum; isa|isani: my dad; poika|poikani: my son; tytar|tyttareni: my daughter
sisko|siskoni: my sister; veli|veljeni: my brother; laakari|laakariin|terveyskeskus|paivystys|paivystykseen: doctor
ambulanssi|ambulanssin: ambulance; sairaala|sairaalaan: hospital
paa|paan|paahan|paassa|paata: head; paanahka|paanahan|paanahassa|paanahkaan|paanahkani: scalp; hiukset|tukka|hiuksia: hair
kasvot|naama|kasvoni: face; silma|silmat|silmani|silmaluomet: eyes; huulet|huuleni: lips
kieli|kieleni: tongue
kurkku|kurkkuni: throat; niska|niskani|kaula: neck; rinta|rintakeha|rintaa|rinnassa: chest; sydan|sydameni: heart
iho|ihoni: skin
pistos|pistokset|pistoskohta|pistoskohdat|pistoskohdassa|pistokohta|piikki|piikit|injektio|injektiot: injections
mesoterapia|mesoterapian|mesoterapiassa|mesoterapiaa|mesohoito: mesotherapy
kyhmy|kyhmyt|kyhmyja|patti|patit|paukama|paukamia|moykky: lump; paise|paiseet|marka paise|markapaise|absessi: abscess
mata|markaa|markiva|markii|maatia|tulee markaa: pus; punainen|punoittaa|punoitus|punottava|punaisena: red
turvonnut|turpoaa|turvotus|turvoksissa|turvoksiin: swollen; kuuma|lammin|kuumottaa|kuumottava: hot
tulehtui|tulehtunut|tulehdus|tulehduksessa: infected; kipu|kipea|sattuu|sarkee|kivulias|kipua: pain
sietamaton|sietamattoman|sietamatonta: unbearable; kuume|kuumetta|kuumeinen|korkea kuume|kuumeessa: fever
vilunvaristykset|vilu|palelee|tarisen|taristaa|horkka|vapisen|vapisee: chills; en pysty lopettamaan|ei lopu: uncontrollably
lihaskipu|lihaksia sarkee: muscle pain; leviaa|levinnyt|levisi: is spreading; nopeasti|tosi nopeasti: fast
tunti tunnilta: every hour; kasvaa|kasvanut|isompi|suurempi|isommaksi: is growing
punaiset juovat|punainen juova|juovia: red streaks
paansarky|paakipu|paata sarkee|paata sattuu: headache; kova paansarky|kova paakipu|hirvea paansarky: severe headache
kova: hard
niska on jaykka|jaykka niska|niska jaykkana|niskan jaykkyys|en pysty kaantamaan paata: stiff neck; jaykka: stiff
en siedä valoa|en sieda valoa|valo sattuu|valoherkka|valo sattuu silmiin: light hurts
oksennan|oksentaa|oksensin|oksentelu|oksentanut|oksettaa: vomiting
sekava|sekaisin|hammentynyt|ei tieda missa on|en tieda missa olen|ei tunnista: confused
puhe sammaltaa|sammaltaa|puhe on epaselvaa|puhe puuroutuu|en saa sanoja ulos: slurred speech
uninen|tokkurainen|ei hera|vaikea herattaa|en meinaa pysya hereilla: drowsy
kouristus|kouristuksia|kouristaa|kouristeli|kohtaus|nykii: seizure; nakee kahtena|naen kahtena|kaksoiskuvat: double vision
heikko|heikkous|halvaantunut|toinen puoli ei toimi: weak; pyortyi|pyorryin|pyortyminen|lyyhistyi|kaatui: fainted
hengenahdistus|en saa henkea|vaikea hengittaa|hengastyttaa|henki ei kulje: breathless
sydan hakkaa|sydan lyo nopeasti|sydamentykytys|sydan tykyttaa|pulssi on korkea|sydan jyskyttaa: heart racing
rintakipu|rintaan sattuu|rintaa puristaa|rintaa painaa: chest pain; kalpea|kalvakka|harmaa: pale
sininen|sinertava|sinisena|sinertavat: blue; marmoroitunut|laikukas|laikukkaana: mottled; ihottuma|pilkkuja|pisteita: rash
ei havia|ei haalistu|ei katoa|ei vaalene: does not fade under a glass
en ole pissannut|en ole virtsannut|ei ole tullut pissaa: i have not urinated
luulen etta kuolen|tuntuu etta kuolen|tunnen etta kuolen: i feel like i might die
antibiootti|antibiootit|antibiootteja|antibioottikuuri: antibiotics; ei auta|ei auttanut|ei tehonnut: not working
arpi|arpinen|arpeutunut: scar; kalju laikku|kalju lakki|kaljuja kohtia|hiustenlahto|hiukset lahtivat: hair loss
diabetes|sokeritauti: diabetes; kortisoni|steroidit|steroideja: steroids; vain|ainoastaan: only; eika|eikä: nor
ensimmaisena paivana|ensimmainen paiva|ensimmaisena paivana vain: on the first day; punoitusta|punoittava: red
ystavallani oli|kaverillani oli: my friend had; ei tule: does not come; ei levia: is not spreading; netista|netissa: online
kauhutarinoita|kauhutarinoista: horror stories; lukenut: read
kaksoiskuv*: double vision; naen: i see; kovasti: badly; vilunvarist*: shivers
joita en saa loppumaan|joka ei lopu|jotka eivat lopu: that will not stop; melkein|melkeen|lahes: nearly
hinta|hinnan: the price; sai minut: made me; sain: i got; vuonna: in; avattiin|se avattiin: it was drained
parani taysin|parani kokonaan: healed completely
hengitan tosi nopeasti|hengitan nopeasti|hengittaa nopeasti: breathing very fast; enka saa henkea|en saa henkea: breathless
paise*: abscess; kyhmy*: lump; tulehtu*: infected; punoit*: red; turvo*|turpo*: swollen; kuumee*: fever; oksen*: vomiting
kouris*: seizure; pyorty*|pyorry*: fainted; sekav*: confused; ihottum*: rash; marki*: pus
en ole kaynyt pissalla|ei ole kaynyt pissalla|en ole pissannut|ei ole pissannut: i have not peed
yli vuorokauteen|yli vuorokausi|vuorokauteen: for over 24 hours; pistokohdat|pistokohta|pistokohdassa: injection sites
tehtiin: was done
kurkkua kuristaa|kurkkua puristaa|kurkku kuristaa|kurkku puristaa|kurkkua ahdistaa: my throat is tight
"""

RULES: Dict[str, Tuple[Rule, ...]] = {
    "hu": ((r",\s*(?=(?:hol|hogy|mit|ki|hova)\b)", " "),),  # "nem tudom, hol vagyok": one clause, as in English
    # "kuumetta ei ole" (fever there-is-not): the negator first, where the detector reads it
    "fi": (
        (r"(^|[,.;:!?]\s*|\b(?:ja|mutta|mut) )([a-z]+) (ei|en) (ole|oo|tule)\b", r"\1\3 \4 \2"),
        (r",\s*(?=(?:joka|jotka|joita|jota|mika|missa)\b)", " "),  # a relative clause: one clause, as in English
    ),
}

LANGUAGES: Dict[str, str] = {"hu": HUNGARIAN, "fi": FINNISH}
