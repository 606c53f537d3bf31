"""The bot's own SQLite file (escalations, staff follow-ups, unanswered questions, facts answered,
patients' feedback on them, and live handoffs to staff: `bot.handoff_log`, `bot.handoff_offers`).

Concurrency: every call opens its own short-lived connection and each write is one short
``BEGIN IMMEDIATE ... COMMIT`` transaction. No connection is shared, so concurrent coroutines and
threads (the async action server, the staff-alert thread) never step on each other's cursors, and
SQLite's file lock plus ``timeout=10`` serialises writers across threads *and* processes (action
server, ``python -m bot.report``), which a Python lock could not. WAL mode lets readers run while a
write is in progress. Opening a connection costs well under a millisecond, so this stays cheap.

With DATABASE_URL set (`make run-cluster`), ``db`` is a `bot.bot_db_pg.PostgresDb` and the same
functions run the same SQL on PostgreSQL, shared by every instance of the cluster.

Any failure (unwritable directory, read-only file, full disk, corrupt file) raises `BotDbError`
naming the file; nothing is silently dropped.

The file holds health data, so it is made owner-only (0600, and its -wal/-shm with it, which SQLite
creates with the database file's mode) whatever the umask of the process that opens it, and every
connection runs with ``secure_delete=ON`` so deleted or overwritten text is zeroed, not left in free
pages (see `bot.privacy`).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, List, Mapping, Optional, Sequence, Union

from bot import bot_db_pg
from bot.bot_db_pg import PostgresDb

Params = Union[Sequence[object], dict]
Database = Union[Path, PostgresDb]  # settings.bot_db: var/bot.db, or PostgreSQL in the cluster

logger = logging.getLogger(__name__)
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")

SCHEMA = """
CREATE TABLE IF NOT EXISTS escalations (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    level TEXT NOT NULL,
    signs TEXT NOT NULL DEFAULT '',
    message_excerpt TEXT NOT NULL DEFAULT '',
    alert_status TEXT NOT NULL DEFAULT 'pending',
    alert_attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS escalations_conversation ON escalations (conversation_id);
CREATE INDEX IF NOT EXISTS escalations_alert_status ON escalations (alert_status);
CREATE TABLE IF NOT EXISTS followups (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS followups_conversation ON followups (conversation_id);
CREATE TABLE IF NOT EXISTS unanswered (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    top_intents TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS fact_answers (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    fact_id TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'answer'
);
CREATE INDEX IF NOT EXISTS fact_answers_conversation ON fact_answers (conversation_id);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    fact_id TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS feedback_conversation ON feedback (conversation_id);
CREATE TABLE IF NOT EXISTS handoffs (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    state TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    escalation_level TEXT NOT NULL DEFAULT 'none',
    staff_channel TEXT NOT NULL DEFAULT '',
    staff_ts TEXT NOT NULL DEFAULT '',
    claimed_by TEXT NOT NULL DEFAULT '',
    claimed_at TEXT,
    ended_at TEXT,
    last_activity_at TEXT NOT NULL,
    patient_messages INTEGER NOT NULL DEFAULT 0,
    staff_messages INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS handoffs_conversation ON handoffs (conversation_id);
CREATE INDEX IF NOT EXISTS handoffs_state ON handoffs (state);
CREATE TABLE IF NOT EXISTS handoff_posts (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    handoff_id INTEGER NOT NULL,
    conversation_id TEXT NOT NULL,
    staff_channel TEXT NOT NULL,
    ts TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS handoff_posts_conversation ON handoff_posts (conversation_id);
CREATE TABLE IF NOT EXISTS handoff_offers (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    escalation_level TEXT NOT NULL DEFAULT 'none',
    staff_channel TEXT NOT NULL DEFAULT '',
    staff_ts TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open',
    outcome TEXT NOT NULL DEFAULT '',
    offered_by TEXT NOT NULL DEFAULT '',
    offered_at TEXT,
    ended_at TEXT,
    handoff_id INTEGER
);
CREATE INDEX IF NOT EXISTS handoff_offers_conversation ON handoff_offers (conversation_id);
"""


class BotDbError(RuntimeError):
    """The bot database could not be opened, read or written; the message names the file."""

    def __init__(self, path: Database, problem: str) -> None:
        super().__init__(f"bot database {path}: {problem}")
        self.path = path


def utc_now() -> str:
    """Current time as ISO 8601 UTC, e.g. ``2024-05-01T09:30:12.345+00:00``."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def restrict_to_owner(db_path: Path) -> None:
    """Removes group/other permissions from an SQLite file and its side files (never adds any, so a
    read-only file stays read-only). A file that cannot be changed is logged, not fatal: reading a
    database on a read-only file system must still work."""
    for suffix in ("", *SQLITE_SIDE_FILES):
        file = f"{db_path}{suffix}"
        try:
            mode = stat.S_IMODE(os.stat(file).st_mode)
            if mode & 0o077:
                os.chmod(file, mode & 0o700)
        except FileNotFoundError:
            continue
        except OSError as exc:
            logger.warning("cannot make %s private (owner-only): %s", file, exc)


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating the directory, file and tables if needed) a WAL-mode connection in autocommit mode."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BotDbError(path, f"cannot create its directory {path.parent}: {exc}") from exc
    try:
        conn = sqlite3.connect(str(path), timeout=10, check_same_thread=False, isolation_level=None)
    except sqlite3.Error as exc:
        raise BotDbError(path, f"cannot open: {exc}") from exc
    try:
        conn.row_factory = sqlite3.Row
        restrict_to_owner(path)  # before WAL mode creates -wal/-shm, which take the file's mode
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(SCHEMA)
    except sqlite3.Error as exc:
        conn.close()
        raise BotDbError(path, f"cannot prepare the schema: {exc}") from exc
    return conn


@contextmanager
def transaction(path: Database) -> Iterator[Any]:
    """One short write transaction on a fresh connection: committed on success, rolled back on error."""
    if isinstance(path, PostgresDb):
        with bot_db_pg.transaction(path) as pg:
            yield pg
        return
    conn = connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise BotDbError(path, f"write failed: {exc}") from exc
    except BaseException:
        _rollback(conn)
        raise
    finally:
        conn.close()


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def insert(path: Database, sql: str, params: Params = ()) -> int:
    """Run one INSERT in its own transaction; returns the new row id."""
    if isinstance(path, PostgresDb):
        return bot_db_pg.insert(path, sql, params)
    with transaction(path) as conn:
        row_id = conn.execute(sql, params).lastrowid
    if row_id is None:  # pragma: no cover - only for non-INSERT misuse
        raise BotDbError(path, "insert returned no row id")
    return row_id


def update(path: Database, sql: str, params: Params = ()) -> int:
    """Run one UPDATE/DELETE in its own transaction; returns the number of rows changed."""
    if isinstance(path, PostgresDb):
        return bot_db_pg.update(path, sql, params)
    with transaction(path) as conn:
        return conn.execute(sql, params).rowcount


def query(
    path: Database,
    sql: str,
    params: Params = (),
    functions: Optional[Mapping[str, Callable[[Any], Any]]] = None,
) -> List[Any]:
    """Rows of a SELECT; a database file that does not exist yet reads as empty (and is not created).

    ``functions`` are one-argument Python functions made callable from the SQL by name (SQLite only).
    """
    if isinstance(path, PostgresDb):
        if functions:
            raise ValueError("Python functions in SQL are SQLite-only: compute in Python for PostgreSQL")
        return bot_db_pg.query(path, sql, params)
    path = Path(path)
    if not path.is_file():
        return []
    conn = connect(path)
    try:
        for name, func in (functions or {}).items():
            conn.create_function(name, 1, func, deterministic=True)
        return conn.execute(sql, params).fetchall()
    except sqlite3.Error as exc:
        raise BotDbError(path, f"read failed: {exc}") from exc
    finally:
        conn.close()
