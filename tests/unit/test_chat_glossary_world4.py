"""Vietnamese and Indonesian/Malay: the rules only these languages have. Their messages (tests/unit/glossary_world_cases.py)
get the checks every language gets in test_chat_glossary_world.py."""

from __future__ import annotations

import pytest

from bot.chat_glossary import language_of, to_english
from bot.chat_text import for_matching
from bot.red_flags import detect


@pytest.mark.parametrize(
    "accented, typed",
    [
        ("Em bị sốt cao và khó thở", "em bi sot cao va kho tho"),
        ("Chỗ tiêm sưng đỏ, chảy mủ", "cho tiem sung do, chay mu"),
        ("Chồng em lú lẫn, cứng cổ, sợ ánh sáng", "chong em lu lan, cung co, so anh sang"),
        ("Đau đầu dữ dội, co giật", "dau dau du doi, co giat"),
    ],
)
def test_vietnamese_typed_without_diacritics_reads_the_same(accented: str, typed: str) -> None:
    assert language_of(accented.lower()) == language_of(typed) == "vi"
    assert to_english(accented.lower()) == to_english(typed)
    assert detect(accented).level == detect(typed).level != "none"


def test_vietnamese_syllables_that_fold_alike_are_read_in_their_phrase() -> None:
    assert for_matching("đau đầu dữ dội") == "severe headache"  # đau (pain) + đầu (head)
    assert "long ago" not in for_matching("hôm qua tiêm xong hơi đỏ")  # hơi đỏ (a bit red), not hồi đó (back then)
    assert for_matching("hồi nhỏ em bị co giật").startswith("as a child")  # hồi nhỏ, not hơi nhỏ (a bit small)
    assert "bad smell" not in for_matching("mình không bị gì cả, chỉ hỏi thôi")  # hỏi thôi (just asking), not hôi thối


def test_vietnamese_time_spans_and_degrees() -> None:
    assert for_matching("2 tuần trước em tiêm meso").startswith("2 weeks ago")
    assert for_matching("cách đây hai năm em bị áp xe").startswith("2 years ago")
    assert "39.5 degrees" in for_matching("em sốt 39 độ 5")
    assert "3 weeks" in for_matching("cục u có từ 3 tuần nay")
    assert "last week" not in for_matching("uống kháng sinh một tuần rồi")  # "một tuần rồi": a week now


def test_vietnamese_negation_and_questions() -> None:
    assert for_matching("sốt thì không, chỉ hơi ngứa").startswith("not fever")  # the negator goes first
    assert for_matching("cục u vẫn chưa xẹp") == "lump still not going away"  # "vẫn chưa": still not
    assert for_matching("tiêm meso có bị sốt không?") == "can mesotherapy get fever?"
    assert detect("Tiêm meso bị mủ thì phải làm sao?").level == "none"  # nobody's own sign: a conditional
    assert detect("Em bị chảy mủ ở chỗ tiêm thì phải làm sao?").level == "urgent"  # "em bị": a report


def test_indonesian_repeated_words_and_malay_spellings_read_alike() -> None:
    assert to_english("kejang-kejang", "id") == to_english("kejang2", "id") == to_english("kejang", "id") == "seizure"
    assert to_english("saya tidak bisa bernapas", "id") == to_english("saya tak boleh bernafas", "id") == "i can not breathe"
    assert to_english("dia pingsan", "id") == to_english("dia pengsan", "id") == "he fainted"


def test_indonesian_time_spans() -> None:
    assert for_matching("dua minggu lalu saya meso").startswith("two weeks ago")
    assert for_matching("sebulan yang lalu saya meso").startswith("a month ago")
    assert for_matching("dari kemarin bekas suntikan bengkak").startswith("since yesterday")


def test_indonesian_bingung_is_unsure_for_oneself_and_confusion_for_a_relative() -> None:
    assert detect("Saya bingung, apakah meso aman?").level == "none"
    assert detect("Suami saya bingung dan demam").level == "emergency"


def test_indonesian_all_clear_is_not_undone_by_lagi() -> None:
    assert for_matching("bengkaknya sudah kempes, gak sakit lagi") == "the swelling went away, not pain anymore"
    assert detect("bengkaknya sudah kempes, gak sakit lagi").level == "none"
    assert for_matching("demam lagi") == "fever again"


def test_indonesian_body_part_and_its_sign_stay_together() -> None:
    assert for_matching("dada saya terasa berat") == "i chest pain"
    assert for_matching("imun saya lemah") == "weak immune system"
    assert detect("benjolannya tidak hilang setelah 3 minggu").level == "urgent"  # not going away
    assert detect("ruam tidak hilang saat ditekan gelas").level == "emergency"  # the glass test


@pytest.mark.parametrize(
    "text, language",
    [
        ("estou com febre em casa", "pt"),  # "em" is Vietnamese "I" too
        ("ik heb pijn van de prik", "nl"),  # "van": Vietnamese "vẫn" is read by a rule, not counted
        ("am febră sau umflătură pe cap", "ro"),  # "sau": Vietnamese "after"
        ("non ho febbre ma ho un nodulo", "it"),  # "non": Vietnamese "nôn" (vomit)
        ("lo tengo rojo y caliente", "es"),  # "lo": Vietnamese "lỡ" (if) only opens a sentence, by a rule
        ("mujhe bukhar hai aur sar mein dard hai", "hi"),  # "hai": Vietnamese "two", a rule before a unit
    ],
)
def test_words_shared_with_other_languages_leave_their_messages_alone(text: str, language: str) -> None:
    assert language_of(text) == language
