"""Korean for `bot.chat_cjk`: substring keys (particles are written onto words), longest first.

Korean writes particles onto words ("두피에": scalp + on) and puts the verb last, so keys are stems or whole
phrases, and ``KOREAN_RULES`` rewrite the raw text first, in order, for what substring keys cannot say:

- clause joins: "-는데", "-지만", "-아서/-어서", "-니까" end a clause (a comma), so a negation or an "if" stops there;
- a conditional clause "열이 나면" becomes "if 열이 나 ," (English puts "if" first), "-ㄹ까 봐" a worry about the
  clause, "-ㄹ 수 있나요" "can ... happen ?", "-게 정상인가요" "is it normal to have ... ?", "-뭐예요" "what are ... ?",
  a question ending "-나요?" / "-까요" "does/will it happen that ... ?", "-는지" "whether", and "-아도/-어도" (even
  if) in a question "if";
- hearsay: "-대요", "-래요", "-다고 해요" ("they say") is "a friend said", unless a family member is the subject
  (then the writer relays a relative's own words: "he says");
- fixed phrases that hold a negation or a "-면" are written in English first ("말도 못하게" excruciating, "앞뒤가
  안 맞아요" not making sense, "누르면" when pressed), and so are idioms ("힘들어 죽겠어요" is no dying, "긴장돼서
  심장이 두근거려요" is from nerves);
- negated signs whose English keeps the negation inside the sign ("떨림이 멈추지 않아요" the shivering can not
  stop, "숨을 못 쉬어요" can not breathe, "소변을 안 봤어요" have not peed, "눌러도 안 없어져요" does not fade
  when pressed) are written in English before the general negation rules;
- negation that follows the word: "열은 없어요" no fever, "빨갛지 않아요" / "안 빨개요" not red, "-ㄹ 수 없어요"
  can not, each closed with a comma so it does not reach the next sign;
- numbers with units: "38.5도" 38.5 degrees, "3일 전" 3 days ago, "18시간" 18 hours, "2주째" for 2 weeks.

"저/나" (I) and "제/내" (my) are read only as whole words (rules), since "제" and "나" occur inside many words.
"""

from __future__ import annotations

from typing import List, Tuple

