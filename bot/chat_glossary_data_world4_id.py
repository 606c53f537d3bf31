"""The Indonesian and Malay glossary (same format as `bot.chat_glossary_data`) and its rewrite rules, registered with
Vietnamese by `bot.chat_glossary_data_world4`. One glossary serves both: "tidak", "tak", "nggak" (not); "nafas" and
"napas" (breath); "pengsan" and "pingsan" (fainted). Chat spellings are keys too ("sy", "gak", "bgt", "kmrn"), and a
word repeated with a hyphen or a 2 ("kejang-kejang", "kejang2") is read once.
"""

from __future__ import annotations

import re
from typing import Tuple

Rule = Tuple[str, str]


def owned(nouns: str, owners: str, owner_english: str, suffixes: str = "") -> str:
    """Entries for "noun + owner" ("đầu tôi" my head, "kepala saya", "kepalaku"), from "key|key2=english" items."""
    lines = []
    for item in re.split(r"[;\n]", nouns):
        keys, english = (part.strip() for part in item.split("="))
        spellings = [f"{k} {o}" for k in keys.split("|") for o in owners.split("|")]
        spellings += [f"{k}{s}" for k in keys.split("|") for s in suffixes.split("|") if s and " " not in k]
        lines.append("|".join(spellings) + f": {owner_english} {english}")
    return "\n".join(lines)


_ID_MINE = """kepala=head; kulit kepala=scalp; rambut=hair; leher|tengkuk=neck; dada=chest; jantung=heart; bibir=lips
lidah=tongue; tenggorokan|tenggorok|tekak=throat; mata=eyes; kelopak mata=eyelids; wajah|muka=face; dahi|jidat|kening=forehead
kulit=skin; tangan|lengan=arm; kaki=leg; suami|laki=husband; istri|isteri|bini=wife; ibu|mama|mamah|mak|emak|bunda|umi=mum
ayah|bapak|papa|papah|bapa|abah=dad; anak=child; anak perempuan=daughter; anak laki laki|anak lelaki=son
kakak|kak|adik|adek=sister; abang|kakak laki laki=brother; teman|temen|kawan|sahabat|rekan|rekan kerja|teman kerja=friend
tetangga|jiran=neighbour; bekas suntikan|bekas suntik|tempat suntikan=injection site; penglihatan|pandangan=vision
benjolan=lump"""

