"""The red-flag NLU component overrides the classifier for symptom reports, and only for them."""

from __future__ import annotations

from typing import Optional

import pytest
from rasa.shared.nlu.training_data.message import Message

from rasa_plugins.red_flag_classifier import RedFlagClassifier


def _classified(text: str, intent: str, confidence: float = 0.9) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": confidence})
    message.set("intent_ranking", [{"name": intent, "confidence": confidence}, {"name": "greet", "confidence": 0.05}])
    return message


@pytest.mark.parametrize(
    "text, classifier_said, expected",
    [
        ("I have a fever and pus on my scalp", "ask_infection_risk", "report_emergency"),
        ("there is a red painful lump on my head", "ask_lumps_after_treatment", "report_urgent"),
        ("i cant breath after the injections", "nlu_fallback", "report_emergency"),
        ("Can mesotherapy cause a fever?", "ask_infection_risk", "ask_infection_risk"),
        ("does mesotherapy regrow hair", "ask_efficacy", "ask_efficacy"),
        ("there is pus coming out", "report_emergency", "report_emergency"),  # never lowered
    ],
)
def test_the_detector_overrides_the_intent_only_upwards(text: str, classifier_said: str, expected: str):
    [message] = RedFlagClassifier().process([_classified(text, classifier_said)])
    assert message.get("intent")["name"] == expected
    assert message.get("intent_ranking")[0]["name"] == expected


def test_the_findings_are_attached_to_every_message():
    [message] = RedFlagClassifier().process([_classified("I have a fever and pus on my scalp", "greet")])
    red_flags: Optional[dict] = message.get("red_flags")
    assert red_flags and red_flags["level"] == "emergency" and {"fever", "pus"} <= set(red_flags["signs"])
    [quiet] = RedFlagClassifier().process([_classified("does mesotherapy regrow hair", "ask_efficacy")])
    assert quiet.get("red_flags") == {"level": "none", "signs": []}
