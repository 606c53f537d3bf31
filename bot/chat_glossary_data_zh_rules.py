"""Chinese rules for `bot.chat_cjk` (`CHINESE_RULES`), run on the raw text before the glossary
(`bot.chat_glossary_data_zh`, whose docstring says what each does)."""

from __future__ import annotations

from typing import List, Tuple

__all__ = ["CHINESE_RULES"]

_DIGIT = "[零〇一二两兩三四五六七八九十百]"
_INSIDE = "(?=[^\u27e6\u27e7]*\u27e7)"  # inside the marks the first rules put round a numeral
_UNIT = "(?:个|個)?(?:摄氏度|攝氏度|度|小时|小時|钟头|鐘頭|次/|次每|次一分|下/)"
_CONTEXT = "(体温|體溫|心跳|心率|脉搏|脈搏|呼吸|血压|血壓|高压|高壓|低压|低壓|收缩压|收縮壓|烧到|燒到|发烧到|發燒到)"

_READING_GAP = "(?:是|有|达到|達到|到了|到|都|已经|已經|只有|量出来|量出來|:|：|\\s)"  # "体温是", "心跳已经到了"
_NEGATED_LIST = "((?:没有|沒有|没|沒|无|無|不|冇|唔)[^，。,.!?！？、和跟与與及]{1,8})(?:和|跟|与|與|以及|及|、)"
_RANGE_UNIT = "(?=(?:个|個)?(?:摄氏度|攝氏度|度|小时|小時|钟头|鐘頭))"
_SIGN_OF = "(?:迹象|征兆|表现|症状|信号|跡象|徵兆|表現|症狀|信號)"

CHINESE_RULES: List[Tuple[str, str]] = [
    # "快一天没尿" (almost a day): "快" before a number is "almost", not "fast"
    ("快(?=[一二两兩三四五六七八九十几幾半\\d])", "将近"),
    # a range before a reading's unit counts as its upper end: "十七八个小时" 18 hours, "三十八九度" 39 degrees
    ("一[二两兩]" + _RANGE_UNIT, "二"),
    ("[二两兩]三" + _RANGE_UNIT, "三"),
    ("三四" + _RANGE_UNIT, "四"),
    ("四五" + _RANGE_UNIT, "五"),
    ("五六" + _RANGE_UNIT, "六"),
    ("六七" + _RANGE_UNIT, "七"),
    ("七八" + _RANGE_UNIT, "八"),
    ("八九" + _RANGE_UNIT, "九"),
    # "三十九度五" (39.5 degrees), "39度5": the decimal after the unit
    (f"({_DIGIT}+)度([一二三四五六七八九])(?![零〇一二两兩三四五六七八九十百度])", r"\1点\2度"),
    (r"(\d{2})度(\d)(?![\d度])", r"\1.\2度"),
    # a numeral before a unit, or after a word that names a reading, is marked; then turned into digits
    (f"({_DIGIT}+(?:[点點][零〇一二三四五六七八九]+)?)(?={_UNIT})", "\u27e6\\1\u27e7"),
    (
        f"{_CONTEXT}({_READING_GAP}*)({_DIGIT}+(?:[点點][零〇一二三四五六七八九]+)?)",
        "\\1\\2\u27e6\\3\u27e7",
    ),
    # a pulse counted in beats: "一分钟一百三十多下" (130-odd beats a minute)
    ("([一二两兩三四五六七八九]?[十百][零〇一二两兩三四五六七八九十百]*)(?=多?下)", "\u27e6\\1\u27e7"),
    ("[零〇]" + _INSIDE, "0"),
    ("一" + _INSIDE, "1"),
    ("[二两兩]" + _INSIDE, "2"),
    ("三" + _INSIDE, "3"),
    ("四" + _INSIDE, "4"),
    ("五" + _INSIDE, "5"),
    ("六" + _INSIDE, "6"),
    ("七" + _INSIDE, "7"),
    ("八" + _INSIDE, "8"),
    ("九" + _INSIDE, "9"),
    (r"(\d)百(\d)十(\d)" + _INSIDE, r"\1\2\3"),
    (r"(\d)百(\d)十" + _INSIDE, r"\1\g<2>0"),
    (r"(\d)百0(\d)" + _INSIDE, r"\g<1>0\2"),
    (r"(\d)百(\d)(?=[点點]?[\d]*\u27e7)", r"\1\g<2>0"),
    (r"(\d)百" + _INSIDE, r"\g<1>00"),
    (r"(\d)十(\d)" + _INSIDE, r"\1\2"),
    (r"(\d)十" + _INSIDE, r"\g<1>0"),
    (r"十(\d)" + _INSIDE, r"1\1"),
    ("十" + _INSIDE, "10"),
    ("[点點]" + _INSIDE, "."),
    ("[\u27e6\u27e7]", ""),
    (r"(\d{2,3})\s*多?下(?![午面去来])", r"\1次/分"),
    # "脖子也硬了" (the neck has gone stiff too): "硬" (hard) said of the neck is "僵硬" (stiff)
    ("(脖子|颈部|頸部|后颈|後頸|颈|頸)([^，。,.!?！？硬僵]{0,3}?)(?:发硬|發硬|硬)", r"\1\2僵硬"),
    # "没有发烧、发冷和头痛" (no fever, chills or headache): after a negation "和" (and) and the list comma "、" join
    # what the negation covers: "or" (three times, one joiner each)
    (_NEGATED_LIST, r"\1或"),
    (_NEGATED_LIST, r"\1或"),
    (_NEGATED_LIST, r"\1或"),
    # "又红又肿又痛" (red and swollen and painful): "又" here is "both ... and", not "again"
    ("又([^又，。,.!?！？\\s]{1,3})又([^又，。,.!?！？\\s]{1,3})又", r"\1和\2和"),
    ("又([^又，。,.!?！？\\s]{1,3})又", r"\1和"),
    # "打完两个小时" (two hours after the injections): "2 hours ago had the injections", when warmth is usual (brief §4a)
    (
        r"(?:刚|剛|才)?(?:打完|做完|注射完|打了|做了)(?:针|針|美塑|水光针|水光針|水光)?(?:才|大概|差不多)?(\d{1,2}|半)\s*"
        r"(?:个|個)?(?:小时|小時|钟头|鐘頭|钟|鐘)",
        r"\1小时前打了针",
    ),
    # "发烧是感染的迹象吗" (is fever a sign of infection?): the sign's name moves after "a sign of"
    (f"是([^，。,.!?！？是]{{1,12}}?)的?{_SIGN_OF}", r"是不是迹象的\1"),
    # a pain score: "痛到9分" (9 out of 10); "十分" alone is "very"
    (r"([痛疼][^，。,.!?！？]{0,8}?)(\d{1,2})\s*分(?![钟鐘])", r"\1\2/10"),
]
