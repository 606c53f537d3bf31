"""One chat-text normal form (`bot.chat_text`) for the intent classifier and the red-flag detector."""

from __future__ import annotations

import pytest

from bot.chat_text import for_matching, normalise
from bot.red_flags import detect


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rogaine or Regaine?", "minoxidil or minoxidil?"),
        ("my shots hurt", "my injection hurt"),
        ("the injections hurt", "the injection hurt"),  # was "injection" while "shots" became "injections"
        ("two jabs and three needles", "two injection and three injection"),
        ("FDA-approved", "approved"),
        ("hair loss", "hairloss"),
        ("Mésothérapie  session", "mesotherapy session"),
    ],
)
def test_the_classifier_form_folds_each_concept_into_one_word(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I can't breathe", "i can not breathe"),
        ("im diabetic", "i am diabetic"),
        ("feaver and chils", "fever and chills"),
        ("my lips r swelling", "my lips are swelling"),
        ("BP 85/50, pain 9/10", "bp 85/50, pain 9/10"),
        ("red/hot", "red hot"),
        ("<b>pus</b>&amp;", "pus &"),
    ],
)
def test_the_detector_form_fixes_chat_spellings_and_keeps_numbers(text: str, expected: str) -> None:
    assert for_matching(text) == expected


def test_both_forms_share_the_spelling_table() -> None:
    assert normalise("u cant use meso") == "you can not use mesotherapy"
    assert for_matching("u cant use meso") == "you can not use mesotherapy"


def test_the_detector_does_not_use_the_classifier_concepts() -> None:
    assert "bald patch" in for_matching("a bald patch where they injected")
    assert "patchy_hair_loss" in detect("a bald patch where they injected").signs


def test_real_words_are_never_corrected_into_symptoms() -> None:
    assert for_matching("never injection fasting") == "never injection fasting"
