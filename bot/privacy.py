"""Conversations are health data: who may read `var/`, how long text is kept, and erasing a person.

- `secure_var_dir`: `var/` owner-only (0700, files 0600) and a 0077 umask for the launcher, which its
  servers inherit, so every file they create (SQLite databases and their -wal/-shm, logs,
  credentials.runtime.yml) is 0600. `bot.bot_db` and the tracker store also make their own files
  owner-only, for processes started without the launcher.
- `purge_expired`: retention (``RETENTION_DAYS``). `forget_conversation`: erasure on request. Both
  cover every table of `bot.bot_db`, feedback comments (`bot.feedback`) included.
- Deleted text must not stay readable in the files: every deleting connection has
  ``secure_delete=ON`` (freed space is zeroed) and the WAL is then checkpointed and truncated, since
  the -wal file still holds the pages written before the delete.

Works on the files directly (no Rasa import), so `make forget` runs while the bot runs: the Rasa
server's cached tracker re-validates against the database (`rasa_plugins.tracker_store`), so a
conversation deleted here is not written back.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Optional, Sequence, TextIO

from bot import bot_db
from bot.bot_db import BotDbError, Database
from bot.bot_db_pg import PostgresDb
from bot.settings import Settings, SettingsError, load_settings

ERASED_PREFIX = "erased:"
RETENTION_INTERVAL = timedelta(days=1)
CHECKPOINT_WAIT_S = 2.0
WAL_WARNING = "a reader kept a -wal file from being truncated: deleted text may remain in it until the next purge; run again"


class PrivacyError(RuntimeError):
    """A store or `var/` could not be secured, purged or erased; the message names the file."""


@dataclass(frozen=True)
class PurgeReport:
    cutoff: datetime
    conversations: int  # deleted from tracker.db entirely
    tracker_events: int
    unanswered: int  # rows deleted
    escalations_minimised: int  # rows kept without text and with a hashed conversation id
    followups_minimised: int
    wal_truncated: bool  # False: a reader kept old pages in a -wal file (run again)
    feedback_minimised: int = 0  # votes kept without their comment and with a hashed conversation id
    answers_minimised: int = 0  # answer counts kept with a hashed conversation id


@dataclass(frozen=True)
class ForgetReport:
    tracker_events: int
    unanswered: int
    escalations_minimised: int
    followups_minimised: int
    wal_truncated: bool
    feedback_minimised: int = 0
    answers_minimised: int = 0

    @property
    def found(self) -> bool:
        return any(
            (
                self.tracker_events,
                self.unanswered,
                self.escalations_minimised,
                self.followups_minimised,
                self.feedback_minimised,
                self.answers_minimised,
            )
        )


def erased_id(conversation_id: str) -> str:
    """One-way stand-in for a conversation id: the same id always maps to the same value (an erased
    escalation still pairs with its follow-up), but the value does not lead back to the person."""
    if conversation_id.startswith(ERASED_PREFIX):
        return conversation_id
    return ERASED_PREFIX + hashlib.sha256(conversation_id.encode("utf-8")).hexdigest()


def tracker_db_path(settings: Settings) -> Path:
    return settings.var_dir / "tracker.db"


# --- file modes ---


def secure_var_dir(var_dir: Path) -> None:
    """Sets this process's umask to 0077, creates `var_dir` 0700 and makes everything already in it
    owner-only (directories 0700, files 0600; symlinks are left alone). Call it in the launcher after
    checking that `var_dir` is writable and before starting the servers, which inherit the umask.

    Raises `PrivacyError` naming the path that could not be changed."""
    os.umask(0o077)
    var_dir = Path(var_dir)
    current = var_dir
    try:
        var_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        _set_mode(var_dir, 0o700)
        for root, dirs, files in os.walk(var_dir, onerror=_raise):
            for name in dirs:
                current = Path(root, name)
                _set_mode(current, 0o700)
            for name in files:
                current = Path(root, name)
                _set_mode(current, 0o600)
    except OSError as exc:
        problem = exc.strerror or str(exc)
        where = Path(exc.filename) if exc.filename else current
        raise PrivacyError(
            f"{where}: cannot make it owner-only: {problem}. Conversations are stored under VAR_DIR={var_dir}; "
            "set VAR_DIR to a directory this user owns and can write."
        ) from exc


def _set_mode(path: Path, mode: int) -> None:
    if path.is_symlink():
        return
    if (path.stat().st_mode & 0o7777) != mode:
        os.chmod(path, mode)


def _raise(error: OSError) -> None:
    raise error


# --- the stores ---


def truncate_wal(conn: sqlite3.Connection, wait_s: float = CHECKPOINT_WAIT_S) -> bool:
    """Copies the WAL into the database and truncates the -wal file to 0 bytes, so the pages written
    before a delete do not stay readable there. A reader in another process can hold the truncation
    back: retried for up to ``wait_s``. True when truncated (or the database is not in WAL mode)."""
    deadline = time.monotonic() + wait_s
    while True:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy == 0:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def _open_tracker_db(path: Path) -> Optional[sqlite3.Connection]:
    """A deleting connection to Rasa's tracker.db, or None when there is no events table (nothing stored)."""
    if not path.is_file():
        return None
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None)
    try:
        bot_db.restrict_to_owner(path)
        conn.execute("PRAGMA secure_delete=ON")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").fetchone() is None:
            conn.close()
            return None
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _delete_tracker_events(path: Path, where: str, params: Sequence[object]) -> tuple[int, int, bool]:
    """Deletes the events of the senders ``where`` selects (SQL over ``events`` grouped by sender_id);
    returns (conversations, events, wal_truncated)."""
    try:
        conn = _open_tracker_db(path)
        if conn is None:
            return 0, 0, True
        try:
            senders = f"SELECT sender_id FROM events GROUP BY sender_id HAVING {where}"
            conn.execute("BEGIN IMMEDIATE")
            conversations = conn.execute(f"SELECT COUNT(*) FROM ({senders})", params).fetchone()[0]
            events = conn.execute(f"DELETE FROM events WHERE sender_id IN ({senders})", params).rowcount
            conn.execute("COMMIT")
            return conversations, events, truncate_wal(conn)
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
    except sqlite3.Error as exc:
        raise PrivacyError(f"tracker database {path}: erasing failed: {exc}") from exc


