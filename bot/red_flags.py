"""Deterministic red-flag detector: runs on every user message, after the ML intent classifier.

``detect(text)`` says whether a message *reports* signs that need same-day care ("urgent") or
emergency services ("emergency"), following section 4 of the clinical brief. Pure standard-library
Python with precompiled regexes; it never raises.

How a message is read:
1. Normalise: Unicode NFKC, accents and control characters dropped, HTML tags removed, lower case,
   contractions expanded, misspellings corrected (explicit rewrites plus Damerau-Levenshtein fuzzy
   matching against a small vocabulary, with a list of real words that must never be "corrected").
2. Split into sentences and clauses. A clause that starts like a question ("can", "is it", "what")
   or contains an information frame ("signs of", "how do I know") reads as a question; hypothetical
   spans ("if ...", "can cause ...", "risk of ...") are marked. A question counts as a report when it
   also has first-person or present-time markers ("my lump", "since yesterday", "there is").
   Fragments without question form ("pus on scalp and fever") are reports: when in doubt, report.
3. Match each sign's patterns; a match is dropped when negated in its clause ("no fever", "fever? no")
   or when it only appears in a question or hypothetical span.
4. Combine the signs into a level (see ``_level``).
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Dict, FrozenSet, Iterable, List, Match, Optional, Pattern, Set, Tuple

from bot.escalation_levels import EscalationLevel
from bot.red_flag_terms import FUZZY_PROTECTED, FUZZY_VOCAB, REWRITES
from bot.red_flag_terms import SIGN_LABELS as _LABELS

__all__ = ["Findings", "SIGN_LABELS", "detect"]

logger = logging.getLogger(__name__)

SIGN_LABELS: Dict[str, str] = dict(_LABELS)

MAX_CHARS = 200_000  # longer input is cut (after 200 KB a chat message is not a symptom report)


@dataclass(frozen=True)
class Findings:
    level: EscalationLevel  # "none" | "urgent" | "emergency"
    signs: Tuple[str, ...]  # reported sign ids (not negated, not hypothetical), sorted
    is_question: bool  # reads as an information question: a question and no reported symptom

    @property
    def escalates(self) -> bool:
        return self.level != "none"


# --------------------------------------------------------------------------------------------
# Levels
# --------------------------------------------------------------------------------------------

EMERGENCY_ALONE: FrozenSet[str] = frozenset(
    {
        "fast_spreading_redness", "rigors", "breathless", "chest_pain", "coughing_blood", "confusion",
        "slurred_speech", "drowsy", "meningism", "seizure", "double_vision", "focal_weakness",
        "racing_heart", "fainting", "mottled_skin", "airway_swelling", "nonblanching_rash", "no_urine",
        "feel_dying", "suspected_sepsis",
    }
)
# Signs of a local infection; with fever, chills or severe pain they make an emergency.
LOCAL_INFECTION: FrozenSet[str] = frozenset(
    {
        "lump", "painful_lump", "hot", "pus", "abscess", "infection", "spreading_redness", "worsening",
        "face_eye_swelling", "late_or_persistent_lump", "persistent_reaction", "antibiotics_failed",
        "inflamed_area", "red", "swelling",
    }
)
SYSTEMIC_WITH_INFECTION: FrozenSet[str] = frozenset({"fever", "chills", "severe_pain"})
URGENT_ALONE: FrozenSet[str] = (LOCAL_INFECTION - {"red", "swelling"}) | frozenset(
    {"patchy_hair_loss", "fever", "chills", "severe_pain", "severe_headache"}
)


def _level(signs: Set[str]) -> EscalationLevel:
    """Emergency: a systemic sign, or fever/chills/severe pain with a local infection sign (or site pain).
    Urgent: a local infection sign, fever or chills alone, severe pain or headache, new patchy hair loss, or
    diabetes/weak immunity with any local sign (even mild redness). Otherwise none."""
    if signs & EMERGENCY_ALONE:
        return "emergency"
    systemic = signs & SYSTEMIC_WITH_INFECTION
    local = signs & (LOCAL_INFECTION | {"_site_pain"})
    if systemic and (local or (systemic & {"fever", "chills"} and "severe_pain" in signs)):
        return "emergency"
    if signs & URGENT_ALONE:
        return "urgent"
    if "immunocompromised" in signs and signs & LOCAL_INFECTION:
        return "urgent"
    return "none"


# --------------------------------------------------------------------------------------------
# Normalisation and spelling correction
# --------------------------------------------------------------------------------------------

_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)
_TAGS = re.compile(r"<[^<>]{0,500}>")
_APOSTROPHE = re.compile(r"(?<=[a-z])['\u2019\u2018`\u00b4\u02bc](?=[a-z])")
_SEPARATORS = re.compile(r"['\u2019\u2018`\u00b4\u02bc\"*_~#|\\/]+|(?<=\w)[\-\u2010-\u2015]+(?=\w)")
_SPACES = re.compile(r"[ \t\f\v\r\u00a0]+")
_NEWLINES = re.compile(r"\s*\n[\s\n]*")
_WORD = re.compile(r"[a-z]+")
_SLASH_TEN = re.compile(r"\b(10|ten) ?/ ?(10|ten)\b")

_VOCAB: FrozenSet[str] = frozenset(FUZZY_VOCAB)


def _max_distance(word: str) -> int:
    return 2 if len(word) >= 8 else 1 if len(word) >= 5 else 0


def _deletes(word: str, depth: int) -> Set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _build_delete_index() -> Dict[str, Tuple[str, ...]]:
    index: Dict[str, List[str]] = {}
    for word in FUZZY_VOCAB:
        for variant in _deletes(word, _max_distance(word)):
            index.setdefault(variant, []).append(word)
    return {k: tuple(v) for k, v in index.items()}


_DELETE_INDEX = _build_delete_index()


def _osa_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment (restricted Damerau-Levenshtein) distance, capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: List[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=16384)
def _correct(token: str) -> str:
    """A token's canonical spelling: an explicit rewrite, the nearest vocabulary word, or itself."""
    rewrite = REWRITES.get(token)
    if rewrite is not None:
        return rewrite
    if len(token) < 4 or len(token) > 16 or token in _VOCAB or token in FUZZY_PROTECTED:
        return token
    candidates: Set[str] = set()
    for variant in _deletes(token, 2 if len(token) >= 6 else 1):
        candidates.update(_DELETE_INDEX.get(variant, ()))
    best: Optional[Tuple[int, str]] = None
    for word in sorted(candidates):
        limit = _max_distance(word)
        if not limit or word[0] != token[0]:
            continue
        distance = _osa_distance(token, word, limit)
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, word)
    return best[1] if best else token


def _normalise(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAGS.sub(" ", text)
    text = unicodedata.normalize("NFKC", text).lower()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _CONTROL.sub(" ", text)
    text = _APOSTROPHE.sub("", text)  # can't -> cant, it's -> its
    text = _SLASH_TEN.sub(r"\1 out of \2", text)
    text = _SEPARATORS.sub(" ", text)
    text = _WORD.sub(lambda m: _correct(m.group(0)), text)
    if "\n" in text:
        text = _NEWLINES.sub(" \n ", text)
    return _SPACES.sub(" ", text).strip()


# --------------------------------------------------------------------------------------------
# Sentences, clauses, questions, hypothetical spans
# --------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[!?\n]+|(?<!\d)\.+|\.+(?!\d)")
_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]]|\s-\s")
_CONTRAST_WORDS = re.compile(r"\b(?:but|however|although|though|whereas|except|yet)\b")
_CLAUSE_WORDS = re.compile(r"\b(?:and|plus|also|then)\b")  # end a negation's scope, not a question
_TOKEN = re.compile(r"[a-z]+|\d+(?:[.,]\d+)?")

_AUX = frozenset(
    "can could does do did is are was were will would should shall may might must".split()
)
_WH_ALWAYS = frozenset("what how why which whom whose".split())
_WH_WITH_AUX = frozenset("when where who".split())
_FILLERS = frozenset(
    "hi hello hey heya hiya ok okay so um umm erm well and but also doctor doc please quick question sorry "
    "thanks thank you dear sir madam yes yeah yep no nope".split()
)
_NOT_QUESTION_NEXT = frozenset("not swollen hot red sore painful having getting still so very really always".split())
_QUESTION_ENDINGS = frozenset("normal ok okay safe dangerous common bad serious possible true expected usual".split())
_HAVE_QUESTION_NEXT = frozenset("you anyone anybody someone somebody people there it they any other others".split())

_INFO_FRAME = re.compile(
    r"\b(?:signs?|symptoms?|warning signs?) (?:of|that|for|to look)\b"
    r"|\bhow (?:do|can|would|will|should) (?:i|you|we|one) (?:know|tell|recogni[sz]e|spot)\b"
    r"|\bhow to (?:tell|know|recogni[sz]e|spot|prevent|avoid|treat)\b|\bwhat happens\b"
    r"|\bis it (?:normal|safe|dangerous|common|possible|bad|serious|ok|okay|true|likely|usual|rare)\b"
    r"|\bi (?:want|wanted|would like|d like) to know\b|\b(?:wondering|curious)\b|\btell me\b|\bexplain\b"
    r"|\bquestions? (?:about|on|regarding)\b|\bi (?:have|had|got) (?:a |some |a quick )?questions?\b"
    r"|\bany (?:advice|info|information|tips)\b|\binformation (?:about|on)\b"
    r"|\b(?:risks?|chances?|likelihood|odds) of\b|\bside effects?\b|\bcomplications?\b"
    r"|\b(?:does|has|did) anyone\b|\banyone else\b|\bi (?:read|heard|saw)\b|\bwas told\b"
    r"|\bi am (?:worried|scared|afraid|concerned|nervous|anxious)\b"
)

