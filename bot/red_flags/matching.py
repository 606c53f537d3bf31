"""Where each sign's patterns match, with the filters that keep a match honest, and the signs that
are combinations of matches (a painful lump, meningism, spreading redness).

Cues (ids starting with "_") are internal matches that only feed combinations: "_spread", "_grow"...
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Dict, Iterable, List, Match, Optional, Pattern, Set, Tuple

from bot.red_flags import effects as e
from bot.red_flags import patterns as p
from bot.red_flags import phrasing as x
from bot.red_flags import phrasing2 as y
from bot.red_flags import wording as w
from bot.red_flags.clauses import CLAUSE_PUNCT, CONTRAST_WORDS, SENTENCE_END, TOKEN, inside
from bot.red_flags.clock import LASTING_DAYS, clock_hits
from bot.red_flags.drop_down import eye_swelling_usual, usual_drop
from bot.red_flags.framing import REMOTE_PAST
from bot.red_flags.levels import is_meningism
from bot.red_flags.numbers import NO_URINE_HOURS, SPOKEN_NUMBER, number_hits, urine_hours
from bot.red_flags.registry import RISK_FACTORS, SIGNS

__all__ = ["Hit", "sign_hits", "combine"]


@dataclass
class Hit:
    sign: str
    start: int
    end: int
    mild: bool = False


# Internal cues: (id, pattern), matched like signs but never reported.
_CUES: Tuple[Tuple[str, Pattern[str]], ...] = (
    ("_stiff_neck", p.STIFF_NECK),
    ("_photophobia", p.PHOTOPHOBIA),
    ("_spread", p.SPREAD),
    ("_confused", p.CONFUSED_PLAIN),
    ("_new_ones", p.NEW_ONES),
    ("_fast", p.FAST),
    ("_fast_since", p.SINCE_TODAY),
    ("_fast_hours", p.FAST_HOURS),
    ("_worse", p.WORSE),
    ("_grow", p.GROW),
    ("_persist", p.PERSIST),
    ("_antibiotic", p.ANTIBIOTIC),
    ("_antibiotic_failed", p.ANTIBIOTIC_FAILED),
    ("_hair_patch", p.HAIR_PATCH),
    ("_hair_patch", p.SCARRING),
    ("_hair_patch", w.HAIR_PATCH_EFFECT),
    ("_hair_patch", y.HAIR_MORE2),  # before the context, which is only looked for once a patch is found
    ("_hair_patch_context", p.HAIR_PATCH_CONTEXT),
    ("_fast", w.FAST_EFFECT),
    ("_spread", w.SPREAD_EFFECT),
    ("_grow", w.GROW_EFFECT),
    ("_grow", w.SIZE_GROWTH),
    ("_stiff_neck", w.STIFF_NECK_EFFECT),
    ("_photophobia", w.PHOTO_EFFECT),
    ("_stiff_neck", e.STIFF_NECK_IMAGE),
    ("_photophobia", e.PHOTO_IMAGE),
    ("_body_pain", w.BODY_PAIN),
    ("_disabling", w.DISABLING),
    ("_recur", w.RECUR),
    ("_mild_spread", w.MILD_SPREAD),
    ("_hair_gone", x.HAIR_GONE),
    ("_hair_shed", x.HAIR_SHED),
    ("_hair_site", x.HAIR_SITE),
    ("_hair_shape", x.HAIR_SHAPE),
    ("_spread", x.SPREAD_WIDER),
    ("_fast", x.FAST_CLOCK),
    ("_worse", x.WORSE_MORE),
    ("_antibiotic_failed", x.ANTIBIOTIC_STILL),
    ("_spread", y.SPREAD_MORE2),
    ("_grow", y.GROW_MORE2),
    ("_spread", y.FAST_MORE2),
    ("_fast_hours", y.FAST_MORE2),
    ("_photophobia", y.PHOTO_MORE2),
)
# a subject taught, not a state: "we had a lecture on sepsis today" (final69)
_TAUGHT_ABOUT = re.compile(r"\b(?:lecture|talk|course|module|class|seminar|training|webinar) (?:on|about) (?:\w+ )?$")
# a lump, hot spot or boil to see: "hurts like hell" on one of them is severe pain, not beyond what it looks
_LOCAL_SIGNS = frozenset({"lump", "hot", "abscess", "inflamed_area"})
# Cues whose patterns only matter once another cue was found.
_PREREQUISITE: Dict[str, str] = {"_antibiotic_failed": "_antibiotic", "_hair_patch_context": "_hair_patch"}
_MINOR_WITH_MILDNESS = frozenset({"red", "swelling", "pain", "headache"})
# mildness said after the word: "it throbs a little", "sore a bit"
_A_LITTLE = (" a little", " a bit", " slightly", " mildly", " only a little", " just a little", " just a bit")
_SPEC_CACHE: List[Tuple[str, Pattern[str]]] = []


def _specs() -> List[Tuple[str, Pattern[str]]]:
    """(id, pattern) for every registry sign pattern, then every cue; built once, on first use."""
    if not _SPEC_CACHE:
        _SPEC_CACHE.extend((sign.id, pattern) for sign in SIGNS for pattern in sign.patterns)
        _SPEC_CACHE.extend(_CUES)
    return _SPEC_CACHE


@lru_cache(maxsize=1)
def _risk_patterns() -> Tuple[Pattern[str], ...]:
    """The registry's patterns of the risk factors (diabetes, weak immunity, steroids)."""
    return tuple(pattern for sign in SIGNS if sign.id in RISK_FACTORS for pattern in sign.patterns)


