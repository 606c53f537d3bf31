"""The escalation levels of a conversation, ordered from least to most serious."""

from __future__ import annotations

from typing import Literal, Tuple

EscalationLevel = Literal["none", "urgent", "emergency"]

LEVELS: Tuple[EscalationLevel, ...] = ("none", "urgent", "emergency")


def rank(level: str) -> int:
    """Position of a level in LEVELS; an unknown or empty value counts as 'none'."""
    return LEVELS.index(level) if level in LEVELS else 0


def highest(*levels: str) -> EscalationLevel:
    """The most serious of the given levels: a conversation's level never goes down."""
    return LEVELS[max((rank(level) for level in levels), default=0)]
