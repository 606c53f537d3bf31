"""Non-English chat text into the English the red-flag detector reads, word by word and phrase by phrase.

Patients and relatives write in Spanish, French, German, Polish, Italian, Portuguese and romanised Hindi
("tengo un bulto rojo y caliente", "saans nahi aa rahi"). The detector's patterns are English; rather than
duplicate every pattern per language, ``to_english`` rewrites a message whose words are mostly another
language's into rough English ("i have a lump red and hot", "i can not breathe"), which the detector
already tolerates (word order, missing articles). Negation, "if", hearsay, "ago" and third persons are
translated too, so the detector's framing rules still apply.

A cheap check decides: a message counts as language X only when it holds at least ``MIN_MARKERS`` words
that are X's glossary words and not English words, and more of them than English function words.
English text is returned unchanged, character for character. Language-detection libraries were not used:
none knows romanised Hindi, the small ones ship pickled models, and all guess poorly on short chat.
The glossaries are data (`bot.chat_glossary_data`), compiled on first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Dict, FrozenSet, List, Match, Optional, Pattern, Tuple

from bot.chat_cjk import cjk_to_english, has_cjk
from bot.chat_glossary_data import (
    ACCENTED,
    ENGLISH_FUNCTION_WORDS,
    ENGLISH_WORDS,
    LANGUAGE_DATA,
    POST_RULES,
    PREFIXES,
    RULES,
    SPELLING,
)
from bot.chat_scripts import ARABIC_LETTERS, transliterate
from bot.chat_words import FUZZY_PROTECTED, FUZZY_VOCAB
from bot.glossary_format import glossary_entries
from bot.language_id import SHARED_GLOSSARY, confident_language

__all__ = ["MIN_MARKERS", "Glossary", "glossary", "language_of", "to_english", "unread_share"]

MIN_MARKERS = 2  # one foreign-looking word ("fiebre", a name) is not a foreign message

_HOOKED_LETTERS = "ɓɗƙƴ"  # Hausa's; langdetect has no Hausa profile (`_detected_glossary`)
# letters that Unicode decomposition leaves alone, and Spanish opening marks
_FOLD = str.maketrans(
    {"ł": "l", "ß": "ss", "ø": "o", "œ": "oe", "æ": "ae", "đ": "d", "ı": "i", "ə": "e", "¿": " ", "¡": " "}
    | dict(zip(_HOOKED_LETTERS, "bdky"))
)
_WORD_CHARS = "a-z" + ARABIC_LETTERS  # a glossary word: Latin letters after folding, or Arabic script
_TOKEN = re.compile(f"[{_WORD_CHARS}]+")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Glossary:
    """One language's compiled glossary: exact keys, stem keys ("gorączk*"), and its rewrite rules."""

    code: str
    exact: Dict[str, str]
    stems: Tuple[Tuple[Pattern[str], str], ...]  # (fullmatch pattern of a key with a "*", its English)
    pattern: Pattern[str]  # every key, phrases first, on word boundaries (after an optional prefix)
    prefixes: Dict[str, str]  # attached words ("و" and, "ال" the) and their English
    rules: Tuple[Tuple[Pattern[str], str], ...]
    accented: Tuple[Tuple[Pattern[str], str], ...]

    def translate(self, folded: str) -> str:
        """Replace every glossary key in folded text with its English (longest key first)."""
        return self.pattern.sub(self._english, folded)

    def _english(self, match: Match[str]) -> str:
        found = _SPACE_RUN.sub(" ", match.group(0))
        prefix = match.group("prefix") if self.prefixes else None
        if prefix and found not in self.exact:  # "والحرارة": "and" + "the" + "fever"
            return f"{self.prefixes[prefix]} {self._word(found[len(prefix) :])}".strip()
        return self._word(found)

    def _word(self, found: str) -> str:
        english = self.exact.get(found)
        if english is None:
            english = next((e for p, e in self.stems if p.fullmatch(found)), found)
        return english


