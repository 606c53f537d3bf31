"""Glossary for Swahili ("sw") as patients and relatives type it on phones, Kenyan Sheng and English mixed in ("niko na
homa tangu jana", "siezi breathe", "mathe amezirai"); same format as `bot.chat_glossary_data`, registered through
`bot.chat_glossary_data_world`.

Swahili builds a verb from prefixes: who (ni- I, a- he/she, wa- they, i-/ki-/li-/u-/ya-/zi-/vi- it or they, by the noun's
class), when (-na- now, -me- has, -li- did, -ki- if/when) and whom (-ni- me), so "kivimbe kimevimba", "uso umevimba" and
"midomo imevimba" carry one verb in three forms. A key may list them in braces: "{i,ki,u}{na,me}vimba" is read as
"inavimba|imevimba|kinavimba|...", and an empty choice drops the part ("{ni,}natapika"). A negated verb is one word
("sina" I do not have, "haiumi" it does not hurt, "sijakojoa" I have not urinated), so negation needs no reordering;
``RULES`` move what Swahili puts after its word before it:
- the owner after the person or body part ("mume wangu" husband my, "kichwa changu"): "wangu mume" -> "my husband";
- the number after its unit ("siku tatu zilizopita" days three ago): "tatu siku" -> "three days ago";
- a sign before the negated "have" ("homa sina": fever I-do-not-have): "sina homa" -> "i do not have fever";
- "wala" (nor) before a negated verb is "na" (and): "hakiumi wala hakijavimba" is negated once, not twice.
"Kama" is "if" at the start of a clause, "about" before a span of time and "like" elsewhere; Sheng's chat shorthand
("nme" nime-, "nko" niko, "siezi" siwezi) is listed or spelt out in ``SPELLING``.
"""

from __future__ import annotations

import itertools
import re
from typing import Dict, List, Tuple

Rule = Tuple[str, str]

# noun-class subject prefixes of an "it": i- (sindano), ki- (kivimbe), li- (jipu), u- (uvimbe), ya- (macho),
# zi- (nywele), vi- (vipele), ku-/pa- (the place)
_IT = "{i,ki,li,u,ya,zi,vi,ku,pa}"