# Hypothetical spans. COND: conditionals and generic frames (nothing inside is a report, except a
# sign named with "my"/"this"). MODAL: "can ... cause", "is it normal to have": voided by a
# present-time marker ("since yesterday"). GENERIC: also in statements ("meso can cause abscesses").
_COND_OPENER = re.compile(
    r"\b(?:if|whether|in case|incase|what if|suppose|supposing|unless)\b"
    r"|\bhow (?:do|can|would|will|should) (?:i|you|we|one) (?:know|tell|recogni[sz]e|spot)\b"
    r"|\bhow to (?:tell|know|recogni[sz]e|spot)\b"
    r"|\b(?:prevent|prevented|avoid|avoided|reduce|cure)\b"
    r"|\b(?:worried|worry|scared|afraid|concerned|nervous|anxious|paranoid|fear|fearful)"
    r" (?:about|of|that) (?!(?:this|that|these|those|my|the|his|her|it)\b)"
)
_MODAL_OPENER = re.compile(  # not after "why": "why do I have a fever?" presupposes the fever
    r"(?<!why )\b(?:can|could|may|might|will|would|does|do|did|should"
    r"|is it (?:normal|possible|common|safe|usual|likely|ok|okay|bad|dangerous)"
    r"|is that (?:normal|possible|common)|are (?:there|they))\b"
    r"(?: \w+){0,4}? (?:cause|causes|give|lead|result|trigger|make|appear|happen|develop|form|occur|show"
    r"|come|get|have|be|become|spread|go|turn|mean|experience|feel|notice|see|expect|last|hurt|look|need)\b"
)
_GENERIC_OPENER = re.compile(
    r"\b(?:can|could|may|might|will|would) (?:\w+ ){0,2}?(?:cause|causes|give|lead to|result in|trigger)\b"
    r"|\b(?:causes?|caused)\b|\b(?:risks?|chances?|likelihood|odds|danger|dangers) (?:of|that)\b"
    r"|\bside effects?\b|\bcomplications?\b|\b(?:signs?|symptoms?|warning signs?) (?:of|that|for)\b"
    r"|\b(?:prevent|avoid|to reduce)\b"
    r"|\b(?:questions?|info|information|details|advice|facts|read|reading|learn|learning|know more|ask|asking"
    r"|tell me|talk|talking|article|video)(?: \w+)? (?:about|on|regarding)\b"
    r"|\b(?:worried|worry|scared|afraid|concerned|nervous|anxious|paranoid|fear|fearful)"
    r" (?:about|of|that) (?!(?:this|that|these|those|my|the|his|her|it)\b)"
)
_SPAN_CONTINUES_UNLESS = frozenset(
    "is are was were comes coming came has have had hurts keeps feels looks oozing leaking am i he she it "
    "there my".split()
)

# Markers of a report. Pronoun markers are ignored inside info frames ("can I", "I read").
_PRONOUN_MARKER = re.compile(r"\b(?:i|me|my|mine|myself|we|our|he|she|his|her|him|this|these)\b")
_PHRASE_MARKER = re.compile(
    r"\bthere (?:is|are|was|were|has been|have been)\b"
    r"|\b(?:it|that) (?:is|was|has been|keeps|has|feels|looks|seems|smells|hurts|started|became|got)\b"
    r"(?! (?:normal|possible|safe|common|dangerous|bad|true|ok|okay|serious|worth|better|best|likely|usual"
    r"|unusual|rare|known|necessary|wise|advisable|recommended|important|a sign|the sign|a symptom|the same"
    r"|a good|a bad|the case|said|called|used|about|what|how|why|when|fine|too|a risk|an emergency"
    r"|a problem|something|supposed|meant|expected)\b)"
    r"|\b(?:coming|came|comes) out\b|\b(?:oozing|leaking|draining|dripping|weeping|seeping)\b"
    r"|\bplease help\b|\bsos\b"
    r"|\bwhat (?:should|do|can|shall) i do\b(?! (?:if|in case|when|to)\b)|\bwhat now\b"
    r"|\bshould i (?:go|call|see|get (?:it )?checked|be worried|worry)\b"
    r"|\b(?:still|now|keeps|started|appeared|popped up|showed up|got (?:a|an|some))\b"
)
_HELP = re.compile(r"\bhelp(?: me| us)?(?: please)?\b")
_STRONG_MARKER = re.compile(
    r"\b(?:since|today|tonight|yesterday|this (?:morning|evening|afternoon)|last night|right now|currently"
    r"|at the moment|atm|rn|ago)\b"
    r"|\bi (?:have|have got|got|am having|developed|noticed|woke up with|have had|had|keep getting)\b"
    r"|\bthere is\b|\b(?:coming|came|comes) out\b|\bwill not (?:stop|go away)\b|\bgetting worse\b"
)
_NEUTRAL_FRAME = re.compile(
    r"(?<!why )\b(?:can|could|should|do|did|will|would|am|shall|may|might|must) i\b(?! not\b)"
    r"|\bhow (?:do|can|would|will|should) i\b|\b(?:when|where|what) (?:do|can|should|will|would) i\b"
    r"|\bi (?:read|heard|saw|was told|have read|have heard|keep reading|keep hearing|wonder|am wondering"
    r"|was wondering|want to know|wanted to know|would like to know|d like to know|am curious|was curious"
    r"|have a question|have some questions|have questions|have a quick question|got a question"
    r"|am worried|am scared|am afraid|am concerned|am nervous|am anxious|worry|am planning|plan"
    r"|am thinking|am considering|want to|wanted to|would like to|am going to have|will have|booked"
    r"|have booked|am due|am interested|was reading|found)\b"
    r"|\btell me\b|\bhelp me (?:understand|know|figure|find|choose|decide)\b"
    r"|\bgive me (?:info|information|advice|some)\b|\blet me know\b|\bexplain to me\b|\bfor me\b"
    r"|\bmy (?:doctor|dermatologist|clinic|gp|friend|sister|brother|nurse|pharmacist|practitioner)"
    r" (?:said|says|told|recommended|suggested|thinks)\b"
)
_REPORTED_SPEECH = re.compile(
    r"\b(?:said|says|say|told (?:me|us)|tells (?:me|us)|claims?|claimed|reckons?|mentioned|explained)(?: that)?\b"
)
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:my|his|her|this|these|our)(?: (?!(?:is|are|was|were|has|have|had|feels|looks|gets|got|keeps|and|or|a|an|the)\b)\w+)? $"
)


@dataclass
class _Sentence:
    start: int
    end: int
    question: bool = False
    report: bool = False
    cond: List[Tuple[int, int]] = field(default_factory=list)
    modal: List[Tuple[int, int]] = field(default_factory=list)
    generic: List[Tuple[int, int]] = field(default_factory=list)


def _spans(pattern: Pattern[str], text: str, start: int, end: int, clause_ends: List[int]) -> List[Tuple[int, int]]:
    """Spans from each opener to its clause end, continued over short list items ("fever, chills")."""
    spans = []
    for m in pattern.finditer(text, start, end):
        span_end = _clause_end(m.end(), end, clause_ends)
        while span_end < end:
            nxt = _clause_end(span_end + 1, end, clause_ends)
            tokens = _TOKEN.findall(text, span_end + 1, nxt)
            if len(tokens) > 4 or _SPAN_CONTINUES_UNLESS.intersection(tokens):
                break
            span_end = nxt
        spans.append((m.start(), span_end))
    return spans


def _clause_end(pos: int, limit: int, clause_ends: List[int]) -> int:
    i = bisect_right(clause_ends, pos)
    return min(clause_ends[i], limit) if i < len(clause_ends) else limit


