"""Chinese chat messages (simplified and traditional, as typed on phones) read by the red-flag detector through
`bot.chat_cjk` and `bot.chat_glossary_data_zh`: reports at the urgent and emergency levels of brief §4b and §4c,
and messages that name a sign without reporting it (negated, hypothetical, hearsay, over, general questions)."""

from __future__ import annotations

import pytest

from bot.chat_cjk import _parse, cjk_to_english
from bot.chat_glossary_data_zh import CHINESE
from bot.chat_text import for_matching
from bot.red_flags import detect

URGENT = [
    # §4b: a painful, red, hot or swollen lump; pus
    "我上周打了头皮美塑，现在打针的地方长了一个硬块，又红又热，摸着很痛",
    "打完水光针三天了，针眼那里在流脓，黄黄的",
    "针眼一直在流黄水",
    "医生你好，我三天前在美容院做了头皮水光，今天发现针眼周围红了一圈，摸着发烫，还有点疼",
    "打完中胚层第二周，头皮上冒出好几个小硬结，按着痛",
    # a lump growing, new weeks later, or lasting over two weeks
    "头皮上的包越来越大了，已经两个多星期了还没消",
    "做完美塑一个月了，打针的地方又长了新的包",
    # spreading redness, red streaks
    "红肿的范围在扩散，还有一条红线往脖子那边走",
    "头皮的红肿一直往额头那边蔓延",
    "针眼那里红了一大片，而且在往外扩",
    # antibiotics not working
    "医生开了抗生素吃了五天，肿块还是没消",
    "我头皮化脓了，吃了头孢也没用",
    # patchy hair loss, scarring
    "打美塑的地方出现了一块一块的秃斑，头发不长了",
    "打完针那块头皮留疤了，不长头发",
    "头发掉了一块，就在打针那里",
    # fever or chills with a lump, otherwise well
    "我发烧38.5度，头皮打针的地方红肿",
    "打完美塑后有点发冷发抖，头上起了几个包，其他还好",
    "现在体温三十八度二，头皮很痛",
    # swelling round the eyes or of the face
    "做完中胚层之后眼睛肿了，眼皮都睁不开",
    "我妈妈昨天打的美塑，今天早上起来额头和眼睛都肿了",
    # a risk factor with a sign of infection
    "我有糖尿病，打针的地方有点红肿",
    "我在吃激素，打针的地方有点肿",
    "打完美塑一周了，头皮还是肿的，还有点发热",
]

EMERGENCY = [
    "我老公打完美塑后发高烧，现在人迷迷糊糊的，说话也不清楚",
    "我老公发烧到40度，现在说胡话",
    "打完针半小时，嘴唇和舌头都肿了，喘不过气",
    "头痛得要命，脖子僵硬，怕光，还吐了两次",
    "头疼得厉害，一低头脖子就痛，还想吐",
    "头痛得快炸了，脖子也硬了，还发烧",
    "我妈打完水光针以后突然晕倒了",
    "胸口很痛，呼吸困难",
    "感觉心跳得好快，胸口闷，有点喘不过气",
    "发烧39度，全身发抖停不下来",
    "我老公说他觉得浑身发冷，一直在打寒颤，停不下来",
    "他一直昏睡，叫都叫不醒",
    "他今天一直胡言乱语，不认识我了，还发着烧",
    "我爸打完美塑后说话含糊不清，右手没力气",
    "他突然说不出话，嘴歪了",
    "身上起了紫色的疹子，用玻璃杯压也不褪色",
    "我女儿发烧，身上出了好多小红点，按了不褪色",
    "打完美塑后抽搐了，口吐白沫",
    "看东西有重影，头很痛",
    "已经快一天没尿了，还在发烧",
    "十八个小时没小便了，发烧三十九度五",
    "我已经一整天没有上厕所小便了",
    "心跳140次/分，发烧",
    "心跳得很厉害，一分钟一百三十多下",
    "血压80/50，头晕",
    "我妈血压很低，只有85/50",
    "感觉自己快要死了，全身都痛",
    "红肿扩散得很快，一个小时比一个小时大",
    "救命，我女儿打完水光针以后呼吸很急，嘴唇发紫",
    "我喉咙好紧，吞口水都困难，脸也肿了",
    "疼得受不了，疼得在床上打滚，头皮肿得很厉害",
    "我打完美塑后发烧，浑身肌肉痛得受不了",
]