SWAHILI = f"""
mimi|miye: i; wewe|nawe: you; yeye: he; sisi: we; wao: they; mimi mwenyewe: myself; mtu: someone; watu: people
mtu mwingine|wengine|watu wengine: others; yangu|wangu|changu|langu|zangu|vyangu|pangu|kwangu|mwangu: my
yako|wako|chako|lako|zako|vyako: your; yake|wake|chake|lake|zake|vyake: his; yetu|wetu|chetu|letu|zetu: our
yao|wao wenyewe: their; nina|nnina|niko na|nko na|nikona|nipo na|mimi nina|mimi niko na|nimekuwa na|nmekuwa na: i have
una|uko na: you have; ana|yuko na|ako na|amekuwa na: he has; tuna|tuko na: we have; wana|wako na: they have
ina|kina|lina|zina|vina|yana|iko na|kiko na|liko na|ziko na|viko na: has; kuna|pana|kunayo|kuko na: there is
sina|sna|mimi sina|siko na|sikuwa na|sijawa na: i do not have; huna: you do not have; hana|hayuko na|hakuwa na: has no
hatuna: we do not have; hawana: they do not have; hakuna|hamna|hapana kitu|hakuna kitu|hakukuwa na: there is no
haina|hakina|halina|hazina|havina|hayana|hauna|haiko na|haikuwa na|hakikuwa na: has no; hapana|la hasha: no
hakuna chochote|sina chochote|hakuna kitu chochote: nothing; wala|ama wala: nor; si|sio|siyo: not
haiko|hakiko|haliko|haziko|haviko|hayako|hauko: is not; siko: i am not; hayuko: he is not; bado: still
bado sijapata|sijapata|sijawahi kupata|sijawahi kuwa na|sijawahi: i have never had; hajapata|hajawahi kupata: has never had
sijui|sijuwi|cjui: i do not know; hajui: he does not know
niko|nko|nipo|niko tu: i am; yuko|ako|yupo: he is; iko|ipo|kiko|kipo|liko|lipo|ziko|zipo|viko|vipo|uko|upo|yako hapo: is there
bado kipo|bado ipo|bado upo|bado liko|bado iko|bado kiko|bado uko|bado zipo|bado vipo|bado yapo|bado lipo: still there
ni: is; ndio|ndiyo|ndo: yes; nilikuwa|nlikuwa|nlikua|nilikua: i was; alikuwa|alikua: was; ilikuwa|kilikuwa|ulikuwa: was
nilikuwa na|nlikuwa na|nilikua na|niliwahi kuwa na|nimewahi kuwa na|nimeshawahi kuwa na: i had
niliwahi kupata|nimewahi kupata|nimeshawahi kupata|niliwahi: i had
alikuwa na|alikua na|aliwahi kuwa na|amewahi kuwa na|aliwahi kupata|amewahi kupata|ameshawahi kupata: had
ilikuwa na|kilikuwa na|ulikuwa na: had; kuwa na|kua na: have; kuwa|kua: be; kwamba|ya kwamba|ya kuwa: that
na|pamoja na: and; au|ama|ao: or; lakini|ila|ingawa|ingawaje|ila tu: but; pia|vilevile|pia na: also; bila: without
kwa|kwenye|katika|kwa ile|pale kwenye: at; ndani ya|ndani: in; juu ya|juu: on; chini ya|chini: under; karibu na: near
kwa sababu|kwa kuwa|sababu|juu ya hiyo: because; kwa hiyo|hivyo|basi: so; ya|wa|la|cha|za|vya|kwa ajili ya: of
hii|huu|hiki|hili|hizi|haya|hivi|huyu|hapa: this; hiyo|huo|hicho|hilo|hizo|hayo|hivyo|huyo|hapo|pale|ile|kile|ule: that
kitu|jambo: something; kila: every; kila kitu|yote|zote|vyote|wote: all; tu|tuu: only; sana|mno|sanaa|saana: very
sana sana|kupita kiasi|kupindukia|mno sana|zaidi ya kawaida: extremely; kabisa|kabisaa: completely; zaidi: more
kidogo|kiasi|kidogo tu|kiasi tu|kdogo: a little; kiasi gani|bei gani|ni bei gani|gharama|bei: how much does it cost
kali|makali|mkali|kikali|jikali|kubwa sana|ya kutisha|vibaya sana: severe; juu|ya juu: high
kubwa|mkubwa|kikubwa|makubwa|vikubwa|jikubwa: big; mdogo|ndogo|dogo|vidogo|madogo: small; kidogo sana: very small
mpya|kipya|vipya|jipya|mapya: new; tena|tena na tena|mara nyingine|upya: again; kwanza|cha kwanza|ya kwanza: first
mwisho|cha mwisho|ya mwisho: last; mara moja: once; mara nyingi|kila mara|mara kwa mara: often
leo: today; jana|jna: yesterday; juzi: two days ago; juzijuzi|juzi juzi|hivi karibuni|karibuni: recently
kesho: tomorrow; asubuhi|leo asubuhi|asubuhi hii: this morning; jioni|leo jioni: this evening; usiku|usiku huu: tonight
jana usiku|usiku wa jana: last night; jana asubuhi: yesterday morning; mchana|leo mchana: this afternoon
sasa|sasa hivi|saa hii|sa hii|sahii|sai|saii|xaxa|sasa hv|sasahivi|hivi sasa: now; hivi punde|punde|muda si mrefu: just
tangu|toka|kuanzia|tangia|tokea: since; baada ya|baadae ya|baada|baadaye|badaye: after; kabla ya|kabla: before
wiki hii: this week; wiki iliyopita|wiki jana|wiki ilopita|wiki iliopita: last week
mwezi uliopita|mwezi jana|mwezi ulopita: last month; mwaka jana|mwaka uliopita|mwaka ulopita: last year
zamani|kitambo|zamani sana|kitambo sana|hapo zamani|enzi hizo|siku za nyuma|miaka mingi iliyopita: long ago
nilipokuwa mtoto|nilipokua mtoto|utotoni|nikiwa mtoto|nikiwa mdogo|nilipokuwa mdogo: as a child
siku|sku: days; wiki|majuma|juma: weeks; mwezi: month; miezi: months; mwaka: year; miaka: years; saa|masaa|lisaa: hours
dakika|dakka: minutes; moja siku|mmoja siku: one day; moja wiki: one week; mmoja mwezi|moja mwezi: one month
mmoja mwaka|moja mwaka: one year; moja saa|limoja saa|moja lisaa: one hour; moja dakika: one minute
zilizopita|iliyopita|uliopita|yaliyopita|iliopita|zilopita|ilopita|ulopita|nyuma: ago; kila siku: every day
kila siku inazidi|kila siku zinazidi|kila siku kinazidi|siku hadi siku|siku baada ya siku: more every day
moja|mmoja|limoja: one; mbili|miwili|mawili|wawili|viwili: two; tatu|mitatu|matatu|watatu|vitatu: three
nne|minne|manne|wanne|vinne: four; tano|mitano|matano|watano|vitano: five; sita: six; saba: seven; nane: eight; tisa: nine
kumi: ten; kumi na mbili: twelve; kumi na nane: eighteen; ishirini: twenty; ishirini na nne: twenty four
kadhaa|kadha: several; mingi|nyingi|wengi|mengi|vingi: many; nusu: half; digrii|nyuzi|nyuzijoto: degrees
ikiwa|iwapo|endapo|ikitokea|ikitokea kwamba|ikiwa itatokea|kama itatokea|ikija kutokea|kukiwa na: if
takriban|takribani|karibu kama: about; kama|kama vile|mfano wa: like; vipi kama|je kama|itakuwaje kama|itakuaje kama: what if
je ikiwa|je iwapo|itakuwaje nikipata|itakuaje nikipata: what if
nikipata|nkipata|nikipatwa na|nikiwa na|nikiwa: if i get; ukipata|ukiwa na: if you get; akipata|akiwa na|akipatwa na: if he gets
tukipata|wakipata: if they get; ikiwa na|kikiwa na|ukiwa|ikianza|kikianza|ukianza|zikianza|vikianza: if it starts
{{i,ki,li,u,ya,zi,vi}}kivimba: if it swells; {{i,ki,li,u,ya,zi,vi}}kiuma|{{i,ki,li,u,ya,zi,vi}}kiniuma: if it hurts
{{i,ki,li,u,ya,zi,vi}}kienea|{{i,ki,u}}kisambaa: if it spreads; {{i,ki,li,u,zi,vi}}kitoa usaha: if pus comes out
{{i,ki,u}}kiwa nyekundu|{{i,ki}}kiwa chekundu|ukiwa mwekundu: if it turns red; {{i,ki,u}}kiendelea: if it continues
nikiona|nkiona|ukiona|akiona: if i see; nitapata|ntapata: i will get; atapata: he will get; itakuwa|itakua: will be
nikibonyeza|nkibonyeza|ukibonyeza|ikibonyezwa|nikiibonyeza|nikiubonyeza|nikivibonyeza|nikiyabonyeza: when i press
nikigandamiza|ukigandamiza|nikibofya|ukibofya|nikiweka glasi juu|ukiweka glasi juu|nikiiwekea glasi: when i press
glasi|bilauri|gilasi|kikombe cha glasi: glass; kwa glasi|na glasi|kwa bilauri|kwa kikombe cha glasi: with a glass
alisema|amesema|walisema|wamesema|alisemaga|alisema kwamba|amesema kwamba: said
anasema|wanasema|husema|inasemekana|wanadai|anadai|watu husema|watu wanasema: says; eti|ati: apparently
aliniambia|ameniambia|waliniambia|wameniambia|ananiambia|wananiambia|alinambia|amenambia|alinieleza: told me
nilisikia|nimesikia|nlisikia|nmesikia|niliskia|nimeskia|nilisikia kwamba|nimesikia kwamba|nilisikia kuwa: i heard
nilisoma|nimesoma|nlisoma|niliona mtandaoni|nimeona mtandaoni|nilisoma mtandaoni|nimesoma mtandaoni: i read online that
nilisoma kwenye mtandao|nimesoma kwenye mtandao|niliona kwenye mtandao|niliona kwa mtandao|niliona online: i read online that
nilisoma online|niliona instagram|niliona tiktok|niliona facebook|niliona youtube|niliona kwa youtube: i read online that
mtandaoni|kwenye mtandao|kwa mtandao|kwa internet|kwenye internet|kwa instagram|kwa tiktok|kwa facebook: online
kwa mujibu wa: according to; kuhusu|juu ya hii|kuhusiana na: about
je|jee: -; ni kawaida|ni kawaida kweli|je ni kawaida|ni kawaida kwa|hii ni kawaida|ni normal|ni kawaida ama|ni sawa: is it normal
kawaida|ya kawaida|normal: normal; si kawaida|sio kawaida|siyo kawaida|isiyo ya kawaida: not normal
ni salama|je ni salama|iko salama: is it safe; salama: safe; ni hatari|je ni hatari: is it dangerous; hatari: danger
nini|nn|nini hii|ni nini|nn hii: what; gani: which; kwa nini|kwanini|kwa nn|mbona|kwa sababu gani: why; lini: when
wapi|wapi hapo: where; vipi|aje|namna gani|jinsi gani|vipi hii: how; ngapi|vingapi|mara ngapi: how many
vikao vingapi: how many sessions; kwa muda gani|muda gani|mpaka lini|hadi lini|itachukua muda gani: how long
nifanye nini|nifanyeje|nifanye aje|nifanye vipi|tufanye nini|tufanyeje|nfanye nini|nifanye nn: what should i do
nichukue hatua gani: what should i do
afanye nini|afanyeje: what should he do; naweza|ninaweza|nawezaje|ninawezaje|nitaweza: can i; anaweza|inaweza: can
inawezekana|je inawezekana|kuna uwezekano|huenda|pengine|labda|inaweza kuwa: is it possible
lazima|inabidi|nilazimike|ni lazima|natakiwa|ninatakiwa: should; niende|nende|niende hospitali: should i go
nione daktari|nimwone daktari|nimuone daktari|nikaone daktari|nimwone dokta|nione dokta: should i see a doctor
inafanya kazi|inasaidia|inafanya kazi kweli|huwa inasaidia|inafaa: does it work
madhara|athari|madhara yake|madhara ya: side effects; dalili|ishara: signs; dalili za: signs of; tatizo|shida: problem
sina shida|sina tatizo|hakuna shida|hakuna tatizo|hamna shida|hamna tatizo|hakuna noma|hamna noma: no problem
niko sawa|niko poa|niko fiti|nipo sawa|nipo poa|niko salama|nko poa|nko fiti|nko sawa|niko shwari|niko freshi: all fine
kila kitu kiko sawa|kila kitu ni sawa|kila kitu poa|kila kitu ni poa|mambo ni poa|ni sawa tu|iko sawa|yuko sawa: all fine
hakuna matata|si mbaya: all fine; sawa|poa|fiti|shwari|safi|freshi|sawasawa: fine; mbaya|vibaya: bad
nafuu|afadhali|bora|nimepata nafuu|nina nafuu|kuna nafuu|afadhali kidogo|inaendelea vizuri|imeanza kupona: better
vizuri|nzuri|mzuri|kizuri|vyema: well; mbaya zaidi|vibaya zaidi|inazidi kuwa mbaya|hali inazidi kuwa mbaya: worse
{_IT}nazidi|{_IT}naendelea kuzidi|{_IT}mezidi|{_IT}zidi kuwa mbaya: is getting worse
asante|asanteni|ahsante|asante sana|shukran|shukrani: thanks; tafadhali|tafadhari|tafathali: please
habari|habari yako|habari zako|jambo|hujambo|mambo|niaje|vipi daktari|salaam|salamu|shikamoo: hello
manze|maze|bana|wueh|wuueh|aii|ai|aisee|eish: -; daktari|dokta|daktar|dakitari|dokitari: doctor
mume|bwana|bwanangu|mumewe: husband; mke|mkewe|mama watoto: wife
mama|mathe|mathee|masa|mamaa|mzazi: mum; mamangu: my mum; mamake|mamaye: his mum
baba|buda|budaa|mzae|mzee|babaa: dad; babangu: my dad; babake|babaye: his dad
mtoto|mtoi|kitoto|mwana|mwanangu|katoto|mtoto mdogo: child; watoto: children; mwanawe: his child
rafiki|beshte|beste|besh|msee|jamaa|mshikaji|shoga: a friend; marafiki|mabeshte|masee: friends
yangu rafiki|wangu rafiki|yangu beshte|wangu beshte|yangu msee|rafikiangu|rafiki angu: my friend; rafikiye: his friend
dada|sista: sister; dadangu: my sister; kaka|braza|brathe: brother; kakangu: my brother; jirani|majirani: neighbour
shangazi|mama mdogo|mama mkubwa: aunt; mjomba|baba mdogo|baba mkubwa: uncle; binamu|kasini: cousin
bibi|nyanya|shosh|cucu|guka: grandma; babu: grandad; mwenzangu|mfanyakazi mwenzangu: my colleague
mgonjwa|wagonjwa: patient; mwili|mwili mzima: body
kichwa|kichwani|kchwa: head; ngozi ya kichwa|ngozi ya kichwani|ngozi kichwani|ngozi ya changu kichwa: scalp
nywele|unywele: hair; shingo|shingoni: neck; kisogo|nyuma ya shingo: back of the neck
kifua|kifuani: chest; moyo|moyoni: heart; midomo|mdomo|mdomoni: lips
ulimi|ulimini: tongue; koo|kooni|koromeo: throat; jicho|macho|machoni: eyes
kope|kope za macho|ngozi ya juu ya jicho: eyelids; uso|usoni: face; paji la uso|kipaji cha uso|pajini: forehead
ngozi|ngozini: skin; misuli|msuli: muscles; mkono|mikono|mkononi: arm; mguu|miguu: leg
kinywa|kinywani: mouth; mkojo|haja ndogo|kojo: urine; pumzi|hewa: breath; damu|mdamu: blood
mesotherapy|mesotherapi|mesotherapia|mesoterapia|mesoterapi|mezotherapy|mezoterapia|meso: mesotherapy
kikao|vikao|kipindi|vipindi|sesheni|raundi: session; matibabu|tiba: treatment
sindano|masindano|sindanu|nsindano|injekshen|injeksheni|sindano za: injection
kudungwa|kudungwa sindano|kuchomwa sindano|kuchomwa|kudungwa na sindano|kupigwa sindano: injections
nilidungwa|nimedungwa|nlidungwa|nmedungwa|nilichomwa sindano|nimechomwa sindano|nilichomwa|nimechomwa: i had injections
nilipigwa sindano|nimepigwa sindano|nilidungwa sindano|nimedungwa sindano|nilipata sindano|nimepata sindano: i had injections
alidungwa|amedungwa|alichomwa sindano|amechomwa sindano|alipigwa sindano|amepigwa sindano: had injections
mahali pa sindano|sehemu ya sindano|sehemu za sindano|pale nilipodungwa|pale nilipochomwa|sehemu nilizodungwa: injection site
sehemu niliyodungwa|mahali nilipodungwa|palipodungwa|palipochomwa sindano|nilipodungwa|nilipochomwa sindano: injection site
nilipochomwa|sehemu iliyodungwa|sehemu zilizodungwa|penye sindano|pale sindano ilipoingia|alipodungwa: injection site
alipochomwa sindano|sehemu aliyodungwa|sehemu alizodungwa|mahali alipodungwa|pale alipodungwa|mashimo ya sindano: injection site
kwenye sindano|kwa sindano: at the injection site; kwenye injection|kwa injection|kwa ile injection: at the injection
{{pale ,mahali ,sehemu ,}}{{nili,ali}}{{podungwa,pochomwa}} sindano|{{nili,ali}}podungwa na sindano: injection site
nilifanyiwa|nimefanyiwa|nlifanyiwa|nmefanyiwa|nilifanya|nimefanya|nilifanyia|nimeenda kufanya: i had
alifanyiwa|amefanyiwa|alifanya|amefanya: had; kliniki|zahanati|saluni|kituo cha afya: clinic
hospitali|hospitalini|sipitali|hosi: hospital; dharura|idara ya dharura: emergency department
antibiotiki|antibayotiki|antibaotiki|viuavijasumu|dawa za antibiotiki|dawa za kuua bakteria|amoxyl|ampiclox: antibiotics
dawa|madawa|vidonge|tembe: pills
nilitumia|nimetumia|nlitumia|nmetumia|nilimeza|nimemeza|nilikunywa|nimekunywa|natumia|ninatumia|nilipewa|nimepewa: i took
anatumia|alitumia|ametumia|alipewa|amepewa: took; nimeanza|nilianza|nmeanza: i started; imeanza|ilianza|kimeanza: started
nimepata|nilipata|nmepata|nlipata|napata|ninapata: i got; amepata|alipata|anapata|wamepata|walipata: had; akapata: got
kisukari|sukari|ugonjwa wa sukari|presha ya sukari: diabetes; nina kisukari|nina sukari|niko na sukari: i have diabetes
kinga ya mwili|kinga: immune system
kinga dhaifu|kinga ya mwili dhaifu|kinga iko chini|kinga ya mwili iko chini: weak immune system
ukimwi|nina virusi|nina hiv: weak immune system; steroidi|stiroidi: steroids
tibakemikali|kemotherapi|kemo: chemotherapy; mjamzito|mja mzito|nina mimba|ana mimba|mimba: pregnant
uvimbe|kuvimba|kufura|uvimbe mdogo: swelling; kivimbe|kinundu|kinyama|kiuvimbe|uvimbe mgumu|kitu kama kivimbe: lump
vivimbe|vinundu|mavimbe|viuvimbe: lumps
vivimbe vipya|uvimbe mpya|kivimbe kipya|vinundu vipya|kinundu kipya|mavimbe mapya: new lumps
kivimbe kingine|vivimbe vingine|uvimbe mwingine|vimeota vingine: new lumps; jipu|majipu|jipu kubwa: abscess
kijipu|vijipu|chunusi|kipele|kiwimbi: pimple; kovu|alama ya kovu|kikovu: scar; makovu|vikovu: scars; alama|maalama: marks
{_IT}{{me,na,li}}vimba|{{ni,a,wa,}}{{me,na,li}}vimba|vimbe|imefura|umefura|kimefura|{_IT}mefura: swollen
ha{_IT}javimba|ha{_IT}vimbi|ha{_IT}kuvimba|si{{ja,ku}}vimba|ha{{ja,ku}}vimba: not swollen
nyekundu|mwekundu|myekundu|jekundu|chekundu|vyekundu|mekundu|rangi nyekundu: red; wekundu|uwekundu: redness
{_IT}mekuwa nyekundu|{_IT}mekuwa chekundu|{_IT}mekuwa mwekundu|{_IT}mekua nyekundu|{_IT}mekuwa red: turned red
moto|yenye moto|ya moto|ni moto|joto jingi: hot; inawaka moto|inawaka|kinawaka|unawaka|kunawaka|inachoma|kinachoma: burning
ina joto|kina joto|lina joto|una joto|pana joto|kuna joto|iko na joto|kiko na joto|ni ya moto|ni cha moto: is hot
maumivu|uchungu|machungu|kuumwa|maumivu makali kiasi: pain; maumivu kidogo|uchungu kidogo|kuuma kidogo: mild pain
maumivu makali|uchungu mkali|maumivu mengi|maumivu makubwa: severe pain
{_IT}{{na,me}}{{,ni,mu}}uma sana: hurts a lot
maumivu makali sana|maumivu makali mno|maumivu makali kupita kiasi|maumivu kupita kiasi|maumivu yasiyovumilika: unbearable pain
siwezi kuvumilia maumivu|sivumilii maumivu|maumivu hayavumiliki|uchungu usiovumilika|maumivu hayavumilika: unbearable pain
maumivu ni makali mno|maumivu ni makali sana|siwezi kuvumilia uchungu|maumivu yamepita kiasi: unbearable pain
siwezi kuvumilia|sivumilii|haivumiliki|haivumilki: unbearable; {_IT}{{na,me,li}}{{,ni,mu,m}}uma|kuuma|uma: hurts
naumwa|ninaumwa|nimeumwa|anaumwa|ameumwa|nmeumwa|naskia uchungu|nasikia uchungu|nasikia maumivu|naskia maumivu: i am in pain
ha{_IT}{{,ni,mu}}umi|ha{_IT}{{ku,ja}}{{,ni,mu}}uma|siumwi|haumwi|sijaumwa|hajaumwa: does not hurt
usaha|ushaha|uchafu mweupe|uchafu wa njano: pus; maambukizi|maambukizo|infekshen|inflamesheni: infection
yuko mzima|ni mzima|mzima|yuko salama|buheri wa afya: well; bado ni hatari|bado kuna hatari: is it still a risk
{_IT}meambukizwa|{_IT}mepata maambukizi|{_IT}na maambukizi|{_IT}mepata infection: infected
usaha unatoka|unatoka usaha|inatoa usaha|kinatoa usaha|linatoa usaha|inatoka usaha|kunatoka usaha|imetoa usaha: pus is coming out
kimetoa usaha|limetoa usaha|ina usaha|kina usaha|lina usaha|una usaha|imejaa usaha|kimejaa usaha|inavuja usaha: pus is coming out
usaha umetoka|kutoa usaha|kunatoka usaha|inatoa pus|kinatoa pus|pus inatoka|usaha unavuja|zinatoa usaha: pus is coming out
ha{_IT}toi usaha|hakuna usaha|haina usaha|hakina usaha|sina usaha|hakutoka usaha|usaha hautoki: no pus
majimaji|maji maji|maji yanatoka|inatoa maji|kinatoa maji|inavuja|kinavuja|uchafu unatoka|inatoa uchafu: discharge
harufu mbaya|inanuka|kinanuka|inatoa harufu|ina harufu mbaya|kunanuka: smells bad; harufu: smell
{_IT}{{na,me}}enea|{_IT}{{na,me}}sambaa|kuenea|kusambaa|{_IT}{{na,me}}tanuka|kutanuka|{_IT}zidi kuenea: is spreading
{_IT}{{na,me}}enea haraka|{_IT}{{na,me}}enea kwa haraka|{_IT}{{na,me}}sambaa haraka|{_IT}{{na,me}}enea kwa kasi: spreading rapidly
kuenea haraka|kuenea kwa haraka|kusambaa haraka|kusambaa kwa kasi: spreading rapidly
ha{_IT}{{ja,}}enei|ha{_IT}jaenea|ha{_IT}sambai|ha{_IT}jasambaa: is not spreading; haraka|kwa haraka|kwa kasi|upesi|spidi: fast
michirizi myekundu|michirizi mekundu|mistari myekundu|mistari mekundu|mistari nyekundu|michirizi nyekundu: red streaks
mstari mwekundu|mchirizi mwekundu|mishipa myekundu|mistari ya rangi nyekundu|michirizi ya rangi nyekundu: red streaks
michirizi|mistari: streaks; {_IT}{{na,me}}kua|{_IT}{{na,me}}ongezeka|kukua|{_IT}{{na,me}}ota|kuota: is growing
{_IT}zidi kukua|{_IT}nazidi kukua|{_IT}nazidi kuwa kubwa|{_IT}nazidi kuwa kikubwa|{_IT}nazidi kuwa mkubwa: getting bigger
{_IT}naongezeka ukubwa|{_IT}nakuwa kubwa|{_IT}nakuwa kikubwa|{_IT}nakuwa mkubwa|{_IT}mekuwa kubwa: getting bigger
{_IT}mekuwa kikubwa|{_IT}mekuwa mkubwa|{_IT}mekua kubwa|{_IT}mekua kikubwa|{_IT}nakua kubwa|{_IT}nakua kikubwa: getting bigger
{_IT}napungua|{_IT}mepungua|kupungua: is going down; ha{_IT}pungui|ha{_IT}japungua|ha{_IT}ishi|ha{_IT}ondoki: not improving
ha{_IT}poni|ha{_IT}japona|ha{_IT}kupona|ha{_IT}japoa|haijaisha|hakijaisha|haujaisha|hayajaisha|hazijaisha: not improving
{_IT}{{me,li}}pona|{{ni,a,}}{{me,li}}pona|{_IT}kapona|{_IT}{{me,li}}poa|{_IT}kapoa|kupona: it cleared up
{_IT}{{me,li}}isha|{_IT}mekwisha|{_IT}likwisha|{_IT}{{me,li}}potea|{_IT}{{me,li}}toweka|{_IT}{{me,li}}ondoka: went away
{_IT}kaisha|{_IT}kapotea|{_IT}katoweka|{_IT}meshaisha|{_IT}meshapona|ilipotea yenyewe|ilipona yenyewe: went away
ha{{zi,i}}fanyi kazi|ha{{zi,i}}kufanya kazi|ha{{zi,i}}jafanya kazi|ha{{zi,i}}jasaidia|ha{{zi,i}}kusaidia: did not work
ha{{zi,i}}saidii: did not work
hakuna mabadiliko|hakuna mabadiliko yoyote|bila mafanikio|haikusaidia kitu|hazikusaidia kitu|bure tu: did not work
kunyonyoka|kupukutika|kukatika|nywele kunyonyoka|kunyonyoka kwa nywele|nywele zinanyonyoka|nywele zimenyonyoka: hair loss
nywele zinapukutika|nywele zimepukutika|nywele zinaanguka|nywele zimeanguka|nywele zinatoka|nywele zimetoka: hair loss
nywele zinakatika|nywele zimekatika|nywele zimeisha|nywele zinaisha|kupoteza nywele|upotezaji wa nywele: hair loss
upara|kipara|vipara|mapara|sehemu isiyo na nywele|sehemu zisizo na nywele|hakuna nywele|bila nywele: bald patch
sehemu tupu|kiraka|viraka|kibaka cha upara|mabaka ya upara|kipara kidogo|kiupara: bald patch
sehemu sehemu|kwa sehemu|mabaka|mabaka mabaka|baadhi ya sehemu|kibaka|vibaka|vipande vipande: in patches
sehemu|mahali|eneo|pahali|upande: area; karibu|kando|kuzunguka|pembeni|pembeni mwa|kuzunguka na|maeneo ya karibu: around
kigumu|mgumu|ngumu|gumu|vigumu|magumu|kikavu: hard; laini: soft
homa|homa kidogo|fiva|joto mwilini|kuhisi joto|nahisi joto|mwili una joto|joto la mwili: fever
homa kali|homa ya juu|joto kali|joto la juu|joto jingi mwilini|joto kubwa|mwili unachemka|homa kubwa: high fever
joto: temperature; nina homa|niko na homa|nko na homa|nina fiva|niko na fever: i have fever
baridi|kibaridi|nahisi baridi|ninahisi baridi|kuhisi baridi|baridi kali|najisikia baridi|naskia baridi: chills
{{ni,a,wa,}}{{na,me,li}}tetemeka|kutetemeka|kutetemeka kwa baridi|{{ni,a,wa,}}natetemeka kwa baridi|mwili unatetemeka: shivering
kutetemeka bila kukoma|siwezi kuacha kutetemeka|hawezi kuacha kutetemeka|natetemeka bila kuacha: uncontrollable shivering
kutetemeka kupita kiasi|anatetemeka bila kukoma|natetemeka bila kukoma|kutetemeka kusikozuilika: uncontrollable shivering
mwili mzima unatetemeka|mwili mzima unatetemeka sana|kutetemeka mwili mzima: uncontrollable shivering
{{si,ha}}tetemeki|{{si,ha}}{{ja,ku}}tetemeka: not shivering
{{ni,a,}}{{me,li}}{{changanyikiwa,changanyikiwa}}|{{ni,a,}}nachanganyikiwa|kuchanganyikiwa|changanyikiwa: is confused
ha{{ja,}}changanyikiwi|hajachanganyikiwa|sijachanganyikiwa|hakuchanganyikiwa: is not confused
hatambui watu|hanitambui|hatutambui|hamtambui mtu|hatambui mtu|hamjui mtu|hatujui|hanijui|hajitambui: does not recognise anyone
hajui yuko wapi|hajui alipo|hajui yupo wapi|hajui ni wapi: does not know where he is
anaongea ovyo|anaropoka|anaongea upuuzi|anaongea mambo yasiyoeleweka|anaongea maneno yasiyoeleweka: is talking nonsense
anabwabwaja|anaongea vitu vya ajabu|anasema vitu vya ajabu|anaongea mambo ya ajabu|anaongea mambo ya kijinga: is talking nonsense
usingizi mzito|ana usingizi mzito|ana usingizi sana|analala tu|analala sana|analala muda wote|analala kila wakati: very drowsy
amelala tu|anasinzia|anasinziasinzia|anasinzia sinzia|amelegea na analala|usingizi mwingi|ana lepe: very drowsy
nina usingizi mzito|nina usingizi sana|nasinzia sana|ninasinzia: very drowsy; usingizi|lepe: sleep; nina usingizi: i am sleepy
haamki|haamki vizuri|ni vigumu kumwamsha|ni ngumu kumwamsha|ni ngumu kumuamsha|ni vigumu kumuamsha: hard to wake
tunashindwa kumwamsha|tunashindwa kumuamsha|hawezi kuamka|hataki kuamka|hajaamka|haamshiki|hakuamka: hard to wake
sijaweza kumwamsha|sijaweza kumuamsha|tumeshindwa kumwamsha|tumeshindwa kumuamsha|haamki hata: hard to wake
kusema kwa shida|anasema kwa shida|ninasema kwa shida|nasema kwa shida|anaongea kwa shida|kuongea kwa shida: slurred speech
anazungumza kwa shida|kuzungumza kwa shida|naongea kwa shida|ninaongea kwa shida|anaongea kwa tabu: slurred speech
anaongea kama mlevi|maneno hayatoki vizuri|maneno hayatoki|ulimi mzito|ana ulimi mzito|ulimi umekuwa mzito: slurred speech
anakwama kuongea|hawezi kuongea vizuri|hawezi kuongea|siwezi kuongea vizuri|anaongea kwa kukwama|sauti imebadilika: slurred speech
kigugumizi|anababaika|anatetereka kuongea|maneno yanakwama|anasema maneno vibaya|hasemi vizuri: slurred speech
degedege|ana degedege|alipata degedege|amepata degedege|kifafa|alipata kifafa|amepata kifafa|anapata kifafa: seizure
mshtuko wa kifafa|amepatwa na kifafa|alipatwa na kifafa|amepatwa na degedege|alipatwa na degedege|ana kifafa: seizure
mwili unakakamaa na kutetemeka|alianguka na kutetemeka|anagaagaa|alikakamaa na kutetemeka|kutoa povu mdomoni: seizure
naona mara mbili|ninaona mara mbili|anaona mara mbili|kuona mara mbili|naona vitu viwili|ninaona vitu viwili: double vision
naona viwili viwili|naona kila kitu mara mbili|naona kila kitu viwili|kuona vitu viwili|macho yanaona mara mbili: double vision
anaona vitu viwili|naona vitu mara mbili|naona double|naona vitu double: double vision
naona ukungu|ninaona ukungu|kuona ukungu|macho yanaona ukungu|sioni vizuri|haoni vizuri|naona giza: blurred vision
macho yana ukungu: blurred vision
kuona kwa ukungu|naona kiwi|macho yana kiwi|kuona kiwi: blurred vision; naona|ninaona: i see; sioni: i do not see
shingo ngumu|shingo imekakamaa|shingo inakakamaa|shingo kukakamaa|kukakamaa kwa shingo|ukakamavu wa shingo: stiff neck
shingo imekaza|shingo inakaza|siwezi kugeuza shingo|siwezi kupinda shingo|hawezi kupinda shingo|hawezi kugeuza shingo: stiff neck
shingo haigeuki|shingo haipindi|shingo imeganda|shingo imesimama|shingo imeshikana|shingo ni ngumu|shingo iko ngumu: stiff neck
mwanga unaumiza macho|mwanga unaniumiza macho|mwanga unamuumiza macho|mwanga unaumiza|mwanga unaniumiza: light hurts my eyes
siwezi kuangalia mwanga|hawezi kuangalia mwanga|macho yanauma kwa mwanga|macho yanaumia mwangani: light hurts my eyes
naogopa mwanga|anaogopa mwanga|mwanga unanisumbua|mwanga unamsumbua|mwanga unasumbua macho: light hurts my eyes
mwanga mkali unaniumiza: light hurts my eyes
siwezi kuvumilia mwanga|hawezi kuvumilia mwanga|macho hayavumilii mwanga|mwanga unachoma macho: light hurts my eyes
mwanga|mwangaza|taa|jua: light
kichwa kinauma|kichwa kinaniuma|kichwa kinamuuma|maumivu ya kichwa|kuumwa na kichwa|naumwa na kichwa: headache
ninaumwa na kichwa|anaumwa na kichwa|kichwa kuuma|kichwa kinagonga|kichwa kinaniuma kidogo|kichwa kinauma kidogo: headache
kichwa kinauma sana|kichwa kinaniuma sana|kichwa kinamuuma sana|maumivu makali ya kichwa|maumivu makali kichwani: severe headache
kichwa kuuma sana|kichwa kinauma mno|kichwa kinagonga sana|kichwa kinapasuka|kichwa kinataka kupasuka: severe headache
kichwa kinaniuma mno|kuumwa sana na kichwa|naumwa sana na kichwa|anaumwa sana na kichwa|kichwa kibaya sana: severe headache
{{ni,a,wa,}}{{na,me,li}}tapika|kutapika|anatapikatapika|kutapikatapika|matapishi|tapika|natapika sana: vomiting
{{si,ha}}tapiki|{{si,ha}}{{ja,ku}}tapika: not vomiting; kichefuchefu|kichefu chefu: nausea
upele|vipele|harara|mapele|vipele vidogo|upele mwekundu|vipele vyekundu: rash
upele usiofifia|upele ambao haufifii|vipele visivyofifia|vipele ambavyo havififii|upele usiopotea: rash that does not fade
vipele visivyopotea|upele haufifii|vipele havififii|upele haupotei|vipele havipotei|madoa yasiyofifia: rash that does not fade
madoa ambayo hayafifii|madoa hayafifii|madoa hayapotei|upele usioondoka|vipele visivyoondoka: rash that does not fade
ha{_IT}fifii|ha{_IT}potei|usiofifia|visivyofifia|yasiyofifia|zisizofifia|isiyofifia|kisichofifia: do not fade
{_IT}nafifia|{_IT}mefifia|{_IT}napotea: fade; zambarau|urujuani|rangi ya zambarau: purple
madoa ya zambarau|madoadoa ya zambarau|vidoa vya zambarau|vidoti vya zambarau|madoa ya damu: purple spots
vidoa vya damu chini ya ngozi: purple spots
madoa|vidoa|vidoti|doa: spots; vidoa vya damu|vidoti vya damu|matone ya damu: pinpoint bleeding spots
bluu|buluu|samawati|rangi ya bluu|ya bluu: blue; ngozi ya bluu|ngozi ni bluu|ngozi imekuwa bluu|ngozi iko bluu: skin is blue
midomo ya bluu|midomo imekuwa bluu|midomo ni bluu|midomo iko bluu|midomo imegeuka bluu|midomo imekuwa ya bluu: lips are blue
madoadoa|madoa madoa|madoa doa|ngozi ya madoadoa|ngozi yenye madoadoa|ngozi ina madoadoa|ngozi imekuwa na madoadoa: mottled
ngozi ni madoadoa|ngozi iko na madoadoa|ngozi ya rangi mchanganyiko|mabakamabaka: mottled; kijivu|rangi ya kijivu: grey
amepauka|nimepauka|kupauka|uso umepauka|rangi imepauka|mweupe kama karatasi|weupe sana|amepauka sana: very pale
{{si,ha}}jakojoa|{{si,ha}}kojoi|kutokojoa|kutokojoa kabisa|{{si,ha}}kukojoa|sijaenda haja ndogo: i have not urinated
hajaenda haja ndogo|sijakojoa kabisa: i have not urinated
siwezi kukojoa|hawezi kukojoa|mkojo hautoki|sijapata mkojo|sikojoi kabisa|hakuna mkojo|mkojo haupo: i have not urinated
kukojoa|kojoa|nakojoa|anakojoa: urinate
moyo unaenda mbio|moyo unakwenda mbio|moyo kwenda mbio|moyo unadunda kwa kasi|moyo unapiga haraka: heart racing
moyo unadunda haraka: heart racing
moyo unadunda sana|moyo unapiga kwa kasi|mapigo ya moyo yako juu|mapigo ya moyo ni ya haraka: heart racing
mapigo ya moyo yamepanda: heart racing
mapigo ya moyo ni mengi|mapigo ya moyo ya haraka|moyo unaruka|moyo unapiga sana|moyo unadunda mbio|moyo unakimbia: heart racing
mapigo ya moyo yanaenda mbio|moyo unaenda spidi|moyo unapiga mbio: heart racing
mapigo ya moyo|mapigo|pigo la moyo: pulse; shinikizo la damu|presha: blood pressure
presha iko chini|presha imeshuka|shinikizo la damu liko chini|presha chini: low blood pressure
nahisi nitakufa|ninahisi nitakufa|kuhisi nitakufa|nahisi kama nitakufa|najiona nitakufa|nahisi ninakufa: i feel like i might die
nahisi nakufa|nadhani nitakufa|nitakufa|nakufa|ninakufa|naskia nitakufa|najiskia nitakufa: i feel like i might die
najisikia nitakufa: i feel like i might die
anahisi atakufa|anasema atakufa|nahisi kufa|ninahisi kufa|naona nitakufa|ninaona nitakufa: i feel like i might die
nakufa kwa kicheko|kufa kwa kicheko|nacheka nakufa|nakufa na kicheko: laughing
midomo kuvimba: lips swollen; ulimi kuvimba: tongue swollen; koo kuvimba: throat swollen; uso kuvimba: face swollen
macho kuvimba|jicho kuvimba: eyes swollen; kope kuvimba: eyelids swollen
koo linabana|koo limebana|koo kubana|koo linafunga|koo linaziba|koo limeziba|koo limefunga|koo linakaba: my throat is closing
siwezi kumeza|hawezi kumeza|nashindwa kumeza|kumeza kwa shida|ninameza kwa shida|anameza kwa shida|siwezi meza: i can not swallow
siwezi kupumua|siezi kupumua|cwezi kupumua|hawezi kupumua|sipumui|hapumui|nashindwa kupumua|anashindwa kupumua: can not breathe
ninashindwa kupumua|siwezi kuvuta pumzi|hawezi kuvuta pumzi|pumzi imekata|pumzi haitoshi|nakosa hewa|anakosa hewa: can not breathe
kupumua kwa shida|napumua kwa shida|anapumua kwa shida|ninapumua kwa shida|shida ya kupumua|nakosa pumzi: short of breath
pumzi inabana: short of breath
nabanwa na pumzi|kubanwa pumzi|kupumua kwa tabu|anapumua kwa tabu|napumua kwa tabu|ugumu wa kupumua|pumzi fupi: short of breath
anahema|nahema|anahema sana|nahema sana|kuhema: short of breath; kupumua|pumua|kuvuta pumzi: breathe
anapumua haraka|napumua haraka|kupumua haraka|anapumua haraka sana|anapumua kwa kasi|kupumua kwa kasi: very fast breathing
mlio wa filimbi|sauti ya filimbi|kupumua kwa mlio|pumzi inatoa sauti|kifua kinalia|mluzi kifuani: wheezing; pumu: asthma
maumivu ya kifua|maumivu kifuani|kifua kinauma|kifua kinaniuma|kifua kinamuuma|kifua kuuma|kifua kinabana: chest pain
kifua kimebana|kubanwa kifua|nabanwa kifua|maumivu makali ya kifua|maumivu ya moyo|moyo unauma|kifua kizito: chest pain
uchungu kifuani|kifua kinachoma|kifua kinaniuma sana|kubana kwa kifua|kifua kinanibana: chest pain
{{ni,a,wa,}}{{me,li,ka}}{{zirai,zimia}}|kuzirai|kuzimia|amepoteza fahamu|alipoteza fahamu|nilipoteza fahamu: fainted
nimepoteza fahamu|kupoteza fahamu|alizirai ghafla|amezirai ghafla|nilizimia ghafla|nikazirai|akazirai: fainted
{{si,ha}}{{ja,ku}}{{zirai,zimia}}: did not faint; hana fahamu|hajitambui kabisa|amepoteza fahamu kabisa: unconscious
{{ni,a}}{{me,li}}anguka|akaanguka|nikaanguka|ameanguka chini|alianguka chini|ameanguka ghafla|alianguka ghafla: collapsed
udhaifu|unyonge|sina nguvu|hana nguvu|nimeishiwa nguvu|ameishiwa nguvu: weakness; dhaifu|mnyonge|mdhaifu: weak
upande mmoja wa mwili|upande mmoja wa mwili umelegea|upande mmoja umepooza|amepooza|kupooza|mkono umelegea: weakness on one side
kizunguzungu|kisunzi|naona kizunguzungu|nahisi kizunguzungu|kichwa kinazunguka: dizzy
nimechoka|nmechoka|amechoka|uchovu|nimechoka sana|kuchoka: tired
michubuko|mchubuko|alama za bluu|madoa ya bluu|damu imevilia|damu iliyoganda chini ya ngozi: bruises
kigaga|vigaga|magamba|ukoko|vikoko: scabs; muwasho|kuwasha|{_IT}nawasha|{_IT}naniwasha|mwasho: itching
nyeti|inauma ukigusa|kinauma ukigusa|inauma nikigusa|kinauma nikigusa|ikiguswa inauma|ukigusa inauma: tender
naumwa tu|si mzima|sijisikii vizuri|najisikia vibaya|nahisi vibaya|niko vibaya|yangu hali ni mbaya: i feel unwell
nahisi|ninahisi|najisikia|ninajisikia|najihisi|ninajihisi|najiskia|naskia|nasikia|ninasikia|nahisi kama: i feel
anahisi|anajisikia|anajihisi|anaskia|anasikia: feels; nadhani|nafikiri|ninadhani|ninafikiri|nahisi ni: i think
ghafla|ghafula|mara moja tu|gafla: suddenly; nina wasiwasi|naogopa|ninaogopa|nina hofu|inanitia wasiwasi: i am worried
mara|mara ya kwanza: time; mara mbili: twice; ameanza|anaanza|imeanza|inaanza|kimeanza|kinaanza: started
minoksidili|minoxidili: minoxidil; finasteridi: finasteride
siwezi|siwezani|mimi siwezi: i can not; hawezi: he can not; hatuwezi: we can not; hawawezi: they can not
chenye|yenye|wenye|lenye|zenye|vyenye|mwenye: with; kutoka|kutokea|toka kwa: from; hadi|mpaka|hadi kwa|mpaka kwa: to
{{i,ki,li,u,zi,vi,ya}}{{ta,me,li,na}}tokea|{{i,ki,li,u,zi,vi,ya}}mejitokeza|kujitokeza|kutokea ghafla: appeared
inaweza kuleta|inaweza kusababisha|huleta|husababisha|inaleta|inasababisha|kuleta|kusababisha: can cause
hupata|hupatwa na: get; watu hupata|watu wengine hupata: some people get; kutumia|kupaka: use; kuendelea: continue
{{i,zi,vi}}nahitajika|{{i,zi,vi}}tahitajika: are needed; zipi|ipi|kipi|yapi|lipi|upi: which; midogo|vidogo: small
{{si,ha}}japona|{{si,ha}}poni: not improving; ikiwa nikipata|ikiwa nkipata: if i get; ikiwa akipata: if he gets
ikiwa ukipata: if you get; maumivu ni makali kupita kiasi|maumivu ni makali kupindukia|makali kupita kiasi: unbearable pain
{_IT}naoenea|{_IT}nayoenea|kinachoenea|linaloenea|zinazoenea|yanayoenea|vinavyoenea|unaosambaa|inayosambaa: that is spreading
{_IT}naoenea haraka|inayoenea haraka|kinachoenea haraka|unaoenea kwa haraka|inayoenea kwa haraka: that is spreading rapidly
ambayo|ambao|ambacho|ambalo|ambazo|ambavyo|ambaye: that; {_IT}{{na,me}}toka|{_IT}natoka|kutoka nje: coming out
{_IT}mepauka: very pale; {{i,ki,u,li}}likuwepo|{{zi,vi,ya}}likuwepo: was there; {{i,ki,u,zi,vi}}{{li,me}}nipa: gave me
kweli: true; ni kweli|je ni kweli: is it true; kuliko: than; {{i,zi}}nachukua|{{i,zi}}tachukua: takes; kuona: see
matokeo: results; ningepata|kama ningepata|ikiwa ningepata: if i got; ningeenda|ningekwenda: would i go; ningekuwa na: if i had
kwenda|kuenda|kwenda kwa: go; mbio|mbiombio|kwa mbio: racing
kunyonyoka sehemu|zinanyonyoka sehemu|zimenyonyoka sehemu|nywele kunyonyoka sehemu: hair loss in patches
nywele zinanyonyoka sehemu: hair loss in patches
nywele zimenyonyoka sehemu|nywele zinatoka sehemu|nywele zimetoka sehemu|nywele zimeisha sehemu: hair loss in patches
aliambiwa|ameambiwa|waliambiwa|wameambiwa: was told; niliambiwa|nimeambiwa|nliambiwa: i was told
aliambiwa na|ameambiwa na|waliambiwa na: was told by; niliambiwa na|nimeambiwa na: i was told by
mimi niko sawa|mimi niko poa|mimi niko fiti|mimi nipo sawa: i am fine; vipi ikiwa|je ikiwa|itakuwaje ikiwa: what if
{{i,ki,u,zi,vi,ya,li}}{{ta,na}}endelea: continues; nimeona|niliona|nmeona: i saw; ameona|aliona: saw; maswali|swali: questions
mengine|nyingine|vingine|zingine|lingine|kingine|mwingine: other; {{i,ki,u,li}}{{me,li}}niletea: gave me
nyumbani: at home; kazini: at work; jikoni: in the kitchen; shuleni: at school; njiani: on the way
wasiwasi|hofu: worry; niko na wasiwasi|nina wasiwasi mwingi: i am worried; kuosha|kuoga: wash; kuchana|kusuka: comb
mawazo ya kujiua|kujiua|kujitoa uhai|kutaka kujiua|nataka kujiua: suicidal thoughts; nataka kufa|anataka kufa: want to die
ni nini hasa|ni nini: what exactly is; mtu anajuaje|unajuaje: how does one know
"""

