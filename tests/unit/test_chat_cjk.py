"""`bot.chat_cjk`: Chinese, Japanese and Korean read by substring glossaries, language by script."""

from __future__ import annotations

import pytest

from bot.chat_cjk import _parse, cjk_language, cjk_to_english
from bot.chat_glossary_data_cjk import CJK_DATA
from bot.chat_text import for_matching
from bot.red_flags import detect


@pytest.mark.parametrize(
    "text, language",
    [("我发烧了", "zh"), ("熱があります", "ja"), ("열이 나요", "ko"), ("meso 後に熱", "ja"), ("fever", None)],
)
def test_the_language_comes_from_the_script(text: str, language: str) -> None:
    assert cjk_language(text) == language


@pytest.mark.parametrize("code", sorted(CJK_DATA))
def test_every_cjk_glossary_parses(code: str) -> None:
    assert len(_parse(code, CJK_DATA[code])) > 10


def test_the_longest_key_wins_and_unknown_characters_are_dropped() -> None:
    assert cjk_to_english("我头皮上的肿块") == "i scalp lump"  # "的", "上" are dropped


def test_english_text_is_left_alone() -> None:
    assert cjk_to_english("a red lump, 39.5") == "a red lump, 39.5"


def test_cjk_punctuation_becomes_ascii_clause_marks() -> None:
    assert for_matching("我发烧。胸痛！") == "i fever . chest pain !"


@pytest.mark.parametrize(
    "text, level",
    [
        ("我头皮上的肿块又红又热，还发烧", "urgent"),
        ("注射したところに赤いしこりができて、熱がある", "urgent"),
        ("息ができない", "emergency"),
    ],
)
def test_cjk_reports_reach_the_detector(text: str, level: str) -> None:
    assert detect(text).level == level
