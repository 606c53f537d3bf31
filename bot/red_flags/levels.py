"""The combined judgement over a set of signs: one message's, or the union of a conversation's."""

from __future__ import annotations

from typing import AbstractSet, Iterable

from bot.escalation_levels import EscalationLevel
from bot.red_flags.registry import EMERGENCY_ALONE, LOCAL_INFECTION, MILD_LOCAL, RISK_FACTORS, SYSTEMIC, URGENT_ALONE

__all__ = ["level_of", "is_meningism"]

_SEVERE_WITH_FEVER = frozenset({"severe_pain"})
_HEADACHE = frozenset({"headache", "severe_headache"})
_MENINGISM_WITH_HEADACHE = frozenset({"stiff_neck", "light_sensitivity", "vomiting"})
_MENINGISM_WITH_FEVER = frozenset({"stiff_neck", "light_sensitivity"})


def is_meningism(found: AbstractSet[str]) -> bool:
    """Brief §4c (NHS meningitis): a headache with a stiff neck, dislike of bright light or vomiting; a fever
    with a stiff neck or dislike of bright light; or a stiff neck with dislike of bright light or with vomiting
    (added 2026-12, pending clinician review: two meningitis signs after scalp injections, no headache named)."""
    neck_or_light = found & _MENINGISM_WITH_FEVER
    return bool(
        (found & _HEADACHE and found & _MENINGISM_WITH_HEADACHE)
        or ("fever" in found and neck_or_light)
        or neck_or_light == _MENINGISM_WITH_FEVER
        or {"stiff_neck", "vomiting"} <= found
    )


def level_of(signs: Iterable[str]) -> EscalationLevel:
    """Brief §4: emergency for any §4c sign, fever/chills with severe pain (not "otherwise well"), or meningism
    (`is_meningism`, even told across messages);
    urgent for a §4b sign (a local infection sign, fever or chills, even together: "feverish or shivery
    with a lump, but otherwise well"), or a risk factor (diabetes, weak immunity, steroids) with any sign
    of infection, mild redness or swelling included; otherwise none. Unknown ids are ignored."""
    found: AbstractSet[str] = signs if isinstance(signs, (set, frozenset)) else frozenset(signs)
    if found & EMERGENCY_ALONE:
        return "emergency"
    if found & SYSTEMIC and found & _SEVERE_WITH_FEVER:
        return "emergency"
    if is_meningism(found):
        return "emergency"  # meningism told over several messages ("a headache" ... "now my neck is stiff")
    if found & URGENT_ALONE:
        return "urgent"
    if found & RISK_FACTORS and found & (LOCAL_INFECTION | SYSTEMIC | MILD_LOCAL):
        return "urgent"
    return "none"
