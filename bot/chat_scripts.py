"""Non-Latin scripts into the Latin letters the glossaries are written in (`bot.chat_glossary.fold`).

The red-flag detector reads ``[a-z]+`` and digits, so text in another script must end up as Latin letters:

* Cyrillic and Greek are transliterated letter by letter the way people type them in Latin chat
  ("у меня температура" -> "u menya temperatura"), so one glossary covers both the script and the
  Latin "translit" spelling.
* Devanagari is romanised the way Hinglish is typed (inherent vowel dropped at the end of a word and
  between a vowelled syllable and the next: "पहले" -> "pahle", "बुखार" -> "bukhar"), so Hindi in
  Devanagari is read by the Hinglish glossary.
* Arabic script stays Arabic (its glossary is written in it: short vowels are not written, so a
  romanisation would not match how anyone types): only its spelling variants are unified (hamza seats,
  taa marbuta, alif maqsura, tatweel, Persian/Urdu letter forms) and Arabic-Indic digits become 0-9.
"""

from __future__ import annotations

import re
from typing import Dict, List

__all__ = ["ARABIC_LETTERS", "transliterate", "unread_script"]

# Arabic letters after `transliterate` (the glossary's word class for Arabic keys)
ARABIC_LETTERS = "\u0621-\u064a\u0671-\u06d3"

_CYRILLIC: Dict[str, str] = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
        "a b v g d e e zh z i y k l m n o p r s t u f h ts ch sh sch _ y _ e yu ya i i e g u".split(),
    )
)
# Serbian and Macedonian letters, as their Latin alphabets write them: "излечено је" -> "izleceno je"
_CYRILLIC.update({"ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz", "ѓ": "g", "ќ": "k", "ѕ": "dz"})
_GREEK: Dict[str, str] = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        "a v g d e z i th i k l m n x o p r s s t i f ch ps o".split(),
    )
)
_GREEK.update(zip("άέήίόύώϊΐϋΰ", "a e i i o i o i i i i".split()))
_GREEK_DIGRAPHS = (("ου", "ou"), ("ού", "ou"), ("αυ", "av"), ("αύ", "av"), ("ευ", "ev"), ("εύ", "ev"), ("μπ", "mp"), ("ντ", "nt"))
_ARABIC: Dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": "", "ک": "ك", "ی": "ي", "ۀ": "ه", "ھ": "ه",
    "ؤ": "و", "ئ": "ي", "٫": ".", "،": ",", "؟": "?", "؛": ";",
}  # fmt: skip
for _digit in range(10):
    _ARABIC[chr(0x0660 + _digit)] = str(_digit)  # ٠-٩
    _ARABIC[chr(0x06F0 + _digit)] = str(_digit)  # ۰-۹ (Persian, Urdu)
_TABLE = str.maketrans({**{k: ("" if v == "_" else v) for k, v in {**_CYRILLIC, **_GREEK}.items()}, **_ARABIC})

# Devanagari: consonants, dependent vowel signs, independent vowels
_CONSONANTS = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळ",
        "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l v sh sh s h l".split(),
    )
)
_NUKTA_FORMS = {"क": "q", "ख": "kh", "ग": "gh", "ज": "z", "ड": "d", "ढ": "dh", "फ": "f", "य": "y"}
_PRECOMPOSED_NUKTA = {chr(0x0958 + i): base for i, base in enumerate("\u0915\u0916\u0917\u091c\u0921\u0922\u092b\u092f")}
_SIGNS = dict(zip("ािीुूृेैोौॉॅॆॊ", "a i i u u ri e ai o au o e e o".split()))
_VOWELS = dict(zip("अआइईउऊऋएऐओऔऑ", "a aa i i u u ri e ai o au o".split()))
_NUKTA, _VIRAMA = "\u093c", "\u094d"
_NASAL = {"\u0902": "n", "\u0901": "n", "\u0903": "h"}
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u097f]+")
# romanisations that Hinglish chat spells otherwise
_HINGLISH_SPELLING = {"nahin": "nahi", "men": "mein", "main": "main", "thik": "theek", "hain": "hain"}


def _devanagari_word(word: str) -> str:
    word = "".join(_PRECOMPOSED_NUKTA.get(c, c) + (_NUKTA if c in _PRECOMPOSED_NUKTA else "") for c in word)
    syllables: List[List[object]] = []  # [consonant, vowel, inherent, nasal]
    i = 0
    while i < len(word):
        c = word[i]
        if c in _CONSONANTS:
            latin = _CONSONANTS[c]
            if i + 1 < len(word) and word[i + 1] == _NUKTA:
                latin = _NUKTA_FORMS.get(c, latin)
                i += 1
            syllables.append([latin, "a", True, ""])
        elif c in _VOWELS:
            syllables.append(["", _VOWELS[c], False, ""])
        elif c in _SIGNS and syllables:
            syllables[-1][1], syllables[-1][2] = _SIGNS[c], False
        elif c == _VIRAMA and syllables:
            syllables[-1][1], syllables[-1][2] = None, False
        elif c in _NASAL and syllables:
            syllables[-1][3] = _NASAL[c]
        elif "\u0966" <= c <= "\u096f":
            syllables.append([str(ord(c) - 0x0966), None, False, ""])
        i += 1
    count = len(syllables)
    if count > 1 and syllables[-1][2] and not syllables[-1][3]:
        syllables[-1][1] = None  # "बुखार" bukhar, not bukhara
    for k in range(count - 2, 0, -1):  # V C a C V: the inherent vowel is not said ("पहले" pahle)
        if syllables[k][2] and not syllables[k][3] and syllables[k - 1][1] and syllables[k + 1][1] and syllables[k + 1][0]:
            syllables[k][1] = None
    latin = "".join(f"{s[0]}{s[1] or ''}{s[3]}" for s in syllables)
    return _HINGLISH_SPELLING.get(latin, latin)


def transliterate(text: str) -> str:
    """Cyrillic, Greek and Devanagari into Latin letters; Arabic spelling variants unified (lower-case input)."""
    if text.isascii():
        return text
    if any("\u0370" <= c <= "\u03ff" for c in text):
        for greek, latin in _GREEK_DIGRAPHS:
            text = text.replace(greek, latin)
    text = text.translate(_TABLE)
    if any("\u0900" <= c <= "\u097f" for c in text):
        text = _DEVANAGARI_WORD.sub(lambda m: _devanagari_word(m.group(0)), text.replace("।", ".").replace("॥", "."))
    return text


UNREAD_SHARE = 0.5


def unread_script(matched: str) -> bool:
    """Whether most letters of a message, already through `bot.chat_text.for_matching`, were left outside a-z: a
    script no glossary reads (Hebrew, Thai, ...) or Cyrillic no glossary recognised. It may be a report nobody can
    check, so it gets the conditional safety net rather than only "I'm not sure I understood"."""
    letters = [c for c in matched if c.isalpha()]
    if len(letters) < 4:
        return False
    return sum(1 for c in letters if not "a" <= c <= "z") > UNREAD_SHARE * len(letters)
