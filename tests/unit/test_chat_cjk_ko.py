"""Korean through `bot.chat_cjk`: patients' and relatives' messages as typed on phones, read by the red-flag detector.

Reports at the urgent (brief §4b) and emergency (§4c) levels, and messages that name a sign without reporting it:
negated ("열은 없어요"), hypothetical ("-면"), hearsay ("친구가 그러는데", "-대요"), resolved or long past
("예전에", "다 나았어요") and general questions ("-나요?", "-까요?", "뭐예요?").
"""

from __future__ import annotations

import pytest

from bot.chat_text import for_matching
from bot.red_flags import detect

URGENT = [
    "두피에 혹이 생겼어요",
    "메조 맞은 자리가 빨갛고 붓고 아파요",
    "주사 맞은 자리에서 고름이 나와요",
    "어제부터 열이 38.5도예요",
    "메조테라피 받고 일주일 지났는데 두피에 멍울이 잡혀요",
    "머리에 혹이 점점 커지고 있어요",
    "주사 자국 주변으로 빨간 게 점점 퍼지고 있어요",
    "뒤통수에 빨간 줄이 생겼어요",
    "혹에서 노란 진물이 나와요",
    "시술한 부위에 동그랗게 머리가 빠졌어요",
    "메조 맞고 나서 눈두덩이가 부어서 눈을 못 뜨겠어요",
    "항생제를 먹어도 혹이 그대로예요",
    "항생제 먹어도 안 나아요",
    "몸이 으슬으슬 춥고 떨려요",
    "3주 전에 메조를 맞았는데 혹이 새로 생겼어요",
    "당뇨가 있는데 주사 맞은 곳이 빨개요",
    "메조 맞은 자리에 흉터가 남았어요",
    "혹을 누르면 아파요",
    "열은 안 나는데 혹이 점점 커지고 있어요",
    "남편이 열이 난대요",
    "안녕하세요. 3일 전에 두피 메조테라피를 받았는데요, 주사 맞은 곳 중 한 군데가 빨갛게 부어오르고 만지면 뜨거워요.",
    "2주 전에 메조 맞았는데 지금 정수리에 동전만한 땜빵이 생겼어요",
]

EMERGENCY = [
    "숨을 못 쉬겠어요",
    "저 지금 숨이 너무 차요",
    "가슴이 조이는 것 같아요",
    "엄마가 쓰러졌어요",
    "남편이 말이 어눌해요",
    "아내가 횡설수설해요",
    "아들이 계속 잠만 자고 깨워도 안 일어나요",
    "딸이 경련을 해요",
    "물체가 두 개로 보여요",
    "두통이 심하고 목이 뻣뻣해요",
    "머리가 너무 아프고 빛을 못 보겠어요",
    "발진이 생겼는데 유리컵으로 눌러도 안 없어져요",
    "아빠 입술이 퍼렇게 변했어요",
    "피부가 얼룩덜룩해요",
    "18시간째 소변을 안 봤어요",
    "심장이 너무 빨리 뛰어요",
    "혈압이 80/50이에요",
    "죽을 것 같아요",
    "참을 수 없을 만큼 아파요",
    "입술이랑 혀가 부었어요",
    "열이 나고 오한이 심해서 몸이 주체할 수 없이 떨려요",
    "오한이 너무 심해서 몸이 멈추지 않고 떨려요",
    "열이 40도이고 너무 아파요",
    "빨간 게 한 시간 만에 엄청 퍼졌어요",
    "엄마가 불러도 대답을 안 해요",
    "선생님, 저희 엄마가 메조 맞고 나서 열이 40도까지 올랐고 지금 말을 잘 못 하세요.",
    "남편이 오늘 아침부터 열이 나고 목이 뻣뻣하다고 해요",
]

NONE = [
    # negated
    "열은 없어요",
    "고름도 없고 열도 없어요",
    "고름은 안 나와요",
    "빨갛지 않아요",
    "안 빨개요",
    "두피가 안 아파요",
    "숨이 차지는 않아요",
    "열이 나는 건 아니에요",
    "아니요 열은 없어요",
    "빨갛지도 않고 붓지도 않았어요",
    # hypothetical
    "열이 나면 어떡해요?",
    "만약에 혹이 생기면 어떡하죠?",
    "숨이 차면 응급실에 가야 하나요?",
    "혹시 고름이 생길까 봐 걱정돼요",
    "고름이 나오는지 어떻게 알 수 있나요?",
    "열이 나도 머리 감아도 돼요?",
    "두피가 좀 빨개도 괜찮아요?",
    # hearsay
    "친구가 그러는데 메조 맞고 고름이 났대요",
    "친구가 메조 맞고 쓰러졌대요",
    "인터넷에서 봤는데 메조 맞으면 고름이 생길 수도 있대요",
    "가족 중에 패혈증 걸린 사람이 있었어요",
    # resolved or long past
    "예전에 혹이 났었는데 다 나았어요",
    "어제 열이 났는데 지금은 내렸어요",
    "부기는 3일 만에 다 빠졌어요",
    "작년에 메조 맞고 혹이 생겨서 항생제 먹었는데 지금은 다 나았어요. 다시 맞아도 될까요?",
    # general questions and usual after-effects (brief §4a)
    "메조테라피 후에 열이 날 수 있나요?",
    "메조테라피 부작용이 뭐예요?",
    "감염 증상이 뭐예요?",
    "흉터가 남을까요?",
    "메조 후에 빨갛게 되는 게 정상인가요?",
    "어제 시술 받았어요. 조금 붓고 따끔한데 열은 없어요. 정상인가요?",
    "메조 맞고 머리 감아도 되나요?",
    "힘들어 죽을 것 같아요",
    "오늘 날씨가 너무 추워요",
    "내일 시술인데 긴장돼서 심장이 두근거려요",
    "이마가 부었어요",
]


@pytest.mark.parametrize("text", URGENT)
def test_korean_urgent_reports(text: str) -> None:
    assert detect(text).level == "urgent", for_matching(text)


@pytest.mark.parametrize("text", EMERGENCY)
def test_korean_emergency_reports(text: str) -> None:
    assert detect(text).level == "emergency", for_matching(text)


@pytest.mark.parametrize("text", NONE)
def test_korean_messages_that_report_no_sign(text: str) -> None:
    assert detect(text).level == "none", for_matching(text)


@pytest.mark.parametrize(
    "text, english",
    [
        ("열은 없어요", "no fever ,"),
        ("안 빨개요", "not red ,"),
        ("빨갛지 않아요", "not red ,"),
        ("열이 나면 어떡해요?", "if fever , what should i do ?"),
        ("3일 전에 메조 맞았어요", "3 days ago mesotherapy had"),
        ("어제부터 열이 38.5도예요", "since yesterday temperature 38.5 degrees"),
    ],
)
def test_korean_negation_conditionals_and_numbers_come_out_in_english_order(text: str, english: str) -> None:
    assert for_matching(text) == english