def _inside(pos: int, spans: Iterable[Tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _clause_is_question(tokens: List[str], question_mark: bool) -> bool:
    while tokens and tokens[0] in _FILLERS:
        tokens = tokens[1:]
    if not tokens:
        return False
    first, second = tokens[0], tokens[1] if len(tokens) > 1 else ""
    if first in _WH_ALWAYS:
        return not (first == "what" and second in {"a", "an"})
    if first in _WH_WITH_AUX:
        return second in _AUX or second == "to"
    if first in _AUX:
        if second == "" or second in _NOT_QUESTION_NEXT:
            return False
        # "is swelling normal?" is a question, "was throbbing all night" a report
        return question_mark or tokens[-1] in _QUESTION_ENDINGS or not second.endswith(("ing", "ed"))
    if first == "am":
        return second == "i"
    if first in {"has", "have", "had"}:
        return second in _HAVE_QUESTION_NEXT
    return first in {"any", "anyone", "anybody"}


def _analyse_sentence(text: str, start: int, end: int, clause_ends: List[int], sign_starts: List[int]) -> _Sentence:
    sentence = _Sentence(start, end)
    pieces = [start] + [c + 1 for c in clause_ends[bisect_right(clause_ends, start - 1) : bisect_right(clause_ends, end - 1)]]
    clause_starts = sorted(set(p for p in pieces if p < end))
    statement_clause = False
    for cs in clause_starts:
        ce = _clause_end(cs, end, clause_ends)
        tokens = _TOKEN.findall(text, cs, ce)
        if not tokens:
            continue
        if _INFO_FRAME.search(text, cs, ce) or _clause_is_question(tokens, text.startswith("?", end)):
            sentence.question = True
        elif bisect_right(sign_starts, ce - 1) > bisect_right(sign_starts, cs - 1):
            statement_clause = True  # a fragment naming a sign: "lump under the skin, should I massage it?"
    sentence.generic = _spans(_GENERIC_OPENER, text, start, end, clause_ends)
    if sentence.question:
        sentence.cond = _spans(_COND_OPENER, text, start, end, clause_ends)
        sentence.modal = _spans(_MODAL_OPENER, text, start, end, clause_ends)
    reported = _spans(_REPORTED_SPEECH, text, start, end, clause_ends)
    reported = [  # "my clinic says bumps are normal", but not "my doctor said it is an abscess"
        (s, e) for s, e in reported
        if not _PHRASE_MARKER.search(text, s, e) and not _PRONOUN_MARKER.search(text, s + 1, e)
    ]
    sentence.generic = sentence.generic + reported
    strong_hypothetical = sentence.cond + sentence.generic
    neutral = [(m.start(), m.end()) for m in _NEUTRAL_FRAME.finditer(text, start, end)]
    strong = []
    for m in _STRONG_MARKER.finditer(text, start, end):
        if _inside(m.start(), strong_hypothetical) or _inside(m.start(), neutral):
            continue
        if m.group(0).startswith("i ") and _previous_token(text, m.start(), start) in _AUX | {"to"}:
            continue
        strong.append(m.start())
    if strong:  # "is it normal to have a fever since yesterday?" is a report
        sentence.modal = [s for s in sentence.modal if not any(s[0] <= p < s[1] for p in strong)]
    hypothetical = sentence.cond + sentence.modal + sentence.generic
    weak = any(
        not _inside(m.start(), hypothetical) and not _inside(m.start(), neutral)
        for m in _PRONOUN_MARKER.finditer(text, start, end)
    ) or any(not _inside(m.start(), hypothetical) for m in _PHRASE_MARKER.finditer(text, start, end)) or any(
        _alone(text, m, start, end) for m in _HELP.finditer(text, start, end)
    )
    sentence.report = not sentence.question or statement_clause or weak or bool(strong)
    if _REMOTE_PAST.search(text, start, end) and not _PRESENT.search(text, start, end):
        sentence.report = False  # "I had a lump removed years ago"
    return sentence


def _alone(text: str, m: Match[str], start: int, end: int) -> bool:
    """Whether a match stands as its own clause: "help!", "..., help"."""
    before = text[start : m.start()].rstrip()
    after = text[m.end() : end].lstrip()
    return (not before or before[-1] in ".!?,;:") and (not after or after[0] in ".!?,;:")


def _previous_token(text: str, pos: int, floor: int) -> str:
    tokens = _TOKEN.findall(text, max(floor, pos - 20), pos)
    return tokens[-1] if tokens else ""


# --------------------------------------------------------------------------------------------
# Negation
# --------------------------------------------------------------------------------------------

_NEGATORS = frozenset("no not never without nor neither none zero denies deny nothing".split())
_NOT_NEGATING_NEXT = frozenset(
    "sure certain know stop stopping go going getting improving improve improved better fading fade help "
    "helping helped work working worked responding only just normal able even idea clue way doubt matter "
    "change difference relief luck end shrinking shrunk gone clearing cleared".split()
)
_SCOPE_BREAKERS = frozenset(
    "because since due cause so then now also plus except apart besides until till which who when while "
    "i it there that this he she we they".split()
)
_POST_NEGATION = re.compile(
    r" ?(?:[?:=]|\.\.+| - )+ ?(?:no|none|nope|nah|negative|not really|never)\b| (?:none|nope|nah|negative)\b"
)
_NEVER_EXCEPTION = re.compile(r"\bnever (?:had|felt|been|seen|experienced) (?:such|so|this|anything like|like)\b")


def _negated(text: str, start: int, end: int, clause_start: int) -> bool:
    """"no fever", "not feverish", "without pus", "never had chills", "fever? no" (same clause, 4 words)."""
    if _POST_NEGATION.match(text, end):
        return True
    tokens = _TOKEN.findall(text, max(clause_start, start - 80), start)[-6:]
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i] not in _NEGATORS:
            continue
        between = tokens[i + 1 :]
        if len(between) > 4 or _SCOPE_BREAKERS.intersection(between):
            return False
        if between and between[0] in _NOT_NEGATING_NEXT:
            return False
        if tokens[i] == "never" and _NEVER_EXCEPTION.match(" ".join(tokens[i:]) + " " + text[start:end]):
            return False
        return True
    return False


# --------------------------------------------------------------------------------------------
# Sign patterns
# --------------------------------------------------------------------------------------------

_MILD = frozenset(
    "mild mildly slight slightly bit little minor faint tiny small touch abit tad somewhat".split()
)
_INTENSE = frozenset("very really so extremely super quite incredibly too".split())


@dataclass
class _Hit:
    sign: str
    start: int
    end: int
    mild: bool = False


_GAP_WORD = r"(?!(?:not|no|never|nor|without)\b)\w+"


def _r(pattern: str) -> Pattern[str]:
    """Compile a sign pattern; its filler-word gaps never cross a negation ("heart is not racing")."""
    return re.compile(pattern.replace(r"(?:\w+ )", f"(?:{_GAP_WORD} )").replace(r"(?: \w+)", f"(?: {_GAP_WORD})"))


_PAIN_WORD = r"(?:pain|pains|painful|hurts?|hurting|ache|aches|aching|throbbing|sore|soreness|agony)"
_SEVERE_WORDS = (
    "severe severely extreme extremely excruciating unbearable unbearably agonising agonizing intense intensely "
    "horrible horrendous terrible awful insane insanely unreal worst immense crippling debilitating screaming killer"
).split()
_SEVERE_WORD = f"(?:{'|'.join(_SEVERE_WORDS)})"
_LUMP = _r(
    r"\b(?:lumps?|lump|bumps?|knots?|nodes?|nodules?|nodular|zits?|pimples?|cysts?|masses|mass|bulge|bulges"
    r"|induration|indurated|hardened (?:area|spot|skin|bit)|bubble under|ball under"
    r"|(?:a|one|hard|firm|painful|big|large) swelling|hard (?:area|spot|patch|bit|part|bits))\b"
    r"|\b(?:marble|pea|ball|grape|bean|rock|stone|bead|peanut|something (?:hard|firm|round))s?"
    r" (?:\w+ ){0,3}?under (?:the |my |his |her )?(?:skin|scalp)\b"
)
_PUS = _r(
    r"\bpus\b|\bpurulent\b|\bpustules?\b|\bwhite ?heads?\b"
    r"|\b(?:yellow|yellowish|white|whitish|green|greenish|creamy|cloudy|thick|smelly)"
    r" (?:stuff|liquid|fluid|goo|gunk|gunge|crust|crusts|discharge|matter|substance|head|heads|thing|things|juice)\b"
    r"|\b(?:stuff|liquid|fluid|goo|gunk|gunge|something|juice|matter|yellow)"
    r" (?:is |keeps |was |has been |started |starts )?(?:coming|came|comes|leaking|leaks|oozing|oozes|draining"
    r"|drains|seeping|seeps|dripping|drips|pouring)\b"
    r"|\bdischarg(?:e|es|ing)\b|\booz(?:e|es|ed|ing|y)\b(?! (?:a (?:little|tiny|bit|small amount) )?(?:of )?blood)"
    r"|\bleak(?:s|ing|ed)?\b|\bdrain(?:s|ing)\b|\bseep(?:s|ing|ed)?\b"
    r"|\bweeping (?:fluid|liquid|pus|sore|wound|spot|lump|area|site)\b"
    r"|\b(?:is|are|spots?|lumps?|bumps?|sites?|wounds?|scalp|areas?|sores?|skin|crusty|crusting) (?:\w+ ){0,3}?weeping\b"
    r"|\b(?:yellow|honey|golden) (?:coloured |colored )?crust\w*"
    r"|\b(?:gone|turned|turning|going|gotten|become|became) (?:\w+ )?(?:yellow|yellowish|white|green|greenish)\b"
    r"|\byellow (?:heads?|tips?|tops?|spots?|centre|center|middle|pimples?|bumps?)\b"
    r"|\b(?:bad|foul|awful|horrible|funny|weird|strange|nasty|rotten) (?:smell|smells|smelling|odou?r)\b"
    r"|\bsmells? (?:bad|awful|horrible|foul|rotten|off)\b|\bsmelly\b"
)
_ABSCESS = _r(
    r"\babscess(?:es)?\b|\bboils?\b|\bcarbuncles?\b|\bfuruncles?\b|\bpocket of pus\b"
    r"|\bpus (?:pocket|filled|ball|bubble|sac)\b|\bfull of pus\b|\bsquishy\b|\bsquidgy\b|\bfluctuant\b"
    r"|\bfull of (?:fluid|liquid)\b|\bfluid (?:filled|under)\b"
)
_INFECTION = _r(
    r"\binfect(?:ed|ion|ions)\b|\bcellulitis\b|\berysipelas\b|\bmycobacteri\w*|\bstaph\b|\bmrsa\b"
    r"|\bimpetigo\b|\bfolliculitis\b|\b(?:went|gone|going|turned) septic\b"
)
_HOT = _r(r"\b(?:hot|warm|warmer|hotter|warmth|heat)\b")
_HOT_SKIP_NEXT = frozenset(
    "shower showers water bath baths weather day days tub drink drinks tea coffee sauna saunas yoga climate "
    "towel towels compress compresses pack packs flush flushes flash flashes sun room car country summer "
    "outside pepper sauce chocolate spring springs topic air wax iron tools styling dryer blow oil comb food "
    "meal soup place up welcome milk cloth flannel stone stones stroke exhaustion protectant protection "
    "damage treatment wave rash pad cream".split()
)
_HOT_SKIP_PREV = frozenset("apply applied use used put using".split())
_RED = _r(r"\b(?:red|redness|reddish|redish|reddened|reddening|redder|erythema|inflamed|inflammation|pink|pinkish)\b")
_RED_SKIP_NEXT = frozenset(
    "light lights wine blood meat flag flags carpet bull cross pepper onion hair head dye color colour "
    "lipstick led laser".split()
)
_SWELLING = _r(r"\b(?:swell|swells|swelling|swellings|swollen|puffy|puffiness|puffed|oedema|edema|bloated)\b")
_PAIN = _r(
    r"\b(?:pain|pains|painful|hurts?|hurting|sore|soreness|tender|tenderness|ache|aches|aching|achy|throbb?ing|throbs"
    r"|burning|burns|stinging|stings|paining|pained)\b(?! (?:up|sensation|feeling)\b)"
)
_MILD_PAIN_WORDS = frozenset("tender tenderness sore soreness ache aches aching achy stinging stings".split())
_SEVERE_PAIN = _r(
    rf"\b{_SEVERE_WORD} (?:\w+ ){{0,2}}?{_PAIN_WORD}\b"
    rf"|\b{_PAIN_WORD} (?:\w+ ){{0,4}}?(?:unbearable|excruciating|is killing me|killing me|like hell"
    r"|terrible|horrible|awful|intense|extreme|insane|severe|out of proportion|off the charts)\b"
    r"|\bin agony\b|\bagony\b|\bcan not (?:stand|bear|handle|take) the pain\b|\b(?:10|ten) out of (?:10|ten)\b"
    r"|\bscreaming in pain\b|\bcrying (?:in|with|from) (?:the )?pain\b"
)
_FEVER = _r(
    r"\bfevers?\b|\bfeverish\b|\bfebrile\b|\bpyrexia\b|\bhigh temperature\b"
    r"|\b(?:have|has|had|having|got|running|run|with|developed|spiked|spiking) (?:a |an )?(?:high |slight |mild"
    r" |bit of a |little |low )?temperature\b"
    r"|\btemperature (?:is |was |has been |went |keeps )?(?:high|up|rising|raised|spiking|through the roof)\b"
    r"|\bburning up\b|\bhot and cold\b|\bhot (?:and )?(?:shivery|shaky|sweaty|clammy)\b"
    r"|\bi (?:am |was |m )?(?:feel|feeling|felt|am|was|getting|get|keep getting) (?:so |very |really |a bit"
    r" |a little |kind of |kinda |quite |super |all )?(?:hot|warm|boiling|feverish)\b"
)
_CHILLS = _r(
    r"\bchills\b|\bchilly\b|\bshiver(?:s|ing|y|ed)?\b|\bcold sweats?\b|\bnight sweats?\b"
    r"|\bsweating (?:a lot|buckets|profusely|like crazy|badly)\b"
    r"|\b(?:feel|feeling|felt|am|i m) (?:so |very |really |freezing )?(?:cold|freezing)\b|\bfreezing cold\b"
    r"|\bcan not get warm\b|\bshak(?:y|ing) (?:chills|all over)\b|\bhot and cold\b"
    r"|\b(?:i am|i m|am|feel|feeling|felt|i was) (?:so |very |really |all )?(?:shaking|shaky|trembling|shivering)\b"
)
_RIGORS = _r(
    r"\brigou?rs?\b|\buncontrollabl[ey] (?:shaking|shivering|trembling)\b"
    r"|\b(?:shaking|shivering|trembling|shake|shiver) (?:uncontrollably|violently|badly|so much|like crazy"
    r"|like mad|nonstop|non stop|all over|all night)\b|\bcan not stop (?:shaking|shivering|trembling)\b"
    r"|\bteeth (?:are |keep |were )?chattering\b|\bshaking chills\b"
)
_NUMBER = _r(r"(?<![\d.,])(\d{2,3}(?:[.,]\d{1,2})?)(?![\d])(?: ?(°|º|degrees?|deg\b|celsius|centigrade|fahrenheit|c\b|f\b))?")
_TEMPERATURE_CONTEXT = _r(r"\b(?:temperature|fever|feverish|thermometer|febrile|measured|reading|reads|degrees?)\b")
_TEMPERATURE_UNITS = frozenset({"°", "º", "degrees", "degree", "celsius", "centigrade", "fahrenheit"})
_TEMPERATURE_AFTER = _r(r" ?(?:degrees? )?(?:temperature|fever)\b")
_HEART_CONTEXT = _r(r"\b(?:heart ?rate|pulse|hr|bpm|heart ?beat|heart)\b")
_BREATHLESS = _r(
    r"\b(?:can not|could not|can barely|could barely|can hardly|hard to|trouble|difficulty|difficult to"
    r"|struggling to|struggle to|unable to|problems?|issues?|hard time) (?:\w+ )?(?:breathe|breath|breathing"
    r"|catch (?:my |his |her )?breath|get (?:my |his |her )?breath|get (?:any |enough )?air)\b"
    r"|\b(?:can|could) (?:i|he|she) (?:not|barely|hardly) (?:\w+ )?breathe?\b"
    r"|\bshort(?:ness)? (?:of|off) breath\b|\bout of breath\b|\bbreathless(?:ness)?\b"
    r"|\bbreathing (?:is |was |has been |feels )?(?:very |really |so |super )?(?:fast|quick|quickly|rapid"
    r"|rapidly|hard|heavy|heavily|difficult|laboured|labored|shallow|weird|funny|strange|noisy)\b"
    r"|\b(?:fast|rapid|heavy|laboured|labored|shallow|noisy) breathing\b|\bgasping\b|\bwheez\w*"
    r"|\b(?:stopped|not) breathing\b|\bsuffocat\w*|\bchoking\b|\bpanting\b"
)
_CHEST_PAIN = _r(
    r"\bchest (?:\w+ ){0,2}?(?:pain|pains|hurts?|hurting|tight|tightness|pressure|ache|aches|aching|sore"
    r"|heavy|burning|squeez\w*|crushing)\b"
    r"|\b(?:pain|pains|tightness|pressure|ache|aching|crushing|squeezing|heaviness|burning) (?:in|on|across"
    r"|around) (?:my |the |his |her )?chest\b|\btight chest\b|\bheart (?:hurts|pain|ache|is hurting)\b|\bangina\b"
)
_COUGHING_BLOOD = _r(
    r"\bcough(?:ing|ed|s)? (?:up )?(?:some |a bit of |a little )?(?:blood|bloody|red)\b"
    r"|\bblood (?:when|while) (?:i |he |she )?cough\w*|\bbloody (?:cough|phlegm|sputum|mucus|spit)\b"
    r"|\bblood in (?:my |his |her )?(?:cough|phlegm|sputum|mucus|spit)\b|\bspit(?:ting)? (?:up )?blood\b"
    r"|\bha?emoptysis\b"
)
_CONFUSION = _r(
    r"\bconfusion\b(?! (?:about|over|regarding|with|as to|around|on)\b)|\bdisorient(?:ed|ated)\b|\bdelirious\b"
    r"|\bdelirium\b|\bnot making (?:any )?sense\b|\btalking (?:nonsense|gibberish|rubbish|funny|strange)\b"
    r"|\b(?:does|do|did) not (?:know|recogni[sz]e) where (?:he|she|i|they) (?:is|am|are|was)\b"
    r"|\b(?:does|did) not recogni[sz]e (?:me|us|anyone|his|her|people)\b|\bcan not think (?:straight|clearly|properly)\b"
    r"|\b(?:he|she|they|mum|mom|dad|husband|wife|son|daughter|partner|father|mother|brother|sister|friend|patient)"
    r" (?:is|was|seems|seemed|looks|became|got|getting|has become) (?:very |really |so |a bit |quite |all"
    r" |totally |completely )?confused\b"
    r"|\b(?:feel|feeling|felt|getting|got|become|became|becoming|seem|seems|seemed|acting|look|looks)"
    r" (?:very |really |so |totally |completely |a bit |quite |all )?confused\b(?! (?:about|by|as|whether|if"
    r"|with|on|why|how|what|which|because|regarding|over|when|where|who)\b)"
    r"|\bconfused and (?:drowsy|sleepy|dizzy|disoriented|weak|hot|feverish|can not|not|slurring|slurred|shaking)\b"
    r"|\b(?:dizzy|drowsy|sleepy|disoriented|weak|feverish|faint|shaky|unwell|ill|lightheaded|light headed|groggy)"
    r" and (?:very |really |so |a bit |quite |totally )?confused\b"
    r"|\bout of it\b|\bacting (?:strange|strangely|weird|weirdly|odd|oddly)\b"
)
_SLURRED = _r(
    r"\bslurr(?:ed|ing|y)\b|\bslur\b|\b(?:speech|talking|words) (?:is |are |sounds? |seems? )?(?:weird|strange"
    r"|funny|garbled|jumbled)\b|\bcan not (?:speak|talk) (?:properly|clearly|right|normally|straight)\b"
    r"|\bcan not get (?:my |the )?words out\b|\btrouble (?:speaking|talking|finding words|getting words out)\b"
)
_DROWSY = _r(
    r"\b(?:very|so|really|extremely|super|too|unusually|incredibly|abnormally) (?:drowsy|sleepy)\b|\bdrowsy\b"
    r"|\bcan not (?:stay|keep) awake\b|\bcan not keep (?:my |his |her )?eyes open\b"
    r"|\b(?:hard|difficult|impossible|unable) to (?:wake|rouse)\b|\b(?:can not|could not) wake (?:him|her|them|me|up)\b"
    r"|\bwill not wake up\b|\bkeeps? (?:falling asleep|nodding off|dozing off)\b|\bbarely (?:conscious|awake)\b"
    r"|\blethargic\b|\bunrousable\b|\bsemi ?conscious\b|\bin and out of consciousness\b"
)
_HEADACHE = _r(
    r"\bhead ?aches?\b|\bheadaches?\b|\bmigraines?\b|\bpain in (?:my |the |his |her )?head\b|\bsplitting head\b"
    r"|\bhead (?:is )?(?:hurts?|hurting|paining|pounding|throbbing|splitting|killing me|is killing me|exploding|banging)\b"
)
_SEVERE_HEADACHE_WORDS = frozenset(  # one severity vocabulary with pain, plus words only said of a headache
    _SEVERE_WORDS + "bad splitting pounding killing thunderclap blinding crushing exploding banging".split()
)
_STIFF_NECK = _r(
    r"\bstiff neck\b|\bneck (?:\w+ ){0,2}?(?:stiff|stiffness|rigid)\b|\bcan not (?:move|bend|turn) (?:my |his |her )?neck\b"
    r"|\bcan not (?:touch|put) (?:my |his |her )?chin (?:to|on) (?:my |his |her )?chest\b"
)
_PHOTOPHOBIA = _r(
    r"\b(?:light|lights|bright light|brightness|sunlight|screen) (?:\w+ ){0,2}?(?:hurts?|hurting|bothers?"
    r"|bothering|painful|unbearable|too bright)\b|\bsensitiv\w* to (?:the )?(?:bright )?lights?\b|\bphotophobi\w*"
    r"|\bcan not (?:stand|bear|look at) (?:the )?(?:bright )?lights?\b|\blight sensitiv\w*"
)
_VOMIT = _r(r"\bvomit\w*|\bthrow(?:ing|n)? up\b|\bthrew up\b|\bpuk(?:e|ed|es|ing)\b|\b(?:being|been|was) sick\b")
_SEIZURE = _r(
    r"\bseizures?\b|\bseizing\b|\bconvuls\w*|\b(?:had|having|has|have) (?:a |an )?(?:epileptic )?fits?\b"
    r"|\b(?:is|was|started|keeps) fitting\b|\bepileptic\b"
)
_DOUBLE_VISION = _r(
    r"\bdouble vision\b|\bseeing (?:double|two of everything|things double)\b|\bsees? double\b"
    r"|\bvision (?:is |went |has gone |has )?doubled?\b|\b(?:lost|losing|loss of) (?:my |his |her )?(?:vision|sight)\b"
    r"|\bcan not see (?:properly|clearly|out of)\b|\bsudden(?:ly)? blurr?(?:ed|y) vision\b"
)
_FOCAL = _r(
    r"\b(?:face|mouth|smile) (?:is |has |)?(?:drooping|droopy|dropped|dropping|lopsided)\b"
    r"|\b(?:drooping|droopy) (?:face|mouth|smile)\b"
    r"|\bcan not (?:lift|move|raise|feel) (?:my |his |her )?(?:arm|arms|leg|legs|hand)\b"
    r"|\b(?:arm|leg|hand) (?:\w+ ){0,2}?(?:is |went |feels |gone )?(?:weak|numb|dead|paralysed|paralyzed)\b"
    r"|\bweakness (?:in|on|of) (?:my |his |her |the |one )?(?:arm|leg|hand|side|face)\b"
    r"|\bone side of (?:my |his |her )?(?:face|body)\b|\bparaly[sz]\w*|\b(?:having|had|is having) a stroke\b"
)
_RACING_HEART = _r(
    r"\bheart (?:\w+ ){0,2}?(?:racing|pounding|pumping|beating (?:so |really |very |super )?(?:fast|quickly|hard"
    r"|like crazy|out of my chest)|going (?:crazy|mad|like crazy|really fast)|fluttering|thumping|thudding"
    r"|palpitating|skipping)\b"
    r"|\b(?:racing|pounding|fast|rapid|thumping|irregular) (?:heart|heartbeat|heart beat|heart rate|pulse)\b"
    r"|\bpalpitations?\b|\btachycardi\w*|\bpulse (?:is |was )?(?:racing|fast|very fast|really fast|high|rapid)\b"
    r"|\bheart rate (?:is |was )?(?:high|fast|through the roof|very high)\b"
)
_FAINTING = _r(
    r"\bfaint(?:ed|ing)\b|\b(?:feel|feeling|felt|nearly|almost|going to|about to|gonna|might)"
    r" (?:so |very |really |a bit |quite |like i might |like i will |like i am going to )?faint\b"
    r"|\bpass(?:ed|ing|es)? out\b|\bblack(?:ed|ing)? out\b|\bblackouts?\b|\bcollaps(?:e|ed|ing)\b"
    r"|\b(?:lost|losing|loss of) consciousness\b|\bunconscious\b|\bunresponsive\b|\bkeeled over\b|\bsyncope\b"
)
_MOTTLED = _r(
    r"\bmottl\w*|\bashen\b|\bcyano\w*"
    r"|\b(?:lips?|tongue|fingers?|fingertips|nails|mouth) (?:\w+ ){0,2}?(?:blue|bluish|blueish|grey|gray|greyish"
    r"|grayish|purple|ashen|white)\b"
    r"|\b(?:skin|face) (?:\w+ ){0,3}?(?:blue|bluish|blueish|grey|gray|greyish|grayish|ashen)\b"
    r"|\b(?:blue|bluish|blueish|grey|gray|purple) (?:lips?|tongue|fingers?|fingertips|nails)\b"
    r"|\b(?:very|really|so|deathly|extremely|super|white and|ghostly) pale\b|\bpale (?:and )?(?:clammy|cold|sweaty|blotchy)\b"
    r"|\b(?:cold|pale|grey|gray|blue) (?:and )?clammy\b|\bclammy (?:and )?(?:cold|pale|grey|gray|skin)\b"
)
_AIRWAY = _r(
    r"\b(?:lips?|tongue|throat|mouth|uvula|airway)(?: \w+){0,4}? (?:swelling|swollen|swell|swells|puffy|puffing"
    r"|closing|tight|tightening|getting (?:big|bigger|tight|fat)|blowing up|blown up|huge|thick)\b"
    r"|\b(?:swelling|swollen|puffy|swell) (?:\w+ ){0,2}?(?:lips?|tongue|throat|mouth)\b|\btight throat\b"
    r"|\b(?:can not|could not|hard to|difficult to|difficulty|trouble|struggling to|struggle to|unable to)"
    r" (?:\w+ )?swallow\w*|\banaphyla\w*"
)
_NONBLANCHING = _r(
    r"\b(?:rash|spots|dots|marks|blotches)\b(?: \w+){0,6}? (?:does not|do not|did not|will not|not|never)"
    r" (?:fade|blanch|go white|turn white|go pale)\b"
    r"|\b(?:rash|spots|dots|marks|blotches)\b(?: \w+){0,6}? (?:does not|do not|did not|will not|not) (?:go away|disappear)"
    r" (?:\w+ ){0,3}?(?:press\w*|push\w*|glass|tumbler)\b"
    r"|\bnon ?blanch\w*|\b(?:glass|tumbler) test\b|\bpetechia\w*|\bpurpur\w*"
    r"|\bpurple (?:rash|spots|dots|blotches)\b"
)
_NO_URINE = _r(
    r"\b(?:have not|has not|had not|did not|do not|not|can not|could not|unable to|no) (?:\w+ ){0,2}?(?:peed|pee"
    r"|peeing|urinated|urinate|urinating|weed|weeing|passed (?:any )?urine|passed water|passing urine|passing water)\b"
    r"|\b(?:have not|has not|had not|did not|not) (?:been|gone|went) (?:to )?(?:the )?(?:toilet|loo|bathroom|restroom)"
    r"(?: to (?:pee|wee|urinate))?\b|\bno (?:urine|pee)\b|\burine (?:output )?(?:is |has )?(?:stopped|very dark)\b"
)
_FEEL_DYING = _r(
    r"\b(?:i am|i m) (?:going to|gonna|gunna|about to) die\b"
    r"|\b(?:feel|feeling|felt) like (?:i am |i |i m )?(?:dying|going to die|gonna die|about to die|death|i could die"
    r"|i might die|i will die)\b|\b(?:i am|i think i am|i feel i am|i m) dying\b(?! (?:to|for)\b)"
    r"|\bsomething is (?:very |really |seriously |terribly )wrong\b|\bimpending doom\b"
    r"|\bnever felt (?:this|so) (?:ill|sick|unwell|bad)\b|\bdeath warmed up\b"
)
_SEPSIS = _r(
    r"\bseps(?:is|es)\b|\bsepticaemia\b|\bsepticemia\b|\bmeningitis\b|\bblood poisoning\b"
    r"|\bnecroti[sz]ing\b|\bflesh eating\b|\btoxic shock\b"
)
_IMMUNO = _r(
    r"\bdiabet(?:es|ic)\b|\bimmunocompromised\b|\bimmuno ?suppress\w*|\bimmune ?suppress\w*"
    r"|\b(?:weak|weakened|low|poor|compromised|bad) immune\b|\bimmune system (?:is )?(?:weak|weakened|low|compromised|bad)\b"
    r"|\b(?:on|taking|take|taken) (?:\w+ )?(?:steroids|prednisolone|prednisone|methotrexate|biologics?|immunosuppressants?"
    r"|tacrolimus|ciclosporin|cyclosporine|azathioprine)\b|\bchemo(?:therapy)?\b|\bhiv\b"
    r"|\b(?:kidney|liver|organ|heart|lung) transplant\b|\bdialysis\b|\bleuka?emia\b|\blymphoma\b|\bsplenectomy\b"
)
_FACE_EYE = _r(
    r"\b(?:eye|eyes|eyelid|eyelids|eye lid|eye lids|face|cheek|cheeks)(?: \w+){0,4}? (?:swollen|swelling|swell"
    r"|puffy|puffed|shut|closing)\b"
    r"|\b(?:swollen|swelling|puffy|puffed|puffiness|swell)(?: \w+){0,4}? (?:eye|eyes|eyelid|eyelids|eye lid|face"
    r"|cheek|cheeks)\b"
    r"|\b(?:red|redness)(?: \w+)? (?:around|near|under|over|above|below|next to|by) (?:my |the |his |her |both"
    r" |one )?(?:eye|eyes|eyelid|eyelids)\b"
    r"|\bcan not open (?:my |his |her |one |the )?(?:\w+ )?eyes?\b"
)
_SPREAD = _r(
    r"\bspread(?:s|ing)?\b|\bexpand(?:s|ing)\b|\bextending\b|\bracing (?:down|up|across|along)\b"
    r"|\b(?:swelling|swelling up|swells|swells up|swelled up|puffing up|getting bigger|growing)"
    r" (?:so |really |very |super )?(?:fast|quickly|rapidly)\b"
    r"|\bred (?:area|patch|mark|spot|ring|circle|bit) (?:is |keeps )?(?:getting |gets |got )?(?:bigger|larger|wider)\b"
)
_STREAKS = _r(r"\bred (?:streaks?|lines?|stripes?|tracks?)\b|\bstreaks?\b|\bstreaking\b|\blymphangitis\b")
_SPREAD_CONTEXT = _r(r"\b(?:red|redness|rash|swelling|swollen|infection|infected|area|patch|it|lump|pus|hot|skin)\b")
_FAST = _r(
    r"\b(?:fast|quickly|rapidly|rapid|by the hour|every hour|each hour|hour by hour|before my eyes"
    r"|you can see it|overnight|doubled|within hours|since this (?:morning|afternoon|evening)|since lunch"
    r"|within a day|in a day)\b|\b(?:in|within) (?:\w+ ){0,3}?(?:hours?|minutes?|mins?)\b|\bracing (?:down|up|across|along)\b"
)
_WORSE = _r(
    r"\b(?:getting|got|gets|becoming|become|became|is|are|much|even|way|going|keeps getting) (?:worse|bigger|larger"
    r"|redder|more swollen|more painful|more red|hotter|puffier)\b|\bworsening\b"
    r"|\bworse (?:and worse|every day|each day|by the day|today|than yesterday|since)\b|\bincreasing\b"
    r"|\bnot (?:getting )?better\b"
)
_GROW = _r(
    r"\b(?:growing|grown|grew|grows|bigger|larger|enlarging|expanding)\b|\b(?:new|more|another|other) (?:lumps?|bumps?"
    r"|nodules?|knots?|nodes?|spots)\b|\bkeep (?:appearing|coming)\b|\bhard and fixed\b"
)
_PERSIST = _r(
    r"\bstill (?:there|here|present|swollen|red|hard|painful|sore|hurting|visible|the same|not)\b"
    r"|\b(?:not|never) (?:going|gone|went) (?:away|down)\b|\b(?:will|does|did) not (?:go|going) (?:away|down)\b"
    r"|\bkeeps coming back\b|\bcame back\b|\bpersistent\b|\bpersisting\b|\blingering\b|\bnot healing\b"
)
_DURATION = _r(
    r"\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|couple|several|many)"
    r" (day|days|week|weeks|month|months)\b( ago| later| after)?"
    r"|\b(weeks|months) (later|after|ago|now)\b|\bfor (weeks|months)\b|\bsince last (week|month)\b"
)
_NUMBER_WORDS: Dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "few": 3, "couple of": 2, "couple": 2, "several": 4, "many": 5,
}
_ANTIBIOTIC = _r(
    r"\b(?:antibiotics?|amoxicillin|amoxil|augmentin|co amoxiclav|flucloxacillin|fluclox|doxycycline|cephalexin"
    r"|cefalexin|keflex|clindamycin|clarithromycin|azithromycin|ciprofloxacin|cipro|bactrim|septrin"
    r"|erythromycin|penicillin)\b"
)
_ANTIBIOTIC_FAILED = _r(
    r"\bnot (?:working|helping|helped|improving|improved|better|going away|gone|shrinking|responding|doing anything"
    r"|clearing|getting better)\b|\b(?:did|does|do) not (?:work|help|do anything|clear|fix|improve|seem)\b"
    r"|\bstill\b|\bfailed\b|\buseless\b|\bno (?:improvement|change|difference|better|effect|luck)\b"
    r"|\b(?:came|coming) back\b|\breturned\b|\bagain\b|\bworse\b|\bnothing\b"
    r"|\b(?:another|second|third|2nd|3rd|two|2|three|3|several|multiple|many) (?:courses?|rounds?|lots|types)\b"
)
_HAIR_PATCH = _r(
    r"\bbald (?:patch|patches|spot|spots|area|areas|bits?)\b"
    r"|\bpatch(?:es)? of (?:hair loss|baldness|no hair|missing hair|hair (?:fell|falling|came|has fallen|is gone|gone|missing))"
    r"|\bpatchy (?:hair loss|alopecia|hair|baldness|bald)\b"
    r"|\bhair (?:has |have |is )?(?:fell|falling|fallen|came|coming|come) out in (?:a )?"
    r"(?:patch|patches|spots|circles?|one spot)\b"
    r"|\b(?:lost|losing) (?:all )?(?:the |my )?hair (?:where|at|in|on|around) (?:the )?"
    r"(?:injection|injections|injected|needle|spot|spots|site|sites)"
    r"|\bhair loss (?:where|at|in|on|around) (?:the )?(?:injection|injections|injected|needle|site|sites|spot|spots)\b"
    r"|\bno hair (?:where|at|in|on|around)\b"
)
_HAIR_PATCH_CONTEXT = _r(
    r"\b(?:inject\w*|needles?|shots|where (?:i|they|he|she) (?:had|got|did|put)|fell|falling|came out|appeared"
    r"|new|since|after (?:the |my |each )?(?:mesotherapy|sessions?|injections?|treatments?))\b"
)
_SMALL_BUMPS = frozenset("bumps pimples spots dots".split())
_SITE_CONTEXT = _r(
    r"\b(?:scalp|skin|lumps?|bumps?|spots?|areas?|sites?|head|forehead|boils?|knots?|nodules?|swelling|swollen"
    r"|inject\w*|needles?|hairline|red|redness|pus|touch|patch|wound|where)\b"
)
_BODY_MASS = frozenset("muscle body bone".split())
_ELSEWHERE = frozenset(
    "tooth teeth dental gum ear chest urine urinary bladder kidney sinus throat yeast fungal viral stomach lung "
    "respiratory covid flu bowel vaginal water".split()
)
_PROCEDURE = frozenset("injections injection needles needle shots procedure session treatment".split())
_FEVER_IDIOM = frozenset("hay cabin spring pitch dream".split())
_CHILLS_IDIOM = _r(r"\b(?:gives?|gave|giving|get|gets|send|sends|sent)(?: me)?(?: the)? (?:chills|shivers)\b|\bshivers? down\b")
_DYING_IDIOM = _r(r" (?:to|for|my|her|his|the|it|hair|of (?:laughter|boredom|embarrassment|shame|curiosity))\b")
_REMOTE_PAST = _r(
    r"\b(?:years? ago|last year|as a (?:child|kid|teenager|baby)|when i was (?:young|little|a kid|a child|a teenager)"
    r"|in (?:19|20)\d\d|(?:\d+|a|one|two|three|few|several|many) years)\b"
)
_PRESENT = _r(r"\b(?:now|currently|today|still|again|since|at the moment|right now|this (?:morning|week))\b")