@dataclass(frozen=True)
class _BotDbCounts:
    unanswered: int = 0
    escalations: int = 0
    followups: int = 0
    feedback: int = 0
    answers: int = 0
    wal_truncated: bool = True


def _minimise_bot_db(path: Database, where: str, params: Sequence[object]) -> _BotDbCounts:
    """In bot.db, for the rows ``where`` selects: unanswered questions deleted; escalations,
    follow-ups, feedback votes and answer counts kept as a minimal record (see `forget_conversation`):
    feedback loses its comment, every row its conversation id."""
    if isinstance(path, PostgresDb):
        return _minimise_pg(path, where, params)
    if not path.is_file():
        return _BotDbCounts()
    not_done = f"{ERASED_PREFIX}%"
    with bot_db.transaction(path) as conn:
        conn.create_function("erased_id", 1, erased_id, deterministic=True)
        unanswered = conn.execute(f"DELETE FROM unanswered WHERE {where}", params).rowcount
        escalations = conn.execute(
            "UPDATE escalations SET message_excerpt = '', conversation_id = erased_id(conversation_id)"
            f" WHERE ({where}) AND (conversation_id NOT LIKE ? OR message_excerpt != '')",
            (*params, not_done),
        ).rowcount
        followups = conn.execute(
            f"UPDATE followups SET conversation_id = erased_id(conversation_id) WHERE ({where}) AND conversation_id NOT LIKE ?",
            (*params, not_done),
        ).rowcount
        feedback = conn.execute(
            "UPDATE feedback SET comment = '', conversation_id = erased_id(conversation_id)"
            f" WHERE ({where}) AND (conversation_id NOT LIKE ? OR comment != '')",
            (*params, not_done),
        ).rowcount
        answers = conn.execute(
            "UPDATE fact_answers SET conversation_id = erased_id(conversation_id)"
            f" WHERE ({where}) AND conversation_id NOT LIKE ?",
            (*params, not_done),
        ).rowcount
        # Live handoffs keep their record (times, outcome, who claimed it) under the hashed id; the list of
        # Slack posts that carried the person's words goes (the Rasa server deletes those posts first).
        for table in ("handoffs", "handoff_offers"):  # staff offers of a chat after an escalation, likewise
            conn.execute(
                f"UPDATE {table} SET conversation_id = erased_id(conversation_id) WHERE ({where}) AND conversation_id NOT LIKE ?",
                (*params, not_done),
            )
        conn.execute(f"DELETE FROM handoff_posts WHERE {where}", params)
    conn = bot_db.connect(path)
    try:
        truncated = truncate_wal(conn)
    except sqlite3.Error as exc:
        raise BotDbError(path, f"checkpoint failed: {exc}") from exc
    finally:
        conn.close()
    return _BotDbCounts(unanswered, escalations, followups, feedback, answers, truncated)