NOT_REPORTED = [
    # negated
    "打完美塑两天了，没有发烧，针眼也不红不肿",
    "头皮有点痒，但是没有包，也没有流脓",
    "我没发烧，也没有发冷，就是头皮有点紧",
    "没有头痛，脖子也不硬，就是有点累",
    "呼吸正常，没有胸闷，也没有心慌",
    "我的针眼有一点点红，其他都好，没有发烧",
    "额头有点肿，眼睛不肿，也不红",
    "没有发烧、发冷和头痛",
    "我有糖尿病，头皮没有红肿",
    # hypothetical
    "如果打完美塑发烧了，要怎么办？",
    "要是头皮上长了包，需要去医院吗？",
    "万一针眼化脓了怎么处理？",
    "假如出现呼吸困难，是不是要马上叫救护车？",
    "如果头皮上的红肿扩散得很快，是不是很危险？",
    "我想知道如果出现胸痛是不是要去急诊",
    # hearsay
    "听说有人打完美塑头皮化脓了，是真的吗？",
    "我朋友打完水光针发烧了三天，后来好了",
    "网上说打美塑会引起感染，我有点担心",
    "我同事说她打完针以后起了很多包",
    "我妹妹去年打美塑后脸肿得很厉害，后来看医生就好了",
    # over, or long ago
    "上次打完有点红肿，两天就消了",
    "以前打美塑的时候发过一次烧，后来很快就好了",
    "前几天针眼有点红，现在已经好了",
    "几年前我头皮长过一个脓包，早就好了",
    "打完当天有点头痛，睡一觉就好了",
    # usual right after a session (brief §4a)
    "打完两个小时头皮有点热，有点红，正常吗？",
    "我刚打完，头皮有点热有点红",
    # general questions
    "美塑疗法安全吗？有什么副作用？",
    "打完美塑多久可以洗头？",
    "美塑后头皮感染有哪些症状？",
    "头皮注射后发烧是感染的迹象吗？",
    "打完美塑会不会留疤？",
    "中胚层疗法对脱发有用吗？",
    # figures of speech
    "笑死我了，我老公说他打完针以后头皮痒死了",
    "打完美塑今天天气好热，出了很多汗",
]

TRADITIONAL = [
    ("打針的地方腫起來了，又紅又熱，還流膿", "urgent"),
    ("我發燒了，頭皮上長了好幾個包", "urgent"),
    ("針眼附近的頭髮一塊一塊地掉", "urgent"),
    ("頭痛欲裂，脖子很硬，怕光", "emergency"),
    ("我老婆叫不醒，一直在發燒", "emergency"),
    ("打完美塑後呼吸困難，嘴唇發紫", "emergency"),
    ("打針的地方不紅也不腫，沒有發燒", "none"),
    ("如果發燒了要去看醫生嗎？", "none"),
    ("之前發燒，現在已經退燒了", "none"),
    ("聽說打美塑會導致敗血症，是真的嗎？", "none"),
    # Cantonese, as written in Hong Kong
    ("頭皮打針的位置起了個包，摸起來好燙", "urgent"),
    ("我頭皮個包好痛，仲有膿", "urgent"),
    ("我老公發高燒，仲抖到停唔到", "emergency"),
    ("發燒到三十九度，一直打冷震", "emergency"),
    ("佢好似唔係好清醒，問佢嘢都答非所問", "emergency"),
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent_reports(text: str) -> None:
    assert detect(text).level == "urgent", for_matching(text)


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency_reports(text: str) -> None:
    assert detect(text).level == "emergency", for_matching(text)


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_signs_named_but_not_reported(text: str) -> None:
    assert detect(text).level == "none", for_matching(text)


@pytest.mark.parametrize("text, level", TRADITIONAL)
def test_traditional_characters(text: str, level: str) -> None:
    assert detect(text).level == level, for_matching(text)


@pytest.mark.parametrize(
    "text, english",
    [
        ("没有发烧", "no fever"),
        ("不红", "not red"),
        ("沒有發燒", "no fever"),
        ("如果发烧", "if fever"),
        ("听说", "i heard that"),
        ("已经好了", "it cleared up"),
        ("发烧吗", "fever ?"),
        ("体温三十九度五", "temperature 39.5 degrees"),
        ("十七八个小时没尿", "18 hours no urine"),
        ("心跳一百四", "heart rate 140"),
        ("又红又肿又痛", "red and swollen and pain"),
        ("痛到9分", "pain so bad 9/10"),
        ("三十八九度", "39 degrees"),
        ("没有发烧、发冷和头痛", "no fever or feel cold or headache"),
        ("脖子也硬了", "neck also stiff"),
    ],
)
def test_wording(text: str, english: str) -> None:
    assert cjk_to_english(text) == english


def test_every_key_has_its_traditional_spelling() -> None:
    entries = _parse("zh", CHINESE)
    for simplified, traditional in [("发烧", "發燒"), ("头发", "頭髮"), ("复视", "複視"), ("喘不过气", "喘不過氣")]:
        assert entries[traditional] == entries[simplified]
