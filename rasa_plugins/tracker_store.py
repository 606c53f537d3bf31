"""Rasa's SQL tracker store, made cheaper per turn without giving up what it writes.

Measured under load (`make bench`, cProfile of the Rasa server at 10 concurrent conversations), Rasa
3.6's `SQLTrackerStore` spent about 40% of each turn's time in the tracker store: re-reading and
replaying the whole conversation from the database on every message, opening a new SQLite
connection for every read and write (SQLAlchemy's default pool for a SQLite file keeps none), and
waiting for several fsyncs per commit (SQLite's rollback journal). `CachedSQLTrackerStore` keeps the
same table and the same rows, written at the end of every turn as before, and changes three things:

- **Write-through cache.** The tracker the last turn saved is kept in memory (the most recently used
  `cache_size` conversations, none idle for longer than `cache_idle_s`) and handed to the next turn of
  that conversation instead of being rebuilt from the database. A tracker that changed without being
  saved (a turn that failed half-way) is not trusted: it is reloaded from the database. Only valid
  when one process serves the conversations (one Sanic worker): with `SANIC_WORKERS` above 1 the
  cache is off, since another worker may have written the conversation meanwhile.
- **One connection, kept open** (a queue pool) instead of one per read and per write.
- **SQLite WAL journal with `synchronous=NORMAL`**: a commit is one write to the log, not several
  fsyncs. A turn that was answered survives a crash or restart of the Rasa server; a power cut or
  kernel crash may lose the last turns before SQLite's next checkpoint. Set `synchronous: FULL`
  in endpoints.yml to fsync every commit.

endpoints.yml:

    tracker_store:
      type: rasa_plugins.tracker_store.CachedSQLTrackerStore
      dialect: "sqlite"
      db: ${TRACKER_DB}
"""

from __future__ import annotations

import itertools
import logging
import os
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Dict, Iterator, Optional

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)

SYNCHRONOUS_MODES = ("OFF", "NORMAL", "FULL", "EXTRA")


@dataclass
class _Cached:
    tracker: DialogueStateTracker
    stored_events: int  # how many of tracker.events are in the database
    used_at: float


class CachedSQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` with a write-through cache of recent trackers (see the module docstring)."""

    def __init__(
        self,
        *args: Any,
        cache_size: int = 200,
        cache_idle_s: float = 600.0,
        synchronous: str = "NORMAL",
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if str(synchronous).upper() not in SYNCHRONOUS_MODES:
            raise ValueError(f"tracker_store synchronous: {synchronous!r} is not one of {', '.join(SYNCHRONOUS_MODES)}")
        if self.engine.dialect.name == "sqlite":
            self._use_one_sqlite_connection(str(synchronous).upper())
        workers = int(os.environ.get("SANIC_WORKERS", "1") or 1)
        self.cache_size = int(cache_size) if workers <= 1 else 0
        if workers > 1:
            logger.info("Tracker cache off: SANIC_WORKERS=%s processes share the tracker store.", workers)
        self.cache_idle_s = float(cache_idle_s)
        self._cache: OrderedDict[str, _Cached] = OrderedDict()
        self._stored_before_save: Dict[str, int] = {}  # sender id -> events already stored, during save()

    def _use_one_sqlite_connection(self, synchronous: str) -> None:
        """Replaces Rasa's engine (NullPool: a new connection for every query) by one that keeps its
        connection, in WAL mode. The event loop is the only user, one query at a time."""
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(
            url, poolclass=sa.pool.QueuePool, pool_size=1, max_overflow=4,
            connect_args={"check_same_thread": False},
        )

        @sa.event.listens_for(self.engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA synchronous={synchronous}")
            cursor.close()

        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    # --- the cache ---

    def _cached(self, sender_id: str) -> Optional[_Cached]:
        entry = self._cache.get(sender_id)
        if entry is None:
            return None
        now = time.monotonic()
        if now - entry.used_at > self.cache_idle_s or len(entry.tracker.events) != entry.stored_events:
            del self._cache[sender_id]  # idle, or changed by a turn that was never saved
            return None
        entry.used_at = now
        self._cache.move_to_end(sender_id)
        return entry

    def _remember(self, tracker: DialogueStateTracker) -> None:
        if not self.cache_size:
            return
        self._cache[tracker.sender_id] = _Cached(tracker, len(tracker.events), time.monotonic())
        self._cache.move_to_end(tracker.sender_id)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        entry = self._cached(sender_id)
        if entry is not None:
            return entry.tracker
        tracker = await super().retrieve(sender_id)
        if tracker is not None:
            self._remember(tracker)
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        entry = self._cache.pop(tracker.sender_id, None)  # forgotten unless the write succeeds
        if entry is not None and entry.tracker is tracker:
            self._stored_before_save[tracker.sender_id] = entry.stored_events
        try:
            await super().save(tracker)
        finally:
            self._stored_before_save.pop(tracker.sender_id, None)
        self._remember(tracker)

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        """The events not in the database yet. For a cached tracker that count is known; it may also
        hold earlier conversation sessions, so Rasa's count (events since the last session start in
        the database) would not index it."""
        stored = self._stored_before_save.get(tracker.sender_id)
        if stored is None:
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, stored, len(tracker.events))