KOREAN = """
심장마비 올 뻔했|심장마비 올뻔했|심장마비 올 뻔|심장마비 올뻔|심장이 멎는 줄: nearly had a heart attack; 심장마비: heart attack
저는|저도|제가|저희가|내가: i; 저희: we; 우리 남편|저희 남편|신랑|남편: my husband
남편이|남편은|남편도|신랑이|신랑은: my husband has; 우리 아내|아내|와이프|집사람|부인: my wife
아내가|아내는|와이프가|와이프는|집사람이: my wife has; 우리 엄마|저희 엄마|엄마|어머니|어머님|모친: my mum
엄마가|엄마는|어머니가|어머니는|어머님이: my mum has; 우리 아빠|저희 아빠|아빠|아버지|아버님|부친: my dad
아빠가|아빠는|아버지가|아버지는|아버님이: my dad has; 아들|우리 아들|아들내미: my son; 아들이|아들은|아들도: my son has
딸이|딸은|딸아이가|우리 딸이|딸내미가: my daughter has; 딸아이|우리 딸|딸내미|큰딸|작은딸: my daughter
우리 애|우리 아이|아이가|애가|아기가: my child has; 언니|누나|여동생: my sister; 오빠|남동생|우리 형|형이|형은: my brother
동생이|동생은: my sibling has; 친구|여자친구|남자친구|여친|남친: my friend; 친구가|친구는|친구도|친구 하나가: my friend had
지인|아는 사람|어떤 사람|다른 사람|아는 언니|아는 형|아는 동생: someone had
가족 중에|가족 중|식구 중에|주위에 누가|주변에 누가: someone in my family had
걸린 사람|걸렸던 사람|생긴 사람|사람이 있|사람도 있|사람들이 있|분들이 있|분도 있: someone had
적이 있|적 있|적도 있|적이 있었|적 있었: once a long time ago; 사람들|다른 사람들: people
친구가 그러는데|친구가 그러던데|친구 말로는|친구 말이|친구가 말하길|친구한테 들었는데|친구가 말해줬는데: a friend said ,
인터넷에서 봤는데|인터넷에서 읽었는데|인터넷에 보니까|인터넷에서 보니|블로그에서 봤는데: i read online that ,
유튜브에서 봤는데: i read online that ,
카페에서 봤는데|커뮤니티에서 봤는데|후기에서 봤는데|후기를 보니|후기 보니까|기사에서 봤는데: i read online that ,
뉴스에서 봤는데: i read online that ,
다고 들었|라고 들었|다고 하던데|라고 하던데|다던데|라던데|다더라고요|다더라: i heard that; 들었는데: i heard that ,
인터넷|온라인|블로그|유튜브: online; 후기: reviews; 의사|선생님|원장님|의사 선생님: doctor; 병원|의원|클리닉|피부과: clinic
응급실|응급: emergency department; 약국|약사: pharmacist; 안녕하세요|안녕|반갑습니다: hello
감사합니다|고맙습니다|감사해요|고마워요: thanks; 죄송|미안: sorry

오늘|오늘은: today; 아침부터|오늘 아침부터: since this morning; 오늘 아침|아침에: this morning; 어제|어저께|어제는: yesterday
어제부터|어저께부터|어제 저녁부터|어제 오후부터: since yesterday; 어젯밤|어제 밤|어젯밤에|간밤에: last night
어젯밤부터|어제 밤부터|밤새|밤새도록: since last night; 그저께|그제: 2 days ago; 그저께부터|그제부터: since 2 days ago
지금|현재|이제|지금은|현재는: now; 방금|금방|막: just now; 아까: earlier today; 아직|아직도|여전히|계속|자꾸: still
하루 종일|하루종일|온종일: all day; 하루 동안|하루동안|하루 내내|꼬박 하루: for 24 hours
하루 넘게|하루 이상|하루가 넘도록|하루가 넘게: for over 24 hours; 하루|하루 만에|하룻밤: a day; 이틀: 2 days; 사흘: 3 days
나흘: 4 days; 일주일|한 주|한주: a week; 보름: 2 weeks; 한 달|한달: a month; 며칠: a few days; 몇 주|몇주: a few weeks
몇 시간|몇시간: a few hours; 한 시간|한시간: an hour; 두 시간|두시간: 2 hours; 세 시간|세시간: 3 hours; 반나절: half a day
하루 전|하루전: a day ago; 이틀 전|이틀전: 2 days ago; 사흘 전|사흘전: 3 days ago
며칠 전|며칠전|얼마 전|얼마전: a few days ago; 일주일 전|일주일전|한 주 전: a week ago; 보름 전: 2 weeks ago
한 달 전|한달 전|한달전: a month ago; 몇 주 전|몇주 전|몇주전: a few weeks ago; 몇 달 전|몇달 전|몇 개월 전: a few months ago
몇 시간 전|몇시간 전: a few hours ago; 이틀 전부터|이틀전부터: since 2 days ago; 며칠 전부터|며칠전부터: since a few days ago
일주일 전부터: since a week ago; 이틀째|이틀 동안|이틀동안|이틀 내내: for 2 days; 사흘째|사흘 동안: for 3 days
며칠째|며칠 동안|며칠동안|며칠 내내: for a few days; 일주일째|일주일 동안|일주일동안|일주일 넘게|일주일 이상: for over a week
보름째|보름 동안: for 2 weeks; 한 달째|한달째|한 달 동안|한달 동안|한 달 넘게|한달 넘게: for over a month
몇 주째|몇주째|몇 주 동안: for weeks; 지난주|저번 주|저번주: last week; 지난달|저번 달|저번달: last month
작년|지난해|작년에: last year; 몇 년 전|몇년 전|몇년전|수년 전|오래 전|오래전|예전에|옛날에|한참 전|오래 전에: a long time ago
어렸을 때|어릴 때|어릴 적|어릴때|어렸을때: as a child; 부터: since; 동안|내내: for; 만에: within; 전에: before
후에|후|이후|이후에|뒤에|나서|하고 나서|받고 나서|맞고 나서|다음 날|다음날: after; 오후: afternoon; 저녁|저녁에: evening
밤에|밤: at night; 주말: weekend; 내일: tomorrow; 긴장|설레|설렘: nervous; 다음 주: next week

메조테라피|메조 테라피|메조세라피|메소테라피|메조|두피 메조|두피메조|탈모 주사|탈모주사|두피 주사|두피주사: mesotherapy
메조 시술|메조시술|메조 주사|메조주사|두피 시술|탈모 시술: mesotherapy; 주사|주사를|주사 맞|주입: injection; 바늘: needle
시술|치료|시술을|치료를: treatment; 회차|번째|첫 시술|첫 번째 시술|두 번째 시술: session
주사 맞은 자리|주사 맞은 곳|주사 맞은 부위|맞은 자리|맞은 곳|맞은 부위|놓은 자리|놓은 곳|주사 놓은 곳: where they injected
주사 부위|주사 자리|주사 자국|바늘 자국|시술 부위|시술한 부위|시술한 곳|시술 받은 곳|주사한 곳: the injection spots
맞았|맞고|받았|받고|맞은|받은: had; 예약: booked; 첫: first; 다음|다음 번|다음번: next; 또|다시: again

두피|두피가|두피는|두피도|머리 피부|머릿속: scalp; 두피에|두피에서|머릿속에: on the scalp; 정수리: crown
뒤통수|뒷머리: back of the head; 머리|머리가|머리는|머리도: head; 머리에|머리 위에|머리쪽에: on the head
머리카락|모발|머리털|머리숱|머리칼|털: hair; 이마|이마가: forehead; 이마에: on the forehead; 관자놀이: temple
얼굴|얼굴이|얼굴도: face; 얼굴에: on the face; 볼이|볼에|뺨|광대: cheek
눈|눈이|눈은|눈도|눈에|눈을|양쪽 눈|한쪽 눈|두 눈|눈 주위|눈주위|눈 주변|눈주변|눈가|눈 밑|눈밑|눈 아래|눈아래: eyes
눈꺼풀|눈두덩|눈두덩이|눈두덩이가|눈꺼풀이|윗눈꺼풀|눈덩이: eyelids; 눈물: tears; 눈썹: eyebrows; 눈이 오|눈 와: snow
입술|입술이|입술도|입술에: lips; 혀가|혀도|혀는|혀를|혀에|혓바닥|혀끝|혀랑|혀와: tongue; 목구멍|목 안|목안|인후: throat
입이|입을|입에|입안|입 안: mouth; 입원: admitted to hospital; 입니다|입니까: -
목이|목을|목도|목은|목에|목 뒤|목뒤|뒷목|목덜미|고개|고개를|고개가|목까지|목 쪽|목쪽|목이랑|목하고: neck
목 뻣뻣|목뻣뻣|목이 뻣뻣: stiff neck; 목요일: thursday; 목소리: voice; 가슴|가슴이|가슴에|가슴도|흉부: chest
심장|심장이: heart; 피부|피부가|피부색|살갗: skin; 안색|혈색|낯빛: face; 팔|팔이|팔에|팔을|한쪽 팔: arm
다리|다리가|다리에|다리를|한쪽 다리: leg; 손|손이|손에|손을|손가락: hand; 손톱: nails; 손목: wrist; 발목: ankle; 코: nose
목욕: bath; 눈치: -; 손님: -; 귀여|귀엽: cute; 막혀|막히|막힌: blocked; 귀|귀 뒤|귀뒤|귀가|귓가: ear; 귀찮: -
몸|몸이|몸에|몸도|온몸|전신|온 몸|몸 전체: body; 근육|근육이|온몸 근육: muscles; 소변|오줌|소변을|오줌을|소변이|오줌이: urine
숨|숨이|숨을|호흡|호흡이: breath; 피가|혈액: blood; 피곤|피로: tired; 커피: coffee

혹|혹이|혹도|혹 같은|혹처럼|멍울|멍울이|몽우리|몽울|몽울이|덩어리|응어리|뭉친 것|뭉친 게|뭉침|뭉쳐|결절: lump
딱딱한 것|딱딱한 게|단단한 것|단단한 게|볼록한 것|볼록한 게|볼록|튀어나온 것|튀어나온 게|튀어나와|튀어나왔: lump; 혹시: -
혹은: or; 혹들|혹이 여러|더 생겼|또 생겼|새로 생겼|새로운 혹|다른 혹: new lumps
뾰루지|여드름: pimple; 종기|농양|고름집|고름 주머니|부스럼|절종: abscess; 낭종|물혹: cyst
딱딱|딱딱해|딱딱하|단단|단단해|단단하|돌처럼: hard; 말랑|물렁|출렁: squishy
고름|고름이|고름도|농이|화농|누런 고름|노란 고름: pus; 곪|곪았|곪아|곪은|곪는|곪고: full of pus; 진물|진물이: oozing
흘러나와|흘러나오|흘러 나와|새어 나와|새어나와|새어나오|스며 나와|배어 나와|줄줄 나와|나와요|나와|나오고|나오는: coming out
나옵니다: coming out; 누런|누렇|노란|노랗|노르스름|누르스름: yellow; 초록|녹색|푸르스름: green; 하얀|하얗|흰: white
냄새|냄새가|냄새 나|냄새나|냄새가 나|악취|썩은 냄새|고약한 냄새|고름 냄새: smells bad; 감염|감염이|감염된|감염됐: infected
세균|균: bacteria; 비결핵|결핵균|마이코박테리아|비결핵항산균: mycobacteria; 봉와직염|봉소염|연조직염: cellulitis
모낭염: folliculitis; 염증|염증이|염증이 생|염증 생: inflamed

빨갛|빨개|빨간|빨게|빨긋|붉|벌겋|벌게|발갛|발개|발그|불그|시뻘|새빨|홍조|발적|빨개짐|빨갰: red
빨간 줄|빨간줄|빨간 선|빨간선|붉은 줄|붉은줄|붉은 선|붉은선|빨간 띠|붉은 띠|빨간 줄무늬|줄무늬|줄이 생|줄이 났: red streaks
줄이 그어|핏줄처럼|핏줄 같은|선이 생|선처럼 번|줄처럼 번|줄 모양: red streaks
뜨거|뜨겁|화끈|후끈|열감|열감이|열기|뜨끈|따뜻|따듯|미지근: hot
부었|부어|붓|부은|부운|부기|붓기|퉁퉁|부풀|부풀어|부어올|부어오르|부어오른|부었어: swollen
부기가 빠|붓기가 빠|부기 빠|붓기 빠: swelling went down; 욱신|욱씬|지끈지끈: throbbing
아프|아파|아픈|아팠|아플|아픔|아퍼|통증|통증이|쑤셔|쑤시|쑤신|찌릿|찌르는|아리|시큰: hurts
따끔|따가|쓰라|얼얼|뻐근|묵직: sore; 가려|가렵|간지러|간지럽|가려움: itchy; 아파트: apartment
너무|엄청|진짜|정말|완전|되게|매우|아주|몹시|너무너무|정말로|진짜로|넘|졸라|존나: really
너무 아파|너무 아프|엄청 아파|엄청 아프|심하게 아파|심하게 아프|진짜 아파|진짜 아프|정말 아파|정말 아프: hurts really bad
너무너무 아파|되게 아파|되게 아프|미치게 아파|많이 아파|많이 아프|완전 아파|완전 아프|넘 아파|넘 아프: hurts really bad
많이: a lot; 심하게|심한|심해요|심하|심각|대단히: severe; 조금|좀|약간|살짝|살짝만|약하게|가볍게|경미: a bit
극심|극심한|극심하게|미칠 듯이|미칠듯이|미치게|미칠 것 같이|끔찍하게|끔찍한: excruciating
미칠 것 같|미치겠|미칠 거 같: going crazy; 넘어|넘었|넘는|넘어요: over
죽을 만큼 아|죽을만큼 아|죽을 듯이 아|죽을듯이 아|죽을 것 같이 아|죽을것같이 아|죽을 정도로 아: excruciating pain
죽을 것처럼 아: excruciating pain; 아파 죽을: the pain is killing me; 참기 힘든|참기 힘들|견디기 힘든|견디기 힘들: unbearable
참을|참겠|참아|견딜|견디: bear; 진통제|이부프로펜|애드빌: painkillers; 해열제|타이레놀|해열 진통제: paracetamol
진통제를 먹어도|진통제 먹어도|진통제를 먹었는데도|진통제 먹었는데도: painkillers but
점점 심해|점점 더 심해|더 심해|심해지|심해져|심해졌|심해짐|악화|나빠지|나빠져|나빠졌|더 아파|더 빨개|더 부었: getting worse
점점 커|점점 더 커|더 커|커지|커져|커졌|커짐|커졌어|크기가 커|자라|자랐|자라고|부피가 커: getting bigger; 점점|갈수록: more
번지|번져|번졌|번짐|퍼지|퍼져|퍼졌|퍼짐|퍼지고|넓어지|넓어져|넓어졌|넓게|확산|번져나가|퍼져나가: spreading
내려오|내려와|내려왔: moving down
빠르게|빨리|급속도로|급속히|순식간에|금세|금방금방|눈에 띄게|한 시간마다|시간마다|시간이 갈수록: fast
두 배|두배|2배|세 배|세배: doubled
한 시간 만에|두 시간 만에|반나절 만에|몇시간만에|몇 시간 만에|시간 단위로|눈에 보일 정도로: within hours
흉터|흉터가|흉이 지|흉이 졌|흉 졌|흉졌|흉이 남|흉 남|흉질|흉이: scar; 자국|자국이: mark; 패였|패인|움푹|꺼졌|꺼진|함몰: dent
원형탈모가|원형 탈모가|원형탈모|원형 탈모|동전만 한 탈모|동전만한 탈모: bald patch
탈모|탈모가: hair loss; 원형으로|동그랗게|동그랗|둥글게|동그란|둥근|동전만|동전 크기|동전만한|500원: circle
땜빵|땜방|땜통|구멍이 난 것처럼|구멍 난 것처럼|구멍이 났|빈 곳|빈자리|휑하|휑해|휑한|맨살|민둥: bald patch
머리가 빠|머리카락이 빠|머리 빠|머리털이 빠|모발이 빠|털이 빠|머리가 많이 빠|머리카락이 많이 빠|빠지는|빠졌: hair falling out
빠져: hair falling out; 자리|부분|부위|군데|곳: spot

열|열이|열은|열도|열이나|열나|열 나|열이 나|열이 있|열있|열 있|열이 났|열났|열 났|열이 올라|열 올라|열이 오르: fever
열까지|열만|열 좀|열도 나|열이 좀|열 때문|발열|고열|미열|몸이 뜨거|몸이 뜨겁|몸이 불덩이|불덩이|열이 펄펄|펄펄: fever
열이 내렸|열 내렸|열이 떨어졌|열 떨어졌|열이 내려갔|열이 다 내렸|열은 내렸|열은 떨어졌: the fever broke
체온|체온이|체온은|온도: temperature
열받|열 받|열불|열정|열광|열차|열대|열린|열려|열리|열고|열중|열량|열어|열었|열심히|열쇠|열흘|열두|열한|열다섯|열 개|분열: -
가열|배열|열 시|열시|열 번|열번|열 살|열살|열 명: -; 오한|오한이|한기|한기가|으슬으슬|으슬|오슬오슬|으실으실: chills
떨려|떨리|떨림|떨고|떨어요|떨었|벌벌|덜덜|오들오들|부들부들: shivering
이가 딱딱|이빨이 딱딱|이가 덜덜|이빨이 덜덜|이가 부딪|이빨이 부딪|턱이 덜덜: teeth chattering
몸이 추워|몸이 춥|춥고 떨|추워서 떨|으슬으슬 추|오슬오슬 추|오한이 들|몸이 차가워: i feel cold; 추워|춥|추운: cold
날씨|날이: weather; 식은땀|식은 땀|진땀: cold sweats; 땀|땀이: sweat; 몸살|몸살 기운|몸살기: flu like aches; 감기: a cold
독감: flu; 코로나: covid; 온몸이 쑤|온몸이 아파|온몸이 아프: my whole body hurts; 떨어|떨어져|떨어졌|떨어지: dropped

숨가쁨: can not breathe; 숨이 턱턱|숨이 넘어가|숨을 헐떡|헐떡: can not breathe
호흡곤란|호흡 곤란|호흡이 힘들|호흡이 곤란|호흡이 어렵|호흡이 가빠|호흡이 빨라|숨을 몰아쉬|가쁜 숨: can not breathe
쌕쌕|쌕쌕거|그르렁|씩씩거: wheezing; 호흡수|호흡 수|분당 호흡: breathing rate; 숨을 쉬|숨쉬|숨 쉬: breathe
가슴이 아파|가슴이 아프|가슴 아파|가슴아파|가슴 통증|가슴통증|흉통|가슴이 조여|가슴이 조이|가슴이 쥐어짜: chest pain
가슴을 쥐어짜: chest pain
가슴이 답답|가슴 답답|가슴답답|가슴이 터질|가슴이 찢어|가슴이 짓눌|가슴이 뻐근|가슴이 욱신|가슴이 찌릿: chest pain
가슴을 부여잡: chest pain
가슴에 통증|가슴 쪽이 아파|가슴쪽이 아파|가슴이 무거|가슴을 누르는|가슴을 움켜|명치가 아파|가슴이 꽉 막힌: chest pain
기절|기절했|기절해|실신|쓰러졌|쓰러져|쓰러지|쓰러짐|정신을 잃|의식을 잃|까무러|졸도|픽 쓰러|털썩 쓰러|정신을 놓: fainted
쓰러질 것 같|기절할 것 같|정신을 잃을 것 같|쓰러질 뻔|기절할 뻔|정신 잃을 뻔: i feel like i might faint
의식불명|의식 불명|의식을 잃은: unconscious
횡설수설|헛소리|헛소리를|엉뚱한 소리|이상한 소리를|이상한 말을|헛것을 봐|헛것이 보: talking nonsense
혼란|혼란스러|혼미|정신이 혼미|정신이 오락가락|오락가락|어리둥절|정신이 이상|섬망|헛것|멍하니 헛|정신이 흐릿: disoriented
정신이 몽롱: disoriented; 말이 이상해|말이 이상하|말이 횡설|말이 뒤죽박죽|뒤죽박죽: not making sense
발음이 꼬|혀가 꼬|말이 꼬|말이 어눌|어눌|발음이 뭉개|발음이 이상|발음이 새|혀가 굳: slurred speech
말을 제대로 못|말을 잘 못|말을 똑바로 못|발음을 제대로 못: slurred speech
술 취한 사람처럼 말|술 취한 것처럼 말|술취한 사람처럼 말|술취한 것처럼 말|취한 것처럼 말: talking like he is drunk
취한 사람처럼 말|술 취한 듯 말: talking like he is drunk
축 늘어|축 처져|축늘어|늘어져|늘어졌|기운이 하나도|계속 잠만|잠만 자|자꾸 잠들|계속 졸|계속 자|자꾸 졸|비몽사몽: very drowsy
꾸벅꾸벅: very drowsy; 깨우기 힘들|깨우기가 힘들|깨우기 어렵|깨우기가 어렵|깨기 힘들|깨어나질 못: hard to wake
일어나지 못|깨워도 일어나지|깨워도 반응|흔들어도 반응: hard to wake
반응을 안|반응을 못|반응이 느|대답을 안|대답을 못|불러도 대답|불러도 반응: not responding; 졸려|졸리|졸음|나른|무기력: sleepy
알아보지 못: does not recognise me; 자기가 어디: does not know where he is
경련|경련을|경련이|발작|발작을|경기를 해|경기를 했|경기를 일으|경기했|경기해|간질|뇌전증|전신 경련|몸이 뻣뻣해지며: seizure
간질간질|간질거|간지럼: itchy; 게거품|거품을 물|입에 거품: foaming at the mouth
물체가 두 개로|두 개로 보|두개로 보|두 개씩 보|두개씩 보|겹쳐 보|겹쳐보|이중으로 보|사물이 겹|물건이 겹|둘로 보: double vision
두 겹으로: double vision
시야가 흐|앞이 흐|눈앞이 흐|흐릿하게 보|흐리게 보|뿌옇게 보|뿌옇|시야가 뿌|눈이 침침|시야가 좁|시력이 떨어: blurred vision
시력을 잃: blurred vision
목이 뻣뻣|목이 굳|목이 뻑뻑|뒷목이 뻣뻣|뒷목이 굳|목덜미가 뻣뻣|목이 경직|목 경직|목이 뻣|뒷목이 당기: stiff neck
목을 숙이기 힘들: stiff neck; 고개를 숙이기 힘들|턱을 가슴에 못: stiff neck
빛이 눈부|눈이 부셔|눈이 부시|눈부셔|눈부시|빛을 쳐다볼 수|빛에 예민|빛에 민감: light hurts my eyes
빛을 보|빛을 쳐다|불빛을 보|밝은 걸 보|햇빛을 보|불빛을 쳐다|빛을 쳐다보: look at the light
빛 때문에 눈이 아|불빛 때문에 눈이 아|빛이 싫|빛을 싫어|빛이 너무 밝|밝은 빛이 아: light hurts my eyes
두통|두통이|머리가 아파|머리가 아프|머리 아파|머리아파|머리 아프|머리아프|머리가 지끈|지끈|편두통|머리가 욱신: headache
머리가 깨질|머리가 터질|머리가 쪼개질|머리가 빠개질|머리가 부서질|머리가 으깨|극심한 두통|심한 두통|두통이 심: severe headache
깨질 것 같|터질 것 같|쪼개질 것 같: splitting; 토했|토해|토하|토할|토를|구토|게워|오바이트|토함|토하고|토했어: vomiting
토할 것 같|토할거 같|토할 거 같|메스꺼|메슥|울렁|구역질|구역감: nausea; 어지러|어지럽|어질|현기증: dizzy; 토요일: saturday
토마토: tomato; 발진|두드러기|반점|붉은 점|빨간 점|빨간 반점|붉은 반점|좁쌀|오돌토돌|점들|점이 생: rash
보라색|보랏빛|자주색|자줏빛|검붉|멍처럼 보이|멍 같은|피멍 같은|점상출혈|자반: purple spots
유리컵|유리잔|유리 컵|컵|유리|투명한 컵|글라스: glass; 멍|멍이|멍이 들|멍들|피멍: bruises; 멍해|멍하|멍때: spaced out
피가 나|피 나|피나|출혈: bleeding; 얼룩덜룩|얼룩얼룩|대리석 무늬|대리석처럼|그물 모양|그물무늬: mottled; 딱지: scabs
파랗|파래|파랬|퍼렇|퍼래|새파래|새파랗|시퍼렇|시퍼래|푸르뎅뎅|파르스름|청색증: blue; 잿빛|회색|회색빛|거무|거뭇|검푸르: grey
하얗게 질|새하얗게|백지장|사색이 됐|사색이 되|핏기: very pale; 창백: pale; 차갑|차가워|차가운|싸늘: cold; 축축|끈적: clammy
얼룩|얼룩지|얼룩져: stains
심장이 빨리 뛰|심장이 너무 빨리 뛰|심장이 빠르게 뛰|심장이 엄청 빨리|심장이 두근|가슴이 두근|두근두근|두근거: heart racing
두근대: heart racing
심장이 쿵쾅|가슴이 쿵쾅|쿵쾅|심장이 미친 듯|심장이 미친듯|가슴이 벌렁|심장이 벌렁|벌렁벌렁|심장이 터질 것 같: heart racing
심박이 빨라: heart racing
맥박이 빨라|맥박이 빠르|맥박이 너무 빨|맥이 빨라|맥이 빠르|심박수가 높|심박수가 너무 높|빈맥|부정맥: heart racing
맥박|맥박이|맥이|심박수|심박|심박수가|심장 박동|심박동: pulse; 혈압|혈압이|혈압은: blood pressure; 저혈압: low blood pressure
평소에|평소|원래|보통 때|항상: normally
죽을 것 같|죽을 거 같|죽을것같|죽을거같|죽을 것만 같|죽을것만같|이러다 죽|이러다가 죽|죽는 줄: i feel like i am dying
죽을 수도 있을 것 같: i feel like i am dying; 죽겠|죽겠어|죽겠네|죽겠다: really
배고파 죽|웃겨 죽|심심해 죽|졸려 죽|피곤해 죽|더워 죽: -; 패혈증|패혈|수막염|뇌수막염: sepsis; 괴사|괴사성: necrotising
독성 쇼크|독성쇼크: toxic shock; 쇼크: collapsed
입술이 부|입술이 퉁퉁|혀가 부|혀가 퉁퉁|목구멍이 부|목이 붓|목이 부어|목이 부었|목이 조여|목이 조이|목이 막혀: throat swelling
목이 막히: throat swelling
목구멍이 좁아|목구멍이 막|기도가 막|숨구멍이 막|목이 꽉 막|목구멍이 조여|목이 좁아지|혀가 두꺼|혀가 커: throat swelling
삼키기 힘들|삼키기가 힘들|삼키기 어렵|삼키지 못|침 삼키기가 힘들|넘기기 힘들: can not swallow
아나필락시스|아나필락시|알레르기 쇼크|과민성 쇼크: anaphylaxis; 알레르기|알러지|알레르기 반응: allergy
한쪽 얼굴이 처|얼굴 한쪽이 처|얼굴이 한쪽으로|입이 돌아가|입이 돌아갔|입꼬리가 처|입이 한쪽으로|안면 마비: face drooping
안면마비|얼굴이 마비: face drooping
한쪽 팔에 힘이|팔에 힘이 안|한쪽 다리에 힘|한쪽 팔다리|한쪽 몸에 힘|반신 마비|편마비: arm weak
마비|마비가|마비됐|마비되: paralysed; 저려|저리|저림|감각이 둔|무감각: numb; 힘이 빠|기운이 빠: weak
당뇨|당뇨병|당뇨가|혈당: diabetes
면역력이 약|면역이 약|면역력이 떨어|면역력 저하|면역저하|면역 저하|면역억제|면역 억제: weak immune system
면역억제제|면역 억제제: immunosuppressants
스테로이드를 먹|스테로이드 먹|스테로이드를 복용|스테로이드 복용|스테로이드 치료: taking steroids
스테로이드|프레드니솔론|프레드니손: steroids; 항암|항암 치료|항암치료|키모: chemotherapy; 임신|임신 중|임산부: pregnant
항생제|항생제를|항생제도|항생제가|항생 제|세팔렉신|아목시실린|오구멘틴|독시사이클린|클린다마이신: antibiotics
항생제를 먹어도|항생제 먹어도|항생제를 먹었는데도|항생제 먹었는데도|항생제를 먹는데도|항생제 먹는데도|항생제 처방: antibiotics
효과|효과가|효과는|효과도|소용|소용이: effect; 처방|처방받|처방 받: prescribed; 확인|체크: check; 약|약을|약도: medicine
그대로|그대로예요|그대로에요|그대로임|똑같: still the same
나았|다 나았|완전히 나았|싹 나았|다 낫|다 나았어요|나았어요|나았습니다|완치|완쾌|회복됐|회복했|회복되었: it cleared up
좋아졌|나아졌|많이 좋아졌|많이 나아졌|호전|좋아지고 있|나아지고 있: it is better now
괜찮아졌|멀쩡해졌|정상으로 돌아왔: it is fine now; 가라앉았|가라앉|가라 앉았|진정됐|진정되었|잦아들었: it settled down
내렸|내려갔: it came down; 갑자기|갑작스럽게|급작스럽게|별안간: suddenly
사라졌|없어졌|없어졌어요|사라졌어요|싹 없어졌: it went away; 나아|낫|낫고|나을|좋아지|좋아져|나아지|나아져: getting better
없어지|없어져|사라지|사라져|줄어들|줄어|작아지|작아져: going away
지금은 괜찮|이제는 괜찮|이제 괜찮|지금은 멀쩡|지금은 다 괜찮|지금은 아무렇지|지금은 아무 이상|지금은 문제: i am fine now
괜찮|괜찮아|괜찮아요|괜찮습니다|멀쩡|아무렇지: fine; 정상|정상적|보통|흔한|흔해|흔하|자연스러운|일반적: normal
괜찮은가요|괜찮나요|괜찮은 건가요|괜찮은건가요: is it ok ?; 위험|위험한가요|위험해요: dangerous
부작용|부작용이|부작용은|후유증|합병증: side effects; 증상|증상이|증상은: symptoms
감염 증상|감염의 증상|감염 징후|감염 신호: signs of infection
위험 신호|경고 신호|주의해야 할 증상|조심해야 할 증상: warning signs; 원인: causes; 확률|가능성: chances; 예방: prevent
어떡해요|어떡하죠|어떻게 해요|어떻게 하죠|어떻게 해야|어떡해야|어떻게 하나요|어쩌죠: what should i do
병원에 가야|병원 가야|병원에 가봐야|병원 가봐야|병원에 가 봐야|병원에 가야 할까|응급실에 가야: should i see a doctor
응급실 가야: should i see a doctor; 어떻게 알|어떻게 구별|어떻게 구분|어떻게 확인|어떻게 아|어떻게 알아: how do i know
언제|언제쯤: when; 왜: why; 어떻게|어떻게요: how; 얼마나|얼마: how long; 뭐|무엇|무슨|뭔가: what; 어떤: which; 어디: where
궁금|궁금해요|궁금합니다|궁금한데|궁금한 게|궁금한게|알고 싶|알려주세요|알려 주세요|알려줘|설명해: i am wondering
걱정|걱정돼|걱정이|걱정되|무서워|무섭|불안|불안해: i am worried; 혹시나|만약|만약에|만일|가령: if; 가정|가정해: suppose
미녹시딜|로게인: minoxidil
내일 시술|내일 첫 시술|내일 메조|모레 시술|다음 주에 시술|다음 주 시술|다음주 시술|시술 전날: the session is tomorrow
시술 예정|시술받을 예정|받을 예정|맞을 예정|시술 전이라|시술 전인데|아직 시술 전|첫 시술 전|시술 받기 전: the session is next
피나스테리드|프로페시아|두타스테리드|아보다트: finasteride; 샴푸|머리를 감|머리 감: wash my hair; 운동|헬스: exercise
술|음주: alcohol; 사우나|찜질방: sauna; 가격|비용|얼마예요: price; 효과 있|효과가 있: does it work
생겼|생겨|생김|생기|생긴|났어|났어요|났고|났는데|돋았|돋아|올라왔|올라와|올라오|잡혀|잡히|만져져|만져지: appeared
이거|이게|이건|이것|이것도|이런|이렇게: this; 그거|그게|그건|그것: that; 여기|이곳: here; 그리고|그리고요|게다가|또한: and
그런데|근데|그러나|그래도: but; 그래서|그러니까|그래갖고: so; 또는|아니면|이나: or; 같아요|같아|같습니다|같은데|같고: -
느낌|느껴|느껴져: feel; 것 같: -; 위|위에|위쪽: above; 아래|밑|아래쪽: below; 옆|옆에|주변|주위|근처|둘레: around
안쪽|속|속에|안에: inside; 쪽: side; 한쪽|한 쪽: one side
나서도|지났|지나|지났는데|지나도|지나서|지났어요|넘었|넘게|넘도록: over; 이상|이상이|이상은: abnormal
이상해|이상하|이상한|이상함: strange; 넘어졌|넘어져|넘어지: fell; 수술: surgery; 문제|문제가|문제는: problem
변화|변함: change; 차도|차도가: improvement; 힘|힘이: strength; 기운|기운이: energy; 감각|감각이: feeling; 정신|정신이: mind
반응|반응이: response; 대답|대답이: answer; 저번에: last time; 저기|저기요: -; 삼킬|삼키|넘길|넘기: swallow
움직일|움직이|움직여: move; 일어날|일어나|일어서: get up; 걸을|걸어|걷: walk; 볼|앞을 볼|앞을 보: see properly
말을 할|말을 하|말할|말하|말을 해|말을 제대로 하|말을 잘 하: speak properly; 쉴|쉬어|쉬: breathe
알아보|알아봐|알아볼: recognise anyone
저를 알아보|저를 알아봐|나를 알아보|나를 알아봐|엄마를 알아보|가족을 알아보|가족을 알아봐|사람을 알아보: recognise anyone
사람을 알아봐: recognise anyone
고개를 숙일|목을 숙일|고개를 숙이|목을 숙이|고개를 돌릴|목을 돌릴|목을 움직일|고개를 움직일|목을 돌리: bend my neck
고개를 돌리: bend my neck; 숙일|숙이|숙여: bend; 있어요|있습니다|있어|있네요|있음: there is
몇 개|몇개: a few; 여러 개|여러개: several
첫째 날|첫날: day 1; 둘째 날|둘째날: day 2; 셋째 날|셋째날: day 3; 넷째 날|넷째날: day 4
부기가 빠지|붓기가 빠지|부기 빠지|붓기 빠지|빠지는 중|부기가 빠졌|붓기가 빠졌: going down
눈썹 쪽으로 내려오|눈썹 쪽으로 내려와|눈썹 쪽으로 내려왔: moving down to the eyebrows
눈썹까지 내려오|눈썹까지 내려와|눈썹까지 내려왔: moving down to the eyebrows
눈썹으로 내려오|눈썹으로 내려와|눈썹으로 내려왔: moving down to the eyebrows
눈까지 내려오|눈까지 내려와|눈까지 내려왔|눈 쪽으로 내려오|눈 쪽으로 내려와|눈 쪽으로 내려왔: moving down to the eyes
"""


