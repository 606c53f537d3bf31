"""Swelling that "drops down" (brief §4a: forehead or eyelid swelling that drops down, 1-4 days, more often in the
first two sessions): read as the usual course, not as a spreading infection or eye swelling (§4b), when it stops at
the brows, or reaches the eyelids within the first days or already settling, and nothing is red, hot, infected,
worse or growing (2026-12, final65 and final66; pending clinician review). Vocabulary on
`bot.chat_text.for_matching` text; spans are (start, end) of the detector's matches."""

from __future__ import annotations

import re
from typing import Sequence, Set, Tuple

from bot.red_flags.patterns import MILDLY

__all__ = ["dropped_swelling", "eye_swelling_usual", "usual_drop"]

Span = Tuple[int, int]

# where swelling that "moved down" went, when §4a calls it usual: "moved down towards my eyebrows"
_DROP_TARGET = re.compile(r"(?: (?!from\b)\w+){0,3}? (?:forehead|eyebrows?|brows?)\b(?! (?:down |and )?(?:to|into|onto)\b)")
_DOWN_TO_BROWS = re.compile(r"\bdown\b(?: (?!from\b)\w+){0,3}? (?:eyebrows?|brows?)$")
_EYE_DROP_TARGET = re.compile(r"(?: (?!from\b)\w+){0,3}? (?:eyes?|eyelids?|eye lids?|lids?)\b")
_DROPPED_TO = re.compile(
    r"\b(?:slid|slide|slides|sliding|slipped|moved|moving|moves|dropped|dropping|drops|gone|went|going|come|came|comes"
    r"|coming|travell?ed|travell?ing|sunk|sinking|shifted|shifting) (?:\w+ )?down\b"
    r"(?: (?!from\b)\w+){0,4}? (?:forehead|eyebrows?|brows?|eyes?|eyelids?|eye lids?|lids?)\b"
)
# within §4a's 1-4 days: "it slid down around my eyes on day 2" (final66)
_EARLY_DAY = re.compile(r"\b(?:day (?:1|2|3|4|one|two|three|four)|the day after|(?:first|second) day)\b")
_SETTLING = re.compile(
    r"(?<!\bnot )(?<!\bno )(?<!\bnot any )\b(?:smaller|softer|less (?:swollen|puffy|swelling|than)|better than|improv\w*"
    r"|settling|subsid\w*|shrinking|reducing|(?:already|now) (?:going|gone) down)\b"
)
_INFECTED = frozenset({"red", "infection", "pus", "hot", "abscess"})
_CHANGING = frozenset({"_worse", "_grow"})


def _early_or_settling(text: str) -> bool:
    return bool(_SETTLING.search(text) or _EARLY_DAY.search(text))


def dropped_swelling(text: str, signs: Set[str], spreads: Sequence[Span]) -> bool:
    """Swelling that moved down to the brows or the eyelids within §4a's first days or that is already settling
    ("it slid down around my eyes on day 2", "it's moved down to my eyelids and is smaller"), nothing getting worse;
    every spread the message tells (`spreads`) is that downward move."""
    return (
        not _CHANGING & signs
        and _early_or_settling(text)
        and bool(_DROPPED_TO.search(text))
        and all(" down" in text[start : end + 6] for start, end in spreads)
    )


def usual_drop(text: str, signs: Set[str], spreads: Sequence[Span]) -> bool:
    """Every spread told is swelling dropping to the forehead or the brows ("moved down towards my eyebrows"), or to
    the eyelids in the first days or settling ("now at 40 h it's moved down to my eyelids and is smaller")."""
    settling = not _CHANGING & signs and _early_or_settling(text)
    return (
        all(
            text[start:end].endswith("forehead")
            or bool(_DOWN_TO_BROWS.search(text, start, end))  # "moving down to my eyebrows" (final68)
            or _DROP_TARGET.match(text, end)
            or (settling and " down" in text[start : end + 6] and _EYE_DROP_TARGET.match(text, end))
            for start, end in spreads
        )
        and not _INFECTED & signs
    )


def eye_swelling_usual(text: str, signs: Set[str], spreads: Sequence[Span], eye_swellings: Sequence[Span]) -> bool:
    """The eye swelling named is §4a's: dropped down in the first days ("the puffiness has dropped down to my eyelids,
    it's the day after"), or said to be mild and already settling ("my eyelids look a little puffy the morning after,
    already settling"); nothing red, hot, infected, worse or growing."""
    if (_INFECTED | _CHANGING) & signs:
        return False
    mild = bool(eye_swellings) and all(MILDLY.search(text, start, end) for start, end in eye_swellings)
    return dropped_swelling(text, signs, spreads) or (bool(_SETTLING.search(text)) and mild)
