"""Rewrites of the matching text before the signs are read: an aside in brackets that dates something else is dropped,
"new ones" after lumps are named as new lumps, a bare figure after a question about a vital sign is named as it, and
questions put plainly ("is it a normal side effect to ..." as "is it normal to ...", "if, say, ..." as "if ...")."""

from __future__ import annotations

import re

from bot.red_flags.matching import sign_hits

__all__ = ["aside_dropped", "new_ones_named", "figure_named", "asked_plainly", "witnessed_plainly", "VITAL_TOPICS"]

# The vital sign a question asked about, so that a bare figure in the answer reads as that sign.
VITAL_TOPICS = (
    (re.compile(r"\b(?:heart ?rate|pulse|heart ?beat|bpm)\b"), "pulse"),
    (re.compile(r"\b(?:breath\w*|respirat\w*)\b"), "breathing rate"),
    (re.compile(r"\b(?:blood pressure|bp|systolic)\b"), "blood pressure"),
    (re.compile(r"\b(?:temperature|temp|fever\w*|thermometer)\b"), "temperature"),
)
_MINE_A_FIGURE = re.compile(r"\?+ ?(?:(?:and|but|well|so|because) )?(mine) (?=(?:is|was|reads?|says|s) (?:\w+ ){0,2}\d)")

_ASIDE = re.compile(r" ?\(([^()]{1,80})\)")
_REMOTE_IN_ASIDE = re.compile(r"\b(?:years? ago|died|passed away|last year|as a (?:kid|child)|when (?:i|he|she) was)\b")


_NORMAL_EFFECT = re.compile(
    r"\b(is (?:it|this|that)) an? (normal|common|usual|typical|expected) (?:side[- ]?effects?|reactions?|thing) (to|for)\b",
    re.IGNORECASE,
)


# "If, say, a lump appeared three weeks later": the aside after "if" splits the condition from what it supposes
_IF_ASIDE = re.compile(
    r"\b(if),? (?:say|let'?s say|for example|for instance|e\.?g\.?|hypothetically|suppose|in theory),? ", re.IGNORECASE
)


def asked_plainly(text: str) -> str:
    """Two asides taken out of a question: "Is it a normal side effect to see double?", "... for my heart to race at
    140?" asked as "is it normal to ...", which `queries` reads as the writer's own state when it should (not as a
    question about side effects in general); and "if, say, a lump appeared" as "if a lump appeared". A "why" asked
    of the writer's own lumps is told: "Why haven't my lumps gone down?" as "my lumps haven't gone down?"; so is a
    "could" asked of the writer's own sign: "Could my chest pain be from the meso?" as "my chest pain. could it be from
    the meso?", and "Could a rash ... have anything to do with my mesotherapy?" as "i have a rash .... could it ..."."""
    text = _COULD_OWN.sub(r"\1. could it \2", _THING_TO_DO_WITH_MINE.sub(r"i have \1. could it \2", text))
    return _WHY_OWN.sub(r"\2 \3 \1", _IF_ASIDE.sub(r"\1 ", _NORMAL_EFFECT.sub(r"\1 \2 \3", text)))


# "Could my chest pain be from the meso?" as "my chest pain. could it be from the meso?" (2026-12, final63)
_COULD_OWN = re.compile(
    r"\b(?:could|can|might|may) ((?:my|his|her) (?:\w+ ){0,3}?\w+) (be (?:from|caused by|due to|related to|linked to"
    r"|because of|a (?:side effect|reaction|sign|symptom) (?:of|to|from))\b)",
    re.IGNORECASE,
)
# "Could a rash that doesn't fade under a glass have anything to do with my mesotherapy last week?": the writer has it
_THING_TO_DO_WITH_MINE = re.compile(
    r"\b(?:could|can|might|may|would) ((?:a|an|the|this|these|some) (?:[\w']+ ){0,10}?[\w']+) (have (?:anything|something)"
    r" to do with (?:my|his|her) (?:\w+ )?(?:meso|mesotherapy|session|injections?|treatment|jabs?)\b)",
    re.IGNORECASE,
)


