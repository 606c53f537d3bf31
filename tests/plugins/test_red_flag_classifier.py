"""The red-flag NLU component: the detector, the conversation's earlier signs and the classifier
combine into the intent (rules: bot/safety_decision.py)."""

from __future__ import annotations

from typing import Any, Dict, Optional

import pytest
from rasa.shared.nlu.training_data.message import Message

from rasa_plugins.red_flag_classifier import CONTEXT_KEY, RedFlagClassifier


def _classified(text: str, intent: str, confidence: float = 0.9, metadata: Optional[Dict[str, Any]] = None) -> Message:
    message = Message(data={"text": text, "metadata": metadata or {}})
    message.set("intent", {"name": intent, "confidence": confidence})
    message.set("intent_ranking", [{"name": intent, "confidence": confidence}, {"name": "greet", "confidence": 0.05}])
    return message


def _intent(message: Message) -> str:
    [processed] = RedFlagClassifier().process([message])
    return processed.get("intent")["name"]


@pytest.mark.parametrize(
    "text, classifier_said, expected",
    [
        ("I have a fever and pus on my scalp", "ask_infection_risk", "report_urgent"),  # 4b: feverish + lump, otherwise well
        ("I have a fever and pus on my scalp and I'm confused", "ask_infection_risk", "report_emergency"),
        ("there is a red painful lump on my head", "ask_lumps_after_treatment", "report_urgent"),
        ("i cant breath after the injections", "nlu_fallback", "report_emergency"),
        ("Can mesotherapy cause a fever?", "ask_infection_risk", "ask_infection_risk"),
        ("does mesotherapy regrow hair", "ask_efficacy", "ask_efficacy"),
        ("there is pus coming out", "report_emergency", "report_urgent"),  # the classifier alone orders no emergency
        ("no heat, no pus, nothing spreading", "report_urgent", "symptom_unclear"),  # ruled out: the safety net
        ("my scalp feels really strange", "nlu_fallback", "symptom_unclear"),
    ],
)
def test_the_intent_follows_the_combination_rules(text: str, classifier_said: str, expected: str):
    assert _intent(_classified(text, classifier_said)) == expected


def test_earlier_signs_from_the_conversation_are_judged_with_this_message():
    alone = _classified("the spot is a bit red now", "greet")
    assert _intent(alone) == "greet"
    together = _classified("the spot is a bit red now", "greet", metadata={CONTEXT_KEY: {"signs": ["immunocompromised"]}})
    assert _intent(together) == "report_urgent"


@pytest.mark.parametrize("context", [{"signs": "pus"}, {"signs": [1, None]}, "x", None])
def test_malformed_context_is_ignored(context: Any):
    assert _intent(_classified("the spot is a bit red now", "greet", metadata={CONTEXT_KEY: context})) == "greet"


def test_the_findings_are_attached_to_every_message():
    [message] = RedFlagClassifier().process([_classified("I have a fever and pus on my scalp", "greet")])
    red_flags: Optional[dict] = message.get("red_flags")
    assert red_flags and red_flags["level"] == "urgent" and {"fever", "pus"} <= set(red_flags["signs"])
    assert red_flags["source"] == "detector"
    [quiet] = RedFlagClassifier().process([_classified("does mesotherapy regrow hair", "ask_efficacy")])
    assert quiet.get("red_flags")["level"] == "none" and quiet.get("red_flags")["signs"] == []
