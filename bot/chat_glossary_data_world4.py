"""Glossaries for Vietnamese and Indonesian/Malay (same format as `bot.chat_glossary_data`); registered through
`bot.chat_glossary_data_world` as "vi" and "id".

Vietnamese: every diacritic folds away ("sưng đỏ" and "sung do" are one text), so keys are written as folded
syllables, and one folded syllable can stand for several words: "dau" is đau (pain), đầu (head) and đâu (where),
"co" is có (have), cổ (neck) and cô (she), "mat" is mắt (eye) and mặt (face). Words are read in phrases where
it matters ("dau dau" headache, "da dau" scalp, "cung co" stiff neck, "khong co" no); a bare syllable gets its
most common meaning in patients' messages, and where two readings remain the one that does not hide a sign wins
("dau co" is đau cổ, neck pain, not đâu có, "not at all"). Syllables that are everyday words of other languages ("de", "la",
"nao", "tu", "van", "da") are only keys inside phrases, so they do not count as Vietnamese in, say, a Portuguese
message. Rules turn what a word-by-word reading would get wrong: "2 tuần trước" (two weeks ago), "sốt thì không"
(fever: no), "hồi nhỏ" (as a child) but "hơi nhỏ" (a bit small), "tiêm meso có bị sốt không?" (can meso give a fever?).

The Indonesian and Malay glossary is in `bot.chat_glossary_data_world4_id`; both are registered from here.
"""

from __future__ import annotations

from typing import Dict, Tuple

from bot.chat_glossary_data_world4_id import INDONESIAN, INDONESIAN_RULES, owned

Rule = Tuple[str, str]


_VI_MINE = """dau=head; moi=lips; luoi=tongue; hong|co hong=throat; mat=eyes; mi mat=eyelids; nguc=chest
tim=heart; da=skin; da dau=scalp; toc=hair; tay=arm; chan=leg; tran=forehead; chong|ong xa=husband; vo|ba xa=wife
me|ma|u=mum; bo|ba|cha|tia=dad; con=child; con gai=daughter; con trai=son; chi|chi gai=sister; anh|anh trai=brother
em gai=sister; em trai=brother; ban|ban than|ban gai|ban trai|dong nghiep=friend; hang xom=neighbour
cho tiem|vet tiem=injection site; ong|ong noi|ong ngoai=grandfather; ba noi|ba ngoai=grandmother"""

