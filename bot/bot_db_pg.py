"""The bot's records in PostgreSQL, for several processes at once (`make run-cluster`).

Same tables, same SQL as `bot.bot_db` (SQLite): the functions there hand a `PostgresDb` here. The
SQL is written once, in SQLite's dialect with ``?`` placeholders; this module turns ``?`` into
psycopg2's ``%s`` and asks INSERTs for ``RETURNING id``. Each call is one short transaction on a
connection from a small per-process pool; a failure raises `bot.bot_db.BotDbError` naming the
database (host, port and name, never the password).
"""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Dict, Iterator, List, Sequence, Union
from urllib.parse import urlsplit

import psycopg2
import psycopg2.extras
import psycopg2.pool

Params = Union[Sequence[object], dict]
_SCHEMA_LOCK = 4_613_001  # pg_advisory_xact_lock key: one process creates the tables at a time


@dataclass(frozen=True)
class PostgresDb:
    """A PostgreSQL database URL (postgresql://user:password@host:port/name)."""

    url: str

    @property
    def name(self) -> str:
        parts = urlsplit(self.url)
        return f"postgresql://{parts.hostname}:{parts.port}{parts.path}"

    def __str__(self) -> str:  # never the password
        return self.name


def pg_schema(sqlite_schema: str) -> str:
    return sqlite_schema.replace("INTEGER PRIMARY KEY", "BIGSERIAL PRIMARY KEY")


def to_pg(sql: str) -> str:
    """SQLite's ``?`` placeholders as psycopg2's ``%s`` (a literal ``%`` doubled first)."""
    return sql.replace("%", "%%").replace("?", "%s")


_pools: Dict[str, psycopg2.pool.ThreadedConnectionPool] = {}
_ready: set = set()
_lock = threading.Lock()


def _pool(db: PostgresDb) -> psycopg2.pool.ThreadedConnectionPool:
    with _lock:
        pool = _pools.get(db.url)
        if pool is None:
            pool = _pools[db.url] = psycopg2.pool.ThreadedConnectionPool(1, 8, db.url, connect_timeout=5)
        return pool


def close_pools() -> None:
    """Closes every pooled connection (tests, and a process that restarts its database)."""
    with _lock:
        for pool in _pools.values():
            pool.closeall()
        _pools.clear()
        _ready.clear()


def ensure_schema(db: PostgresDb) -> None:
    """Creates the tables once per process; concurrent processes wait for each other (advisory lock)."""
    from bot.bot_db import SCHEMA, BotDbError

    if db.url in _ready:
        return
    try:
        connection = psycopg2.connect(db.url, connect_timeout=5)
        try:
            with connection, connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
                cursor.execute(pg_schema(SCHEMA))
        finally:
            connection.close()
    except psycopg2.Error as exc:
        raise BotDbError(db, f"cannot prepare the schema: {str(exc).strip()}") from exc
    _ready.add(db.url)


class PgConnection:
    """The part of sqlite3.Connection the callers of `bot.bot_db.transaction` use: ``execute``."""

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor

    def execute(self, sql: str, params: Params = ()) -> Any:
        self.cursor.execute(to_pg(sql), params or None)
        return self.cursor


@contextmanager
def transaction(db: PostgresDb) -> Iterator[PgConnection]:
    """One transaction on a pooled connection: committed on success, rolled back on error. A broken
    connection (the server restarted) is discarded, not returned to the pool."""
    from bot.bot_db import BotDbError

    ensure_schema(db)
    pool = _pool(db)
    try:
        connection = pool.getconn()
    except psycopg2.Error as exc:
        raise BotDbError(db, f"cannot connect: {str(exc).strip()}") from exc
    broken = False
    try:
        with connection.cursor(cursor_factory=psycopg2.extras.DictCursor) as cursor:
            yield PgConnection(cursor)
        connection.commit()
    except psycopg2.Error as exc:
        broken = bool(connection.closed) or isinstance(exc, psycopg2.OperationalError)
        _rollback(connection)
        # not str(exc): PostgreSQL may quote a value in its message, and values can be a patient's words
        raise BotDbError(db, f"query failed: {type(exc).__name__} (SQLSTATE {exc.pgcode})") from exc
    except BaseException:
        _rollback(connection)
        raise
    finally:
        pool.putconn(connection, close=broken or bool(connection.closed))


def _rollback(connection: Any) -> None:
    try:
        if not connection.closed:
            connection.rollback()
    except psycopg2.Error:
        pass


_INSERT = re.compile(r"^\s*INSERT\b", re.IGNORECASE)


def insert(db: PostgresDb, sql: str, params: Params = ()) -> int:
    if not _INSERT.match(sql):
        raise ValueError("insert() runs INSERT statements only")
    with transaction(db) as conn:
        return int(conn.execute(sql + " RETURNING id", params).fetchone()[0])


def update(db: PostgresDb, sql: str, params: Params = ()) -> int:
    with transaction(db) as conn:
        return int(conn.execute(sql, params).rowcount)


def query(db: PostgresDb, sql: str, params: Params = ()) -> List[Any]:
    """Rows that read like sqlite3.Row: by column name and by position."""
    with transaction(db) as conn:
        return list(conn.execute(sql, params).fetchall())