# A pattern only runs when one of its stems occurs in the text (every alternative contains one).
_GATES: Dict[Pattern[str], Tuple[str, ...]] = {
    _LUMP: ("lump", "bump", "knot", "nod", "zit", "pimple", "cyst", "mass", "bulge", "indurat", "harden", "bubble", "ball",
            "swelling", "hard", "under"),
    _PUS: ("pus", "purulent", "white", "yellow", "green", "cream", "cloudy", "thick", "smell", "coming", "came", "comes",
           "leak", "ooz", "drain", "seep", "drip", "pour", "discharg", "weeping", "odo", "crust"),
    _ABSCESS: ("abscess", "boil", "carbuncle", "furuncle", "pus", "squish", "squidg", "fluctuant", "fluid", "liquid"),
    _INFECTION: ("infect", "cellulitis", "erysipelas", "mycobacteri", "staph", "mrsa", "impetigo", "folliculitis", "septic"),
    _HOT: ("hot", "warm", "heat"),
    _RED: ("red", "erythema", "inflam", "pink"),
    _SWELLING: ("swell", "swollen", "puff", "edema", "bloated"),
    _PAIN: ("pain", "hurt", "sore", "tender", "ach", "throb", "burn", "sting"),
    _SEVERE_PAIN: ("pain", "hurt", "ache", "aching", "throb", "sore", "agony", "10", "ten"),
    _FEVER: ("fever", "febrile", "pyrexia", "temperature", "burning up", "hot", "warm", "boiling"),
    _CHILLS: ("chill", "shiver", "sweat", "cold", "freez", "warm", "shak", "trembl"),
    _RIGORS: ("rigo", "shak", "shiver", "trembl", "teeth"),
    _BREATHLESS: ("breath", "air", "gasp", "wheez", "suffocat", "chok", "panting"),
    _CHEST_PAIN: ("chest", "heart", "angina"),
    _COUGHING_BLOOD: ("cough", "blood", "spit", "moptysis"),
    _CONFUSION: ("confus", "disorient", "deliri", "sense", "talking", "where", "recogni", "think", "out of it", "acting"),
    _SLURRED: ("slur", "speech", "talk", "words", "speak"),
    _DROWSY: ("drowsy", "sleepy", "awake", "wake", "rous", "asleep", "nodding", "dozing", "conscious", "letharg", "eyes open"),
    _HEADACHE: ("head", "migraine"),
    _STIFF_NECK: ("neck", "chin"),
    _PHOTOPHOBIA: ("light", "bright", "screen", "sensitiv", "photophob"),
    _VOMIT: ("vomit", "throw", "threw", "puk", "sick"),
    _SEIZURE: ("seiz", "convuls", "fit", "epilep"),
    _DOUBLE_VISION: ("double", "vision", "sight", "see"),
    _FOCAL: ("droop", "lopsided", "arm", "leg", "hand", "weakness", "side", "paraly", "stroke", "face", "mouth", "smile"),
    _RACING_HEART: ("heart", "pulse", "palpitat", "tachycard"),
    _FAINTING: ("faint", "pass", "black", "collaps", "conscious", "unresponsive", "keeled", "syncope"),
    _MOTTLED: ("mottl", "ashen", "cyano", "blue", "grey", "gray", "purple", "white", "pale", "clammy"),
    _AIRWAY: ("lip", "tongue", "throat", "mouth", "uvula", "airway", "swallow", "anaphyla"),
    _NONBLANCHING: ("rash", "spots", "dots", "marks", "blotches", "blanch", "glass", "tumbler", "petechia", "purpur", "purple"),
    _NO_URINE: ("pee", "urin", "wee", "water", "toilet", "loo", "bathroom", "restroom"),
    _FEEL_DYING: ("die", "dying", "death", "doom", "wrong", "never felt"),
    _SEPSIS: ("seps", "septic", "mening", "poison", "necroti", "flesh", "toxic"),
    _IMMUNO: ("diabet", "immun", "steroid", "predni", "methotrexate", "biologic", "tacrolimus", "ciclosporin", "cyclosporine",
              "azathioprine", "chemo", "hiv", "transplant", "dialysis", "leuk", "lymphoma", "splenectomy"),
    _FACE_EYE: ("eye", "face", "cheek"),
    _SPREAD: ("spread", "expand", "extending", "racing", "swell", "puff", "bigger", "larger", "wider", "growing"),
    _STREAKS: ("streak", "red", "lymphangitis"),
    _FAST: ("fast", "quick", "rapid", "hour", "before my eyes", "see it", "overnight", "doubled", "since this", "lunch",
            "day", "min", "racing"),
    _WORSE: ("worse", "bigger", "larger", "redder", "more", "hotter", "puffier", "increasing", "better"),
    _GROW: ("grow", "grew", "bigger", "larger", "enlarg", "expand", "new", "more", "another", "other", "keep", "fixed"),
    _PERSIST: ("still", "away", "down", "back", "persist", "linger", "healing"),
    _ANTIBIOTIC: ("antibiotic", "amox", "augmentin", "clav", "fluclox", "doxy", "lexin", "keflex", "mycin", "cipro",
                  "bactrim", "septrin", "penicillin"),
    _HAIR_PATCH: ("bald", "patch", "hair"),
}
# Signs whose patterns only matter once another sign was found.
_PREREQUISITE: Dict[str, str] = {"_antibiotic_failed": "_antibiotic", "_hair_patch_context": "_hair_patch"}
_DIGIT = re.compile(r"\d")


