"""Swahili ("sw"), with Kenyan Sheng and English mixed in: the rules only Swahili has. Its messages
(tests/unit/glossary_world_cases.py) get the checks every language gets in test_chat_glossary_world.py."""

from __future__ import annotations

import pytest

from bot.chat_glossary import glossary, language_of, to_english
from bot.chat_glossary_data import LANGUAGE_DATA
from bot.red_flags import detect
from tests.unit.glossary_world_cases import SW_NON_REPORTS, SW_REPORTS


def test_the_swahili_glossary_parses() -> None:
    assert "sw" in LANGUAGE_DATA
    assert "{" not in LANGUAGE_DATA["sw"] and "}" not in LANGUAGE_DATA["sw"]  # every verb form written out
    assert len(glossary("sw").exact) > 1000


def test_the_cases_cover_both_levels_and_the_non_reports() -> None:
    levels = [level for _, level in SW_REPORTS]
    assert levels.count("urgent") >= 10 and levels.count("emergency") >= 10
    assert len(SW_NON_REPORTS) >= 20


@pytest.mark.parametrize(
    "text, english",
    [
        ("sina homa", "i do not have fever"),
        ("sina homa wala usaha", "i do not have fever nor pus"),
        ("homa sina", "i do not have fever"),  # the sign first, the negated "have" after it
        ("hakuna usaha", "no pus"),
        ("haiumi", "does not hurt"),
        ("kivimbe hakiumi wala hakijavimba", "lump does not hurt and not swollen"),  # "wala" before a negated verb
        ("sijakojoa kwa saa 18", "i have not urinated for 18 hours"),
    ],
)
def test_negation_is_read(text: str, english: str) -> None:
    assert to_english(text, "sw") == english


@pytest.mark.parametrize(
    "text, english",
    [
        ("siku tatu zilizopita", "three days ago"),
        ("miaka miwili iliyopita", "two years ago"),
        ("kwa wiki 3", "for 3 weeks"),
        ("kama wiki mbili", "about two weeks"),
        ("kama nina homa", "if i have fever"),
        ("uvimbe kama chunusi", "swelling like pimple"),
        ("mume wangu", "my husband"),
        ("ngozi yake", "his skin"),
        ("rafiki yangu aliniambia", "my friend told me"),
        ("nilisikia", "i heard"),
        ("imepona", "it cleared up"),
        ("je, ni kawaida?", ", is it normal?"),
    ],
)
def test_time_people_if_hearsay_and_questions_are_in_english_order(text: str, english: str) -> None:
    assert to_english(text, "sw") == english


@pytest.mark.parametrize("verb", ["imevimba", "kimevimba", "umevimba", "limevimba", "yamevimba", "zimevimba", "vimevimba"])
def test_a_verb_reads_alike_whatever_noun_class_it_agrees_with(verb: str) -> None:
    assert to_english(verb, "sw") == "swollen"


@pytest.mark.parametrize(
    "sheng, swahili",
    [
        ("nmepata homa", "nimepata homa"),
        ("siezi kupumua", "siwezi kupumua"),
        ("nko na homa", "niko na homa"),
        ("sa hii", "sasa hivi"),
    ],
)
def test_sheng_shorthand_reads_as_swahili(sheng: str, swahili: str) -> None:
    assert to_english(sheng, "sw") == to_english(swahili, "sw")


def test_a_two_word_message_needs_two_swahili_words() -> None:
    """ "mama" is an English word too, so "mama amezirai" holds one Swahili marker; "mama yangu amezirai" holds two."""
    assert language_of("mama amezirai") is None
    assert language_of("mama yangu amezirai") == "sw"
    assert detect("mama yangu amezirai").level == "emergency"