Keep = Callable[[Match[str]], bool]


def _filters(text: str, hits: List[Hit]) -> Dict[str, Keep]:
    """Per-sign checks on a match, for words that are signs only in some company."""

    def before(m: Match[str], n: int = 2) -> List[str]:
        return TOKEN.findall(text, max(0, m.start() - 40), m.start())[-n:]

    def after(m: Match[str], n: int = 1) -> List[str]:
        return TOKEN.findall(text, m.end(), m.end() + 40)[:n]

    def small_bumps(m: Match[str]) -> bool:
        word = m.group(0).split()[-1]
        if word not in p.SMALL_BUMPS or {"hard", "firm", "new", "fresh"}.intersection(before(m, 3)):
            return False  # "a few hard bumps" are nodules; "some new bumps" came up later (§4b: new lumps weeks later)
        if {"tender", "sore", "painful", "hurting", "throbbing", "red", "hot", "warm", "angry", "inflamed"}.intersection(
            before(m, 2)
        ):
            return False  # "a small tender bump": a painful, red or hot lump (§4b), however small
        if text.startswith((" under the skin", " under my skin", " under the scalp"), m.end()):
            return False
        return bool((p.MILD | {"few", "some", "couple", "goose"}).intersection(before(m)))

    fever_spans = [(m.start(), m.end()) for m in p.FEVER.finditer(text)] if "hot" in text or "warm" in text else []

    def site_heat(m: Match[str]) -> bool:
        nxt, prev = after(m), before(m, 1)
        if inside(m.start(), fever_spans) or (nxt and nxt[0] in p.HOT_SKIP_NEXT) or (prev and prev[0] in p.HOT_SKIP_PREV):
            return False
        if m.group(0) == "heat" and nxt and nxt[0] in {"rash"}:
            return False
        if text.startswith((" or cold", " or ice"), m.end()) or text.endswith(("cold or ", "ice or "), 0, m.start()):
            return False  # "is cold or hot better for the swelling?": a compress
        return bool(p.SITE_CONTEXT.search(text))

    def lump_here(m: Match[str]) -> bool:
        word = m.group(0)
        came_up = near(m, p.CAME_UP, 60)
        jargon = after(m) == ["massage"] or "massage" in before(m, 2) and not near(m, p.GROW, 80)
        lasting = near(m, p.DURATION, 80) and near(m, p.PERSIST, 80)  # "... but it's been there two and a half weeks"
        if word.startswith("node") and jargon and not came_up and not lasting:
            return False  # clinic jargon: "node massage" (brief §4d)
        if word.startswith("lump") and after(m) == ["sum"]:
            return False
        if word.startswith("mass") and p.BODY_MASS.intersection(before(m, 1)):
            return False
        if word.startswith(("pimple", "zit")) and not p.SITE_CONTEXT.search(text):
            return False  # acne on the face is not an injection-site lump
        if small_bumps(m):  # "a few little bumps" are usual (§4a); they only count if they last (combine)
            hits.append(Hit("_small_lump", m.start(), m.end()))
            return False
        return True

    def not_elsewhere(m: Match[str]) -> bool:
        return not p.ELSEWHERE.intersection(before(m, 2)) and after(m, 1) != ["down"]

    def near(m: Match[str], pattern: Pattern[str], reach: int = 40) -> bool:
        return bool(pattern.search(text, max(0, m.start() - reach), m.end() + reach))

    def real_warmth(m: Match[str]) -> bool:  # "a bit warm", or warm an hour after a session, is usual (§4a)
        warm = m.group(0).startswith("warm")
        mild = bool(p.MILD.intersection(before(m)))
        just_after = bool(w.JUST_AFTER.search(text))
        if mild and not just_after and any(pattern.search(text) for pattern in _risk_patterns()):
            return site_heat(m)  # "slightly warm ... I'm having chemo": with a risk factor any sign counts (§4b)
        return site_heat(m) and not ((warm and (mild or just_after)) or (mild and just_after))

    def real_faint(m: Match[str]) -> bool:
        nearly = {"nearly", "almost"}.intersection(before(m))
        if w.RELAXED_NEXT.match(text, m.end()) or not_future(m):
            return False
        # "I nearly fainted when I saw the price", "the price made me nearly faint"
        return not (nearly and p.FIGURATIVE_NEXT.search(text, max(0, m.start() - 40), m.end() + 40))

    def not_future(m: Match[str]) -> bool:  # "I'll have a seizure if ...": True when figurative
        return bool(w.FUTURE_IF.search(text[max(0, m.start() - 30) : m.start()]) and w.FUTURE_IF_NEXT.match(text, m.end()))

    def not_figurative(m: Match[str]) -> bool:  # "white as a sheet when I told him the price"
        return not p.FIGURATIVE_NEXT.search(text, m.end(), m.end() + 40)

    def not_emotion(m: Match[str]) -> bool:  # "shaking with excitement", "breathless with anticipation"
        return not w.EMOTION_CAUSE.match(text, m.end() + 1)

    def real_collapse(m: Match[str]) -> bool:
        if m.group(0).startswith("collaps") and w.COLLAPSE_SUBJECTS.intersection(before(m, 3)):
            return False  # "my bank account collapsed"
        if {"about", "going", "gonna"}.intersection(before(m, 2)) and not_figurative(m) is False:
            return False
        if p.FAINT_ELSEWHERE.match(text, m.end()):
            return False  # "I nearly fainted getting my ears pierced", "I've fainted at blood tests before"
        return real_faint(m)

    def real_pain(m: Match[str], procedure: bool = True) -> bool:
        words = before(m, 5)
        near_words = before(m, 3)
        during = p.PROCEDURE.intersection(near_words) and not _SITE_NOUNS.intersection(near_words)
        if procedure and during or w.UNRELATED_PAIN_PLACE.intersection(before(m, 2)):
            return False  # "while they were injecting", "period pain"; not "near the injection area and pain ..."
        return not ("agony" in m.group(0) and w.FIGURATIVE_SUBJECTS.intersection(words))

    def extreme(m: Match[str]) -> bool:
        if m.re is w.EXTREME_PAIN_EFFECT and not near(m, p.PAIN_CONTEXT, 80):
            return False  # "I can not bear" alone is not about pain
        return real_pain(m, procedure=m.re is not w.EXTREME_PAIN_EFFECT)

    def unrelated_swelling(m: Match[str]) -> bool:  # "hay fever has my eyes puffy", not "I thought it was hay fever, but"
        cause = w.UNRELATED_SWELLING.search(text, max(0, m.start() - 60), m.end() + 60)
        if cause is None:
            return True
        between = text[min(cause.end(), m.end()) : max(cause.start(), m.start())]
        return bool(CONTRAST_WORDS.search(between))

    def drowsy(m: Match[str]) -> bool:
        if m.group(0) == "drowsy" and p.MILD.intersection(before(m)):
            return False
        return not (m.re is w.DROWSY_EFFECT and "open" in m.group(0) and near(m, p.SWELLING, 60))

    def no_urine_long_enough(m: Match[str]) -> bool:
        hours = urine_hours(text, m.start(), m.end())
        return hours is None or hours >= NO_URINE_HOURS

    return {
        "lump": lump_here,
        "pus": lambda m: (
            not text.startswith("discharged from", m.start())
            and "lymphatic" not in before(m, 1)
            and not (m.group(0).startswith(("gone", "turn", "going", "became", "become")) and p.BRUISE.search(text))
        ),
        "abscess": not_elsewhere,
        "infection": lambda m: (
            not_elsewhere(m) and not p.NOT_AN_EVENT_NEXT.match(text, m.end()) and not w.TOPIC_NEXT.match(text, m.end())
        ),
        "hot": real_warmth,
        "low_blood_pressure": lambda m: not near(m, p.HABITUAL),
        "fainting": real_collapse,
        "red": lambda m: not (after(m) and after(m)[0] in p.RED_SKIP_NEXT),
        "swelling": unrelated_swelling,
        "face_eye_swelling": unrelated_swelling,
        "severe_pain": real_pain,
        "extreme_pain": extreme,
        "fever": lambda m: not p.FEVER_IDIOM.intersection(before(m, 1) + after(m, 1)),
        "chills": lambda m: not p.CHILLS_IDIOM.search(text, max(0, m.start() - 25), m.end() + 20) and not_emotion(m),
        "rigors": lambda m: (
            not_emotion(m)
            and not (
                m.group(0) in ("rigour", "rigor")
                and before(m, 1) not in (["a"], ["having"], ["another"], ["had"], ["with"], ["and"])
            )
        ),
        "breathless": not_emotion,
        "mottled_skin": not_figurative,
        "drowsy": drowsy,
        "feel_dying": lambda m: not p.DYING_IDIOM.match(text, m.end()),
        "suicidal_thoughts": lambda m: (
            not p.SUICIDAL_NOT_OWN_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            and not p.SUICIDAL_NOT_OWN_AFTER.search(text[m.end() : m.end() + 80])
        ),
        "suspected_sepsis": lambda m: (
            not w.TOPIC_NEXT.match(text, m.end()) and not _TAUGHT_ABOUT.search(text, max(0, m.start() - 40), m.start())
        ),
        "immunocompromised": lambda m: not w.RISK_AS_TOPIC.match(text, m.end()),
        "no_urine": no_urine_long_enough,
        "seizure": lambda m: not p.NOT_AN_EVENT_NEXT.match(text, m.end()) and not not_future(m),
        "racing_heart": lambda m: not w.EMOTION_NEAR.search(text, m.end(), m.end() + 70),
        "headache": lambda m: not p.FIGURATIVE_NEXT.search(text, m.end(), m.end() + 60),
        "pain": lambda m: not (after(m) and after(m)[0] in p.ELSEWHERE),
        # not a hair parting that widens: "my parting still looks wider" (final69)
        "_spread": lambda m: (
            not {"can", "could", "may", "might", "will", "would", "to"}.intersection(before(m, 1))
            and not {"parting", "gap"}.intersection(before(m, 3))
        ),
        "spreading_redness": lambda m: (
            m.group(0).startswith("red") or bool(p.SPREAD_CONTEXT.search(text, max(0, m.start() - 60), m.end() + 60))
        ),
    }


