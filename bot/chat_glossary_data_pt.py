"""Glossary for Portuguese, Brazil and Portugal ("to com", "estou a tremer"), format: `bot.chat_glossary_data`."""

from __future__ import annotations

PORTUGUESE = """
eu: i; tenho|estou com|to com|tou com|to com: i have; tem|tinha: has; teve: had; tive: i had; estou|tou|sou: i am; ha: there is
faz mal: is bad for; varios|varias: several; bom dia|boa tarde|ola|oi: hello; fiz|fez|fizeram: had; esta|ta|estao: is
foi|era|estava: was; ele: he; ela: she; eles|elas: they; me|te|lhe|se: -; meu|minha|meus|minhas: my
seu|sua|seus|suas|dele|dela: his; o|os|as: the; um|uma: a; uns|umas: some; e: and; ou: or; mas|porem: but; com: with
sem: without; de|do|da|dos|das: of; em|no|na|nos|nas: in; ao: to the; por|para|pra: for; que: that; muito|muita: very
bastante: a lot; um pouco|pouco|pouca: a little; mais: more; ja: already; ainda|continua: still; agora: now; desde: since
depois|apos: after; antes: before; hoje: today; ontem: yesterday; ontem a noite|esta noite: last night; amanha: tomorrow
hoje esta otima|hoje esta otimo|hoje esta bem|hoje ela esta bem|hoje ele esta bem|hoje esta tudo bem: now fine
hoje de manha: this morning; esta semana: this week; semana passada: last week; dia: day; dias: days; semana: week
semanas: weeks; mes: month; meses: months; ano: year; anos: years; hora: hour; horas: hours; minutos: minutes; atras: ago
faz: ago; caso: if; quando: when; caso: if; posso: can i; pode: can; devo: should i; nao: not
nao tenho|nao estou com: i do not have; nao ha|nao tem: there is no; nao consigo|nao posso: i can not; nenhum|nenhuma: no
nunca: never; nada: nothing; nem: nor; diz que|disse que|falou que: says that; diz|fala: says; disse|falou: said
me disse|me falou: told me; e normal|isso e normal|normal: is it normal; o que e: what is
o que fazer|o que eu faco|o que devo fazer: what should i do; quantas|quantos: how many; quanto tempo: how long; como: how
por que|porque: why; quando posso: when can i; de novo|novamente: again; tudo: all; tudo bem|tudo certo: all fine; bem: fine
mal: bad; melhor: better; pior: worse; sumiu|desapareceu|passou: went away; sarou|curou|cicatrizou: healed
me sinto|sinto: i feel; marido|esposo: husband; esposa|mulher: wife; irma: sister; irmao: brother; mae|mamae: mum
pai|papai: dad; filho: son; filha: daughter; amigo|amiga: friend; amigos|amigas: friends; vizinho|vizinha: neighbour
colega: colleague; crianca|bebe: child; alguem: someone; gente|pessoas: people; avo: grandma; namorado: boyfriend
tia|titia: aunt; tio|titio: uncle
namorada: girlfriend; dois|duas: two; tres: three; quatro: four; cinco: five; seis: six; sete: seven; oito: eight
nove: nine; dez: ten; quinze: fifteen; graus: degrees; cabeca: head; couro cabeludo: scalp; cabelo|cabelos: hair
pescoco|nuca: neck; peito: chest; coracao: heart; labio: lip; labios|boca: lips; lingua: tongue; garganta: throat; olho: eye
olhos: eyes; rosto|cara: face; testa: forehead; pele: skin; palpebra: eyelid; palpebras: eyelids; musculos: muscles
braco: arm; perna: leg; urina|xixi: urine; urinar|fazer xixi: urinate; respirar: breathe; engolir: swallow
mesoterapia: mesotherapy; sessao: session; sessoes: sessions; injecao|picada|aplicacao: injection
injecoes|picadas|aplicacoes: injections; tratamento: treatment; clinica: clinic; medico|medica|doutor|doutora: doctor
pronto socorro|emergencia|urgencia: emergency department; antibiotico: antibiotic; antibioticos: antibiotics
comprimidos|remedio: pills; acordar|acordado|acordada: wake; caroco|nodulo|bolinha|bola|inchaco duro|galo: lump
carocos|nodulos|bolinhas: lumps; espinha: pimple; espinhas: pimples; abscesso: abscess; furunculo: boil; cisto: cyst
inchado|inchada|inchados|inchadas|inflamado|inflamada: swollen; inchaco|inflamacao: swelling; inchando|incha: swelling
vermelho|vermelha|vermelhos|vermelhas|avermelhado: red; vermelhidao: redness; quente|quentes: hot; dor|dores: pain
doi|doem|ta doendo|esta doendo: hurts; dolorido|dolorida|doloroso|dolorosa: painful; pus: pus
saindo pus|sai pus|saiu pus: pus is coming out; secrecao|liquido: discharge
infeccionado|infectado|infectada|infeccionada: infected; infeccao: infection
espalhando|se espalhando|esta espalhando|se espalha|aumentando: is spreading
riscos vermelhos|listras vermelhas|linhas vermelhas: red streaks; crescendo|cresceu|cresce: is growing
cada vez maior: getting bigger; maior: bigger; novos carocos|novos nodulos: new lumps; nao melhora: not improving
falha no cabelo|area careca: bald patch; careca: bald; cicatriz: scar; queda de cabelo: hair loss; febre: fever
temperatura: temperature; calafrios|arrepios: chills; febril: feverish; tremendo|tremores|tremedeira|tremer: shivering
incontrolavel|incontrolaveis|sem parar: uncontrollable; diabetes: diabetes; diabetico|diabetica: diabetic
imunidade baixa|imunossuprimido|imunossuprimida: weak immune system; corticoide|corticoides|esteroides: steroids
quimioterapia|quimio: chemotherapy; gravida: pregnant; confuso|confusa: confused; desorientado|desorientada: disoriented
fala enrolada|enrolando a lingua: slurred speech; sonolento|sonolenta|grogue: drowsy
dificil de acordar|nao acorda: hard to wake; dor muscular|dores musculares: muscle pain; frio|gelado|gelada: cold
falta de ar|sem ar|sufocado|sufocada: short of breath; nao consigo respirar|nao consegue respirar: can not breathe
respiracao: breathing; palpitacoes|taquicardia: palpitations; coracao acelerado|coracao disparado: heart racing
bate|batendo: beating; rapido|rapida|acelerado: fast; manchado|manchada|marmoreada: mottled
azul|azulado|azulada|roxo|roxa|roxos: blue; palido|palida: pale; cinzento|cinza|acinzentado: grey
manchas vermelhas|erupcao|brotoeja: rash; nao desaparecem|nao somem: do not fade
incontrolaveis|incontrolavel|que nao consigo controlar: uncontrollable; copo: glass; aperto|apertar|pressiono|pressionar: press
desaparece|desaparecem|some|somem: fade; nao faco xixi|nao urino: i have not urinated
vou morrer|sinto que vou morrer: i feel like i might die; insuportavel: unbearable; terrivel|horrivel: terrible
forte|intenso|intensa|fortissima: severe; alta|alto|elevada: high; dor de cabeca: headache
pescoco duro|pescoco rigido|nuca rigida|rigidez na nuca: stiff neck; rigido|duro: stiff
a luz incomoda|a luz me incomoda|incomodo com a luz: light hurts my eyes; luz: light
vomito|vomitando|vomitei|vomitar: vomiting; convulsao|convulsoes: seizure; dor no peito|dor peito: chest pain
desmaiei|desmaiou|desmaio|desmaiado|desmaiada|desmaiar: fainted; desabou|caiu desmaiado: collapsed; acabei de: i just
chiado|chiando: wheezing; visao dupla|vendo dobrado|vejo dobrado: double vision; fraqueza: weakness; fraco|fraca: weak
tontura|tonto|tonta: dizzy; cansado|cansada: tired; hematomas|roxinhos: bruises; casquinhas|casquinha|crostas: scabs
pontinhos de sangue: pinpoint bleeding spots; sangue: blood; coceira|comichao: itching
pequeno|pequena|pequenos|pequenas: small; leve|leves: mild; sensivel: tender; doente: sick
falando enrolado|falando enrolada|fala enrolado|falando embolado|fala embolada|lingua enrolada|lingua presa: slurred speech
enrolando as palavras: slurred speech
arrastando as palavras|arrastar as palavras|a arrastar as palavras|fala arrastada|fala como bebado: slurred speech
fala como bebada: slurred speech
nao consegue falar direito|nao consigo falar direito|dificuldade para falar|dificuldade em falar: slurred speech
mal consegue falar|fala estranha: slurred speech
nao sabe onde esta|nao sabe onde ta|nao sabia onde estava|nao sabe onde se encontra: does not know where he is
nao sei onde estou: does not know where he is
nao reconhece ninguem|nao me reconhece|nao nos reconhece|nao reconhece: does not recognise anyone
falando coisas sem sentido|fala coisas sem sentido|diz coisas sem sentido|sem nexo|nao fala coisa com coisa: is talking nonsense
delirando|delira: is talking nonsense
variando|esta variando|desnorteado|desnorteada|aereo|aerea|baralhado|baralhada|desorientado|desorientada: confused
nao consigo acordar ele|nao consigo acordar ela|nao consigo acorda lo|nao consigo acorda la: can not wake him
nao conseguimos acordar: can not wake him
nao acorda|nao desperta|nao consigo acordalo|nao consigo acordala: can not wake him
nao responde|nao reage|nao reagia: is not responding; inconsciente|desacordado|desacordada|semiconsciente: unconscious
muito sonolento|muito sonolenta|sonolencia|dormindo o tempo todo|dorme o tempo todo|so quer dormir|apagado|apagada: very drowsy
perdi os sentidos|perdeu os sentidos|perdi a consciencia|perdeu a consciencia|perdi o conhecimento: lost consciousness
perdeu o conhecimento: lost consciousness
perda de consciencia|perda dos sentidos|apaguei: lost consciousness
tive um desmaio|teve um desmaio|tive um piripaque|deu um piripaque|teve um piripaque|sincope|tive uma sincope|desmaiou: fainted
caiu duro|cai duro|caiu dura|cai dura|fui ao chao|foi ao chao: fainted and fell
nao consigo parar de tremer|nao para de tremer|nao paro de tremer|tremo todo|tremo toda: can not stop shaking
tremendo dos pes a cabeca: can not stop shaking
tremendo muito|tremo muito|a tremer muito|estou a tremer muito|tremedeira forte|tremedeira muito forte: can not stop shaking
calafrios muito fortes|calafrios fortissimos|arrepios muito fortes|calafrios violentos: extreme shivering
tiritar|a tiritar|tiritando: shivering
batendo o queixo|bater o queixo|dentes batendo|os dentes a bater|batendo os dentes|queixo batendo: teeth chattering
dificuldade para respirar|dificuldade em respirar|dificuldade a respirar|respirando com dificuldade: difficulty breathing
respiro mal|respira mal: difficulty breathing
custa respirar|custa me respirar|me custa respirar|cansaco para respirar|falta de folego|respirar mal: difficulty breathing
sem folego|ofegante|puxando o ar|sufocando|abafado|abafada: short of breath
nao consigo falar sem parar para respirar|nao consigo terminar uma frase: i can not talk, out of breath
nao consigo acabar uma frase|falar sem parar para respirar: i can not talk, out of breath
respirando muito rapido|respiracao acelerada|respiracao ofegante|respira muito rapido|respiro muito rapido: breathing very fast
coracao a mil|coracao batendo muito rapido|coracao batendo rapido|coracao aos pulos|coracao aos saltos: heart racing
coracao saindo pela boca: heart racing
pulso acelerado|batimento acelerado|batimentos acelerados|pulsacao acelerada|batedeira|o coracao disparou: heart racing
pulso|batimentos: pulse
aperto no peito|pressao no peito|peso no peito|peito apertado|peito a apertar|pontada no peito|dor no torax: chest tightness
dor toracica: chest tightness
nao desaparece|nao some|nao somem|nao clareia|nao clareiam|nao empalidece: do not fade
quando aperto com um copo|apertando com um copo|pressionando com um copo|teste do copo|debaixo do copo: when i press a glass
sob o copo: when i press a glass
quando aperto|quando pressiono|se aperto: when i press; apertando|pressionando: pressing
pontinhos vermelhos|pintinhas vermelhas|pintas vermelhas|pintinhas roxas|manchinhas roxas|manchas roxas|petequias: red spots
pontinhos roxos: red spots
nao faco xixi|nao fiz xixi|nao fez xixi|nao urinei|nao urinou|nao faz xixi|sem fazer xixi|nao mijo|nao mijei: have not peed
nao fiz chichi: have not peed
nao faco chichi|nao fez chichi|nao consigo fazer xixi: have not peed; xixi|chichi: pee
pele manchada|pele marmoreada|pele rendilhada|marmoreado|rendilhada: mottled
arroxeado|arroxeada|arroxeados|arroxeadas|roxinho: blue
branco como papel|branca como papel|branco como cera|branca como cera|palidissimo|palidissima|cor de cera: very pale skin
cadaverico: very pale skin
cinzenta|cinzento|acinzentada|esverdeado|esverdeada: ashen
a lingua inchou|lingua inchou|inchou a lingua|lingua inchada|garganta fechando|garganta fechada: throat is closing
fechando a garganta: throat is closing
a garganta esta a fechar|garganta a fechar|a garganta fechou|sinto a garganta fechar: throat is closing
inchou|incharam: swelled up
dificuldade para engolir|dificuldade em engolir|nao consigo engolir|custa engolir|doi para engolir: difficulty swallowing
vejo tudo duplicado|vendo tudo duplicado|vejo duplo|vendo duplo|vista dupla|tudo em dobro|vejo tudo em dobro: i see double
vejo tudo dobrado: i see double
enxergando dobrado|enxergo dobrado|enxergando duplo|esta vendo dobrado|ve tudo dobrado|ve dobrado|ve duplo: i see double
nao consigo dobrar o pescoco|nao consigo baixar a cabeca|nao consigo mexer o pescoco|nuca dura|pescoco travado: stiff neck
torcicolo: stiff neck
luz machuca os olhos|a luz doi nos olhos|luz doi|nao suporto a luz|sensibilidade a luz|fotofobia: light hurts my eyes
a luz incomoda muito: light hurts my eyes
botei tudo para fora|botando tudo para fora|vomitou|golfar|golfei|vomitando muito: vomiting
a pior|o pior: the worst
dor de cabeca muito forte|dor de cabeca insuportavel|dor de cabeca horrivel|cabeca explodindo: severe headache
cabeca vai explodir|cabeca a explodir|enxaqueca fortissima|dor de cabeca fortissima: severe headache
teve um ataque|ataque epileptico|crise convulsiva|crise epileptica|teve uma crise|se debatendo|ficou se debatendo: had a fit
convulsionou: had a fit
convulsionando|ataque de epilepsia|teve convulsoes|teve uma convulsao: had a fit
crise de ansiedade|ataque de panico: panic attack
nao consigo mexer|nao consegue mexer|nao mexe|nao mexo: can not move; mexer: move; direito|direita: right
esquerdo|esquerda: left
lado: side; um lado|de um lado|um lado do corpo: one side; sem forca|sem forcas|nao tenho forca|nao tem forca: weak
boca torta|rosto torto|cara torta|rosto caido|boca caida|um lado do rosto caido|metade do rosto: face drooping on one side
paralisado|paralisada|paralisia: paralysed; dormencia|dormente|formigamento|formigando: numb
dor absurda|dor horrivel|doi demais|dor insuportavel|dor desesperadora|dor lancinante: the pain is unbearable
muito mais do que parece|mais do que parece|bem pior do que parece|muito pior do que parece: much more than it looks
dor desproporcional: much more than it looks
doi muito mais do que parece|doi mais do que parece|doi bem mais do que parece: hurts much more than it looks
vermelhidao espalhando|vermelhidao aumentando|espalhando rapido|espalhando muito rapido|a espalhar: redness spreading fast
alastrando|a alastrar: redness spreading fast
estrias vermelhas|riscas vermelhas|subindo|a subir: going up
pus saindo|soltando pus|esta supurando|supurando|a supurar|purgando|saindo secrecao amarela: pus is coming out
carocos novos|mais carocos|outro caroco|apareceu outro caroco|bolinhas novas|novas bolinhas|nodulos novos|papinhos: new lumps
altinhos: new lumps
altinho|alto duro: lump
falhas no cabelo|buracos no cabelo|peladas|clareiras|areas sem cabelo|area sem cabelo: bald patches
caindo em tufos|cai em tufos|caindo aos tufos|caindo em placas|caindo em falhas: falling out in patches
em tufos|aos tufos|em placas|em falhas: in patches; o cabelo caindo|cabelo caindo|caindo o cabelo: hair falling out
olho fechado|nao consigo abrir o olho|olho todo inchado: eye is swollen shut
em volta do olho|ao redor do olho|em volta dos olhos|ao redor dos olhos|a volta do olho: around the eye
me sinto febril|sentindo febre|com febre|febrinha|estado febril|sinto me febril|corpo mole e calafrios: feverish and shivery
pressao|pressao arterial|a pressao|a minha pressao|minha pressao|tensao|tensao arterial|a tensao: blood pressure
pressao baixa|hipotensao|a pressao caiu|pressao caiu|queda de pressao|tensao baixa|a tensao baixou: low blood pressure
pressao muito baixa: low blood pressure
estou morrendo|to morrendo|tou morrendo|acho que vou morrer|estou a morrer|sinto me a morrer: i feel like i might die
parece que vou morrer: i feel like i might die
li que|li na internet|na internet|vi na internet|ouvi dizer que: i read online that; disseram que|me contaram que: told me that
quando era crianca|em crianca|quando eu era pequeno|quando eu era pequena: as a child; anos atras|ha anos: years ago
e se: what if; nao vejo duplo|nao vejo dobrado|nao estou vendo dobrado: i do not see double
coracao esta a mil|coracao ta a mil|o coracao a mil: heart racing; enxergando|enxergo|vejo|vendo: i see
dobrado|duplicado|duplo: double; acho que|acho: i think; morrer: die; cedo: early
me contou que|contou que|me contaram: told me that; uma amiga|um amigo: a friend; ficou com|fiquei com: got
to morrendo de rir|estou morrendo de rir|morrendo de rir|morri de rir|morrer de rir|morro de rir: laughing
to morrendo de curiosidade|estou morrendo de curiosidade|morrendo de curiosidade|morro de curiosidade: i am curious
to morrendo de vontade|estou morrendo de vontade|morrendo de vontade|morro de vontade: i really want
falha redonda|falha no cabelo|falhas no cabelo|buraco no cabelo|falha sem cabelo: bald patch
onde aplicaram|onde aplicou|onde injetaram|onde furaram: where they injected; apareceu|apareceram: appeared
nao to com nada|nao estou com nada: i have no symptoms; so pra entender: just to understand
ano passado|no ano passado: last year; sarou|sarou tudo: healed completely
pergunta geral|so por curiosidade|pergunto em geral: asking in general
nao tenho nenhum sintoma|nao tenho sintomas: nothing is wrong with me
piorou|piorando|esta piorando|ta piorando: getting worse
mal consigo abrir o olho|nao consigo abrir o olho: can barely open my eye
comecou a inchar|comecando a inchar|esta inchando|ta inchando: started to swell; olho direito|olho esquerdo: eye
esta a sair pus|ta saindo pus|esta saindo pus|sai pus: pus is coming out; doi imenso|doi muito|doi demais: hurts a lot
falha redondinha sem cabelo|falha sem cabelo|falha redonda|falha redondinha|falhas sem cabelo: bald patch
exatamente onde: right where
carocinho|carocinhos: lump; furinhos|furinho|furos: injection points; um alto na cabeca|um alto: a lump
ja la vao|ja vao|faz ja|ja faz: it has been; nao desaparece|nao some|nao sai: is not going away
onde aplicaram|aplicaram: where they injected
muito confusa|muito confuso|toda confusa|todo confuso: very confused
nao sei direito onde estou|nao sei onde estou: do not know where i am
nao sabe onde esta|nao sabe direito onde esta: does not know where she is
desproporcional|fora de proporcao: out of proportion; dor absurda|a dor ta absurda|a dor esta absurda: unbearable pain
ha uns anos|ha alguns anos|ha anos|ha muitos anos|ha varios anos: years ago; muitos|muitas: many; varios|varias: several
tratou e ficou otima|tratou e ficou otimo|tratou e ficou bem|ficou otima|ficou otimo: was treated and is fine now
esta otima|esta otimo|esta otima agora|esta otimo agora: is fine now; tratou|tratado|tratada: was treated
e se aparecer|se aparecer|e se der|se der: if there is
ainda nao fiz|ainda nao fiz o procedimento|nao fiz ainda: i have not had mesotherapy yet
so to pesquisando|so estou pesquisando: just researching
me matar: kill myself; tirar minha vida|tirar a minha vida: take my life; falhas no cabelo|falhas redondas: bald patches
nao quer viver|nao quero viver|nao querer viver|nao quer mais viver|nao quero mais viver: does not want to live
quer morrer|quero morrer: wants to die; se despediu de|se despedindo de|mandou mensagem de despedida: said goodbye to
ja tem um plano|tem um plano|ja tenho um plano|tenho um plano: has a plan
que nao quer viver|que nao quer mais viver: that he does not want to live; que quer morrer: that he wants to die
disse que nao quer viver|diz que nao quer viver|falou que nao quer viver: says he does not want to live
disse que nao quer mais viver: says he does not want to live
quais sao|quais|quais os|quais as: what are; qual e|qual: what is; sinais: signs; sintomas: symptoms
ficar de olho|ficar atento|ficar atenta|prestar atencao: watch for
a alastrar devagar|alastrar devagar|alastra devagar|a espalhar devagar|espalhando devagar: spreading slowly; devagar: slowly
nao to com|nao tou com|nao estou com|nao t com: i do not have
"""
