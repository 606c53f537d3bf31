"""Japanese chat text (`bot.chat_glossary_data_ja`) through `bot.chat_cjk` into the red-flag detector: reports at the
urgent and emergency levels of brief §4b/§4c, and messages that report nothing (negated, hypothetical, hearsay,
resolved or long past, general questions)."""

from __future__ import annotations

import pytest

from bot.chat_text import for_matching
from bot.red_flags import detect

REPORTS = [
    # §4b: see a doctor soon
    ("メソセラピーを受けてから3日たちますが、頭皮が赤く腫れて熱を持っています", "urgent"),
    ("頭皮のしこりから膿が出てきました", "urgent"),
    ("施術した翌日から頭の右側がぷっくり腫れて、押すとブヨブヨしていて痛いです", "urgent"),
    ("頭にこぶができて、押すと痛くて黄色い汁が出てきます", "urgent"),
    ("注射したところがジクジクしていて、変なにおいがします", "urgent"),
    ("赤い線が首の方に伸びてきています", "urgent"),
    ("3週間前にメソをしたところにしこりができて、だんだん大きくなっています", "urgent"),
    ("注射から2ヶ月経ってから、しこりが出てきました", "urgent"),
    ("皮膚科で抗生物質をもらって1週間飲んでいるけど、しこりが全然良くならない", "urgent"),
    ("メソの後、注射したところだけ円形にハゲてきました", "urgent"),
    ("注射の跡がへこんで、そこだけ毛が抜けています", "urgent"),
    ("昨日から熱っぽくて寒気がします。頭皮にしこりもあります", "urgent"),
    ("夫がメソの後で38度5分の熱を出しました", "urgent"),
    ("祖母が注射を受けてから微熱が続いています", "urgent"),
    ("施術の2日後から、まぶたが腫れて目が開けにくいです", "urgent"),
    ("友達に顔が腫れてると言われました", "urgent"),
    ("糖尿病があるんですが、注射したところが赤くなっています", "urgent"),
    ("熱はないけど、注射したところにしこりができて痛いです", "urgent"),
    ("注射したところにしこりができたんですが、これって普通ですか？", "urgent"),
    ("熱が39度あるんですけど、病院に行った方がいいですか？", "urgent"),
    ("息子の頭のしこりが痛そうです", "urgent"),  # "痛そう": looks painful, not hearsay
    # §4c: emergency
    ("メソの後から息が苦しくて、唇が腫れてきました", "emergency"),
    ("唇と舌が腫れてきて息がしにくい", "emergency"),
    ("胸が痛くて冷や汗が出ています", "emergency"),
    ("母が注射の後に倒れて、呼んでも起きません", "emergency"),
    ("父が熱を出してからずっとうとうとしていて、呼びかけに反応しない", "emergency"),
    ("夫が高熱で、言っていることがおかしいです。ろれつも回っていません", "emergency"),
    ("意識が朦朧としていて、話がかみ合わない", "emergency"),
    ("息子がメソのあと高熱を出して、首が痛くて下を向けないと言っています。吐いてもいます", "emergency"),
    ("全身が痛くて動けない、熱も39度以上ある", "emergency"),
    ("ひどい頭痛で首が硬くて曲げられない、光もまぶしい", "emergency"),
    ("娘が熱を出してけいれんを起こしました", "emergency"),
    ("物が二重に見えます。頭皮の腫れもひどいです", "emergency"),
    ("紫色の斑点が出て、コップで押しても消えない", "emergency"),
    ("手足がまだら模様になって、唇が紫色です", "emergency"),
    ("18時間おしっこが出ていません。熱もあります", "emergency"),
    ("心臓がバクバクして、熱と震えが止まらない", "emergency"),
    ("ガタガタ震えが止まらなくて、熱が39度あります", "emergency"),
    ("上の血圧が80しかなくて、ふらふらします", "emergency"),
    ("死にそうなくらいしんどい。熱が40度ある", "emergency"),
    ("注射したところが激痛で、耐えられない", "emergency"),
    ("顔の赤みがどんどん広がっていて、数時間で倍になった", "emergency"),
    # asked as "is it normal", an emergency sign after the injections still counts (as in English, queries.py)
    ("メソの後に胸が痛くなるのは普通ですか？", "emergency"),
]

NOT_REPORTS = [
    # negated
    "熱はありません",
    "熱も寒気もないです。しこりもありません",
    "注射したところは赤くないし、腫れてもいません",
    "膿とかは出てないです",
    "発熱や悪寒は全くありません",
    "頭痛とか吐き気とかはありません",
    "首が硬いとか、光がまぶしいとかは全然ないです",
    "友達に顔が赤いと言われたけど、痛くも痒くもない",
    "熱は37.2度くらいです",
    "熱とか腫れとかは大丈夫です",
    "しこりができたことはありません",
    # hypothetical
    "もし熱が出たら、どうすればいいですか？",
    "注射したところが腫れたら病院に行くべきですか？",
    "息苦しくなったらすぐに救急に行くべきですか？",
    "膿が出たら病院に行きます",
    "万が一しこりができた場合はどこに連絡すればいいですか？",
    # hearsay
    "友達がメソの後に膿が出て抗生物質を飲んだと言ってた",
    "メソをすると頭皮にしこりができることがあるらしいです",
    "友人は施術後に顔が腫れたそうです",
    "ネットでメソのあと髄膜炎になった人がいると読みました",
    # resolved or long past
    "前に熱が出たけど、もう治りました",
    "注射の後に少し赤くなったけど、次の日には引きました",
    "熱は下がって、腫れも引きました。もう大丈夫です",
    "何年も前に頭にできものができたことがありますが、今は何ともありません",
    # general questions
    "メソセラピーの副作用にはどんなものがありますか？",
    "メソの後に熱が出ることはありますか？",
    "注射の後、頭皮が少しヒリヒリするのは普通ですか？",
    "膿が出るような感染はどのくらいの確率で起こりますか？",
    "糖尿病の人はメソを受けても大丈夫ですか？",
    "施術後にシャンプーしてもいいですか？",
    "二重まぶたの手術もしていますか？",
    "赤ちゃんがいるのですが、授乳中でも受けられますか",
]


@pytest.mark.parametrize("text, level", REPORTS)
def test_japanese_reports_reach_their_level(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_japanese_messages_that_report_nothing(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize(
    "text, english",
    [
        ("熱も寒気もないです", "no fever or chills"),  # a negation after a list of signs
        ("赤くないし、腫れていません", "not red , not swollen"),  # negated adjective and verb
        ("もし熱が出たら、どうすればいいですか？", "if fever , what should i do"),
        ("注射したところが腫れたら", "if injection site swollen"),  # "-たら" puts "if" in front of its clause
        ("朝起きたら腫れていた", "when i woke up swollen"),  # a past sentence: "when", not "if"
        ("友達がメソの後に膿が出たと言ってた", "a friend said after the mesotherapy pus"),
        ("熱が出たそうです", "fever i heard that"),
        ("18時間おしっこが出ていません", "have not peed for 18 hours"),
        ("熱は37.2度です", "temperature 37.2 degrees"),  # a fever only from 38 °C
        ("熱は38度5分です", "temperature 38.5 degrees"),
        ("手術もしています", "surgery"),  # the particle "も" before "して" is no "もし" (if)
    ],
)
def test_japanese_reads_in_english_order(text: str, english: str) -> None:
    assert for_matching(text).startswith(english)
