"""Questions that ask two things at once ("is it safe and does it work?").

The message is cut into clauses at the joins people use between two questions ("and", "also", "or",
"plus", a "?" or ";" inside the text); the intent classifier scores each clause, and `two_topics` keeps two
different topics only when each is asked in a clause of its own (`is_question`: background is not a
question) and each clause alone is understood with confidence. A clause shorter than
`MIN_CLAUSE_WORDS` is never a question of its own ("pain and swelling", "PRP or lasers").
"""

from __future__ import annotations

import re
from typing import Callable, List, Optional, Sequence, Tuple

MIN_CLAUSE_WORDS = 3
# Where the intent classifier puts the two topics in the parsed message; actions read it from latest_message.
FACT_TOPICS_KEY = "fact_topics"
MAX_TOPICS = 2
_JOINS = re.compile(
    r"(\?+\s*|\s*;\s*|\s*\.\s+(?=[a-z])|,?\s+(?:and also|and|also|plus|as well as|or|but|&)\s+)",
    re.IGNORECASE,
)


def clauses(text: str) -> List[str]:
    """The message's clauses, each at least `MIN_CLAUSE_WORDS` words; a short piece stays joined, with its
    join word, to the clause before it (or, at the start, after it): "meso and minoxidil, which works?" is one."""
    parts = _JOINS.split(text or "")
    merged: List[str] = []
    pending = ""  # text not yet long enough to be a clause, with its join words
    join_before = ""  # the join before `pending`, when it follows a clause
    for index in range(0, len(parts), 2):
        join = parts[index + 1] if index + 1 < len(parts) else ""
        pending += parts[index]
        if len(_clean(pending).split()) >= MIN_CLAUSE_WORDS:
            merged.append(_clean(pending))
            pending, join_before = "", join
        elif pending.strip():
            pending += join
        else:
            join_before += join
    if _clean(pending):
        if merged:
            merged[-1] = _clean(merged[-1] + join_before + pending)
        else:
            merged.append(_clean(pending))
    return merged


_QUESTION_START = re.compile(
    r"^(?:(?:and|also|so|ok|okay|but|then|plus|please|oh|well)\W+)*"
    r"(?:is|isn|are|aren|am|was|were|does|doesn|do|don|did|can|could|will|would|should|shall|may|might|must|has|have"
    r"|what|whats|what's|wat|how|why|when|where|which|who|whom|whose|any|anything|tell me|explain)\b",
    re.IGNORECASE,
)


def is_question(clause: str, text: str) -> bool:
    """A clause that asks (a question word or inverted verb first, or a "?" right after it in the message),
    not the background a long question starts with ("I've used minoxidil for a year and ...")."""
    if _QUESTION_START.match(clause.strip()):
        return True
    end = text.find(clause)
    return end >= 0 and text[end + len(clause) :].lstrip(" ,.!").startswith("?")


def _clean(text: str) -> str:
    return text.strip(" ,.!?;")


def two_topics(
    main: Optional[str], clause_best: Sequence[Tuple[str, float]], is_topic: Callable[[str], bool], min_confidence: float
) -> List[str]:
    """The topics a message asks about, main first: `main` (the whole message's intent) and one more topic
    that a clause asks about with at least `min_confidence`, or `[]` when the message asks about one topic.
    `clause_best` holds each clause's best (intent, confidence), in message order."""
    confident = [intent for intent, confidence in clause_best if is_topic(intent) and confidence >= min_confidence]
    distinct: List[str] = []
    for intent in confident:
        if intent not in distinct:
            distinct.append(intent)
    if len(distinct) < MAX_TOPICS:
        return []
    first = main if main in distinct else distinct[0]
    second = next(i for i in distinct if i != first)
    return [first, second]
