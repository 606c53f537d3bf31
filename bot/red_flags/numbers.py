"""Vital signs and scores written as numbers: temperature (°C or °F), heart rate, breathing rate,
systolic blood pressure, pain scores, hours without urine, and redness measured as it grows.

Thresholds come from brief §4: fever is 38 °C / 100.4 °F and above; NICE NG51 high-risk criteria for
adults (HR >= 130/min, RR >= 25/min, systolic BP <= 90 mmHg, no urine for 18 h); pain 9-10/10 is
"extreme pain" (§4c), 7-8/10 severe pain. A number only counts with its context ("temp 39", "102F",
"pulse 135", "BP 85/50", "pain 9/10"); a bare decimal such as "39.5" counts as a temperature because
temperatures are the one vital sign written that way.
"""

from __future__ import annotations

import re
from typing import List, Match, Optional, Tuple

__all__ = ["number_hits", "normal_reading", "urine_hours", "SPOKEN_NUMBER"]

Hit = Tuple[str, int, int]  # (sign id, start, end)

FEVER_C, FEVER_F = 38.0, 100.4
HEART_RATE_HIGH_RISK = 130
BREATHING_RATE_HIGH_RISK = 25
SYSTOLIC_HIGH_RISK = 90
EXTREME_PAIN_SCORE, SEVERE_PAIN_SCORE = 9, 7
NO_URINE_HOURS = 18

_NUMBER = re.compile(
    r"(?<![\d.,/])(\d{2,3}(?:[.,]\d{1,2})?)(?![\d/])"
    r"(?: ?(°|º|degrees?|deg\b|celsius|centigrade|fahrenheit|c\b|f\b|bpm\b|beats?\b|breaths?\b))?"
)
_RATIO = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d)?) ?(?:/|out of|over|on|from) ?(\d{1,3})(?![\d.,]?\d)")
_TEMPERATURE_CONTEXT = re.compile(
    r"\b(?:temperature|fever|feverish|thermometer|febrile|measured|reading|reads|degrees?|temp|hot|burning)\b"
)
_TEMPERATURE_AFTER = re.compile(r" ?(?:degrees? )?(?:temperature|fever)\b")
_TEMPERATURE_UNITS = frozenset({"°", "º", "degrees", "degree", "deg", "celsius", "centigrade", "fahrenheit"})
_NOT_A_TEMPERATURE_AFTER = re.compile(
    r" ?(?:%|kg|kgs|g|mg|ml|mm|cm|m|years?|yrs?|yo|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|euros?|dollars?"
    r"|pounds?|lbs?|quid|sessions?|times|ampoules?|vials?|injections?|units?|am|pm|x)\b"
)
_CLOCK_OR_MEASURE_AFTER = re.compile(r" ?(?:%|kg|kgs|mg|ml|mm|cm|minutes?|mins?|hours?|hrs?|h|years?|yrs?|yo)\b")
_NOT_A_TEMPERATURE_BEFORE = re.compile(  # "price 39.5", "my bmi is 38.5"; but "now it is 38.4" is a temperature
    r"(?:[$£€]|\b(?:aged?|size|weigh|weighs|weight|paid|cost|costs|price|at|for|bmi|score)(?: is| was)?) ?$"
)
_HEART_CONTEXT = re.compile(r"\b(?:heart ?rate|pulse|hr|bpm|heart ?beat|hearts?|watch|fitbit|smartwatch|oximeter)\b")
_HEART_AFTER = re.compile(r" ?(?:bpm|beats?|(?:too \w+ |a bad |a high )?(?:for )?(?:an? )?(?:\w+ )?(?:pulse|heart ?rate))\b")
_BREATHING_CONTEXT = re.compile(r"\b(?:breathing|breaths?|breathes|respiratory|respiration|resp|rr)\b")
_BREATHING_AFTER = re.compile(r" ?(?:breaths?|times a minute|(?:a|per) minute|/min)\b")
_PRESSURE_CONTEXT = re.compile(r"\b(?:blood pressure|bp|pressure|systolic|top number|top reading|upper number)\b")
# "she is at 39", "I'm at 38.0": a person "at" a figure is a temperature
_PERSON_AT = re.compile(r"\b(?:i am|he is|she is|they are|we are|am|is|now|still|up) (?:at|on) $")
_KINDS = (
    ("temperature", _TEMPERATURE_CONTEXT),
    ("heart", _HEART_CONTEXT),
    ("breathing", _BREATHING_CONTEXT),
    ("pressure", _PRESSURE_CONTEXT),
)


