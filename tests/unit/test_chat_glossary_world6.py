"""Persian in Persian script ("fa") and in Latin letters ("fa_latin", Finglish): the rules only Persian has. Its
messages (tests/unit/glossary_world_cases.py) get the checks every language gets in test_chat_glossary_world.py."""

from __future__ import annotations

import pytest

from bot.chat_glossary import glossary, language_of, to_english
from bot.chat_glossary_data import LANGUAGE_DATA
from bot.chat_scripts import transliterate
from bot.chat_text import for_matching
from bot.red_flags import detect

ZWNJ = "\u200c"


def test_the_persian_glossaries_parse() -> None:
    assert {"fa", "fa_latin"} <= set(LANGUAGE_DATA)
    for code in ("fa", "fa_latin"):
        assert len(glossary(code).exact) > 400, code


def test_persian_letters_take_their_arabic_forms_and_the_non_joiner_stays() -> None:
    assert transliterate("یک کیست") == "يك كيست"  # Persian yeh and keheh
    assert transliterate("گردن پا چرک ژل") == "گردن پا چرك ژل"  # letters Arabic does not have are kept
    assert transliterate("تب ۳۹٫۵") == "تب 39.5"
    assert transliterate(f"می{ZWNJ}کنم") == f"مي{ZWNJ}كنم"  # `RULES` joins the two, not the script table


@pytest.mark.parametrize("joined", ["میکنه", f"می{ZWNJ}کنه", "می کنه"])
def test_the_verb_prefix_reads_alike_joined_with_a_non_joiner_or_a_space(joined: str) -> None:
    assert to_english(f"سرم درد {joined}", "fa") == "headache"


@pytest.mark.parametrize("text", ["نمیتونم نفس بکشم", f"نمی{ZWNJ}تونم نفس بکشم", "نمی تونم نفس بکشم"])
def test_cannot_breathe_in_every_spelling_is_persian_and_an_emergency(text: str) -> None:
    assert language_of(text) == "fa"
    assert to_english(text) == "can not breathe"
    assert detect(text).level == "emergency"


@pytest.mark.parametrize(
    "text, english",
    [
        ("تب ندارم", "i do not have fever"),
        ("tab nadaram", "i do not have fever"),
        ("تب و چرک ندارم", "i do not have fever nor pus"),
        ("tab o cherk nadaram", "i do not have fever nor pus"),
        ("تب یا لرز ندارم", "i do not have fever nor chills"),
        ("قرمز نیست", "is not red"),
        ("ghermez nist", "is not red"),
        ("ورم نکرده", "has not swelling"),
        ("سرم درد میکنه و تب ندارم", "headache and i do not have fever"),  # only the sign before the verb
        ("ادرار نکردم", "i have not urinated"),  # an idiom with the verb: left for the glossary
        ("edrar nakardam", "i have not urinated"),
        ("اثر نکرد", "did not work"),
    ],
)
def test_the_negated_verb_goes_before_what_it_negates(text: str, english: str) -> None:
    language = "fa_latin" if text.isascii() else "fa"
    assert to_english(text, language) == english


@pytest.mark.parametrize(
    "negated, reported",
    [
        ("من تب ندارم", "من تب دارم"),
        ("man tab nadaram", "man tab daram"),
        ("جای تزریق قرمز و داغ نیست", "جای تزریق قرمز و داغ هست"),
        ("jaye tazrigh cherk nakarde", "jaye tazrigh cherk karde"),
        ("نه تب دارم نه چرک", "هم تب دارم هم چرک"),
    ],
)
def test_a_negated_sign_is_not_reported(negated: str, reported: str) -> None:
    assert detect(negated).level == "none", for_matching(negated)
    assert detect(reported).level == "urgent", for_matching(reported)


@pytest.mark.parametrize(
    "text, language",
    [
        ("من تب دارم", "fa"),  # "من" is "I" in Persian, "from" in Arabic
        ("من يومين عندي حرارة", "ar"),
        ("بعد از جلسه التهاب شدید دارم", "fa"),  # "بعد", "التهاب", "شدید", "جلسه" are words of both
        ("عندي التهاب شديد بعد الجلسة", "ar"),
        ("هم قالوا طبيعي", "ar"),  # "هم" they (Arabic), also (Persian)
        ("اونا گفتن طبیعیه", "fa"),
        ("ابي عنده سكري", "ar"),  # "ابي" my dad (Arabic), "آبی" blue (Persian)
        ("لبهام آبی شده", "fa"),
        ("یه دمل روی سرم دارم از یه هفته پیش", "fa"),
        ("عندي دمل في راسي من اسبوع", "ar"),
    ],
)
def test_persian_and_arabic_are_told_apart(text: str, language: str) -> None:
    assert language_of(text) == language


def test_words_of_both_read_as_the_language_the_message_is_in() -> None:
    assert to_english("من تب دارم").startswith("i ")
    assert to_english("من يومين عندي حرارة").startswith("from ")
    assert to_english("دمل", "fa") == to_english("دمل", "ar") == "boil"  # where the two agree, one English


@pytest.mark.parametrize(
    "a, b",
    [
        ("sar dard-e shadid", "sar dard e shadid"),
        ("sar dard-e shadid", "sardarde shadid"),
        ("harf-haye bi-rabt", "harf haye birabt"),
        ("nemitoonam nafas bekesham", "nemitunam nafas bekesham"),
        ("nemi-tunam nafas bekesham", "nemi tunam nafas bekesham"),
        ("ye qodde qermez", "ye ghoddeh ghermez"),
        ("khoon miad", "khun miad"),
        ("ba'd az jalase", "baad az jalase"),
    ],
)
def test_finglish_spellings_read_alike(a: str, b: str) -> None:
    assert to_english(a, "fa_latin") == to_english(b, "fa_latin")


def test_finglish_reads_as_english_the_detector_knows() -> None:
    assert to_english("sar dard-e shadid", "fa_latin") == "severe headache"
    assert to_english("shoharam harf-haye bi-rabt mizane", "fa_latin") == "my husband is talking nonsense"
    assert to_english("korton masraf mikonam", "fa_latin") == "i take steroids"
    assert to_english("کورتون مصرف می‌کنم", "fa") == "i take steroids"


def test_ago_follows_its_span() -> None:
    assert for_matching("دو هفته پیش") == "two weeks ago"
    assert for_matching("do hafte pish mezo zadam") == "two weeks ago mesotherapy i had"
    assert detect("سه سال پیش یه آبسه روی سرم داشتم").level == "none"


def test_persian_hearsay_and_if_are_framed() -> None:
    assert detect("دوستم بعد از مزوتراپی چرک کرده بود").level == "none"
    assert detect("اگه تب کنم چیکار کنم؟").level == "none"
    assert detect("تب کردم چیکار کنم؟").level == "urgent"