_MINIMISED = {  # table -> what else it loses besides its conversation id
    "escalations": "message_excerpt = '', ",
    "followups": "",
    "feedback": "comment = '', ",
    "fact_answers": "",
    "handoffs": "",  # the record stays under the hashed id; its Slack posts go (below)
    "handoff_offers": "",  # likewise; the staff alert it was posted with carries no patient words
}


def _minimise_pg(db: PostgresDb, where: str, params: Sequence[object]) -> _BotDbCounts:
    """`_minimise_bot_db` on PostgreSQL (the cluster): the erased ids are computed here, since SQL
    cannot call `erased_id`. PostgreSQL rewrites a changed row elsewhere and VACUUM reclaims the old
    version; autovacuum runs it (docs/scaling.md)."""
    counts = {}
    with bot_db.transaction(db) as conn:
        counts["unanswered"] = conn.execute(f"DELETE FROM unanswered WHERE {where}", params).rowcount
        conn.execute(f"DELETE FROM handoff_posts WHERE {where}", params)
        for table, also in _MINIMISED.items():
            # rows already minimised are not counted again (as on SQLite): a daily purge reports only new ones
            ids = [
                r[0]
                for r in conn.execute(f"SELECT DISTINCT conversation_id FROM {table} WHERE {where}", params).fetchall()
                if not r[0].startswith(ERASED_PREFIX)
            ]
            changed = 0
            for conversation_id in ids:
                changed += conn.execute(
                    f"UPDATE {table} SET {also}conversation_id = ? WHERE conversation_id = ? AND ({where})",
                    (erased_id(conversation_id), conversation_id, *params),
                ).rowcount
            counts[table] = changed
    return _BotDbCounts(
        counts["unanswered"], counts["escalations"], counts["followups"], counts["feedback"], counts["fact_answers"]
    )


def _delete_pg_tracker_events(db: PostgresDb, where: str, params: Sequence[object]) -> tuple[int, int, bool]:
    """`_delete_tracker_events` for the cluster's tracker store (Rasa's ``events`` table in PostgreSQL)."""
    senders = f"SELECT sender_id FROM events GROUP BY sender_id HAVING {where}"
    try:
        with bot_db.transaction(db) as conn:
            if conn.execute("SELECT to_regclass('events')").fetchone()[0] is None:
                return 0, 0, True
            conversations = conn.execute(f"SELECT COUNT(*) FROM ({senders}) AS s", params).fetchone()[0]
            events = conn.execute(f"DELETE FROM events WHERE sender_id IN ({senders})", params).rowcount
    except BotDbError as exc:
        raise PrivacyError(f"tracker store {db}: erasing failed: {exc}") from exc
    return int(conversations), int(events), True


def _delete_conversations(settings: Settings, where: str, params: Sequence[object]) -> tuple[int, int, bool]:
    db = settings.bot_db
    if isinstance(db, PostgresDb):
        return _delete_pg_tracker_events(db, where, params)
    return _delete_tracker_events(tracker_db_path(settings), where, params)


def purge_expired(settings: Settings, now: Optional[datetime] = None) -> PurgeReport:
    """Retention: everything older than ``now - RETENTION_DAYS`` loses the person's text.

    A conversation goes from tracker.db when its latest event is older than the cutoff (an ongoing
    conversation is kept whole); unanswered questions older than the cutoff are deleted; older
    escalations and follow-ups keep the minimal record `forget_conversation` keeps. ``now`` must be
    timezone-aware; the default is the wall clock."""
    now = datetime.now(timezone.utc) if now is None else now
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("purge_expired: now must be timezone-aware (e.g. datetime.now(timezone.utc))")
    cutoff = now - timedelta(days=settings.retention_days)
    conversations, events, tracker_ok = _delete_conversations(settings, "MAX(timestamp) < ?", (cutoff.timestamp(),))
    cutoff_iso = cutoff.astimezone(timezone.utc).isoformat(timespec="milliseconds")  # bot_db.utc_now()'s format
    bot = _minimise_bot_db(settings.bot_db, "created_at < ?", (cutoff_iso,))
    return PurgeReport(
        cutoff,
        conversations,
        events,
        bot.unanswered,
        bot.escalations,
        bot.followups,
        tracker_ok and bot.wal_truncated,
        bot.feedback,
        bot.answers,
    )