INDONESIAN = (
    owned(_ID_MINE, "saya|aku|sy|gue|gw|ane|ku", "my", "ku")
    + "\n"
    + owned(_ID_MINE, "dia|beliau", "the", "nya")
    + """
saya|aku|sy|ak|aq|gue|gw|gua|ane|sya|sayah: i; saya punya|aku punya|sy punya|saya ada|aku ada|sy ada|saya mengalami: i have
saya kena|aku kena|sy kena|saya terkena: i got; takut|khawatir|kuatir|cemas|risau|bimbang|was was: worried
takut kena|khawatir kena|takut terkena|takut jadi|takut nanti|khawatir nanti|takut dapat|risau kena: worried that i will get
bimbang kena: worried that i will get
kamu|anda|kau|lu|awak|engkau|kalian: you; kami|kita: we
dia|ia|beliau: he; mereka: they; suami: my husband; istri|isteri|bini: my wife; ibu|mama|mamah|emak|mak|bunda|umi|ibuk: my mum
ayah|bapak|papa|papah|bapa|abah|bokap: my dad; nyokap: my mum; anak|bocah|bayi|balita: child; anak perempuan: daughter
anak laki laki|anak lelaki|anak cowok: son; kakak|adik|adek|kakak perempuan|adik perempuan|kakak cewek: sister
abang|kakak laki laki|adik laki laki|mas nya: brother
teman|temen|tmn|kawan|sahabat|rekan|kolega|rekan kerja|teman kerja: friend
seorang teman|salah satu teman|sepupu: a friend; tetangga|jiran: neighbour; seseorang|ada orang|ada yang: someone
orang|orang orang|banyak orang|orang lain: people; dokter|dok|doktor|dokter kulit|dokter spesialis kulit|dr kulit|dsn: doctor
dan|serta|sama|sm|plus|dan juga: and; atau|ato|atw: or; tapi|tp|tetapi|namun|cuma|tapi kok: but; dengan|dgn|dg: with
tanpa: without; di|pada|dekat|kat: on; dari: from; untuk|utk|buat: for; yang|yg: that; itu|tuh: that
ini|nih: this; karena|krn|karna|soalnya|sebab|gara gara|krna: because; jadi|jd|menjadi|berubah jadi: has become; juga|jg: also
saja|aja|sahaja: only
sangat|sekali|banget|bgt|bngt|amat|sungguh|gila|sgt|teramat|benar benar: very; betul|bener: really
agak|sedikit|dikit|sikit|rada: a little
lebih|makin|semakin|tambah|bertambah|kian: more; sudah|udah|udh|sdh|dah|telah|uda: already; masih|msh|masi|tetap|tetep: still
sekarang|skrg|skr|skrang|kini|saat ini|sekarng: now; baru saja|barusan|tadi|baru aja: just; lagi|lg: again
sejak|semenjak|sjk|sedari: since; dari kemarin|dari kemaren|sejak kemarin|sejak kemaren|sjk kemarin: since yesterday
dari tadi|sejak tadi: since earlier; dari semalam|sejak semalam|sejak tadi malam: since last night
dari pagi|sejak pagi: since this morning
setelah|sesudah|abis|habis|sehabis|stlh|pasca|usai|lepas|selepas: after; sebelum|sblm|sebelumnya: before
lalu|kemudian: then; terus|terus menerus|terus terusan|trus: keeps; yang lalu|yg lalu|yang lepas|yg lepas: ago
hari ini|hr ini|hri ini|harini: today
kemarin|kemaren|kmrn|kmarin|kmaren|kemarin sore|kelmarin: yesterday; semalam|tadi malam|tadi mlm|smlm|malam tadi: last night
besok|esok: tomorrow; tadi pagi|pagi ini|pagi tadi: this morning; nanti malam|malam ini: tonight
minggu ini|pekan ini: this week
minggu lalu|minggu kemarin|minggu kemaren|pekan lalu|minggu lepas: last week; bulan lalu|bulan kemarin|bulan lepas: last month
tahun lalu|tahun kemarin|tahun kemaren|thn lalu|tahun lepas|setahun lalu|setahun yang lalu: last year
beberapa tahun lalu|bertahun tahun lalu|beberapa tahun yang lalu|tahun tahun lalu|bertahun lalu: years ago
dulu sekali|lama sekali|dahulu kala|zaman dulu|jaman dulu|dahulu|dulu saya|dulu aku|dulu sy|dulu pernah|waktu dulu: long ago
dulu: in the past; waktu kecil|masa kecil|pas kecil|sewaktu kecil|ketika kecil|semasa kecil|masa kanak kanak: as a child
sudah lama|udah lama|lama|sdh lama|dah lama|lama banget: for a long time
pernah|sempat|pernah kena|pernah ada|pernah mengalami|pernah dapat: had once
hari|hri: days; sehari: a day; minggu|mgg|pekan: weeks; seminggu|sepekan: a week; bulan|bln: months; sebulan: a month
setahun: a year
tahun|thn: years; jam: hours; menit|mnt: minutes; derajat|drjt|derajat celcius|derajat celsius: degrees; kali: times
satu: one; dua: two; tiga: three; empat: four; lima: five; enam: six; tujuh: seven; delapan: eight; sembilan: nine
sepuluh: ten; beberapa|bbrp: several; kalau|kalo|klo|kl|jika|jikalau|bila|apabila|seandainya|andaikan|misalnya|misal: if
sekiranya|andai|andainya|umpamanya|seumpama|kalau misalnya|kalo misal|bagaimana kalau|gimana kalau|gmn kalo: if
ketika|pada saat|waktu|sewaktu|semasa|tatkala: when; kapan|bilamana: when
tidak|tak|nggak|ngga|gak|ga|enggak|engga|ndak|nda|tdk|gk|g|kagak|ngak|tidak terlalu|bukan|bkn|ndk: not
belum|blm|blum|belom: not; tidak pernah|gak pernah|nggak pernah|ga pernah|tak pernah|belum pernah|ngga pernah|tdk pernah: never
tidak ada|gak ada|ga ada|nggak ada|ngga ada|enggak ada|tak ada|tiada|ndak ada|tdk ada|gk ada|g ada|kagak ada|belum ada: no
blm ada|ngak ada|engga ada|ga ada sama sekali|tidak ada sama sekali|tak de|takde|xde|x de|tidak terdapat: no
tidak lagi|gak lagi|ga lagi|nggak lagi|tak lagi: no more
sudah hilang|udah hilang|hilang|sudah sembuh|udah sembuh|dah hilang|dah sembuh: went away
sudah sembuh total|sembuh total|sudah sembuh sepenuhnya|sembuh sepenuhnya|udah sembuh total: is completely healed now
sudah diobati|udah diobati|diobati: was treated
sembuh|pulih|baikan|membaik|mendingan|sudah baikan|udah baikan|udah mendingan|sudah membaik: better
sudah reda|udah reda|reda|mereda|kempes|sudah kempes|udah kempes|mengempis|hilang sendiri|sembuh sendiri: went away
bilang|kata|berkata|cerita|bercerita|kasih tau|kasih tahu|bagitahu|memberitahu: said; katanya|kata dia: says
bilang ke saya|bilang sama saya|kasih tau saya|cerita ke saya|bagitahu saya|memberitahu saya: told me
dokter bilang|kata dokter|dr bilang|dokternya bilang|kata dokternya: doctor said
kata orang|katanya sih|denger denger|dengar dengar|kabarnya|konon|dengar dari|dengar orang|orang bilang|kata mereka: people say
baca di internet|baca di google|baca di forum|baca di tiktok|baca di instagram|di internet|di google|baca artikel: read online
baca online|lihat di tiktok|liat di tiktok|nonton di youtube|di youtube|di grup|grup facebook|grup wa: read online
baca kat internet: read online
kat internet|kat google|di medsos|dari internet|di forum|baca: read online; saya baca|aku baca|sy baca|gue baca: i read
saya baca di internet|aku baca di internet|sy baca di internet|saya baca di google|saya baca di forum: i read online
bikin|bisa bikin|menyebabkan|sebabkan|mengakibatkan|memicu|bisa menyebabkan|boleh sebabkan|boleh menyebabkan: cause
apakah normal|apa normal|normal gak|normal ga|normal nggak|normal tidak|normal ya|normal kah|normalkah|normal gk: is it normal
wajar gak|wajar nggak|wajar ga|wajar tidak|apakah wajar|apa wajar|wajar kah|wajarkah|biasa gak|biasa ga: is it normal
biasa nggak: is it normal
hal yang wajar|normal ke|biasa ke|normal tak|biasa tak|bahaya gak|bahaya ga|bahaya nggak|berbahaya tidak: is it normal
apakah berbahaya: is it normal
bahaya tidak|bahaya tak|bahaya ke|apakah bahaya|apa bahaya|berbahaya gak|berbahaya ga|apakah ini normal: is it normal
apa ini normal: is it normal
normal|wajar|biasa: normal
semua baik|semuanya baik|baik baik saja|semua aman|semua normal|tidak ada masalah|gak ada masalah: all fine; aman: safe
harus bagaimana|harus gimana|hrs gmn|harus ngapain|sebaiknya bagaimana|sebaiknya gimana|harus apa: what should i do
saya harus apa: what should i do
apa yang harus saya lakukan|apa yg hrs sy lakukan|apa yang harus dilakukan|apa yg harus dilakukan: what should i do
aku harus gimana: what should i do
gimana ini|bagaimana ini|gmn ini|gimana dong|gimana ya|apa yang perlu saya buat|apa patut saya buat: what should i do
macam mana ni: what should i do
apa perlu dibuat|apa yg perlu dilakukan|apa yang perlu dilakukan|sy harus gmn|saya harus gimana: what should i do
perlu ke dokter: what should i do
macam mana|bagaimana|gimana|gmn|bgmn|gmna|camne: how; kenapa|knp|mengapa|napa|kenape|apasal: why
apa|ape: what; apakah|apa kah|adakah: does; betul ke|betul tak|benar nggak|bener gak|benar tidak|betulkah|benarkah: is it true
berapa|brp|berapa banyak: how many; berapa lama|brp lama: how long; siapa: who
halo|hallo|selamat pagi|selamat siang|selamat sore|selamat malam|permisi|assalamualaikum|kak: hello
terima kasih|makasih|trims|tq: thanks; mohon|tolong|tlg|mhn: please
dong|deh|sih|kok|loh|lho|ya|yah|lah|kah|mah|nya|wkwk|huhu|kot: -
kepala|kpl: head; kulit kepala|di kepala|pada kepala|area kepala|bagian kepala: scalp
rambut: hair; leher|tengkuk|kuduk: neck; dada: chest; jantung: heart; bibir: lips; lidah: tongue
tenggorokan|tenggorok|tekak|kerongkongan|kerongkong: throat; mata: eyes; kelopak mata|kelopak: eyelids; wajah|muka: face
dahi|jidat|kening: forehead; kulit: skin; otot: muscles; tangan|lengan: arm; kaki: leg; mulut: mouth
kencing|pipis|air kencing|urin|buang air kecil|bak: urine; napas|nafas|bernapas|bernafas|nafasnya|napasnya: breathe
menelan|nelan|telan: swallow; mesoterapi|meso|mesotherapy|mesoterapi rambut|meso rambut: mesotherapy
sesi|sesi meso|sesi suntik|kali suntik: session; suntik|suntikan|injeksi|disuntik|suntiknya|cucuk|dicucuk|jarum: injection
bekas suntikan|bekas suntik|titik suntikan|tempat suntikan|area suntikan|lokasi suntikan|bekas jarum: injection site
luka suntikan: injection site
bekas tusukan|titik suntik|kesan suntikan|tempat cucuk|kesan cucukan|tempat disuntik|daerah suntikan|bekas cucuk: injection site
titik titik suntikan|bekas bekas suntikan|semua bekas suntikan: injection sites; tempat|bagian|daerah|lokasi|situ: place
klinik|klinik kecantikan|puskesmas|klinik estetik: clinic; rumah sakit|rs|hospital: hospital
igd|ugd|gawat darurat|unit gawat darurat|ambulans|ambulan|kecemasan|bahagian kecemasan|jabatan kecemasan: emergency department
ke igd: emergency department
antibiotik|antibiotika|antibiotiknya|amoxicillin|amoksisilin|ciprofloxacin|cefadroxil: antibiotics; obat|ubat|pil: pills
benjolan|benjol|bentol|bengkakan|ketulan|ketul|bonjol|gumpalan|nodul|gundukan|tonjolan|benjolan kecil|bintil: lump
benjol benjol|benjolan benjolan|benjolan baru|benjol baru|benjolan lagi|muncul benjolan baru|ada benjolan lagi: new lumps
timbul benjolan|muncul benjolan|tumbuh benjolan|keluar benjolan|ada benjolan: a lump appeared; jerawat|jerawatan: pimple
abses|absesnya: abscess; bisul|bisulan|bisulnya: boil; kista: cyst
bengkak|membengkak|sembab|bengkak bengkak: swollen; bengkaknya: the swelling
pembengkakan|bengkakan besar: swelling; merah|memerah|kemerah merahan|kemerahan|merah merah: red
kemerahannya|merahnya: the redness
panas|hangat|anget|terasa panas|panasnya|terasa hangat|rasa panas: hot
panas kalau dipegang|panas saat disentuh: hot to the touch
sakit|nyeri|perih|ngilu|pedih|senut senut|cenat cenut|nyut nyutan|nyut nyut|berdenyut: pain; sakitnya|nyerinya: the pain
terasa sakit|sakit kalau dipegang|sakit bila disentuh|sakit saat disentuh|sakit kalau ditekan: hurts; nyeri tekan: tender
sakit sekali|sakit banget|sakit bgt|sangat sakit|nyeri sekali|nyeri banget|sakit sangat|sakit betul: very painful
sakit parah|nyeri hebat|sakit hebat|nyeri parah|sakit berat|sakit teruk|sakit gila|nyeri berat|sakit luar biasa: severe pain
sakitnya luar biasa|sakitnya tidak tertahankan|sakitnya tak tertahankan|nyerinya luar biasa: the pain is unbearable
sakitnya minta ampun: the pain is unbearable
tidak tertahankan|tak tertahankan|gak tahan|ga tahan|nggak tahan|tidak tahan|tak tahan: unbearable
sakit tidak tertahankan|sakit tak tertahankan|sakit gak ketulungan|nyeri tak tertahankan|sakit yang amat sangat: unbearable pain
nanah|nana|isi nanah: pus; nanahnya: the pus; demamnya: the fever
bernanah|nanahan|berisi nanah|ada nanah|ada nanahnya|mengandung nanah: has pus
keluar nanah|nanah keluar|mengeluarkan nanah|keluar nanahnya|nanahnya keluar|nanah keluar terus|netes nanah: pus is coming out
keluar cairan kuning|cairan kuning|keluar cairan|cairan|rembes|merembes|basah|berair|keluar air|cairan bening: discharge
bau|berbau|bau busuk|bau tidak sedap|bau gak enak|bau ga enak|busuk|bau amis|bau nggak enak|bau tak sedap: bad smell
infeksinya|radang|peradangan: infection; infeksi|terinfeksi|meradang|infeksi kuman: infected
ada infeksi|kena infeksi|terkena infeksi: has infection
menyebar|meluas|melebar|makin lebar|makin luas|merambat|menjalar|nyebar|melebar ke|makin menyebar|bertambah luas: is spreading
semakin lebar|semakin luas|tambah lebar|tambah luas|merebak|merayap: is spreading; cepat|laju|cpt|kencang|kenceng: fast
minum|makan: take; badan|tubuh: body; berhenti|stop: stop; sama sekali: at all
sekitar|di sekitar|sekeliling|sekitarnya|di sekeliling|sekitar bekas suntikan: around
ragu|ragu ragu|bingung harus|bingung mau|bingung apakah: unsure
menyebar cepat|cepat menyebar|menyebar dengan cepat|cepat sekali menyebar|meluas dengan cepat|melebar cepat: spreading rapidly
menjalar cepat|cepat meluas|cepat melebar|nyebar cepat|menyebar sangat cepat|merebak dengan cepat: spreading rapidly
garis merah|garis garis merah|jalur merah|guratan merah|garis merah menjalar|alur merah|garisan merah: red streaks
membesar|makin besar|tambah besar|semakin besar|bertambah besar|tumbuh|makin gede|tambah gede|bertambah gede: is growing
besar|gede|lebih besar: bigger
makin hari makin besar|setiap hari makin besar|terus membesar|makin lama makin besar: getting bigger
tidak membaik|gak membaik|belum membaik|ga membaik|nggak membaik|tidak sembuh|tak sembuh|ga sembuh|nggak sembuh: not improving
gak sembuh sembuh|tidak kunjung sembuh|gak kunjung sembuh|tak kunjung sembuh|belum sembuh|tidak ada perubahan: not improving
tidak mempan|gak mempan|nggak mempan|ga mempan|tak mempan|tidak berhasil|tidak ada efek|gak ngefek|ga ngefek: did not work
antibiotik tidak mempan|antibiotik gak mempan|antibiotik tak berkesan|tak berkesan|tidak berkesan: did not work
rontok|rambut rontok|kerontokan|rambut gugur|keguguran rambut|rambut berguguran|rambut rontok banyak: hair loss
botak|pitak|bercak botak|botak sebagian|area botak|bagian botak|botak di satu titik|kebotakan|botak pitak: bald patch
rambut tidak tumbuh|rambut hilang|rambut tak tumbuh|tompok botak: bald patch; bekas luka|parut|jaringan parut: scar
keras|mengeras|kaku keras|padat: hard; kaku: stiff
demam|dmm|dmam|demem|deman|panas badan|badan panas|badannya panas|badan saya panas|meriang|demam panas|sumeng: fever
demam tinggi|panas tinggi|demam sangat tinggi|demam tinggi sekali|demam gak turun|demam tidak turun|demam terus: high fever
menggigil|mengigil|gigil|kedinginan|panas dingin|meriang menggigil|sejuk menggigil: chills
gemetar|gemeteran|gemetaran|gemeter|bergetar|menggeletar: shivering
menggigil hebat|menggigil tak terkendali|menggigil tidak terkendali|menggigil terus|menggigil parah|menggigil kuat: rigors
gemetar tidak bisa berhenti|gemetar hebat|menggigil tidak bisa berhenti|menggigil sampai gigi gemeletuk: rigors
dingin|sejuk|kesejukan: cold; sangat dingin|dingin banget|sejuk sangat|badan dingin sekali|dingin sekali|dingin bgt: very cold
diabetes|kencing manis|gula darah tinggi|penyakit gula|sakit gula|diabet|gula tinggi|diabetes melitus: diabetes
kadar gula tinggi: diabetes
imun|kekebalan tubuh|daya tahan tubuh|sistem imun|imunitas|daya tahan badan: immune system
imun lemah|daya tahan tubuh lemah|imunitas rendah|kekebalan tubuh lemah|imun rendah|hiv|odha|cuci darah: weak immune system
daya tahan tubuh rendah|sistem imun lemah|imunitas lemah|imun turun|transplantasi: weak immune system
steroid|kortikosteroid|kortison|deksametason|dexamethasone|prednison|metilprednisolon|metil prednisolon|dexa: steroids
kemoterapi|kemo: chemotherapy; hamil|sedang hamil|lagi hamil: pregnant; ibu hamil|bumil: pregnant women
pijat|dipijat|diurut|urut|pijit|dipijit|mengurut|memijat|dipencet|pencet|memencet: massage
tanda tanda|tanda|gejala|ciri ciri|ciri|tanda tandanya: signs of; efek samping|kesan sampingan: side effects
bingung: is confused
linglung|kebingungan|disorientasi|linglung banget|kurang sadar|tidak tahu dimana|gak tahu dimana: disoriented
tidak mengenali|tidak kenal saya|gak kenal saya|ga kenal saya|tidak mengenali saya|tak kenal saya: does not recognise me
gak kenal aku: does not recognise me
tak kenal orang|tidak kenal orang|gak kenal orang|tidak mengenali siapa siapa|tak kenal siapa: does not recognise anyone
jadi bingung|tampak bingung|kelihatan bingung|terlihat bingung|bingung terus|sangat bingung|makin bingung: is confused
dia bingung: is confused
keliru|nampak keliru|dia keliru|sangat keliru|keliru sangat|keliru teruk|semakin keliru: is confused
ngelantur|bicara ngawur|ngomong ngawur|meracau|mengigau|bicara ngelantur|omongan ngaco|ngomong ngaco: talking nonsense
tidak nyambung|gak nyambung: talking nonsense
nggak nyambung|ga nyambung|ngomong ngelantur|merepek|cakap merepek|bercakap merepek|ngomong sendiri|racau: talking nonsense
tidak tahu di mana|tak tahu dimana|tak tahu di mana|lupa dia di mana: disoriented
jadi pelo|cadel|bicara pelo|bicara tidak jelas|ngomong tidak jelas|ngomongnya gak jelas|bicara cadel: slurred speech
omongan tidak jelas: slurred speech
bicara susah|susah bicara|sulit bicara|lidah kelu|pelat|cakap tak jelas|bicara tak jelas|ngomong pelo: slurred speech
bicaranya pelo: slurred speech
susah ngomong|sulit ngomong|omongannya pelo|ngomongnya pelo|bicara jadi pelo|bicara pelo pelo|lidah pelo: slurred speech
susah|sulit|sukar: hard; bicara|berbicara|bicaranya|omongan|omongannya|percakapan|cakap: speech; ngomong|ngobrol: talking
diajak ngomong|diajak bicara|kalau diajak ngomong|diajak berbicara|ditanya|diajak ngobrol|bila ditanya: when spoken to
ngantuk|mengantuk: sleepy
ngantuk berat|mengantuk sekali|sangat mengantuk|mengantuk sangat|ngantuk sangat|ngantuk sekali|ngantuk parah: very drowsy
ngantuk terus|tidur terus|ngantuk banget: very drowsy
mengantuk teruk|lemas dan ngantuk|lemes ngantuk|tidur melulu|tidur saja|tidur aja|lesu mengantuk|setengah sadar: very drowsy
susah dibangunkan|sulit dibangunkan|tidak bisa dibangunkan|gak bisa dibangunin|susah dibangunin|sukar dikejutkan: hard to wake
tidak bangun bangun|gak bangun bangun|ga bangun bangun|sulit dibangunin|tak boleh dikejutkan: hard to wake
pingsan|pengsan|jatuh pingsan|hilang kesadaran|tidak sadarkan diri|tak sadarkan diri|gak sadarkan diri: fainted
tak sedarkan diri|sempat pingsan|mau pingsan|nyaris pingsan|hampir pingsan|kehilangan kesadaran: fainted
ambruk|roboh|tumbang|jatuh terkulai|kolaps|rebah|tiba jatuh|jatuh tiba|tiba tiba jatuh|jatuh tiba tiba: collapsed
tiba|tiba tiba|mendadak|seketika: suddenly
pegal|pegal pegal|nyeri otot|sakit otot|otot sakit|badan sakit semua|sakit seluruh badan|linu|badan remuk: muscle pain
nyeri seluruh tubuh|sakit sendi|pegel|pegel linu|badan pegal|lenguh|sengal sengal: muscle pain
sesak napas|sesak nafas|sesak|susah napas|susah nafas|susah bernapas|susah bernafas|sulit bernapas|sulit napas: short of breath
napas berat|nafas berat|ngos ngosan|terengah engah|napas pendek|napas tersengal|tersengal sengal|semput: short of breath
sukar bernafas: short of breath
susah nak bernafas|sesak dada|napas sesak|nafas sesak|kurang napas|kehabisan napas|kehabisan nafas: short of breath
tidak bisa bernapas|tidak bisa napas|gak bisa napas|ga bisa napas|nggak bisa napas|tak boleh bernafas: can not breathe
tidak bisa bernafas: can not breathe
gak bisa nafas|ga bisa nafas|nggak bisa nafas|tak bisa bernafas|tercekik|kehabisan udara|tak boleh nafas: can not breathe
napas cepat|nafas cepat|bernapas cepat|napas cepat sekali|napas memburu|nafas laju: very fast breathing
mengi|bengek|napas berbunyi|nafas berbunyi|napas bunyi ngik|ngik ngik: wheezing
susah menelan|sulit menelan|tidak bisa menelan|gak bisa nelan|ga bisa nelan|sakit menelan|susah telan: i can not swallow
sukar menelan: i can not swallow
tenggorokan tertutup|tenggorokan terasa tertutup|tenggorokan tercekik|tenggorokan menyempit: i can not swallow
nyeri dada|sakit dada|dada sakit|dada sesak|dada nyeri|dada terasa berat|dada tertekan|dada seperti ditekan: chest pain
dada terasa sakit|dada berat|dada seperti dihimpit|dada terasa tertekan|sakit di dada|nyeri di dada|dada rasa ketat: chest pain
jantung berdebar|deg degan|degdegan|dada berdebar|berdebar debar|berdebar|jantung berdetak cepat: heart racing
detak jantung cepat: heart racing
nadi cepat|jantung dag dig dug|jantung berdegup kencang|jantung berdegup laju|degupan jantung laju|jantung laju: heart racing
jantung deg degan|jantung berdebar kencang|jantung berdebar debar|jantung dugun dugun|jantung berdetak kencang: heart racing
detak jantung|denyut nadi|nadi|denyut: pulse; berdetak|berdegup: beating
tekanan darah rendah|tensi rendah|darah rendah|tensi drop|tensi turun|tekanan darah turun|tensinya rendah: low blood pressure
hipotensi|tekanan darah drop|tensi anjlok|tekanan darah sangat rendah: low blood pressure
tensi|tekanan darah|tensinya: blood pressure
tidak kencing|gak kencing|belum kencing|ga pipis|tidak pipis|belum pipis|nggak pipis|tidak buang air kecil: i have not urinated
belum buang air kecil|tak kencing|tidak bisa kencing|tidak ada kencing|gak pipis|ga kencing|nggak kencing: i have not urinated
belum kencing seharian|tidak kencing seharian|tak buang air kecil|tidak keluar kencing|kencing tidak keluar: i have not urinated
biru|kebiruan|membiru|ungu kebiruan: blue; bibir biru|bibirnya biru|bibir membiru|bibir kebiruan: lips blue
kulit biru|kulit membiru|kulit kebiruan: skin blue; ujung jari biru|jari biru|jari membiru: fingers blue
pucat|kulit pucat|wajah pucat|muka pucat: pale
pucat pasi|pucat sekali|pucat banget|pucat lesi|putih pucat|pucat bgt|pucat sangat: very pale
abu abu|keabuan|keabu abuan|kelabu: grey; kulit keabuan|kulit abu abu|kulit kelabu|kulit keabu abuan: skin grey
belang|belang belang|burik|bercak bercak|totol totol|loreng: mottled
kulit belang|kulit bercak|kulit seperti marmer|kulit burik|kulit totol totol|kulit belang belang|kulit loreng: mottled
bintik|bintik bintik|bercak|titik titik|bintil bintil: spots
memar|lebam|lebam lebam|biru biru|memar biru|lebam biru|biru memar|biru lebam|memar kebiruan: bruises
bintik ungu|bercak ungu|ruam ungu|bintik merah keunguan|bintik keunguan|bintik perdarahan: purple spots
titik darah|titik darah kecil|titik titik darah: pinpoint bleeding
ruam|ruam merah|bintik merah|bintik bintik merah|bercak merah|biduran|kemerahan di kulit|ruamnya|ruam ruam: rash
gelas|gelas kaca|kaca: glass
ditekan|saya tekan|pas ditekan|kalau ditekan|bila ditekan|tekan|ditekan gelas|menekan: when i press
tidak memudar|tidak pudar|tak pudar|tidak pucat: do not fade; tetap ada|masih ada: still there
tidak hilang|gak hilang|ga hilang|nggak hilang|tak hilang|tidak hilang hilang|gak hilang hilang|gak ilang: not going away
ga ilang: not going away
tidak hilang saat ditekan|tidak hilang kalau ditekan|gak hilang ditekan|tak hilang bila ditekan: do not fade when i press
tetap terlihat: do not fade when i press
rasa mau mati|rasanya mau mati|seperti mau mati|merasa akan mati|kayak mau mati|saya akan mati: i feel like i might die
aku mau mati: i feel like i might die
rasa nak mati|rasa macam nak mati|seperti akan mati|rasanya seperti sekarat|sekarat|merasa mau mati: i feel like i might die
mau mati: i feel like i might die
hebat|parah|berat|teruk|serius|dahsyat|luar biasa: severe; tinggi: high; rendah: low
sakit kepala|pusing kepala|kepala pusing|kepala sakit|pening kepala|nyeri kepala|sakit kpl|kepala nyut nyutan: headache
sakit kepala hebat|sakit kepala parah|sakit kepala berat|sakit kepala luar biasa|sakit kepala sekali: severe headache
sakit kepala banget: severe headache
kepala sakit sekali|kepala sakit banget|kepala mau pecah|sakit kepala tak tertahankan|sakit kepala teruk: severe headache
kepala seperti mau pecah: severe headache
sakit kepala yg parah|sakit kepala yang parah|sakit kepala sangat|nyeri kepala hebat|sakit kepala gila: severe headache
pusing berat: severe headache
leher kaku|kaku leher|tengkuk kaku|leher tegang|tengkuk tegang|kaku kuduk|leher keras|tidak bisa menunduk: stiff neck
gak bisa nunduk: stiff neck
leher kaku tidak bisa menunduk|leher terasa kaku|leher sakit dan kaku|leher tak boleh tunduk|susah menunduk: stiff neck
silau|sensitif cahaya|tidak tahan cahaya|gak tahan cahaya|mata sakit kena cahaya|takut cahaya|fotofobia: light hurts my eyes
silau sekali|cahaya bikin sakit mata|sakit kena lampu|silau lampu|mata silau|tak tahan cahaya: light hurts my eyes
silau kena cahaya: light hurts my eyes
cahaya|lampu|sinar: light; lihat|liat|melihat|nampak|tengok: see; penglihatan|pandangan: vision; ganda|dobel: double
muntah|muntah muntah|mual muntah|muntah terus|muntah muntah terus|mutah|muntahan: vomiting
mual|eneg|loya: nauseous; kejang|kejang kejang|sawan|ayan|epilepsi|kejang kaku|kejang seluruh badan|sawan badan: seizure
lemah sebelah|lemas sebelah|lumpuh sebelah|separuh badan lemah|sebelah badan lemah|mati rasa sebelah: weakness on one side
kebas sebelah: weakness on one side
lemah separuh badan|tangan sebelah lemah|kaki sebelah lemah|tidak bisa gerak sebelah|lumpuh separuh: weakness on one side
wajah mencong|mulut mencong|muka mencong|wajah perot|perot|mulut perot|muka senget|mulut senget|wajah miring: face drooping
tangan tidak bisa diangkat|lumpuh|tidak bisa digerakkan|gak bisa digerakin: weakness; kebas|mati rasa|kesemutan: numb
lemah|lemas|lemes|tak bermaya|lunglai|loyo|letih lesu: weak; pusing|pening|kliyengan|keleyengan|puyeng|oleng: dizzy
penglihatan ganda|pandangan ganda|melihat ganda|lihat dobel|pandangan dobel|penglihatan dobel|berbayang: double vision
penglihatan saya berganda|penglihatan berganda|pandangan berganda|pandangan saya berganda|nampak berganda: double vision
penglihatan berbayang|pandangan berbayang|lihat dua|melihat dua: double vision
penglihatan kabur|pandangan kabur|mata kabur|buram|pandangan buram|mata buram|penglihatan buram|rabun|kabur: blurred vision
capek|lelah|letih|penat: tired; gatal|gatel|gatal gatal: itching; kecil|sedikit kecil|kecil kecil: small
ringan|sedikit saja: mild; sakit kalau disentuh|nyeri kalau disentuh: tender; sakit badan|tidak enak badan|kurang sehat: sick
baru|yang baru: new; muncul|timbul|keluar|tumbuh lagi|nongol|ada lagi|terus muncul: appeared
berdarah|darah|keluar darah: blood; bintik darah|bintik darah kecil|titik darah: blood spots
koreng|keropeng|kerak: scabs; berat badan: weight
sepsis|infeksi darah|keracunan darah: sepsis; meningitis|radang selaput otak: meningitis
merasa|rasa|terasa|rasanya|berasa|ngerasa|saya merasa|aku merasa: i feel; kena|terkena|mengalami|punya|ada: have
bisa|boleh|dapat: can; tidak bisa|gak bisa|ga bisa|nggak bisa|tak bisa|tak boleh|tidak boleh|tidak dapat|tak dapat: can not
perlu|harus|mesti|sebaiknya|patut: should; mau|ingin|pengen|nak: want; sendiri: myself
bunuh diri|membunuh diri|mengakhiri hidup|akhiri hidup: suicide; berpikir|berfikir|mikir|memikirkan: think
ingin mati|mau mati|pengen mati|pingin mati: want to die; tidak ingin hidup|gak mau hidup|tak mau hidup: does not want to live
"""
)

