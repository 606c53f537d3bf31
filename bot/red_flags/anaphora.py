"""A follow-up's "they" or "it", read as the lump, bump or spot the message before it named.

"The clinic told me the bumps are normal." then "It's been 3 weeks since the session and they're exactly the
same." says the bumps are the same three weeks on (brief §4b, lumps lasting over 2 weeks; §4d, do not accept
"lumps are normal" weeks later), but only once "they" is read as "the bumps" (2026-12, final59).
"""

from __future__ import annotations

import re
from typing import Optional, Pattern

__all__ = ["resolve_anaphor", "resolve_one"]

_PLURAL = r"lumps|bumps|nodules|nodes|knots|spots|sores|boils|pimples|swellings|abscesses|cysts|marks"
_SINGULAR = r"lump|bump|nodule|node|knot|spot|sore|boil|pimple|swelling|abscess|cyst|redness|rash|wound"
_PLURAL_NOUN = re.compile(rf"\b(?:{_PLURAL})\b", re.IGNORECASE)
_SINGULAR_NOUN = re.compile(rf"\b(?:{_SINGULAR})\b", re.IGNORECASE)
_ANY_NOUN = re.compile(rf"\b(?:{_PLURAL}|{_SINGULAR})\b", re.IGNORECASE)
# "they" as the people who did something ("they said", "they injected") is not the lumps
_PEOPLE_VERBS = (
    r"said|say|says|told|tell|think|thought|gave|give|injected|inject|did|do|used|use|put|want|wanted|recommended"
    r"|asked|ask|called|call|charged|promised|explained|reckon|reckoned|suggested|prescribed|checked|looked at"
)
# only as a clause's subject: "they are the same", "and it is hot"; not "after it", "three of them"
_CLAUSE_STARTS = ("and", "but", "so", "now", "still", "because", "as", "if", "when", "that", "yes", "yeah", "though", "tho")
_SUBJECT = "(?:^|(?<=[.,;:!?] )|" + "|".join(rf"(?<=\b{word} )" for word in _CLAUSE_STARTS) + ")"
_THEY = re.compile(rf"{_SUBJECT}they\b(?! (?:{_PEOPLE_VERBS})\b)", re.IGNORECASE)
# "it" as the lump, not as the time or the weather: "it is been 3 weeks", "it is day 4", "it was a week ago"
_IT = re.compile(
    rf"{_SUBJECT}it\b(?! (?:is|was|has|had|s) (?:been|only|just|about|now|day|a|an|the|\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|over|almost|nearly|more|less|time|weeks?|days?|months?)\b)",
    re.IGNORECASE,
)


def resolve_anaphor(text: str, previous: str) -> Optional[str]:
    """`text` with its first "they"/"them" (or "it") read as the last plural (or singular) lump word of
    `previous`; None when `text` names a lump word itself, `previous` names none, or no pronoun fits.
    Both texts as `chat_text.for_matching` gives them (contractions spelt out)."""
    if _ANY_NOUN.search(text):
        return None
    plural, singular = _last(_PLURAL_NOUN, previous), _last(_SINGULAR_NOUN, previous)
    if plural and _THEY.search(text):
        return _THEY.sub(f"the {plural}", text, count=1)
    if singular and _IT.search(text):
        return _IT.sub(f"the {singular}", text, count=1)
    return None


def _last(nouns: Pattern[str], previous: str) -> str:
    """The last of `nouns` in `previous`, lower case; "" when it names none."""
    found = nouns.findall(previous)
    return found[-1].lower() if found else ""


# "I have one now" after "my cousin had an abscess after meso years ago": a new one of the thing named before
_HAVE_ONE = re.compile(
    r"\b((?:i|he|she|we) (?:have|has|have got|got|am getting|is getting|noticed|found)) (?:a new |another )?one\b"
    r"(?= *(?:$|[.,;!?]|now|too|as well|also|since|today|tonight|this|again|right|here|there|and|but|myself|on|at))",
    re.IGNORECASE,
)


def resolve_one(text: str, previous: str) -> Optional[str]:
    """`text` with "I have one" read as "I have a <lump word>", the last singular one of `previous` (or its last plural,
    made singular); None when it does not fit."""
    m = _HAVE_ONE.search(text)
    if m is None or _ANY_NOUN.search(text):
        return None
    plural = _last(_PLURAL_NOUN, previous)
    noun = _last(_SINGULAR_NOUN, previous) or (plural[:-2] if plural.endswith("sses") else plural[:-1])
    if not noun:
        return None
    article = "an" if noun[0] in "aeiou" else "a"
    return text[: m.start()] + f"{m.group(1)} {article} {noun}" + text[m.end() :]