def _sign_hits(text: str) -> List[_Hit]:
    """Every match of every sign pattern, before negation and question handling."""
    hits: List[_Hit] = []

    def before(m: Match[str], n: int = 2) -> List[str]:
        return _TOKEN.findall(text, max(0, m.start() - 40), m.start())[-n:]

    def after(m: Match[str], n: int = 1) -> List[str]:
        return _TOKEN.findall(text, m.end(), m.end() + 40)[:n]

    def not_small_bumps(m: Match[str]) -> bool:
        word = m.group(0).split()[-1]
        return not (word in _SMALL_BUMPS and (_MILD | {"few", "some", "couple", "goose"}).intersection(before(m)))

    fever_spans = [(m.start(), m.end()) for m in _FEVER.finditer(text)] if "hot" in text or "warm" in text else []

    def site_heat(m: Match[str]) -> bool:
        nxt, prev = after(m), before(m, 1)
        if _inside(m.start(), fever_spans) or (nxt and nxt[0] in _HOT_SKIP_NEXT) or (prev and prev[0] in _HOT_SKIP_PREV):
            return False
        return not (m.group(0) == "heat" and nxt and nxt[0] in {"rash"})

    def lump_here(m: Match[str]) -> bool:
        word = m.group(0)
        if word.startswith("lump") and after(m) == ["sum"] or word.startswith("mass") and _BODY_MASS.intersection(before(m, 1)):
            return False
        if word.startswith(("pimple", "zit")) and not _SITE_CONTEXT.search(text):
            return False  # acne on the face is not an injection-site lump
        return not_small_bumps(m)

    def not_elsewhere(m: Match[str]) -> bool:
        return not _ELSEWHERE.intersection(before(m, 2)) and after(m, 1) != ["down"]

    def spread_verb(m: Match[str]) -> bool:
        return not {"can", "could", "may", "might", "will", "would", "to"}.intersection(before(m, 1))

    def streak_context(m: Match[str]) -> bool:
        return m.group(0).startswith("red") or bool(_SPREAD_CONTEXT.search(text, max(0, m.start() - 60), m.end() + 60))

    specs: List[Tuple[str, Pattern[str], Optional[Callable[[Match[str]], bool]]]] = [
        ("lump", _LUMP, lump_here),
        ("pus", _PUS, lambda m: not text.startswith("discharged from", m.start()) and "lymphatic" not in before(m, 1)),
        ("abscess", _ABSCESS, not_elsewhere),
        ("infection", _INFECTION, not_elsewhere),
        ("hot", _HOT, lambda m: site_heat(m) and bool(_SITE_CONTEXT.search(text))),
        ("red", _RED, lambda m: not (after(m) and after(m)[0] in _RED_SKIP_NEXT)),
        ("swelling", _SWELLING, None),
        ("pain", _PAIN, None),
        ("severe_pain", _SEVERE_PAIN, lambda m: not _PROCEDURE.intersection(before(m, 3))),
        ("fever", _FEVER, lambda m: not _FEVER_IDIOM.intersection(before(m, 1) + after(m, 1))),
        ("chills", _CHILLS, lambda m: not _CHILLS_IDIOM.search(text, max(0, m.start() - 25), m.end() + 20)),
        ("rigors", _RIGORS, None),
        ("chills", _RIGORS, None),
        ("breathless", _BREATHLESS, None),
        ("chest_pain", _CHEST_PAIN, None),
        ("coughing_blood", _COUGHING_BLOOD, None),
        ("confusion", _CONFUSION, None),
        ("slurred_speech", _SLURRED, None),
        ("drowsy", _DROWSY, lambda m: not (m.group(0) == "drowsy" and _MILD.intersection(before(m)))),
        ("headache", _HEADACHE, None),
        ("_stiff_neck", _STIFF_NECK, None),
        ("_photophobia", _PHOTOPHOBIA, None),
        ("vomiting", _VOMIT, None),
        ("seizure", _SEIZURE, None),
        ("double_vision", _DOUBLE_VISION, None),
        ("focal_weakness", _FOCAL, None),
        ("racing_heart", _RACING_HEART, None),
        ("fainting", _FAINTING, None),
        ("mottled_skin", _MOTTLED, None),
        ("airway_swelling", _AIRWAY, None),
        ("nonblanching_rash", _NONBLANCHING, None),
        ("no_urine", _NO_URINE, None),
        ("feel_dying", _FEEL_DYING, lambda m: not _DYING_IDIOM.match(text, m.end())),
        ("suspected_sepsis", _SEPSIS, None),
        ("immunocompromised", _IMMUNO, None),
        ("face_eye_swelling", _FACE_EYE, None),
        ("_spread", _SPREAD, spread_verb),
        ("spreading_redness", _STREAKS, streak_context),
        ("_fast", _FAST, None),
        ("_worse", _WORSE, None),
        ("_grow", _GROW, None),
        ("_persist", _PERSIST, None),
        ("_antibiotic", _ANTIBIOTIC, None),
        ("_antibiotic_failed", _ANTIBIOTIC_FAILED, None),
        ("_hair_patch", _HAIR_PATCH, None),
        ("_hair_patch_context", _HAIR_PATCH_CONTEXT, None),
    ]
    found: Set[str] = set()
    for sign, pattern, keep in specs:
        needs = _PREREQUISITE.get(sign)
        if needs is not None and needs not in found:
            continue
        stems = _GATES.get(pattern)
        if stems is not None and not any(stem in text for stem in stems):
            continue
        for m in pattern.finditer(text):
            if keep is None or keep(m):
                hits.append(_Hit(sign, m.start(), m.end()))
                found.add(sign)

    if _DIGIT.search(text):
        for m in _NUMBER.finditer(text):
            _number_hit(text, m, hits)
    if "day" in text or "week" in text or "month" in text:
        for m in _DURATION.finditer(text):
            hits.append(_Hit("_duration", m.start(), m.end()))

    for hit in hits:
        if hit.sign in {"red", "swelling", "pain", "headache"}:
            window = _CLAUSE_PUNCT.split(text[max(0, hit.start - 30) : hit.start].replace(".", ","))[-1]
            words = _TOKEN.findall(window)[-2:]
            mild = bool(_MILD.intersection(words))
            if hit.sign == "pain" and text[hit.start : hit.end] in _MILD_PAIN_WORDS:
                mild = mild or not _INTENSE.intersection(words)
            hit.mild = mild
    return hits


