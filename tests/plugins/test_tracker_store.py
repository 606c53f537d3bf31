"""The cached SQL tracker store writes exactly what Rasa's writes, and never hands out a stale tracker."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import List

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from rasa_plugins.tracker_store import CachedSQLTrackerStore
from tests.async_helpers import run_async

DOMAIN = Domain.load("domain.yml")


def new_store(db: Path, **options: object) -> CachedSQLTrackerStore:
    return CachedSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(db), **options)


def rows(db: Path, sender: str) -> List[str]:
    with sqlite3.connect(db) as connection:
        return [r[0] for r in connection.execute("SELECT type_name FROM events WHERE sender_id = ? ORDER BY id", (sender,))]


def turn(tracker: DialogueStateTracker, text: str) -> None:
    for event in (UserUttered(text, {"name": "greet", "confidence": 1.0}), ActionExecuted("utter_greet"),
                  BotUttered("Hello"), ActionExecuted("action_listen")):
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


def test_the_next_turn_gets_the_saved_tracker_without_a_database_read(tmp_path: Path):
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
    for event in (ActionExecuted("action_session_start"), SessionStarted(), SlotSet("fact_id", "efficacy"),
                  ActionExecuted("action_listen")):
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
