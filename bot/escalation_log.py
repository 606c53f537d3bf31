"""Durable records of escalations (red-flag signs seen) and of staff follow-up requests.

Each escalation row also carries the state of its staff alert (see `bot.staff_alerts`):
'pending' until the alert is delivered ('sent'), given up on ('failed'), or alerts are off
('disabled'). All functions raise `bot.bot_db.BotDbError` when the database cannot be used.
"""

from __future__ import annotations

import functools
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable, Iterable, Iterator, List, Literal, Optional, Tuple

from bot import bot_db
from bot.bot_db import Database
from bot.bot_db_pg import PostgresDb

AlertStatus = Literal["pending", "sent", "failed", "disabled", "summary", "suppressed"]
ALERT_STATUSES: Tuple[str, ...] = ("pending", "sent", "failed", "disabled", "summary", "suppressed")
EXCERPT_CHARS = 200


@dataclass(frozen=True)
class EscalationRecord:
    id: int
    created_at: str
    conversation_id: str
    channel: str
    level: str
    signs: Tuple[str, ...]
    message_excerpt: str
    alert_status: str
    alert_attempts: int
    last_error: Optional[str]


@dataclass(frozen=True)
class FollowupRecord:
    id: int
    created_at: str
    conversation_id: str
    channel: str
    reason: str


def _sign_ids(signs: Iterable[str]) -> List[str]:
    """Sign ids cleaned for comma-joined storage (no blanks, no commas, order kept, no repeats)."""
    out: List[str] = []
    for sign in signs:
        clean = str(sign).replace(",", " ").strip()
        if clean and clean not in out:
            out.append(clean)
    return out


def record_escalation(
    db_path: Database, conversation_id: str, channel: str, level: str, signs: Iterable[str], message: str
) -> int:
    """Store an escalation with its alert 'pending'; returns the row id (pass it to the alerter)."""
    return bot_db.insert(
        db_path,
        "INSERT INTO escalations (created_at, conversation_id, channel, level, signs, message_excerpt,"
        " alert_status, alert_attempts) VALUES (?, ?, ?, ?, ?, ?, 'pending', 0)",
        (
            bot_db.utc_now(),
            conversation_id,
            channel,
            level,
            ",".join(_sign_ids(signs)),
            (message or "")[:EXCERPT_CHARS],
        ),
    )


def record_followup(db_path: Database, conversation_id: str, channel: str, reason: str) -> int:
    """Note that a person asked for a human / should be followed up by staff; returns the row id."""
    return bot_db.insert(
        db_path,
        "INSERT INTO followups (created_at, conversation_id, channel, reason) VALUES (?, ?, ?, ?)",
        (bot_db.utc_now(), conversation_id, channel, reason),
    )


def _escalation(row: Any) -> EscalationRecord:
    return EscalationRecord(
        id=row["id"],
        created_at=row["created_at"],
        conversation_id=row["conversation_id"],
        channel=row["channel"],
        level=row["level"],
        signs=tuple(s for s in (row["signs"] or "").split(",") if s),
        message_excerpt=row["message_excerpt"],
        alert_status=row["alert_status"],
        alert_attempts=row["alert_attempts"],
        last_error=row["last_error"],
    )


def list_escalations(
    db_path: Database, conversation_id: Optional[str] = None, limit: Optional[int] = None
) -> List[EscalationRecord]:
    """Escalations oldest first (all, or one conversation's); with ``limit``, only the most recent ones."""
    where = "WHERE conversation_id = ?" if conversation_id is not None else ""
    params: List[object] = [conversation_id] if conversation_id is not None else []
    sql = f"SELECT * FROM escalations {where} ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_escalation(row) for row in reversed(bot_db.query(db_path, sql, params))]


def get_escalation(db_path: Database, row_id: int) -> Optional[EscalationRecord]:
    rows = bot_db.query(db_path, "SELECT * FROM escalations WHERE id = ?", (row_id,))
    return _escalation(rows[0]) if rows else None


def pending_alerts(db_path: Database) -> List[EscalationRecord]:
    """Escalations whose staff alert has not been delivered or given up on yet, oldest first."""
    rows = bot_db.query(db_path, "SELECT * FROM escalations WHERE alert_status = 'pending' ORDER BY id")
    return [_escalation(row) for row in rows]


