"""Glossaries for Turkish and Arabic in Latin letters ("Arabizi": Egyptian, Levantine, Gulf), same format as
`bot.chat_glossary_data`; Arabic script and Russian are in `bot.chat_glossary_data_world2`, Dutch and Romanian in
`bot.chat_glossary_data_world3`, Vietnamese and Indonesian/Malay in `bot.chat_glossary_data_world4`, Tagalog and
Greek in `bot.chat_glossary_data_world5`, Persian in `bot.chat_glossary_data_world6`, Swahili in
`bot.chat_glossary_data_world7`, Swedish and Czech/Slovak in `bot.chat_glossary_data_world8`, Hungarian and Finnish in
`bot.chat_glossary_data_world9`, Hausa in `bot.chat_glossary_data_world10`, Urdu script in
`bot.chat_glossary_data_ur` (registered here).

Arabizi writes Arabic letters with digits ("3ayan", "7arara", "sa5en", "mesh 2ader"). ``SPELLING`` turns a
digit inside or at the start of a word into letters before the check and the glossary (2 q, 3 a, 5 kh, 6 t,
7 h, 8 gh, 9 s: "7arara" and "harara" become one word), and its keys are read the same way, so they are written
here as people type them. A number stays a number: "39.5", "3 days", "2x", "38c", "130bpm", "spo2" are left alone.
"""

from __future__ import annotations

from typing import Dict, Tuple

from bot.chat_glossary_data_ur import LANGUAGES as URDU_LANGUAGES
from bot.chat_glossary_data_ur import RULES as URDU_RULES
from bot.chat_glossary_data_world2 import LANGUAGES as WORLD2_LANGUAGES
from bot.chat_glossary_data_world2 import PREFIXES as WORLD2_PREFIXES
from bot.chat_glossary_data_world2 import RULES as WORLD2_RULES
from bot.chat_glossary_data_world2 import SPELLING as WORLD2_SPELLING
from bot.chat_glossary_data_world3 import LANGUAGES as WORLD3_LANGUAGES
from bot.chat_glossary_data_world3 import RULES as WORLD3_RULES
from bot.chat_glossary_data_world4 import LANGUAGES as WORLD4_LANGUAGES
from bot.chat_glossary_data_world4 import RULES as WORLD4_RULES
from bot.chat_glossary_data_world5 import ACCENTED as WORLD5_ACCENTED
from bot.chat_glossary_data_world5 import LANGUAGES as WORLD5_LANGUAGES
from bot.chat_glossary_data_world5 import RULES as WORLD5_RULES
from bot.chat_glossary_data_world5 import SPELLING as WORLD5_SPELLING
from bot.chat_glossary_data_world6 import LANGUAGES as WORLD6_LANGUAGES
from bot.chat_glossary_data_world6 import RULES as WORLD6_RULES
from bot.chat_glossary_data_world7 import LANGUAGES as WORLD7_LANGUAGES
from bot.chat_glossary_data_world7 import RULES as WORLD7_RULES
from bot.chat_glossary_data_world7 import SPELLING as WORLD7_SPELLING
from bot.chat_glossary_data_world8 import LANGUAGES as WORLD8_LANGUAGES
from bot.chat_glossary_data_world8 import RULES as WORLD8_RULES
from bot.chat_glossary_data_world9 import LANGUAGES as WORLD9_LANGUAGES
from bot.chat_glossary_data_world9 import RULES as WORLD9_RULES
from bot.chat_glossary_data_world10 import LANGUAGES as WORLD10_LANGUAGES
from bot.chat_glossary_data_world10 import RULES as WORLD10_RULES

Rule = Tuple[str, str]