def _number_hit(text: str, m: Match[str], hits: List[_Hit]) -> None:
    try:
        value = float(m.group(1).replace(",", "."))
    except ValueError:
        return
    unit = (m.group(2) or "").strip()
    before = text[max(0, m.start() - 30) : m.start()]
    after = text[m.end() : m.end() + 16]
    context = _TEMPERATURE_CONTEXT.search(before) or _TEMPERATURE_AFTER.match(after)
    temperature_context = bool(context) or unit in _TEMPERATURE_UNITS
    if temperature_context or unit in {"c", "f"}:
        if 38.0 <= value <= 44.0 or 100.4 <= value <= 110.0:
            hits.append(_Hit("fever", m.start(), m.end()))
        return
    heart_context = bool(_HEART_CONTEXT.search(before)) or text.startswith(" bpm", m.end()) or text.startswith("bpm", m.end())
    if heart_context and 120 <= value <= 250:
        hits.append(_Hit("racing_heart", m.start(), m.end()))


def _duration_days(match_text: str) -> Tuple[float, bool]:
    """(days, is_ago) of a duration phrase such as "3 weeks", "a few days ago", "weeks later"."""
    m = _DURATION.match(match_text)
    if m is None:
        return 0.0, False
    if m.group(1):
        count = _NUMBER_WORDS.get(m.group(1))
        if count is None:
            try:
                count = float(m.group(1))
            except ValueError:
                count = 0.0
        unit = m.group(2)
        days = count * (1 if unit.startswith("day") else 7 if unit.startswith("week") else 30)
        return days, (m.group(3) or "").strip() == "ago"
    unit = m.group(4) or m.group(6) or m.group(7) or ""
    return (7.0 if unit.startswith("week") else 30.0), (m.group(5) or "") == "ago"


