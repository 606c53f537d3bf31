"""The cached SQL tracker store writes exactly what Rasa's writes, never hands out a stale tracker, and
never brings back a conversation that was erased (by `forget`, `make forget` or retention)."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator, List

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.escalation_log import list_escalations, record_escalation
from bot.privacy import erased_id, forget_conversation, purge_expired
from bot.settings import Settings
from bot.unanswered_log import record_unanswered
from rasa_plugins.tracker_store import CachedSQLTrackerStore
from tests.async_helpers import run_async

DOMAIN = Domain.load("domain.yml")


def new_store(db: Path, **options: object) -> CachedSQLTrackerStore:
    return CachedSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(db), **options)


def rows(db: Path, sender: str) -> List[str]:
    with sqlite3.connect(db) as connection:
        return [r[0] for r in connection.execute("SELECT type_name FROM events WHERE sender_id = ? ORDER BY id", (sender,))]


def turn(tracker: DialogueStateTracker, text: str) -> None:
    for event in (
        UserUttered(text, {"name": "greet", "confidence": 1.0}),
        ActionExecuted("utter_greet"),
        BotUttered("Hello"),
        ActionExecuted("action_listen"),
    ):
        tracker.update(event, DOMAIN)


def test_every_turn_is_written_once_and_read_back_by_rasas_own_store(tmp_path: Path):
    db = tmp_path / "tracker.db"
    store = new_store(db)
    tracker = run_async(store.get_or_create_tracker("anna"))
    for text in ("hi", "hello again", "thanks"):
        tracker = run_async(store.retrieve("anna")) or tracker
        turn(tracker, text)
        run_async(store.save(tracker))
    written = rows(db, "anna")
    assert written.count("user") == 3 and written.count("bot") == 3
    reread = run_async(SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(db)).retrieve("anna"))
    assert [e.as_dict()["event"] for e in reread.events] == written


def test_the_next_turn_gets_the_saved_tracker_without_rebuilding_it_from_the_database(tmp_path: Path):
    store = new_store(tmp_path / "tracker.db")
    tracker = run_async(store.get_or_create_tracker("ben"))
    turn(tracker, "hi")
    run_async(store.save(tracker))
    assert run_async(store.retrieve("ben")) is tracker


def test_a_tracker_changed_but_never_saved_is_reloaded_from_the_database(tmp_path: Path):
    store = new_store(tmp_path / "tracker.db")
    tracker = run_async(store.get_or_create_tracker("cleo"))
    turn(tracker, "hi")
    run_async(store.save(tracker))
    tracker.update(UserUttered("a turn that failed half-way", {"name": "greet"}), DOMAIN)  # never saved
    again = run_async(store.retrieve("cleo"))
    assert again is not tracker
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["hi"]


def test_a_failed_write_is_not_cached(tmp_path: Path):
    db = tmp_path / "tracker.db"
    store = new_store(db)
    tracker = run_async(store.get_or_create_tracker("dev"))
    run_async(store.save(tracker))
    turn(tracker, "hi")
    store.sessionmaker = None  # every write now fails
    with pytest.raises(TypeError):
        run_async(store.save(tracker))
    assert "dev" not in store._cache


def start_session(tracker: DialogueStateTracker) -> None:
    for event in (
        ActionExecuted("action_session_start"),
        SessionStarted(),
        SlotSet("fact_id", "efficacy"),
        ActionExecuted("action_listen"),
    ):
        tracker.update(event, DOMAIN)


def test_turns_after_a_new_session_in_a_cached_tracker_store_only_their_events(tmp_path: Path):
    """A cached tracker keeps earlier sessions; Rasa counts stored events from the last session start,
    which would not index it: each event must still be written exactly once."""
    db = tmp_path / "tracker.db"
    store = new_store(db)
    tracker = run_async(store.get_or_create_tracker("eve"))
    for text in ("first session", "second session", "still the second session"):
        if text != "still the second session":
            start_session(tracker)
        turn(tracker, text)
        run_async(store.save(tracker))
        assert run_async(store.retrieve("eve")) is tracker
    assert rows(db, "eve") == [e.as_dict()["event"] for e in tracker.events]
    assert rows(db, "eve").count("user") == 3


def test_least_recently_used_conversations_leave_the_cache(tmp_path: Path):
    store = new_store(tmp_path / "tracker.db", cache_size=2)
    for sender in ("a", "b", "c"):
        run_async(store.save(run_async(store.get_or_create_tracker(sender))))
    assert list(store._cache) == ["b", "c"]


def test_several_sanic_workers_turn_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SANIC_WORKERS", "2")
    store = new_store(tmp_path / "tracker.db")
    tracker = run_async(store.get_or_create_tracker("fay"))
    run_async(store.save(tracker))
    assert run_async(store.retrieve("fay")) is not tracker


def test_sqlite_runs_in_wal_mode_on_one_kept_connection(tmp_path: Path):
    db = tmp_path / "tracker.db"
    store = new_store(db)
    run_async(store.save(run_async(store.get_or_create_tracker("gus"))))
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.engine.pool.checkedin() == 1


def test_an_unknown_synchronous_mode_is_refused(tmp_path: Path):
    with pytest.raises(ValueError, match="synchronous"):
        new_store(tmp_path / "tracker.db", synchronous="SOMETIMES")


# --- erasure: health data must not come back from the cache, nor stay in the files ---


def user_texts(tracker: DialogueStateTracker) -> List[str]:
    return [e.text for e in tracker.events if isinstance(e, UserUttered)]


def cached_conversation(store: CachedSQLTrackerStore, sender: str, text: str = "hi") -> DialogueStateTracker:
    tracker = run_async(store.get_or_create_tracker(sender))
    turn(tracker, text)
    run_async(store.save(tracker))
    assert run_async(store.retrieve(sender)) is tracker  # cached: what the tests below must see through
    return tracker


def test_forget_empties_the_cache_and_the_database(tmp_path: Path):
    db = tmp_path / "tracker.db"
    store = new_store(db)
    cached_conversation(store, "hana")
    cached_conversation(store, "ivan")
    run_async(store.forget("hana"))
    assert rows(db, "hana") == [] and "hana" not in store._cache
    assert run_async(store.retrieve("hana")) is None
    assert rows(db, "ivan") and user_texts(run_async(store.retrieve("ivan"))) == ["hi"]


def test_forget_returns_how_many_events_it_deleted(tmp_path: Path):
    db = tmp_path / "tracker.db"
    store = new_store(db)
    cached_conversation(store, "hana")
    stored = len(rows(db, "hana"))
    assert stored > 0 and run_async(store.forget("hana")) == stored


def test_a_turn_in_flight_when_its_conversation_is_forgotten_is_never_saved(tmp_path: Path):
    db = tmp_path / "tracker.db"
    store = new_store(db)
    tracker = cached_conversation(store, "jon")
    in_flight = run_async(store.retrieve("jon"))
    run_async(store.forget("jon"))
    turn(in_flight, "a message being answered while it was forgotten")
    run_async(store.save(in_flight))
    assert rows(db, "jon") == [] and "jon" not in store._cache
    fresh = run_async(store.get_or_create_tracker("jon"))
    assert fresh is not tracker and user_texts(fresh) == []


def test_a_conversation_erased_by_another_process_is_not_handed_out_from_the_cache(tmp_path: Path):
    store = new_store(tmp_path / "tracker.db")
    cached_conversation(store, "kim")
    forget_conversation(Settings(var_dir=tmp_path), "kim")  # `make forget` while the bot runs
    assert run_async(store.retrieve("kim")) is None


def test_a_conversation_erased_by_another_process_during_a_turn_is_not_written_back(tmp_path: Path):
    db = tmp_path / "tracker.db"
    store = new_store(db)
    cached_conversation(store, "lea", "my private words")
    in_flight = run_async(store.retrieve("lea"))
    forget_conversation(Settings(var_dir=tmp_path), "lea")
    turn(in_flight, "the next message")
    run_async(store.save(in_flight))
    assert rows(db, "lea") == []
    run_async(store.save(in_flight))  # a second save of the same tracker writes nothing either
    assert rows(db, "lea") == [] and user_texts(run_async(store.get_or_create_tracker("lea"))) == []


def test_retention_in_another_process_is_not_undone_by_the_cache(tmp_path: Path):
    db = tmp_path / "tracker.db"
    store = new_store(db)
    cached_conversation(store, "max", "old words")
    in_flight = run_async(store.retrieve("max"))
    report = purge_expired(Settings(var_dir=tmp_path, retention_days=30), datetime.now(timezone.utc) + timedelta(days=31))
    assert report.conversations == 1
    turn(in_flight, "a late turn")
    run_async(store.save(in_flight))
    assert rows(db, "max") == [] and run_async(store.retrieve("max")) is None


def test_a_conversation_written_by_another_process_is_reloaded_not_served_stale(tmp_path: Path):
    db = tmp_path / "tracker.db"
    store = new_store(db)
    cached = cached_conversation(store, "nia", "first")
    other = new_store(db, cache_size=0)  # a second writer
    tracker = run_async(other.retrieve("nia"))
    turn(tracker, "written elsewhere")
    run_async(other.save(tracker))
    again = run_async(store.retrieve("nia"))
    assert again is not cached and user_texts(again) == ["first", "written elsewhere"]


def all_bytes(directory: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file())


@pytest.fixture
def person_with_marker(tmp_path: Path) -> Iterator[tuple]:
    """A conversation with a unique marker written through the real stores; the store stays open, as in
    the Rasa server, so its -wal file holds the pages."""
    marker, person = "ZQXJ-tracker-9931", "p-5d1e77"
    store = new_store(tmp_path / "tracker.db")
    cached_conversation(store, "someone-else", "other words stay")
    tracker = run_async(store.get_or_create_tracker(person))
    for i in range(20):
        turn(tracker, f"turn {i}: my scalp has {marker}")
        run_async(store.save(tracker))
        if i == 9:  # the first half in the database file (as after SQLite's auto-checkpoint), the rest in the WAL
            with sqlite3.connect(tmp_path / "tracker.db") as connection:
                assert connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    settings = Settings(var_dir=tmp_path)
    record_unanswered(settings.bot_db_path, person, f"is {marker} normal?", "out_of_scope", [])
    record_escalation(settings.bot_db_path, person, "web", "emergency", ["fever"], f"fever and {marker}")
    for name in ("tracker.db", "tracker.db-wal"):  # the checks below can fail
        assert marker.encode() in (tmp_path / name).read_bytes()
    yield store, settings, marker, person
    store.engine.dispose()


def test_make_forget_while_the_bot_runs_leaves_no_byte_of_the_conversation_under_var(person_with_marker: tuple):
    store, settings, marker, person = person_with_marker
    report = forget_conversation(settings, person)
    data = all_bytes(settings.var_dir)
    assert marker.encode() not in data and person.encode() not in data and b"other words stay" in data
    assert report.wal_truncated and report.tracker_events > 0
    assert run_async(store.retrieve(person)) is None
    [record] = list_escalations(settings.bot_db_path)
    assert (record.level, record.message_excerpt, record.conversation_id) == ("emergency", "", erased_id(person))


def test_the_stores_own_forget_leaves_no_byte_of_the_conversation_in_the_tracker_db(person_with_marker: tuple):
    store, settings, marker, person = person_with_marker
    run_async(store.forget(person))
    tracker_files = b"".join(p.read_bytes() for p in settings.var_dir.glob("tracker.db*"))
    assert marker.encode() not in tracker_files and person.encode() not in tracker_files
    assert b"other words stay" in tracker_files


def test_the_tracker_db_and_its_wal_and_shm_are_owner_only_under_a_permissive_umask(tmp_path: Path):
    old = os.umask(0o022)
    try:
        store = new_store(tmp_path / "tracker.db")
        cached_conversation(store, "olga")
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    finally:
        os.umask(old)
    assert modes == {"tracker.db": 0o600, "tracker.db-wal": 0o600, "tracker.db-shm": 0o600}