_NUMBER = (
    r"\d+|moja|mmoja|limoja|mbili|miwili|mawili|wawili|viwili|tatu|mitatu|matatu|watatu|vitatu|nne|minne|manne|wanne"
    r"|tano|mitano|matano|watano|sita|saba|nane|tisa|kumi(?: na (?:moja|mbili|tatu|nne|tano|sita|saba|nane|tisa))?"
    r"|ishirini(?: na (?:moja|mbili|tatu|nne|tano|sita|saba|nane|tisa))?|kadhaa|mingi|nyingi|michache|chache"
)
_UNIT = r"siku|sku|wiki|majuma|juma|saa|masaa|lisaa|dakika|mwezi|miezi|mwaka|miaka"
_OWNER = r"yangu|wangu|changu|langu|zangu|vyangu|yake|wake|chake|lake|zake|vyake|yako|wako|chako|lako|zako|vyako"
# words that an owner after them does not belong to ("ni yangu" it is mine, "hii yangu" this of mine)
_NOT_OWNED = r"ni|si|na|ya|wa|la|cha|za|vya|kwa|hii|hiyo|hizi|hizo|huyu|huyo|kwamba|kuwa"
_NEGATED_HAVE = r"sina|hana|haina|hakina|hakuna|hamna|hatuna|hawana"
# clause starts, where "kama" is "if"
_CLAUSE = r"(^|[,.;:!?\n]\s*|\b(?:je|jee|na|lakini|ila|au|ama|nini|nn|vipi|aje|nifanyeje|sasa|basi|hivyo) )"

