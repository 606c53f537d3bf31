"""Unanswered questions: stored truncated with their top intents, summarised by frequency."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import bot_db
from bot.bot_db import BotDbError
from bot.unanswered_log import normalise, record_unanswered, summary


def test_summary_groups_by_normalised_text_and_orders_by_frequency(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    record_unanswered(db, "c1", "Does it hurt?", "low_confidence", [("ask_pain", 0.41)])
    record_unanswered(db, "c2", "Can I dye my hair after?", "out_of_scope", [("ask_aftercare", 0.3)])
    record_unanswered(db, "c3", "  does   IT hurt ", "low_confidence", [("ask_pain", 0.38)])
    record_unanswered(db, "c4", "Does it hurt!!", "out_of_scope", [("ask_side_effects", 0.2), ("ask_pain", 0.19)])
    record_unanswered(db, "c5", "can i dye my hair after", "low_confidence", [])
    record_unanswered(db, "c6", "Is it halal?", "out_of_scope", [])
    # Distinct, known times so "last seen" is checkable: row n was seen on 2024-01-0n.
    bot_db.update(db, "UPDATE unanswered SET created_at = '2024-01-0' || id || 'T00:00:00.000+00:00'")

    rows = summary(db)
    assert [(r.normalised_text, r.count) for r in rows] == [
        ("does it hurt", 3),
        ("can i dye my hair after", 2),
        ("is it halal", 1),
    ]
    top = rows[0]
    assert top.text == "Does it hurt!!"  # most recent wording
    assert top.reason == "out_of_scope"  # of the most recent occurrence
    assert top.top_intents == (("ask_side_effects", 0.2), ("ask_pain", 0.19))
    assert [r.last_seen for r in rows] == [f"2024-01-0{i}T00:00:00.000+00:00" for i in (4, 5, 6)]
    assert [r.normalised_text for r in summary(db, limit=1)] == ["does it hurt"]


def test_summary_ties_are_broken_by_most_recent(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    record_unanswered(db, "c1", "older question", "low_confidence", [])
    record_unanswered(db, "c2", "newer question", "low_confidence", [])
    assert [r.text for r in summary(db)] == ["newer question", "older question"]


def test_text_is_truncated_and_only_top_three_intents_are_kept(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    ranking = [
        {"name": "greet", "confidence": 0.05},
        {"name": "ask_price", "confidence": 0.31},
        {"name": "ask_pain", "confidence": 0.22},
        {"name": "ask_sessions", "confidence": 0.12345678},
    ]
    record_unanswered(db, "c1", "q" * 900, "low_confidence", ranking)
    [row] = summary(db)
    assert row.text == "q" * 500
    assert row.top_intents == (("ask_price", 0.31), ("ask_pain", 0.22), ("ask_sessions", 0.1235))


def test_unknown_reason_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        record_unanswered(tmp_path / "bot.db", "c1", "hi", "confused", [])


def test_normalise_lowercases_collapses_spaces_and_strips_trailing_punctuation() -> None:
    assert normalise("  How   MANY\tsessions?!  ") == "how many sessions"
    assert normalise("Is it safe… ?") == "is it safe"
    assert normalise("P.R.P vs. meso") == "p.r.p vs. meso"


def test_summary_of_missing_database_is_empty(tmp_path: Path) -> None:
    assert summary(tmp_path / "none.db") == []


def test_unwritable_location_raises_bot_db_error_naming_the_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    db = blocker / "bot.db"
    with pytest.raises(BotDbError) as err:
        record_unanswered(db, "c1", "hi", "low_confidence", [])
    assert str(db) in str(err.value)