TURKISH = """
ben: i; bende|bende de: i have; benim: my; sen|siz: you; o: he; onun: his; onda: he has; biz: we; onlar: they; var: i have
vardi|vardı: i had; yok: no; yoktu: there was no; degil|degildi: not; hic: never; hic yok: none; ne: nor; ve|ile: and
veya|ya da|yahut: or; ama|fakat|ancak: but; ile birlikte: with; olmadan: without; cok|cok fazla|asiri|bayagi|epey|gayet: very
biraz|azicik|hafif: a little; daha: more; en: most; cok daha: much more; bu: this; su: that; bir: a; de|da: also
mi|mu|misin|miyim: -; gibi: like; sonra|sonrasinda|sonrasi: after; once|evvel: ago; oncesi: before; beri: since
hala|halen|hala da: still; artik: now; simdi|su an: now; bugun: today; dun: yesterday; dun gece|dun aksam|gece: last night
yarin: tomorrow; bu sabah|sabah: this morning; bu aksam: tonight; bu hafta: this week; gecen hafta: last week
gecen ay: last month; gecen yil|gecen sene: last year; yillar once|seneler once: years ago
cok uzun zaman once|yillarca once: long ago; kucukken|cocukken: as a child; gun: day; gundur|gunluk|gunler|gun boyunca: days
hafta: week; haftadir|haftalar: weeks; ay: month; aydir|aylar: months; yil|sene: year; yildir|yillar: years; saat: hour
saattir|saatler: hours; dakika|dakikadir: minutes; derece: degrees; eger|sayet|diyelim ki: if
olursa|olursam|cikarsa|gelirse|olsa|olusursa|baslarsa: if it happens; iken|oldugunda|olunca|zaman: when
diyor ki|diyor|soyluyor: says; dedi|soyledi|dedi ki: said; bana dedi: told me; arkadasim|arkadasimda|arkadasimin: my friend
arkadasim da: my friend too; olmustu|olmus|oldu|yasadi|gecirdi: had
duydum|okudum|internette|internetten|youtube da: read online; normal mi|normal midir|bu normal mi: is it normal
normal: normal
ne yapmaliyim|ne yapayim|ne yapmam lazim|ne yapmam gerekiyor|ne yapmaliyiz: what should i do; nedir|ne demek: what is
ne zaman: when; nasil: how; neden|niye|nicin: why; kac|kac tane: how many; ne kadar: how long; tekrar|yine|gene: again
her sey yolunda|her sey iyi|iyiyim|sorun yok: all fine; iyi: fine; kotu: bad; daha iyi: better; daha kotu|kotulesti: worse
gecti|kayboldu|gitti|geriledi|duzeldi: went away; iyilesti|iyilesmis: healed; hissediyorum|hissediyor: i feel
kocam|esim: my husband; karim|hanimim: my wife; annem|anne: my mum; babam|baba: my dad; oglum: my son; kizim: my daughter
ablam|kiz kardesim: my sister; abim|kardesim|erkek kardesim: my brother; komsum: my neighbour; cocuk|bebek: child
cocugum|bebegim: my child; birisi|biri|birinde|birinin: someone; insanlar: people; doktor|doktorum|hekim: doctor; iki: two
uc: three; dort: four; bes: five; alti: six; yedi: seven; sekiz: eight; dokuz: nine; on: ten; on bes: fifteen
bas|basim|basimda|basimin|kafa|kafam|kafamda|kafamin: head; sac derisi|sac derim|sac derimde|kafa derisi: scalp
sac|saclar|saclarim|saclarimda: hair; boyun|boynum|ense|ensem: neck; gogus|gogsum|gogsumde: chest; kalp|kalbim: heart
dudak|dudaklar|dudaklarim|dudagim: lips; dil|dilim: tongue; bogaz|bogazim: throat; goz|gozum|gozler|gozlerim: eyes
goz kapagi|goz kapaklarim|goz kapagim: eyelids; yuz|yuzum|yuzumde: face; alin|alnim|alnimda: forehead; cilt|deri: skin
kas|kaslar|kaslarim: muscles; kol|kolum: arm; bacak|bacagim: leg; agiz|agzim: mouth; idrar|cis: urine; nefes: breath
yutmak|yutkunmak: swallow; mezoterapi*|mezo|meso: mesotherapy; seans*: session; enjeksiyon*|igne|ignesi|igneler: injection
igne yeri|igne yerleri|enjeksiyon yeri|iğne yerinde: injection site
igne yerinde|enjeksiyon yerinde|igne yerlerinde: at the injection site; tedavi: treatment; klinik|klinikte: clinic
acil|acil servis|acile: emergency department; hastane: hospital; antibiyotik|antibiyotikler: antibiotics; ilac|hap: pills
sislik*|siskinlik: swelling; sis|sisti|sismis|siskin|sisik|sisiyor|sisli|kabarik|kabardi: swollen; yumru*|kitle|topak: lump
yumrular|yeni yumrular|yeni sislikler: new lumps; sivilce*: pimple; apse*: abscess; ciban*: boil; kist*: cyst; nodul*: nodule
kirmizi*|kizarik|kizardi|kizarmis|kizil: red; kizariklik*|kizarma: redness; sicak|sicacik|sicakligi|yaniyor|alev alev: hot
agri*|aci|aciyor|sizliyor|zonkluyor: pain; agriyor|acitiyor: hurts; agrili|acili: painful; irin|cerahat: pus
irin akiyor|iltihap akiyor|irin geliyor|iltihap geliyor|irin cikiyor|iltihap cikiyor: pus is coming out
iltihap*|enfeksiyon|mikrop kapti|mikrop kapmis: infection; iltihapli|enfekte: infected; akinti|sivi|sulaniyor: discharge
yayiliyor|yayildi|genisliyor|genisledi|etrafa yayiliyor: is spreading; hizla yayiliyor: spreading rapidly
kirmizi cizgiler|kirmizi cizgi|kirmizi seritler: red streaks; buyuyor|buyudu|buyumus: is growing; buyuk|daha buyuk: bigger
gittikce buyuyor|giderek buyuyor: getting bigger; gecmiyor|iyilesmiyor|duzelmiyor|azalmiyor: not improving
ise yaramadi|fayda etmedi: did not work; sac dokulmesi|saclarim dokuluyor|dokuluyor: hair loss
kel bolge|kellik|sacsiz bolge|yer yer dokulme|kel yer|acilma: bald patch; yara izi|iz: scar; sert|kaskati: hard; ates*: fever
yuksek ates: high fever; harare|hararet*: fever; titreme*|titriyorum|titriyor|zangir zangir: shivering
usume|usuyorum|usuyor|donuyorum: chills; kontrol edemiyorum|durduramiyorum|duramiyorum|durmuyor: uncontrollable
seker|seker hastaligi|diyabet: diabetes; sekerim var|diyabetim var: i have diabetes; diyabetik|seker hastasi: diabetic
bagisiklik*: immune system; bagisikligim zayif|bagisiklik zayif|bagisikligi dusuk: weak immune system
kortizon|steroid|kortikosteroid: steroids; kemoterapi|kemo: chemotherapy; hamile|gebe: pregnant
kafasi karisik|kafasi karisti|bilinc bulanik*|bilinci bulanik|saskin|saykiyor|sacmaliyor|bilincsiz: confused
nerede oldugunu bilmiyor|kimseyi tanimiyor|beni tanimiyor: is confused; konusmasi bozuk|dili dolasiyor|peltek: slurred speech
uykulu|cok uykulu|uyuklu*|uyuyup duruyor: very drowsy; uyandiramiyoruz|uyandiramiyorum|uyanmiyor|zor uyaniyor: hard to wake
kas agrisi|kaslarim agriyor|her yerim agriyor: muscle pain; soguk|buz gibi|buz kesti: cold; cok usuyorum: very cold
nefes alamiyorum|nefes alamiyom|nefes alamiyo|nefes alamiyor|nefesim kesiliyor|bogulyorum|boguluyorum: can not breathe
nefes darligi|nefesim daraliyor|nefes nefese|nefessiz: short of breath; hizli nefes|hizli hizli nefes: very fast breathing
kalbim hizli atiyor|kalbim cok hizli|kalp carpintisi|carpinti*: heart racing; nabiz|nabzim: pulse; hizli: fast
atiyor: beating
mor|morardi|morarmis|morarma|mavi|mavimsi: blue; solgun|bembeyaz|sapsari|benzi atti|rengi atti: pale; kul rengi|gri: grey
alacali|benek benek|lekeli: mottled; leke|lekeler: spots; mor lekeler|mor noktalar: purple spots; dokuntu*: rash
bardak|bardakla|bardagi: glass; bastirinca|bastirdigimda|bastiriyorum|bastirmak: when i press
kaybolmuyor|solmuyor|gecmiyor|gitmiyor: do not fade; kayboluyor|soluyor: fade
idrara cikmadim|idrar yapmadim|cise cikmadim|cis yapmadim|idrarim yok: i have not urinated
olecegim|olecek gibi|oluyorum|olecekmisim gibi: i feel like i might die; dayanilmaz|cekilmez: unbearable
korkunc|berbat|feci: terrible; siddetli|cok siddetli|asiri: severe; yuksek: high
bas agrisi|basim agriyor|kafam agriyor|bas agrim|basim zonkluyor: headache
siddetli bas agrisi|basim patliyor|basim cok agriyor|kafam patliyor: severe headache
ense sertligi|boynum tutuldu|boynum kaskati|boynumu oynatamiyorum|boynumu bukemiyorum|ensem sert|boyun tutulmasi: stiff neck
isik gozumu rahatsiz ediyor|isiga bakamiyorum|isiktan rahatsiz|isik gozumu aciyor|isik batiyor: light hurts my eyes
isik: light
kusma|kusuyorum|kusuyor|kustum|kusmak|istifra*|bulanti: vomiting; nobet|havale|kasilma|kriz geciriyor: seizure
gogus agrisi|gogsum agriyor|gogsumde agri|gogsum sikisiyor: chest pain; bayildim|bayildi|bayilma|bayiliyorum: fainted
yere yigildi|yigildi|cokup kaldi|yere dustu: collapsed; az once|daha yeni: just; hirilti|hisiltı|hirildiyor: wheezing
yutamiyorum|yutkunamiyorum: i can not swallow; cift goruyorum|cift gorme|iki goruyorum|iki gorurem: double vision
irinli|iltihapli: with pus; halsizlik|guc kaybi|gucsuzluk: weakness
halsiz|gucsuz: weak; bas donmesi|basim donuyor: dizzy; yorgun: tired; morluk|morluklar: bruises; kabuk|kabuklar: scabs
kan noktalari|minik kan noktalari: pinpoint bleeding spots; kan: blood; kasinti|kasiniyor: itching; kucuk|minik|ufak: small
hafif|az: mild; hassas: tender; hasta: sick; merhaba|selam: hello; birkac|bir kac: several; yeni: new
her gun|gun gectikce: more every day
durduramadigim sekilde|kontrol edemedigim sekilde|engelleyemedigim sekilde: uncontrollably
durduramadigim|durduramiyorum|durduramiyor|durmuyor: can not stop; dislerim takirdiyor|disleri takirdiyor: teeth chattering
nefes almakta zorlaniyor|nefes almakta zorlaniyorum|nefes alamiyor: can not breathe; dudaklari|dudaklarim: lips
forumda: on a forum; yazmis: wrote; tum vucudum|butun vucudum: my whole body; kontrolsuz: uncontrollably
sik olur mu|sik gorulur mu: is it common
genel bir sorum var|genel bir sorum|genel bir soru: a general question
sadece bilgi almak istiyorum|sadece merak ediyorum|bilgi almak istiyorum: just asking
su an bir sorunum yok|bir sorunum yok|hicbir sikayetim yok: nothing is wrong with me
yok su an bir sorunum|yok bir sorunum|yok hicbir sikayetim: nothing is wrong with me
kapmis: had; gecmis|gecmis gitmis: went away; bende de olur mu|bana da olur mu|bende de olabilir mi: could i get it too
gozumun etrafi|gozlerimin etrafi|gozumun cevresi|gozlerimin cevresi|goz cevrem: around my eyes
her gun daha kotu oluyor|her gun daha da kotu|gittikce kotulesiyor: getting worse every day; daha kotu|daha da kotu: worse
cok hizli yayiliyor|hizla yayiliyor|cok hizli yayildi: is spreading very fast; iki saatte|bir saatte|uc saatte: within hours
butun alnima gecti|alnima gecti|alnima kadar yayildi|alnima yayildi: spread onto my forehead
antibiyotik kullandim ama hic gecmedi|antibiyotik kullandim ama gecmedi|antibiyotik ise yaramadi: antibiotics did not help
hic gecmedi|gecmedi|hic gecmiyor|gecmiyor: did not go away; kullandim|ictim|aldim: i took
henuz yaptirmadim|daha yaptirmadim|henuz olmadim|daha olmadim|henuz yaptirmadim ama: i have not had mesotherapy yet
genelde|genellikle: usually; kac gun surer|ne kadar surer|kac gun devam eder: how long does it last
kafasi cok karisik|kafasi karisik|kafasi karmakarisik|kafam karisik: is confused
nerede oldugunu bilmiyor|nerede oldugunu bilmiyorum: does not know where he is
beni tanimiyor|kimseyi tanimiyor: does not recognise me
sag kolu birden gucsuzlesti|sol kolu birden gucsuzlesti|kolu birden gucsuzlesti|kolu gucsuzlesti: arm went weak
bardagi tutamiyor|bardak tutamiyor|bardagi tutamiyorum: can not grip the cup
konusmasi bozuldu|konusmasi bozuk: slurred speech
gogsumde sikisma|gogsumde sikisma gibi bir agri|gogsumde baski|gogsumde agri: chest tightness
titreme nobetleri|titreme krizi: rigors
ensem kaskati|ensem tas gibi|ensesi kaskati|boynum kaskati: stiff neck
isiga bakamiyorum|isiga bakamiyor: light hurts my eyes
saat icinde|saatte: in hours; yarim saattir gecmiyor|yarim saattir: for half an hour
meraktan olecegim|meraktan oluyorum|meraktan catliyorum: i am very curious
intihar dusunceleri|intihar dusuncesi: suicidal thoughts; intihar: suicide; kendimi oldurmek: kill myself
kel kalan yuvarlak alanlar|kel kalan alanlar|kel kalan yerler|yuvarlak kel alanlar|kellik alanlari: bald patches
sac cikmiyor|sac cikmiyor orada|sac bitmiyor|sac cikmadi: hair will not grow there
izlerinde|izlerde|izler: at the injection sites
kalemle cizdigim cizgiyi|cizdigim cizgiyi|cizdigim cizgi: the line i drew
cizgiyi gecti|cizgiyi asti|cizginin disina cikti: went past the line
bir saatte gecti|iki saatte gecti|bir saatte asti: went past it within an hour
alnima kadar indi|alnima kadar: down to my forehead
bayilmisim|bayildim: i fainted; esim beni yerde bulmus|beni yerde bulmus: found me on the floor
kuaforum|kuafor: my hairdresser; soyledi|dedi: said; normal oldugunu soyledi: said it is normal; dogru mu: is that true
basim dehsetli agriyir|basim cox agriyir|basim berk agriyir: i have a severe headache; dehsetli: terrible
boynum tutulub|boynum tutulubdur: my neck is stiff; qusuram|qusuruam|qusuram da: i am vomiting
"""

