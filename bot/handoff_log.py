"""Durable records of live handoffs to clinic staff (see docs/handoff.md for the states).

A handoff row holds no patient text: times, state, outcome, who claimed it (a Slack user id), the
staff post's Slack channel and ts, the escalation level when it was requested and message counts.
`handoff_posts` lists the Slack messages the bot posted that carry the patient's words (the
relayed messages), by ts only, so that erasure can delete them from Slack too.

States: ``waiting`` (request posted, nobody has claimed it) -> ``active`` (claimed) -> ``ended``.
An ended row says how in ``outcome`` (`Outcome`). Every transition is one conditional UPDATE, so
two staff members clicking "Claim" at once, or a timeout racing a click, change the row once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Literal, Optional, Tuple

from bot import bot_db
from bot.bot_db import Database

State = Literal["waiting", "active", "ended"]
Outcome = Literal[
    "closed_by_staff",  # a staff member clicked Close
    "idle_timeout",  # claimed, then nobody wrote for HANDOFF_IDLE_SECONDS
    "unclaimed_timeout",  # nobody claimed it within HANDOFF_UNCLAIMED_SECONDS
    "outside_hours",  # asked outside CLINIC_HOURS: never posted, contact details at once
    "unavailable",  # the staff channel could not be reached
    "erased",  # the patient deleted the conversation
]
OUTCOMES: Tuple[str, ...] = ("closed_by_staff", "idle_timeout", "unclaimed_timeout", "outside_hours", "unavailable", "erased")


@dataclass(frozen=True)
class Handoff:
    id: int
    created_at: str
    conversation_id: str
    channel: str
    state: str
    outcome: str
    escalation_level: str
    staff_channel: str
    staff_ts: str
    claimed_by: str
    claimed_at: Optional[str]
    ended_at: Optional[str]
    last_activity_at: str
    patient_messages: int
    staff_messages: int


def _handoff(row: Any) -> Handoff:
    """A row of `handoffs`: sqlite3.Row from var/bot.db, a mapping from PostgreSQL."""
    return Handoff(**{key: row[key] for key in row.keys()})


def open_handoff(db_path: Database, conversation_id: str, channel: str, escalation_level: str) -> int:
    """A new request, ``waiting``; returns its id."""
    now = bot_db.utc_now()
    return bot_db.insert(
        db_path,
        "INSERT INTO handoffs (created_at, conversation_id, channel, state, escalation_level, last_activity_at)"
        " VALUES (?, ?, ?, 'waiting', ?, ?)",
        (now, conversation_id, channel, escalation_level, now),
    )


def record_not_offered(db_path: Database, conversation_id: str, channel: str, escalation_level: str, outcome: Outcome) -> int:
    """A request that never waited (outside hours): recorded already ended."""
    now = bot_db.utc_now()
    return bot_db.insert(
        db_path,
        "INSERT INTO handoffs (created_at, conversation_id, channel, state, outcome, escalation_level, ended_at,"
        " last_activity_at) VALUES (?, ?, ?, 'ended', ?, ?, ?, ?)",
        (now, conversation_id, channel, outcome, escalation_level, now, now),
    )


def set_staff_post(db_path: Database, handoff_id: int, staff_channel: str, staff_ts: str) -> None:
    bot_db.update(
        db_path, "UPDATE handoffs SET staff_channel = ?, staff_ts = ? WHERE id = ?", (staff_channel, staff_ts, handoff_id)
    )


def claim(db_path: Database, handoff_id: int, staff_user: str) -> bool:
    """``waiting`` -> ``active``; False if it was not waiting (already claimed or ended)."""
    now = bot_db.utc_now()
    return (
        bot_db.update(
            db_path,
            "UPDATE handoffs SET state = 'active', claimed_by = ?, claimed_at = ?, last_activity_at = ?"
            " WHERE id = ? AND state = 'waiting'",
            (staff_user, now, now, handoff_id),
        )
        > 0
    )


def end(db_path: Database, handoff_id: int, outcome: Outcome) -> bool:
    """Any open state -> ``ended`` with ``outcome``; False if it had already ended."""
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {OUTCOMES}, not {outcome!r}")
    now = bot_db.utc_now()
    return (
        bot_db.update(
            db_path,
            "UPDATE handoffs SET state = 'ended', outcome = ?, ended_at = ? WHERE id = ? AND state != 'ended'",
            (outcome, now, handoff_id),
        )
        > 0
    )


def count_message(db_path: Database, handoff_id: int, sender: Literal["patient", "staff"]) -> None:
    column = "patient_messages" if sender == "patient" else "staff_messages"
    bot_db.update(
        db_path, f"UPDATE handoffs SET {column} = {column} + 1, last_activity_at = ? WHERE id = ?", (bot_db.utc_now(), handoff_id)
    )


def record_post(db_path: Database, handoff_id: int, conversation_id: str, staff_channel: str, ts: str) -> None:
    """A Slack message carrying the patient's words (deleted from Slack when the patient erases the conversation)."""
    bot_db.insert(
        db_path,
        "INSERT INTO handoff_posts (created_at, handoff_id, conversation_id, staff_channel, ts) VALUES (?, ?, ?, ?, ?)",
        (bot_db.utc_now(), handoff_id, conversation_id, staff_channel, ts),
    )


def posts_of(db_path: Database, conversation_id: str) -> List[Tuple[str, str]]:
    """(Slack channel, ts) of the messages holding this conversation's words."""
    rows = bot_db.query(db_path, "SELECT staff_channel, ts FROM handoff_posts WHERE conversation_id = ?", (conversation_id,))
    return [(r["staff_channel"], r["ts"]) for r in rows]


def forget_posts(db_path: Database, conversation_id: str) -> int:
    return bot_db.update(db_path, "DELETE FROM handoff_posts WHERE conversation_id = ?", (conversation_id,))


def get_handoff(db_path: Database, handoff_id: int) -> Optional[Handoff]:
    rows = bot_db.query(db_path, "SELECT * FROM handoffs WHERE id = ?", (handoff_id,))
    return _handoff(rows[0]) if rows else None


def open_handoffs(db_path: Database) -> List[Handoff]:
    """Handoffs still waiting or active, oldest first (picked up again after a restart)."""
    return [_handoff(r) for r in bot_db.query(db_path, "SELECT * FROM handoffs WHERE state != 'ended' ORDER BY id")]


def list_handoffs(db_path: Database, limit: Optional[int] = None) -> List[Handoff]:
    """Handoffs oldest first; with ``limit``, only the most recent ones."""
    sql = "SELECT * FROM handoffs ORDER BY id DESC" + (" LIMIT ?" if limit is not None else "")
    rows = bot_db.query(db_path, sql, (limit,) if limit is not None else ())
    return [_handoff(r) for r in reversed(rows)]


def outcome_counts(db_path: Database) -> Dict[str, int]:
    """Handoffs per outcome, with the open ones counted under their state."""
    rows = bot_db.query(
        db_path, "SELECT CASE WHEN state = 'ended' THEN outcome ELSE state END AS what, COUNT(*) AS n FROM handoffs GROUP BY what"
    )
    return {r["what"]: r["n"] for r in rows}
