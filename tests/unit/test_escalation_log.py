"""Escalation and follow-up records: written, read back, and failures reported with the file name."""

from __future__ import annotations

import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot import bot_db
from bot.bot_db import BotDbError
from bot.escalation_log import (
    get_escalation,
    list_escalations,
    list_followups,
    mark_alert,
    pending_alerts,
    record_escalation,
    record_followup,
)


def _recent_utc(iso: str) -> bool:
    when = datetime.fromisoformat(iso)
    return (
        when.utcoffset() is not None
        and when.utcoffset().total_seconds() == 0
        and (abs((datetime.now(timezone.utc) - when).total_seconds()) < 60)
    )


def test_escalation_row_is_written_and_read_back_with_all_fields(tmp_path: Path) -> None:
    db = tmp_path / "var" / "bot.db"  # parent dir does not exist yet
    message = "x" * 150 + "I have pus and a fever since the session" + "y" * 100
    row_id = record_escalation(db, "conv-1", "slack", "emergency", ["pus_discharge", "fever"], message)

    [rec] = list_escalations(db)
    assert rec.id == row_id
    assert _recent_utc(rec.created_at)
    assert rec.conversation_id == "conv-1"
    assert rec.channel == "slack"
    assert rec.level == "emergency"
    assert rec.signs == ("pus_discharge", "fever")
    assert rec.message_excerpt == message[:200] and len(rec.message_excerpt) == 200
    assert rec.alert_status == "pending"
    assert rec.alert_attempts == 0
    assert rec.last_error is None
    assert get_escalation(db, row_id) == rec


def test_list_escalations_filters_by_conversation_and_limits_to_most_recent(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    a1 = record_escalation(db, "a", "web", "urgent", ["swelling"], "m1")
    record_escalation(db, "b", "web", "emergency", ["fever"], "m2")
    a2 = record_escalation(db, "a", "web", "emergency", ["fever"], "m3")
    assert [r.id for r in list_escalations(db, conversation_id="a")] == [a1, a2]
    assert [r.conversation_id for r in list_escalations(db, limit=2)] == ["b", "a"]
    assert list_escalations(db, conversation_id="nobody") == []


def test_mark_alert_updates_status_attempts_and_error_and_pending_alerts_follow(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    first = record_escalation(db, "c1", "web", "urgent", ["redness"], "m")
    second = record_escalation(db, "c2", "web", "urgent", ["redness"], "m")
    assert [r.id for r in pending_alerts(db)] == [first, second]

    assert mark_alert(db, first, "pending", "HTTP 500", add_attempt=True)
    assert mark_alert(db, first, "failed", "HTTP 503", add_attempt=True)
    rec = get_escalation(db, first)
    assert rec is not None
    assert (rec.alert_status, rec.alert_attempts, rec.last_error) == ("failed", 2, "HTTP 503")
    assert [r.id for r in pending_alerts(db)] == [second]
    assert mark_alert(db, 9999, "sent") is False
    with pytest.raises(ValueError):
        mark_alert(db, second, "delivered")


def test_followup_row_is_written_and_read_back(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    row_id = record_followup(db, "conv-9", "web", "asked for a human")
    record_followup(db, "conv-10", "slack", "staff follow-up after urgent signs")
    [rec] = list_followups(db, conversation_id="conv-9")
    assert rec.id == row_id
    assert (rec.conversation_id, rec.channel, rec.reason) == ("conv-9", "web", "asked for a human")
    assert _recent_utc(rec.created_at)
    assert [r.conversation_id for r in list_followups(db)] == ["conv-9", "conv-10"]


def test_reading_a_missing_database_returns_nothing_and_does_not_create_it(tmp_path: Path) -> None:
    db = tmp_path / "absent" / "bot.db"
    assert list_escalations(db) == [] and list_followups(db) == [] and pending_alerts(db) == []
    assert not db.exists()


def test_unwritable_location_raises_bot_db_error_naming_the_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not_a_dir"
    blocker.write_text("a regular file where the var/ directory should be")
    db = blocker / "bot.db"
    with pytest.raises(BotDbError) as err:
        record_escalation(db, "c", "web", "emergency", ["fever"], "m")
    assert str(db) in str(err.value)
    assert err.value.path == db
    with pytest.raises(BotDbError, match="not_a_dir"):
        record_followup(db, "c", "web", "asked for a human")


def test_corrupt_database_file_raises_bot_db_error_naming_the_file(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    db.write_bytes(b"this is not an sqlite database" * 100)
    with pytest.raises(BotDbError) as err:
        record_escalation(db, "c", "web", "emergency", ["fever"], "m")
    assert str(db) in str(err.value)


def test_concurrent_writers_from_many_threads_lose_no_rows(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    bot_db.connect(db).close()
    errors: list = []

    def writer(n: int) -> None:
        try:
            for i in range(10):
                record_escalation(db, f"t{n}", "web", "urgent", ["fever"], f"m{i}")
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    rows = list_escalations(db)
    assert len(rows) == 80 and len({r.id for r in rows}) == 80


def test_connect_is_idempotent_and_uses_wal(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    bot_db.connect(db).close()
    conn = bot_db.connect(db)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert {"escalations", "followups", "unanswered"} <= tables