ARABIZI = """
ana|ani: i; enta|enti|inta|inti|anta|anti|enty: you; howa|huwa|huwe|hoa: he; heya|hiya|hiye: she; ehna|e7na|ne7na|i7na: we
homma|hinne|hum|homa: they; 3andi|3ndi|andi|3endi|endi|3ndy|3andy: i have; 3ando|3andoh|ando|3indo|3endo: he has
3andaha|3andha|3ndha|andaha|3endha: she has; 3andak|3andek|3ndk: you have; kan 3andi|ken 3andi|kan andi: i had
kan 3ando|kan 3andha|kan ando|kanet 3andha|ken 3endo: had; kan|ken|kanet|kant|kanat: was; ba2a|ba2et|sar|saret: became
fi|fe|fih|feeh|feh|fee: there is; ma fi|mafi|mafish|ma fish|mafeesh|mafesh|mafeeh|ma feesh|ma fee|mfish: there is no
ma 3andi|ma3andi|ma3ndi|ma 3ndi|ma3andish|ma3andeesh|ma3ndish|m3ndish|ma 3indi|ma3endi|mandi: i do not have
ma3andoush|ma 3ando|ma3ndo|ma3andhash|ma 3andha: has no; mesh|msh|mish|mush|mosh|mub|mu: not; ma: not; la|laa|la2: no
wala|wla|walla: nor; abadan|khales|5ales|bel marra: at all; lesa|lessa|lissa|lsa|lasa|ba3d|ba3do: still; w|we|wa|o: and
aw|walla2: or; bas|bass|bs|laken|lakin|lakn: but; ma3|m3|maa: with; bdoon|bedoon|bidoon|men gher|bala: without
3ala|3a|ala: on
fel|fil|bel|bil: in the; el|al|il|l: the; da|dah|di|deh|hada|hadi|hatha|hathi|hay|hayda|haydi: this
2awi|awi|ktir|kteer|kter|kthir|katheer|wayed|wajed|mawt|gedan|jiddan|giddan|shwaya ktir: very
shwaya|shwayya|shway|shwai|shwy: a little; aktar|aktr|akthar|azyad|zyada: more; zay|zai|mitl|methl|mithl|metl: like
ba3d|ba3den|ba3dain|ba3deen|baden: after; 2abl|abl|gabl|qabl: before; men|min|mn|mnn: since
men zaman|min zaman|men sneen|min sneen|men sanawat: long ago
el sana elli fatet|el sana el madya|sant elli fatet|el sene el madye|el sana el madi: last year; zaman|zamaan: long ago
embare7|imbare7|mbare7|el bare7|lbare7|ams|elbare7|imbari7: yesterday
embare7 bel leil|mbare7 bel leil|lelt embare7|el bare7 bel leil: last night
el naharda|elnaharda|naharda|ennaharda|el yom|elyom|el youm|elyoum|lyom|lyoum|al yom|alyoum|el yoom: today
delwa2ti|dilwa2ti|dlw2ty|dlwa2ty|halla2|hala2|hal2een|al7een|alheen|hal7in|hassa|7aliyan|halyan: now
bokra|bukra|bukrah|bokrah: tomorrow; el sob7|elsob7|es sob7|el sbe7|el sabah|sabah|el 9ob7|el sob7 da: this morning
bel leil|bellel|belleil|el leila|el lela|bil lel: tonight; el esbou3 da|hal esbou3|hal jem3a: this week
el esbou3 elli fat|el esbo3 elly fat|el osbo3 el madi|el usbu3 el madi|el esbu3 el madi|el jem3a el madye: last week
yom|youm|yoom|nhar|nahar: day; yomen|yomein|yomeen|youmein|yawmain|yomain: two days; ayam|ayyam|eyam|iyam: days
esbou3|esbo3|osbo3|usbu3|esbu3|isbu3|osboo3|jem3a|jum3a: week; esbou3en|esbo3en|osbo3en|esboo3een|esbu3ain|jem3ten: two weeks
asabee3|asabi3|asabee3|asabi3: weeks; shahr|shaher|sha7r: month
shahren|shahrain|shahrein: two months; shohor|shhour|ashhur: months
sana|sane|seneh|sene|3am: year; sanawat|snin|sneen|senin|sinin: years; sa3a|sa3ah|se3a: hour; sa3at|sa3aat|saat|se3at: hours
de2i2a|da2i2a|d2i2a|daqiqa: minute; da2aye2|d2aye2|dqayeq|daqayeq: minutes; daraga|daraja|darajat|daragat|darga: degrees
law|lau|low|iza|eza|itha|etha|ida|ize|lw: if; lama|lamma|lamman|lma|lmma|lamo: when
3ashan|3shan|la2en|li2an|3ala shan: because
2al|2alli|2ali|2alet|2alatli|2alo|gal|galli|galat|galatli|qal|qalli|aal|alli|aalli: said
bi2ool|bey2ool|by2ool|bt2ool|y2ool|ygool|bigool|yqool: says; 2alouli|2alooli|galouli|qalouli: told me
sam3t|sme3t|2ret|2areet|shoft fel net|shoft 3al net|2ret 3al net|2ret online: read online
eh|eih|shu|shou|sho|esh|aish|eish|weish: what; 7aga|shi|shy|ishi|eshi|shai: something
a3mel eh|a3mil eh|a3mel eih|hamel eh|ha3mel eh|na3mel eh|shu ba3mel|shu a3mel|shou lazem a3mel|eish asawi: what should i do
wesh asawi|shasawi|shu bsawi|eh el mafroud a3mel: what should i do; leh|leih|laish|lesh|laysh|lish|leish: why
emta|imta|emata|meta|mata|aymta|emtah: when; ezzay|ezay|izay|kif|keef|kaif|shlon|chef: how; kam|kaam: how many
2ad eh|ad eh|addesh|2addeish|gad aish|kam yom: how long; tani|tany|taani|kaman|kamaan|marra tanya|min jdid|men gedid: again
tabee3i|tabi3i|tabi3y|tabe3y|tabee3y|normal|norml: normal
3adi|3ady|3aadi: normal; waja3 khafif|wja3 khafif|waja3 5afif|wja3 5afif|waga3 khafif|wag3 khafif: mild pain
3malt|3amalt|3milt|3emelt: i had; bi rase|bi rasi|fi rase|b rase|rase: on my head
da tabee3i|hatha tabee3i|hayda tabi3i|tabee3i walla la|normal wala la|da normal: is it normal
mumken|momken|mmkn|mumkin|mimken|yenfa3|ynfa3|ba2dar|baqdar|a2dar|agdar|aqdar: can
hases|7ases|7asis|7asseh|7assa|7asa|7asah|ash3or|ash3ur|7asis b|7asse b|7ases be|7asa b: i feel
kwayes|kwayyes|mneeh|mni7|zain|zen|tamam|tmam: fine
kollo tamam|kolo tmam|kollo kwayes|kolshi tamam|kello mni7|kol shi tamam|kollo zay el foll: all fine
wehesh|we7esh|a7san|ahsan: better; aswa2|aswaa|awha: worse
ra7|ra7et|rah|ra7o|khefet|5af|5afet|ekhtafa|ekhtafat|khalas ra7|7ta ra7|ra7 khalas: went away
tab|tabet|tabbet|shefi|shifi|et3afa|ta3afa|6ab: healed; gozi|jozi|zawgi|zawji|zoji|rajli|rejjali|rayli|jawzi: my husband
merati|mrati|marti|zawgti|zawjti|marati|zawjati|mart: my wife; okhti|ukhti|ekhti|o5ti|u5ti|e5ti: my sister
akhoya|akhooya|akhi|a5i|a5oya|a5uy|akhuy|5ayi|khayi: my brother; mama|ommi|ummi|immi|yumma|yuma|omi|omy|mamti: my mum
baba|abouya|abooya|abuy|abui|abi|yuba|bouy: my dad; ebni|ibni|weldi|wildi: my son; benti|binti|bnti: my daughter
sa7bi|sa7bti|sahbi|sahbti|sadi2i|sadiqi|9adeeqi|sadeeqi|sadi2ti|9adeeqti|rfee2i|rfee2ti|refee2ti|khawiyi|sa7beti: my friend
sa7ebti: my friend; gari|jari|jarti|garti|jeerani: my neighbour
tefl|tifl|walad|3ayel|3yal|el beebi|baby|bebe|bint|benet: child
7adda|wahid: someone; makan|mkan|ma7al: place; 7awalen|7awaleen|7wali|7awl|7awaleh|7walayh: around; nas|el nas|ennas: people
dktor|doktor|doctor|daktor|dakhtor|tabib|tabeeb|el doctora|doktora|dokto: doctor; wa7ed|wahed|wa7da|wahda: one
etnein|itnein|etnen|tnein|tnen|ithnain|tnain|itnen|tneen: two; talata|tlata|tlateh|thalatha|talat|tlat|tlt: three
arba3a|arb3a|arba3|arbaa: four; 5amsa|khamsa|5amse|khamse|5ams|khams: five; setta|sitta|sette|sitteh|sitt: six
sab3a|sab3|saba3a|sab3ah: seven; tamanya|tmanye|thamanya|tamaniya|tamn: eight; tes3a|tis3a|tes3|tis3ah: nine
3ashara|3ashra|3shra|ashara|3ashr: ten; ras|raas|ra2s|ra2si|rasi|raasi|dma8|dema8|demaghi|dmaghi|dme8i|demagh|dmagh: head
farwet el ras|farwa|jeldet el ras|geldet el ras|jlde rasi|fardet el ras: scalp
sha3r|sha3ri|sha3ar|sh3r|sha3rak|sha3er|sha3ry: hair
ra2aba|ra2abti|ra2bti|rgba|rgbti|ragaba|ragabti|ra2abtoh|ra2btu|ru2be: neck
9adr|9adri|sadr|sadri|sidr|sedri|9dri|sdri: chest
2alb|2albi|albi|alb|galb|galbi|qalbi|qalb: heart; shafaif|shafayef|shfafi|shfayfi|shefa|shafa|shafti|shfafo|shafayfi: lips
lsan|lisan|lesani|lsani|lsano|lesano|lisani|lssan: tongue; zor|zouri|zawri|zore|7al2|7al2i|7al8|hal2|bel3om|bal3oom: throat
3ein|3ayn|3eni|3ayni|3aini|3eyni|3enaya|3eyoun|3yooni|3youni|3uyuni|3oyoun|3uyun|3enayh: eyes
gefn|jefn|gfoon|jfooni|jfuni|gfooni: eyelids; wesh|wishi|weshi|wesho|wajh|wejh|wejhi|wej|wjhi|wi99i|wishha|weshha: face
gabha|jabha|jbine|jbini|gabhti|jabhti|jbeen: forehead; geld|jeld|jild|gildi|geldi|jildi|jlde: skin
3adalat|3adalati|3adala|3a9ab: muscles; 2id|eed|edi|2idi|yadi: arm; regl|rijl|ejr|egri|rejli: leg
bo2|bo2i|tom|temmi|fam|famm|fom: mouth; bool|bol|bawl|bewl|pipi: urine; nafas|nafasi|nafs|nafsi|nafasy: breath
tanaffos|tanaffus|tanafos: breathing; mesotherapy|mesotherapi|mezotherapy|mezotherapi|meso|mezo|mizo|meeso: mesotherapy
gelsa|jalsa|jalseh|galsa|session|sesion|jalsat|gelsat|galsat: session
ebra|ibra|ebar|ibar|7o2na|7u2na|hoqna|huqna|7o2an|7u2an|e2bra|ebret|ibret|hu2na: injection
makan el ebra|makan el 7o2na|mkan el ebra|amaken el ebar|makan el ebar|mkan al ibra|makan al 7o2na: injection site
3elag|3ilaj|3laj|3lag|ilaj|3ilaaj|3elaj: treatment; 3eyada|3iyade|3yade|3eyadet|markaz|3iyada|3yadeh: clinic
mostashfa|mustashfa|mstashfa: hospital
el tawari2|tawari2|tawaree|el esa3af|es3af|isa3af|emergency|el emergency|el tawarea: emergency department
mudad 7ayawi|modad 7ayawi|antibiotic|antibiotik|antibayotik|mudad: antibiotics
dawa|dawaa|adwiya|7obob|7bob|7boob|7ubub: pills
kora|kura|koura|kowar|kwar|kotla|kutla|3o2da|3u2da|ou2da|o2da|3o2ad|3o2ad|gheddeh|ghodda|ghudda: lump
waram|warm|wrm|awram|awraam|nafkha|enfekha|entifakh|intifakh|tawarrom|twarrom|ntfakh: swelling
warma|warem|wareme|wareem|waaram|wereme|manfoo5|manfookh|mnaffa5|mentefe5|montafekh|mintefekh|mnaffakh|metwarram: swollen
mitwarrim|wirim|werem|werm|warram|et7awel: swollen; 7abba|7abbaya|7abbeh|7abbe|7aboob|7ubub|7abbet|7bobe: pimple
5orrag|khorrag|5urraj|khurraj|dimmala|demmala|dumal|dommala|5erraj: abscess
a7mar|7amra|ahmar|hamra|7mar|7amar|m7mar|me7marr|mi7mar|me7marra|mi7mirra|m7mrr|7omr|7amraa|7amrah: red
7omra|7umra|7mra|hmra|homra|ehmerar|i7mirar|e7merar|i7mrar: redness
so5n|sokhn|sakhen|sa5en|sa5na|so5na|sokhna|sukhn|skhon|s5on|s5ona|s5oneh|sokhoneya|so5oneya|s5oneya|sokhonya|7ar|7arr|7arra: hot
7amyan|7ami|7amya|7amye|7amyeh: hot; waga3|wag3|waja3|wja3|woja3|waj3|2alam|alam|alm|wa8a3|wag3a|waja3a|wjaa3: pain
byewga3ni|beywga3ni|biwga3ni|bewga3ni|bywja3ni|byuja3ni|btuja3ni|bywaja3ni|y3awrni|ya3awerni|yo3awerni|y3awerni|yewga3ni: hurts
ywja3ni|aam yuja3ni|3am yuja3ni|mewaga3ni|mwaga3ni|biwja3ni|biwja3|bewja3|btewga3|btewga3ni|3am twaja3ni|bywaj3ni|yewga3: hurts
yewja3|yoja3: hurts; mo2lem|mu2lim|mo2lim|mwaje3|mewga3|mewaga3|moo2lem|mu2lem: painful
sadid|sedid|9aded|saded|9adid|2ee7|2i7|qee7|2ai7|2ee2|ee7|i7|2ih|sadeed: pus
byetla3 sadid|beytala3 sadid|bytalla3 sadid|tale3 sadid|sadid tale3|byinezz sadid|bynazzel sadid: pus is coming out
aam ytala3 2ee7|3am ytal3 2ee7|yitla3 9aded|tele3 sadid|ytalla3 sadid: pus is coming out
efrazat|ifrazat|efrazaat|ifrazaat|maya|mayya|may: discharge
eltehab|iltihab|eltihab|eltehabat|iltihabat|ltihab|2eltihab|talawoth|talawwoth: infection
moltaheb|multahib|meltehib|meltehba|moltahba|mtlawwath|metlawwes|mlawwath|mitlawwath|multaheb: infected
byentesher|bientesher|beyentesher|btentesher|3am yentesher|aam yentesher|intashar|entashar|yintishir|mentesher: is spreading
mintishir|byentshr|yentesher|3am tentesher|btentshr|beyewsa3|biwsa3|bykbar w yentesher: is spreading
bysor3a|besor3a|bsor3a|bser3a|bsur3a|besre3a|bsre3a|sarea3|saree3|sari3|sre3|sree3|sarie|bser3aa: fast
byentesher besor3a|byentesher bsor3a|yentesher bsor3a: spreading rapidly
5tot 7amra|khotot hamra|5otot 7amra|5tout 7amra|khutut hamra|5tot 7mra|5e6oo6 7amra|khtoot hamra: red streaks
bykbar|beykbar|bikbar|biykbar|3am yekbar|aam yikbar|kebret|kibret|kibir|kbir|kber|kebir|kebeer|akbar|kbeer|bytkbar: is growing
btekbar|3am tekbar: is growing; akbar w akbar|bykbar aktar|kol yom akbar|kol yom bykbar: getting bigger
kowar gdida|habbat gdida|7abbat gdida|7abbat jdide|kwar jdide|kwar gdida|kowar jdida|awram gdida: new lumps
habbaat gamda|habbat gamda|habbaat nashfa|habbat nashfa|kowar gamda|kwar gamda: hard lumps; habbaat: pimples
mesh bykhef|mesh by5ef|ma 5af|ma khaf|mafish ta7assun|ma t7assan|mesh bet5ef|ma tghayar|mesh bytla3|ma bi5ef: not improving
mesh beykhef|mesh ra7|ma ra7|mabyr7sh|mesh bayrou7|ma 3am ykhef: not improving
ma nafa3|ma nefe3|mafadsh|ma jab nateeja|mesh gayeb nateega|mesh nafe3|ma ista5dam: did not work
tasa2ot sha3r|tasaqot sha3r|soqot sha3r|sha3ri bye2a3|sha3ri byo2a3|sha3ri byu2a3|2ta3 sha3ri|sha3ri 3am ywa2a3: hair loss
wa2e3 sha3r|tsa2ot: hair loss
9al3a|sal3a|9la3|sala3|9al3aat|fara8|fara3|mat2ata3|bo2a3 sal3a|bo2a3 fadya|ma fiha sha3r|mafish sha3r: bald patch
atar|2atar|athar|nadba|nodba|nadbe: scar
7arara|7arar|harara|7rara|7arareh|sokhoneya|so5oneya|s5oneya|s5oneh|skhouneh|s5oone|sukhuna|so5ona|7omma|7umma|homma: fever
7ummeh|sa5neh|sa5ne: fever
7arara 3alya|7arara mortafe3a|7arara 3alieh|7arara 3aalye|sokhoneya 3alya|7arara ktir|7arara 3alia|7arara 9ayda: high fever
7arara shdeede: high fever
bardan|bardana|bardaneh|bardane|barden|sa2an|sa2ana|sa23an|sa2aan|bard|barda|sa23a|saq3a|bared: cold
ra3sha|ra3she|ra3sheh|ra3esh|ber3esh|bart3esh|btertesh|bartesh|berta3esh|btert3esh|rajfa|rajfe|rajfeh|rejfe|barjof: shivering
berjof|3am irjof|3am yirjof|bartajef|artajef|artejef|yartajef|btartajef|ertejaf|irtijaf|ra3ash|ent7oud|rjfh: shivering
mesh 2ader awa22af|mesh 2ader a2af|mesh 3aref awa2af|ma ba2dar wa22ef|mabatwa2afsh|mesh bywa2af|ma byewa2ef: uncontrollable
mesh 2ader asaytar|ma ga3ed yewgaf|ma 3am ywa22ef: uncontrollable
sokkar|sukkar|sokar|sukar|sokkary|sukkari|sokari|diabetes|dayabetes|da2 el sokkar|marad el sokkar: diabetes
3andi sokkar|3andi sukkar|3ndi sokkar|andi sokkar|3andi el sokkar: i have diabetes
mana3a|mna3a|el mana3a|mana3ti|mana3eti|mana3a da3ifa|mana3a d3ifa|mana3ti da3ifa|mana3a 3ayfa|mna3a da3eefa: weak immune system
mana3a 9a3fa|mana3ti 9a3fa: weak immune system
cortisone|kortizon|korteezon|kortezon|korteezone|steroid|steroids|storoid: steroids
kimawi|kemawi|kimia2i|kimyawi|kemo|chemo|3elag kimawi|3ilaj kimawi: chemotherapy
7amel|7amil|7amla|7aamil|7amle|hamel|hamil|hamla|7ebla|7bla|7eble: pregnant
mesh wa3i|mish wa3i|mish wa3ye|mesh wa3ya|mesh wa3yeh|metla5bat|mitlakhbat|mla5bat|mlakhbat|metlakhbat|mela5bat: is confused
mesh merakez|msh mrakez|mesh mrakez|mish mrakkez|ta2eh|tayeh|tayha|dayekh|daye5|day5|day5a|by5arref|bykhareef: is confused
bey5arraf|bi5arref|by5arraf|bi5arrif|bi5arref|bykhabbes|bi7alwes|bihalwis|by7alwes|ybarbar|ybarbir|mesh fahem 7aga: is confused
msh 3aref 7ad|mesh 3arefni|mesh bye3rafni|ma 3am ya3rifni|ma ya3rifni|ma yi3rifni|mesh 3aref howa fen: is confused
mesh 3arfa heya fen|ma bya3ref wen howe: is confused
kalamo mesh mafhoum|kalamo t2eel|kalamha t2eel|lsano t2eel|lisano t2eel|lsanha t2eel|lsano ta2eel|lsanu t2eel: slurred speech
ma3ad yet2alla2|by2ool kalam mesh mafhoum|kalamo m5arbat|kalamo mlakhbat|mesh bye3raf yetkalem: slurred speech
na3san|naesan|na3sana|na3saan|mna33as|nayem 3ala tool|nayem tool el wa2t|nayma tool el wa2t|nayim 3ala tool|ghafyan: very drowsy
8afyan|ghafyana|naym tool el wa2t: very drowsy
mesh 2ader ysha|mesh bysha|mesh byes7a|mesh btes7a|mesh 3arfeen nes7eeh|mesh 3arfeen nsa7eeh|sa3b yes7a|sa3b ysha: hard to wake
ma 3am yfee2|ma 3am yfi2|ma bifi2|ma byfee2|sa3b nfee2o|sa3b nsa7ih|ma ygoom|ma yegoom|ma yse7|ma ysh: hard to wake
wag3 3adalat|waja3 3adalat|alam 3adalat|2alam 3adalat|wag3 fe 3adalati|gesmi metkasar|gismi mkassar|jesmi mkassar: muscle pain
jismi mkasar|jismi mkassar|gesmi kollo byewga3ni|jesmi kello 3am yuja3ni|kol gesmi byewga3ni|kol jismi y3awrni: muscle pain
mesh 2ader atnafas|mesh 2ader atnaffes|mesh 2ader at2anafas|msh 2ader atnfs|msh 2dr atnfs|mish 2adir itnaffas: can not breathe
mish 2aader itnaffas|ma ba2dar etnaffas|ma 2der etnaffas|ma a2dar atnaffas|ma agdar atnafas|ma agdar atnaffas: can not breathe
ma aqdar atnaffas|mesh 2adra atnafas|mish 2adra itnaffas|ma ba2der etnaffas|mesh 3aref atnafas: can not breathe
ma 3am 2der etnaffas|ma 3am a2der etnaffas|nafasi ma2too3|nafasi m2at3|nafasi mqatta3|nafasi mqat3|ma fi nafas: can not breathe
mesh 2ader etnaffas|mish 2ader etnaffas|mesh 2ader etnafas|mesh 2adra etnaffas|mish 2adra etnaffas: can not breathe
shafayefi|shafayfi|shfayfo|shafayfo: my lips
3am tenfokh|3am tenfo5|3am yenfokh|3am yenfo5|3am tenfa5|bte2fo5|3am tnaffe5: swelling
3am yetsakkar|3am yetsakar|3am ysakker|msakkar|msakkra|3am tetsakkar: closing
mafish nafas|makhnou2|ma5noo2|ma5nou2|ma5noo2a|mekhne2|mkhnou2|ba5ten2|bakhtine2|bet5ne2|5ane2ni|5an2ani|5ne2: can not breathe
5ane2 nafasi: can not breathe
di2 tanafos|de2 tanafos|dee2 tanaffos|di2 nafas|dee2 nafas|dee2 fe nafasi|di2 bel nafas|diq nafas|nahga|nahgan: short of breath
nahjan|baneheg|banhag|balhath|ablhath|lahath|lahthan|nafasi 2aseer|nafasi ta3ban|nefsi 2aseer|mesh la2i nafasi: short of breath
ma 3am la2i nafasi|ma al2a nafasi: short of breath
batnafas besor3a|batnaffas bsor3a|nafasi sare3|nafaso sare3|bytnafas besor3a|betnafas bsor3a|nafasi sari3: very fast breathing
3am etnaffas bsor3a|nafasi bser3a|nafasha sare3: very fast breathing
2albi bedo2|2albi bydo2|albi bedo2|2albi byd2|2albi bed2|2albi byedrab|2albi bydrob|albi bydrob|2albi 3am ydo2: heart racing
2albi 3am yed2|galbi ydg|galbi yedig|2albi dayer|nabdi sare3|nab9i sare3|nabdi 3ali|da2at 2albi sare3a|da2at albi: heart racing
dakkat 2albi|da2at 2albi 3alya|5afa2an|khafaqan|5afa2an 2alb|ra3shet 2alb: heart racing; nabd|nab9|nabdi|nab9i: pulse
bedo2|bydo2|byed2|bydrob|bydrab|3am ydo2: beating
azra2|zar2a|zar2aa|azra2ani|mzarra2|mezra2|mezra2a|zor2a|zur2a|zr2a|za2ra2: blue
ba7et|ba7ta|asfar|asfr|safra|mesfar|mesfarr|msfarr|mesafar|mesfarra|msfarra|shaheb|sha7eb|sha7ba|shahba|abyad zay el 7eta: pale
lono ra7|lonha ra7|wesho asfar|weshha asfar|wjho asfar|wejho asfar|lawno asfar|lono mekhtefi: pale
ramadi|rmadi|romadi|ramady|rmady|lono ramadi: grey
mba2ba2|mbaqbaq|mnammash|mena2at|mna22at|mba22a3|mba22a3a|mbaqqa3|m2atta3|bo2a3|bu2a3|bo2a3 7amra|bo2a3 banafsegy: mottled
no2at 7amra|n2at 7amra|bo2a3 zar2a: mottled
tafh|tafa7|tafah|tafa7 gildi|tafa7 jildi|7asasiya|7asaseya|7asasiyeh|7boob 7amra|7abbat 7amra|7bob 7mr|7abboob|bo2a3 7amra: rash
no2at banafsegi|no2at 7amra sa3eera: rash; kobbaya|kubbaye|kubbayeh|kobaya|ka2s|kas|glass|kasa|kaseh: glass
ma3 el kobbaya|b el kobbaya|bel kobbaya|bel kubbaye|bil glass|bel glass: under glass
ad8at|ad8a6|adghat|ba2dot|bad8at|badghat|bedghat|ba9ghat|dag6|da8t|da3at|a3sor|ba3sor|adoos|badoos|ba7ot: when i press
adghat 3aleha|ad8at 3aleha|lama ad8at|lamma adghat|lama adoos|lamma bedghat|lama ba3ser|lama ad8at 3alayha: when i press
mesh bt5tefy|mesh btekhtefi|mesh bete5tefy|ma bt5tefi|ma btekhtefi|ma btrou7|ma btru7|ma bitrou7|mesh bitrou7: do not fade
mesh btrou7|ma btezoul|mabt5tefesh|ma tekhtefi|la tkhtafi|ma t5tefi|mesh beyroo7|mesh by5tefy|mbtrou7sh|ma ra7at: do not fade
bt5tefy|btekhtefi|bte5tefi|btrou7|btru7|bitrou7|btezoul|bti5tifi|tekhtefi|te5tefi: fade
ma bawelt|ma bawwelt|ma tbawalt|ma 3amalt pipi|ma 3amlt bipi|ma da5alt el 7ammam|ma dakhalt el 7ammam: i have not urinated
ma r7t el 7ammam|ma ro7t el 7ammam|mafish bool|ma fi bol|el bool wa2ef|el bol wa2ef|el bool 2alil: i have not urinated
mabtbawelsh|mabbawelsh|mesh badkhol el 7ammam|mesh bad5ol el 7ammam|ma fetet 7ammam: i have not urinated
7amoot|hamoot|7amout|7amot|7a mout|ha mout|bamoot|bamout|bmoot|bmout|rayeh amoot|ray7 amoot|ana bamoot: i feel like i might die
7ases eni 7amoot|7asis 7amout|7asis ra7 moot|7ases ini hamoot|7asse 7a mout|7asis 7amout|7ases bel mot: i feel like i might die
2arrabt amoot|ra7 moot|r7 mout|3am moot|bmoot: i feel like i might die
mesh 2ader asta7mel|mesh 2ader at7ammel|ma a2dar at7ammal|ma ba2dar it7ammal|mesh mot7amal|la yutaq|la yuta2: unbearable
ma yet7ammal|ma byen7imel|mesh byet7emel|mesh bt7mel: unbearable
fa3i3|fazee3|fazi3|mor3eb|mur3ib|ra2eb|ra2ib|bashe3|bashi3|fazee3a|fa9e3|ma7ada: terrible
shedid|shadid|shdeed|shadeed|shdid|shdeede|2awy|2awee|ktiiir|awy: severe
3ali|3alya|3aliya|3alia|mortafe3|murtafi3|3aaly: high
sda3|9da3|suda3|so9a3|soda3|9oda3|sda3 shedid|wag3 ras|waja3 ras|wja3 ras|wag3 fe rasi|wag3 fi rasi|rasi byewga3ni: headache
rasi bywja3ni|rasi byuja3ni|rasi y3awrni|rasi ya3awerni|rasi 3am yuja3ni|rasi 3am yiwja3ni|rasi hayenfeger: headache
rasi 7atenfeger|rasi ra7 tenfejer|rasi 7aynfeger|rasi 3am ydo2|rasi bydo2: headache
sda3 shedid|sda3 fazee3|sda3 mosh tabee3i|sda3 rehib|wag3 ras shedid|sda3 ktir|soda3 shedid|suda3 shadid: severe headache
9da3 ktir|rasi hayenfeger|rasi ra7 tenfejer|rasi 7atenfeger: severe headache
ra2abti nashfa|ra2aba nashfa|ra2abti mashdouda|ra2abti mashdoda|ra2bti mashdoude|ra2bti nashfe|ra2bti mit5ashbe: stiff neck
rgbti msh9oba|rgbti yabsa|rgbti mashdooda|ra2abti met5ashaba|ra2abti metsallaba|mesh 2ader a7arrak ra2abti: stiff neck
ma ba2dar 7arrek ra2bti|ma agdar a7arrek rgbti|ra2abti wa2fa|tayyar fe ra2abti|ra2abti gamda|ra2abto nashfa: stiff neck
ra2abtaha nashfa|ra2bto nashfe: stiff neck
nashfa|nashef|nashfe|mit5ashab|metkhashab|mshaddeda|mashdood|mashdouda|mashdoude|yabsa|yabis|9alba|salba|gamda: stiff
el nour beyday2ni|el nour bydaye2ni|el nour byewga3 3eni|el nour byewga3 3enaya|el dow byday2ni: light hurts my eyes
el daw2 byday2ni|el daw bydaye2ni|el daw bywaje3 3youni|el 9oo2 y3awr 3youni|el nour 3am yday2ni: light hurts my eyes
el daw 3am yiwja3 3youni|mesh 2ader abos lel nour|mesh 2ader abos fel nour|mesh 2ader ashoof el nour: light hurts my eyes
ma ba2dar itfarraj 3al daw|ma a7tamel el dow|ma ba7mel el daw|ma ba7mel el 9oo2|7asasiya men el nour: light hurts my eyes
7asasiya lel daw2|7asasiye 3al daw|3eni bt2lmni men el nour: light hurts my eyes
nour|nur|noor|dow|daw|daw2|do2|9oo2|9o2|daw el shams: light
ragga3|berragga3|barragga3|rag3at|raga3t|ragga3t|ragga3et|baraggaa|traj3|betraja3|btraja3|3am traje3|3am yetraje3: vomiting
trajja3|trajja3et|estafra8|estafragh|istafragh|bastafra8|batrash|tarash|tarsh|ettarsh|t2ayo2|ta2ayo2|2ee2|ghathayan: vomiting
8athayan|ghathyan|8asayan|ghaseyan|la3ayan nefsi: vomiting
tashannogat|tashnogat|tashanog|tashnog|tashanoj|tashannoj|tashannuj|nobet sar3|nobet 9ar3|sar3|9ar3|sara3: seizure
ba3at ta5batto|etkahrab|irtijajat|ertijajat|nawba|noba|nobe|jtanoj|tashannuj 3asabi|nobat sar3|sha7na: seizure
wag3 fe sadri|wag3 fe 9adri|wag3 fe sedri|waja3 b sadri|waja3 bi sadri|waja3 bsadri|wja3 bsdri|alam fel sadr: chest pain
2alam fel sadr|alam fi sadri|sadri byewga3ni|9adri byewga3ni|sadri bywja3ni|sadri byuja3ni|9adri y3awrni: chest pain
sadri y3awrni|sadri 3am yuja3ni|wag3 sadr|waja3 sadr|alam sadr|alam fe sadri|dee2 fe sadri|di2 bsadri: chest pain
tabaga 3ala sadri|ta2l 3ala sadri|tegl 3ala 9adri|sadri mdaye2ni|sadri ma5noo2: chest pain
oghmi 3alaya|o8mi 3alaya|oghmi 3alayya|ughmi 3alay|oghmi 3aleih|oghmi 3aleh|o8mi 3aleh|oghmi 3aleha|o8mi 3aleha|oghma: fainted
ghmi|8mi|gham 3alay|ghibt 3an el wa3i|ghebt 3an el wa3i|8ebt 3an el wa3i|ghab 3an el wa3i|ghabet 3an el wa3i: fainted
fa2adt el wa3i|fa2ad el wa3i|fa2adet el wa3i|fa2adt wa3yi|sa2at mghma 3alay|dokht w we23t|daweet w wa2a3t: fainted
wa2a3t mghmi 3alay|ghashyan|ghashyana|ghashi|ghashy|8ashyan|ghayeb 3an el wa3i|mgma 3aleh|mghma 3aleh|mghma 3aleha: fainted
mghmi 3aleh|mghmi 3aleha|mgami 3aleh: fainted
we2e3|we2e3t|wi2i3|wi2e3|wa2a3|wa2a3t|wa2a3et|we23et|wi23it|wi2i3 3al ard|we2e3 3al ard|wa2a3 3al ard: collapsed
wi2e3 mgham 3alayh|saqat|sa2at|s2t|sa2atat|t7atam|inhar|enhar|nharet|tay7|6ay7|6a7|6a7at|ta7|ta7at|taye7|6aye7: collapsed
7ala2 bas|hala2 bas|ya dob|yadoob|badri: just
sfeer|9afeer|safeer|tazyeer|zaffeer|9ofeer|sofeer|so9eer|5ash5asha|khashkhasha|wheezing|sfeer fel nafas|9afeer b 9adri: wheezing
mesh 2ader abla3|mesh 2ader ebla3|ma ba2dar ebla3|ma ba2der ebla3|ma a2dar abla3|ma agdar abla3: i can not swallow
msh 2ader abla3|mesh 2adra abla3|mesh 2ader abla3 re2i|mesh 2ader abla3 ay 7aga|ma 3am 2der ebla3: i can not swallow
shayef etnein|shayef etnen|shayef dobl|shayef double|bashoof etnen|bashoof double|bshuf dobel|bshouf dobel: double vision
bshouf kel shi tnen|ashoof kil shay ithnain|shayfa etnein|shayef kol 7aga etnein|shayef kol 7aga etnen: double vision
ru2ya mozdawaga|ru2ya mozdawaja|ro2ya mozdawaga|ro2ya mozdawaja|ro2ya mzdawja: double vision
da3f|do3f|9a3f|sa3f|ta3ab|wahan|tashnej|kasal: weakness
da3eef|da3if|da3ifa|da3eefa|9a3eef|9a3ifa|d3eef|mahdood|mahdooda|mehamed|m7amed|mhadd|mhaddeh|mo7tal|mkasal|halkan|halkana: weak
7alkan|tab3an|meftaar|mkhallas: weak
dayekh|daye5|day5|dayekha|daye5a|day5a|dokha|dou5a|do5a|dookha|dawkha|dawkhan|dawkhaneh|mdawwa5|mdawakh|dayi5|dayi5a: dizzy
dokhet|dawa5: dizzy; ta3ban|ta3bana|ta3baneh|ta3baan|ta3bain|mhalak|mhalkeen|mhalaka|mhd: tired
kadamat|kadma|kadmaat|zor2a|zor2aa|zar2a|ezr2a|ezre2a|mazroo2|m7atta|bo2a3 zar2a|kdamat|kadamaat: bruises
2eshra|2eshar|2shoor|2shour|2shur|qeshra|qshoor|2eshret|2ishra|2ushur: scabs
no2at dam|n2at dam|no2a dam|no2at damm|no2at dammeya|no2at dam sa3eera|n2at dam zghire|bo2a3 dam: pinpoint bleeding spots
dam|damm|dammi|dmmi|dmm: blood
7akka|hakka|7ekka|7ka|7akkeh|7ekke|hrsh|7arsha|7a2a2|bey7okni|by7okni|bi7okni|by7kni|bt7okni|yi7ekni|y7kni|7akkani: itching
ykhkni: itching
so8ayar|soghayar|sghir|zghir|zghayar|zghayyar|saghir|so8ayara|soghayara|saghira|sghira|zghire|zgheer|sgheer|9ghir|9agheer: small
9gheer|s8eer: small; 5afif|khafif|5afifa|khafifa|khafeef|5afeef|basit|baseet|basee6|ba9ee6|b9ee6: mild
7asas|7assas|7assasa|7assaseh|7asasa|7sas: tender
3ayan|3ayana|3ayyan|3ayyana|3eyan|mareed|marid|mareeda|mare9|mareeth|mrid|3yan|3aiyan|3ayaneh: sick
marhaba|mar7aba|ahlan|salam|salam 3alikom|assalamo 3alaikom|alo|hello|sabah el 5eer|sba7 el 5er: hello
kaza|kaam|3eddet|3edet|3edit: several; gdid|gedid|jdid|jdide|gdida|jdida|gedida|jadid: new
s5n|skhn|so5n: hot; bey waga3ni|beywaga3ni|biwga3ni|bywga3ni: hurts me; wermo|weremt|werem|werma: swelled
mosh 3aref at naffes|mesh 3aref atnafas|mosh 3aref atnaffes|mosh 2ader atnafas|mesh 2ader at naffes: can not breathe
tele3|tel3et|tele3et: appeared; wa2am|wara2m: lump; gamed|gamda: hard; lesa mawgood|lissa mawgood|lesa mawgooda: still there
asabee3|asabi3: weeks; ra3sha|re3sha|ra3sha shedida: shivering
mosh 3aref awa2afha|mesh 3aref awa2afha|mosh 2ader awa2afha|mesh 2ader awa2afha: can not stop
s5onya|skhonya|sokhoneya|so5oneya: fever; s5onya gamda|so5oneya gamda: high fever
ra2abti mashdooda|ra2abto mashdooda: neck stiff
el nour beyta3ebni|el nour beydaye2ni|el nour by3awarni: light hurts my eyes; tshra7li|teshra7li|eshra7li: explain to me
el far2|far2: the difference; 3ayez afham|3ayza afham: i want to understand
ana mafesh 7aga 3andi|mafesh 7aga 3andi: i have nothing
waga3 gamed fi sedri|waga3 fi sedri|wag3 f sedri|waga3 f sedri: chest pain
2alby bydo2 besor3a|2alby bydo2 bsor3a|2alby bedo2 besor3a|2alby bey do2 besor3a: heart racing
ra2abti mitkhashaba|ra2abti metkhashba: neck stiff; el nour byewga3 3eny|el nour byewga3 3enaya: light hurts my eyes
barage3|baraga3|berage3: vomiting
alby bydo2 besor3a|alby bydo2|alby bey do2: heart racing; alam fi sedri|alam f sedri|alam fe sedri: chest pain
mesh 3arfa e7na fein|mesh 3arfa e7na fen|mesh 3arfa hya fein|mesh 3aref e7na fein|msh 3arfa e7na fein: is confused

bet2ool kalam mesh mafhoom|bet2ool kalam mesh mafhoum|by2ool kalam mesh mafhoom|bi2ool kalam mesh mafhoom: is confused
kalam mesh mafhoom: is confused
ra2bety nashfa|ra2abti nashfa|ra2bti nashfa|ra2betha nashfa|ra2abto nashfa: stiff neck
3ammal arage3|3amal arage3|3ammala arage3|barage3: vomiting
kalamo ta2eel|kalamha ta2eel|kalamo ta2il: slurred speech
mesh 3aref ana meen|mesh 3arfa ana meen|mesh 3aref howa meen|mesh 3arfa hya meen|mesh 3aref e7na meen: is confused
tele3ly|tal3ly|tele3li|tal3li: i got; kawar sghayara|kawar soghayara|kora sghayara|kawar: lumps; asabee3: weeks
gelsa: session; ta7t el gild: under the skin; fe rasy|fi rasi: on my head
sa7ebte|sa7bti|sahebti|sa7bte: my friend; 2aletle|2alatli|2aletli: told me; men sene|min sene|men seneh: a year ago
halla2 mni7a|halla2 mni7|halla2 mnee7a: is fine now; halla2: now; mbere7|mbare7|mberi7: yesterday
qalbe aam yda|qalbi aam ydo|qalbe byda|qalbi aam yde: my heart is racing; ktir sari3|kteer sari3: very fast
7asse 7a yoghma 3layye|7ase 7a yeghma 3alay|7a yoghma 3layye|7a yoghma 3alayye: i feel i am going to faint
qay7|2ay7|2ee7|2e7|qee7|qai7|2ai7|2aye7: pus; tal3|tale3|tal3a|3am yetla3: coming out
mesh 2ader atnaffas|mish 2ader atnaffas|ma 2ader atnaffas: can not breathe
mesh 3aref yetnafes|mesh 2ader yetnafes|mesh 2ader yetnaffas|mesh 3aref yetnaffas|mish 2ader yetnaffas: can not breathe
warmeen|waramet|warmet|warmo|wermet|mwarrmeen: swollen; shafayfo|shafayfha|shfayfo|shfayfha: his lips
7obob ta7t el geld|7obob gdida|7bob ta7t el jeld|7obob ta7t el jeld|7ebob ta7t el geld: new bumps under the skin
e7mrar|el e7mrar|i7mrar|el i7mrar|e7merar: redness; 3am yentesher|yentesher|3am tentesher|3am yentasher: spreading
wosel la|wesel la|woslet la: reached; kotle|kotli|kettle|ktle: lump; s5ne|s5neh|sokhne: hot
btoja3ni|btwaja3ni|bto3ja3ni: hurts me
ya3ni eih|ya3ni eh|yaani eh|ya3ni eh howa|ya3ni eih howa: what does it mean
ana bas ba2ra 3an|bas ba2ra 3an|ana ba2ra 3an: i am just reading about
ma 3amaltsh pipi|ma 3amaltesh pipi|ma 3amalsh pipi|ma 3amaltish pipi|ma 3amaltsh bipi: i have not urinated
aktar men|akter men: more than
ma 3melt pipi|ma 3mlt pipi|ma 3emelt pipi|ma 3malt pipi|ma ro7t 3al 7ammem|ma fetet 3al 7ammem: i have not peed
sar li akter men yom|sarli akter men yom|sar li aktar men yom|sarli aktar men yom: for more than a day
tele3 7obob|tel3o 7obob|tal3o 7bob|tele3li 7obob|tele3 7bob: new bumps came up
7obob jdeede|7obob jdide|7bob jdide: new bumps
ta7t el jeld|ta7t eljeld: under the skin
2albe 3am yd2o2|2albe 3am yedo2|2albe 3am ydo2|albe 3am yd2o2|2albi 3am yd2o2: my heart is racing
waja3 b sadre|waja3 bi sadre|wja3 b sadre|waja3 fi sadre|waja3 b sadri|alam fi sadri|waja3 2awe b sadre: chest pain
mish 3am be2dar|msh 3am be2dar|mish 3am 2ader|mish 2ader|msh 2ader|mesh 2ader: i can not; wa2ef|wa2if|waqef: stop
el ra3be|ra3be|ra3beh|el ra3feh: the shaking; shfafe|shfafi|shafaye: my lips
3am yenfokho|yenfokho|3am yenfa5o|3am tenfokh: are swelling
7ale2e|7al2e|hal2e|7al2i: my throat; ebla3|bla3|2ebla3: swallow; nos sa3a|nus sa3a|nos se3a: half an hour
men shahren|men shahrein|men shahrain|min shahrain|mn shahren: two months ago; la7ala|la7alo|la7alha|lahala|lahalo: by itself
ba3d kam yom|ba3d kam youm|ba3d kam yawm: after a few days
eltahab|iltahab|eltahabet|iltahabet|mel tahab: got infected
bashoof kol 7aga etnein|bashouf kol 7aga etnein|bashoof kol 7aga itnein|shayef kol 7aga etnein: i see double
"""

