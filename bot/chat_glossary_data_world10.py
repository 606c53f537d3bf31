"""Glossaries for Hausa ("ha") and Estonian ("et"), same format as `bot.chat_glossary_data`; registered through
`bot.chat_glossary_data_world`. Its hooked letters (ɓ ɗ ƙ ƴ) fold to plain ones before matching (`bot.chat_glossary`),
so keys are written without them.

Added 2026-12 (round 25): Hausa reports were the single messages the whole bot most often missed among the languages no
glossary read (two emergencies of 22 Hausa lines in ten read sets), and langdetect has no profile for it. Hausa negates
with "ba ... ba" around the clause; the phrases that carry it ("ba ni da", "ba zan iya") are keys of their own, so the
detector sees "i do not have", "i can not" before the words they negate.
"""

from __future__ import annotations

from typing import Dict, Tuple

Rule = Tuple[str, str]

HAUSA = """
ni: i; ina: i am; ina da: i have; ina jin: i feel; ina fama da: i have; yana: it is; tana: she is; suna: they are
yana da: it has; tana da: she has; ba ni da|bani da: i do not have; ba shi da: he does not have; ba ta da: she does not have
ba zan iya|bazan iya: i can not; ba ya iya|baya iya: he can not; ba ta iya|bata iya: she can not; ba: not
sosai|matuka|kwarai: very; kadan: a little; kuma: and; amma|sai dai: but; ko: or; idan|in har: if; kamar: like
yanzu|a yanzu: now; yau: today; jiya: yesterday; daren jiya: last night; da safe|safiyar yau: this morning; tun: since
bayan: after; kafin: before; har yanzu: still; kwana: days; kwana uku|kwanaki uku: three days; mako|sati: week
mako guda|sati guda: a week; wata: month; shekara: year; shekaru: years; da suka wuce|da ta wuce: ago
kwana uku ke nan|kwana uku kenan: for three days; kwana hudu ke nan|kwana hudu kenan: for four days
mahaifina|babana: my dad; mahaifiyata|mamata|babata: my mum; mijina: my husband; matata: my wife; yata: my daughter
dana: my son; kanwata|yar uwata|yayata: my sister; dan uwana|kanina|yayana: my brother; abokina|kawata|abokiyata: my friend
an yi min|aka yi min|an yi mini|aka yi mini|aka min|an min: i was given; aka yi masa|an yi masa: he was given
aka yi mata|an yi mata: she was given; allura|allurar|allurai|alluran: injection; mesotherapy|meso|mesotherafi: mesotherapy
wurin allura|wurin allurar|inda aka yi min allura|inda aka yi allura|inda aka yi mini allura: at the injection site
wurin|wuri: the spot; kai|kaina|kansa|kanta|a kai|a kaina: head; gashi|gashina|gashin kai: hair; fata|fatar kai: skin
fuska|fuskata: face; ido|idona|idanu|idanuna|idanunsa: eyes; lebe|lebena|lebbana|lebensa: lips; harshe|harshena: tongue
makogwaro|makogwarona: throat; wuya|wuyana|wuyansa|wuyanta: neck; kirji|kirjina|kirjinsa|kirjinta: chest
zuciya|zuciyata|zuciyarsa: heart; jiki|jikina|jikinsa|jikinta: body; tsoka|tsokoki: muscles
zazzabi|zazzabin: fever; zazzabi mai zafi|zazzabi mai tsanani|zazzabi ya yi yawa: high fever
ciwo|ciwon|zogi: pain; yana ciwo|yana min ciwo|tana ciwo|yana yi min ciwo: it hurts; mai tsanani: severe
ciwon kai: headache; ciwon kai mai tsanani|ciwon kai sosai: severe headache; ciwon kirji|kirjina yana ciwo: chest pain
ciwo mai tsanani: severe pain; ba zan iya jurewa ba|ba zan iya jurewa|ba a iya jurewa: the pain is unbearable
yana da zafi|yana zafi|ya yi zafi: it is hot; zafi: hot; ja|ja ne|ya yi ja|yana da ja: red
kumbura|ya kumbura|sun kumbura|ta kumbura|kumburi: swollen; kurji|kuraje|kululu: boil
mugunya|mugunyar|diwa: pus; yana fitar da|tana fitar da|yana fitowa|da ke fitowa: is leaking
ruwa mai launin rawaya|ruwan rawaya: yellow pus; yana kara girma|ya kara girma|yana girma|kara girma: is getting bigger
rawar jiki|rawar sanyi: shivering; rawar jiki sosai|rawar sanyi sosai: shaking uncontrollably
jikina yana rawa|jikinsa yana rawa|yana rawa: i am shaking; ban da haka|banda haka: otherwise
hakorana suna karkarwa|hakoransa suna karkarwa: my teeth are chattering; tsayawa|dainawa: stop
suma|ya suma|ta suma|na suma: fainted; ya fadi|ta fadi: collapsed; ya farka|ta farka: woke up
yana rikicewa|tana rikicewa|ya rikice|ta rikice|rikicewa: confused; ba ya gane mutane|ba ta gane mutane: confused
ba ya farkawa|ba ta farkawa|barci mai nauyi: very drowsy; sanyi: cold
wahalar numfashi|ina wahalar numfashi|fama da numfashi|ba na iya numfashi|numfashi yana min wuya: i can not breathe
zuciyata tana bugawa da sauri|zuciyarsa tana bugawa da sauri|tana bugawa da sauri: my heart is racing; da sauri: fast
amai|ina amai|yana amai|tana amai: vomiting; makogwarona ya matse|makogwaro ya matse: my throat is closing
wuyana ya kafe|wuyansa ya kafe|wuyana ya yi tauri|wuyana ya sandare|wuyana ya yi sanda|wuyansa ya yi tauri: stiff neck
haske yana damuna|haske yana min ciwo|haske yana damunsa: light hurts my eyes
kamar zan mutu|ina jin kamar zan mutu|kamar zai mutu|kamar za ta mutu: i feel like i might die
ban yi fitsari ba|ba na yin fitsari|bai yi fitsari ba: i have not urinated; fitsari: urine
ina ganin abubuwa biyu|ganin biyu|gani biyu: double vision; rauni: weak
ya kamu da cuta|kamuwa da cuta|cuta: infected; zubewar gashi: hair loss; sanko|wurin da gashi ya zube: bald patch
ciwon suga|ciwon sukari: diabetes; magani|maganin: medicine; maganin kashe kwayoyin cuta|antibiotic: antibiotics
ya warke|ta warke|ya warke sarai|ta warke sarai|ya samu sauki|ta samu sauki: healed; tambaya kawai: just asking
ban yi ba tukuna: not yet done; shin: is it; me zan yi|mene zan yi: what should i do; nawa: how much; yaushe: when
akwai: there is; babu: there is no; mai: with; inda: where; aka: was; kowace rana: every day; kowace: every; rana: day
idan na taba|in na taba: when i touch it; taba: touch; cewa|yana cewa|tana cewa: says; girma: size; yanzu aka: just
bara|shekarar da ta wuce|shekarar bara: last year; na taba samun|na taba yin|ta taba samun|ya taba samun: i once had
warke gaba daya|na warke|ya warke gaba daya|ta warke gaba daya|na warke gaba daya: completely healed
ba ta gane ni ba|bai gane ni ba|bai gane mu ba|ba ta gane mu ba|ba ya gane ni: does not recognise me, confused
magana ba daidai ba|yana rudewa|tana rudewa|ya rude|ta rude: confused; farfadiya|farfadiya: seizure; girgiza: shaking
digo|dige dige|jajayen digo: rash spots; idan na danna|in na danna: when i press; kofin gilashi|gilashi: a glass
ba sa bacewa|ba sa gushewa|ba ya bacewa: do not fade; jiri: dizzy; dan: a little; lafiya kalau|lafiya: well
"""

