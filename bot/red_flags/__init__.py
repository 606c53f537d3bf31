"""Deterministic red-flag detector, built around one registry of signs (`registry.SIGNS`).

Public API: ``detect(text) -> Findings`` for one message, ``level_of(signs)`` for any set of signs
(one message's, or the union of a conversation's), ``SIGN_LABELS`` for staff, and the level sets
derived from the registry.
"""

from bot.red_flags.detector import MAX_CHARS, Findings, detect
from bot.red_flags.levels import level_of
from bot.red_flags.registry import (
    EMERGENCY_ALONE,
    LOCAL_INFECTION,
    RISK_FACTORS,
    SIGN_LABELS,
    SIGNS,
    SYSTEMIC,
    TRIAGE_QUESTION_SIGNS,
    URGENT_ALONE,
    Sign,
)

__all__ = [
    "EMERGENCY_ALONE",
    "Findings",
    "LOCAL_INFECTION",
    "MAX_CHARS",
    "RISK_FACTORS",
    "SIGN_LABELS",
    "SIGNS",
    "SYSTEMIC",
    "TRIAGE_QUESTION_SIGNS",
    "URGENT_ALONE",
    "Sign",
    "detect",
    "level_of",
]