def _nearest_kind(before: str) -> str:
    """Which vital sign the nearest context word before a number names ("temp 39.7, HR 145": heart)."""
    best, kind = -1, ""
    for name, pattern in _KINDS:
        for m in pattern.finditer(before):
            if m.start() > best:
                best, kind = m.start(), name
    return kind


_HOURS = re.compile(
    r"\b(?:for|in|over|about|around|nearly|almost|like|past|last)? ?(\d{1,2}|twelve|ten|six|eight)\+? ?(?:hours?|hrs?|h)\b"
)
_HOUR_WORDS = {"six": 6, "eight": 8, "ten": 10, "twelve": 12}
# a score without its scale: "the pain is a 10", "pain level 9", "pain at a solid 8"
_PAIN_SCORE = re.compile(
    r"\b(?:pain|pains|hurts|hurting|ache|aching|agony|throbbing|soreness)"
    r"(?: (?!(?:started|began|begun|since|from|until|till|for|after|by|woke|stopped)\b)\w+){0,3}?"
    r" (?:is|was|s|at|level|score|rating|about|around|like)(?: a| an)?(?: solid| straight| full| literal| easy| good)?"
    r" (10|ten|9|nine|8|eight|7|seven)\b"
    r"(?! ?(?:days?|hours?|hrs?|h|weeks?|wks?|mins?|minutes?|mm|cm|am|pm|percent|%|times|years?|months?|o ?clock|or so"
    r"|out|over|of|on|in|/|[.,]\d))"
)
_SCORE_WORDS = {"ten": 10, "nine": 9, "eight": 8, "seven": 7}
_PAIN_WORDS = re.compile(r"\b(?:pain|pains|painful|hurts?|hurting|ache|aches|aching|sore|scale|agony|throbbing)\b")
_EXERCISE = re.compile(
    r"\b(?:during|while|when|after|in) (?:a |my |the )?(?:spin|running|run|exercise|exercising|workout|working out|training"
    r"|class|gym|cycling|jogging|sport|match|hiit|cardio)\b|\bat the gym\b"
)
_MINUTES = re.compile(r"\b\d{1,3} ?(?:minutes?|mins?)\b")


def _value(text: str) -> Optional[float]:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


_UNIT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNIT_VALUE = {w: i for i, w in enumerate(_UNIT_WORDS)}
_TENS_VALUE = {w: 20 + 10 * i for i, w in enumerate(_TENS_WORDS)}
_UNIT = "(?:" + "|".join(sorted(_UNIT_WORDS, key=len, reverse=True)) + ")"
_TENS = "(?:" + "|".join(_TENS_WORDS) + ")"
# Voice-to-text numbers: "a hundred and one point five", "ninety over fifty", "thirty nine point two".
SPOKEN_NUMBER = re.compile(
    rf"\b(?:(?:(?:a|one) )?hundred(?: and)?(?: {_TENS})?(?: {_UNIT})?|(?:one )?{_TENS}(?: {_UNIT})?)"
    rf"(?: point(?: {_UNIT})+)?\b"
)


def _spoken_value(words: str) -> str:
    whole, _, decimals = words.partition(" point ")
    tokens = [w for w in whole.split() if w != "and"]
    value = 0
    if "hundred" in tokens:
        i = tokens.index("hundred")
        value = 100 * (_UNIT_VALUE.get(tokens[i - 1], 1) if i else 1)
        tokens = tokens[i + 1 :]
    if len(tokens) > 1 and tokens[0] == "one" and tokens[1] in _TENS_VALUE:  # "one forty": 140
        value, tokens = 100, tokens[1:]
    value += sum(_TENS_VALUE.get(w, 0) + _UNIT_VALUE.get(w, 0) for w in tokens)
    digits = "".join(str(_UNIT_VALUE[w]) for w in decimals.split() if _UNIT_VALUE.get(w, 10) < 10)
    return f"{value}.{digits}" if digits else str(value)