# Estonian (round 25): a few reports each set, read by no glossary ("süstekohast tuleb mäda": pus from the injection site)
ESTONIAN = """
mina|ma: i; mul on|mul: i have; mul oli: i had; tal on: he has; tal oli: he had; ei: not; pole|ei ole: is not; ja: and
aga|kuid: but; voi: or; kui: if; vaga|vaga palju|vaga kohutav: very; natuke|veidi|pisut: a little; juba: already
nuud|praegu: now; tana: today; eile: yesterday; eile ohtul|oosel: last night; tana hommikul: this morning; parast: after
alates|saadik: since; tagasi|eest: ago; paev|paeva: day; paevad|paevi: days; teist paeva: for two days; nadal: week
eelmisel aastal|mullu: last year; aastat tagasi: years ago; tundi|tunni: hours; ule: over; ikka|ikka veel|endiselt: still
kas|kas see on normaalne: is it normal; mida ma tegema pean|mida teha: what should i do; uuesti: again
paranes|paranes ara|on paranenud|laks ule|kadus: went away; taiesti: completely; sobranna|sober: my friend
mees|abikaasa: my husband; naine: my wife; ema: my mum; isa: my dad; poeg: my son; tutar: my daughter
mesoteraapia|mesoteraapiat|mesoteraapiast|mesoteraapiaga: mesotherapy; suste|sust|sustid|susti: injection
sustekoht|sustekohast|sustekohal|sustekohas|sustekohad|sustekohtades: at the injection site; pea|peas|peanaha|peanahal: scalp
juuksed|juukseid|juuste: hair; nagu|naos: face; silm|silmad|silmalaug|silmalaud: eyes; huuled: lips; keel: tongue
kurk: throat; kael: neck; rind|rinnus: chest; suda: heart; nahk|nahal: skin; lihased: muscles
mada|madane|madaneb: pus; tuleb: is coming out; paise|paised|paiset: abscess; muhk|tukk|sole: lump
punane|punetab|punetus: red; paistes|paistetus|turses|tursunud: swollen; soe|kuum: hot; valus|valu|valutab: painful
poletik|poletikus|poletikuline: infected; kasvab|laheb suuremaks|suureneb: is getting bigger; laheb hullemaks: getting worse
levib|laieneb: is spreading; kiiresti: fast; palavik|palavikku|kuumus: fever; kulmavarinad|varisen|varin: shaking
peavalu|pea valutab: headache; kohutav peavalu|tugev peavalu: severe headache; kael on kange|kange kael: stiff neck
oksendan|oksendas|oksendamine: vomiting; valgus teeb haiget|valgus hairib: light hurts my eyes; segaduses: confused
minestasin|minestas|kukkus kokku: fainted; ei saa hingata|hingamisraskus|hingeldan: i can not breathe
rinnus valu|rinnavalu|valu rinnus: chest pain; suda peksab kiiresti|suda taob: my heart is racing; uimane: drowsy
pissimata|ei ole pissinud|pole pissinud: i have not urinated; nagu sureksin|tunnen et suren: i feel like i might die
diabeet: diabetes; steroidid: steroids; antibiootikum|antibiootikumid|antibiootikumidega: antibiotics
mu|minu: my; on: is; tema|ta: he; kirju|marmorjas|laiguline: mottled; hallikas|hall: ashen; sinakad|sinakas|sinine: blue
tunne et voin surra|voin surra|et voin surra: i feel like i might die
ei arka ules|ei arka: does not wake up; raske aratada: drowsy
ei vasta: does not respond; punased triibud|triibud: red streaks; nork immuunsus|nork immuunsus: weak immune system
siirdamist|siirdamine: transplant; segaselt|segast juttu|segane: confused; sonad tulevad valesti: slurred speech
kontrollimatult: uncontrollably; hambad plagisevad: teeth chattering; korge: high; lillad tapid|tapid|taped: rash spots
klaasiga vajutades ei kao|ei kao|klaasi all ei kao: does not fade under a glass; solm: lump; pusib: is still there
kolm nadalat: three weeks; nadalat: weeks; jooksevad|lahevad: running; kaela poole: towards the neck; muretsen: i worry
ega tea kus ta on|ei tea kus ta on: is confused, does not know where he is; raagib: talks
mis ei lope|ei lope|ei lakka: that will not stop
"""

RULES: Dict[str, Tuple[Rule, ...]] = {
    # "palavikku pole" (fever there-is-not): the negator first, where the detector reads it, as for Finnish
    "et": ((r"(^|[,.;:!?]\s*|\b(?:ja|aga) )([a-z]+) (pole|ei ole)\b", r"\1no \2"),),
}

LANGUAGES: Dict[str, str] = {"ha": HAUSA, "et": ESTONIAN}
