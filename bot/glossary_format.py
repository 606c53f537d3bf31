"""The glossaries' data format, shared by the word glossaries (`bot.chat_glossary`) and the CJK ones (`bot.chat_cjk`):
``key|alt: english; key: english`` entries, one or more to a line; "-" as the English drops the key's words."""

from __future__ import annotations

import re
from typing import Iterator, List, Tuple

_ENTRY_END = re.compile(r"[;\n]")


def glossary_entries(data: str, where: str) -> Iterator[Tuple[List[str], str]]:
    """Each entry's keys (unstripped) and English; a malformed entry raises, naming `where` and its text."""
    for chunk in _ENTRY_END.split(data):
        chunk = chunk.strip()
        if not chunk:
            continue
        keys, sep, value = chunk.partition(":")
        if not sep or not keys.strip():
            raise ValueError(f"{where}: entry {chunk!r} is not 'key: value'")
        english = value.strip()
        yield keys.split("|"), "" if english == "-" else english
