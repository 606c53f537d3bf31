"""var/ is owner-only, text older than RETENTION_DAYS goes, and `forget` leaves no byte of a person's words.

Rasa-free: tracker.db is written here with Rasa's `events` schema; tests/plugins/test_tracker_store.py
does the same through the real `CachedSQLTrackerStore`.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator, List, Sequence

import pytest

from bot import bot_db
from bot.escalation_log import list_escalations, list_followups, record_escalation, record_followup
from bot.privacy import (
    PrivacyError,
    erased_id,
    forget_conversation,
    purge_due,
    purge_expired,
    secure_var_dir,
    tracker_db_path,
    truncate_wal,
)
from bot.settings import PROJECT_ROOT, Settings
from bot.unanswered_log import record_unanswered

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
OLD = NOW - timedelta(days=40)
RECENT = NOW - timedelta(days=2)

# Rasa 3.6 SQLTrackerStore's table (rasa/core/tracker_store.py, SQLEvent)
EVENTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, type_name VARCHAR(255) NOT NULL,
    timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT);
CREATE INDEX IF NOT EXISTS ix_events_sender_id ON events (sender_id);
"""


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[None]:
    """Restores the test process's umask after a test that sets one."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(var_dir=tmp_path / "var", retention_days=30)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> List[datetime]:
    """The time bot.db records are written at: set ``clock[0]``."""
    now = [NOW]
    monkeypatch.setattr(bot_db, "utc_now", lambda: now[0].isoformat(timespec="milliseconds"))
    return now


def write_turns(db: Path, sender: str, texts: Sequence[str], when: datetime) -> None:
    """A user message and a bot reply per text, as Rasa's SQL tracker store writes them (WAL mode)."""
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(EVENTS_SCHEMA)
        for text in texts:
            for type_name, data in (("user", {"event": "user", "text": text}), ("bot", {"event": "bot", "text": "Thanks"})):
                data["timestamp"] = when.timestamp()
                conn.execute(
                    "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, ?, ?, ?)",
                    (sender, type_name, when.timestamp(), json.dumps(data)),
                )
        conn.commit()
    finally:
        conn.close()


