"""Episodes told in the simple past with how long they lasted, which are over: "I had eye swelling for 3 days", "my
eyelids were puffy for two days" (2026-12, final60-63). Vocabulary on `bot.chat_text.for_matching` text; the detector
counts the "for N days" as a resolution (`detector._resolutions`)."""

from __future__ import annotations

import re
from typing import List, Tuple

from bot.red_flags.framing import PRESENT

__all__ = ["bounded_past_spans"]

# not "I have had ... for 3 days", nor "... for 3 days now"
_FOR_A_WHILE = re.compile(
    r"\bfor (?:about |around |roughly |only |just )?(?:a|an|one|two|three|four|five|six|seven|ten|\d{1,2}|a few|a couple of)"
    r" (?:hours?|days?|weeks?)\b"
)
_SIMPLE_PAST = re.compile(
    r"\b(?:i|he|she|they|we|it|(?:my|his|her|their|the) (?:\w+ ){0,2}?\w+) (?:had|was|were|lasted|stayed|got)\b"
)
# still going, or the "for" is a treatment's: "gave me flucloxacillin for ten days", "GP appointment tomorrow"
_STILL_GOING = re.compile(
    r"\b(?:have|has|ve|had) (?:had|been)\b|\b(?:is|are|am|im|has|have|tomorrow|appt|appointment|booked|treated|gave|given"
    r"|prescribed|took|taking|course|antibiotics?|tablets|pills|cream|\w+cillin|\w+mycin|cefalexin|doxycycline)\b"
)


def bounded_past_spans(text: str) -> List[Tuple[int, int]]:
    """The "for N days" of an episode told in the simple past with nothing present in its sentence."""
    spans = []
    for m in _FOR_A_WHILE.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".!?;") + 1
        end_of_sentence = min((i for i in (text.find(c, m.end()) for c in ".!?;") if i >= 0), default=len(text))
        before = text[start : m.start()]
        going = _STILL_GOING.search(text, start, end_of_sentence)
        if not _SIMPLE_PAST.search(before) or going or PRESENT.search(text, start, end_of_sentence):
            continue
        if text.startswith((" now", " already", " straight", " so far"), m.end()):
            continue
        spans.append((m.start(), m.end()))
    return spans
