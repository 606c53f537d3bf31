"""Several Rasa instances (`make run-cluster`) share one tracker database, each with its own cache:
a cached tracker is never handed out once another instance has written the conversation since, and
turns served alternately by two instances are each stored exactly once, in order.

The instances' turns of one conversation come one at a time (Rasa's Redis lock store); SQLite
stands in for PostgreSQL here (the same SQL store code); the cluster tests run it on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from tests.async_helpers import run_async
from tests.plugins.test_tracker_store import new_store, rows, turn, user_texts


def test_turns_alternating_between_two_caching_instances_are_each_stored_once_in_order(tmp_path: Path):
    db = tmp_path / "tracker.db"
    instances = [new_store(db), new_store(db)]  # both with their cache on
    sent = [f"message {i}" for i in range(8)]
    for i, text in enumerate(sent):
        store = instances[i % 2]
        tracker = run_async(store.retrieve("eve")) or run_async(store.get_or_create_tracker("eve"))
        assert user_texts(tracker) == sent[:i], f"instance {i % 2} was handed a stale tracker"
        turn(tracker, text)
        run_async(store.save(tracker))
    assert rows(db, "eve").count("user") == len(sent)
    for store in instances:
        assert user_texts(run_async(store.retrieve("eve"))) == sent


def test_an_instance_whose_cached_tracker_is_stale_reloads_it_before_the_next_turn(tmp_path: Path):
    db = tmp_path / "tracker.db"
    first, second = new_store(db), new_store(db)
    tracker = run_async(first.get_or_create_tracker("fay"))
    turn(tracker, "one")
    run_async(first.save(tracker))
    cached = run_async(first.retrieve("fay"))
    assert run_async(first.retrieve("fay")) is cached  # served from the cache while nobody else writes

    elsewhere = run_async(second.retrieve("fay"))
    turn(elsewhere, "two")
    run_async(second.save(elsewhere))

    again = run_async(first.retrieve("fay"))
    assert again is not cached and user_texts(again) == ["one", "two"]
    turn(again, "three")
    run_async(first.save(again))
    assert user_texts(run_async(second.retrieve("fay"))) == ["one", "two", "three"]
    assert rows(db, "fay").count("user") == 3
