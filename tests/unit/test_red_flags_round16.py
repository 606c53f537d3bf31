"""Round 16 of the detector and the safety decision (2026-12): questions both safety models read as reports (rule
2b), old stories told with "decades ago", a year in a glossary reading, "fine now", aunts and uncles in three
glossaries, a dropped subject after "did", "zero urine", and a relative's present state told through "says". Each case
is written here, not copied from a set."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.red_flags import detect
from bot.safety_decision import OWN_QUESTION_MIN_WORDS, ClassifierTrust, decide
from bot.safety_model import SafetyScores
from rasa_plugins.red_flag_classifier import trust_from_config
from tests.unit.test_red_flags_round14 import TRUST  # the thresholds before round 16 (rule 2b off)


@pytest.mark.parametrize(
    "text",
    [
        "my granddad fainted during a dental injection decades ago, so needles make me nervous",
        "Minha tia teve uma infecção no couro cabeludo em 2012, tratou e está ótima agora",  # Portuguese: an aunt, 2012
        "meri mausi ko 2016 mein injection ke baad infection hua tha",  # romanised Hindi: an aunt's, in 2016
        "my cousin had a swollen lump after fillers in 2019 and is fine now",
        "the nodules only went after four months of antibiotics",  # over: "only went", "finally cleared"
    ],
)
def test_an_old_story_or_one_that_ended_fine_is_not_a_report(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none" and not findings.signs


@pytest.mark.parametrize(
    "text, level",
    [
        ("my dad fainted after his scalp injections ten minutes ago", "emergency"),  # a recent collapse still is one
        ("my lump was fine now it is hot and swollen", "urgent"),  # "fine" before a new problem is no all-clear
        ("did the whole antibiotic thing and the bumps are not budging", "urgent"),  # no question: the subject left out
        ("the nurse said the bumps settle and to leave them but it's been about four weeks", "urgent"),  # §4b: lasting
        ("0 urine since this morning and the abscess on my scalp is throbbing", "emergency"),
        ("Jag har inte kissat på hela dagen och har en böld i hårbotten", "emergency"),  # Swedish: not peed all day
        ("my colleague says she is seeing double and her scalp lump from the injections is agony", "emergency"),
    ],
)
def test_recent_or_ongoing_signs_still_escalate(text: str, level: str) -> None:
    assert detect(text).level == level


def test_did_with_a_question_mark_is_still_a_question() -> None:
    findings = detect("did the clinic say how long bumps last?")
    assert findings.level == "none" and findings.is_question


# Rule 2b (bot/safety_decision.py): a question the detector reads as asking, which both safety models read as a report
ASKS_OF_OWN_BUMP = "should a bump still be there a fortnight after a session?"


def _config_trust() -> ClassifierTrust:
    """config.yml's thresholds, read as the Rasa component reads them."""
    pipeline = yaml.safe_load(Path("config.yml").read_text(encoding="utf-8"))["pipeline"]
    settings = next(step for step in pipeline if step["name"].endswith("RedFlagClassifier"))
    return trust_from_config({key: value for key, value in settings.items() if key != "name"})


TRUST_2B = _config_trust()


def _scores(word: float, multilingual: float, word_emergency: float = 0.01, multilingual_emergency: float = 0.01):
    return SafetyScores(word, word_emergency, multilingual_escalate=multilingual, multilingual_emergency=multilingual_emergency)


def test_config_turns_rule_2b_on() -> None:
    assert _WORD < 1.0 and _MULTI < 1.0


def test_the_question_alone_is_read_as_asking() -> None:
    findings = detect(ASKS_OF_OWN_BUMP)
    assert findings.is_question and findings.level == "none" and findings.words >= OWN_QUESTION_MIN_WORDS


_WORD, _MULTI = TRUST_2B.own_question_escalate_at, TRUST_2B.own_question_multilingual_at
_EMERGENCY, _MULTI_EMERGENCY = TRUST_2B.emergency_at, TRUST_2B.multilingual_emergency_at


@pytest.mark.parametrize(
    "scores, level",
    [
        (_scores(_WORD + 0.02, _MULTI + 0.02), "urgent"),
        (_scores(_WORD + 0.02, _MULTI - 0.02), "none"),  # both models are needed ...
        (_scores(_WORD - 0.02, 0.99), "none"),  # ... each from its own threshold
        (_scores(0.99, 0.99, _EMERGENCY + 0.02, _MULTI_EMERGENCY + 0.02), "emergency"),  # both confident of an emergency
        (_scores(0.99, 0.99, _EMERGENCY + 0.02, _MULTI_EMERGENCY - 0.02), "urgent"),
    ],
)
def test_a_question_both_safety_models_read_as_a_report_escalates(scores: SafetyScores, level: str) -> None:
    assert decide(detect(ASKS_OF_OWN_BUMP), "ask_lumps_after_treatment", (), 0.6, TRUST_2B, scores).level == level


@pytest.mark.parametrize(
    "text",
    [
        "my aunt had a hot throbbing bump after her injections in 2015, was that normal for meso?",  # her story
        "should a bump look angrier each morning?",  # seven words: search-style, rule 4 reads it
        "is it normal to have no heat, no pus and nothing spreading after a session?",  # rules signs out
    ],
)
def test_rule_2b_never_reads_a_story_a_short_query_or_an_all_clear(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none"
    assert decide(findings, "ask_lumps_after_treatment", (), 0.6, TRUST_2B, _scores(0.99, 0.99)).level == "none"


def test_rule_2b_is_off_by_default() -> None:
    assert decide(detect(ASKS_OF_OWN_BUMP), "ask_lumps_after_treatment", (), 0.6, TRUST, _scores(0.99, 0.99)).level == "none"
