"""Round 18 of the detector (2026-12): a fit today told in a message that also dates the session days back, a fit that
spreads from the hand, "is it normal for the skin at the injection site to ...", a temperature reading asked about,
"googled sepsis", "if someone has a seizure", "asking because my clinic's leaflet said", Turkish "since the session
no fever". Each case is written here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.chat_glossary import to_english
from bot.red_flags import detect


@pytest.mark.parametrize(
    "text, level",
    [
        # the session is dated days back, the fit minutes ago: "ok now" does not clear a fit today (brief §4c)
        ("had meso 10 days ago, half an hour ago I had a fit, I'm ok now", "emergency"),
        ("my fingers started jerking and then my whole arm, it stopped after a minute", "emergency"),
        ("is it normal for the skin at the injection site to be red, hot and leaking pus?", "urgent"),
        ("is it normal for the skin at one injection site to look sunken and scarred with no hair?", "urgent"),
        ("is it normal to have a temperature of 38.4 and a sore lump at one injection site?", "urgent"),
    ],
)
def test_reports_told_these_ways_escalate(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "I had a fit last week after a night shift, I'm ok now",  # a date days back, near the fit: over
        "my eyelid keeps twitching since the session",
        "bit of a headache after the session, i think it's the stress",  # "think it is the stress" is not confusion
        "what should I do if someone has a seizure? asking because my clinic's leaflet mentioned it",
        "I googled sepsis after my session and scared myself, I feel totally fine",
        "is it normal for the skin at the injection sites to scab?",  # §4a
        "is it normal to have a temperature of 38 with flu?",
    ],
)
def test_these_are_not_reports(text: str) -> None:
    assert detect(text).level == "none"


def test_a_muddled_date_is_still_confusion() -> None:
    assert detect("my dad thinks it is the nineties and does not know where he is").level == "emergency"
    assert "confusion" in detect("she thought it was Christmas, in June").signs


def test_asking_because_of_ones_own_sign_is_still_a_report() -> None:
    assert detect("can meso cause a fever? asking because my temperature is 39").level != "none"


def test_turkish_no_fever_since_the_session_negates_the_fever_not_the_session() -> None:
    # "since the session I have no fever, but there is a hot swelling on my head"
    text = "Seanstan beri ateşim yok ama kafamda sıcak bir şişlik var"
    assert to_english(text).startswith("session since no fever")
    findings = detect(text)
    assert "fever" not in findings.signs and findings.level == "urgent"
