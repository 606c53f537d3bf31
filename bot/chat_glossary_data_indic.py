"""Romanised Bengali, Telugu, Tamil, Nepali, Punjabi, Urdu, Gujarati, Kannada and Malayalam, read by the romanised
Hindi glossary (format: `bot.chat_glossary_data`).

Patients from South Asia type their own language in Latin letters ("ami meso korechhi 10 din age, puj berochhe",
"thalai vali thaanga mudiyala"); langdetect has no profile for any of them, and their words for fever, pus, lumps and
breath are few and distinct. One glossary reads them all, appended to Hindi's: the languages share "din" (days),
"laal" (red), "behosh" (fainted), and a message mixes them with English. Keys that are common words of a nearby
language are left out ("pani" is Malayalam fever but Hindi water, "ma" and "en" are too short to mean anything).
"""

from __future__ import annotations

ROMANISED_SOUTH_ASIAN = """
ami: i; amar: my; amake|amay: i have; korechhi|korechi|korlam|koriyechi|korsi: had; korar por|korbar por|korar pore: after
hoyeche|hoyechhe|hoise|hoyechhe: has; hoyechilo|hoyechhilo|hoyesilo: was; ekta: a; theke: from; kichu: some; khub|khoob: very
ekhon|akhon: now; ekhono|akhono: still; ekhono jayni|ekhono jay ni|ekhono jachhe na|ekhono jacche na: still not gone
jayni|jay ni|jachhe na|jacche na|kome na|komche na: not going away; age chilo na|aage chilo na|age chhilo na: new
onek bochor age|anek bochor age|bohu bochor age: many years ago; bochor age|bochhor age: years ago; bochor|bochhor: years
shoptaho|saptaho|shoptah|soptaho: weeks; mash|maas: months; ghonta: hours; din age|diner age: days ago
mamar|mama r|kaku|kakur|kaka|jethu|mesho: uncle; mashi|pishi|kakima|mami: aunt; bondhu|bondhur: friend
bou|amar bou|stri|boudi: wife; swami|amar swami|amar bor: husband
sustho|shustho|bhalo achi|bhalo ache|bhalo achhe|thik achi|thik ache|thik achhe|sere geche|sere gechhe: fine
jor|jwor|jvor|gaye jor|gaa gorom: fever; jor nei|jwor nei|jor nai|jor nei kono: no fever; gorom|garom: hot
matha|mathay|mathae|mathate|matha te|mathar: head; mathar chamra|mathar chamrar|mathar chamray: scalp
fola|phola|fule geche|phule geche|phule gechhe|fule gechhe|fulechhe|phulechhe: swollen
byatha|betha|batha|byetha|byatha korche|byetha korchhe: pain; byatha nei|betha nei|byatha nai: no pain
puj|pooj: pus; puj berochhe|puj berocche|puj berchhe|puj beroche|puj berocchhe|puj porchhe: pus is coming out
puj nei|puj nai: no pus; gutli|guti|gota|foskuri: lump; gutli gulo|guti gulo|gutlir: lumps; notun gutli: new lump
shokto: firm; notun: new; chhoriye jacche|chhoriye porche|choriye jacche|chhoriye jachhe|chorachhe|chhorachhe: is spreading
boro hocche|baro hocche|boro hochhe|bere jacche|bere jachhe|barchhe|barche: is growing
shash|shwash|shwas|nishwas|nisshas|shas: breath; shash nite parchi na|shash nite kosto|nishwas nite parchi na: i can not breathe
shwas nite parchi na|shash nite parche na|shash nite kashto|shwaskoshto|shash koshto|shash kosto: difficulty breathing
kapuni|kapchi|kapchhe|kanpchhe|kaanpchhe|kapche: shivering; thanda lagche|thanda lagchhe|sheet lagche: chills
jagano jachhe na|jagano jacche na|jagate parchi na|ghum theke uthche na|ghum theke uthchhe na: hard to wake
gyan haralo|gyan hariye|ogyan hoye gelo|oggan hoye gelo|ojnan hoye gelo|agyan hoye gelo|gyan nei: fainted
abol tabol bolche|abol tabol bolchhe|ulto palta bolche|bhul bokche: talking nonsense
chinte parche na|chinte parchhe na|chinchhe na|chinche na: does not recognise anyone

nenu: i; naaku|naku: i have; naa: my; chala samvatsarala kritam|chaala samvatsarala kritam: many years ago
samvatsarala kritam|samvatsaram kritam|samvatsaralu kritam|endla kritam|yella kritam: years ago
kritam|kindata: ago; rojula|rojulu|rojuluga|roju: days; vaaralu|varalu|vaaralaga: weeks; nelalu|nela: months
tarvata|tarwata|taruvata|tarwatha|taruvaatha|tarvatha: after; vachindi|vachhindi|vacchindi|vachayi|vacchayi|vachai: appeared
ippudu|ipudu: now; baagane undi|bagane undi|bagundi|baagundi|bagane unnadu|bagane unnaru|baagane unnaru: is fine
tagginchindi|taggipoyindi|taggipoyayi|tagipoyindi: went away; undi|unnadi|unnayi: is; oka: a; chala|chaala: very
gadda|gaddalu|gaddalu vachayi: lump; erraga|erra|errani|errabaddadi: red; vediga|vedigaa: hot; noppi: pain
noppiga|noppi ga|noppigaa: painful; noppi ledu: no pain; vaapu|vapu|ubbindi|ubbipoyindi: swollen
cheemu|chimu|cheem: pus; cheemu vastondi|cheemu vastundi|chimu vastondi: pus is coming out; cheemu ledu: no pus
jwaram|jvaram|jwarm: fever; jwaram ledu|jvaram ledu: no fever; chali jwaram: fever with chills
vanukutundi|vanukutunnanu|vanukutunnadu|vanukutondi|vanuku: shivering; tala|thala: head
tala noppi|talanoppi|thala noppi|thalanoppi: headache; meda: neck; gonthu: throat
injection chesina chota|injection chesina chotu|injection chesina daggara|injection icchina chota: injection site
oopiri|upiri|swasa: breath; oopiri adatledu|upiri adatledu|oopiri aadatam ledu|upiri aadatam ledu: i can not breathe
swasa adatledu|oopiri tiskolekapotunna|upiri teesukolekapotunna|oopiri teesukolekapotunna: i can not breathe
spruha ledu|spruha lekunda|spruha tappindi|spruha kolpoyadu|spruha kolpoyindi: unconscious
padipoyadu|padipoyindi|kinda paddadu|kinda padindi: collapsed
vyapistondi|vyapistundi|paakutondi|pakutondi|paakutundi|pakutundi: is spreading
peddadavutondi|peddaga avutondi|perugutondi|peddavutondi: is growing
nidramattu|mattuga: drowsy; lepalekapotunnam|lepite levadam ledu|levatledu|lepina levatledu: hard to wake
ayomayam|ardham kavatledu|gandaragolam: confused

naan: i; enakku|enaku: i have; ennoda|ennudaya|enoda: my; appa: dad; amma: mum; avaru|avar|avan: he; aval: she
avarukku|avanukku: he has; thalai|thalaila|thalaiyil|thalaila irundhu: head
thalai vali|thalaivali|thala vali|thalavali: headache; valikkudhu|valikudhu|valikuthu: hurts
vali romba|romba vali|vali adhigam|vali romba adhigam: severe pain
vali illa|valikala|valikkala|vali illai: no pain; thaanga mudiyala|thanga mudiyala|thaanga mudiyalai: unbearable
kaichal|kaaichal|kaichchal|juram: fever; kaichal illa|kaichal illai|juram illa: no fever
veekkam|veekam|veengi|veengirukku|veengiyirukku: swollen; seel|seezh|seezhu: pus
seel vandhuchu|seel varudhu|seel varuthu|seezh varudhu|seel vadiyudhu: pus is coming out
sivappu|sivappa|sevappu|sivanthu: red; soodu|suudu|sooda: hot; katti|kattigal: lump; chinna|chinna chinna: small
katti vandhurukku|katti vandhirukku|katti vanthirukku|katti vandhuchu: a lump has appeared
kazhuthu|kaluthu|kazhutthu: neck; kazhuthu viraichirukku|kazhuthu viraippa|kaluthu viraippu|kazhuthu viraippu: stiff neck
viraippu|viraichirukku: stiff; vaanthi|vanthi|vaandhi|vaanthi edukkuthu|vaanthi edukudhu|vanthi varudhu: vomiting
light paatha kann koosuthu|light paatha kannu koosudhu: light hurts my eyes
velicham paatha kann koosudhu|light paatha kann koosudhu: light hurts my eyes
kann koosudhu|kannu koosudhu|kann koosuthu|kannu koosuthu: light hurts my eyes
moochu|mucchu: breath; moochu vida mudiyala|moochu vidamudiyala|moochu vida kashtama|moochu thinarudhu: i can not breathe
moochu thinaruthu|moochu vida mudiyalai|moochu vangudhu: i can not breathe; mayakkam|mayakama: dizzy
mayangi vizhundhutaan|mayangi vizhundhaar|mayangittaru|mayangitaru|mayangi vizhundhutta|mayangitta: fainted
kuzhappam|kulappam|kuzhambi|confuse aagi: confused; ularal|ularuraaru|olari pesuraaru|ularuran: talking nonsense
yaarunu theriyala|yaarunu kooda theriyala|adayalam theriyala|yarunu theriyala: does not recognise anyone
nadukkam|nadungudhu|nadunguthu|nadukkudhu|nadungudu: shivering; kulir|kulirudhu: chills
paravudhu|paravuthu|paraviduchu|paravidichu|paraviduthu|paravuthu: is spreading
perusagudhu|perusaaguthu|perusa aagudhu|perisagudhu|perusaagudhu: is growing; ippo|ippodhu|ippothu: now
aprom|apram|appuram|piragu|pinnadi: after; panni|panna|pannaru|pannen|pannunen|panninen: had; aachu|aagudhu|aagi: -
vaaram|vaarangal|varam: weeks; naatkal|naal: days; maasam|masam: months; varusham|varusam: years
varusham munnadi|varushangalukku munnadi|varusathuku munnadi: years ago; munnadi|munaadi: ago; romba|rompa: very
vegama|vegamaa: fast; mugam|mugathula: face; mani nerathula|mani neram: hours; rendu: two; moonu: three
illa|illai|ille: not; aana: but; pogala|poga la|pogalai|poagala|poagalai: not going away; innum|inum: still
sari aayiduchu|sariyayiduchu|nalla irukken|nalla irukaanga|nallaa irukaanga|nalla irukaru|nalla irukkaru: is fine
thookam|thookama|thookkam|thookkama: drowsy; ezhuppa mudiyala|ezhuppa mudiyalai|endhirikka mudiyala: can not wake him

mero: my; malai: i have; shrimati|shreemati|shrimatee: wife; shriman|shreeman|logne: husband; bahini: sister
dai: brother; aama: mum; buwa: dad; uhaa|uha|unle|usle: she
tauko|taauko|tauka|taukoma|tauko ma|tauko ko: head; kapal: hair
jwaro|jworo|jwaro aayo: fever; jwaro dherai|dherai jwaro|jwaro dherai chha|dherai jwaro aayo: high fever
dherai: very; nidaunu|nidaune|nidaucha|nidaaunu|nidauna|nidra laagyo: drowsy
dherai nidaunu hunchha|dherai nidaucha|dherai nidaunu: very drowsy
uthauna garo|uthauna gaaro|uthaunai garo|uthauna sakdaina|uthdaina|uthaauna garo: hard to wake
sunnieko|sunieko|sunniyo|suniyo|sunnine|sunnu: swollen; dukhyo|dukhchha|dukheko|dukhai: pain
dukhdaina: does not hurt; rato|raato: red; taato|tato: hot; gaatha|gatha|dallo|dalla: lump; haru: -
sana|saano|sano: small; jadaina|jaadaina|gayena|nagayeko: not going away
pachi|pachhi|paachhi|garepachi|gare pachhi|gareko pachhi|garepachhi: after; hapta|haptaa: weeks
agadi|aghi: ago; ahile: now; tara: but; ra: and
chha|chhan|chhu|hunchha: is; chaina|chhaina|chhain: not; bhayo|bhaeko|bhayeko|lagaunu bhayo: -
sas|swas: breath; sas pugdaina|saas pugdaina|sas ferna garo|saas ferna garo|sas fernu garo|sas linu garo: i can not breathe
chhito chhito sas|chito chito sas|chhito sas: very fast breathing; ghau|ghaau: wound; bigreko|bigriyo|bigrdai: getting worse
behos|bebhos: unconscious; ladyo|dhalyo: collapsed; kaamnu|kamnu|kampeko|kaamdai|kamdai: shivering; jado|jaado: chills
chinina|chindaina|chinna sakena|chinnu sakena: does not recognise anyone; alamal|aalmal|ulto sulto bolchha: talking nonsense
faili rahecha|phaili rahecha|phailiyo|phaildai|failiyo|phailidai: is spreading
thiyo|thiye|thie: was; bhanyo|bhanin|bhanchhan: said; sathi|sathile|saathi: friend; dui: two
varsh|varsha|barsa|barsha: years; varshaaghi|varsh aghi|varsha aghi|varsh agadi|barsa agadi|barsha agadi: years ago
daktar|daktarle: doctor; gantho|gaantho|girkha: lump; yasto: like this; dherailai: many people; hunchh: happens
thik chha|thik cha|thik chh|theek chh|theek chha|theek cha: fine
theek chhan|thik chhan|sanchai chha|sanchai cha|sanchai chh|niko bhayo|niko bhaisakyo: fine
theek hai|thik hai|theek hain|thik hain|theek he|thik he|thik hoi geche|thik hoye geche: fine
didilai|bahinilai: sister; sathilai: friend

mainu: i have; bhen|bhain|bhenji: sister; pehlan|pahlan: ago; hun: now; hoya si|hoyi si|hoi si|hoya: had; aam gall: common
sir te|sir ton|sir vich|sir wich: head; ton baad|toh baad|to baad|ton bad|karan ton baad|karaun ton baad: after
laal dhaari|lal dhari|laal dhari|lal dhaari|laal lakeer|lal lakeer|laal lakir|lal lakir|laal dhariyan: red streak
gardan val ja rahi|gardan wal ja rahi|gardan val jaa rahi|gardan taraf ja rahi|gardan ki taraf ja rahi: spreading towards the neck
gardan val ja reha|gardan wal ja reha|gardan val vadh rahi|gardan ki taraf badh rahi|gardan tak: spreading towards the neck
gandh|gandh ban gayi|gandh bani|gandh ban gai|gandh bani si: lump
ghatdi nahi|ghatdi hi nahi|ghat nahi rahi|ghatda nahi: not going away
ohi di ohi|uddan di uddan|othe di othe: still the same; sojh|sojja|sujja|sujiya|sujj gaya|sujj gayi: swollen
peed|peedh|dukhda|dukhdi: pain; pak gaya|pak gayi|pak pai gai|paak pai gayi: pus
saah|sah: breath
saah nahi aunda|sah nahi aunda|saah nai aunda|saah aukha|saah aukha aunda|saah lain vich dikkat: i can not breathe
ditti|dittiyan|ditti si: gave; veer ji|veerji|paaji|bhaji: -; kamb|kambda|kamb reha|kamb rahi|kambni: shivering
thand lagdi: chills; hosh ni: unconscious

hont: lips; soojh|soojh rahe|soojh rahe hain|soojh gaye|soojh gayi|soojh gaya: swollen; mushkil: difficulty
saans lene mein mushkil|saans lene me mushkil|sans lene mein mushkil|saans lene main mushkil: difficulty breathing
khala|phuppo|phuphi|mumani: aunt; aam baat: common
bilkul theek hain|bilkul thik hain|bilkul theek hein|bilkul thik hein: is completely fine

taav|taav aavyo: fever; sojo|sojo aavyo|sojo chhe: swollen; dukhavo|dukhe chhe|dukhaavo: pain; paru: pus; maathu: head
shwas nathi levato|shwas leva ma taklif|shvas leva ma taklif|shvas nathi levato: i can not breathe; nathi: not

jvara|jwara: fever; novu|noovu: pain; bavu|baavu: swelling; keevu|kivu: pus; kempu|kempagide: red; bisi|bisiyagide: hot
usiraadakke aagtilla|usiraadalu kashta|usiru kattide: i can not breathe

vedana: pain; pazhupp|pazhuppu: pus; chuvappu|chuvannu: red; shwasam kittunnilla|swasam kittunnilla: i can not breathe
bodham poyi|bodham kettu: unconscious
pichhle sal|pichle sal|pichhle saal|pichle saal|pichhle baras: last year; apne aap|apne ap|khud se: on its own
apne aap thik ho gai|apne aap theek ho gai|apne aap theek ho gayi: went away on its own
apne aap thik ho gaya|apne aap theek ho gaya|apne aap thik ho gayi: went away on its own
theek ho gai|theek ho gayi|theek ho gaya|thik ho gai|thik ho gayi|thik ho gaya|apne aap fine: got better
sakti hun|sakta hun|sakti hoon|sakta hoon: can; rahi hun|raha hun|karti hun|karta hun|gayi hun|gaya hun: am
phir se karva|phir se karwa|phir se karvana|phir se karwana|phir se karva lun|dobara karva|dobara karwa: do it again
poori tarah theek ho gayi|puri tarah theek ho gayi|poori tarah thik ho gayi: healed completely
puri tarah thik ho gayi|poori tarah theek ho gaya: healed completely
saans bohat tez chal rahi|saans bahut tez chal rahi|saans tez chal rahi|sans bohat tez chal rahi: breathing very fast
honth neelay|honth neele|hont neelay|hont neele|honth nile: lips blue; ho rahay hain|ho rahe hain: are
pichli dafa|pichhli dafa|pichli baar|pichhli baar|pichli bar: last time
khud theek ho gayi|khud theek ho gaya|khud thik ho gai: went away on its own
sabai kura duivta dekhinchh|sabai kura duita dekhincha|duivta dekhinchh|duita dekhincha|duivta dekhinchha: i see double
do do dikhai de|do do dikhai|har cheez do do dikh|sab kuch do do dikh: i see double
laghvich jhali nahi|laghavi jhali nahi|laghvi jhali nahi|laghvi nahi jhali|laghavich jhali nahi: i have not urinated
kal sakalpasun|kaal sakalpasun: since yesterday morning; sakalpasun: since this morning; sansarg jhala|sansarg: infection
"""
