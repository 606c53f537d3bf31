"""Fixtures for unit tests."""

from __future__ import annotations

from typing import Callable, Iterator

import pytest

from bot import chat_text


@pytest.fixture
def glossary_off(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """Call it to switch the glossaries off: from then on every message reaches the detector in its own words.
    The normal-form cache (`chat_text.for_matching`) is emptied then and at the end, so no reading made with the
    glossary, or without it, leaks into another test."""

    def switch_off() -> None:
        monkeypatch.setattr(chat_text, "to_english", lambda text, language=None: text)
        chat_text.for_matching.cache_clear()

    yield switch_off
    chat_text.for_matching.cache_clear()