@dataclass(frozen=True)
class AlertClaim:
    """An escalation whose staff alert this process alone may send now, and how to record the outcome."""

    record: EscalationRecord
    mark: Callable[..., bool]  # mark(status, error=None, *, add_attempt=False), in the claim's transaction


@contextmanager
def claim_alert(db_path: Database, row_id: int) -> Iterator[Optional[AlertClaim]]:
    """The escalation, locked for one sender: on PostgreSQL (several instances draining one outbox) the
    row is locked with ``FOR UPDATE SKIP LOCKED`` until the outcome is marked and committed, so another
    instance skips it (None) instead of sending it again. On SQLite one process drains: no lock."""
    if not isinstance(db_path, PostgresDb):
        record = get_escalation(db_path, row_id)
        yield None if record is None else AlertClaim(record, functools.partial(mark_alert, db_path, row_id))
        return
    with bot_db.transaction(db_path) as conn:
        row = conn.execute("SELECT * FROM escalations WHERE id = ? FOR UPDATE SKIP LOCKED", (row_id,)).fetchone()

        def mark(status: str, error: Optional[str] = None, *, add_attempt: bool = False) -> bool:
            _check_status(status)
            return conn.execute(_MARK_SQL, (status, error, 1 if add_attempt else 0, row_id)).rowcount > 0

        yield None if row is None else AlertClaim(_escalation(row), mark)


_MARK_SQL = "UPDATE escalations SET alert_status = ?, last_error = ?, alert_attempts = alert_attempts + ? WHERE id = ?"


def _check_status(status: str) -> None:
    if status not in ALERT_STATUSES:
        raise ValueError(f"alert status must be one of {ALERT_STATUSES}, not {status!r}")


def mark_alert(db_path: Database, row_id: int, status: str, error: Optional[str] = None, *, add_attempt: bool = False) -> bool:
    """Set an escalation's alert status and last error; ``add_attempt`` counts one more delivery attempt.

    Returns False if there is no such row.
    """
    _check_status(status)
    changed = bot_db.update(db_path, _MARK_SQL, (status, error, 1 if add_attempt else 0, row_id))
    return changed > 0


def list_followups(db_path: Database, conversation_id: Optional[str] = None, limit: Optional[int] = None) -> List[FollowupRecord]:
    """Follow-up requests oldest first (all, or one conversation's); with ``limit``, only the most recent."""
    where = "WHERE conversation_id = ?" if conversation_id is not None else ""
    params: List[object] = [conversation_id] if conversation_id is not None else []
    sql = f"SELECT * FROM followups {where} ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = reversed(bot_db.query(db_path, sql, params))
    return [
        FollowupRecord(
            id=r["id"],
            created_at=r["created_at"],
            conversation_id=r["conversation_id"],
            channel=r["channel"],
            reason=r["reason"],
        )
        for r in rows
    ]


SENT_STATUSES = ("sent", "summary")
# An earlier alert still pending may be going out right now on another instance: it counts against the
# caps, so two instances draining the outbox at once never send one over a cap.
_COUNTED_STATUSES = SENT_STATUSES + ("pending",)


def alert_budget(db_path: Database, record: EscalationRecord, per_conversation: int, per_minute: int) -> str:
    """Whether this escalation's staff alert goes out: "send"; "summary" (the first one over a cap, sent
    as one alert that says further ones are held back); or "suppress" (over a cap, summary already sent).

    Caps: alerts already sent, or earlier and still pending, for the same conversation, and those of the
    minute before it (forged or repeated escalations must not flood the staff channel)."""
    placeholders = ",".join("?" for _ in _COUNTED_STATUSES)
    same = bot_db.query(
        db_path,
        f"SELECT alert_status FROM escalations WHERE conversation_id = ? AND id < ? AND alert_status IN ({placeholders})",
        (record.conversation_id, record.id, *_COUNTED_STATUSES),
    )
    since = (datetime.fromisoformat(record.created_at) - timedelta(seconds=60)).isoformat(timespec="milliseconds")
    recent = bot_db.query(
        db_path,
        f"SELECT alert_status FROM escalations WHERE created_at >= ? AND id < ? AND alert_status IN ({placeholders})",
        (since, record.id, *_COUNTED_STATUSES),
    )
    if len(same) < per_conversation and len(recent) < per_minute:
        return "send"
    over = same if len(same) >= per_conversation else recent
    return "suppress" if any(row["alert_status"] == "summary" for row in over) else "summary"