def _with_digits(text: str) -> Tuple[str, List[Tuple[int, int, int, int]]]:
    """``text`` with spoken numbers written as digits, and (new start, new end, old start, old end) of each."""
    pieces: List[str] = []
    spans: List[Tuple[int, int, int, int]] = []
    last = length = 0
    for m in SPOKEN_NUMBER.finditer(text):
        pieces.append(text[last : m.start()])
        length += m.start() - last
        digits = _spoken_value(m.group(0))
        spans.append((length, length + len(digits), m.start(), m.end()))
        pieces.append(digits)
        length += len(digits)
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces), spans


def _old_position(pos: int, spans: List[Tuple[int, int, int, int]], is_end: bool) -> int:
    """Where a position in the converted text falls in the original (a replaced number maps to its words)."""
    delta = 0
    for new_start, new_end, old_start, old_end in spans:
        if pos < new_start:
            break
        if pos <= new_end:
            return old_end if is_end else old_start
        delta = old_end - new_end
    return pos + delta


def number_hits(text: str) -> List[Hit]:
    """Signs read from numbers in normalised text (see the module docstring), spoken numbers included."""
    if not SPOKEN_NUMBER.search(text):
        return _hits(text)
    converted, spans = _with_digits(text)
    return [(sign, _old_position(a, spans, False), _old_position(b, spans, True)) for sign, a, b in _hits(converted)]


_SIZE = re.compile(
    r"(?<![\d.,])(\d{1,2}(?:[.,]\d)?) ?(cm|centimet\w*|mm|millimet\w*|inch|inches|in\b)"
    r"|\b(?:the )?size of (?:an? |my )?(pea|coin|penny|grape|marble|cherry|olive|walnut|golf ball|ping pong ball|egg|plum"
    r"|orange|fist|palm)\b"
)
_UNIT_CM = {"m": 0.1, "i": 2.5}  # by the unit's first letter: mm, millimetres; inch
_OBJECT_CM = {  # rough sizes people compare a patch of skin with
    "pea": 0.8,
    "coin": 2.0,
    "penny": 2.0,
    "grape": 2.0,
    "marble": 1.5,
    "cherry": 2.0,
    "olive": 2.0,
    "walnut": 3.0,
    "golf ball": 4.0,
    "ping pong ball": 4.0,
    "egg": 5.0,
    "plum": 5.0,
    "orange": 8.0,
    "fist": 9.0,
    "palm": 9.0,
}


def _size_cm(m: Match[str]) -> float:
    if m.group(3):
        return _OBJECT_CM[m.group(3)]
    return float(m.group(1).replace(",", ".")) * _UNIT_CM.get(m.group(2)[0], 1.0)


_GROWTH_CONTEXT = re.compile(r"\b(?:red|redness|reddish|rash|patch|swelling|swollen|area|inflamed)\b")
GROWTH_RATIO = 1.5  # "2 cm on Monday, 4 cm Wednesday": the last size at least half as big again as the first
REDNESS_GROWTH_CM = 0.5  # or, for redness, at least half a centimetre wider


def _growth_hit(text: str) -> Optional[Hit]:
    """Sizes written one after another that grow ("3 cm at 2pm, 12 cm at 4pm") beside a word for redness
    or swelling: spreading redness (brief §4b)."""
    sizes = list(_SIZE.finditer(text))
    if len(sizes) < 2:
        return None
    values = [_size_cm(m) for m in sizes]
    redness = bool(_GROWTH_CONTEXT.search(text))
    if not all(b > a for a, b in zip(values, values[1:])) or values[0] <= 0:
        return None
    # redness measured twice ("2 cm yesterday, 2.8 cm today") spreads by a margin no pen line misses
    if values[-1] < GROWTH_RATIO * values[0] and not (redness and values[-1] - values[0] >= REDNESS_GROWTH_CM):
        return None
    # beside redness or swelling, the redness spreads; "it measured 6 mm on Monday and 12 mm today" is a lump growing
    sign = "spreading_redness" if redness else "late_or_persistent_lump"
    return (sign, sizes[0].start(), sizes[-1].end())