_SPACE_RUN = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case ASCII letters where possible: accents dropped, "ł" -> "l", "ß" -> "ss"; Cyrillic, Greek and
    Devanagari transliterated, Arabic script kept with its spelling variants unified (`bot.chat_scripts`)."""
    text = unicodedata.normalize("NFKD", transliterate(text.lower()).translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def _parse(code: str, data: str) -> Dict[str, str]:
    """``key|alt: value; key: value`` lines into a dict; a malformed entry names its language and text."""
    entries: Dict[str, str] = {}
    for keys, english in glossary_entries(data, f"bot/chat_glossary_data.py, language {code!r}"):
        for key in keys:
            key = " ".join(key.split())
            if key and not key.isascii():  # a key in another script is spelt as the text will be folded
                key = fold(key)
            key = _spelt(code, key)  # Arabizi keys are written as typed: "7arara" is read as "harara"
            if not key or fold(key) != key or not _KEY.fullmatch(key):
                raise ValueError(f"bot/chat_glossary_data.py, language {code!r}: key {key!r} must be lower-case ASCII")
            entries[key] = english
    return entries


_KEY = re.compile(f"[{_WORD_CHARS}]+\\*?(?: [{_WORD_CHARS}]+\\*?)*")


def _key_regex(key: str) -> str:
    words = key.split(" ")
    return r"\s+".join(re.escape(w[:-1]) + f"[{_WORD_CHARS}]*" if w.endswith("*") else re.escape(w) for w in words)


def _spelt(code: str, folded: str) -> str:
    """A language's spelling rewrites on folded text ("7arara" -> "harara"): before its check and its glossary."""
    for pattern, replacement in _spelling(code):
        folded = pattern.sub(replacement, folded)
    return folded


@cache
def _spelling(code: str) -> Tuple[Tuple[Pattern[str], str], ...]:
    return tuple((re.compile(p), r) for p, r in SPELLING.get(code, ()))


@cache
def _entries(code: str) -> Dict[str, str]:
    return _parse(code, LANGUAGE_DATA[code])


@cache
def _english_words() -> FrozenSet[str]:
    return ENGLISH_WORDS | FUZZY_PROTECTED | frozenset(FUZZY_VOCAB)  # "severe", "nodule" are English too


@cache
def _markers(code: str) -> Tuple[FrozenSet[str], Tuple[str, ...]]:
    """A language's own single words (not English words) and word stems, for ``language_of``."""
    single = [k for k in _entries(code) if " " not in k]
    entries = _entries(code)
    english = _english_words()
    words = frozenset(k for k in single if "*" not in k and len(k) > 1 and k not in english and entries[k] != k)
    return words, tuple(k[:-1] for k in single if k.endswith("*") and len(k) > 4)


def _marker_count(code: str, tokens: List[str]) -> int:
    words, stems = _markers(code)
    return sum(1 for t in tokens if t in words or (stems and t.startswith(stems)) or _prefixed_marker(code, t, words))


def _prefixed_marker(code: str, token: str, words: FrozenSet[str]) -> bool:
    """An Arabic-script word with "و", "ب", "ال"... written onto it ("والحرارة") counts as its glossary word."""
    if token.isascii():  # Arabizi's "w", "el" are not stripped here: "weed", "well" are English
        return False
    return any(token.startswith(p) and token[len(p) :] in words for p in _prefix_forms(code))


@cache
def _prefix_forms(code: str) -> Tuple[str, ...]:
    return tuple(fold(p) for p, _ in PREFIXES.get(code, ()))


@cache
def glossary(code: str) -> Glossary:
    """The compiled glossary of one language ("es", "fr", "de", "pl", "it", "pt", "hi"), built on first use."""
    entries = _entries(code)
    exact = {k: v for k, v in entries.items() if "*" not in k}
    ordered = sorted(entries, key=lambda k: (-k.count(" "), -len(k.replace("*", "")), "*" in k, k))
    prefixes = {fold(p): e for p, e in PREFIXES.get(code, ())}
    # lazy, shortest first: a whole key before a split one, and "وبتوجعني" is "و" + "بتوجعني", not "وب" + "توجعني"
    prefix = "(?P<prefix>" + "|".join(map(re.escape, sorted(prefixes, key=len))) + ")??" if prefixes else ""
    keys = "|".join(_key_regex(k) for k in ordered)
    pattern = re.compile(f"(?<![{_WORD_CHARS}]){prefix}(?:{keys})(?![{_WORD_CHARS}])")
    return Glossary(
        code=code,
        exact=exact,
        stems=tuple((re.compile(_key_regex(k)), entries[k]) for k in ordered if "*" in k),  # "goraczk*" before "gorac*"
        pattern=pattern,
        prefixes=prefixes,
        rules=tuple((re.compile(p), r) for p, r in RULES.get(code, ())),
        accented=tuple((re.compile(p), r) for p, r in ACCENTED.get(code, ())),
    )


@lru_cache(maxsize=1)
def _post_rules() -> Tuple[Tuple[Pattern[str], str], ...]:
    return tuple((re.compile(p), r) for p, r in POST_RULES)


