"""Signs read from clock times (2026-12, dev22): "last time I passed urine was 6pm yesterday, it's 2pm now" is
20 hours without urine (brief §4c, 18 hours or more); "I drew a line round the redness at 2pm, it's 5pm and it has
spread past it" is spread seen within hours (§4c). Vocabulary on `bot.chat_text.for_matching` text."""

from __future__ import annotations

import re
from typing import List, Match, Optional, Tuple

from bot.red_flags.patterns import NUMBER_WORDS

Hit = Tuple[str, int, int]  # (sign, start, end), as `numbers.number_hits`

_TIME = (
    r"(?:(?:\d{1,2})(?:[:.]\d\d)? ?(?:am|pm|a m|p m|h(?= (?:of matin|du matin|am|pm))|o clock)\b(?: (?:of|du) (?:matin|soir))?"
    r"|\d{1,2}[:.]\d\d\b|noon|midday|midnight|lunch ?time)"
)
_YESTERDAY = r"(?:yesterday|last night)"
# the last time urine was passed, at a clock time the day before: "last wee was at 6pm yesterday", "no pee since
# yesterday noon", "haven't peed since 10:30 last night"
_LAST_URINE = re.compile(
    r"\b(?:last (?:time )?(?:i |he |she |they )?(?:peed|weed|urinated|passed (?:urine|water)|went for a (?:wee|pee)"
    r"|had a (?:wee|pee)|went to the (?:toilet|loo|bathroom)|wee|pee|urine)"
    r"|(?:not|no|none|nothing|never) (?:\w+ ){0,2}?(?:peed|weed|urinated|passed (?:any )?(?:urine|water)|pee|wee|urine)?"
    r" ?since)"
    rf"(?: (?:was|at|around|about|yesterday|last night))*"
    rf" (?:(?P<t1>{_TIME})(?: (?:on )?{_YESTERDAY})|{_YESTERDAY} (?:at |around |about )?(?P<t1b>{_TIME}))"
)
# the time now: "it's 2pm now", "now it is 9 am", "(il est 9h du matin)" read as "he is 9h of matin"
_NOW = re.compile(
    rf"\b(?:(?:it|he) is|its|now(?: it is)?|and now|time now is) (?:about |around |nearly |almost |already |just )?"
    rf"(?P<t2>{_TIME})|\b(?P<t2b>{_TIME}) now\b"
)
# a mark made at one time and seen later the same day: "at 2pm ... it is 5pm"
_MARKED_AT = re.compile(rf"\b(?:at|around|about) (?P<t1>{_TIME})(?! (?:{_YESTERDAY}))")
# a mark made some hours ago: "I drew a line round the red area 2 hours ago and it's already 5 cm past the line"
_MARKED_AGO = re.compile(
    r"\b(?:drew|drawn|marked|outlined|circled|traced|put) (?:\w+ ){0,9}?(?P<n>\d{1,2}|an?|one|two|three|four|five|six|half an?)"
    r" (?:hours?|hrs?) ago\b"
)
_SPREAD = re.compile(
    r"\b(?:spread|spreading|grown|grew|gone past|(?:past|beyond|outside) the (?:line|circle|mark|outline|pen|marker)|bigger"
    r"|wider|moved)\b"
)
FAST_WITHIN_HOURS = 8
# a size at a clock time, twice: "2 cm at 14:00, 9 cm at 17:00" (2026-12, final53)
_SIZE_AT = re.compile(
    rf"\b(?P<size>\d{{1,2}}(?:\.\d)?) ?(?:cm|centimet\w*|mm|millimet\w*) (?:now |already )?(?:at|by|around) (?P<t>{_TIME})"
)  # "3 cm at 9am, it's about 15 cm now at noon" (2026-12, final61)
# days of the month: "the bumps I got on the 2nd are still there and it's the 24th today" (lasting over 2 weeks, §4b)
_ON_DAY = re.compile(r"\b(?:on|since|from) the (?P<d1>\d{1,2})(?:st|nd|rd|th)\b")
_TODAY_DAY = re.compile(
    r"\b(?:it is|its|today is|now is|now it is) (?:already )?the (?P<d2>\d{1,2})(?:st|nd|rd|th)\b"
    r"|\bthe (?P<d2b>\d{1,2})(?:st|nd|rd|th) (?:today|now)\b"
)
LASTING_DAYS = 14


