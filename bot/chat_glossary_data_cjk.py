"""The CJK glossaries (`bot.chat_cjk`), one module per language: ``key|alt: english`` entries matched as
substrings, longest first ("-" drops a key), and rewrite rules applied to the raw text before them."""

from __future__ import annotations

from typing import Dict, List, Tuple

from bot.chat_glossary_data_ja import JAPANESE, JAPANESE_RULES
from bot.chat_glossary_data_ko import KOREAN, KOREAN_RULES
from bot.chat_glossary_data_zh import CHINESE, CHINESE_RULES

CJK_DATA: Dict[str, str] = {"zh": CHINESE, "ja": JAPANESE, "ko": KOREAN}
CJK_RULES: Dict[str, List[Tuple[str, str]]] = {"zh": CHINESE_RULES, "ja": JAPANESE_RULES, "ko": KOREAN_RULES}
