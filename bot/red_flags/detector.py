"""``detect(text)``: which red-flag signs one message reports, and the level they call for.

Runs on every user message (pure standard library, precompiled regexes) and never raises. Steps:
normalise (`bot.chat_text`), split into sentences and clauses (`clauses`), match every sign
(`matching`, `numbers`), drop a match that is negated (`negation`), resolved ("the swelling cleared
up", or a past sign followed by "It healed completely."), or only part of a question, a hypothetical or
someone else's story (`clauses`, words in `framing`), then combine the signs and judge their level
(`levels.level_of`). A question followed by a statement about it ("... ? It started today.") is a report.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Dict, List, Set, Tuple

from bot.chat_glossary import ROMANISED_GLOSSARIES, language_of, unread_share
from bot.chat_scripts import unread_script
from bot.chat_text import for_matching
from bot.escalation_levels import EscalationLevel, rank
from bot.language_id import maybe_not_english, unread_language
from bot.red_flags import framing as f
from bot.red_flags import general_questions as g
from bot.red_flags import patterns as p
from bot.red_flags import queries as q
from bot.red_flags.clauses import (
    CLAUSE_PUNCT,
    CLAUSE_WORDS,
    CONTRAST_WORDS,
    FOLLOW_UP,
    POSSESSIVE_BEFORE,
    SENTENCE_END,
    TOKEN,
    Sentence,
    analyse_sentence,
    inside,
)
from bot.red_flags.episodes import bounded_past_spans
from bot.red_flags.levels import level_of
from bot.red_flags.matching import Hit, combine, public, sign_hits
from bot.red_flags.model_gates import dropped_swelling_only, mild_soreness_only, small_bump_only, vague_malaise_only
from bot.red_flags.negation import NEGATORS, negated
from bot.red_flags.numbers import figure_on_safe_side, normal_reading
from bot.red_flags.registry import MILD_LOCAL, RISK_FACTORS
from bot.red_flags.rewrites import aside_dropped, asked_plainly, figure_named, new_ones_named, witnessed_plainly
from bot.red_flags.wording import OWN_FOLLOW_UP, SESSION_WORDS

__all__ = ["Findings", "detect", "MAX_CHARS"]

logger = logging.getLogger(__name__)

# Signs that are events, over when told: "I fainted at lunch, I'm ok now" is still a faint today (brief §4c); only
# a date days back ("a month ago") makes them past
_EVENTS = frozenset({"fainting", "seizure"})
MAX_CHARS = 200_000  # longer input is cut (after 200 KB a chat message is not a symptom report)
SHORT_QUESTION_MAX_WORDS = 30
# A glossary reading that left this share of a message's words unread may have missed its worst sign: the models read
# it from the thresholds of a language nothing here reads (docs/safety-model.md, round 18)
PARTLY_READ_SHARE = 0.5


def _event_today(text: str, at: int, sentence: Sentence) -> bool:
    """Whether an event sign at `at` happened today: the date nearest to it in its sentence decides ("the session 12 days
    ago ... twenty minutes ago my arm started jerking" is today); with no date there, any date days back in the text."""
    dates = [(m.start(), False) for m in f.DAYS_AGO.finditer(text, sentence.start, sentence.end)]
    dates += [(m.start(), True) for m in f.TODAY_AGO.finditer(text, sentence.start, sentence.end)]
    if not dates:
        return not f.DAYS_AGO.search(text)
    return min(dates, key=lambda d: abs(d[0] - at))[1]


@dataclass(frozen=True)
class Findings:
    level: EscalationLevel  # "none" | "urgent" | "emergency": level_of(signs)
    signs: Tuple[str, ...]  # reported sign ids (not negated, resolved or hypothetical), risk factors included, sorted
    is_question: bool  # reads as an information question: a question and no reported symptom
    ruled_out: bool = False  # explicitly denies or clears a sign: "no fever", "nothing spreading", "the pus has gone"
    symptom_related: bool = False  # talks about symptoms, the body or the injection sites at all, report or not
    asked_signs: Tuple[str, ...] = ()  # named in a question or keyword query without being reported (`queries`)
    framed_away: bool = False  # names signs, all of them past, someone else's or hypothetical ("my friend had pus")
    otherwise_well: bool = False  # "... but he's eating and watching TV": §4b's "feverish with a lump, otherwise well"
    usual_only: bool = False  # names §4a's usual findings (bruises, scabs) and no sign: "the bruise is turning yellow"
    keyword_shaped: bool = False  # reports signs in a few words with no person, time or number: "pus after meso?"
    short_question: bool = False  # a few words that ask, whatever they report: "drain abscess myself?"
    unread: bool = False  # in a script or language no glossary here reads (`bot.chat_scripts`, `bot.language_id`)
    foreign: bool = False  # not confidently English, and nothing in it read as symptoms: the multilingual model may read it
    words: int = 0  # how many words the message has (set on every reading that is not an emergency)
    story: bool = False  # tells someone else's or a long-past story, and nothing as happening now: "my aunt had pus in 2015"
    partly_read: bool = False  # in a glossary language, but its glossary left `PARTLY_READ_SHARE` of the words unread
    all_clear: bool = False  # says all is well: "no fever, no pus, all fine", "none of those"
    vague_only: bool = False  # in English, feels unwell in words that name no sign: "a bit rough today"
    before_treatment: bool = False  # no injection had yet: "my session isn't until the 14th" (`framing.not_treated_yet`)

    @property
    def escalates(self) -> bool:
        return self.level != "none"


_NONE = Findings(level="none", signs=(), is_question=False)
_FALLBACK = re.compile(
    r"breath|chest|faint|passed out|collaps|seizure|confus|unconscious|throat|lips|tongue|swallow|fever|temperature"
    r"|chills|shiver|pus|abscess|boil|lump|infect|swell|spread",
    re.IGNORECASE,
)


def detect(text: str) -> Findings:
    """The red flags a message reports, and the level they call for. Never raises."""
    try:
        return _read_message(_as_text(text))
    except Exception:  # the safety layer must never break the NLU pipeline; it errs towards escalating
        logger.exception("red-flag detector failed; falling back to a keyword check")
        try:
            suspicious = bool(_FALLBACK.search(_as_text(text)[:MAX_CHARS]))
        except Exception:
            suspicious = False
        if suspicious:
            return Findings(level="urgent", signs=(), is_question=False, symptom_related=True)
        return _NONE


def _maybe_glossed(text: str) -> bool:
    """Not surely English, and read by a glossary or in a language none reads; short English that langdetect doubts
    ("I feel unwell after my meso.", final68) and no glossary touched is English."""
    return maybe_not_english(text) and (
        language_of(text) is not None or unread_language(text) or unread_script(for_matching(text))
    )


@lru_cache(maxsize=256)  # a conversation's previous message is read again with each follow-up (safety_decision)
def _read_message(raw: str) -> Findings:
    raw = asked_plainly(raw)  # every reading below, own-case questions included, sees "is it normal to ..."
    findings = _read_glossed(raw)
    if findings.vague_only and _maybe_glossed(raw[:MAX_CHARS]):
        findings = replace(findings, vague_only=False)  # a glossary's "unwell" may sit beside words it did not read
    if findings.level == "emergency":
        return findings
    text = raw[:MAX_CHARS]
    matched = for_matching(text)
    story = f.told_as_story(matched, 0, len(matched)) and not f.told_now(matched, 0, len(matched))
    findings = replace(findings, story=story, words=len(matched.split()))
    # In a language the glossaries do not read, the English clause reading is noise ("és" read as a verb): only a
    # question mark (any script's, `for_matching`) makes it a question.
    asks = findings.is_question and "?" in matched
    if unread_script(matched) or unread_language(text):
        # a script or language nothing here reads: the net, not "not sure", and the multilingual model reads it.
        # What the glossary of another language seemed to rule out or frame away does not count (Albanian "pas",
        # after, read as French "not"). English read as English, and a romanised glossary's reading (langdetect cannot
        # tell romanised Hindi), still do.
        findings = replace(findings, symptom_related=True, unread=True, is_question=asks)
        glossary = language_of(text)
        if glossary is None or glossary in ROMANISED_GLOSSARIES:
            return findings
        return replace(
            findings, ruled_out=False, framed_away=False, usual_only=False, otherwise_well=False, story=False, all_clear=False
        )
    if not findings.symptom_related and maybe_not_english(text):
        # Zulu or Hausa taken for Swahili, Kazakh for Russian: nothing read, so the multilingual model may read it
        return replace(findings, foreign=True, is_question=asks)
    if findings.level != "emergency" and maybe_not_english(text) and unread_share(text) >= PARTLY_READ_SHARE:
        return replace(findings, partly_read=True)
    return findings


def _read_glossed(raw: str) -> Findings:
    findings = _detect(raw)
    if findings.is_question and not set(findings.signs) - RISK_FACTORS:  # "is it normal ...? I have diabetes" asks too
        return _taken_back(raw, _asked_if_normal(raw, findings))
    if findings.signs and findings.level != "emergency":
        findings = _own_case_asked(raw, findings)
    return _taken_back(raw, findings)


def _taken_back(raw: str, findings: Findings) -> Findings:
    """ "What would you do if your mum was confused? It's not hypothetical, she is right now": read again
    without the "if" (`framing.TAKEN_BACK`); the higher level wins."""
    text = for_matching(raw[:MAX_CHARS])
    if findings.level == "emergency" or not f.TAKEN_BACK.search(text):
        return findings
    read = _detect(f.without_hypotheticals(text))
    return read if rank(read.level) > rank(findings.level) else findings


def _asked_if_normal(raw: str, findings: Findings) -> Findings:
    """ "Is it normal to get chest pains after meso?": an emergency sign is reported, and so is any sign
    when the question also speaks of the writer ("... a sore lump on my head"); any other is asked about
    (`queries.as_own_report`)."""
    text = for_matching(raw[:MAX_CHARS])
    own = q.as_own_report(text)
    if own is None or f.not_treated_yet(text):
        return findings  # nothing to read as the writer's own, or asked before any injection
    read = _detect(own)
    if read.level == "emergency" or (read.signs and q.names_own(text)):
        return replace(read, symptom_related=True)
    if not read.signs:
        return findings
    return replace(findings, asked_signs=read.signs, symptom_related=True)


def _own_case_asked(raw: str, findings: Findings) -> Findings:
    """ "I have a fever from the injections. Is it normal not to pee for 18 hours?": a writer who reports
    signs and asks whether an emergency sign is normal has it (`queries.own_case_read`); so has one who asks "is a
    stiff neck normal after meso?" and reports another sign ("the light hurts my eyes too")."""
    text = for_matching(raw[:MAX_CHARS])
    for read_as in (q.own_case_read(text), q.as_own_report(text)):
        read = _detect(read_as) if read_as else findings
        if read.level == "emergency":
            return read
    return findings


def _as_text(text: object) -> str:
    if text is None:
        return ""
    if isinstance(text, bytes):
        return text.decode("utf-8", errors="replace")
    return text if isinstance(text, str) else str(text)


def _detect(raw: str) -> Findings:
    text = for_matching(raw[:MAX_CHARS])
    text = figure_named(witnessed_plainly(new_ones_named(aside_dropped(f.FIGURES_OF_SPEECH.sub("saying", text)))))
    if not text:
        return _NONE

    sentence_ends = [m.start() for m in SENTENCE_END.finditer(text)] + [len(text)]
    clause_ends = sorted(
        set(sentence_ends)
        | {m.start() for m in CLAUSE_PUNCT.finditer(text)}
        | {m.start() - 1 for m in CONTRAST_WORDS.finditer(text)}
    )
    negation_ends = sorted(set(clause_ends) | {m.start() - 1 for m in CLAUSE_WORDS.finditer(text)})
    hits = sign_hits(text)
    sign_starts = sorted(h.start for h in hits if not h.sign.startswith("_"))
    resolutions = _resolutions(text, sign_starts)
    sentences: List[Sentence] = []
    start = 0
    for end in sentence_ends:
        if TOKEN.search(text, start, end):
            sentences.append(analyse_sentence(text, start, end, clause_ends, sign_starts, resolutions))
        start = end + 1
    _follow_ups(text, sentences)
    _story_goes_on(text, sentences)
    _hypotheticals_go_on(text, sentences)
    sentence_starts = [s.start for s in sentences]

    counted: List[Hit] = []
    framed: List[Hit] = []  # matches told as past, someone else's or hypothetical
    by_sentence: Dict[int, Set[str]] = {}
    ruled_out = False
    for hit in hits:
        i = bisect_right(sentence_starts, hit.start) - 1
        if i < 0:
            continue
        sentence = sentences[i]
        ci = bisect_right(negation_ends, hit.start - 1) - 1
        clause_start = negation_ends[ci] + 1 if ci >= 0 else 0
        if negated(text, hit.start, hit.end, max(clause_start, sentence.start)):
            ruled_out = ruled_out or hit.sign != "_duration"
            continue
        if (
            resolutions
            and not (hit.sign in _EVENTS and _event_today(text, hit.start, sentence))
            and (
                _resolved(hit, sentence, resolutions, negation_ends, hits)
                or _resolved_next(i, sentences, resolutions, sign_starts, text)
            )
        ):
            ruled_out = ruled_out or hit.sign != "_duration"
            continue
        if (sentence.remote or sentence.hearsay) and hit.sign in RISK_FACTORS and p.ONGOING_RISK.match(text, hit.start):
            counted.append(hit)  # "a kidney transplant years ago" is still a weak immune system
            by_sentence.setdefault(i, set()).add(hit.sign)
            continue
        named = (
            not text.startswith(_NOT_SIGN_NOUNS, hit.start)  # "my throat", "my husband" name no sign
            and not inside(hit.start, sentence.pure_cond)
            and bool(POSSESSIVE_BEFORE.search(text, max(sentence.start, hit.start - 40), hit.start))
        )
        reported = named and not hit.sign.startswith("_") and not sentence.hearsay
        if not reported and (not sentence.report or inside(hit.start, sentence.hypothetical())):
            framed.append(hit)
            continue
        counted.append(hit)
        by_sentence.setdefault(i, set()).add(hit.sign)

    signs = combine(
        text,
        counted,
        [by_sentence[i] for i in sorted(by_sentence)],
        [text[sentences[i].start : sentences[i].end] for i in sorted(by_sentence)],
    )
    reported_signs = public(signs)
    symptoms = [s for s in reported_signs if s not in RISK_FACTORS]
    is_question = any(s.question for s in sentences) and not symptoms
    symptom_related = bool(symptoms) or any(h.sign != "_duration" for h in hits) or bool(f.SYMPTOM_TALK.search(text))
    level = level_of(signs)
    not_treated = f.not_treated_yet(text)
    if level == "urgent" and not_treated:
        level, reported_signs = "none", ()  # a fever before the first session is no reaction to it; an emergency still is
    asked_only = any(s.question for s in sentences) and not (f.PRESENT.search(text) or _HAS_NOW.search(text))
    if level == "emergency" and not_treated and asked_only:
        # "Stiff neck and headache after scalp injection, this can happen? I want to know before I make the treatment":
        # asked before any injection; the answer carries the emergency net first (2026-12, final60)
        return Findings(
            level="none", signs=(), is_question=True, symptom_related=True, asked_signs=reported_signs, before_treatment=True
        )
    sign_words = [(h.sign, text[h.start : h.end]) for h in counted if h.sign in reported_signs]
    sign_clauses = [_clause_of(h.start, negation_ends, sentence_starts) for h in counted if h.sign in reported_signs]
    if reported_signs and g.disclaimed_story(text, sign_clauses):
        return Findings(level="none", signs=(), is_question=True, symptom_related=True, asked_signs=reported_signs)
    if reported_signs and (
        q.keyword_query(text, [words for _, words in sign_words], reported_signs)
        or q.topic_question(text, sign_words)
        or g.general_question(text, sign_words)
    ):
        return Findings(level="none", signs=(), is_question=True, symptom_related=True, asked_signs=reported_signs)
    # signs named but told as past, someone else's or hypothetical: the models may not escalate them alone
    framed_away = not reported_signs and (
        any(not h.sign.startswith("_") and h.sign not in RISK_FACTORS for h in hits)
        # a sign only its parts make up: "Months ago I had a patch of hair fall out where they injected" (final64)
        or bool(set(public(combine(text, framed, [{h.sign for h in framed}], [text]))) - RISK_FACTORS)
    )
    all_clear = bool(f.ALL_CLEAR.search(text))
    return Findings(
        level=level,
        signs=reported_signs,
        is_question=is_question,
        ruled_out=ruled_out or all_clear or (level == "none" and normal_reading(text)),
        all_clear=all_clear,
        vague_only=not reported_signs and not framed_away and vague_malaise_only(text, hits),
        before_treatment=not_treated,
        symptom_related=symptom_related,
        framed_away=framed_away,
        otherwise_well=bool(reported_signs) and bool(f.OTHERWISE_WELL.search(text)),
        usual_only=(not reported_signs and not framed_away and (bool(f.USUAL_FINDING.search(text)) or small_bump_only(hits)))
        or (level == "none" and bool(reported_signs) and set(reported_signs) <= _EARLY_MILD and f.first_days_only(text))
        or (level == "none" and set(reported_signs) == {"pain"} and mild_soreness_only(text, hits))
        or (level == "none" and dropped_swelling_only(text, hits)),
        keyword_shaped=bool(reported_signs) and q.keyword_shaped(text),
        short_question=len(text.split()) <= SHORT_QUESTION_MAX_WORDS
        and ("?" in text or any(s.question for s in sentences))
        and not q.anchored_in_own_life(text),
    )


# "if my lump grows" presupposes the lump; "if my throat swells", "if my husband became confused" do not
_NOT_SIGN_NOUNS = tuple(
    "bp blood temperature lip tongue throat mouth eye face cheek chest heart arm leg hand skin finger nail neck speech "
    "vision pulse "
    "breath he she husband wife partner mum mom mother dad father son daughter brother sister friend boyfriend "
    "girlfriend child kid baby".split()
)


_OTHERS_BEFORE = re.compile(r"\b(?:the )?(?:others|rest|other (?:ones|spots|sites|points|injections))(?: have| are| all)? ?$")


# §4a: mild redness, swelling or tenderness in the first 24-48 hours is usual (`framing.first_days_only`)
_EARLY_MILD = MILD_LOCAL | {"pain"}
_HAS_NOW = re.compile(
    r"\b(?:i (?:have|am having|am getting|have got|got|feel|can not)|(?:he|she) (?:has|is having|has got|got|feels|can not))\b"
    r"(?! (?:(?:my|the|a|any) )?(?:first )?(?:meso|mesotherapy|session|injections?|treatment|it done|read|heard|seen)\b)"
)


def _resolutions(text: str, sign_starts: List[int]) -> List[Tuple[int, int]]:
    """Spans saying a problem has gone ("cleared up", "back to normal"), unless negated ("has not gone")
    or undone later in the sentence ("went away but came back", "cleared up, but now there is pus")."""
    spans = []
    for m in f.RESOLVED.finditer(text):
        # "has not (fully) cleared", not "no pus, bumps flat now"
        before = TOKEN.findall(text, max(0, m.start() - 25), m.start())[-2:]
        if NEGATORS.intersection(before) or "never" in before:
            continue
        if _OTHERS_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            continue  # "one site is still red and swollen, the others healed"
        end_of_sentence = SENTENCE_END.search(text, m.end())
        stop = end_of_sentence.start() if end_of_sentence else len(text)
        if f.RESOLVED_UNDONE.search(text, m.end(), stop):
            continue
        undo = f.RESOLVED_UNDONE_IF_SIGN.search(text, m.end(), stop)
        if undo and bisect_right(sign_starts, stop - 1) > bisect_right(sign_starts, undo.start()):
            continue
        spans.append((m.start(), m.end()))
    for start, end in bounded_past_spans(text):  # "I had eye swelling for 3 days" (after a past session)
        end_of_sentence = SENTENCE_END.search(text, end)
        undo = f.RESOLVED_UNDONE_IF_SIGN.search(text, end, end_of_sentence.start() if end_of_sentence else len(text))
        if undo is None:
            spans.append((start, end))
    return spans


_STORY_PAST = re.compile(
    r"\b(?:was|were|had|turned out|recovered|called|went|needed|got|ended up|died|spent|took|gave|lasted|cleared|healed"
    r"|drained|developed|started|came|began|rushed|admitted|found|diagnosed|prescribed|treated|removed)\b"
)
# The writer's own remote past going on: past tense, nothing present or recent (not "three days ago")
_REMOTE_GOES_ON = re.compile(r"\b(?:had|got|noticed|was|were|went|gave|did|came|needed|ended up|took|developed|started|found)\b")
_REMOTE_BREAK = re.compile(
    r"\b(?:is|are|am|im|has|have|keeps?|getting|gets|tonight|yesterday|last night|(?:hours?|days?|weeks?) ago)\b"
)


def remote_past_goes_on(text: str) -> bool:
    """A sentence in the past tense with nothing present or recent (`for_matching` text): after a long-past story,
    more of it ("It was drained and I took antibiotics for six weeks.")."""
    return bool(_REMOTE_GOES_ON.search(text)) and not (_REMOTE_BREAK.search(text) or f.PRESENT.search(text))


_STORY_SUBJECT = re.compile(r"\b(?:she|he|they|her|his|their|him|them|it turned out|the (?:guy|girl|woman|man|lady|patient))\b")
_STORY_BREAK = re.compile(
    rf"\b(?:{f.FIRST_PERSON}|we|our|us|is|are|am|has|have|keeps?|getting|gets|now|still|today|tonight|currently"
    r"|yesterday|this (?:morning|week|evening)|just|recently|new)\b"
)


def _story_goes_on(text: str, sentences: List[Sentence]) -> None:
    """A past-tense sentence that names nobody here and nothing now, right after someone else's story,
    is more of that story: "A woman on Facebook said her mother got a stiff neck after meso. It turned out
    to be meningitis. Her mum recovered." (2026-12, dev17)."""
    for before, after in zip(sentences, sentences[1:]):
        if f.DATED_BEFORE.match(text, after.start) and not f.PRESENT.search(text, before.start, before.end):
            before.report, before.hearsay, before.remote = False, True, True  # "... fine in 3 days. that was 6 months ago"
        if not before.hearsay or after.hearsay:
            continue
        asked = text.startswith("?", after.end)
        if before.remote and not asked and remote_past_goes_on(text[after.start : after.end]):
            after.report, after.hearsay, after.remote = False, True, True  # "In 2022 I had meso. Weeks later I got lumps."
            continue
        if after.question:
            continue
        story = _STORY_PAST.search(text, after.start, after.end) and _STORY_SUBJECT.search(text, after.start, after.end)
        if story and not _STORY_BREAK.search(text, after.start, after.end):
            after.report, after.hearsay, after.remote = False, True, before.remote


def _clause_of(pos: int, clause_ends: List[int], sentence_starts: List[int]) -> Tuple[int, int]:
    """The clause holding `pos`: its start (never before its sentence's) and end."""
    ci = bisect_right(clause_ends, pos - 1) - 1
    si = bisect_right(sentence_starts, pos) - 1
    start = max(clause_ends[ci] + 1 if ci >= 0 else 0, sentence_starts[si] if si >= 0 else 0)
    return start, clause_ends[min(ci + 1, len(clause_ends) - 1)]  # the text's end is always the last clause end


_WHAT_IF = re.compile(
    r"\s*(?:\w+ ){0,3}?(?:what would you do|what would happen|what if|what should (?:i|you|someone|one|they) do|what then) if\b"
)
_OWN_OR_NOW = re.compile(rf"\b(?:{f.FIRST_PERSON}|now|today|tonight|currently|still|since|right now)\b")


def _hypotheticals_go_on(text: str, sentences: List[Sentence]) -> None:
    """ "What would you do if the clinic said to massage it but the lump was red?": the whole question is
    hypothetical; and so is a question right after a hypothetical one ("If it got infected, what happens?
    First a red bump, then pus, then what?"), unless either says "I", "my" or "now" (2026-12, dev17)."""
    own = [bool(_OWN_OR_NOW.search(text, s.start, s.end)) for s in sentences]
    for i, sentence in enumerate(sentences):
        if own[i] or not text.startswith("?", sentence.end):
            continue
        before = sentences[i - 1] if i else None
        after_hypothetical = before is not None and before.question and bool(before.cond) and not own[i - 1]
        if _WHAT_IF.match(text, sentence.start) or after_hypothetical:
            sentence.cond, sentence.report = sentence.cond + [(sentence.start, sentence.end)], False


_SESSION_TOLD = re.compile(rf" ?my (?:\w+ )?{SESSION_WORDS}\b")


def _follow_ups(text: str, sentences: List[Sentence]) -> None:
    """A question followed by a statement about the same thing ("Is it normal to have blurry vision? It
    came on today.", "Can meso cause a fever? It started last night.") asks about the writer's own state."""
    for question, after in zip(sentences, sentences[1:]):
        at = after.start
        while at < after.end and text[at] in "?!.":  # "is 82/45 too low?? that's what mine read"
            at += 1
        own = FOLLOW_UP.match(text, at) or OWN_FOLLOW_UP.match(text, at)
        if own and not text.startswith("?", question.end) and _SESSION_TOLD.match(text, at):
            continue  # "I read about meningitis. My session was 5 days ago": when, not what the writer has
        if own and (f.ON_ITS_WAY_OUT.search(text, at, after.end) or f.ALL_CLEAR.search(text, at, after.end)):
            continue  # "how long does redness last? asking bc mine is already fading": what the writer has is going
        if own and figure_on_safe_side(text, (question.start, question.end), (after.start, after.end)):
            continue  # "If my pulse went above 130, is that A&E? Mine is 72 now": the writer is below the line asked about
        if own and normal_reading(text[after.start : after.end]):
            continue  # "What counts as a fast heart rate? Mine is usually around 70": a normal reading answers no
        if question.question and not after.question and own:
            question.modal, question.worry, question.generic, question.report = [], [], [], True
            question.cond = list(question.pure_cond)  # "What does it mean if there is pus ...? Asking because there is"


def _resolved_next(
    i: int, sentences: List[Sentence], resolutions: List[Tuple[int, int]], sign_starts: List[int], text: str
) -> bool:
    """A past sign resolved by the next sentence, which names no sign of its own before saying so
    ("Last month a spot got infected. It was treated and healed completely.")."""
    if i + 1 >= len(sentences) or f.PRESENT.search(text, sentences[i].start, sentences[i].end):
        return False
    after = sentences[i + 1]
    for start, _end in resolutions:
        if after.start <= start < after.end:
            between = sign_starts[bisect_right(sign_starts, after.start - 1) : bisect_right(sign_starts, start - 1)]
            if between and not f.PRESENT.search(text, after.start, start) and _PAST_TOLD.match(text, after.start, start):
                return True
            return all(_IDENTIFIED.search(text, max(after.start, at - 40), at) for at in between)
    return False


# a next sentence that tells the sign in the past before it resolves it: "It was red and oozing, the GP drained it and
# it's completely healed now" (2026-12, final61)
_PAST_TOLD = re.compile(r" *(?:it|they|that|this) (?:was|were|had been)\b")
# what the earlier sign turned out to be: "it was a simple cyst, it was removed and healed"
_IDENTIFIED = re.compile(r"\b(?:it|that|this) (?:was|turned out to be|proved to be) (?:just |only )?(?:a |an )?(?:\w+ )?$")


def _resolved(hit: Hit, sentence: Sentence, resolutions: List[Tuple[int, int]], clause_ends: List[int], hits: List[Hit]) -> bool:
    """A sign is resolved by a later resolution in its own clause, or in a later clause of the same
    sentence that names no sign of its own ("I had a fever on Monday, it has gone now"); never by its own words."""
    for start, end in resolutions:
        if not (sentence.start <= hit.start < start < sentence.end) or end <= hit.end:
            continue  # elsewhere, or inside the sign's own words ("better off if I was gone")
        ci = bisect_right(clause_ends, start - 1) - 1
        clause_start = clause_ends[ci] + 1 if ci >= 0 else 0
        if hit.start >= clause_start:
            return True
        ce = bisect_right(clause_ends, start)
        clause_end = clause_ends[ce] if ce < len(clause_ends) else sentence.end
        if not any(clause_start <= h.start < clause_end and not h.sign.startswith("_") for h in hits):
            return True
    return False
