"""Escalation decisions that need the conversation's context, on top of the stateless detector.

`bot.red_flags.detect` reads one message; here the conversation's current level, the signs reported
earlier and the triage questions are taken into account. The level never goes down within a conversation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterable, Optional, Tuple

from bot.escalation_levels import EscalationLevel, highest, rank
from bot.names import INTENT_REPORT_EMERGENCY, INTENT_REPORT_URGENT
from bot.red_flags.levels import level_of
from bot.red_flags.registry import TRIAGE_QUESTION_SIGNS as REGISTRY_TRIAGE_QUESTION_SIGNS

# Each triage question (a slot of the triage form) and the detector signs that answer it "yes":
# derived from the sign registry (each sign names its triage question there).
TRIAGE_QUESTION_SIGNS: Dict[str, FrozenSet[str]] = dict(REGISTRY_TRIAGE_QUESTION_SIGNS)
TRIAGE_SLOTS: Tuple[str, ...] = tuple(TRIAGE_QUESTION_SIGNS)

# Intents that mean a symptom report (the ML layer, or the red-flag detector's override).
INTENT_LEVELS: Dict[str, EscalationLevel] = {INTENT_REPORT_URGENT: "urgent", INTENT_REPORT_EMERGENCY: "emergency"}


@dataclass(frozen=True)
class Assessment:
    level: EscalationLevel  # the conversation's level after this message
    raised: bool  # this message raised the level
    signs: Tuple[str, ...]


def assess(
    intent: Optional[str],
    detector_level: str,
    signs: Iterable[str],
    current_level: Optional[str],
    earlier_signs: Iterable[str] = (),
) -> Assessment:
    """The conversation's level after a message: the most serious of the detector's level, the
    intent's level, the current level and ``level_of`` over this message's signs together with the
    signs reported earlier in the conversation (diabetes in one message, redness in the next)."""
    signs = tuple(signs)
    current = highest(current_level or "none")
    message_level = highest(detector_level, INTENT_LEVELS.get(intent or "", "none"))
    conversation_level = level_of(set(signs) | set(earlier_signs))
    level = highest(current, message_level, conversation_level)
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
