"""Arabic in Arabic script, Russian (Cyrillic and Latin translit), Dutch and Romanian: the rules only these
languages have. Their messages (tests/unit/glossary_world_cases.py) get the checks every language gets in
test_chat_glossary_world.py."""

from __future__ import annotations

from bot.chat_glossary import language_of, to_english
from bot.chat_text import for_matching


def test_arabic_words_written_onto_the_next_are_split() -> None:
    assert to_english("والحرارة", "ar") == "and fever"
    assert to_english("وبتوجعني", "ar") == "and hurts"  # "و" + "بتوجعني", not "وب" + "توجعني"
    assert language_of("والحرارة وبتوجعني") == "ar"  # words with a prefix still count as Arabic


def test_arabic_ago_goes_after_its_span() -> None:
    assert for_matching("قبل اسبوعين") == "two weeks ago"
    assert for_matching("قبل 3 ايام") == "3 days ago"


def test_cyrillic_and_latin_translit_read_alike() -> None:
    cyrillic = to_english("у меня температура и болит голова", "ru")
    assert cyrillic == to_english("u menya temperatura i bolit golova", "ru") == "i have fever and headache"
    assert to_english("u menja sil'naja bol'", "ru") == to_english("у меня сильная боль", "ru")
    assert to_english("opukhol", "ru") == to_english("опухоль", "ru") == "swelling"


def test_russian_negation_goes_before_the_sign() -> None:
    assert to_english("температуры и гноя нет", "ru") == "no fever nor pus"
    assert to_english("температура есть, а гноя нет", "ru").endswith("no pus")


def test_romanian_acum_is_now_or_ago() -> None:
    assert to_english("acum doua saptamani", "ro") == "two weeks ago"
    assert for_matching("acum două săptămâni am avut febră").startswith("two weeks ago")
    assert to_english("acum ma doare", "ro") == "now hurts"


def test_dutch_and_romanian_contractions_are_split() -> None:
    assert to_english("n-am febră", "ro") == "i do not have fever"
    assert to_english("m'n hoofd", "nl") == "my head"