def sign_hits(text: str) -> List[Hit]:
    """Every match of every sign and cue, before negation and question handling."""
    hits: List[Hit] = []
    keep_for = _filters(text, hits)
    found: Set[str] = set()
    for sign, pattern in _specs():
        needs = _PREREQUISITE.get(sign)
        if needs is not None and needs not in found:
            continue
        keep: Optional[Keep] = keep_for.get(sign)
        for m in pattern.finditer(text):
            if keep is None or keep(m):
                hits.append(Hit(sign, m.start(), m.end()))
                found.add(sign)
    for hit in [h for h in hits if h.sign == "severe_pain"]:
        markers = {m.group(0) for m in p.EXTREME_MARKER.finditer(text, max(0, hit.start - 15), hit.end + 5)}
        if not markers or p.ON_TOUCH.match(text, hit.end):
            continue
        # "this one is hot red and hurts like hell": a lump's or boil's pain in a figure of speech, severe but not beyond
        # what it looks (read sets: every such line without another §4c sign was labelled urgent)
        if markers == {"like hell"} and found & _LOCAL_SIGNS:
            continue
        hits.append(Hit("extreme_pain", hit.start, hit.end))
    if any(c.isdigit() for c in text) or SPOKEN_NUMBER.search(text):
        hits.extend(Hit(sign, start, end) for sign, start, end in number_hits(text))
    hits.extend(Hit(sign, start, end) for sign, start, end in clock_hits(text, NO_URINE_HOURS))
    if "day" in text or "week" in text or "month" in text:
        hits.extend(Hit("_duration", m.start(), m.end()) for m in p.DURATION.finditer(text))
    for hit in hits:
        if hit.sign in _MINOR_WITH_MILDNESS:
            window = CLAUSE_PUNCT.split(text[max(0, hit.start - 30) : hit.start].replace(".", ","))[-1]
            words = TOKEN.findall(window)[-2:]
            mild = bool(p.MILD.intersection(words)) or text.startswith(_A_LITTLE, hit.end)  # "it throbs a little"
            if hit.sign == "pain" and text[hit.start : hit.end] in p.MILD_PAIN_WORDS:
                mild = mild or not p.INTENSE.intersection(words)
            hit.mild = mild
    return hits


