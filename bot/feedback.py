"""Whether an answer helped: the 👍/👎 buttons under each fact answer, the votes and the optional
"what was missing?" text, and the count of answers given (so a curator sees how often each fact is
used and how often it fails).

The comment is the patient's own words, so it is health data like the rest of `var/bot.db`: retention
and erasure (`bot.privacy`) blank it and replace the conversation id; the vote itself is kept for the
counts. Nothing here logs a comment. All functions raise `bot.bot_db.BotDbError` when the database
cannot be used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Literal, Optional, Tuple

from bot import bot_db
from bot.bot_db import Database
from bot.fact_replies import Button, FactReply
from bot.names import ENTITY_FEEDBACK_FACT, INTENT_FEEDBACK_HELPFUL, INTENT_FEEDBACK_UNHELPFUL
from bot.topic_split import is_question

AnswerKind = Literal["answer", "more"]
HELPFUL_TITLE = "👍 Helpful"
UNHELPFUL_TITLE = "👎 Not helpful"
MAX_COMMENT_CHARS = 500
# A comment is attached to the conversation's latest 👎 only if it comes this soon after it.
COMMENT_WINDOW = timedelta(minutes=30)


@dataclass(frozen=True)
class FeedbackRecord:
    id: int
    created_at: str
    conversation_id: str
    channel: str
    fact_id: str
    helpful: bool
    comment: str


def vote_payload(intent: str, fact_id: str) -> str:
    """`/feedback_helpful{"feedback_fact":"efficacy"}`: Rasa reads the intent and the entity without NLU."""
    return f"/{intent}{json.dumps({ENTITY_FEEDBACK_FACT: fact_id}, separators=(',', ':'))}"


def feedback_buttons(fact_id: str) -> Tuple[Button, Button]:
    """The 👍/👎 pair offered after an answer about ``fact_id``."""
    return (
        Button(title=HELPFUL_TITLE, payload=vote_payload(INTENT_FEEDBACK_HELPFUL, fact_id)),
        Button(title=UNHELPFUL_TITLE, payload=vote_payload(INTENT_FEEDBACK_UNHELPFUL, fact_id)),
    )


def record_answer(db_path: Database, conversation_id: str, channel: str, fact_id: str, kind: AnswerKind = "answer") -> int:
    """One fact answer given (``kind`` "more" for "Tell me more"); returns the row id."""
    if kind not in ("answer", "more"):
        raise ValueError(f"kind must be 'answer' or 'more', not {kind!r}")
    return bot_db.insert(
        db_path,
        "INSERT INTO fact_answers (created_at, conversation_id, channel, fact_id, kind) VALUES (?, ?, ?, ?, ?)",
        (bot_db.utc_now(), conversation_id, channel, fact_id, kind),
    )


def record_vote(db_path: Database, conversation_id: str, channel: str, fact_id: str, helpful: bool) -> int:
    """One 👍 (``helpful``) or 👎 on an answer about ``fact_id``; returns the row id."""
    return bot_db.insert(
        db_path,
        "INSERT INTO feedback (created_at, conversation_id, channel, fact_id, helpful) VALUES (?, ?, ?, ?, ?)",
        (bot_db.utc_now(), conversation_id, channel, fact_id, 1 if helpful else 0),
    )


def add_comment(db_path: Database, conversation_id: str, text: str, now: Optional[datetime] = None) -> Optional[str]:
    """Attach "what was missing?" to the conversation's latest 👎 without a comment (given within
    COMMENT_WINDOW); returns the fact id it was attached to, or None when there is no such vote."""
    text = " ".join((text or "").split())[:MAX_COMMENT_CHARS]
    if not text:
        return None
    since = ((now or datetime.now(timezone.utc)) - COMMENT_WINDOW).astimezone(timezone.utc).isoformat(timespec="milliseconds")
    with bot_db.transaction(db_path) as conn:
        row = conn.execute(
            "SELECT id, fact_id FROM feedback WHERE conversation_id = ? AND helpful = 0 AND comment = ''"
            " AND created_at >= ? ORDER BY id DESC LIMIT 1",
            (conversation_id, since),
        ).fetchone()
        if row is None:
            return None
        conn.execute("UPDATE feedback SET comment = ? WHERE id = ?", (text, row["id"]))
        return str(row["fact_id"])


def looks_like_question(text: str) -> bool:
    """A question ("how many sessions?") rather than a remark ("the price"): after "what was missing?"
    a question is answered, a remark is kept as the comment."""
    stripped = (text or "").strip()
    return bool(stripped) and is_question(stripped.rstrip("?!. "), stripped)  # one rule: bot.topic_split


def list_feedback(db_path: Database, conversation_id: Optional[str] = None) -> list[FeedbackRecord]:
    """Every vote, oldest first (one conversation's, if given)."""
    where, params = ("WHERE conversation_id = ?", (conversation_id,)) if conversation_id is not None else ("", ())
    rows = bot_db.query(db_path, f"SELECT * FROM feedback {where} ORDER BY id", params)
    return [
        FeedbackRecord(
            id=r["id"],
            created_at=r["created_at"],
            conversation_id=r["conversation_id"],
            channel=r["channel"],
            fact_id=r["fact_id"],
            helpful=bool(r["helpful"]),
            comment=r["comment"],
        )
        for r in rows
    ]


def with_feedback(reply: FactReply) -> FactReply:
    """The reply with the 👍/👎 pair after its own buttons (on the same message, so the widget, which
    shows only the latest message's buttons, keeps the topics too)."""
    return replace(reply, buttons=reply.buttons + feedback_buttons(reply.fact_id))