RULES: Dict[str, Tuple[Rule, ...]] = {
    "sw": (
        (r"(?<=[a-z])-(?=[a-z])", " "),  # "madoa-doa", "vipele-vipele", "sa-hii"
        # "kama wiki mbili" (about two weeks) before the number is moved: "kama" is not "if" there
        (rf"\bkama (?=(?:{_UNIT}) (?:{_NUMBER})\b|\d)", "takriban "),
        (rf"{_CLAUSE}kama\b", r"\1ikiwa"),  # "kama nina homa" (if I have fever); "kama kivimbe" stays "like"
        # "siku tatu zilizopita" (days three ago): the number before its unit
        (rf"\b({_UNIT}) (?:ya )?({_NUMBER})\b", r"\2 \1"),
        # "kwa siku tatu" (for three days): "kwa" before a span of time is "for", not "at"
        (rf"\bkwa (?=(?:{_NUMBER}) (?:{_UNIT})\b)", "for "),
        # "mume wangu" (husband my), "kichwa changu" (head my): the owner before what it owns
        # "wala hakiumi" (nor does-not-hurt): a negated verb after "wala" is negated once
        (r"\bwala (?=(?:ha|si)[a-z]{3,})", "na "),
        (rf"\b(?!(?:{_NOT_OWNED})\b)([a-z]+) ({_OWNER})\b", r"\2 \1"),
        # "homa sina, usaha hakuna" (fever I-do-not-have): the negated "have" before its sign
        (rf"(^|[,.;:!?\n]\s*)([a-z]+) ({_NEGATED_HAVE})(?=\s*(?:[,.;:!?\n]|$))", r"\1\3 \2"),
    ),
}

