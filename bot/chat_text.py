"""One normal form for patient chat text, shared by the intent classifier and the red-flag detector.

``for_matching`` is what the detector reads: Unicode folded (NFKC, accents and control characters
dropped, HTML removed), lower case, apostrophes dropped ("can't" -> "cant" -> "can not"), chat spellings
and misspellings corrected (``bot.chat_words.SPELLINGS`` plus fuzzy matching against a small symptom
vocabulary). Line breaks survive because they end sentences; "85/50" and "9/10" keep their slash
because the detector reads vital signs and pain scores from them.

``normalise`` is what the intent classifier reads: the same, plus ``CONCEPTS`` (one word per concept:
"rogaine" -> "minoxidil", "shots" -> "injection") and all whitespace collapsed.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Pattern, Set, Tuple

from bot.chat_glossary import to_english
from bot.chat_words import CHAT_NUMERALS, CONCEPTS, FUZZY_PROTECTED, FUZZY_VOCAB, SPELLINGS

__all__ = ["for_matching", "normalise", "correct_word"]

_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)
_TAGS = re.compile(r"<[^<>]{0,500}>")
# question marks NFKC leaves alone (the full-width one it maps): Arabic, Armenian, Ethiopic
_QUESTION_MARKS = str.maketrans({"\u061f": "?", "\u055e": "?", "\u1367": "?"})
_APOSTROPHE = re.compile(r"(?<=[a-z])['\u2019\u2018`\u00b4\u02bc](?=[a-z])")
# "neck's rigid", "my mate's been zonked", "everything's doubled": a noun's "'s" before a state is "is"/"has", not "of"
_NOUN_S = (
    r"\b(everything|everyone|nothing|head|neck|heart|chest|skin|lump|bump|arm|leg|face|eye|temp|temperature|pulse|breathing"
    r"|vision|speech|mum|mom|dad|wife|husband|mate|friend|son|daughter|brother|sister|partner|boyfriend|girlfriend|baby|kid"
    r"|redness|swelling|rash|area|spot|fever|pain|lip|tongue|throat|hair|scalp|vision)['\u2019]s "
)
_NOUN_HAS = re.compile(_NOUN_S + r"(?=(?:been|got|had|started)\b)")
_NOUN_IS = re.compile(
    _NOUN_S + r"(?=(?:all|so|really|very|totally|absolutely|completely|proper|properly|still|now|just|getting|rigid|stiff"
    r"|swollen|hot|red|doubled|blue|grey|gray|pale|purple|black|huge|massive|bigger|worse|racing|pounding|going|killing"
    r"|splitting|burning|spreading|growing|leaking|oozing|not|like|out)\b|[a-z]+(?:ing|ed)\b)"
)
_SEPARATORS = re.compile(r"['\u2019\u2018`\u00b4\u02bc\"*_~#|\\]+|(?<!\d)/+|/+(?!\d)|(?<=\w)[\-\u2010-\u2015]+(?=\w)")
_SPACES = re.compile(r"[ \t\f\v\r\u00a0]+")
_NEWLINES = re.compile(r"\s*\n[\s\n]*")
_WORD = re.compile(r"[a-z]+")
_CHAT_NUMERAL = re.compile(r"\b(?:" + "|".join(CHAT_NUMERALS) + r")\b")
_ALL_SPACE = re.compile(r"\s+")
# chat "2" for "to" after words that take an infinitive: "hard 2 wake", "going 2 call" (not "have 2 lumps")
_TWO_FOR_TO = re.compile(
    r"\b(hard|difficult|impossible|unable|able|easy|want|wants|going|need|needs|trying|try|tried|started"
    r"|starting|begin|began|used|ought|have) 2(?= (?:wake|get|go|call|see|breathe|move|stand|walk|talk|speak|keep"
    r"|stay|swallow|open|lift|eat|drink|sleep|rouse|think|be|do|make|know|ask|say|tell|pee|wee)\b)"
)

_VOCAB: FrozenSet[str] = frozenset(FUZZY_VOCAB)
# a letter o typed for a zero inside a number: "13O", "1O0"
_O_FOR_ZERO = re.compile(r"(?<=\d)o(?=\d|\b)|(?<=\b\d)o(?=\d)")


def _max_distance(word: str) -> int:
    return 2 if len(word) >= 8 else 1 if len(word) >= 5 else 0


def _deletes(word: str, depth: int) -> Set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


@lru_cache(maxsize=1)
def _delete_index() -> Dict[str, Tuple[str, ...]]:
    """Symmetric-delete index of the fuzzy vocabulary, built on first use (not at import)."""
    index: Dict[str, List[str]] = {}
    for word in FUZZY_VOCAB:
        for variant in _deletes(word, _max_distance(word)):
            index.setdefault(variant, []).append(word)
    return {k: tuple(v) for k, v in index.items()}


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
def correct_word(token: str) -> str:
    """A lower-case token's canonical spelling: an explicit rewrite, the nearest vocabulary word, or itself."""
    rewrite = SPELLINGS.get(token)
    if rewrite is not None:
        return rewrite
    if len(token) < 4 or len(token) > 16 or token in _VOCAB or token in FUZZY_PROTECTED:
        return token
    index = _delete_index()
    candidates: Set[str] = set()
    for variant in _deletes(token, 2 if len(token) >= 6 else 1):
        candidates.update(index.get(variant, ()))
    best: Optional[Tuple[int, str]] = None
    for word in sorted(candidates):
        limit = _max_distance(word)
        if not limit or word[0] != token[0]:
            continue
        distance = _osa_distance(token, word, limit)
        if distance <= limit and (best is None or distance < best[0]):
            best = (distance, word)
    return best[1] if best else token


@lru_cache(maxsize=128)  # the detector reads one message several times (questions, follow-ups, asked signs)
def for_matching(text: str, *, translate: bool = True) -> str:
    """The detector's normal form (see the module docstring); line breaks are kept as " \\n ".
    ``translate``: a message in another language becomes rough English (`bot.chat_glossary`)."""
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAGS.sub(" ", text)
    text = unicodedata.normalize("NFKC", text).lower().translate(_QUESTION_MARKS)
    if translate:
        text = to_english(text)
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _CONTROL.sub(" ", text)
    if "s " in text:
        text = _NOUN_IS.sub(r"\1 is ", _NOUN_HAS.sub(r"\1 has ", text))
    text = _APOSTROPHE.sub("", text)  # can't -> cant, it's -> its
    if any(c.isdigit() for c in text):
        text = _CHAT_NUMERAL.sub(lambda m: CHAT_NUMERALS[m.group(0)], text)
        if "o" in text:
            text = _O_FOR_ZERO.sub("0", text)
    text = _SEPARATORS.sub(" ", text)
    text = _WORD.sub(lambda m: correct_word(m.group(0)), text)
    if "2" in text:
        text = _TWO_FOR_TO.sub(r"\1 to", text)
    if "\n" in text:
        text = _NEWLINES.sub(" \n ", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=1)
def _concept_pattern() -> Pattern[str]:
    words = sorted(map(re.escape, CONCEPTS), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(words) + r")(?![\w-])")


def normalise(text: str) -> str:
    """The intent classifier's normal form: ``for_matching`` plus one word per concept, spaces collapsed."""
    matched = for_matching(text, translate=False)  # the classifier is trained on untranslated text
    replaced = _concept_pattern().sub(lambda m: CONCEPTS[m.group(1)], matched)
    return _ALL_SPACE.sub(" ", replaced).strip()