def _duration_days(match_text: str) -> Tuple[float, bool]:
    """(days, is_ago) of a duration phrase such as "3 weeks", "a few days ago", "weeks later"."""
    m = p.DURATION.match(match_text)
    if m is None:
        return 0.0, False
    if m.group(1):
        count = p.NUMBER_WORDS.get(m.group(1))
        if count is None:
            try:
                count = float(m.group(1))
            except ValueError:
                count = 0.0
        unit = m.group(2)
        days = count * (1 if unit.startswith("day") else 7 if unit.startswith("week") else 30)
        return days, (m.group(3) or "").strip() == "ago"
    if m.group(8):  # "week four": the fourth week has begun
        count = p.NUMBER_WORDS.get(m.group(9)) or float(m.group(9))
        return (count - 1) * 7.0 if m.group(8) == "week" else count, False
    if m.group(10):
        return (p.ORDINALS[m.group(10)] - 1) * (7.0 if m.group(11) == "week" else 30.0), False
    unit = m.group(4) or m.group(6) or m.group(7) or ""
    return (7.0 if unit.startswith("week") else 30.0), (m.group(5) or "") == "ago"


_SITE_NOUNS = frozenset("area areas site sites spot spots point points".split())


def combine(text: str, hits: List[Hit], sentence_signs: List[Set[str]], sentence_texts: List[str]) -> Set[str]:
    """Sign ids from the counted matches, including the combinations (painful lump, meningism...)."""
    signs = {h.sign for h in hits}
    strong = {h.sign for h in hits if not h.mild}
    durations = [_duration_days(text[h.start : h.end]) for h in hits if h.sign == "_duration"]
    longest = max([d for d, _ in durations] + [float(LASTING_DAYS) if any(h.sign == "_lasting" for h in hits) else 0.0])
    longest_not_ago = max((d for d, ago in durations if not ago), default=0.0)
    local = {"red", "swelling", "pain", "hot"} & signs

    def together(sign: str, others: Set[str], context: Optional[Pattern[str]] = None) -> bool:
        return any(
            sign in found and (found & others or (context is not None and context.search(sentence)))
            for found, sentence in zip(sentence_signs, sentence_texts)
        )

    if "rigors" in signs:
        signs.add("chills")
    # "I'm confused" alone may be about the prices; beside a fever or an infection sign it is confusion (4c).
    if "_confused" in signs and signs & {"fever", "chills", "pus", "abscess", "infection", "lump", "hot", "painful_lump"}:
        signs.add("confusion")
    if "_new_ones" in signs and p.LUMP.search(text):
        signs.add("lump")
    if "lump" in signs and "pain" in signs:
        signs.add("painful_lump")
    if "lump" in signs and (longest >= 7 or {"_grow", "_persist"} & signs):
        signs.add("late_or_persistent_lump")
    small_infected = {"hot", "pus", "immunocompromised"} & signs  # "a small bump, a bit warm", "on chemo ... small bump"
    if "_small_lump" in signs and (
        longest >= 14 or (longest >= 7 and {"_grow", "_persist"} & signs) or "_grow" in signs or small_infected
    ):
        signs.update({"lump", "late_or_persistent_lump"})  # little bumps "still there after two weeks" (§4b)
    if local and "lump" not in signs and ("_worse" in signs or "_grow" in signs):
        signs.add("worsening")
    if local and "lump" not in signs and (longest_not_ago >= 5 or ("_persist" in signs and longest_not_ago >= 3)):
        signs.add("persistent_reaction")
    if len(local) >= 2 and "lump" not in signs and longest >= 5:
        signs.add("persistent_reaction")  # "red and sore, from injections ten days ago": not the first days' reaction
    if len(local) >= 2 and strong & local and "lump" not in signs and longest >= 3:
        signs.add("persistent_reaction")  # red and sore on day 3: past §4a's 24-48 hours (pending clinician review)
    throbbing = any(h.sign == "pain" and not h.mild and text.startswith("throb", h.start) for h in hits)
    if {"red", "swelling", "pain"} <= strong or (throbbing and {"red", "swelling"} & signs):
        signs.add("inflamed_area")
    spread_hits = [h for h in hits if h.sign == "_spread"]
    spreads = [text[h.start : h.end] for h in spread_hits]
    spread_spans = [(h.start, h.end) for h in spread_hits]
    forehead_drop = usual_drop(text, signs, spread_spans)  # §4a's swelling that drops down, not a spreading infection
    if eye_swelling_usual(text, signs, spread_spans, [(h.start, h.end) for h in hits if h.sign == "face_eye_swelling"]):
        signs.discard("face_eye_swelling")
    # a line drawn round the redness is how a spread is watched: alone, it tells no spread (2026-12, final60)
    marked_only = bool(spreads) and all(s.startswith(("marked", "drew", "drawn", "traced")) for s in spreads)
    if together("_spread", {"red", "swelling", "infection", "lump", "pus", "hot", "abscess"}, p.SPREAD_CONTEXT) and not (
        forehead_drop or marked_only
    ):
        signs.add("spreading_redness")
    if together("_body_pain", {"_disabling", "severe_pain"}, w.SEVERE_CONTEXT):
        signs.add("muscle_pain")  # "every muscle hurts, I can not get up" (§4c severe muscle pain)
    if local and len(strong & local) >= 2 and "_recur" in signs:
        signs.add("worsening")  # "the spot that had healed is swollen and painful again"
    fast = not marked_only and (together("_fast", {"_spread", "spreading_redness"}) or together("_fast_since", {"_spread"}))
    dropping = bool(spread_hits) and all(" down" in text[h.start : h.end + 6] for h in spread_hits)
    fast = fast and not (forehead_drop and dropping)  # "by this evening it's moving down towards my brows" (final65)
    # a spread seen within hours of a marked clock time (`clock.clock_hits` checks the spread after the times itself,
    # which may be in the next sentence: "outlined it at 9am. it is 1pm and it has gone past the line")
    fast = fast or ("_fast_clock" in signs and "spreading_redness" in signs)
    # something that spreads, not "session at 10am, mild headache at 4pm, gone by 8pm"
    spreadable = bool({"red", "swelling", "infection", "lump", "pus", "hot", "abscess", "spreading_redness"} & signs)
    if fast and "_mild_spread" not in signs and (spreadable or p.SPREAD_CONTEXT.search(text)):
        signs.update({"spreading_redness", "fast_spreading_redness"})
    if together("_fast_hours", {"red", "swelling"}) and together("_fast_hours", {"_worse", "_grow", "_spread"}):
        signs.update({"spreading_redness", "fast_spreading_redness"})  # "the red is going bigger every hour"
    if together("_antibiotic", {"_antibiotic_failed", "_persist"}):
        signs.add("antibiotics_failed")
    if (
        together("_hair_patch", {"_hair_patch_context"})
        or together("_hair_gone", {"_hair_site", "_hair_shape"})
        or together("_hair_shed", {"_hair_shape"})
    ):
        signs.add("patchy_hair_loss")
    if "patchy_hair_loss" in signs and (_old_mark_only(text, hits) or _LOSS_TO_BE_TREATED.search(text)):
        signs.discard("patchy_hair_loss")

    headache = any(h.sign == "headache" and not h.mild for h in hits)
    if any(h.sign == "headache" and _severe_headache(text, h) for h in hits):
        signs.add("severe_headache")
    if "_stiff_neck" in signs:
        signs.add("stiff_neck")
    if "_photophobia" in signs:
        signs.add("light_sensitivity")
    strong_signs = signs if headache else signs - {"headache"}  # a mild headache does not count
    if is_meningism(strong_signs):
        signs.add("meningism")
    return signs