_LETTER_DIGITS = {"2": "q", "3": "a", "5": "kh", "6": "t", "7": "h", "8": "gh", "9": "s"}
# a digit followed by one of these is a number with its unit ("2x", "3days", "38c", "7pm"), not a letter
_UNITS = (
    r"(?:st|nd|rd|th|x|h|hr|hrs|hours?|d|days?|w|wks?|weeks?|m|mo|months?|mins?|minutes?|c|f|bpm|y|yrs?|years?"
    r"|k|kg|g|mg|ml|cm|mm|s|secs?|times)\b"
)  # not "am" or "pm": "3am" is Levantine "-ing" ("3am yuja3ni"), far more often than three in the morning
SPELLING: Dict[str, Tuple[Rule, ...]] = {
    "arabizi": tuple(
        rule
        for digit, letters in _LETTER_DIGITS.items()
        for rule in (
            (rf"(?<=[a-z]){digit}{digit}(?=[a-z])", letters * 2),  # "ka77a"
            (rf"(?<=[a-z]){digit}(?=[0-9]*[a-z])", letters),  # inside a word: "sa5en", "we23et"
            (rf"(?<=[a-z])(?<!\bspo)(?<!\bo)(?<!\bd)(?<!\bb)(?<!\bx)(?<!\bmp){digit}(?![0-9a-z])", letters),  # "wja3"
            (rf"(?<![a-z0-9.,]){digit}(?=[a-z])(?!{_UNITS})", letters),  # "3ayan", "7arara"
        )
    ),
}