# "why haven't my scalp lumps gone down after a full course of antibiotics?" (2026-12, final60)
_WHY_OWN = re.compile(
    r"\bwhy (has|have|is|are|hasn't|haven't|isn't|aren't|has not|have not|is not|are not|won't|will not|doesn't|does not"
    r"|don't|do not) (my|his|her) ((?:\w+ ){0,2}?(?:lumps?|bumps?|nodules?|sores?|boils?|abscess|swelling|redness|rash"
    r"|spots?))\b",
    re.IGNORECASE,
)


def aside_dropped(text: str) -> str:
    """ "he asks where my mum is (she died 5 years ago), he keeps falling asleep": an aside in brackets that dates
    something else, and names no sign, does not make the whole sentence a past story."""

    def drop(m: re.Match[str]) -> str:
        aside = m.group(1)
        named = any(not h.sign.startswith("_") for h in sign_hits(aside))
        return m.group(0) if named or not _REMOTE_IN_ASIDE.search(aside) else ""

    return _ASIDE.sub(drop, text) if "(" in text else text


def figure_named(text: str) -> str:
    """ "Is a heart rate of 130 or more an emergency? Mine is 140": the figure after the question is the writer's
    reading of the vital sign it asked about ("my pulse is 140"); so is "today it's 148" after "my resting heart rate
    is normally around 70"."""
    m = _MINE_A_FIGURE.search(text) if "?" in text else None
    if m is None:
        return _figure_now(text)
    asked = text[: m.start()].rsplit(".", 1)[-1]
    topic = next((name for pattern, name in VITAL_TOPICS if pattern.search(asked)), None)
    return text[: m.start(1)] + f"my {topic}" + text[m.end(1) :] if topic else text


# "My resting heart rate is normally around 70. Today it's 148" (2026-12, final60)
_IT_NOW_A_FIGURE = re.compile(
    r"\b(?:normally|usually)\b[^.!?]*[.!?,;] *(?:but |and )?(?:today|now|right now|tonight|this morning|currently)"
    r",? (it)(?: is| s|s) (?:about |around |over |at )?\d{2,3}\b"
)


def _figure_now(text: str) -> str:
    m = _IT_NOW_A_FIGURE.search(text)
    if m is None:
        return text
    topic = next((name for pattern, name in VITAL_TOPICS if pattern.search(text, 0, m.start(1))), None)
    return text[: m.start(1)] + f"my {topic}" + text[m.end(1) :] if topic else text


# "I've just had what my flatmate says was a fit": the writer's own event, named by a witness (2026-12, final60)
_WITNESS_NAMED = re.compile(
    r"\b(had|have had|just had) what (?:my|his|her|our|the) (?:\w+ ){1,2}?(?:says|said|thinks|thought|calls|called|reckons)"
    r" (?:was|is) (an?) "
)


def witnessed_plainly(text: str) -> str:
    """ "I've just had what my flatmate says was a fit" as "I've just had a fit"."""
    return _WITNESS_NAMED.sub(r"\1 \2 ", text)


_LUMP_NOUN = re.compile(r"\b(lumps|bumps|nodules|nodes|boils|spots|abscesses|cysts)\b")
_NEW_ONES = re.compile(r"\b(?:(?:\d|two|three|four|five|a few|some|several|more|a couple of|couple of|another) )?new ones\b")


def new_ones_named(text: str) -> str:
    """ "my lumps got smaller, but two new ones appeared": "new ones" are new lumps."""
    m = _NEW_ONES.search(text)
    noun = _LUMP_NOUN.findall(text, 0, m.start()) if m else []
    return text[: m.start()] + f"new {noun[-1]}" + text[m.end() :] if m and noun else text