# Sheng chat shorthand, before the check and the glossary: "nme" (nime-), "nli" (nili-), "nta" (nita-), "siezi"
SPELLING: Dict[str, Tuple[Rule, ...]] = {
    "sw": (
        (r"\bn(me|li|ta|ka)(?=[a-z]{3})", r"ni\1"),
        (r"\b(?:siezi|siwez|cwezi|ciwezi|ciezi|siwzi)\b", "siwezi"),
        (r"\b(?:haezi|hawez|hawzi)\b", "hawezi"),
    ),
}


def _expand(data: str) -> str:
    """Every key with "{a,b}" choices written out: "{i,ki}{na,me}vimba" -> "inavimba|imevimba|kinavimba|kimevimba"."""
    lines: List[str] = []
    for chunk in re.split(r"[;\n]", data):
        keys, sep, english = chunk.partition(":")
        if not sep:
            continue
        expanded: List[str] = []
        for key in keys.split("|"):
            parts = re.split(r"\{([^{}]*)\}", key.strip())
            choices = [[p] if i % 2 == 0 else p.split(",") for i, p in enumerate(parts)]
            expanded.extend("".join(c) for c in itertools.product(*choices))
        lines.append("|".join(dict.fromkeys(k for k in expanded if k)) + ":" + english)
    return "\n".join(lines) + "\n"


LANGUAGES: Dict[str, str] = {"sw": _expand(SWAHILI)}