# The words that set a threshold's side: "130 or more", "above 130", "38 and under"
_UP = r"(?:more|above|higher|over)"
_DOWN = r"(?:less|below|lower|under)"
# "At what temperature do doctors call it a fever, 100.4?", "a dangerously fast heart rate, 100 or 130?": thresholds asked
_THRESHOLD_QUESTION = re.compile(
    r"(?:^|(?<=[.!?] ))(?:so |and |but |ok )?(?:at what|what|which|how (?:high|fast|low|many))\b(?![^.?!]*\b(?:my|mine|i|im|me"
    r"|he|she|his"
    r"|her)\b)[^.?!]*\?"
    # "is a heart rate of 130 or more an emergency?", "is 38 and above a fever?": a threshold, nobody's reading
    r"|(?:^|(?<=[.!?] ))(?![^.?!]*\b(?:my|mine|i|im|me|he|she|his|her)\b)(?:[^.?!]|\.(?=\d))*\b\d{2,3}(?:[.,]\d)? ?"
    rf"(?:or (?:{_UP}|{_DOWN})|and (?:above|over|below|under))\b[^.?!]*\?"
)
# A threshold a question sets, and which side of it is the dangerous one: "if my heart rate went above 130"
_THRESHOLD = re.compile(
    rf"\b(?:(?P<up>{_UP} than|above|over|exceeds?|exceeded|past)|{_DOWN} than|below|under) (?P<n>\d{{2,3}})\b"
    rf"|\b(?P<n2>\d{{2,3}}) (?:or (?:(?P<up2>{_UP})|{_DOWN})|(?P<up3>\+))"
)
_FIGURE = re.compile(r"\b(\d{2,3})\b")


def figure_on_safe_side(text: str, question: Tuple[int, int], reply: Tuple[int, int]) -> bool:
    """The question (a span of `text`) sets a threshold ("if my heart rate went above 130", "is a heart rate of 130 or
    more an emergency?") and the reply's figure is on the safe side of it ("Mine is 72")."""
    line = _THRESHOLD.search(text, *question)
    figure = _FIGURE.search(text, *reply)
    if line is None or figure is None:
        return False
    value, limit = int(figure.group(1)), int(line.group("n") or line.group("n2"))
    return value < limit if (line.group("up") or line.group("up2") or line.group("up3")) else value > limit


def _hits(text: str) -> List[Hit]:
    if "?" in text:
        asked = [(m.start(), m.end()) for m in _THRESHOLD_QUESTION.finditer(text)]
        if asked:
            return [h for h in _all_hits(text) if not any(s <= h[1] < e for s, e in asked)]
    return _all_hits(text)


def _all_hits(text: str) -> List[Hit]:
    hits: List[Hit] = []
    growth = _growth_hit(text)
    if growth:
        hits.append(growth)
    ratio_spans: List[Tuple[int, int]] = []
    for m in _RATIO.finditer(text):
        ratio_spans.append((m.start(), m.end()))
        _ratio_hit(text, m, hits)
    for m in _NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in ratio_spans):
            continue
        _number_hit(text, m, hits)
    for m in _PAIN_SCORE.finditer(text):
        score = _SCORE_WORDS.get(m.group(1)) or int(m.group(1))
        if score >= EXTREME_PAIN_SCORE:
            hits.append(("extreme_pain", m.start(1), m.end(1)))
        elif score >= SEVERE_PAIN_SCORE:
            hits.append(("severe_pain", m.start(1), m.end(1)))
    return hits


def _ratio_hit(text: str, m: Match[str], hits: List[Hit]) -> None:
    """ "BP 85/50", "pain 9/10", "10 out of 10"."""
    first, second = _value(m.group(1)), _value(m.group(2))
    if first is None or second is None:
        return
    before = text[max(0, m.start() - 40) : m.start()]
    if second == 10 and first <= 20:  # "pain 11/10" is off the scale, not a reading
        sentence = text[max(0, m.start() - 80) : m.end() + 40]
        if _PRESSURE_CONTEXT.search(before):
            return
        if first >= EXTREME_PAIN_SCORE and (_PAIN_WORDS.search(sentence) or m.group(0).startswith(("10 out", "ten out"))):
            hits.append(("extreme_pain", m.start(), m.end()))
        elif first >= SEVERE_PAIN_SCORE and _PAIN_WORDS.search(sentence):
            hits.append(("severe_pain", m.start(), m.end()))
        return
    if 40 <= first <= 300 and 20 <= second <= 200 and first > second and first <= SYSTOLIC_HIGH_RISK:
        # "BP 85/50", or a bare "86/54": a systolic/diastolic pair is the one reading written that way
        bare_pair = "/" in m.group(0) and 50 <= first and 25 <= second <= 65 and first - second >= 15
        if _PRESSURE_CONTEXT.search(before) or _PRESSURE_CONTEXT.search(_sentence_before(text, m.start())) or bare_pair:
            hits.append(("low_blood_pressure", m.start(), m.end()))


