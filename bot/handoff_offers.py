"""Staff offer a chat after an escalation (docs/handoff.md, "Staff offer a chat"): records, decisions, texts.

Rasa-free. When a conversation escalates (urgent or emergency), the Rasa server's handoff desk posts
the staff alert in the staff channel too, after the turn (the instruction has already gone out), with
an "Offer a chat" button where staff can reach the patient (`bot.handoff.staff_can_reach`). A press
opens the chat at once, claimed by whoever pressed (`press_outcome` says what else can happen).

Why at once and not an "accept" button for the patient: it follows an emergency or urgent report, when
a clinician wants to reach the patient without a round trip, and a worried patient should not have to
find a button first. The patient is told before anything they write goes to Slack (the same notice as
when they ask for a person), nothing they wrote before is copied, the red-flag layer still answers
every message, and the chat ends like any other (Close, or the idle timeout).

A row of ``handoff_offers`` holds no patient text: the conversation id (hashed on erasure, like the
handoffs'), channel, level, the staff post, who pressed and when, the outcome, and the handoff it
started or joined. ``open`` -> ``ended`` is one conditional UPDATE, so two presses resolve it once.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Dict, List, Literal, Mapping, Optional, Set, Tuple, get_args

from bot import bot_db
from bot.bot_db import Database
from bot.handoff import RequestSummary, at_a_glance, channel_name

OfferOutcome = Literal[
    "chat_started",  # pressed: a chat opened, claimed by whoever pressed
    "joined_request",  # pressed while the patient's own request waited: that request is claimed instead
    "already_with_staff",  # pressed while another staff member had the chat: nothing changes
    "expired",  # nobody pressed it before the patient had been silent for HANDOFF_IDLE_SECONDS
    "erased",  # the patient deleted the conversation (before or when it was pressed)
    "unavailable",  # the staff channel could not be reached, or the server restarted
]
OFFER_OUTCOMES: Tuple[str, ...] = get_args(OfferOutcome)


@dataclass(frozen=True)
class StaffOffer:
    id: int
    created_at: str
    conversation_id: str
    channel: str
    escalation_level: str
    staff_channel: str
    staff_ts: str
    state: str
    outcome: str
    offered_by: str
    offered_at: Optional[str]
    ended_at: Optional[str]
    handoff_id: Optional[int]


def press_outcome(conversation_exists: bool, handoff_state: Optional[str]) -> OfferOutcome:
    """What a press on an open offer does. Opening hours do not matter: whoever pressed is there now,
    so nobody is left waiting (the reason a patient's request is refused outside CLINIC_HOURS)."""
    if not conversation_exists:
        return "erased"
    if handoff_state == "waiting":
        return "joined_request"
    if handoff_state == "active":
        return "already_with_staff"
    return "chat_started"


# -- what staff read ------------------------------------------------------------------------------
_HEADER = {"emergency": ":rotating_light: EMERGENCY", "urgent": ":warning: URGENT"}


def alert_text(summary: RequestSummary, sign_labels: Mapping[str, str], can_chat: bool, lapse_seconds: int) -> str:
    """The staff alert as posted in the staff channel: the handoff request's at-a-glance form, no patient words."""
    minutes = max(1, round(lapse_seconds / 60))
    action = (
        "Offer a chat to write to the patient now: they are told at once, what they write then appears in this "
        f"thread, and your replies in this thread go to them. The offer lapses after {minutes} min without a "
        "message from them."
        if can_chat
        else "A chat is not possible on this channel: follow up by phone (the conversation is in `make report`)."
    )
    return f"{escalation_text(summary, sign_labels)}\n{action}"


def escalation_text(summary: RequestSummary, sign_labels: Mapping[str, str]) -> str:
    """Level, conversation and channel, then the at-a-glance lines (a later escalation, in the offer's thread)."""
    header = _HEADER.get(summary.escalation_level, ":bell: " + summary.escalation_level.upper())
    return (
        f"{header} escalation in conversation {summary.conversation_ref} ({channel_name(summary.channel)}): "
        f"the bot's instruction has gone out.\n{at_a_glance(summary, sign_labels)}"
    )


def offered_text(staff_user: str) -> str:
    return (
        f"<@{staff_user}> offered a chat and is now with the patient. Reply in this thread to write to them; Close ends the chat."
    )


def outcome_note(outcome: str, staff_user: str = "", claimer: str = "", lapse_seconds: int = 0) -> str:
    """The line that replaces the button when an offer ends without starting a chat here."""
    minutes = max(1, round(lapse_seconds / 60))
    return {
        "joined_request": f"<@{staff_user}> offered a chat: the patient had asked for a person meanwhile, so that "
        "request is now claimed by them (see its post).",
        "already_with_staff": f"No new chat: the patient is already in a chat with <@{claimer}>." if claimer else "No new chat.",
        "expired": f"Offer lapsed: the patient wrote nothing for {minutes} min.",
        "erased": "The patient deleted the conversation: no chat is possible.",
        "unavailable": "This offer is no longer open (the bot restarted): follow up by phone.",
    }.get(outcome, "This offer is no longer open.")


# -- records -------------------------------------------------------------------------------------
def _offer(row: Any) -> StaffOffer:
    return StaffOffer(**{key: row[key] for key in row.keys()})


def open_offer(db: Database, conversation_id: str, channel: str, escalation_level: str) -> int:
    return bot_db.insert(
        db,
        "INSERT INTO handoff_offers (created_at, conversation_id, channel, escalation_level) VALUES (?, ?, ?, ?)",
        (bot_db.utc_now(), conversation_id, channel, escalation_level),
    )


def set_offer_post(db: Database, offer_id: int, staff_channel: str, staff_ts: str) -> None:
    bot_db.update(
        db, "UPDATE handoff_offers SET staff_channel = ?, staff_ts = ? WHERE id = ?", (staff_channel, staff_ts, offer_id)
    )


def resolve(db: Database, offer_id: int, outcome: OfferOutcome, staff_user: str = "", handoff_id: Optional[int] = None) -> bool:
    """``open`` -> ``ended``; False if it had already ended (a second press, a press racing the lapse)."""
    if outcome not in OFFER_OUTCOMES:
        raise ValueError(f"outcome must be one of {OFFER_OUTCOMES}, not {outcome!r}")
    now = bot_db.utc_now()
    pressed = bool(staff_user)
    return (
        bot_db.update(
            db,
            "UPDATE handoff_offers SET state = 'ended', outcome = ?, offered_by = ?, offered_at = ?, ended_at = ?,"
            " handoff_id = ? WHERE id = ? AND state = 'open'",
            (outcome, staff_user, now if pressed else None, now, handoff_id, offer_id),
        )
        > 0
    )


def get_offer(db: Database, offer_id: int) -> Optional[StaffOffer]:
    rows = bot_db.query(db, "SELECT * FROM handoff_offers WHERE id = ?", (offer_id,))
    return _offer(rows[0]) if rows else None


def open_offers(db: Database) -> List[StaffOffer]:
    return [_offer(r) for r in bot_db.query(db, "SELECT * FROM handoff_offers WHERE state = 'open' ORDER BY id")]


def offer_counts(db: Database) -> Dict[str, int]:
    """Offers per outcome, the open ones as "open"."""
    rows = bot_db.query(
        db,
        "SELECT CASE WHEN state = 'ended' THEN outcome ELSE state END AS what, COUNT(*) AS n FROM handoff_offers GROUP BY what",
    )
    return {r["what"]: r["n"] for r in rows}


def offered_handoff_ids(db: Database) -> Set[int]:
    """The handoffs a staff offer started (not waited for: no claim wait)."""
    rows = bot_db.query(db, "SELECT handoff_id FROM handoff_offers WHERE outcome = 'chat_started' AND handoff_id IS NOT NULL")
    return {int(r["handoff_id"]) for r in rows}


def median_offer_s(db: Database) -> Optional[float]:
    """Median seconds from an escalation's staff alert to a staff member pressing "Offer a chat"."""
    rows = bot_db.query(db, "SELECT created_at, offered_at FROM handoff_offers WHERE offered_at IS NOT NULL")
    waits = [(datetime.fromisoformat(r["offered_at"]) - datetime.fromisoformat(r["created_at"])).total_seconds() for r in rows]
    return statistics.median(waits) if waits else None
