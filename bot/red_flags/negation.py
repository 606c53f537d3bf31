"""Negation: "no fever", "not feverish", "without pus", "never had chills", "fever? no".

"Why aren't my lumps going away?" is not a negation: it asks why a sign stays.
A negator governs a sign up to 4 words later in the same clause (up to 9 across a list joined by
"or"/"nor": "I don't have a fever or any lumps"), unless a scope breaker ("because",
"then", a new subject) or a word that makes it something else ("not sure", "no improvement") intervenes.
"""

from __future__ import annotations

import re

from bot.red_flags.clauses import TOKEN

__all__ = ["negated"]

NEGATORS = frozenset("no not never without nor neither none zero 0 denies deny nothing nobody".split())
_NOT_NEGATING_NEXT = frozenset(
    "sure certain know stop stopping go going getting improving improve improved better fading fade help "
    "helping helped work working worked responding only just normal able even idea clue way doubt matter "
    "change difference relief luck end shrinking shrunk gone clearing cleared touched shifted touching before "
    "dropped dropping fallen dipped slowed eased settled".split()
)
_SCOPE_BREAKERS = frozenset(
    "because since due cause so then now also plus except apart besides until till which who when while "
    "i it there that this he she we they".split()
)
_LIST_JOINERS = frozenset({"or", "nor"})
_POST_NEGATION = re.compile(
    r" ?(?:[?:=]|\.\.+| - )+ ?(?:no|none|nope|nah|negative|not really|never)\b| (?:none|nope|nah|negative)\b"
    r"| ?:? ?0(?: ?(?:cm|mm|/ ?10|out of 10))?(?!\d|[.,/]\d)"  # "redness 0 cm", "pain 0/10"
)
_HAVE = frozenset("have has had got get a an any".split())
_WHY_AUX = frozenset("are is do does did have has was were will would can could".split())
_NEVER_EXCEPTION = re.compile(r"\bnever (?:had|felt|been|seen|experienced) (?:such|so|this|anything like|like)\b")


# A list the commas split into clauses: "no fever, lumps or pus", "I don't have a fever, lumps or pus"
_SEGMENT_BEFORE = re.compile(r"([^,;:.!?]*),\s*$")
_LIST_ENDS_WITH_OR = re.compile(r"[a-z ,]*?\b(?:or|nor)\b")
_NOT_A_LIST_ITEM = frozenset(
    "but however although though yet my his her their our your is are was were has have had still now".split()
)


def _list_start(text: str, start: int, clause_start: int) -> int:
    """Where the negated list that the sign at `start` belongs to begins ("no fever, [lumps] or pus" reaches back to
    "no"); the clause start when the sign is no item of a comma list closed by "or" / "nor"."""
    lead = TOKEN.findall(text, clause_start, start)
    if len(lead) > 4 or _NOT_A_LIST_ITEM.intersection(lead):
        return clause_start  # "no fever, but my lump is hot or swollen": a new clause, not an item
    if not _LIST_ENDS_WITH_OR.match(text, clause_start) and not re.search(r"\b(?:or|nor) $", text[clause_start:start]):
        return clause_start
    begin = clause_start
    for _ in range(4):  # "no fever, lumps, pus or redness": a few items back at most
        segment = _SEGMENT_BEFORE.search(text, max(0, begin - 80), begin)
        if segment is None:
            return clause_start
        words = TOKEN.findall(segment.group(1))
        if NEGATORS.intersection(words[-6:]):
            return segment.start(1)
        if len(words) > 3:
            return clause_start
        begin = segment.start(1)
    return clause_start


def negated(text: str, start: int, end: int, clause_start: int) -> bool:
    """ "no fever", "not feverish", "without pus", "never had chills", "fever? no" (same clause, 4 words; a list
    split by commas and closed by "or" is one clause: "no fever, lumps or pus")."""
    if _POST_NEGATION.match(text, end):
        return True
    clause_start = _list_start(text, start, clause_start)
    tokens = TOKEN.findall(text, max(clause_start, start - 120), start)[-10:]
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i] not in NEGATORS:
            continue
        between = tokens[i + 1 :]
        reach = 9 if _LIST_JOINERS.intersection(between) else 4
        if tokens[i] in ("nothing", "none", "nobody") and between[:1] in (["that"], ["which"], ["who"]):
            between = between[1:]  # "nothing that is spreading": a relative clause, no new subject
        elif tokens[i] == "no" and between[1:2] in (["that"], ["which"]):
            between = between[:1] + between[2:]  # "no redness that is spreading"
        if len(between) > reach or _SCOPE_BREAKERS.intersection(between):
            return False
        if between[:2] and between[0] == "even" and between[1:2] and between[1] in _HAVE:
            return True  # "I don't even have a lump"
        if between and between[0] in _NOT_NEGATING_NEXT:
            return False
        if tokens[i] == "not" and i >= 2 and tokens[i - 2] == "why" and tokens[i - 1] in _WHY_AUX:
            return False  # "why aren't my lumps going away?": the sign is there, the question is why it stays
        if tokens[i] == "never" and _NEVER_EXCEPTION.match(" ".join(tokens[i:]) + " " + text[start:end]):
            return False
        if tokens[i] == "without" and "not" in tokens[max(0, i - 5) : i]:
            return False  # "I can't stand up without nearly passing out": it happens each time
        return True
    return False