# Hair loss the writer wants treated, not a complication of the injections: "can mesotherapy regrow hair where I'm
# completely bald?" (2026-12, final15 and final50 with their typos read)
_LOSS_TO_BE_TREATED = re.compile(
    r"\b(?:can|could|will|would|does|do|might|may) (?:meso|mesotherapy|the treatment|the injections|injections)"
    r" (?:\w+ )?(?:regrow|re grow|grow hair)\b(?!.*\binject)"
    # "my hair loss is patchy alopecia areata, would mesotherapy help?": a diagnosis, not the injections' doing (final62)
    r"|\balopecia areata\b(?!.*\b(?:after|since|from) (?:the |my )?(?:meso|mesotherapy|sessions?|injections?)\b)"
    # "a bald spot ... since I was 25; it's just ordinary male pattern" (final64); not "meso for female pattern hair loss"
    r"|\b(?:it is|its|just|only) (?:\w+ )?(?:male|female) pattern\b(?!.*\b(?:inject\w*|after|since|from) (?:the |my )?"
    r"(?:meso|mesotherapy|sessions?|injections?)\b)"
)


def _old_mark_only(text: str, hits: List[Hit]) -> bool:
    """A scar or a dent, and no lost hair, left by something long past or unchanged since: "a tiny dent from an
    abscess three years ago", "a scar, unchanged since then". §4b asks about new scarring (2026-12, final49)."""
    marks = [h for h in hits if h.sign in ("_hair_patch", "_hair_gone")]
    if not marks or not all(_MARK.search(text, h.start, h.end) for h in marks) or any(h.sign == "_hair_shed" for h in hits):
        return False
    if _UNCHANGED.search(text):
        return True
    return all(REMOTE_PAST.search(_sentence_around(text, h.start)) for h in marks)  # dated in its own sentence


def _sentence_around(text: str, at: int) -> str:
    """The sentence holding `at`, split as `clauses.SENTENCE_END` splits (not at "38.5")."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)
    end = SENTENCE_END.search(text, at)
    return text[start : end.start() if end else len(text)]


_MARK = re.compile(r"\b(?:scars?|scarring|scarred|scar tissue|dents?|dented|indent\w*|sunken|pitted|puckered|hollow)\b")
_UNCHANGED = re.compile(
    r"\b(?:unchanged|(?:has not|not|never) changed|the same) (?:\w+ ){0,2}?since\b"
    r"|\b(?:fine|all clear|clear|no problems) (?:ever )?since\b"
)


def _severe_headache(text: str, hit: Hit) -> bool:
    words = TOKEN.findall(text, max(0, hit.start - 30), hit.end + 25)
    return bool(p.SEVERE_HEADACHE_WORDS.intersection(words))


def public(signs: Iterable[str]) -> Tuple[str, ...]:
    """Reported sign ids, sorted, without internal cues."""
    return tuple(sorted(s for s in signs if not s.startswith("_")))