_ID_UNITS = r"(?:hari|hr|minggu|mgg|pekan|bulan|bln|tahun|thn|jam|menit)"
_ID_SPAN = r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|bbrp|se)"
INDONESIAN_RULES: Tuple[Rule, ...] = (
    (r"\b([a-z]{3,})2\b", r"\1"),  # "kejang2", "benjol2": a repeated word
    (r"\b([a-z]+)-\1\b", r"\1"),  # "kejang-kejang"
    (r"(?<=[a-z])-(?=[a-z])", " "),  # "anak laki-laki", "kemerah-merahan"
    (  # "dada saya terasa berat" (chest my feels heavy): the owner goes first, the body part stays with its sign
        r"\b(dada|kepala|leher|tengkuk|bibir|lidah|tenggorokan|mata|kelopak mata|wajah|muka|kulit|kulit kepala|jantung|badan"
        r"|tubuh|tangan|kaki|penglihatan|pandangan|napas|nafas) (saya|aku|sy|gue|gw)\b(?= (?:terasa |rasa |agak |sangat |jadi "
        r"|juga |tiba |tiba tiba |mendadak |masih |makin |sudah |udah |mulai |sekarang |terus )*"
        r"(?:sakit|nyeri|berat|sesak|bengkak|kaku|pusing"
        r"|kabur|ganda|biru|membiru|kebiruan|pucat|panas|merah|berdebar|tertutup|lemah|keabuan|belang|dingin|perih|mencong"
        r"|buram|berbayang|gatal|mau pecah|seperti)\b)",
        r"\2 \1",
    ),
    (
        r"\b(?:imun|imunitas|daya tahan tubuh|daya tahan badan|kekebalan tubuh|sistem imun)(?: (?:saya|aku|sy|gue|gw|ku|nya))?"
        r" (?:sangat |agak |lagi |memang |sedang )?(?:lemah|rendah|turun|menurun|jelek|kurang)\b",
        "imun lemah",
    ),
    # "saya bingung" opening a clause is "I am not sure"; "suami saya bingung" is confusion
    (
        r"(^|[.,;:!?]\s*|\b(?:tapi|dan|jadi|terus) )(saya|aku|sy|gue|gw) "
        r"(?:jadi |agak |masih |sangat |lagi )?(?:bingung|keliru)\b",
        r"\1\2 ragu",
    ),
    (rf"\b({_ID_SPAN} {_ID_UNITS}) (?:yang |yg )?(?:lalu|lepas|kebelakang)\b", r"\1 ago"),  # "dua minggu lalu"
    # "gak sakit lagi" (not painful any more): "again" would undo the all-clear
    (r"\b(tidak|tak|gak|ga|gk|nggak|ngga|enggak|engga|tdk|ndak) ((?:[a-z]+ ){0,2}?[a-z]+) lagi\b", r"\1 \2 anymore"),
    (r"\bse(hari|minggu|pekan|bulan|tahun) (?:yang |yg )?(?:lalu|lepas)\b", r"se\1 ago"),  # "sebulan lalu": a month ago
    (r"\b(\d+(?:[.,]\d+)?) ?(?:derajat|drjt|derajat celcius|derajat celsius|c)\b", r"\1 degrees"),
)
