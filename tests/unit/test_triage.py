"""Escalation decisions with the conversation's context: the level never goes down."""

from __future__ import annotations

import pytest

from bot.escalation_levels import highest
from bot.triage import TRIAGE_SLOTS, assess, triage_answer


@pytest.mark.parametrize(
    "levels, expected",
    [(("none",), "none"), (("urgent", "none"), "urgent"), (("emergency", "urgent"), "emergency"), ((None, "bogus"), "none")],
)
def test_highest_picks_the_most_serious_level(levels, expected):
    assert highest(*[level or "" for level in levels]) == expected


def test_an_urgent_message_never_lowers_an_emergency_conversation():
    result = assess("report_urgent", "urgent", ("pus",), "emergency")
    assert result.level == "emergency" and not result.raised


def test_the_intent_alone_escalates_when_the_detector_sees_nothing():
    assert assess("report_emergency", "none", (), "none").level == "emergency"
    assert assess("report_urgent", "none", (), None).level == "urgent"


def test_fever_after_an_infection_already_reported_stays_urgent():
    """Brief §4b: feverish or shivery with a lump, but otherwise well, is urgent (it was an emergency before #11)."""
    result = assess("report_urgent", "urgent", ("fever",), "urgent", earlier_signs=("lump",))
    assert result.level == "urgent" and not result.raised


def test_fever_with_severe_pain_reported_earlier_is_an_emergency():
    result = assess("report_urgent", "urgent", ("fever",), "urgent", earlier_signs=("severe_pain",))
    assert result.level == "emergency" and result.raised


def test_a_risk_factor_and_mild_redness_in_different_messages_make_it_urgent():
    result = assess("inform", "none", ("red",), "none", earlier_signs=("immunocompromised",))
    assert result.level == "urgent" and result.raised


def test_fever_alone_in_a_fresh_conversation_follows_the_detector():
    assert assess("report_urgent", "urgent", ("fever",), "none").level == "urgent"


@pytest.mark.parametrize("slot", TRIAGE_SLOTS)
def test_yes_and_no_answer_every_triage_question(slot):
    assert triage_answer(slot, "affirm", ()) is True
    assert triage_answer(slot, "deny", ()) is False


def test_a_symptom_report_answers_the_question_it_names():
    assert triage_answer("triage_fever", "report_urgent", ("rigors", "pus")) is True
    assert triage_answer("triage_fever", "report_urgent", ("pus",)) is False
    # The first question asks about rigors (4c); feverish with a lump, otherwise well, is same-day (4b).
    assert triage_answer("triage_fever", "report_urgent", ("fever", "pus")) is False
    assert triage_answer("triage_systemic", "report_urgent", ("chest_pain",)) is True


def test_an_unrelated_message_does_not_answer_a_triage_question():
    assert triage_answer("triage_fever", "ask_efficacy", ()) is None