def language_of(text: str) -> Optional[str]:
    """The glossary language a message is written in, or None for English (or too little to tell)."""
    if not _LETTERS.search(text):
        return None
    folded = fold(text)
    tokens = _TOKEN.findall(folded)
    if len(tokens) < MIN_MARKERS:
        return None
    detected = _detected_glossary(text)
    if detected is not None:
        return detected
    english = sum(1 for t in tokens if t in ENGLISH_FUNCTION_WORDS)
    best: Optional[str] = None
    best_count = 0
    codes: Tuple[str, ...] = _DEVANAGARI_GLOSSARIES if _DEVANAGARI.search(text) else tuple(LANGUAGE_DATA)
    if _CYRILLIC.search(text) and not _OTHER_CYRILLIC.search(text):
        codes = _CYRILLIC_FIRST + tuple(c for c in codes if c not in _CYRILLIC_FIRST)
    for code in codes:
        count = _marker_count(code, _TOKEN.findall(_spelt(code, folded)) if code in SPELLING else tokens)
        if count > best_count:
            best, best_count = code, count
    if best_count >= MIN_MARKERS and best_count > english:
        return best
    return None


# Glossaries of languages typed in Latin letters that langdetect has no profile for (it may name another language)
ROMANISED_GLOSSARIES = frozenset({"hi", "arabizi", "fa_latin"})
# Devanagari, once romanised, is read by the Hindi glossary alone: Nepali "कुरा" (a thing) is no Arabizi "kura" (a lump)
_DEVANAGARI = re.compile("[\u0900-\u097f]")
_DEVANAGARI_GLOSSARIES = ("hi",)
# and Cyrillic by the Russian one (which reads Ukrainian too) when it reads as much as another: "лиса пляма" once folded
# is no Turkish (final65); Tajik and Serbian stay with the glossaries that read more of them
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CYRILLIC_FIRST = ("ru",)
_OTHER_CYRILLIC = re.compile("[өүәқғңұһҗӣҳӯ]")  # Mongolian, Kazakh, Tajik letters: not Russian or Ukrainian


_HOOKED = re.compile(f"[{_HOOKED_LETTERS}{_HOOKED_LETTERS.upper()}]")


def _detected_glossary(text: str) -> Optional[str]:
    """The glossary of the language langdetect is confident of, for Latin text with accented letters: their folded
    words can look like another glossary's ("tự tử" folds to "tu tu"), the accents do not. Other scripts keep the
    glossaries' own markers (a Cyrillic text no glossary recognises stays unread, for the multilingual model)."""
    letters = [c for c in text if c.isalpha()]
    if not any(not c.isascii() for c in letters) or not all(c.isascii() or _is_latin(c) for c in letters):
        return None
    if _HOOKED.search(text):
        return None  # Hausa's letters: langdetect has no Hausa profile and names Swahili; the markers decide
    detected = confident_language(text) or ""
    code = SHARED_GLOSSARY.get(detected, detected)
    return code if code in LANGUAGE_DATA else None


def _is_latin(letter: str) -> bool:
    return unicodedata.name(letter, "").startswith("LATIN")


@cache
def _read_words(code: str) -> FrozenSet[str]:
    """The words a glossary's reading may hold: its English, and English's own function words."""
    values = " ".join(_entries(code).values())
    return frozenset(_TOKEN.findall(values)) | _english_words()


def unread_share(text: str) -> float:
    """The share of a glossary language's words (three letters or more) that its glossary left unread: 0.0 for English,
    for Chinese, Japanese and Korean, and for text no glossary reads."""
    code = None if has_cjk(text) else language_of(text)
    if code is None:
        return 0.0
    words = [t for t in _TOKEN.findall(to_english(text.lower(), code)) if len(t) > 2 and t.isalpha()]
    known = _read_words(code)
    return sum(1 for t in words if t not in known) / len(words) if words else 0.0


def to_english(text: str, language: Optional[str] = None) -> str:
    """Rough English for a message in a glossary language; any other text is returned unchanged.

    Expects lower-case text (accents may still be there); the result is lower-case ASCII where the
    glossary knew the words. ``language`` skips the check (tests, or a caller that already knows).
    Chinese, Japanese and Korean, which the word glossaries cannot split, go to `bot.chat_cjk`."""
    if language is None and has_cjk(text):
        return cjk_to_english(text)
    code = language or language_of(text)
    if code is None:
        return text
    gloss = glossary(code)
    for pattern, english in gloss.accented:
        text = pattern.sub(english, text)
    folded = _spelt(code, fold(text))
    for pattern, replacement in gloss.rules:
        folded = pattern.sub(replacement, folded)
    english = gloss.translate(folded)
    for pattern, replacement in _post_rules():
        english = pattern.sub(replacement, english)
    return english