VIETNAMESE = (
    owned(_VI_MINE, "toi|tui|em|minh|mik|mk|tao|cua toi|cua em|cua minh", "my")
    + """
toi|tui|minh|mik|mk|mh|tao|e: i; em: i; cua toi|cua em|cua minh|cua tui: my; anh ay|ong ay|cau ay|anh ta|ong ta|thang be: he
no: it; chi ay|co ay|ba ay|em ay|chi ta|co ta|con be|co be: she; ho ay|bon ho|moi nguoi|nguoi ta: people; ban: you
chung toi|chung em|bon em|tui em|chung minh: we; chong|ong xa|ox: husband; ba xa|bx: wife; me: mum
bo|tia: dad; con: still; con gai: daughter; con trai: son; be|em be|dua nho|tre con|chau|be nha em|be nha minh: child
anh trai: brother
lam lai duoc khong|lam lai dc khong|lam tiep duoc khong|lam lai duoc ko|lam lai dc ko: can i have it again
chi gai|em gai: sister; ban be|ban than|nguoi quen|dua ban|thang ban|con ban|ban gai|ban trai: friend
mot nguoi ban|mot nguoi quen|mot ban|mot dua ban: a friend; hang xom: neighbour
dong nghiep: colleague; ai do|mot nguoi|co nguoi: someone; nguoi|ng: person; bac si|bs|bsi|bac sy|bac: doctor
va|voi|cung voi: and; hoac|hoac la|hay la: or; nhung|nhung ma|tuy nhien: but; vi|boi vi|tai vi|vi the: because
nen: should; co nen: should i; cua: of; cho: place; o: at; tren|o tren: on; duoi|ben duoi: under
quanh|xung quanh|quanh cho|xung quanh cho: around; gan|canh: near; nay|nay nua: this; luon|luon luon: always; dang|dang bi: now
trong: in; ngoai|ben ngoai: outside; nhu|giong nhu: like
nhat: most; ra: out; vao: into; xuong: down; biet: know; muon: want; phai: must; uong|dung thuoc: take; xem|nhin: see
cac|nhung cai: the; nga|bi nga: fell; huyet: blood; kem|kem theo: with; di: -; tu nhien|dot nhien|tu dung: suddenly
meo: drooping
trai|ben trai: left; ben phai: right; hoai: keeps; xuong co|len co|o co|tren co|quanh co|canh co|sau co|khap co: neck
chi|chi co: only; nua: -; kia: that; thi la: -
rat|qua|ghe|cuc ky|cuc ki|vo cung|sieu|kinh khung|khung khiep|du doi: very; lam: -; hoi|hoi bi|mot chut|chut: a little
nhieu|nhieu lam: a lot; it: a little; them|hon: more; roi|oy: already; vua|vua moi|moi vua|vua roi|moi tiem|vua tiem: just
co: have; bi|da bi: got; lai bi|bi lai|tro lai|quay lai: came back; lai: again; duoc|dc|dk|duoc roi: -
a|ah|nha|hic|hix|huhu|vay|z|nhe a|nha a: -
khong|ko|k|kh|hok|hem|khg|cha|chang|chua|chua he|khong he|chang he: not; hong co|hok co|hem co|kco: no
khong co|ko co|k co|kh co|khg co|chang co|cha co|khong thay|ko thay|k thay|chua co|chua thay|khong he co: no
khong bi|ko bi|k bi|kb|chua bi|khong he bi|chang bi: not; khong con|ko con|k con|het|khong con bi: no more
cung khong|cung ko|cung k|cung chang|cung chua|cx khong|cx ko|cx k: nor; cung|cx: also
khong bao gio|chua bao gio|ko bao gio|k bao gio|chang bao gio|chua tung|khong tung|chua he bao gio: never
con bi|con thay: still; gio|bay gio|bay h|bh|hien tai|hien gio|luc nay|gio day: now
hom nay|hnay|hum nay|bua nay|ngay hom nay: today; hom qua|hqua|hum qua|bua qua|bua hom qua: yesterday
dem qua|toi qua|dem hom qua|toi hom qua: last night; sang nay|sang som nay: this morning; toi nay|dem nay: tonight
ngay mai: tomorrow; tuan nay: this week; tuan truoc|tuan vua roi: last week; thang truoc|thang vua roi: last month
nam ngoai|nam truoc|nam ngoai roi: last year; may nam truoc|vai nam truoc|nhieu nam truoc|mot vai nam truoc: years ago
hoi xua|ngay xua|hoi truoc|truoc day|tu hoi xua|cach day lau|cach day rat lau: long ago
luc nho|luc be|khi con nho|hoi con nho|thoi nho|hoi con be|khi con be: as a child
lau roi|tu lau|lau|lau lam roi|tu lau lam roi: for a long time
tu hom qua|tu hqua|tu bua qua|tu sang|tu sang nay|tu toi qua|tu dem qua|tu hom|tu luc|tu khi|tu sau|tu ngay: since
ngay|hom|bua: days; tuan: weeks; thang: months; vai nam|may nam|nhieu nam: years; tieng|tieng dong ho: hours; phut: minutes
nhiet do|nhiet: temperature; sau|sau khi|sau do: after; luc do|khi do|hom do|ngay do|thoi diem do|dao do: at that time
truoc|truoc khi|truoc do: before; cach day: ago
mot: one; ba: three; bon: four; vai|may|mot vai|vai ba: a few; lan nay|lan truoc|moi lan|nhieu lan|may lan|vai lan: -
lan dau|lan dau tien: first time
neu|neu nhu|neu ma|lo nhu|lo ma|nho nhu|nho ma|gia su|gia nhu|truong hop|phong khi|lo sau nay|neu lo: if
khi|luc|khi ma|luc ma: when; khi nao|luc nao|bao gio: when
lo lang|lo qua|so qua|hoang qua|so|lo so|em lo|toi lo|minh lo|dang lo|rat lo|hoi lo: worried
lo bi|so bi|lo la|so la|so minh bi|lo minh bi|lo rang|so rang: worried that i will get
noi|bao|thay noi|thay bao|nghe thay: said; co the|co khi: can; co the bi|co the gay|de bi: can get; khong the|ko the: can not
bac si noi|bac si bao|bs noi|bs bao: doctor said; nghe noi|nghe bao|nghe don|nghe ke|nghe: i heard that
nguoi ta noi|nguoi ta bao|moi nguoi noi|moi nguoi bao|ho noi|ho bao|tren mang noi|mang noi|nghe nguoi ta noi: people say
doc tren mang|doc duoc|tren mang|len mang|doc|tren mang doc|tim hieu|tra google|tren google|tren tiktok: read online
tren facebook|hoi nhom: read online
dien dan|tren nhom|trong nhom|nhom facebook|tren dien dan: in a forum; tim hieu tren mang|doc bao|doc tin: read online
co binh thuong khong|binh thuong khong|co binh thuong ko|binh thuong ko|binh thuong k|bt ko|bt k|bt khong: is it normal
co sao khong|co sao ko|co sao k|co sao hong|co sao hok|co sao ha|sao khong|co nguy hiem khong|nguy hiem khong: is it normal
co nguy hiem ko|co bi sao khong|co dang lo khong|dang lo khong|co van de gi khong|co sao ko a|co phai binh thuong: is it normal
binh thuong|bt|bth|bthg: normal; thuong|thuong thuong: usually; khong on|ko on|k on|chang on|khong on lam: not ok
on|moi thu on|van on|on roi|on ca|khong sao|ko sao|k sao|ok het|deu on|on het: all fine
phai lam sao|phai lam gi|lam sao|lam gi|nen lam gi|nen lam sao|phai lam the nao|lam the nao|gio sao|tinh sao: what should i do
lm sao|lm j|lam j|phai lam j|nen lam j|phai lm sao|bay gio phai lam sao|gio phai lam sao|toi phai lam gi: what should i do
cho hoi|cho em hoi|cho toi hoi|cho minh hoi|xin hoi|em muon hoi|toi muon hoi: can i ask; tai sao|vi sao|sao vay|sao the: why
the nao|nhu the nao|ntn|ra sao: how; bao lau|bao lau roi: how long; bao nhieu: how many
the thi|vay thi: so; xong|xong roi|tiem xong: after
co dung khong|dung khong|co that khong|that khong|phai khong|co phai khong: is it true
di kham|kham|di bac si|gap bac si: see a doctor; ai: who; gi|j: what
xin chao|chao|chao bac si|chao ban|alo: hello; cam on|cam on nhieu: thanks
da dau|chan toc|vung da dau|tren da dau: scalp; tren dau|o dau|vung dau|dinh dau|sau dau: on my head; dau: painful
dau dau|nhuc dau|dau nua dau|dau dau nhe|bi dau dau|nang dau|dau dau am i: headache; dau tien|luc dau|ban dau: at first
bat dau|bat dau bi|moi bat dau: started; toc|soi toc: hair; dau hieu|trieu chung|bieu hien|dau hieu cua: signs of
la gi: what is; tac dung phu: side effects
xoa bop|xoa|nan|nan bop|bop|nan mu|mat xa|massage: massage; sau gay|cai co|vung gay|vung co: neck
co toi|co tui|co cua toi|co cua em|co cua minh: my neck
dau co|moi co|dau gay|nhuc gay|moi gay|nhuc co: neck pain; gay|gay ra|gay nen: cause
de phong|phong ngua|phong tranh|tranh: prevent
nguc|long nguc|vung nguc: chest; tim|trai tim: heart; luoi: tongue; hong|co hong: throat; mat|doi mat|hai mat: eyes
mi mat|bong mat|mi tren|mi duoi: eyelids; mat mui|guong mat|khuon mat: face; tran|vung tran: forehead
lan da|vung da|tren da|ngoai da|duoi da|da ngoai: skin; co bap|bap thit|bap co: muscles; tay|canh tay: arm; chan: leg
mieng: mouth; nuoc tieu|tieu|di tieu|di tieu tien|tieu tien|di ve sinh|di tieu nho: urinate; tho|hit tho|hoi tho: breathe
nuot: swallow; meso|mesotherapy|tiem meso|tiem mesotherapy|meso toc|tiem toc|tiem moc toc|tiem kich moc toc: mesotherapy
tiem duong toc|cay meso|vi kim: mesotherapy; lan tiem|buoi tiem|lieu trinh|dot tiem|buoi|dot: session
mui tiem|mui chich: injection
tiem|chich|kim|kim tiem: injection; cho tiem|vet tiem|vi tri tiem|diem tiem|cho chich|vet chich|lo kim|vet kim: injection site
nhung cho tiem|cac cho tiem|cac vet tiem|nhieu cho tiem|cac diem tiem: injection sites; vi tri|vung|khu vuc: place
phong kham|pk|tham my vien|tmv|co so: clinic; benh vien|bv|nhap vien: hospital
cap cuu|phong cap cuu|xe cap cuu|goi cap cuu|khoa cap cuu|goi xe cap cuu: emergency department
khang sinh|thuoc khang sinh|uong khang sinh|dung khang sinh|chich khang sinh: antibiotics; thuoc|vien thuoc: pills
cuc|cuc u|u|khoi u|cuc sung|cuc cung|hach|noi hach|buou|u cuc|cuc u nho|not san|cuc nho: lump
cuc u moi|cuc moi|u moi|hach moi|cuc khac|them cuc|noi them cuc|nhieu cuc|may cuc|vai cuc|cac cuc: new lumps
noi may cuc u moi|noi may cuc moi|noi vai cuc moi|noi vai cuc u moi|noi them may cuc: new lumps appeared
noi may cuc u|noi may cuc|noi vai cuc|noi vai cuc u|noi nhieu cuc|noi mot cuc: lumps appeared
noi cuc|noi u|noi cuc u|moc cuc|len cuc|moc u|noi len cuc: a lump appeared; co cuc|co cuc u: there is a lump; mun: pimple
mun mu|mun boc: pimple with pus
ap xe|apxe|ap se|o ap xe|o mu|tui mu: abscess; nhot|mun nhot|dinh rau|nhot boc: boil; u nang: cyst
sung|sung len|sung to|sung phu|phu|phu ne|sung ne|phong|phong len|sung vu|sung hup|hup: swollen; phu nu: woman
sung tay|tay do: swollen and inflamed
vet sung|cho sung|sung phong|phong rop: swelling; do|do len|ung do|do ung|do au|do tuoi: red; do hon: redder
vet do|mang do|quang do|vung do|cho do|cho bi do|mau do: redness; nong|nong ran|nong hon|am nong|nong rat: hot; am: warm
so vao nong|so thay nong|cham vao nong|so vao thay nong|so vao am: hot to the touch; bong rat|xot|rat rat: burning
dau nhuc|nhuc|e am|dau rat|buot|dau buot|dau nhoi|nhoi|dau am i|am i: pain; lam dau|thay dau|bi dau nhieu: hurts
dau lam|dau qua|dau ghe|rat dau|dau nhieu|dau nhieu lam|dau that|dau wa: very painful
dau du doi|dau du|dau nang|dau kinh khung|dau khung khiep|dau kinh hoang|dau khung|dau ghe gom|dau cuc ky: severe pain
dau cuc ki: severe pain
dau khong chiu noi|dau khong chiu duoc|dau ko chiu noi|dau k chiu noi|dau qua suc chiu|dau chet di duoc: unbearable pain
dau chet mat: unbearable pain
dau muon chet|dau muon xiu|dau nhu chet|dau phat khoc|dau nhat doi|dau nhat tu truoc den gio|dau dien: unbearable pain
khong chiu noi|khong chiu duoc|ko chiu noi|k chiu noi|qua suc chiu dung|chiu het noi|het chiu noi: unbearable
mu|mu vang|mu trang|mu xanh|dich mu: pus; co mu|bi mu|mung mu|nhiem mu|u mu|lam mu|len mu|tu mu|cang mu: has pus
chay mu|ra mu|ri mu|chay mu ra|mu chay ra|mu ri ra|nan ra mu|vo mu|mu tu ra|chay dich mu|mu chay: pus is coming out
chay dich|ri dich|ra dich|dich vang|chay nuoc|ri nuoc|dich|ra nuoc vang|uot: discharge
mui hoi|boc mui|co mui|mui thoi|mui la|boc mui hoi|co mui hoi|hoi ham|mui hoi thoi|hoi thoi lam|hoi thoi qua: bad smell
rat hoi thoi: bad smell
hoi thoi|chi hoi thoi|muon hoi thoi|hoi chut thoi|hoi cho biet thoi: just asking
khong bi gi|ko bi gi|k bi gi|khong sao ca|khong co gi|ko co gi|khong bi sao|chang sao|khong van de gi: nothing wrong
khong tra loi|ko tra loi|k tra loi|hoi khong tra loi|goi hoi khong tra loi|khong phan ung|ko phan ung: does not respond
chua xep|chua het|chua tan|khong xep|ko xep|khong het|ko het|k het|khong tan|chua lanh|khong lanh|ko lanh: not going away
chua khoi han: not going away
nhiem trung|nhiem khuan|viem|viem nhiem|nhiem: infection; bi nhiem trung|bi viem|bi nhiem khuan|nhiem trung roi: infected
lan ra|lan rong|dang lan|lan dan|lan to|loang ra|lan sang|lan xuong|lan ra xung quanh|rong ra|lan rong ra: is spreading
lan nhanh|lan ra nhanh|lan rat nhanh|lan rong nhanh|lan nhanh qua|lan nhanh lam|to ra rat nhanh: spreading rapidly
lan ra rat nhanh: spreading rapidly
nhanh|nhanh qua: fast; do lan|do lan ra|vet do lan|vet do lan ra|mang do lan|quang do lan|do lan rong: redness is spreading
sung lan|sung lan ra|sung lan xuong|sung lan rong: swelling is spreading
khong lan|ko lan|k lan|chua lan|khong lan ra|khong lan rong: is not spreading
vet do chay|vet do dai|vet do keo dai|soc do|duong do|duong mau do|tia do|vach do|vet do chay dai|soc do chay: red streaks
to: big; to ra|lon ra|to len|lon len|phat trien|to dan|lon dan|ngay cang to|cang ngay cang to|moi ngay mot to: is growing
to hon|lon hon|to hon truoc|lon hon truoc: bigger; ngay cang lon|cang luc cang to|to them|lon them: getting bigger
khong do|ko do|k do|khong giam|ko giam|khong bot|ko bot|chang do|khong khoi|ko khoi|chua khoi|khong thuyen giam: not improving
van khong do|van ko do|van chua khoi|van khong khoi|khong do chut nao|chua do|chua giam|chua bot|khong thay do: not improving
khang sinh khong do|khang sinh ko do|khong an thua|vo hieu|khong hieu qua|uong thuoc khong do: did not work
uong khang sinh khong do: did not work
rung toc|toc rung|rung toc nhieu|rung nhieu toc|toc rung nhieu: hair loss; khong sung|ko sung|k sung|khong sung do: not swollen
mang hoi|vung hoi|cho bi hoi|hoi mot mang|rung toc tung mang|rung tung mang|tung mang|mang troc|troc: bald patch
cho khong co toc|hoi tung mang: bald patch
seo|vet seo|seo loi: scar; cung ngac|cung nhu da|cung lai|so thay cung|chac cung|cung cung|bi cung: hard
sot|phat sot|len con sot|nong sot|nguoi nong|nong nguoi|nong trong nguoi|sot nhe|hay sot|hoi sot|sot ve chieu: fever
sot cao|sot rat cao|sot cao lien tuc|sot nang|sot li bi|sot hoai|sot khong ha|sot mai khong ha|sot cao khong ha: high fever
on lanh|ron lanh|gai lanh|lanh run|run lanh|ret|ret run|buot lanh|on on lanh|lanh nguoi|on lanh toan than: chills
run|run run|run ray|run nguoi|run tay|run bap|run lay bay: shivering
run cam cap|run ban bat|run khong kiem soat|run khong ngung|run khong dung duoc|run khong ngung duoc|run du doi: rigors
khong kiem soat|khong dung duoc|khong the dung|khong ngung: uncontrollable; lanh: cold; rat lanh|lanh ngat|lanh toat: very cold
tieu duong|benh tieu duong|dai thao duong|duong huyet cao|tieu duong tuyp|tieu duong type|duong huyet|benh duong: diabetes
duong cao: diabetes
mien dich|suc de khang|he mien dich: immune system; bi tieu duong|co tieu duong: i have diabetes
suy giam mien dich|mien dich yeu|suc de khang yeu|de khang kem|suc de khang kem|mien dich kem|hiv|ghep tang: weak immune system
corticoid|cortico|steroid|corticosteroid|prednisolon|prednison|dexamethason|medrol|methylprednisolon|thuoc cortico: steroids
hoa tri|dang hoa tri|ung thu: chemotherapy; co bau|mang thai|mang bau|co thai|dang bau|bau bi: pregnant
lu lan|lan lon|me sang|khong tinh tao|ko tinh tao|ngo ngac|bi lu|lu roi|lu di|mat dinh huong: disoriented
noi nang lan lon|noi lan lon|noi nang lung tung|noi lung tung|noi nham|noi linh tinh: talking nonsense
khong nhan ra|khong nhan ra ai|ko nhan ra ai|khong nhan ra nguoi nha|khong con nhan ra ai: does not recognise anyone
khong nhan ra toi|khong nhan ra em|ko nhan ra em|khong nhan ra minh|khong nhan ra con: does not recognise me
noi nham|noi sang|noi lung tung|noi linh tinh|noi mot minh|noi lam bam|noi khong dau vao dau: talking nonsense
noi lam nham|lam nham|noi nham nhi: talking nonsense
trong group facebook co chi ke|trong nhom co chi ke|co chi ke|co nguoi ke: someone in a facebook group said
khong biet minh dang o dau: does not know where he is
khong biet minh o dau|khong biet dang o dau|hoi lan|lan than|dau oc lu mo|dau oc mo mit|lo mo|mo mang|lo ma lo mo: disoriented
noi ngong|noi lap|noi khong ro|noi kho|kho noi|liu luoi|noi le nhe|noi khong ro chu|noi ngong nghiu|noi lap bap: slurred speech
noi khong ra tieng|noi khong ra loi|noi ngap ngung|noi nhu nguoi say|khong noi duoc|ko noi duoc|khong noi ro: slurred speech
buon ngu|ngu|ngu nhieu: sleepy; li bi|ngu li bi|lu du|lu du ngu|ngu me met|ngu suot|me man|ngu mai|buon ngu qua: very drowsy
rat buon ngu|buon ngu lam|ngu ga ngu gat|mo mang ngu|lim dim|lom dom|mat lu du|lu dan: very drowsy
kho danh thuc|goi khong day|goi ko day|lay khong day|lay ko day|khong tinh|ko tinh|goi khong tinh|goi ko tinh: hard to wake
danh thuc khong day|kho goi day|goi mai khong day|kho lay day|khong danh thuc duoc|goi khong tra loi: hard to wake
dau nhuc toan than du doi|dau nhuc khap nguoi du doi|dau co du doi|dau minh may du doi|dau nhuc co du doi: severe muscle pain
dau nhuc co bap du doi|dau nhuc toan than kinh khung|dau nhuc khap nguoi kinh khung|dau het nguoi du doi: severe muscle pain
dau nhuc co|nhuc moi|dau moi co|dau co bap|dau nhuc toan than|nhuc moi toan than|dau minh may|dau khap nguoi: muscle pain
dau moi nguoi|dau het nguoi|dau nhuc khap nguoi|dau nhuc xuong khop|dau moi toan than|dau nhuc minh may: muscle pain
kho tho|tho kho|hut hoi|khong du hoi|thieu hoi|tuc tho|nghet tho|tho dot|tho khong ra hoi|tho met: short of breath
khong tho duoc|ko tho duoc|k tho duoc|khong tho dc|ko tho dc|k tho dc|ngat tho|ngop tho|khong the tho|ngop: can not breathe
tho khong duoc|tho ko duoc|tho k duoc|tho khong dc|tho ko dc|tho k dc|tho khong noi|ko the tho|khong tho noi: can not breathe
het tho: can not breathe
tho nhanh|tho gap|tho doc|tho hon hen|tho hong hoc|tho rat nhanh|tho nhanh qua|tho ho hung: very fast breathing
kho khe|tho kho khe|tho rit|tho kho khe rit: wheezing
nghen|nghen hong|kho nuot|nuot kho|khong nuot duoc|nuot dau: i can not swallow
ko nuot duoc|k nuot duoc|khong nuot dc|nuot khong troi|nuot khong duoc|nuot ko duoc|khong the nuot|nghet hong: i can not swallow
hong nhu bi that lai|that hong: i can not swallow
tim dap nhanh|tim dap manh|tim dap loan|tim dap thinh thich|tim loan nhip|tim dap rat nhanh|hoi hop: heart racing
danh trong nguc: heart racing
nhip tim nhanh|mach nhanh|tim dap nhanh qua|tim dap nhu trong|tim dap lien hoi|tim nhu muon nhay ra: heart racing
nhip tim|mach|nhip mach: pulse; dap: beating
xanh|tim tai|bi tim|tim ngat|xanh tim|tim lai: blue; moi tim|moi xanh|tim moi|moi tim tai|moi tim ngat|moi tai: lips blue
mat tim|mat tim tai: face blue; tay tim|chan tim|tay chan tim|dau ngon tay tim: hands blue
da tim|da tim tai|da xanh tim|da xanh: skin blue
da xam|da xam xit|da xam ngoet|da mau xam|da chuyen xam: skin grey; tay chan lanh ngat|lanh ca tay chan: very cold
xanh xao|da tai|mat tai|da xanh xao|tai di: pale
tai nhot|nhot nhat|tai met|trang bech|tai xanh|xanh tai|trang bech ra|da tai nhot: very pale
xam|xam xit|xam ngoet|mau xam: grey; loang lo|da loang lo|noi bong|da noi bong|van tim|noi van|da noi van: mottled
da co van|mang tim|da loang|da van da|da bong: mottled; dom|not|cac not|nhung not: spots
bam tim|bam|vet bam|bam tim nho: bruises
dom tim|cham tim|not tim|ban tim|dom do tim|cham xuat huyet|not xuat huyet|xuat huyet duoi da|ban xuat huyet: purple spots
noi ban tim|noi cham tim|noi dom tim|noi not tim|noi ban xuat huyet: purple spots
noi ban|phat ban|man|noi ban do|noi man do|noi not do|man do|noi man|noi man do|ban do|man ngua|noi do|cham do|not do: rash
dom do|ban ngua: rash
ly|coc|ly thuy tinh|coc thuy tinh|cai ly|cai coc: glass; an vao|bam vao|an len|an coc|an ly|de coc|ep ly|ep coc: when i press
khong mat|ko mat|khong bien mat|ko bien mat|khong nhat|khong mo di|khong lan di|van con nguyen|khong bay mau: do not fade
an vao khong mat|an vao ko mat|an khong mat|an van con|an vao van con|an coc van thay|an ly van thay: do not fade when i press
an coc van con: do not fade when i press
khong di tieu|ko di tieu|k di tieu|khong tieu duoc|ko tieu duoc|khong co nuoc tieu|bi tieu|chua di tieu: i have not urinated
chua tieu: i have not urinated
khong di tieu duoc|khong di ve sinh duoc|khong te|ko te|khong dai|tieu rat it|khong di tieu ca ngay: i have not urinated
cam giac sap chet|nhu sap chet|tuong chet|sap chet|chet mat|thay nhu sap chet|cam thay sap chet: i feel like i might die
nhu muon chet: i feel like i might die
cam thay minh sap chet|chet den noi|so minh chet|nhu sap chet den noi|tuong minh sap chet|nhu chet: i feel like i might die
nang|nang ne|tram trong|nghiem trong: severe; cao: high; thap: low; huyet ap: blood pressure
huyet ap thap|tut huyet ap|tut ap|huyet ap tut|ha huyet ap|huyet ap ha|huyet ap xuong thap|tut huyet ap nang: low blood pressure
cung co|co cung|cung gay|gay cung|co cung do|co bi cung|cung co gay|co cung ngac|cung co lai|co cung lai: stiff neck
khong cui duoc co|khong cui dau duoc|khong cui duoc dau|ko cui duoc co|khong quay co duoc|khong xoay co duoc: stiff neck
so anh sang|so anh den|choi mat|nhin den choi|anh sang lam dau mat|khong chiu duoc anh sang|so anh nang: light hurts my eyes
mat so anh sang|nhay cam voi anh sang|anh sang lam nhuc mat|nhin anh sang bi dau|khong nhin duoc anh sang: light hurts my eyes
anh sang|anh den|den sang: light
dau dau du doi|nhuc dau du doi|dau dau kinh khung|dau dau khung khiep|dau dau nhu bua bo: severe headache
dau dau khong chiu noi|dau dau nhat doi|dau dau rat nang|dau dau nang|dau dau du|dau dau qua|dau dau lam: severe headache
dau dau ghe: severe headache
dau dau nhu bua|nhuc dau nhu bua bo|nhuc dau khong chiu noi|dau dau muon vo|dau dau dien|dau dau du doi qua: severe headache
non|non mua|non oi|oi mua|buon non|muon oi|muon non|buon oi|bi oi|bi non|oi ra|non ra|hay oi|non hoai: vomiting
co giat|len con co giat|dong kinh|giat kinh|co giat toan than|bi co giat|giat giat|len con giat: seizure; giat minh: startled
yeu mot ben|yeu nua nguoi|liet nua nguoi|liet mot ben|te mot ben|te nua nguoi|yeu tay chan mot ben: weakness on one side
yeu nua ben: weakness on one side
meo mieng|mieng meo|meo mat|xe mat|mat bi lech|mat lech|lech mat|mieng bi lech: face drooping
khong nhac duoc tay|khong cu dong duoc|liet|te liet|khong nhac noi tay|tay khong nhac len duoc: weakness
yeu|met la|yeu ot|suy nhuoc|kiet suc: weak; bi te|te bi|te cung|te tay|te chan|te mat|te buot|te ran: numb
nhin doi|nhin thay hai|song thi|nhin mot thanh hai|nhin ra hai|thay hai hinh: double vision
nhin mo|mo mat|mat mo|nhoe|mat nhoe|nhin nhoe|nhin khong ro|mat thi luc|khong nhin thay|mat mo di|nhin mo di: blurred vision
dau nguc|tuc nguc|nang nguc|that nguc|dau that nguc|nhoi nguc|nguc dau|dau tuc nguc|ep nguc|nhoi tim|dau tim: chest pain
ngat|ngat xiu|bat tinh|ngat di|mat y thuc|xiu di|bi ngat|bi xiu|ngat lim|hon me|bat tinh nhan su|bi bat tinh: fainted
nga quy|do guc|guc|te xiu|te nga|nga ra|nga lan ra|quy xuong|nga xuong: collapsed
met moi|uoi oai|ba hoai|bi met|rat met|met qua|thay met|met lam: tired
chong mat|choang|choang vang|hoa mat|quay cuong|chong mat buon non: dizzy
ngua|ngua ngay: itching; nho|xiu xiu|nho xiu: small; xiu|mot xiu|mot ti: a little; nhe|hoi nhe|nhe thoi: mild
tuc|nhuc nhoi|dau khi cham: tender
bi om|dang om|benh|khong khoe|met nguoi|om yeu: sick; khoe: well; khoe roi|khoe lai|da khoe|da khoe lai: better now; moi: new
moi ngay|hang ngay: every day
xuat hien|moc|noi len|moc ra|nhu ra|loi ra|moc len|moi noi|noi them: appeared
chay mau|ri mau|mau chay|chay mau it|rom mau|cham mau: blood; cham|cham vao|so vao: touch
dong vay|vay nho|vay mau|bong vay: scabs
da het|het roi|khoi roi|da khoi|khoi han|lanh roi|da lanh|lanh han|xep roi|da xep|xep|tan roi|tu het|tu khoi|het han: went away
khoi|giam roi|bot roi|da giam|da bot: better
nhiem trung mau|nhiem doc mau|nhiem khuan huyet|soc nhiem trung|nhiem trung huyet: sepsis; viem mang nao: meningitis
cam thay|thay|cam giac|thay minh|toi thay: i feel; tung|tung bi|da tung|da tung bi: had once; trung doc: poisoned
toc rung thanh mang|rung thanh mang|rung tung mang|rung tung chom: hair falling out in patches
nghi den viec tu tu|nghi den chuyen tu tu|nghi toi viec tu tu|nghi toi chuyen tu tu|y dinh tu tu: suicidal thoughts
muon tu tu|tu sat: suicidal thoughts
muon chet|chi muon chet: want to die; khong muon song nua|khong muon song: do not want to live
dau tot do|tot do: extreme pain; chi hoi hong|chi hoi hong thoi|hoi hong|hong hong: only slightly pink
"""
)