# --------------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------------

_NONE = Findings(level="none", signs=(), is_question=False)
_NOT_SYMPTOMS = frozenset({"immunocompromised"})


_FALLBACK = re.compile(
    r"breath|chest|faint|passed out|collaps|seizure|confus|unconscious|throat|lips|tongue|swallow|fever|temperature"
    r"|chills|shiver|pus|abscess|boil|lump|infect|swell|spread",
    re.IGNORECASE,
)


def detect(text: str) -> Findings:
    """The red flags a message reports, and the level they call for. Never raises."""
    try:
        return _detect(_as_text(text))
    except Exception:  # the safety layer must never break the NLU pipeline; it errs towards escalating
        logger.exception("red-flag detector failed; falling back to a keyword check")
        try:
            suspicious = bool(_FALLBACK.search(_as_text(text)[:MAX_CHARS]))
        except Exception:
            suspicious = False
        return Findings(level="urgent", signs=(), is_question=False) if suspicious else _NONE


def _as_text(text: object) -> str:
    if text is None:
        return ""
    if isinstance(text, bytes):
        return text.decode("utf-8", errors="replace")
    return text if isinstance(text, str) else str(text)


def _detect(raw: str) -> Findings:
    text = _normalise(raw[:MAX_CHARS])
    if not text:
        return _NONE

    sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    clause_ends = sorted(
        set(sentence_ends)
        | {m.start() for m in _CLAUSE_PUNCT.finditer(text)}
        | {m.start() - 1 for m in _CONTRAST_WORDS.finditer(text)}
    )
    negation_ends = sorted(set(clause_ends) | {m.start() - 1 for m in _CLAUSE_WORDS.finditer(text)})
    hits = _sign_hits(text)
    sign_starts = sorted(h.start for h in hits if not h.sign.startswith("_"))
    sentences: List[_Sentence] = []
    start = 0
    for end in sentence_ends:
        if _TOKEN.search(text, start, end):
            sentences.append(_analyse_sentence(text, start, end, clause_ends, sign_starts))
        start = end + 1
    sentence_starts = [s.start for s in sentences]

    counted: List[_Hit] = []
    by_sentence: Dict[int, Set[str]] = {}
    for hit in hits:
        i = bisect_right(sentence_starts, hit.start) - 1
        if i < 0:
            continue
        sentence = sentences[i]
        ci = bisect_right(negation_ends, hit.start - 1) - 1
        clause_start = negation_ends[ci] + 1 if ci >= 0 else 0
        if _negated(text, hit.start, hit.end, max(clause_start, sentence.start)):
            continue
        named = bool(_POSSESSIVE_BEFORE.search(text, max(sentence.start, hit.start - 40), hit.start))
        reported = named and not hit.sign.startswith("_") and not _REMOTE_PAST.search(text, sentence.start, sentence.end)
        if not reported and (not sentence.report or _inside(hit.start, sentence.cond + sentence.modal + sentence.generic)):
            continue
        counted.append(hit)
        by_sentence.setdefault(i, set()).add(hit.sign)

    signs = _combine(text, counted, [by_sentence[i] for i in sorted(by_sentence)], [
        text[sentences[i].start : sentences[i].end] for i in sorted(by_sentence)
    ])
    level = _level(signs)
    public = tuple(sorted(s for s in signs if not s.startswith("_")))
    symptoms = [s for s in public if s not in _NOT_SYMPTOMS]
    is_question = any(s.question for s in sentences) and not symptoms
    return Findings(level=level, signs=public, is_question=is_question)


