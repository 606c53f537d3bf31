"""Fixtures for unit tests."""

from __future__ import annotations

from typing import Callable, Iterator

import pytest

from bot import chat_text
from bot.red_flags import detector


@pytest.fixture
def glossary_off(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """Call it to switch the glossaries off: from then on every message reaches the detector in its own words.
    The normal-form and detector caches (`chat_text.for_matching`, `detector._read_message`) are emptied then
    and at the end, so no reading made with the glossary, or without it, leaks into another test."""

    def switch_off() -> None:
        monkeypatch.setattr(chat_text, "to_english", lambda text, language=None: text)
        _clear_caches()

    yield switch_off
    _clear_caches()


def _clear_caches() -> None:
    chat_text.for_matching.cache_clear()
    detector._read_message.cache_clear()
