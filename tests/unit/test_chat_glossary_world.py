"""Turkish, Arabic in Latin letters (Arabizi), Hindi in Devanagari and Urdu in Latin letters reach the red-flag
detector as English; English text is left exactly as it was. The messages are written for these tests."""

from __future__ import annotations

from typing import Callable

import pytest

from bot.chat_glossary import glossary, language_of, to_english
from bot.chat_glossary_data import LANGUAGE_DATA
from bot.chat_scripts import transliterate
from bot.chat_text import for_matching
from bot.red_flags import detect
from tests.unit.glossary_world_cases import CASES, ENGLISH


@pytest.mark.parametrize("code", ["tr", "arabizi", "hi", "ar", "ru", "nl", "ro", "vi", "id", "tl", "el", "fa", "fa_latin", "sw"])
def test_each_glossary_added_in_2026_12_parses(code: str) -> None:
    assert code in LANGUAGE_DATA
    assert len(glossary(code).exact) > 400, code


@pytest.mark.parametrize("language, text, expected", CASES)
def test_the_language_is_recognised(language: str, text: str, expected: str) -> None:
    assert language_of(text.lower()) == language


@pytest.mark.parametrize("language, text, expected", CASES)
def test_the_detector_reads_the_message(language: str, text: str, expected: str) -> None:
    assert detect(text).level == expected, for_matching(text)


@pytest.mark.parametrize("language, text, expected", [c for c in CASES if c[2] != "none"])
def test_without_the_glossary_the_report_would_be_missed_or_misread(
    language: str, text: str, expected: str, glossary_off: Callable[[], None]
) -> None:
    glossary_off()
    assert detect(text).level != expected


@pytest.mark.parametrize("text", ENGLISH)
def test_english_text_is_left_exactly_as_it_was(text: str) -> None:
    assert language_of(text.lower()) is None
    assert to_english(text.lower()) == text.lower()
    assert for_matching(text) == for_matching(text, translate=False)


def test_arabizi_digit_letters_are_read_but_numbers_stay_numbers() -> None:
    english = to_english("3andi 7arara 39.5 men 3 ayam w mesh 2ader atnafas", "arabizi")
    assert "fever 39.5" in english and "3" in english.split() and "can not breathe" in english
    assert to_english("7arara", "arabizi") == to_english("harara", "arabizi") == "fever"


def test_arabizi_words_written_onto_the_next_are_split() -> None:
    assert to_english("el7arara w el sadid", "arabizi") == "fever and the pus"
    assert to_english("w7arara", "arabizi") == "and fever"


def test_turkish_negation_goes_before_the_sign() -> None:
    assert to_english("başımda şişlik yok", "tr").startswith("no ")
    assert to_english("ateşim olursa", "tr").startswith("if ")


def test_devanagari_is_romanised_the_way_hinglish_is_typed() -> None:
    assert transliterate("मुझे बुखार है") == "mujhe bukhar hai"
    assert transliterate("पहले सरदर्द") == "pahle sardard"
    assert transliterate("तेज़ धड़कन") == "tez dhadkan"
    assert transliterate("सांस नहीं आ रही") == "sans nahi aa rahi"


def test_other_scripts_are_transliterated_and_arabic_spellings_unified() -> None:
    assert transliterate("у меня температура") == "u menya temperatura"
    assert transliterate("حرارة ٣٩٫٥") == "حراره 39.5"
