"""Glossaries for Tagalog/Filipino (with Taglish, the everyday mix with English) and Greek (same format as
`bot.chat_glossary_data`); registered through `bot.chat_glossary_data_world`.

Tagalog keys are written as people type them in chat, short forms included ("wla" wala, "nmn" naman, "sya" siya);
hyphens inside a word ("pulang-pula", "na-infect") become spaces and politeness particles ("po", "daw", "naman")
go first, so they do not split a phrase. The owner comes after a person in Tagalog ("kaibigan ko", my friend), a
"may ... ako" sentence says "I have ...", and "nalilito ang asawa ko" names the confused person last; ``RULES`` put
these in English order. Body parts keep "ko" after them ("masakit ang dibdib ko": "chest pain my").

Greek script is transliterated letter by letter before the glossary (`bot.chat_scripts`: "πυρετός" -> "piretos"),
and people also type Greek in Latin letters ("Greeklish") in many spellings: "έχω" is "exw", "exo", "eho", "echo".
``SPELLING`` brings both to one form before the check and the glossary (χ, ξ and their Latin spellings ch, x, ks
are "h"; ω, w "o"; υ, y "i"; ου "u"; ει, οι "i"; αι "e"; αυ/ευ "av"/"ev"; μπ "b", ντ "d", γκ "g"; θ typed as 8 is
"th"; the consonants Greek doubles single), and its keys are read the same way, so they are written here in Greek
script or as Greeklish, whichever is clearer. A key must not be an English word in that form (English "my" would
be "mi", Greek "μη"; "session" would be "sesion"). ``ACCENTED`` tells "ποτέ" (never) from "πότε" (when) and "ή"
(or) from "η" (the) before the accents go; Greek puts "μου" (my) after a person too.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Dict, Tuple

from bot.chat_scripts import transliterate

Rule = Tuple[str, str]

TAGALOG = """
ako|aq|aku|akong: i; ko|q: my; aking|ang aking|akin|sakin|sa akin|saken|skn: my; ikaw|ka|kaw: you; mo: your
siya|sya|xa|siyang|syang: he; niya|nya|nia|niyang|nyang: his; kami|tayo|kmi: we; sila|cla: they; nila: their; namin|natin: our
ang|yung|ung|iyong|yong|un|ang mga: the
mga|si|sina|ni|nina|po|opo|ho|naman|nmn|nman|ba|b|nga|pala|kaya|e|ano ba|daw|lng|lang po: -; lang|lamang: only; ng: of; sa|s: in
kay|kina: to; ay|ay nasa: is; at|tsaka|saka: and; o|o kaya: or; pero|ngunit|kaso: but; kasi|kc|kse|dahil|dahil sa|kase: because
na|nang: -; para|para sa: for; may|mayroon|meron|mron|me: there is; merong|mayroong: there is; ito|eto|heto|ito ay|itong: this
iyan|yan|iyon|yun|yon|yung ganun: that; dito: here; sobra|sobrang|napaka|talaga|tlga|grabe|grabeng|sobrang sobra: very
medyo|konti|kaunti|konting|kaunting|onti: a little; mas: more
pa rin|parin|pa din|padin|hanggang ngayon|hangang ngayon|pa rin hanggang ngayon: still; pa: -; ngayon|ngaun|ngyon: now
ngayong araw|ngayon araw|ngayong umaga|kaninang umaga|kanina: this morning; mula|simula|mula nung|mula noong|since: since
kahapon pa|mula kahapon|simula kahapon|since kahapon: since yesterday; na ang nakalipas|na ang nakaraan|ang nakalipas: ago
nakalipas|nakaraan|ang nakaraan|ago: ago; pagkatapos|pagkatapos ng|matapos|matapos ang|after ng|after|tapos ng: after
tapos|tas|pagkatpos: then; bago ang|bago ng|bago mag|bago ako|bago yung|bago sa: before; kahapon|khapon|kahpon: yesterday
kagabi|kgabi: last night; bukas: tomorrow; ngayong linggo|ngayong week: this week; noong isang linggo|nung isang linggo: last week
nakaraang linggo|last week: last week; noong isang buwan|nung isang buwan|nakaraang buwan: last month
noong isang taon|nung isang taon|nakaraang taon|last year: last year; ilang taon na ang nakalipas|ilang taon na: years ago
matagal na|dati pa|noon pa|dati|noong araw: long ago; nung bata pa ako|noong bata pa ako|nung bata ako|noong bata ako: as a child
noong|nung|nuong|noon: when; araw|arw: days; isang araw: one day; linggo: weeks; isang linggo: a week; buwan: months
isang buwan: a month; taon: years; isang taon: a year; oras: hours; isang oras: an hour; minuto: minutes; isa|isang: one
dalawa|dalawang|dlwa|dalwang: two; tatlo|tatlong: three; apat: four; limang: five; anim: six; pito|pitong: seven
walo|walong: eight; siyam: nine; sampu|sampung: ten; degrees|grado: degrees; magkaroon|magka|magkaroon ng: get
magkaroon ako ng|magka ako ng: i get; magkalagnat: get fever
kung|kng|pag|kapag|kpag|pagka|kapag nagka|pag nagka|sakaling|sakali: if; paano kung|pano kung|what if: what if; baka|siguro: maybe
kunwari|halimbawa: suppose; kailan|kelan: when; bakit|bkt: why; paano|pano: how; gaano katagal: how long; ilan: how many
pwede|puwede|pede|pwde|pwedeng|puwedeng: can; nandiyan|nandyan|andyan|andiyan|nandun|nandito|andito: there
pwede ba|puwede ba: can i; dapat|kailangan|kelangan: should; dapat ba|kailangan ko bang|kailangan ko ba: should i
hindi|di|hnd|hinde|d|indi: not; wala|walang|wla|wlang: no; hindi naman|di naman|hindi nmn: not; hindi pa|di pa: not yet
kahit kailan hindi|hindi kailanman|never: never; wala na|wla na|wala nang|wala ng|wla ng: no more
wala naman|wala po|wala nmn: none; wala ni isa: none; kahit: even; sakit sa puso|may sakit sa puso: heart disease
wala akong|wla akong|wala ako|walang akong|wla aq|wala aq|wla ako|hindi ako nagkaroon ng|di ako nagkaroon ng: i do not have
wala siyang|wala syang|wala siya: has no; hindi ako|di ako|hnd ako: i am not; hindi siya|di siya|hindi sya|di sya: he is not
hindi ko|di ko|hnd ko: i do not; ako may|ako meron|ako mayroon|meron akong|may akong|mayroon akong|merong akong|meron aq: i have
siya may|sya may|siya meron: he has; sabi|sabi ng|sabi ni|ayon sa|sabi nila|sabi raw|sabi daw: says
sinabi|nagsabi|sinabi ng|sinabi ni: said; sinabi sa akin|sinabihan ako|sabi sa akin|sabi sakin: told me
nabasa ko|nabasa ko online|nabasa ko sa internet|nabasa ko sa facebook|nabasa ko sa fb|nakita ko online: i read online that
narinig ko: i read online that; sa internet|sa online|sa facebook|sa fb|sa forum|sa group|sa tiktok|sa youtube|online: online
normal lang ba|normal ba|normal lang po ba|normal po ba|normal lang ba yun|normal ba yan|ok lang ba|okay lang ba: is it normal
normal lang ba na|normal ba na|normal ba yung|normal lang ba yung|normal lang: is it normal; normal|normal lang yan: normal
ano ang dapat kong gawin|ano dapat kong gawin|anong dapat kong gawin|ano ang gagawin ko|anong gagawin ko: what should i do
ano gagawin ko|ano po gagawin ko|ano dapat gawin|ano ang dapat gawin|ano pong dapat gawin|ano po ang dapat gawin: what should i do
ano gagawin|anong gagawin|ano ang gagawin: what should i do; ano|anu|anong: what; ano ito|ano to|ano yan: what is
ulit|uli|muli|nanaman|na naman: again; lahat: all; ayos lang|okay lang|ok lang|ayos naman|okay naman|ok naman: all fine
magaling na siya ngayon|ok na siya ngayon|okay na siya ngayon|ayos na siya ngayon: she is fine now
ok na|okay na|ayos na|magaling na|okay na ako|ok na ako|ayos na ako|wala na pong problema: all fine now; ayos|ok: fine
masama|pangit: bad; mas mabuti|mas okay|mas ok|umaayos|gumaganda: better; lumala|mas lumala|lumalala|pumapangit|mas masakit: worse
nawala|nawala na|nawala din|nawala rin|humupa|humupa na|bumaba na|naglaho: went away; gumaling|gumaling na|naghilom: healed
pakiramdam ko|nararamdaman ko|ramdam ko|feeling ko|feel ko: i feel; asawa|mister: husband; misis: wife; kapatid na babae: sister
kuya|kapatid|kapatid na lalaki: brother; nanay|inay|nay|mama|mommy|mami|mader|ina: mum; tatay|itay|tay|papa|daddy|dadi|ama: dad
tita|tiya: aunt; tito|tiyo: uncle
anak: child; kaibigan|tropa|barkada|kaibigang: friend; pinsan: cousin; kapitbahay: neighbour; katrabaho|kaopisina: colleague
yung iba|ibang tao|iba|ibang mga tao|maraming tao: others; isang babae|isang lalaki|someone: someone; bata|baby|sanggol: child
tao|mga tao: people; doktor|duktor|dok|doktora: doctor; ulo|olo: head; anit|balat ng ulo|balat sa ulo|scalp: scalp
buhok|bhok: hair; leeg|batok: neck; dibdib: chest; puso: heart; labi|nguso: lips; dila: tongue; lalamunan|lalamunan ko: throat
mata|mga mata: eyes; talukap|talukap ng mata: eyelids; mukha|muka: face; noo: forehead; balat: skin; kalamnan|laman: muscles
braso: arm; kamay: hand; binti|paa: leg; bibig: mouth; ihi|wiwi: urine; umihi|iihi: urinate; huminga|hininga|paghinga: breathe
lumunok: swallow; katawan: body; meso|mesotherapy|mesoterapya|mesotherapi: mesotherapy; session|sesyon|sesiyon|treatment: session
turok|iniksyon|iniksiyon|ineksyon|injection|tusok|injeksyon: injection; mga turok|injections|tinurukan|turukan: injections
pinagturukan|tinurukan ako|lugar ng turok|sa may turok|sa turok|kung saan tinurukan|injection site|pinagtusukan: injection site
mga pinagturukan|mga tinurukan|mga turok sa ulo: injection sites; klinika|clinic|derma clinic: clinic
emergency|emerhensiya|er|sa er|ambulansya: emergency department; ospital|hospital: hospital
antibiotic|antibiotiko|antibiotics|antibyotiko: antibiotics; gamot|tableta|mga gamot: pills
bukol|bokol|bkol|umbok|bukol bukol|maliit na bukol|buko: lump; mga bukol|bukol bukol na|mga umbok: lumps
bagong bukol|bagong mga bukol|mga bagong bukol|bagong umbok|may bago na namang bukol: new lumps; bago|bagong: new
tagihawat|taghiyawat|pimple: pimple; pigsa: boil; abscess|nana sa loob: abscess; cyst|sista: cyst
maga|namamaga|namaga|magang maga|nagmamaga|manas|namamanas: swollen; pamamaga|pamamanas: swelling
pula|pulang|mapula|mapulang|namumula|pulang pula|namula|nagkulay pula: red; pamumula: redness
mainit|mainit init|umiinit|mainit na|maiinit|nag iinit|init: hot; masakit|masakit na|masakit sakit|mahapdi|makirot: painful
sakit|kirot|hapdi: pain; sumasakit|kumikirot|humahapdi|sumakit|kumirot|nananakit|pananakit: hurts
ang sakit ng ulo|ang sakit sa ulo|sakit sa ulo: headache; parang mabibiyak|parang sasabog|parang binibiyak: splitting headache
pong|poh: -; masyado|masyadong: very; hindi makatayo|di makatayo: can not stand; hindi makalakad|di makalakad: can not walk
bigla|biglang: suddenly; parang: like; tanong: question; mawala|mawawala: go away
bago mawala|bago mawawala|bago humupa|bago gumaling: until it goes away; dilaw|madilaw|naninilaw: yellow; berde|maberde: green
lumalabas na dilaw|may lumalabas na dilaw|dilaw na lumalabas|may dilaw na lumalabas|lumalabas na madilaw: yellow stuff coming out
sumisikip ang lalamunan|naninikip ang lalamunan|kumikipot ang lalamunan|namamaga ang lalamunan: throat swelling
masikip ang lalamunan: throat swelling; makalunok|lumunok: swallow
ayaw niya sa ilaw|ayaw niya sa liwanag|ayaw niyang tumingin sa ilaw: light hurts my eyes; ang sakit|ang sakit sakit: very painful
sobrang sakit|napakasakit|ang sakit sobra|grabe ang sakit|grabeng sakit|matinding sakit|sakit na sakit: severe pain
hindi ko na kaya ang sakit|di ko na kaya ang sakit|hindi na kaya ang sakit|hindi matiis|di matiis|hindi ko matiis: unbearable pain
hindi ko na kaya|di ko na kaya|hindi na kaya|di na kaya|hindi ko na matiis: unbearable; nana|nanana|nagnanana|may nana|nanang: pus
lumalabas ang nana|may lumalabas na nana|nana na lumalabas|tumutulo ang nana: pus is coming out
nagnanana na|lumabas ang nana|naglalabas ng nana|nilalabasan ng nana|labas ang nana|may nanang lumalabas: pus is coming out
tumutulo|may tumutulo|lumalabas na tubig|may lumalabas na tubig|may lumalabas na likido|likido|tubig tubig: discharge
lumalabas|naglalabas|lumabas|labas: coming out; impeksyon|impeksiyon|infection|inpeksyon: infection
na infect|nainfect|infected|na impeksyon|nagka impeksyon|naimpeksyon: infected
mabaho|mabahong amoy|bumabaho|may amoy|may masamang amoy|masangsang|nangangamoy|bad smell: smells bad; amoy: smell
kumakalat|kumalat|lumalawak|lumawak|lumalapad|kumakalat ang pula|kumakalat na|papalaki ang pula: is spreading
mabilis|ang bilis|mabilis na: fast
mabilis kumalat|ang bilis kumalat|mabilis na kumakalat|kumakalat nang mabilis: spreading rapidly
pulang guhit|pulang guhit guhit|mga pulang guhit|guhit na pula|pulang linya|mga pulang linya|may guhit na pula: red streaks
lumalaki|lumaki|lumalaki pa|palaki|lumalaki siya: is growing; mas malaki|malaki|malaking: bigger
palaki nang palaki|palaki ng palaki|lalong lumalaki|pa laki ng pa laki: getting bigger
hindi gumagaling|di gumagaling|hindi nawawala|di nawawala|hindi umaayos|hindi humuhupa|hindi bumababa: not improving
hindi umepekto|di umepekto|hindi tumalab|di tumalab|walang epekto|hindi gumana|hindi tumatalab|walang bisa: did not work
nalalagas ang buhok|nalagas ang buhok|naglalagas|lagas|pagkalagas ng buhok|naglalagas ang buhok|hair fall: hair loss
kalbo|nakalbo|panot|napanot|napapanot|may panot|parang kalbo|walang buhok: bald patch; peklat: scar; matigas|tumigas: hard
lagnat|nilalagnat|naglalagnat|nilagnat|lagnatin|may lagnat|lgnat|nagkalagnat|sinat|sinisinat|mainit ang katawan: fever
mataas na lagnat|mataas ang lagnat|sobrang taas ng lagnat|mataas ang temperatura: high fever; temperatura|temp: temperature
ginaw|giniginaw|ginawin|nilalamig|nanlalamig|lamig na lamig: chills
nanginginig|nginig|nanginig|panginginig|kinikilig sa lamig: shivering
hindi mapigilan|di mapigilan|hindi mapigil|di mapigil|hindi tumitigil|walang tigil|tuloy tuloy: uncontrollable
hindi mapigilan ang panginginig|di mapigilan ang panginginig|hindi mapigil ang panginginig: uncontrollable shivering
walang tigil ang panginginig: uncontrollable shivering
nanginginig nang husto|nanginginig ng sobra|sobrang nanginginig|hindi mapigilang manginig: uncontrollable shivering
di mapigilang manginig: uncontrollable shivering
diabetes|may diabetes|sakit sa asukal|mataas ang asukal|mataas ang sugar|asukal|sugar: diabetes
mahina ang resistensya|mahinang resistensya|mababa ang resistensya|mahina ang immune system: weak immune system
mahina immune system: weak immune system; resistensya|immune system: immune system; steroids|steroid|kortison: steroids
chemo|chemotherapy|nagkekemo|nagchechemo|nagpapachemo: chemotherapy; buntis|nagbubuntis: pregnant
nalilito|nalito|litong lito|lito|wala sa sarili|tuliro|nagdedeliryo: is confused
nalilito ako|naguguluhan ako|nalilito po ako: i am confused
hindi makilala|di makilala|hindi ako makilala|hindi niya ako makilala|hindi kami makilala: does not recognise me
hindi alam kung nasaan|di alam kung nasaan|hindi alam kung nasaan siya|hindi niya alam kung nasaan siya: does not know where he is
kung ano ano ang sinasabi|kung anu ano ang sinasabi|kung ano anong sinasabi|walang saysay ang sinasabi: talking nonsense
kung anu anong sinasabi|nagsasalita ng kung ano ano|wala sa katinuan|nag iiba ang sinasabi: talking nonsense
bulol|nabubulol|bulol magsalita|utal|nauutal|pautal utal|malabo magsalita|hirap magsalita|hindi makapagsalita: slurred speech
hindi maintindihan ang salita|hindi maintindihan ang sinasabi|di maintindihan ang sinasabi|garil|garil magsalita: slurred speech
antok na antok|sobrang antok|inaantok|antukin|laging tulog|tulog nang tulog|tulog ng tulog|lantang lanta|matamlay: very drowsy
hirap gisingin|mahirap gisingin|hindi magising|di magising|ayaw magising|hindi namin magising|hindi ko magising: hard to wake
sakit ng katawan|masakit ang katawan|nananakit ang katawan|masakit ang buong katawan|bugbog ang katawan: muscle pain
malamig|lamig|nilalamig ako: cold; sobrang lamig|lamig na lamig ako: very cold
hindi makahinga|di makahinga|hnd makahinga|hindi ako makahinga|di ako makahinga|nalulunod|hindi siya makahinga: can not breathe
hirap akong huminga|hirap siyang huminga|hirap ako huminga|hirap sa paghinga|hirap huminga|nahihirapang huminga: short of breath
nahihirapan huminga|nahihirapan akong huminga|hinihingal|hingal|kinakapos: short of breath
kinakapos ng hininga|kapos ang hininga|hapo|hinahapo|naghahabol ng hininga|sumisikip ang paghinga: short of breath
mabilis huminga|mabilis ang paghinga|ang bilis ng paghinga: very fast breathing
mabilis ang tibok ng puso|ang bilis ng tibok ng puso|bumibilis ang tibok ng puso|kumakabog ang dibdib: heart racing
kumakabog ang puso: heart racing
kabog|kumakabog|nagpapalpitate|nagpapalpitate ako|mabilis ang pulso|kabog ng dibdib: heart racing
tibok|pulso|tibok ng puso: pulse; presyon|presyon ng dugo|blood pressure: blood pressure
mababa ang bp|mababang bp|mababa ang presyon|mababang presyon|bumaba ang bp|bumagsak ang bp|low bp: low blood pressure
asul|kulay asul|nangangasul|nagkukulay asul|kulay ube|nangingitim|nagkukulay ube|nangingitim na: blue
maputla|namumutla|putlang putla|namutla: pale; kulay abo|abuhin|namumuti: grey
batik batik|may batik batik|mantsa mantsa|parang marmol|nagbabatik batik: mottled; batik: spots
tuldok|tuldok tuldok|batik na pula: spots
lilang tuldok|mga lilang tuldok|lilang batik|kulay ube na tuldok: purple spots
pulang tuldok|maliliit na pulang tuldok|konting pulang tuldok|mga pulang tuldok: tiny red dots
pantal|pantal pantal|butlig|butlig butlig|singaw sa balat: rash; baso|salamin: glass
kapag diniinan|pag diniinan|diniinan|pinindot|pag pinindot|kapag pinindot|dinidiinan|diin|pinisil: when i press
hindi nawawala kapag diniinan|hindi nawawala pag diniinan|hindi nawawala kahit diniinan: do not fade when i press
hindi nawawala pag pinindot: do not fade when i press
hindi kumukupas|di kumukupas|hindi nawawala ang kulay|hindi namumuti|hindi nag iiba: do not fade
nawawala|kumukupas|namumuti ang kulay: fade; umiihi|naiihi: urinating
hindi umiihi|hindi makaihi|di makaihi|hindi pa umiihi|walang ihi|hindi naiihi|di umiihi|hindi ako umiihi: i have not urinated
parang mamamatay na ako|parang mamamatay ako|mamamatay na ako|mamamatay na yata ako|mamamatay na ata ako: i feel like i might die
pakiramdam ko mamamatay ako|feeling ko mamamatay ako|parang mamatay na ako|parang mamatay ako: i feel like i might die
mamatay na ako: i feel like i might die; matindi|matinding|malala|malubha|malakas|malakas na: severe; mataas|mataas na: high
grabe talaga|kakila kilabot: terrible; sakit ng ulo|masakit ang ulo|sumasakit ang ulo|masakit ulo|masakit ang ulo ko: headache
matinding sakit ng ulo|sobrang sakit ng ulo|grabeng sakit ng ulo|grabe ang sakit ng ulo|napakasakit ng ulo: severe headache
sobrang sakit ang ulo|sobrang sakit ng ulo ko|parang mabibiyak ang ulo|binibiyak ang ulo|sumasabog ang ulo: severe headache
matigas ang leeg|naninigas ang leeg|paninigas ng leeg|matigas ang batok|naninigas ang batok|stiff neck: stiff neck
hindi maigalaw ang leeg|di maigalaw ang leeg|hindi maibaba ang ulo|hindi mayuko ang ulo|di mayuko ang ulo: stiff neck
naninigas|matigas na: stiff
masakit sa mata ang ilaw|masakit sa mata ang liwanag|nasisilaw|silaw|silaw na silaw|ayaw sa liwanag: light hurts my eyes
ayaw sa ilaw: light hurts my eyes
sensitibo sa liwanag|sensitive sa ilaw|sensitive sa liwanag|hindi makatingin sa ilaw|masakit ang mata sa ilaw: light hurts my eyes
ilaw|liwanag: light
sumusuka|nagsusuka|nagsuka|suka nang suka|suka ng suka|isinuka|sinusuka|suka|nasusuka|naduduwal|nagduduwal: vomiting
kombulsyon|kumbulsyon|nangisay|nangingisay|nangingisay siya|kinukumbulsyon|seizure|sumpong ng epilepsy: seizure
masakit ang dibdib|sakit sa dibdib|pananakit ng dibdib|sumasakit ang dibdib|paninikip ng dibdib|masikip ang dibdib: chest pain
naninikip ang dibdib|sumisikip ang dibdib|masakit dibdib|kirot sa dibdib|mabigat sa dibdib|chest pain: chest pain
nahimatay|hinimatay|nawalan ng malay|nawalan ng ulirat|walang malay|nahilo at natumba|nag collapse: fainted
bumagsak|natumba|bumulagta|bigla siyang bumagsak|bigla siyang natumba: collapsed; kakatapos|ngayon lang|kanina lang: just
humuhuni ang hininga|may huni|humuhuni|sumisipol ang paghinga: wheezing
hindi makalunok|di makalunok|hirap lumunok|nahihirapang lumunok|masakit lumunok: i can not swallow
doble ang paningin|dalawa ang nakikita|doble ang nakikita|nagdodoble ang paningin|dobleng paningin: double vision
malabo ang paningin|lumalabo ang paningin|malabo ang mata|lumabo ang paningin|malabo makakita: blurred vision; paningin: vision
isang bahagi ng katawan|kalahati ng katawan|isang side ng katawan|isang panig ng katawan|kalahati ng mukha: one side of body
nanghihina|panghihina|nanghina|hinang hina|pamamanhid|namamanhid|manhid|paralisado|hindi maigalaw: weakness; mahina: weak
nahihilo|hilo|hilong hilo|umiikot ang paningin: dizzy; pagod|pagod na pagod|hapong hapo: tired; pasa|mga pasa|nangitim: bruises
langib|mga langib: scabs; dugo|dumudugo: blood; patak ng dugo|tuldok ng dugo: pinpoint bleeding spots
makati|nangangati|kati|pangangati: itching; maliit|maliliit: small; bahagya|mild|medyo lang: mild; malambot: tender
may sakit|maysakit|masama ang pakiramdam: sick; hello|hi|magandang umaga|magandang hapon|magandang gabi|good day: hello
ilang|marami|maraming: several; paligid|sa paligid|paligid ng|palibot: around; lugar|parte|bahagi: place
lumitaw|lumabas ang|tumubo|sumulpot: appeared; nagkaroon ako ng|nagka ako ng|nagkaroon ako: i got
nagkaroon siya ng|nagkaroon sya ng|nagka siya ng: got; nagkaroon ng|nagkaroon|nagka: got; maging|naging: became
parang nalilito|mukhang nalilito|parang lito: seems confused; hindi mapigilan|di mapigilan|hindi mapahinto: uncontrollable
magpakamatay: kill myself
"""

GREEK = """
εγώ|ego: i; μου|mou|mu: my; εσύ|εσείς: you; σου|σας: your; αυτός|αυτή|αυτος: he; αυτό|αφτό: it; εμείς: we
ο|το|τα|τον|την|τη|των|τους|τις|ta: the; η|ή|οι|h: or; του: his; ένα|ένας|μία|μια|ena|mia: a; και|κι|kai|ke|k: and
αλλά|όμως|μα|alla: but; με: with; χωρίς|δίχως: without; σε|στο|στη|στην|στον|στα|στις|στους|σ: in; από: from; για: for
ότι|πως|που: that; πολύ|πάρα πολύ|πολύ πολύ|τρομερά|τελείως|πολλή|παρα πολυ: very; λίγο|λιγάκι|ελαφρώς|κάπως: a little
πιο|περισσότερο: more; ήδη: already; ακόμα|ακόμη|ακόμα και τώρα|μέχρι τώρα|συνεχίζει|συνεχίζουν: still; τώρα|tora: now
από τότε|από τότε που|εδώ και|εδω και: since; από χθες|από εχθές|από χτες: since yesterday; πριν|πριν από: before
μετά|μετά από|μετά την|μετά τη|μετά το|μετά τις|meta: after; σήμερα|simera: today; χθες|χτες|εχθές|xthes|htes: yesterday
χθες το βράδυ|χθες βράδυ|ψες|χτες βράδυ|το βράδυ: last night; αύριο: tomorrow; σήμερα το πρωί|το πρωί|πρωί: this morning
απόψε: tonight; αυτή την εβδομάδα|αυτή τη βδομάδα: this week; την προηγούμενη εβδομάδα|την περασμένη εβδομάδα: last week
την περασμένη βδομάδα|την προηγούμενη βδομάδα: last week; τον προηγούμενο μήνα|τον περασμένο μήνα: last month
πέρσι|πέρυσι: last year; πριν από χρόνια|πριν χρόνια|πριν πολλά χρόνια|πολλά χρόνια πριν|χρόνια πριν: years ago
παλιά|κάποτε|πριν πολύ καιρό: long ago
όταν ήμουν παιδί|όταν ήμουν μικρή|όταν ήμουν μικρός|ως παιδί|στην παιδική ηλικία: as a child; μέρα|ημέρα|μερα: day
μέρες|ημέρες|μερες|ημερών: days; εβδομάδα|βδομάδα|ebdomada: week; εβδομάδες|βδομάδες|εβδομάδων|ebdomades: weeks; μήνα|μήνας: month
μήνες|μηνών: months; χρόνο|χρόνος|έτος: year; χρόνια|ετών|έτη: years; ώρα: hour; ώρες|ωρών: hours; λεπτά: minutes
βαθμούς|βαθμοί|βαθμό: degrees; αν|εάν|άμα|an: if; σε περίπτωση που|αν τυχόν|σε περίπτωση: in case
και αν|κι αν|τι γίνεται αν|τι θα γίνει αν|και εάν: what if; όταν|οταν: when; γιατί|επειδή|διότι|αφού: because
μπορώ|μπορώ να: can i; μπορεί|μπορεί να: can; πρέπει|πρέπει να|πρεπει: should; πρέπει να πάω|να πάω: should i go; δεν|δε|den: not
να|na: to; θα|tha: will; αναπνεύσω|αναπνεύσει|αναπνέει|ανασάνω|ανασάνει: breathe; μην: not; όχι|oxi|ohi: no; pote: -
τίποτα|τίποτε|tipota: nothing; ούτε|oute|ute: nor; κανένα|κανένας|καμία|καθόλου|kanena|katholou: no
δεν έχω|den exw|den eho|δεν είχα: i do not have; δεν έχω καθόλου: i do not have any
δεν έχω τίποτα|δεν έχω τίποτε|den eho tipota|den exw tipota: i do not have anything
αν μου βγει|αν μου βγουν|αν μου έρθει|αν μου εμφανιστεί|an mou vgei: if i get
ρωτάω προκαταβολικά|ρωτάω απλώς|ρωτάω απλά|ρωτάω για να ξέρω|rotao prokatavolika: i am just asking in advance
δεν έχει|δεν υπάρχει|den exei|δεν έχει καθόλου|δεν έβγαλε: there is no; δεν είμαι|den eimai: i am not; δεν είναι|den einai: is not
δεν έχουμε|δεν είχε: has no; λέει|λένε|γράφει|γράφουν|legei|lei: says; είπε|είπαν|έλεγε|eipe: said
μου είπε|μου είπαν|μου είπε ότι|μου έλεγε: told me; λέει ότι|λέει πως|λέει πώς|λεει οτι|legei oti: says he
είπε ότι|είπε πως|ειπε οτι|eipe oti: said he
διάβασα|διάβασα ότι|διάβασα στο ίντερνετ|διάβασα online|άκουσα ότι: i read online that
είδα στο ίντερνετ|διάβασα σε ένα φόρουμ|διάβασα σε φόρουμ|είδα σε ένα βίντεο|είδα στο tiktok: i read online that
στο ίντερνετ|στο internet|στο google|σε ένα φόρουμ|στο φόρουμ: online
στο ίντερνετ λέει|στο ίντερνετ λέει ότι|στο ίντερνετ γράφει|στο ίντερνετ γράφει ότι|στο ίντερνετ γράφουν: online says
είναι φυσιολογικό|είναι φυσιολογικό αυτό|φυσιολογικό είναι|είναι νορμάλ|είναι λογικό: is it normal
είναι φυσιολογικό να: is it normal to; ότι είναι φυσιολογικό|πως είναι φυσιολογικό|ότι είναι φυσιολογικό να: it is normal to
ειναι φυσιολογικο: is it normal; φυσιολογικό|φυσιολογικά|νορμάλ: normal; τι είναι|τι ειναι: what is
τι να κάνω|τι πρέπει να κάνω|τι κάνω|τι να κάνουμε|τι κάνουμε|τι μου προτείνετε|τι προτείνετε|τι να κανω: what should i do
ti na kanw: what should i do; πόσο|πόσες|πόσα|πόσοι: how many; πόσο καιρό|για πόσο: how long; πως να: how
ξανά|πάλι|ξανα|pali: again; όλα|ολα: all
όλα καλά|όλα εντάξει|είμαι καλά|μια χαρά|είμαι μια χαρά|ola kala|ok ειμαι|είναι όλα καλά: all fine; καλά|εντάξει|οκ|ok|οκει: fine
άσχημα|χάλια: bad; καλύτερα|καλυτερα: better; χειρότερα|χειρότερο|χειροτερεύει|χειροτέρεψε|χειροτερευει: worse
έφυγε|πέρασε|εξαφανίστηκε|υποχώρησε|έφυγαν|πέρασαν|ξεφούσκωσε|έπεσε ο πυρετός: went away; επουλώθηκε|γιατρεύτηκε|έκλεισε: healed
νιώθω|αισθάνομαι|νιωθω: i feel; άντρας|άντρα|σύζυγος|σύζυγο|συζύγου|αντρας: husband; γυναίκα|γυναίκας: wife
αδερφή|αδελφή|αδερφής: sister; αδερφός|αδελφός|αδερφό: brother; μητέρα|μαμά|μάνα|μητέρας|μαμάς|mama: mum
πατέρας|μπαμπάς|πατέρα|μπαμπά|μπαμπα: dad; γιος|γιο|γιου|γιό: son; κόρη|κόρης: daughter
φίλη|φίλος|φίλο|φίλης|φίλου|φίλες|φίλοι|κολλητή|κολλητός|κολλητής|φιλενάδα|φιλη: friend; γνωστή|γνωστός|γνωστού|γνωστής: friend
συνάδελφος|συνάδελφο|συναδέλφου|συναδέλφισσα: colleague; γείτονας|γειτόνισσα|γείτονα|γειτόνισσας: neighbour
ξαδέρφη|ξάδερφος|ξαδέρφης|ξαδέρφου: cousin; θεία|θείος: aunt; γιαγιά|παππούς: grandma; παιδί|μωρό|παιδιού|μωρού: child
κάποιος|κάποια|κάποιοι: someone; άλλοι|άλλες: others; κόσμος|άνθρωποι|κόσμο: people
γιατρός|γιατρό|γιατρού|γιατρέ|δερματολόγος|δερματολόγο|γιατρος|doctor: doctor; δύο|δυο|dyo: two; τρεις|τρία|τρις|treis: three
τέσσερις|τέσσερα: four; πέντε: five; επτά|εφτά: seven; οκτώ|οχτώ: eight; εννιά|εννέα: nine; δέκα: ten
κεφάλι|κεφαλή|κεφαλιού|κεφάλια|κεφαλι|kefali: head
τριχωτό|τριχωτό της κεφαλής|δέρμα του κεφαλιού|δέρμα της κεφαλής|τριχωτο: scalp; μαλλιά|μαλλί|τρίχες|μαλλια: hair
αυχένας|αυχένα|σβέρκος|σβέρκο|λαιμός|λαιμό|λαιμού|λαιμος: neck; στήθος|στήθους|θώρακα|στηθος: chest; καρδιά|καρδιάς: heart
χείλη|χείλια|χείλος|χειλιά|χειλη|xeilh: lips; γλώσσα|γλωσσα: tongue; μέσα στο λαιμό|φάρυγγα|λάρυγγα|λαρύγγι: throat
μάτια|μάτι|ματιού|ματιών|ματια|mati|matia: eyes; βλέφαρα|βλέφαρο|βλεφαρα: eyelids; πρόσωπο|προσώπου|προσωπο|prosopo: face
μέτωπο|μετωπο|metwpo: forehead; δέρμα|δερμα: skin; μύες|μυών: muscles; χέρι|χέρια|μπράτσο: arm; πόδι|πόδια: leg
στόμα|στοματος: mouth; ούρα|κάτουρο|τσίσα: urine; ουρήσει|κατουρήσει|ουρώ|κατουράω: urinate; αναπνέω|ανάσα|αναπνοή: breathe
καταπίνω|κατάποση: swallow; σώμα|σώματος: body; μεσοθεραπεία|μεσοθεραπείας|μεσοθεραπεια|mesotherapeia|meso|μεσο: mesotherapy
συνεδρία|συνεδρίας|συνεδρία μεσοθεραπείας|θεραπεία|συνεδρια: session; συνεδρίες|θεραπείες: sessions
ένεση|τρύπημα|τσίμπημα|ενεση|enesh|enesi: injection; ενέσεις|ενέσεων|τρυπήματα|τσιμπήματα|ενεσεις|eneseis: injections
σημείο της ένεσης|σημείο της ενεσης|εκεί που έγινε η ένεση|εκεί που με τρύπησαν|σημείο ένεσης|simeio tis enesis: injection site
σημεία των ενέσεων|σημεία της ένεσης|εκεί που έγιναν οι ενέσεις|σημεία ενέσεων: injection sites; σημείο: site; σημεία: sites
κλινική|ιατρείο|κέντρο αισθητικής|αισθητικός|αισθητικό|κλινικη: clinic; νοσοκομείο|νοσοκομειο: hospital
επείγοντα|εφημερεύον|τεπ|ασθενοφόρο|εκαβ: emergency department; αντιβίωση|αντιβιοτικά|αντιβιοτικό|antiviosi: antibiotics
χάπια|φάρμακα|φάρμακο: pills; εξόγκωμα|σβώλος|σβόλος|σβωλάκι|οζίδιο|καρούμπαλο|μπαλάκι|εξογκωμα|sbwlos|ogkos: lump
σβώλοι|σβόλοι|σβωλάκια|οζίδια|εξογκώματα|μπαλάκια|σβόλους|σβώλους: lumps; καινούργια|καινούριο|νέα|νέες|νέους: new
καινούργια εξογκώματα|νέα εξογκώματα|νέοι σβόλοι|καινούργιοι σβόλοι|νέα οζίδια|καινούργια σβωλάκια: new lumps
σπυρί|σπυριά|σπυράκι|σπυρακια: pimple; απόστημα|αποστήματα|αποστημα|apostima: abscess; καλόγερος|δοθιήνας: boil; κύστη: cyst
πρησμένο|πρησμένη|πρησμένα|πρησμένος|πρησμένες|πρήστηκε|πρήστηκαν|πρήζεται|πρήζονται|φούσκωσε|φουσκωμένο|πρησμενο: swollen
πρήξιμο|πρηξιμο|οίδημα|πρήξιμο: swelling; κόκκινο|κόκκινη|κόκκινα|κόκκινος|κόκκινες|κοκκίνισε|κοκκινίζει|κοκκινο|kokkino: red
κοκκινίλα|κοκκινίλες|ερυθρότητα|ερεθισμένο|ερεθισμός|κοκκινιλα|kokkinila: redness
ζεστό|ζεστή|ζεστά|καίει|καυτό|καίγεται|ζεστο: hot; πόνος|πόνο|πόνους|πονος|pono|ponos: pain
πονάει|πονάω|πονάνε|πονούσε|ponaei|ponaw|ponane: hurts; πονάει πολύ|πονάω πολύ: hurts a lot
επώδυνο|επώδυνη|επώδυνα|που πονάει|πονεμένο: painful; πύον|πυώδες|έμπυο|πυον|pion|pyon: pus
έχει πύο|με πύο|γεμάτο πύο|εχει πυο|exei pyo|exei pio|ehei pyo: pus
βγάζει πύον|βγαίνει πύον|τρέχει πύον|πυορροεί|έχει πύον|βγάζει πύο|βγαίνει πύο|βγάζει υγρό|bgazei pyo: pus is coming out
vgazei pyo: pus is coming out; υγρό|εκκρίσεις|έκκριση|τρέχει|τρέχει υγρό|υγρά: discharge
μολυσμένο|μολύνθηκε|μολυσμένη|μολυσμενο: infected; μόλυνση|φλεγμονή|μολυνση|molynsi|molinsi: infection
μυρίζει|βρωμάει|δυσοσμία|άσχημη μυρωδιά|κακοσμία|μυριζει|βρωμαει: smells bad
απλώνεται|εξαπλώνεται|επεκτείνεται|απλώθηκε|εξαπλώθηκε|μεγαλώνει η κοκκινίλα|απλωνεται|aplwnetai: is spreading
γρήγορα|γρηγορα|grigora: fast; απλώνεται γρήγορα|εξαπλώνεται γρήγορα|απλώνεται πολύ γρήγορα: spreading rapidly
κόκκινες γραμμές|κόκκινες γραμμούλες|κόκκινες ραβδώσεις|κόκκινη γραμμή|κόκκινες γραμμες|κοκκινες γραμμες: red streaks
μεγαλώνει|μεγάλωσε|μεγαλώνουν|μεγαλωνει|megalwnei: is growing; μεγαλύτερο|μεγάλο|μεγάλη|μεγαλυτερο: bigger
όλο και μεγαλύτερο|όλο και μεγαλώνει|μεγαλώνει συνέχεια|ολο και μεγαλυτερο: getting bigger
δεν περνάει|δεν φεύγει|δεν βελτιώνεται|δεν υποχωρεί|δεν καλυτερεύει|δεν περναει|δεν φευγει: not improving
δεν έπιασε|δεν βοήθησε|δεν δούλεψε|δεν έκανε τίποτα|χωρίς αποτέλεσμα|δεν επιασε|δεν βοηθησε: did not work
τριχόπτωση|πέφτουν τα μαλλιά|πέφτουν τα μαλλιά μου|μου πέφτουν τα μαλλιά|τριχοπτωση: hair loss
φαλάκρα|φαλακρό σημείο|φαλακρό|κενό χωρίς μαλλιά|γυμνό σημείο|αλωπεκία|φαλακρα|φαλακρα σημεια: bald patch; ουλή: scar
σκληρό|σκληρή|σκληρός|σκληρα: hard
πυρετός|πυρετό|πυρετού|πυρέσσω|πύρεξα|ανέβασα πυρετό|ανέβασε πυρετό|πυρετο|pyreto|pireto: fever
πυρετος|puretos|pureto|pyretos|piretos: fever; υψηλός πυρετός|ψηλός πυρετός|πολύ πυρετό|υψηλό πυρετό|ψηλό πυρετό: high fever
θερμοκρασία|θερμοκρασια: temperature; ρίγη|ρίγος|ριγώ|κρυάδες|ριγη|rigi: chills
τρέμω|τρέμει|τρεμούλα|τουρτουρίζω|τρεμω|tremw: shivering
ανεξέλεγκτα|ασταμάτητα|δεν μπορώ να σταματήσω|ανεξελεγκτα: uncontrollable
διαβήτης|διαβήτη|ζάχαρο|ζαχαρο|σάκχαρο|διαβητικός|διαβητική|διαβητη|zaxaro: diabetes; ανοσοποιητικό|ανοσοποιητικο: immune system
χαμηλό ανοσοποιητικό|αδύναμο ανοσοποιητικό|εξασθενημένο ανοσοποιητικό|ανοσοκατεσταλμένος|ανοσοκατεσταλμένη: weak immune system
κορτιζόνη|στεροειδή|κορτικοειδή|κορτιζονη|steroidi|kortikoidi: steroids; χημειοθεραπεία|χημειοθεραπείες|χημειο: chemotherapy
έγκυος|εγκυος: pregnant; μπερδεμένος|μπερδεμένη|σε σύγχυση|μπερδεμενος|μπερδεμενη|μπερδεμένο: confused; σύγχυση|συγχυση: confusion
αποπροσανατολισμένος|αποπροσανατολισμένη: disoriented
δεν ξέρει πού βρίσκεται|δεν ξέρει που είναι|δεν καταλαβαίνει πού είναι: does not know where he is
δεν με αναγνωρίζει|δεν μας αναγνωρίζει|δεν αναγνωρίζει: does not recognise me; τα έχει χαμένα|δεν είναι στα καλά του: not himself
λέει ασυναρτησίες|παραμιλάει|λέει ακαταλαβίστικα|λέει άσχετα|λεει ασυναρτησιες|παραμιλαει: talking nonsense
μπερδεύει τα λόγια|μιλάει μπερδεμένα|μασάει τα λόγια|δεν μπορεί να μιλήσει καθαρά|βαριά ομιλία|δυσαρθρία: slurred speech
μιλάει περίεργα|τραυλίζει|δεν μιλάει καθαρά|μιλαει μπερδεμενα: slurred speech
νυσταγμένος|νυσταγμένη|νυσταγμενη|νυσταγμενος|κοιμισμένος|κοιμισμένη: drowsy
υπνηλία|κοιμάται συνέχεια|ληθαργικός|ληθαργική|νυστάζει πολύ|κοιμάται όλη μέρα: very drowsy
ξυπνάει|ξυπνάω|ξύπνησε|ξυπνήσει|ξυπνησει: wakes
δύσκολα ξυπνάει|δεν ξυπνάει|δεν μπορώ να τον ξυπνήσω|δεν μπορώ να την ξυπνήσω|δεν ξυπναει|δυσκολα ξυπναει: hard to wake
πόνοι στους μύες|πονάνε οι μύες|πονάει όλο μου το σώμα|πονάει όλο το σώμα|πιασίματα: muscle pain
κρύο|κρυώνω|παγωμένος|παγωμένη|κρυο: cold; κρυώνω πολύ|πολύ κρύο|ξεπαγιάζω: very cold
δεν μπορώ να αναπνεύσω|δεν μπορώ να πάρω ανάσα|πνίγομαι|πνίγεται|κόβεται η ανάσα|κόβεται η ανάσα μου: can not breathe
δεν παίρνω ανάσα: can not breathe
δεν μπορεί να αναπνεύσει|δεν μπορω να αναπνευσω|den mporw na anapneusw|pnigomai: can not breathe
λαχάνιασμα|λαχανιάζω|δύσπνοια|δυσκολεύομαι να αναπνεύσω|δυσκολία στην αναπνοή|βαριανασαίνω|λαχανιαζω|δυσπνοια: short of breath
αναπνέω γρήγορα|γρήγορη αναπνοή|ανασαίνει γρήγορα: very fast breathing; συριγμός|σφυρίζει|σφυρίζει το στήθος: wheezing
ταχυκαρδία|ταχυπαλμία|αίσθημα παλμών|ταχυκαρδια|ταχυπαλμια|tachykardia|taxykardia: heart racing
χτυπάει γρήγορα η καρδιά|η καρδιά μου χτυπάει γρήγορα|η καρδιά μου χτυπάει δυνατά|η καρδιά πάει να σπάσει: heart racing
καρδιά χτυπάει γρήγορα|χτυπάει δυνατά η καρδιά μου|καρδιοχτύπι|καρδιοχτυπι: heart racing; σφυγμός|σφυγμό|παλμοί: pulse
πίεση|πιεση: blood pressure; χαμηλή πίεση|έπεσε η πίεση|πεσμένη πίεση|πίεση χαμηλή|χαμηλη πιεση|επεσε η πιεση: low blood pressure
μπλε|μελανιασμένο|μελανιασμένη|μελάνιασε|μελάνιασαν|μωβ|μελανιασμενο: blue; χλωμός|χλωμή|χλωμό|κάτασπρος|κάτασπρη|χλωμη: pale
γκρι|γκρίζο|γκρίζα|σταχτί|σταχτιά: grey; με κηλίδες|μαρμαρώδες|διάστικτο|με μπαλώματα|με λεκέδες|μαρμαρωδες: mottled
κηλίδες|βούλες|βουλίτσες|κουκκίδες|λεκέδες|κουκιδες: spots
μωβ βούλες|μωβ κουκκίδες|πετέχειες|πετεχίες|κόκκινες κουκκίδες: purple spots
εξάνθημα|εξανθήματα|εξανθημα|eksanthima|exanthima|κοκκινίλες στο δέρμα: rash; ποτήρι|γυάλινο ποτήρι|ποτηρι: glass
όταν πατάω|όταν το πατάω|όταν πιέζω|όταν πατάω με|αν το πατήσω|όταν πιέσω|όταν πατάω με ένα ποτήρι|οταν πιεζω: when i press
δεν ξεθωριάζει|δεν χάνεται|δεν ασπρίζει|δεν εξαφανίζεται|δεν ξεθωριαζει|δεν χανεται: do not fade
δεν φεύγει όταν πατάω|δεν φεύγει όταν πιέζω|δεν φεύγει με το ποτήρι|δεν φεύγει όταν το πατάω: do not fade when i press
δεν φεύγει όταν πατάω με ένα ποτήρι: do not fade when i press; ξεθωριάζει|χάνεται: fade
δεν έχω ουρήσει|δεν έχω κατουρήσει|δεν κατουράω|δεν έχω κάνει τσίσα|δεν ουρεί|δεν έχει ουρήσει: i have not urinated
δεν εχω κατουρησει: i have not urinated
νιώθω ότι πεθαίνω|νιώθω πως πεθαίνω|θα πεθάνω|πεθαίνω|νομίζω ότι πεθαίνω|νιωθω οτι πεθαινω|σαν να πεθαίνω: i feel like i might die
αφόρητος|αφόρητο|αβάσταχτος|αβάσταχτο|ανυπόφορος|ανυπόφορο|δεν αντέχεται|δεν αντέχω|αφορητος|αβασταχτος: unbearable
δεν αντέχω τον πόνο|αφόρητος πόνος|αβάσταχτος πόνος|ανυπόφορος πόνος|φρικτός πόνος|τρομερός πόνος: unbearable pain
φρικτός|φρικτό|απαίσιος|απαίσιο|φοβερός|φοβερό|τρομερός|τρομερό|φρικτος: terrible
έντονος|έντονο|έντονη|δυνατός|δυνατό|δυνατή|σοβαρός|σοβαρό|οξύς|εντονος|δυνατος: severe; υψηλός|ψηλός|υψηλό|ψηλό|υψηλη: high
πονοκέφαλος|πονοκέφαλο|πονοκεφάλους|πονάει το κεφάλι μου|πονάει το κεφάλι|ημικρανία|πονοκεφαλος|ponokefalos: headache
φρικτός πονοκέφαλος|δυνατός πονοκέφαλος|έντονος πονοκέφαλος|τρομερός πονοκέφαλος|ο χειρότερος πονοκέφαλος: severe headache
σπάει το κεφάλι μου|μου σπάει το κεφάλι|φοβερός πονοκέφαλος|αφόρητος πονοκέφαλος|δυνατο πονοκεφαλο: severe headache
δυνατό πονοκέφαλο: severe headache
φρικτό πονοκέφαλο|έντονο πονοκέφαλο|τρομερό πονοκέφαλο|τρελό πονοκέφαλο|τρελός πονοκέφαλος|αφόρητο πονοκέφαλο: severe headache
δυσκαμψία αυχένα|πιασμένος σβέρκος|πιασμένος αυχένας|άκαμπτος αυχένας|πιάστηκε ο σβέρκος|πιάστηκε ο αυχένας: stiff neck
σφιγμένος αυχένας: stiff neck
δεν μπορώ να λυγίσω το λαιμό|δεν μπορώ να γυρίσω το κεφάλι|δεν λυγίζει ο λαιμός|πιασμένος λαιμός|σκληρός αυχένας: stiff neck
πιασμένος|πιασμένο|πιασμένη|άκαμπτος|δύσκαμπτος: stiff
το φως με πονάει|με ενοχλεί το φως|φωτοφοβία|πονάνε τα μάτια μου στο φως|δεν αντέχω το φως|με πειράζει το φως: light hurts my eyes
με τυφλώνει το φως|με ενοχλει το φως|φωτοφοβια|το φως με ενοχλεί: light hurts my eyes; φως|φώτα|φωτος: light
εμετό|εμετός|εμετούς|κάνω εμετό|έκανε εμετό|έκανα εμετό|ξερνάω|ξέρασα|ξερνάει|ξέρασε|ναυτία|τάση για εμετό|εμετο|emeto: vomiting
σπασμοί|σπασμούς|σπασμό|επιληπτική κρίση|κρίση επιληψίας|τινάζεται|τινάχτηκε|σπαρτάραγε|σπασμοι: seizure
πόνος στο στήθος|πονάει το στήθος|πονάει το στήθος μου|σφίξιμο στο στήθος|βάρος στο στήθος|πόνο στο στήθος: chest pain
πονος στο στηθος: chest pain
λιποθύμησα|λιποθύμησε|λιποθυμία|λιποθύμισε|έχασα τις αισθήσεις|έχασε τις αισθήσεις|αναίσθητος|αναίσθητη|λιποθυμησα: fainted
lipothimisa: fainted; λιποθυμησε|λιποθυμια|lipothymisa|lipothymise: fainted
κατέρρευσε|σωριάστηκε|έπεσε κάτω|κατερρευσε: collapsed; μόλις|τώρα μόλις: just
δεν μπορώ να καταπιώ|δυσκολεύομαι να καταπιώ|πονάει όταν καταπίνω|δυσκολία στην κατάποση: i can not swallow
κλείνει ο λαιμός μου|κλείνει ο λαιμός|μου κλείνει ο λαιμός|πρήστηκε ο λαιμός μέσα: throat swelling
βλέπω διπλά|διπλή όραση|διπλωπία|βλεπω διπλα: double vision
θολή όραση|βλέπω θολά|θολώνει η όραση|θόλωσε η όραση|βλεπω θολα: blurred vision; όραση: vision
στη μία πλευρά|από τη μία πλευρά|στη μια πλευρά|από τη μια πλευρά|στη μια μεριά|στη μία μεριά: on one side
η μία πλευρά|η μια πλευρά|τη μία πλευρά|τη μια πλευρά|μισό σώμα|μισό πρόσωπο|η μισή πλευρά|η μια μεριά: one side of body
αδυναμία|μούδιασμα|μουδιάζει|μούδιασε|παράλυση|αδυναμια: weakness; αδύναμος|αδύναμη|εξαντλημένος|χωρίς δύναμη: weak
στραβό στόμα|στράβωσε το στόμα|έπεσε το στόμα|έπεσε η μία πλευρά του προσώπου: facial droop; παίρνω|παίρνει|perno: i take
όλη μέρα|όλη την ημέρα|όλη τη μέρα: all day; χτυπάει|χτυπά|χτυπούσε: is beating
δεν αντέχει το φως|τον ενοχλεί το φως|την ενοχλεί το φως: light hurts my eyes
ζάλη|ζαλάδα|ζαλίζομαι|ζαλισμένος|ζαλισμένη|ζαλη|zalh|zali: dizzy; κουρασμένος|κουρασμένη|κούραση|εξάντληση: tired
μελανιά|μελανιές|μελανιες: bruises; κρούστα|κρούστες|κρουστα: scabs; αίμα|αιμα: blood
σταγόνες αίμα|τελίτσες αίμα: pinpoint bleeding spots; φαγούρα|φαγουρα|με τρώει|me troi: itching; μικρό|μικρή|μικρά|μικρος: small
ήπιο|ήπια|ελαφρύ|ελαφριά|ελαφρυ: mild; ευαίσθητο: tender; άρρωστος|άρρωστη|αρρωστος: sick
γεια σας|καλημέρα|καλησπέρα|γεια σου: hello; αρκετά|μερικά|μερικές|μερικοί|πολλά: several; γύρω|γύρω από|γυρω: around
βγήκε|βγήκαν|εμφανίστηκε|εμφανίστηκαν|μου βγήκε|μου βγήκαν|μου έβγαλε|εμφανιστηκε|vgike: appeared; είχα|ειχα|eixa|ixa|έκανα: i had
ανεβάσω|ανεβάσει|ανέβει|ανεβεί|βγάλω|βγάλει|κάνω|κάνει: get; είχε|ειχε|eixe: had; έχω|εχω|exw|exo|eho|echo: i have
έχει|εχει|exei|ehei|exi: has; έχουν: have; έχεις|εχεις|exeis: do you have; περάσει|περάσουν: go away; είμαι|ειμαι|eimai: i am
είναι|ειναι|einai|ine: is; ήμουν|ήταν|ηταν|htan|itan: was; έγινε|έγιναν|εγινε: became; πρησμ*|πρηστ*: swollen; κοκκιν*: red
πυρετ*: fever; μολυσμ*: infected; μολυνσ*: infection; απλων*|απλωθ*|εξαπλων*|εξαπλωθ*: is spreading; μεγαλων*: is growing
λιποθυμ*: fainted; εμετ*: vomiting; σπασμός|σπασμοί|σπασμούς|σπασμό: seizure; ταχυκαρδ*|ταχυπαλμ*: heart racing; εξανθ*: rash
σβωλ*|σβολ*|εξογκωμ*|οζιδ*: lump; σβώλοι|σβώλους|σβόλοι|σβόλους|σβωλάκια: lumps; αποστημ*: abscess; τριχοπτωσ*: hair loss
φαλακρ*: bald patch; ζαλ*: dizzy; νυσταγμ*: drowsy; μπερδεμ*: confused; διαβητ*: diabetes; αντιβιο*|αντιβιωσ*: antibiotics
συνεδρι*: session; χειλ*: lips; γλώσσας|γλώσσες: tongue; προσωπ*: face; κεφαλ*: head; πονοκεφαλ*: headache
τρέμουν|τρέμει όλο μου το σώμα|τρεμουλ*: shivering; κρυαδ*: chills; μόνο|μονο: only; λίγη|λίγες|λίγα|λιγη: a little; προς: towards
πριν λίγο|πριν από λίγο|πριν λίγη ώρα|πριν από λίγα λεπτά|πριν λίγα λεπτά|πριν λιγο: just now; βγει|βγουν|βγαίνουν: get
βλέπω|βλεπω: i see; διπλά|διπλα: double; θολά|θολα|θολή|θολό|θολη: blurry; ευχαριστώ|ευχαριστω|ευχαριστώ πολύ: thanks
κουνήσω|κουνήσει|κουνάω|κουνάει|σηκώσω|σηκώσει: move; δεν μπορώ να|δεν μπορω να: i can not; δεν μπορεί να|δεν μπορει να: can not
το χέρι|το χέρι του|το χέρι της|το χέρι μου: arm; το πόδι|το πόδι του|το πόδι της|το πόδι μου: leg
δεν μπορεί να κουνήσει τη μία πλευρά|δεν μπορώ να κουνήσω τη μία πλευρά: one side of body paralysed
δεν μπορεί να κουνήσει τη μια πλευρά: one side of body paralysed
δεν μπορώ να κουνήσω τη μια πλευρά|δεν κουνάει τη μία πλευρά|δεν κουνάει τη μια πλευρά: one side of body paralysed
ναι|ne|nai: yes; εδώ|εκεί: there; ενώ: while
melaniasmena|melaniasmeno|melaniasmenos|melaniasmeni|melaniasan: blue

