"""A short follow-up read with the message before it (bot.safety_decision.detect_in_context): what it adds, and
what it must not (2026-12, final10's categories)."""

from __future__ import annotations

import pytest

from bot.safety_decision import detect_in_context

NOT_ADDED = [
    ("What does it mean when a lump comes up weeks after meso?", "My cousin had that two years ago."),
    ("I read that mycobacteria can show up weeks after injections.", "My last session was 6 weeks ago."),
    ("Had meso a week ago.", "How long do the tiny bumps normally take to go down?"),
]


@pytest.mark.parametrize("previous, text", NOT_ADDED)
def test_a_follow_up_that_is_a_story_a_date_or_a_general_question_reports_nothing(previous: str, text: str) -> None:
    assert detect_in_context(text, previous).level == "none"


def test_mine_takes_the_body_part_of_the_question_before() -> None:
    findings = detect_in_context(
        "Because mine is swelling up right now, I had the injections an hour ago.", "What if someone's tongue swelled up?"
    )
    assert findings.level == "emergency" and "airway_swelling" in findings.signs


def test_mine_still_takes_the_vital_sign_of_the_question_before() -> None:
    assert detect_in_context("mine is 135 right now", "what heart rate is dangerous after minoxidil?").level == "emergency"


def test_mine_after_a_question_about_bruises_is_a_usual_finding() -> None:
    findings = detect_in_context("mine has been there since the session 4 days ago", "are bruises normal after meso?")
    assert findings.level == "none" and findings.usual_only


@pytest.mark.parametrize(
    "previous, text",
    [
        ("Can minoxidil cause palpitations?", "I'm asking because the clinic wants to inject minoxidil into my scalp."),
        ("Bhai meso ke baare mein research kar raha hoon.", "Sepsis ke signs kya hote hain?"),
        ("I'm researching mesotherapy for a friend.", "What are the signs of meningitis?"),
    ],
)
def test_a_plan_or_a_question_naming_its_own_sign_is_not_a_report(previous: str, text: str) -> None:
    assert detect_in_context(text, previous).level == "none"
