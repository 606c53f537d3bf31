"""Chinese, Japanese and Korean chat text into the rough English the red-flag detector reads.

These scripts do not put spaces between words (Korean does, but writes particles onto them: "두피에"
is "scalp" + "on"), so the word glossaries of `bot.chat_glossary` cannot find a word's edges. Here
every glossary key is found as a substring, longest first, and replaced by its English with spaces
around it; characters no key covers are dropped. The language comes from the script: kana is
Japanese, Hangul is Korean, and Han characters alone are Chinese.

The data (`bot.chat_glossary_data_cjk`) is, per language, ``key|alt: english`` entries, as in the word
glossaries, plus rewrite rules applied to the text first, for what substring keys cannot say alone
(a negation that follows the word it negates: "熱はない", fever is-not). Compiled on first use.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Dict, Optional, Pattern, Tuple

from bot.chat_glossary_data_cjk import CJK_DATA, CJK_RULES
from bot.glossary_format import glossary_entries

__all__ = ["cjk_language", "cjk_to_english", "has_cjk"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u3040-\u30ff\u31f0-\u31ff"
_HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_CJK = re.compile(f"[{_HAN}{_KANA}{_HANGUL}]")
_KANA_CHAR = re.compile(f"[{_KANA}]")
_HANGUL_CHAR = re.compile(f"[{_HANGUL}]")
# CJK punctuation into the ASCII the detector splits sentences and clauses on (after NFKC, which already
# turns full-width "！？，" and digits into ASCII)
_PUNCTUATION = str.maketrans(
    {"。": ". ", "、": ", ", "，": ", ", "！": "! ", "？": "? ", "；": "; ", "：": ": ", "～": " ", "〜": " "}
)
_LEFTOVER = re.compile(f"[{_HAN}{_KANA}{_HANGUL}\u3000-\u303f]+")
_SPACES = re.compile(r"[ \t]+")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def cjk_language(text: str) -> Optional[str]:
    """ "ja", "ko" or "zh" by script, or None when the text holds no CJK character."""
    if not has_cjk(text):
        return None
    if _KANA_CHAR.search(text):
        return "ja"
    if _HANGUL_CHAR.search(text):
        return "ko"
    return "zh"


def _parse(code: str, data: str) -> Dict[str, str]:
    entries: Dict[str, str] = {}
    where = f"bot/chat_glossary_data_cjk.py, language {code!r}"
    for keys, english in glossary_entries(data, where):
        for key in keys:
            key = key.strip()
            if not key or not has_cjk(key):
                raise ValueError(f"{where}: key {key!r} holds no CJK character")
            entries[key] = english
    return entries


@cache
def _compiled(code: str) -> Tuple[Pattern[str], Dict[str, str], Tuple[Tuple[Pattern[str], str], ...]]:
    entries = _parse(code, CJK_DATA[code])
    keys = sorted(entries, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, keys)))
    rules = tuple((re.compile(p), r) for p, r in CJK_RULES.get(code, ()))
    return pattern, entries, rules


def cjk_to_english(text: str, language: Optional[str] = None) -> str:
    """Rough English for text holding CJK characters; other text is returned unchanged."""
    code = language or cjk_language(text)
    if code is None or code not in CJK_DATA:
        return text
    pattern, entries, rules = _compiled(code)
    for rule, replacement in rules:
        text = rule.sub(replacement, text)
    text = pattern.sub(lambda m: f" {entries[m.group(0)]} ", text)
    text = _LEFTOVER.sub(" ", text.translate(_PUNCTUATION))
    return _SPACES.sub(" ", text).strip()