# words written onto the next one: "el7arara" (the fever), "w3andi" (and I have)
PREFIXES: Dict[str, Tuple[Rule, ...]] = {
    "arabizi": (("wel", "and"), ("bel", "in"), ("fel", "in"), ("lel", "to"), ("el", ""), ("w", "and"), ("l", "")),
}

RULES: Dict[str, Tuple[Rule, ...]] = {
    "tr": (
        # "ateşim ve irinim yok" (fever and pus there-is-not): the negator goes first, where the detector reads it
        (r"\b(?!(?:yok|yoktu|degil|degildi)\b)([a-z]+) (ve|veya|ya da) ([a-z]+) (yok|yoktu|degil|degildi)\b", r"\4 \1 \2 \3"),
        # "başımda şişlik yok" (on my head swelling there-is-not): to the start of its clause, after a time told first
        # ("seanstan beri ateşim yok", since the session no fever: not "no session since fever")
        (
            r"(^|[,.;:!?\n]\s*|\b(?:ve|ama|fakat|ancak) )(?!(?:yok|yoktu|degil|degildi)\b)"
            r"((?:(?:(?!\b(?:ve|ama|fakat|ancak|yok|yoktu|degil|degildi)\b)[^,.;:!?\n])*?\b(?:beri|sonra|once|itibaren) )?)"
            r"((?:(?!\b(?:ve|ama|fakat|ancak)\b)[^,.;:!?\n])*?)\b(yok|yoktu|degil|degildi)\b",
            r"\1\2\4 \3",
        ),
        (r"\bvar\b", ""),  # "ateşim var" (my fever there-is): the sign is reported without it
        # a clause with a conditional verb ("ateşim olursa") is an "if"
        (
            r"(^|[.!?\n;]\s*)(?=[^.!?\n;]*\b(?:[a-z]+(?:irsa|irse|ursa|urse|arsa|erse)[a-z]*|olsa|olsam)\b)(?!eger\b)",
            r"\1eger ",
        ),
    ),
    "arabizi": (
        (
            r"\b(?:qabl|abl|gabl) (?=\S+ (?:yom|youm|yoom|ayam|ayyam|esbouaa?|osboa|usbua|shahr|shohor|sana|sanawat"
            r"|saaa|saat|saaat)\b)",
            "ago ",
        ),
    ),
}