# numbers said in words before a unit, as digits: "hai tuần" is "2 weeks", "năm ngày" five days (not a year);
# not "sáu" (six): "sau buổi tiêm" is "after the session"
_VI_NUMBERS = {"mot": "1", "hai": "2", "ba": "3", "bon": "4", "nam": "5", "bay": "7", "tam": "8", "chin": "9", "muoi": "10"}
_VI_UNITS = r"(?:ngay|hom|tuan|thang|nam|gio|tieng|phut|lan|buoi)"
_VI_SPAN = r"(?:\d+|vai|may|mot vai|nhieu)"
_NEGATOR_VI = r"(?:khong|ko|k|kh|hok|hong|khg|kg|chua)"
RULES: Dict[str, Tuple[Rule, ...]] = {
    "vi": (
        # "bảy giờ" is seven hours; "bây giờ" (now) folds to the same letters, and reads as now unless a number follows
        (r"\bbay gio\b(?! (?:sang|toi|chieu|dem|trua|roi)\b)", "now"),
        *((rf"\b{word} (?={_VI_UNITS}\b)", f"{digit} ") for word, digit in _VI_NUMBERS.items()),
        (rf"\b({_VI_SPAN} {_VI_UNITS}) (?:truoc day|truoc|ve truoc)\b", r"\1 ago"),  # "2 tuần trước": two weeks ago
        (rf"\bcach day ({_VI_SPAN} {_VI_UNITS})\b", r"\1 ago"),  # "cách đây 2 năm"
        (r"\b(\d+) ?do (\d)\b", r"\1.\2 degrees"),  # "39 độ 5" is 39.5
        (r"\b(\d+(?:[.,]\d+)?) ?(?:do c|do|oc)\b", r"\1 degrees"),
        (r"\b(\d+) (?:gio|tieng)\b", r"\1 hours"),
        (r"\b(\d+) nam\b", r"\1 years"),  # not a key: "nam" is Romanian "n-am" too
        (r"\b(\d+) lan\b", r"\1 times"),  # "2 lần": twice, not spreading
        (
            r"(^|[.!?,;]\s*)(?:lo|nho) (?=[a-z])(?!(?:mo|lang|so|qua|lam|xiu|thoi|ma lo mo)\b)"
            r"(?![^.!?\n]*\b(?:roi|da|gio|dang|hom qua|hom nay)\b)",
            r"\1neu ",
        ),  # "lỡ", "nhỡ" opening a sentence: if ("lo" is Spanish too); not "lỡ nặn rồi" (squeezed it by mistake)
        (r"(^|[.!?,;]\s*)hoi (?:nho|be)\b", r"\1khi con nho"),  # "hồi nhỏ" (as a child), not "hơi nhỏ" (a bit small)
        (r"(?<!noi )(?<!co )\bvan\b(?! tim\b| da\b)", "still"),  # "vẫn" (not a key: Dutch "van"), not "vân" (mottled)
        (rf"\b(?:tu )?({_VI_SPAN}) (ngay|hom|tuan|thang|nam) nay\b", r"for \1 \2"),  # "3 tuần nay": for three weeks
        (r"\btu (?=(?:\d+ )?(?:hom|ngay|tuan|thang|sang|toi|dem|chieu|trua|luc|khi|sau|hqua|bua)\b)", "since "),
        # "tiêm meso có bị sốt không?" (does meso get fever?): a yes-no question about what can happen
        (
            r"(^|[.!?\n]\s*)([^.!?\n]*?)\bco (?:the )?(?:bi |gay |lam )?"
            r"(?!(?:sao|nguy hiem|binh thuong|bt|dang lo|van de|phai|gi)\b)"
            r"((?:[a-z]+ ){0,4}?[a-z]+) (?:khong|ko|k|hok|hong|hem|khg|kg)(?: a| ha| vay| nhi| nhe)? *(\?|$)",
            r"\1can \2get \3\4",
        ),
        # "tiêm meso bị mủ thì phải làm sao?" (meso, pus: what to do?), one clause about injections in general and nobody's
        # own sign: a conditional. "Chỗ tiêm sưng đỏ, chảy mủ thì phải làm sao?" stays a report.
        (
            r"(^|[.!?\n]\s*)((?:tiem|sau tiem|sau khi tiem|tiem xong|khi tiem|meso)\b"
            r"(?:(?!\b(?:em|e|toi|tui|minh|mik|t|tao|chong|vo|me|bo|con|ba|nay|dang|roi|hom|tu|van)\b)[^.!?\n,;])*?)"
            r"\bthi (?=(?:phai |nen |can |minh |em )?(?:lam sao|lam gi|lam the nao|xu ly|sao)\b)",
            r"\1neu \2",
        ),
        # "sốt thì không" (fever: no): the negator goes before the sign
        (rf"\b([a-z]+) thi {_NEGATOR_VI}(?: co| bi)?(?= *(?:[.,;!\n]|$| a\b| nhe\b| nha\b))", r"khong \1"),
    ),
    "id": INDONESIAN_RULES,
}

LANGUAGES: Dict[str, str] = {"vi": VIETNAMESE, "id": INDONESIAN}