def _any(words: str) -> str:
    """A non-capturing alternation of space-separated words; "_" inside a word is optional white space."""
    return "(?:" + "|".join(w.replace("_", r"\s*") for w in words.split()) + ")"


_CLAUSE = r"(^|[,.!?\n]\s*)"  # a clause starts at the text's start or after punctuation (group 1, kept)
_BODY = r"([^,.!?\n]*?)"  # the clause up to its ending (group 2)
_OCCUR = _any("나요 나와 나오 났 나(?![아았]) 생기 생겼 생겨 생긴 보이 보여 올라오 올라와 잡히 잡혀 만져지 만져져")
_ADVERB = r"(?:" + _any("전혀 아직 하나도 별로 아예 딱히 그렇게 많이 그다지 아무") + r"\s*)?"
_NOT_STEM = r"(?:지는|지도|지를|지|진|질)\s*않"  # "-지 않다": the preceding stem is negated
_WORD_START = r"(?:^|(?<=[\s,.!?]))"
_HURT = _any("아파 아픈 아프")
_EYE = r"(?<![가-힣])" + _any("앞 눈앞 눈 시야 한쪽_눈 한_쪽_눈 양쪽_눈")

KOREAN_RULES: List[Tuple[str, str]] = [
    # dates and numbers with their units, before anything reads "일", "도", "전"
    (r"\d{1,2}\s*월\s*\d{1,2}\s*일", " "),
    (r"열(?:이|은|도)?\s*(?=\d)", " temperature "),
    (r"(\d+)\s*도\s*(\d)\s*부", r" \1.\2 degrees "),
    (r"(\d+(?:\.\d+)?)\s*(?:도|℃|°\s*c|°)", r" \1 degrees "),
    (r"(\d+)\s*일\s*전에?\s*부터", r" since \1 days ago "),
    (r"(\d+)\s*주일?\s*전에?\s*부터", r" since \1 weeks ago "),
    (r"(\d+)\s*일\s*전에?", r" \1 days ago "),
    (r"(\d+)\s*주일?\s*전에?", r" \1 weeks ago "),
    (r"(\d+)\s*(?:개월|달)\s*전에?", r" \1 months ago "),
    (r"(\d+)\s*년\s*전에?", r" \1 years ago "),
    (r"(\d+)\s*시간\s*전에?", r" \1 hours ago "),
    (r"(\d+)\s*분\s*전에?", r" \1 minutes ago "),
    (r"(\d+)\s*일\s*" + _any("째 동안 간 내내 넘게 이상 가량 정도") + "?", r" for \1 days "),
    (r"(\d+)\s*주일?\s*" + _any("째 동안 간 내내 넘게 이상 가량 정도") + "?", r" for \1 weeks "),
    (r"(\d+)\s*(?:개월|달)\s*" + _any("째 동안 간 내내 넘게 이상 가량 정도") + "?", r" for \1 months "),
    (r"(\d+)\s*시간\s*" + _any("째 동안 넘게 이상 가까이 정도 내내") + "?", r" for \1 hours "),
    (r"(\d+)\s*분\s*" + _any("째 동안 넘게 이상 정도") + "?", r" \1 minutes "),
    (r"(\d+)\s*(?:회|번)(?=\s|$|[,.!?])", r" \1 "),
    # I and my as whole words ("제", "나" occur inside many words: 문제, 어제, 나요, 하나)
    (_WORD_START + r"(?:제|내)\s+(?=[가-힣])", " my "),
    (_WORD_START + r"(?:저는|저도|저)(?=\s+[가-힣])", " i "),
    (r"(?:^|(?<=[,.!?\n])|(?<=[,.!?\n]\s))(?:나는|나도|난|나)(?=\s+[가-힣])", " i "),
    # "it is not that ...": the negation goes first
    (
        _CLAUSE + _BODY + r"\s*(?:건|것은|거는|게|것이)\s*" + _any("아니에요 아니예요 아니고 아닌 아니야 아님 아닙니다 아니라"),
        r"\1 not \2 , ",
    ),
    # fixed phrases that hold a negation, a "-면" or a "-서", written in English before the rules below split them
    (_any("말도_못하게 말도_못할_정도로 말로_못할 말할_수_없이 말로_다_못할"), " excruciating "),
    (r"말도\s*안\s*되는\s*(?:소리|말)|알아들을\s*수\s*없는\s*(?:소리|말)|알아들을\s*수\s*없게", " talking nonsense "),
    (r"(?:말이\s*)?앞뒤가?\s*(?:안\s*맞|맞지\s*않)|말이\s*(?:안\s*맞|맞지\s*않)", " not making sense , "),
    (r"혀가?\s*(?:잘\s*)?안\s*돌아|발음이?\s*(?:잘\s*)?(?:안\s*(?:돼|되)|되지\s*않)", " slurred speech , "),
    (
        r"(?<![가-힣])말(?:을|도|이)?\s*(?:제대로|잘|똑바로|또박또박)?\s*(?:못\s*(?:해|하)|안\s*나와|안\s*나오)",
        " can not speak properly , ",
    ),
    (r"정신(?:을|이)?\s*(?:잘\s*)?(?:못\s*차리|못\s*차려|차리지\s*못|못\s*차렸)", " barely conscious , "),
    (
        _WORD_START
        + r"(?:잘\s*)?(?:안|못)\s*깨(?!끗|달|져|졌|뜨|트|워|물|소)(?:어나|요|네|어|고|서|지)?"
        + r"|깨어나지\s*(?:를\s*)?(?:못|않)|깨워도\s*못\s*일어",
        " hard to wake , ",
    ),
    (r"반응(?:을\s*)?(?:하지\s*않|안\s*해|못\s*해)|대답(?:을|도)?\s*(?:안|못)\s*(?:해|하)", " is not responding , "),
    (
        r"(?:여기가|자기가|지금)?\s*(?:어딘지|어디인지|어디에\s*있는지|어디\s*있는지)\s*(?:도\s*)?(?:잘\s*)?(?:모르|몰라|몰랐)",
        " does not know where he is , ",
    ),
    (
        r"(?:오늘이\s*)?(?:며칠인지|무슨\s*요일인지|몇\s*년도인지|날짜를|날짜도|날짜가)\s*(?:잘\s*)?(?:모르|몰라|몰랐)",
        " does not know what day it is , ",
    ),
    (_EYE + r"(?:이|가|도)?\s*(?:잘\s*|갑자기\s*)?(?:안\s*보|보이지\s*(?:를\s*)?않|안보)", " can not see properly , "),
    (
        r"(?<![가-힣])(?:목|고개)(?:이|가)?\s*(?:잘\s*)?(?:안\s*(?:돌아가|숙여|움직|돌려)|돌아가지\s*않|숙여지지\s*않)",
        " can not bend my neck , ",
    ),
    (r"(?:고개|목)(?:를|을)?\s*(?:숙이|돌리|움직이)면\s*(?:[가-힣]+\s+)?(?:아파|아프|아픈|당겨|당기)", " stiff neck , "),
    (
        r"(?:(?<![가-힣])불|불빛|햇빛|(?<![가-힣])빛|형광등)(?:을|이)?\s*(?:켜|보)면\s*(?:[가-힣]+\s+)?(?:아파|아프|부셔|부시|시려)|불(?:을)?\s*못\s*켜",
        " light hurts my eyes , ",
    ),
    (_any("누르면 눌렀을_때 누를_때 만지면 만졌을_때 건드리면 닿으면 손대면 눌러_보면 만져_보면"), " when pressed "),
    (r"(?<![가-힣])속(?:이)?\s*(?:안\s*좋|좋지\s*않|울렁)", " nausea , "),
    (
        r"(?:머리|두통|머릿속)(?:가|이|는|은)?\s*"
        + _any("너무 엄청 진짜 정말 많이 심하게 되게 완전 너무너무 미치게 죽을_만큼")
        + r"\s*(?:아프|아파|아픈|아팠)",
        " really bad headache ",
    ),
    (
        _any("힘들어 힘들 피곤해 피곤 배고파 졸려 심심해 더워 웃겨 짜증나 부끄러워 창피해")
        + r"[가-힣]*\s*(?:,\s*)?"
        + _any("죽을_것 죽을_거 죽겠 죽을_지경"),
        " really , ",
    ),
    (_HURT + r"[가-힣]*\s*(?:,\s*)?(?:죽겠|죽을\s*지경)", " the pain is killing me , "),
    (
        _HURT + r"[가-힣]*\s*(?:,\s*)?" + _any("미칠 미치겠 미치 돌아버리 돌겠 기절할 죽을_것 죽을_거"),
        " the pain is unbearable , ",
    ),
    (
        r"(?:긴장(?:이)?\s*(?:돼서|되서|해서|되어서)|설레서|무서워서|불안해서|떨려서)\s*([^.!?\n,]{1,30}?)(?=\s*[.!?\n,]|\s*$)",
        r" \1 from nerves , ",
    ),
    (
        _any("슬퍼서 슬프고 속상해서 감동해서 감동받아서 울어서 울고 마음이")
        + r"\s*(?:,\s*)?(?:[가-힣]+\s+){0,2}?"
        + r"(?:가슴|마음)이\s*(?:너무\s*)?(?:아파|아프|아팠|먹먹|찡|미어)",
        " i was sad , ",
    ),
    # clause joins: a negation or an "if" ends where the clause does
    (r"(?<=[가-힣])데(?=\s|$)", "데 , "),
    (r"(?<=[가-힣])지만(?=\s|$)", " , but "),
    (r"(?<=[가-힣])니까(?=\s|$)", "니까 , "),
    (r"(?<![에게])(?<=[가-힣])서(?=\s)", "서 , "),
    # hearsay: a relative's own words relayed by the writer, or a story someone told
    (
        r"((?:남편|신랑|아내|와이프|엄마|어머니|아빠|아버지|아들|딸|아이가|애가)[^.!?\n]{0,80}?)"
        r"(?:[다라]고\s*(?:해요|하네요|합니다|하더라고요|하는데요)|(?<![그오아])대요|(?<![그오아이저파노퍼누])래요)(?=\s*[.!?\n]|\s*$)",
        r"\1 , he says ",
    ),
    (
        r"(?:[다라]고\s*(?:해요|하네요|합니다|하더라고요|했어요|하더라)|(?<![그오아])대요|(?<![그오아이저파노퍼누])래요|다네요)"
        r"(?=\s*[.!?\n]|\s*$)",
        " , a friend said ",
    ),
    # questions and hypotheticals: English puts the frame first
    (_CLAUSE + _BODY + r"(?<!안|측|표|수|냉|반)(?<!아니)면(?:요)?(?![가-힣])", r"\1 if \2 , "),
    # "-아도/-어도" (even if) in a question is a hypothetical: "열이 나도 머리 감아도 돼요?"
    (r"(^|[.!?\n]\s*)([^,.!?\n]*?[아어해나와봐워려져개파]도)\s+([^.!?\n]*\?)", r"\1 if \2 , \3"),
    (_CLAUSE + r"([^,.!?\n]+?)\s*(?:까\s*봐|까봐)(?:서|요)?", r"\1 i am worried about \2 , "),
    (_CLAUSE + _BODY + r"(?:는지|은지|인지|을지|ㄹ지)(?![가-힣])", r"\1 whether \2 , "),
    (
        _CLAUSE
        + r"([^,.!?\n]+?)\s*수\s*(?:도|가)?\s*"
        + _any(r"있나요 있을까요 있나 있을까 있어요(?=\s*\?) 있습니까 있는지 있는_건가요 있죠"),
        r"\1 can \2 happen ? ",
    ),
    (
        _CLAUSE
        + _BODY
        + r"\s*(?:게|건|것이|거|것은|것도|는\s*게)?\s*"
        + _any("정상 흔한_일 흔한 흔하 흔해 보통 일반적")
        + r"(?:"
        + _any("인가요 인지 이죠 인가 인_거죠 인_건가요 인가여 일까요 한가요 한_건가요 입니까 이지요")
        + r"(?=\s*[?.!\n]|\s*$)"
        + r"|(?:이에요|이예요|이야|요|인\s*거예요)?(?=\s*\?))",
        r"\1 is it normal to have \2 ? ",
    ),
    (
        _CLAUSE
        + _BODY
        + r"\s*(?:이|가|은|는)?\s*"
        + _any("뭐예요 뭐에요 뭔가요 무엇인가요 무엇입니까 뭐죠 뭐야 뭐임 뭐가_있나요 뭐가_있어요 뭐가_있을까요 뭐가_있죠")
        + "|"
        + _CLAUSE
        + _BODY
        + r"\s*(?:이|가|은|는)?\s*어떤\s*(?:게|것이|것들이)\s*있나요",
        r"\1\3 what are \2\4 ? ",
    ),
    (_CLAUSE + r"([^,.!?\n]*?[^이가\s])나요(?=\s*\?)", r"\1 does it happen that \2 ? "),
    (_CLAUSE + _BODY + r"까요(?=\s*[?.!\n]|\s*$)", r"\1 will it happen that \2 ? "),
    # signs that hold a negation, kept whole (the shivering can not stop, can not breathe, no urine, no fading)
    (
        r"(?:멈추지\s*않고|쉬지\s*않고|멈출\s*수\s*없이|끊임없이|쉴\s*새\s*없이)\s*(?:[가-힣]+\s+)?(?:덜덜\s*|벌벌\s*)?떨",
        " shaking nonstop , ",
    ),
    (r"(부기|붓기)([^.!?\n,]{0,16}?)(?:다\s*)?빠(?:졌|져|지|짐)", r"\1\2 went down "),
    (
        r"(?:머리카락|머리털|머리|모발|털)(?:이|가|은|는|도)?\s*(?:다시\s*)?(?:안\s*(?:나|자라)|나지\s*(?:를\s*)?않|자라지\s*않)",
        " hair not growing , ",
    ),
    (
        r"(?:떨림|떨리|떨려|떨고|오한)[가-힣]*\s*(?:,\s*)?(?:이|은|도)?\s*(?:계속\s*)?"
        + _any("멈추지_않 멈추지를_않 안_멈 멈추질_않 멈출_수가_없 멈출_수_없 멈춰지지_않 그치지_않 안_그쳐 통제가_안"),
        " the shivering can not stop , ",
    ),
    (r"(?:주체|통제|제어|걷잡)[^.!?\n,]{0,12}?떨", " shaking uncontrollably , "),
    (
        r"(?:숨(?:을|이|도)?\s*(?:"
        + _any("잘 너무 엄청 많이 진짜 정말 자꾸 계속 갑자기 좀 조금")
        + r"\s*)?"
        + _any("차 가빠 가쁘 막혀 막히 막힐 못_쉬 안_쉬어 안_쉬 쉴_수가_없 쉴_수도_없 쉴_수_없 제대로_못_쉬 쉬어지지_않")
        + r"|숨\s*쉬기(?:가|도)?\s*(?:너무\s*)?(?:힘들|어렵|곤란|힘드))(?!지\s*(?:는|도)?\s*않|진\s*않)",
        " can not breathe , ",
    ),
    (
        r"(?:소변|오줌)(?:을|를|이|가|도|은)?\s*((?:[^\s.!?,]+\s+){0,4}?)"
        r"(?:안\s*(?:봤|나왔|나와|나오|나온|나옴|보|누|눴|쌌|싸|마려)|못\s*(?:봤|보|누|눴|쌌|싸)|보지\s*(?:를\s*)?못"
        r"|나오지\s*않|나오질\s*않|본\s*적이\s*없|한\s*번도\s*안)",
        r" \1 i have not peed , ",
    ),
    (r"혈압(?:이|은|도)?\s*(?:[가-힣]+\s+)?(?:떨어|낮|뚝|내려)", " blood pressure dropped , "),
    (r"화장실(?:을|에|도)?\s*(?:한\s*번도\s*)?(?:안|못)\s*(?:갔|가)", " i have not been to the toilet , "),
    (
        _any("눌러도 눌러_봐도 눌렀는데도 눌렀는데 대고_눌러도 대_봐도 대고_봐도 굴려도 굴려_봐도 when_pressed")
        + r"\s*(?:[가-힣]+\s+){0,2}?"
        + _any(
            "안_없어 안_사라 안_빠져 안_변해 안_바래 안_옅어 안_하얘 안_지워 없어지지_않 사라지지_않 그대로 색이_안 변하지_않"
        ),
        " does not fade when pressed , ",
    ),
    (
        r"(?:깨워도|흔들어도|불러도|깨우는데도)\s*(?:[가-힣]+\s+){0,2}?"
        r"(?:안\s*(?:일어나|깨|일어|깨어)|못\s*(?:일어나|깨)|일어나지\s*(?:를\s*)?않|깨지\s*않|깨어나지\s*않"
        r"|반응(?:이|을)?\s*(?:없|안|못))",
        " will not wake up , ",
    ),
    (r"눈(?:을|이)?\s*(?:못\s*뜨|뜰\s*수(?:가)?\s*없|안\s*떠|뜨기\s*(?:가\s*)?힘들|떠지지\s*않)", " can not open my eyes , "),
    (
        r"(항생제[^.!?\n]{0,24}?)(?:안\s*들|듣지\s*않|안\s*듣|효과(?:가|는|도)?\s*(?:하나도\s*|전혀\s*|별로\s*)?없"
        r"|소용(?:이)?\s*없|차도(?:가)?\s*없)",
        r"\1 not working , ",
    ),
    (r"의식(?:이|은|도)?\s*없", " unconscious , "),
    (r"(?:반응|대답)(?:이|은|도)?\s*없", " is not responding , "),
    (r"핏기(?:가|도)?\s*(?:하나도\s*)?없", " very pale , "),
    (r"감각(?:이|도)?\s*없", " numb , "),
    (
        r"(팔|다리|손|한쪽|팔다리|반쪽)(?:에|이|가|도|은|는)?\s*(?:[가-힣]+\s+)?힘(?:이|도)?\s*(?:없|빠|안\s*들어)",
        r" \1 is weak , ",
    ),
    (r"(?<![가-힣])((?:[가-힣]+(?:을|를|걸)\s+)?[가-힣]+)\s*수(?:가|도|는)?\s*없", r" can not \1 , "),
    # negation that follows the word; an occurrence ("고름이 안 나와요") negates its subject
    (r"(?<![가-힣])([가-힣]+(?:이|가|은|는|도))(?<![어아해워려져]도)\s*" + _ADVERB + r"안\s*(" + _OCCUR + ")", r" not \1 \2 , "),
    (
        r"(?<![가-힣])([가-힣]+(?:이|가|은|는|도))(?<![어아해워려져]도)\s*"
        + _ADVERB
        + r"(나오|나|생기|보이|올라오|잡히|만져지)"
        + _NOT_STEM,
        r" not \1 \2 , ",
    ),
    (r"(?<![가-힣])([가-힣]+?)" + _NOT_STEM, r" not \1 , "),
    (_WORD_START + r"안\s+([가-힣]+)", r" not \1 , "),
    (
        _WORD_START
        + r"안(?="
        + _any("아프 아파 아픈 아팠 빨 붉 부었 부어 붓 뜨거 뜨겁 나와 나오 나요 났 나아 낫 멈 보여 보이 깨 일어")
        + "|"
        + _any("쉬 좋 들어 듣 돼 되 생기 생겼 커 퍼 번 떨 없어 사라 가라앉 빠 줄 작아 가려 쑤 욱신")
        + r")([가-힣]+)",
        r" not \1 , ",
    ),
    (r"(?:(?<![가-힣])([가-힣]+(?:을|를|걸))\s+)?" + _WORD_START + r"못\s*([가-힣]+)", r" can not \1 \2 , "),
    (
        r"(?<![가-힣])((?:[가-힣]+(?:이나|나|랑|이랑|하고|와|과|도)\s+){0,3}[가-힣]+?)(?:은|는|이|가|도|을|를)?\s*"
        r"(?:" + _any("전혀 하나도 아예 별로 딱히 아무") + r"\s*)?없(?!어지|어져|어졌|애|앴|이)",
        r" no \1 , ",
    ),
    (
        r"(?<![가-힣])([가-힣]+?)(?:은|는|이|가)?\s*" + _any("아니에요 아니예요 아니고 아닌 아니야 아님 아닙니다 아니라"),
        r" not \1 , ",
    ),
    (_WORD_START + r"(?:아니요|아뇨|아니)(?=[\s,.!?]|$)", " no "),
]