RULES.update(WORLD2_RULES)
RULES.update(WORLD3_RULES)
RULES.update(WORLD5_RULES)
RULES.update(WORLD6_RULES)
RULES.update(WORLD7_RULES)
RULES.update(WORLD8_RULES)
RULES.update(WORLD9_RULES)
RULES.update(WORLD10_RULES)
RULES.update(URDU_RULES)
RULES.update(WORLD4_RULES)
SPELLING.update(WORLD2_SPELLING)
SPELLING.update(WORLD5_SPELLING)
SPELLING.update(WORLD7_SPELLING)
PREFIXES.update(WORLD2_PREFIXES)
# words whose accent alone tells them apart, rewritten before folding (`bot.chat_glossary_data.ACCENTED`)
ACCENTED: Dict[str, Tuple[Rule, ...]] = dict(WORLD5_ACCENTED)

LANGUAGES: Dict[str, str] = {
    "tr": TURKISH,
    "arabizi": ARABIZI,
    **WORLD2_LANGUAGES,
    **WORLD3_LANGUAGES,
    **WORLD5_LANGUAGES,
    **WORLD6_LANGUAGES,
    **WORLD4_LANGUAGES,
    **WORLD8_LANGUAGES,
    **WORLD9_LANGUAGES,
    **URDU_LANGUAGES,
    **WORLD7_LANGUAGES,  # late: a tie in the language check goes to a language registered before it
    **WORLD10_LANGUAGES,  # Hausa after Swahili, which shares "ina" and "yana" (round 25)
}