diskolevetai poli na anapnevsei|diskolevetai na anapnevsei|diskolevete na anapnefsi: struggling to breathe
diskolevome na anapnefso|diskolevome na anapnevso: struggling to breathe
rigi pou den stamatoun|rigi pou de stamatoun|rigos pou den stamatai|tremo kai den stamato: uncontrollable shivering
μου επεσαν τα μαλλια σε μπαλωματα|επεσαν τα μαλλια σε μπαλωματα|μαλλια σε μπαλωματα: my hair fell out in patches
ακριβως στα σημεια της ενεσης|στα σημεια της ενεσης: right at the injection sites
den mporo na ligiso ton afhena|den mporo na ligiso ton laimo|den lygizei o afhenas: stiff neck
me enohlei poli to fos|me enohlei to fos|to fos me ponaei: light hurts
ti kanei kaneis an|ti kanis an|ti kanei kaneis: what does one do if
rotao prin kleiso rantevou|prin kleiso rantevou: i am asking before i book
"""

_TL_PEOPLE = (  # people, whom "ko" (my) follows: "kaibigan ko" is "my friend" (body parts keep it after: "ulo ko")
    "kaibigan bestfriend friend asawa mister misis nanay inay mama mommy tatay itay papa daddy ina ama anak kapatid kuya"
    " lola lolo tita tito pinsan kapitbahay katrabaho boyfriend girlfriend jowa partner bf gf doktor"
).split()
_TL_OWNER = {"ko": "my", "q": "my", "mo": "your", "niya": "his", "nya": "his", "nila": "their", "namin": "our", "natin": "our"}
_TL_HAVE = r"(?:may|meron|mayroon|merong|mayroong|me)"

# people that "μου" (my), "του" (his), "της" (her) follow ("η φίλη μου"), read in the form `SPELLING` gives them
_EL_PEOPLE = (
    "άντρας άντρα σύζυγος σύζυγο γυναίκα αδερφή αδερφός αδερφό μητέρα μαμά μάνα πατέρας πατέρα μπαμπάς μπαμπά γιος γιο κόρη"
    " φίλη φίλος φίλο φίλες φίλοι κολλητή κολλητός φιλενάδα γνωστή γνωστός συνάδελφος γείτονας γειτόνισσα ξαδέρφη ξάδερφος"
    " θεία θείος γιαγιά παππούς παιδί μωρό γιατρός γιατρό δερματολόγος"
).split()
_EL_OWNER = {"mu": "my", "su": "your", "tu": "his", "tis": "her", "mas": "our"}

# Greeklish in its many spellings, and Greek script after transliteration, into one form (module docstring)
_EL_SPELLING: Tuple[Rule, ...] = (
    (r"(?<=[a-z])8|(?<![0-9a-z.,])8(?=[a-z])(?!(?:h|am|pm|x|mg|ml)\b)", "th"),  # "8elo", "ka8e"; "8 meres" stays
    (r"ch|ks|x", "h"),
    (r"w(?![aeiouyh])(?<!\b[a-z][eo]w)(?<!\b[a-z]{2}[eo]w)", "o"),  # "exw", "twra", "enesewn"; not "why", "swell", "new", "show"
    (r"(?<=[ae])[uyf]", "v"),  # "auto", "ayrio", "afto", "eyxaristo"
    (r"y", "i"),
    (r"ou", "u"),
    (r"[eo]i", "i"),
    (r"ai", "e"),
    (r"mp", "b"),
    (r"nt", "d"),
    (r"gk", "g"),
    (r"([gklmnprst])\1", r"\1"),  # the letters Greek doubles: not English "see", "too"
)


def _el_form(word: str) -> str:
    """A Greek word in the form the glossary reads (`_EL_SPELLING` after transliteration)."""
    text = unicodedata.normalize("NFKD", transliterate(word.lower()))
    text = "".join(c for c in text if not unicodedata.combining(c))
    for pattern, replacement in _EL_SPELLING:
        text = re.sub(pattern, replacement, text)
    return text


_EL_PERSON = "(?:" + "|".join(sorted({_el_form(w) for w in _EL_PEOPLE}, key=len, reverse=True)) + ")"
_EL_UNITS = r"(?:meres|mera|imeres|imera|evdomades|evdomada|vdomades|vdomada|mines|mina|hronia|hrono|ores|ora|lepta)"
_TL_PERSON = "(?:" + "|".join(sorted(_TL_PEOPLE, key=len, reverse=True)) + ")"
_TL_CONFUSED = r"(?:nalilito|nalito|litong lito|lito|tuliro|wala sa sarili|nagdedeliryo)"
_TL_PARTICLE = r"(?:naman|nmn|po|pa|na|rin|din|talaga|tlga)"
_INNER_MARK = r"(?<=[a-z])['\u2019`-](?=[a-z])"  # "pulang-pula", "na-infect", "nag-iinit"

RULES: Dict[str, Tuple[Rule, ...]] = {
    "tl": (
        (_INNER_MARK, " "),
        # politeness and emphasis ("masakit po ang ulo", "masakit daw ang dibdib niya"): they would split a phrase
        (r"\b(?:po|ho|opo|pong|daw|raw|naman|nmn|nman|nga|pala) ", ""),
        # "hindi naman ako" (not really I): the particles go, so "hindi ako" (I am not) is one key
        (rf"\b(hindi|di|hnd|hinde|wala|wla)(?: {_TL_PARTICLE})+\b(?= (?:ako|aq|siya|sya|akong|siyang|ko)\b)", r"\1"),
        # "hindi ako makalunok" (not I can-swallow): "hindi makalunok" (can not swallow) is one key
        (r"\b(hindi|di|hnd)( (?:ako|aq|siya|sya))( maka[a-z]+)\b", r"\1\3\2"),
        # "yung kaibigan ko" (the friend my): the owner before the person
        *((rf"\b(?:ang |yung |ung |iyong )?({_TL_PERSON}) {owner}\b", rf"{english} \1") for owner, english in _TL_OWNER.items()),
        # "may lagnat ako" (there-is fever I): "i have fever"
        (rf"\b{_TL_HAVE} ((?:[a-z]+ ){{0,2}}?[a-z]+) (?:ako|aq)\b", r"ako may \1"),
        (rf"\b{_TL_HAVE} ((?:[a-z]+ ){{0,2}}?[a-z]+) (?:siya|sya)\b", r"siya may \1"),
        # "nalilito ang asawa ko" (confused the husband my): the detector reads who is confused before it
        (
            rf"\b({_TL_CONFUSED})(?: na)? (?:ang |si |yung |ung )?((?:my |your |his |their |our )?(?:{_TL_PERSON}|siya|sya))\b",
            r"\2 \1",
        ),
    ),
    "el": (
        (r";", "?"),  # the Greek question mark
        *((rf"\b({_EL_PERSON}) {owner}\b", rf"{english} \1") for owner, english in _EL_OWNER.items()),
        # "πριν (από) δύο μέρες" (before two days): "ago", which the English side moves after its span
        (rf"\bprin (?:apo )?(?=(?:\S+ )?{_EL_UNITS}\b)", "ago "),
    ),
}

SPELLING: Dict[str, Tuple[Rule, ...]] = {"el": _EL_SPELLING}

# Greek words that only their accent tells apart (Greeklish and unaccented typing leave "pote" to the glossary, unread)
ACCENTED: Dict[str, Tuple[Rule, ...]] = {
    "el": ((r"(?<!\w)ποτέ(?!\w)", "never"), (r"(?<!\w)πότε(?!\w)", "when"), (r"(?<!\w)ή(?!\w)", "or")),
}

LANGUAGES: Dict[str, str] = {"tl": TAGALOG, "el": GREEK}