def _combine(text: str, hits: List[_Hit], sentence_signs: List[Set[str]], sentence_texts: List[str]) -> Set[str]:
    """Sign ids from the counted matches, including the combinations (painful lump, meningism...)."""
    signs = {h.sign for h in hits}
    strong = {h.sign for h in hits if not h.mild}
    durations = [_duration_days(text[h.start : h.end]) for h in hits if h.sign == "_duration"]
    longest = max((d for d, _ in durations), default=0.0)
    longest_not_ago = max((d for d, ago in durations if not ago), default=0.0)
    local = {"red", "swelling", "pain", "hot"} & signs

    def together(sign: str, others: Set[str], context: Optional[Pattern[str]] = None) -> bool:
        return any(
            sign in found and (found & others or (context is not None and context.search(sentence)))
            for found, sentence in zip(sentence_signs, sentence_texts)
        )

    if "lump" in signs and "pain" in signs:
        signs.add("painful_lump")
    headache_spans = [(h.start, h.end) for h in hits if h.sign == "headache"]
    if any(h.sign == "pain" and not h.mild and not _inside(h.start, headache_spans) for h in hits):
        signs.add("_site_pain")  # internal: pain that is not a headache, for the fever combination
    if "lump" in signs and (longest >= 7 or {"_grow", "_persist"} & signs):
        signs.add("late_or_persistent_lump")
    if local and "lump" not in signs and ("_worse" in signs or "_grow" in signs):
        signs.add("worsening")
    if local and "lump" not in signs and (longest_not_ago >= 5 or ("_persist" in signs and longest_not_ago >= 3)):
        signs.add("persistent_reaction")
    throbbing = any(h.sign == "pain" and text.startswith("throb", h.start) for h in hits)
    if {"red", "swelling", "pain"} <= strong or (throbbing and {"red", "swelling"} & signs):
        signs.add("inflamed_area")
    if together("_spread", {"red", "swelling", "infection", "lump", "pus", "hot", "abscess"}, _SPREAD_CONTEXT):
        signs.add("spreading_redness")
    if together("_fast", {"_spread", "spreading_redness"}):
        signs.update({"spreading_redness", "fast_spreading_redness"})
    if together("_antibiotic", {"_antibiotic_failed", "_persist"}):
        signs.add("antibiotics_failed")
    if together("_hair_patch", {"_hair_patch_context"}):
        signs.add("patchy_hair_loss")

    headache = any(h.sign == "headache" and not h.mild for h in hits)
    severe_headache = any(
        h.sign == "headache" and _SEVERE_HEADACHE_WORDS.intersection(_TOKEN.findall(text, max(0, h.start - 30), h.end + 25))
        for h in hits
    )
    if severe_headache:
        signs.add("severe_headache")
    if "_stiff_neck" in signs:
        signs.add("stiff_neck")
    neck_or_light = {"_stiff_neck", "_photophobia"} & signs
    if (headache and (neck_or_light or "vomiting" in signs)) or ("fever" in signs and neck_or_light):
        signs.add("meningism")
    return signs
