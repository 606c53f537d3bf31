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
  saved (a turn that failed half-way) is not trusted: it is reloaded from the database. A cached
  tracker is checked against the database (one indexed `MAX(id)` query) before it is handed out and
  again before it is written: a conversation another process wrote since (another instance of
  `make run-cluster`, whose turns the Redis lock store keeps one at a time) is reloaded, and one
  erased by another process (`make forget`, retention in the launcher) is dropped from the cache,
  never written back. With `SANIC_WORKERS` above 1 (several workers, no shared lock store) the
  cache is off.
- **One connection, kept open** (a queue pool) instead of one per read and per write.
- **SQLite WAL journal with `synchronous=NORMAL`**: a commit is one write to the log, not several
  fsyncs. A turn that was answered survives a crash or restart of the Rasa server; a power cut or
  kernel crash may lose the last turns before SQLite's next checkpoint. Set `synchronous: FULL`
  in endpoints.yml to fsync every commit.

Conversations are health data (`bot.privacy`): the database and its -wal/-shm are made owner-only
(0600) whatever the process umask, the kept connection runs with `secure_delete=ON`, and `forget`
erases a conversation from the cache and the file, then truncates the WAL so no old page keeps it.

endpoints.yml:

    tracker_store:
      type: rasa_plugins.tracker_store.CachedSQLTrackerStore
      dialect: "sqlite"
      db: ${TRACKER_DB}
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import itertools
import logging
import os
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, Optional

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker

from bot.bot_db import restrict_to_owner
from bot.privacy import CHECKPOINT_WAIT_S

logger = logging.getLogger(__name__)

SYNCHRONOUS_MODES = ("OFF", "NORMAL", "FULL", "EXTRA")
# Set when this turn's tracker could not be read or written. Rasa's FailSafeTrackerStore swallows the
# error and the channel would still send the replies, as if the turn were stored; the message guard
# reads this flag and tells the person it went wrong instead (`rasa_plugins.message_guard`).
STORE_FAILED: contextvars.ContextVar[bool] = contextvars.ContextVar("tracker_store_failed", default=False)


@dataclass
class _Cached:
    tracker: DialogueStateTracker
    stored_events: int  # how many of tracker.events are in the database
    last_row_id: Optional[int]  # the conversation's newest row when it was cached: changed means not ours
    used_at: float


@functools.lru_cache(maxsize=4)
def _last_row_query(table: str) -> Any:
    return sa.text(f"SELECT max(id) FROM {table} WHERE sender_id = :sender_id")  # noqa: S608 - a table name of ours


class CachedSQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` with a write-through cache of recent trackers (see the module docstring)."""

    engine: sa.engine.Engine  # set by SQLTrackerStore.__init__; replaced by _use_one_sqlite_connection

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
        elif self.engine.dialect.name == "postgresql":
            self._check_connections_before_use()
        workers = int(os.environ.get("SANIC_WORKERS", "1") or 1)
        self.cache_size = int(cache_size) if workers <= 1 else 0
        if workers > 1:
            logger.info("Tracker cache off: SANIC_WORKERS=%s processes share the tracker store.", workers)
        self.cache_idle_s = float(cache_idle_s)
        self._cache: OrderedDict[str, _Cached] = OrderedDict()
        self._saving: Dict[str, _Cached] = {}  # sender id -> its cache entry, during save()
        # trackers of erased conversations, by id() (trackers are unhashable): never written again
        self._erased: weakref.WeakValueDictionary[int, DialogueStateTracker] = weakref.WeakValueDictionary()

    def _use_one_sqlite_connection(self, synchronous: str) -> None:
        """Replaces Rasa's engine (NullPool: a new connection for every query) by one that keeps its
        connection, in WAL mode. The event loop is the only user, one query at a time."""
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(
            url,
            poolclass=sa.pool.QueuePool,
            pool_size=1,
            max_overflow=4,
            connect_args={"check_same_thread": False},
        )

        @sa.event.listens_for(self.engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            if url.database and url.database != ":memory:":
                restrict_to_owner(Path(url.database))  # before WAL mode creates -wal/-shm with its mode
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA synchronous={synchronous}")
            cursor.close()

        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    def _check_connections_before_use(self) -> None:
        """PostgreSQL (the cluster): a pooled connection is tested before a turn uses it, so after a
        database restart a turn gets a new connection instead of failing on a dead one."""
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        # The cache's check, MAX(id) of one conversation, reads one index entry instead of every row of
        # the conversation (Rasa indexes sender_id alone; SQLite's index carries the rowid anyway).
        try:
            with self.engine.begin() as connection:
                connection.execute(sa.text("CREATE INDEX IF NOT EXISTS events_sender_id_id ON events (sender_id, id)"))
        except sa.exc.SQLAlchemyError as error:  # another instance creating it at the same moment
            logger.info("Index events_sender_id_id not created here: %s", type(error).__name__)

    # --- the cache ---

    def _last_row_id(self, sender_id: str, session: Any = None) -> Optional[int]:
        # plain SQL, compiled once: asked up to three times a turn, and a select() built each time cost twice as much
        query = _last_row_query(self.SQLEvent.__tablename__)
        if session is not None:
            return session.execute(query, {"sender_id": sender_id}).scalar()
        with self.engine.connect() as connection:
            return connection.execute(query, {"sender_id": sender_id}).scalar()

    def _cached(self, sender_id: str) -> Optional[_Cached]:
        entry = self._cache.get(sender_id)
        if entry is None:
            return None
        now = time.monotonic()
        if (
            now - entry.used_at > self.cache_idle_s
            or len(entry.tracker.events) != entry.stored_events
            or self._last_row_id(sender_id) != entry.last_row_id
        ):
            # idle, changed by a turn that was never saved, or changed in the database by another
            # process (erased by `make forget` or retention)
            del self._cache[sender_id]
            return None
        entry.used_at = now
        self._cache.move_to_end(sender_id)
        return entry

    def _remember(self, tracker: DialogueStateTracker, last_row_id: Optional[int]) -> None:
        if not self.cache_size:
            return
        self._cache[tracker.sender_id] = _Cached(tracker, len(tracker.events), last_row_id, time.monotonic())
        self._cache.move_to_end(tracker.sender_id)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        try:
            return await self._retrieve_cached(sender_id)
        except Exception:
            STORE_FAILED.set(True)
            raise

    async def _retrieve_cached(self, sender_id: str) -> Optional[DialogueStateTracker]:
        entry = self._cached(sender_id)
        if entry is not None:
            return entry.tracker
        last_row_id = self._last_row_id(sender_id) if self.cache_size else None  # before: a later erase shows
        tracker = await super().retrieve(sender_id)
        if tracker is not None:
            self._remember(tracker, last_row_id)
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        if self._is_erased(tracker):
            logger.info("A turn of an erased conversation was not saved.")
            return
        entry = self._cache.pop(tracker.sender_id, None)  # forgotten unless the write succeeds
        if entry is not None and entry.tracker is tracker:
            self._saving[tracker.sender_id] = entry
        try:
            await super().save(tracker)
        except Exception:
            STORE_FAILED.set(True)
            raise
        finally:
            self._saving.pop(tracker.sender_id, None)
        if not self._is_erased(tracker) and self.cache_size:
            self._remember(tracker, self._last_row_id(tracker.sender_id))

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        """The events not in the database yet. For a cached tracker that count is known; it may also
        hold earlier conversation sessions, so Rasa's count (events since the last session start in
        the database) would not index it. A cached conversation whose rows are gone was erased by
        another process during this turn: nothing of it is written back."""
        entry = self._saving.get(tracker.sender_id)
        if entry is None:
            return super()._additional_events(session, tracker)
        if entry.last_row_id is not None and self._last_row_id(tracker.sender_id, session) is None:
            self._erased[id(tracker)] = tracker
            logger.info("A conversation erased by another process was not written back.")
            return iter(())
        return itertools.islice(tracker.events, entry.stored_events, len(tracker.events))

    # --- erasure ---

    def _is_erased(self, tracker: DialogueStateTracker) -> bool:
        return self._erased.get(id(tracker)) is tracker

    async def forget(self, sender_id: str) -> int:
        """Erases a conversation: its cache entry (and the tracker a turn in flight holds, which is
        then never saved), its rows, with `secure_delete` zeroing them, and the WAL pages that still
        held them. Returns the number of events deleted."""
        entry = self._cache.pop(sender_id, None)
        if entry is not None:
            self._erased[id(entry.tracker)] = entry.tracker
        with self.session_scope() as session:
            deleted = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete(synchronize_session=False)
            session.commit()
        if self.engine.dialect.name == "sqlite" and not await self._truncate_wal():
            logger.warning(
                "The tracker store's -wal file could not be truncated (a reader held it): erased text may "
                "remain in it until the next checkpoint."
            )
        return deleted

    async def _truncate_wal(self) -> bool:
        """`PRAGMA wal_checkpoint(TRUNCATE)` on the kept connection, retried while a reader blocks it."""
        deadline = time.monotonic() + CHECKPOINT_WAIT_S
        with self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            while raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] != 0:
                if time.monotonic() >= deadline:
                    return False
                await asyncio.sleep(0.05)
        return True
