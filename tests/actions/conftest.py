"""Action tests never write to the project's var/: the answer counter (actions/answer_counts.py) and
the feedback actions record into a bot.db under the test's own temporary directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings


@pytest.fixture(autouse=True)
def answers_counted_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    settings = Settings(var_dir=tmp_path / "var")
    monkeypatch.setattr("actions.answer_counts.settings", lambda: settings)
    monkeypatch.setattr("actions.feedback_actions.settings", lambda: settings)
    return settings
