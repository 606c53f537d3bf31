"""Escalation decisions that need the conversation's context, on top of the stateless detector.

`bot.red_flags.detect` reads one message; here the conversation's current level and the triage
questions are taken into account. The level never goes down within a conversation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterable, Optional, Tuple

from bot.escalation_levels import EscalationLevel, highest, rank

# Signs that turn an infection already reported in this conversation into an emergency.
SYSTEMIC_WITH_INFECTION: FrozenSet[str] = frozenset({"fever", "chills"})

# Each triage question (a slot of the triage form) and the detector signs that answer it "yes".
TRIAGE_QUESTION_SIGNS: Dict[str, FrozenSet[str]] = {
    "triage_fever": frozenset({"fever", "chills", "rigors"}),
    "triage_spreading": frozenset({"fast_spreading_redness", "spreading_redness"}),
    "triage_severe_pain": frozenset({"severe_pain"}),
    "triage_systemic": frozenset(
        {
            "breathless",
            "chest_pain",
            "coughing_blood",
            "confusion",
            "slurred_speech",
            "drowsy",
            "meningism",
            "seizure",
            "double_vision",
            "racing_heart",
            "fainting",
            "mottled_skin",
            "airway_swelling",
            "nonblanching_rash",
            "no_urine",
            "feel_dying",
            "focal_weakness",
            "suspected_sepsis",
        }
    ),
}
TRIAGE_SLOTS: Tuple[str, ...] = tuple(TRIAGE_QUESTION_SIGNS)

# Intents that mean a symptom report (the ML layer, or the red-flag detector's override).
INTENT_LEVELS: Dict[str, EscalationLevel] = {"report_urgent": "urgent", "report_emergency": "emergency"}


@dataclass(frozen=True)
class Assessment:
    level: EscalationLevel  # the conversation's level after this message
    raised: bool  # this message raised the level
    signs: Tuple[str, ...]


def assess(intent: Optional[str], detector_level: str, signs: Iterable[str], current_level: Optional[str]) -> Assessment:
    """The conversation's level after a message: the most serious of the detector's level, the
    intent's level and the current level; fever or chills on top of an infection already reported
    make it an emergency."""
    signs = tuple(signs)
    current = highest(current_level or "none")
    message_level = highest(detector_level, INTENT_LEVELS.get(intent or "", "none"))
    if rank(current) >= rank("urgent") and SYSTEMIC_WITH_INFECTION.intersection(signs):
        message_level = "emergency"
    level = highest(current, message_level)
    return Assessment(level=level, raised=rank(level) > rank(current), signs=signs)


def triage_answer(slot: str, intent: Optional[str], signs: Iterable[str]) -> Optional[bool]:
    """Yes/no for a triage question: an explicit yes or no, or a symptom report naming that sign.

    Returns None when the message does not answer the question.
    """
    if intent == "affirm":
        return True
    if intent == "deny":
        return False
    if intent in INTENT_LEVELS:
        return bool(TRIAGE_QUESTION_SIGNS.get(slot, frozenset()).intersection(signs))
    return None