def senders(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT sender_id, COUNT(*) FROM events GROUP BY sender_id"))
    finally:
        conn.close()


@contextmanager
def kept_open(db: Path) -> Iterator[None]:
    """An idle connection to an existing database, as the Rasa server keeps one: its -wal file stays."""
    keeper = sqlite3.connect(db)
    try:
        keeper.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        yield
    finally:
        keeper.close()


def all_bytes(var_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(var_dir.rglob("*")) if p.is_file())


# --- file modes ---


def test_secure_var_dir_makes_the_directory_0700_and_every_existing_file_0600(tmp_path: Path, umask: None) -> None:
    var = tmp_path / "var"
    (var / "logs").mkdir(parents=True)
    for path in (var / "bot.db", var / "tracker.db-wal", var / "logs" / "rasa.log"):
        path.write_text("x")
        path.chmod(0o644)
    var.chmod(0o755)
    (var / "logs").chmod(0o755)
    secure_var_dir(var)
    assert mode(var) == 0o700 and mode(var / "logs") == 0o700
    files = {p.name: mode(p) for p in var.rglob("*") if p.is_file()}
    assert files == {"bot.db": 0o600, "tracker.db-wal": 0o600, "rasa.log": 0o600}


def test_after_secure_var_dir_every_file_the_process_creates_is_0600(tmp_path: Path, umask: None) -> None:
    var = tmp_path / "var"
    secure_var_dir(var)
    assert mode(var) == 0o700
    (var / "logs").mkdir()
    (var / "logs" / "rasa.log").write_text("log line")
    (var / "credentials.runtime.yml").write_text("rest: {}")
    write_turns(var / "tracker.db", "a", ["hello"], RECENT)  # plain sqlite3, not bot_db: only the umask acts
    conn = sqlite3.connect(var / "tracker.db")  # keeps -wal/-shm in place while they are checked
    try:
        conn.execute("SELECT COUNT(*) FROM events").fetchone()
        files = {p.name: mode(p) for p in var.rglob("*") if p.is_file()}
    finally:
        conn.close()
    assert {"tracker.db", "tracker.db-wal", "tracker.db-shm", "rasa.log", "credentials.runtime.yml"} <= set(files)
    assert set(files.values()) == {0o600} and mode(var / "logs") == 0o700


def test_bot_db_makes_its_file_and_wal_and_shm_0600_under_a_permissive_umask(tmp_path: Path, umask: None) -> None:
    db = tmp_path / "bot.db"
    conn = bot_db.connect(db)
    try:
        conn.execute("INSERT INTO followups (created_at, conversation_id, channel) VALUES ('t', 'c', 'web')")
        assert {p.name: mode(p) for p in tmp_path.iterdir()} == {"bot.db": 0o600, "bot.db-wal": 0o600, "bot.db-shm": 0o600}
    finally:
        conn.close()


def test_an_existing_world_readable_bot_db_is_made_owner_only_but_never_given_write(tmp_path: Path) -> None:
    readable, read_only = tmp_path / "a.db", tmp_path / "b.db"
    bot_db.connect(readable).close()
    bot_db.connect(read_only).close()
    readable.chmod(0o644)
    read_only.chmod(0o444)
    bot_db.restrict_to_owner(readable)
    bot_db.restrict_to_owner(read_only)
    assert mode(readable) == 0o600 and mode(read_only) == 0o400


def test_secure_var_dir_names_the_path_it_cannot_use(tmp_path: Path, umask: None) -> None:
    blocker = tmp_path / "var"
    blocker.write_text("a file where var/ should be")
    with pytest.raises(PrivacyError, match=f"^{blocker}: cannot make it owner-only: .*VAR_DIR"):
        secure_var_dir(blocker)


# --- retention ---


def test_purge_deletes_conversations_whose_latest_event_is_past_retention_and_keeps_the_rest(settings: Settings) -> None:
    db = tracker_db_path(settings)
    settings.var_dir.mkdir()
    write_turns(db, "old", ["first", "second"], OLD)
    write_turns(db, "ongoing", ["weeks ago"], OLD)
    write_turns(db, "ongoing", ["yesterday"], RECENT)
    write_turns(db, "new", ["today"], RECENT)
    report = purge_expired(settings, NOW)
    assert senders(db) == {"ongoing": 4, "new": 2}
    assert (report.conversations, report.tracker_events, report.wal_truncated) == (1, 4, True)
    assert report.cutoff == NOW - timedelta(days=30)


def test_purge_deletes_old_unanswered_questions_and_keeps_recent_ones(settings: Settings, clock: List[datetime]) -> None:
    clock[0] = OLD
    record_unanswered(settings.bot_db_path, "a", "an old question", "out_of_scope", [])
    clock[0] = RECENT
    record_unanswered(settings.bot_db_path, "a", "a recent question", "out_of_scope", [])
    report = purge_expired(settings, NOW)
    texts = [r["text"] for r in bot_db.query(settings.bot_db_path, "SELECT text FROM unanswered")]
    assert texts == ["a recent question"] and report.unanswered == 1


def test_purge_keeps_old_escalations_as_a_minimal_record_without_text_or_conversation_id(
    settings: Settings, clock: List[datetime]
) -> None:
    clock[0] = OLD
    old_id = record_escalation(settings.bot_db_path, "conv-old", "web", "emergency", ["fever", "pus"], "fever and pus")
    bot_db.update(settings.bot_db_path, "UPDATE escalations SET alert_status = 'sent', alert_attempts = 1 WHERE id = ?", [old_id])
    record_followup(settings.bot_db_path, "conv-old", "web", "asked for a person")
    clock[0] = RECENT
    record_escalation(settings.bot_db_path, "conv-new", "slack", "urgent", ["swelling"], "it is swollen")
    report = purge_expired(settings, NOW)
    old, new = list_escalations(settings.bot_db_path)
    hashed = "erased:" + hashlib.sha256(b"conv-old").hexdigest()
    assert (old.created_at, old.channel, old.level, old.signs, old.alert_status, old.alert_attempts) == (
        OLD.isoformat(timespec="milliseconds"),
        "web",
        "emergency",
        ("fever", "pus"),
        "sent",
        1,
    )
    assert (old.message_excerpt, old.conversation_id) == ("", hashed)
    assert (new.message_excerpt, new.conversation_id) == ("it is swollen", "conv-new")
    assert [f.conversation_id for f in list_followups(settings.bot_db_path)] == [hashed]
    assert (report.escalations_minimised, report.followups_minimised) == (1, 1)


def test_a_second_purge_finds_nothing_more_to_do(settings: Settings, clock: List[datetime]) -> None:
    clock[0] = OLD
    record_escalation(settings.bot_db_path, "c", "web", "urgent", ["fever"], "fever")
    record_followup(settings.bot_db_path, "c", "web", "asked for a person")
    write_turns(tracker_db_path(settings), "c", ["fever"], OLD)
    purge_expired(settings, NOW)
    again = purge_expired(settings, NOW)
    assert (again.conversations, again.unanswered, again.escalations_minimised, again.followups_minimised) == (0, 0, 0, 0)
    assert list_escalations(settings.bot_db_path)[0].conversation_id == erased_id("c")


def test_after_a_purge_no_expired_text_is_left_in_any_byte_under_var(settings: Settings, clock: List[datetime]) -> None:
    marker = "ZQXJ-expired-4711"
    write_turns(tracker_db_path(settings), "new", ["recent words stay"], RECENT)
    with kept_open(tracker_db_path(settings)):
        clock[0] = OLD
        write_turns(tracker_db_path(settings), "old", [f"my scalp {marker} hurts"] * 30, OLD)
        record_unanswered(settings.bot_db_path, "old", f"what is {marker}?", "low_confidence", [])
        record_escalation(settings.bot_db_path, "old", "web", "urgent", ["pain"], f"pain {marker}")
        assert marker.encode() in Path(f"{tracker_db_path(settings)}-wal").read_bytes()  # the check below can fail
        purge_expired(settings, NOW)
        data = all_bytes(settings.var_dir)
    assert marker.encode() not in data and b"recent words stay" in data


def test_purge_refuses_a_naive_now(settings: Settings) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        purge_expired(settings, datetime(2026, 6, 1))


@pytest.mark.parametrize(
    "last_run, now, due",
    [
        (None, NOW, True),
        (NOW - timedelta(hours=23, minutes=59), NOW, False),
        (NOW - timedelta(days=1), NOW, True),
        (NOW + timedelta(hours=1), NOW, True),  # the clock went backwards
    ],
)
def test_purge_is_due_at_start_then_daily(last_run: datetime, now: datetime, due: bool) -> None:
    assert purge_due(last_run, now) is due


# --- erasure ---


def test_forget_leaves_neither_the_persons_words_nor_their_id_in_any_byte_under_var(settings: Settings) -> None:
    marker, person = "ZQXJ-forget-me-0815", "person-7f3a9c"
    write_turns(tracker_db_path(settings), "someone-else", ["other words stay"], RECENT)
    with kept_open(tracker_db_path(settings)):
        write_turns(tracker_db_path(settings), person, [f"I have {marker} on my scalp"] * 30, RECENT)
        record_unanswered(settings.bot_db_path, person, f"is {marker} normal?", "out_of_scope", [])
        record_escalation(settings.bot_db_path, person, "web", "emergency", ["fever"], f"fever and {marker}")
        record_followup(settings.bot_db_path, person, "web", "asked for a person")
        assert marker.encode() in Path(f"{tracker_db_path(settings)}-wal").read_bytes()  # the checks below can fail
        assert person.encode() in all_bytes(settings.var_dir)
        report = forget_conversation(settings, person)
        data = all_bytes(settings.var_dir)
    assert marker.encode() not in data and person.encode() not in data
    assert b"other words stay" in data and senders(tracker_db_path(settings)) == {"someone-else": 2}
    assert (report.tracker_events, report.unanswered, report.escalations_minimised, report.followups_minimised) == (60, 1, 1, 1)
    assert report.wal_truncated


def test_forget_keeps_that_the_escalation_happened_and_its_alert_status(settings: Settings, clock: List[datetime]) -> None:
    row = record_escalation(settings.bot_db_path, "p1", "slack", "emergency", ["fever"], "I have a fever")
    bot_db.update(settings.bot_db_path, "UPDATE escalations SET alert_status = 'sent' WHERE id = ?", (row,))
    forget_conversation(settings, "p1")
    [rec] = list_escalations(settings.bot_db_path)
    assert (rec.id, rec.created_at, rec.channel, rec.level, rec.signs, rec.alert_status) == (
        row,
        NOW.isoformat(timespec="milliseconds"),
        "slack",
        "emergency",
        ("fever",),
        "sent",
    )
    assert (rec.message_excerpt, rec.conversation_id) == ("", erased_id("p1"))


def test_forgetting_an_unknown_id_changes_nothing_and_creates_no_file(settings: Settings) -> None:
    report = forget_conversation(settings, "nobody")
    assert not report.found and not settings.var_dir.exists()


def test_truncate_wal_reports_a_reader_that_blocks_it_and_succeeds_once_it_is_gone(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    write_turns(db, "a", ["hello"], RECENT)
    writer = sqlite3.connect(db, isolation_level=None)
    reader = sqlite3.connect(db, isolation_level=None)
    try:
        writer.execute("INSERT INTO events (sender_id, type_name) VALUES ('a', 'user')")
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM events").fetchone()  # a read snapshot pins the WAL
        writer.execute("INSERT INTO events (sender_id, type_name) VALUES ('a', 'bot')")
        assert truncate_wal(writer, wait_s=0.2) is False
        reader.execute("COMMIT")
        assert truncate_wal(writer, wait_s=0.2) is True
        assert Path(f"{db}-wal").stat().st_size == 0
    finally:
        reader.close()
        writer.close()


# --- CLI ---


def run_cli(var_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "VAR_DIR": str(var_dir)}
    return subprocess.run(
        [sys.executable, "-m", "bot.privacy", *args], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_cli_forget_erases_and_prints_counts_without_the_persons_words_or_id(settings: Settings) -> None:
    marker, person = "ZQXJ-cli-2207", "cli-person-01"
    write_turns(tracker_db_path(settings), person, [f"my {marker}"], RECENT)
    record_escalation(settings.bot_db_path, person, "web", "urgent", ["pain"], f"pain {marker}")
    done = run_cli(settings.var_dir, "forget", person)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "forgotten: 2 events and 0 unanswered questions deleted, "
        "1 escalation and 0 follow-ups kept without text or conversation id"
    )
    assert marker not in done.stdout + done.stderr and person not in done.stdout + done.stderr
    assert marker.encode() not in all_bytes(settings.var_dir)


def test_cli_purge_prints_counts_without_text(settings: Settings, clock: List[datetime]) -> None:
    marker = "ZQXJ-cli-purge-3141"
    clock[0] = datetime(2001, 1, 1, tzinfo=timezone.utc)  # the CLI uses the wall clock: long past any retention
    write_turns(tracker_db_path(settings), "old-person", [f"my {marker}"], clock[0])
    record_unanswered(settings.bot_db_path, "old-person", f"what is {marker}", "out_of_scope", [])
    done = run_cli(settings.var_dir, "purge")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("purged (RETENTION_DAYS=30): before ")
    assert "1 conversation deleted (2 events), 1 unanswered question deleted" in done.stdout
    assert marker not in done.stdout + done.stderr and "old-person" not in done.stdout + done.stderr


def test_cli_refuses_an_empty_id_with_one_line_and_exit_code_2(settings: Settings) -> None:
    done = run_cli(settings.var_dir, "forget", " ")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == (
        "python -m bot.privacy: error: the conversation id is empty: give the sender id, as `make report` shows it"
    )


def test_cli_names_an_unusable_database_and_exits_1(settings: Settings) -> None:
    settings.var_dir.mkdir()
    settings.bot_db_path.write_bytes(b"not a database" * 100)
    done = run_cli(settings.var_dir, "forget", "someone")
    assert done.returncode == 1
    assert done.stderr.startswith(f"error: bot database {settings.bot_db_path}: ") and done.stdout == ""