def forget_conversation(settings: Settings, sender_id: str) -> ForgetReport:
    """Erasure on request: the person's words leave every store.

    All tracker events of ``sender_id`` and its unanswered questions are deleted. Its escalations are
    kept as a minimal record (time, channel, level, sign ids, staff-alert status) with the message
    excerpt blanked and the conversation id replaced by `erased_id`, its follow-ups and answer counts
    keep only the hashed id, and its feedback votes lose their "what was missing?" text too: the
    clinic must be able to show that an emergency escalation happened and that its staff alert was
    sent, without keeping the person's words or a way back to the conversation."""
    if not sender_id or not sender_id.strip():
        raise ValueError("forget_conversation: the conversation (sender) id is empty")
    _, events, tracker_ok = _delete_conversations(settings, "sender_id = ?", (sender_id,))
    bot = _minimise_bot_db(settings.bot_db, "conversation_id = ?", (sender_id,))
    return ForgetReport(
        events, bot.unanswered, bot.escalations, bot.followups, tracker_ok and bot.wal_truncated, bot.feedback, bot.answers
    )


# --- scheduling (the launcher's main loop) ---


def purge_due(last_run: Optional[datetime], now: datetime) -> bool:
    """True at start (``last_run`` None), then once a day; also when the clock went backwards."""
    return last_run is None or now < last_run or now - last_run >= RETENTION_INTERVAL


def run_retention(settings: Settings, now: datetime, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> Optional[PurgeReport]:
    """`purge_expired` for a long-running process: one line when something was purged or failed; never raises."""
    try:
        report = purge_expired(settings, now)
    except (BotDbError, PrivacyError, sqlite3.Error, OSError) as error:
        print(f"retention: purge failed, will retry tomorrow: {error}", file=err, flush=True)
        return None
    if (
        report.conversations
        or report.unanswered
        or report.escalations_minimised
        or report.followups_minimised
        or report.feedback_minimised
        or report.answers_minimised
    ):
        print(f"retention: {describe_purge(report)}", file=out, flush=True)
    if not report.wal_truncated:
        print(f"retention: {WAL_WARNING}", file=err, flush=True)
    return report


# --- CLI: python -m bot.privacy forget ID | purge ---


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _feedback_note(votes: int) -> str:
    return f"; {_plural(votes, 'feedback vote')} kept without comment or conversation id" if votes else ""


def describe_purge(report: PurgeReport) -> str:
    """Counts only: never an id or a person's text."""
    return (
        f"before {report.cutoff.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC: "
        f"{_plural(report.conversations, 'conversation')} deleted ({_plural(report.tracker_events, 'event')}), "
        f"{_plural(report.unanswered, 'unanswered question')} deleted, "
        f"{_plural(report.escalations_minimised, 'escalation')} and {_plural(report.followups_minimised, 'follow-up')} "
        "kept without text or conversation id" + _feedback_note(report.feedback_minimised)
    )


def describe_forget(report: ForgetReport) -> str:
    """Counts only: never an id or a person's text."""
    if not report.found:
        return "nothing is stored under this conversation id (check it against `make report`)"
    return (
        f"forgotten: {_plural(report.tracker_events, 'event')} and {_plural(report.unanswered, 'unanswered question')} "
        f"deleted, {_plural(report.escalations_minimised, 'escalation')} and "
        f"{_plural(report.followups_minimised, 'follow-up')} kept without text or conversation id"
        + _feedback_note(report.feedback_minimised)
    )


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.privacy", description="Erase a conversation or purge expired ones.")
    commands = parser.add_subparsers(dest="command", required=True)
    forget = commands.add_parser("forget", help="erase one conversation's text from every store in var/")
    forget.add_argument("conversation_id", help="the conversation's sender id (as `make report` shows it)")
    commands.add_parser("purge", help="apply RETENTION_DAYS now")
    args = parser.parse_args(argv)
    if args.command == "forget" and not args.conversation_id.strip():
        parser.error("the conversation id is empty: give the sender id, as `make report` shows it")
    try:
        settings = load_settings()
        if args.command == "forget":
            forgotten = forget_conversation(settings, args.conversation_id)
            line, truncated = describe_forget(forgotten), forgotten.wal_truncated
        else:
            purged = purge_expired(settings)
            line, truncated = f"purged (RETENTION_DAYS={settings.retention_days}): {describe_purge(purged)}", purged.wal_truncated
    except (SettingsError, BotDbError, PrivacyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(line)
    if not truncated:
        print(f"warning: {WAL_WARNING}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