def _hour(text: str) -> Optional[float]:
    """A clock time as hours after midnight; None when it names no hour."""
    if text in ("noon", "midday") or text.startswith("lunch"):
        return 12.0
    if text == "midnight":
        return 0.0
    m = re.match(r"(\d{1,2})(?:[:.](\d\d))?", text)
    if m is None:
        return None
    hour, minutes = int(m.group(1)), int(m.group(2) or 0)
    if hour > 24 or minutes >= 60:
        return None
    pm = re.search(r"\b(?:pm|p m|soir)\b|pm\b", text) is not None
    if pm and hour < 12:
        hour += 12
    if re.search(r"am\b|a m\b", text) and hour == 12:
        hour = 0
    return hour + minutes / 60


def _group(m: Match[str], *names: str) -> str:
    return next((m.group(n) for n in names if m.group(n)), "")


def clock_hits(text: str, no_urine_hours: float) -> List[Hit]:
    """`no_urine` for a last passing of urine at least `no_urine_hours` ago by the clock, the speed cue
    `_fast_clock` for a spread seen within hours of a marked time or a size that grew between two clock times, and
    `_lasting` for days of the month two weeks apart."""
    if not re.search(r"\d|noon|midday|midnight|hours? ago", text):
        return []
    hits: List[Hit] = []
    last = _LAST_URINE.search(text)
    if last:
        now = _NOW.search(text, last.end())
        then, current = _hour(_group(last, "t1", "t1b")), _hour(_group(now, "t2", "t2b")) if now else None
        if then is not None and current is not None and 24 - then + current >= no_urine_hours:
            hits.append(("no_urine", last.start(), now.end() if now else last.end()))
    for marked in _MARKED_AT.finditer(text):
        now = _NOW.search(text, marked.end(), marked.end() + 60)
        if now is None or not _SPREAD.search(text, now.end(), now.end() + 80):
            continue
        then, current = _hour(marked.group("t1")), _hour(_group(now, "t2", "t2b"))
        if then is not None and current is not None and 0 < current - then <= FAST_WITHIN_HOURS:
            hits.append(("_fast_clock", now.start(), now.end()))  # in the sentence that tells the spread
    sizes = list(_SIZE_AT.finditer(text))
    for first, later in zip(sizes, sizes[1:]):
        then, current = _hour(first.group("t")), _hour(later.group("t"))
        grew = float(later.group("size")) > float(first.group("size"))
        if grew and then is not None and current is not None and 0 < current - then <= FAST_WITHIN_HOURS:
            hits.append(("_fast_clock", later.start(), later.end()))
    on_day = _ON_DAY.search(text)
    today = _TODAY_DAY.search(text, on_day.end()) if on_day else None
    if on_day and today:
        day_then, day_now = int(on_day.group("d1")), int(_group(today, "d2", "d2b"))
        if 1 <= day_then <= 31 and 1 <= day_now <= 31 and (day_now - day_then) % 31 >= LASTING_DAYS:
            hits.append(("_lasting", on_day.start(), today.end()))
    for marked in _MARKED_AGO.finditer(text):
        count = marked.group("n")
        hours = float(count) if count.isdigit() else 0.5 if count.startswith("half") else NUMBER_WORDS.get(count, 0.0)
        if 0 < hours <= FAST_WITHIN_HOURS and _SPREAD.search(text, marked.end(), marked.end() + 80):
            hits.append(("_fast_clock", marked.start(), marked.end()))
    return hits