def _sentence_before(text: str, end: int, width: int = 120) -> str:
    """The same sentence's words before ``end`` (up to ``width`` characters): "my blood pressure ... and it's 82 over
    50"; "HR? 130?" is two sentences, so the 130 has no context."""
    return re.split(r"[.!?\n]", text[max(0, end - width) : end])[-1]


def _number_hit(text: str, m: Match[str], hits: List[Hit]) -> None:
    value = _value(m.group(1))
    if value is None:
        return
    unit = (m.group(2) or "").strip()
    before = _sentence_before(text, m.start(), 45)
    after = text[m.end() : m.end() + 16]
    if _PRESSURE_CONTEXT.search(before[-12:]) and 40 <= value <= SYSTOLIC_HIGH_RISK and not unit:
        hits.append(("low_blood_pressure", m.start(), m.end()))  # "febrile, systolic 88": the nearer context wins
        return
    nearest = _nearest_kind(before)
    temperature_context = (
        nearest in ("temperature", "")
        and bool(_TEMPERATURE_CONTEXT.search(before) or _PERSON_AT.search(before[-10:]))
        or bool(_TEMPERATURE_AFTER.match(after))
        or unit in _TEMPERATURE_UNITS
    )
    if temperature_context and not unit and _CLOCK_OR_MEASURE_AFTER.match(after):
        temperature_context = False  # "now at 40 h", "temp was fine for 38 hours" (final65)
    bare_decimal = not unit and bool(re.fullmatch(r"3\d[.,]\d|4[0-2][.,]\d|1\d\d[.,]\d", m.group(1)))
    if bare_decimal and (_NOT_A_TEMPERATURE_AFTER.match(after) or _NOT_A_TEMPERATURE_BEFORE.search(before)):
        bare_decimal = temperature_context
    if temperature_context or unit in {"c", "f"} or bare_decimal:
        if FEVER_C <= value <= 44.0 or FEVER_F <= value <= 110.0:
            hits.append(("fever", m.start(), m.end()))
        if temperature_context or unit in {"c", "f"}:
            return
    breathing_window = text[max(0, m.start() - 80) : m.end() + 16]
    if unit in {"breath", "breaths"} or _BREATHING_AFTER.match(after) and _BREATHING_CONTEXT.search(breathing_window):
        if BREATHING_RATE_HIGH_RISK <= value <= 80:
            hits.append(("breathless", m.start(), m.end()))
        return
    if nearest == "breathing":
        if BREATHING_RATE_HIGH_RISK <= value <= 80:
            hits.append(("breathless", m.start(), m.end()))
        return
    if _EXERCISE.search(text, max(0, m.start() - 40), m.end() + 40):
        return  # "135 bpm during spin class": a heart rate in exercise is no sign
    heart = nearest == "heart" or unit in {"bpm", "beat", "beats"} or bool(_HEART_AFTER.match(text, m.end()))
    if heart and HEART_RATE_HIGH_RISK <= value <= 250:
        hits.append(("racing_heart", m.start(), m.end()))
        return
    if nearest == "pressure" and 40 <= value <= SYSTOLIC_HIGH_RISK:
        hits.append(("low_blood_pressure", m.start(), m.end()))


_NORMAL_READING = re.compile(
    r"\b(?:pulse|heart ?rate|hr|bpm)\b[^.?!\d]{0,20}\b[4-9]\d\b(?![.,]?\d| ?%)"
    r"|\b(?:temp|temperature)\b[^.?!\d]{0,20}\b(?:3[5-6](?:[.,]\d)?|37(?:[.,][0-4])?)\b(?![.,]?\d)"
)


def normal_reading(text: str) -> bool:
    """A pulse or temperature given in the normal range ("at 1pm my pulse is 88"): an all-clear on that sign."""
    return bool(_NORMAL_READING.search(text))


def urine_hours(text: str, start: int, end: int) -> Optional[float]:
    """Hours without urine stated next to a no-urine phrase ("no wee for 20 hours"), else None."""
    window = text[max(0, start - 30) : end + 40]
    if _MINUTES.search(window) and not _HOURS.search(window):
        return 0.5
    m = _HOURS.search(window)
    if m is None:
        return None
    word = m.group(1)
    return float(_HOUR_WORDS.get(word, 0) or word) if word.isdigit() or word in _HOUR_WORDS else None
