"""Feedback on answers (bot/feedback.py): stored per fact and channel, the comment attached to the
right 👎, and erased or purged like every other text a patient typed."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot import bot_db
from bot.fact_replies import Button, FactReply
from bot.feedback import (
    COMMENT_WINDOW,
    add_comment,
    feedback_buttons,
    list_feedback,
    looks_like_question,
    record_answer,
    record_vote,
    vote_payload,
    with_feedback,
)
from bot.privacy import erased_id, forget_conversation, purge_expired
from bot.settings import Settings

MARKER = "QZX-missing-price-4417"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(var_dir=tmp_path / "var", retention_days=30)


def all_bytes(var_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in var_dir.rglob("*") if p.is_file())


def test_buttons_carry_the_fact_in_a_payload_rasa_reads_as_intent_and_entity() -> None:
    up, down = feedback_buttons("efficacy")
    assert up.payload == '/feedback_helpful{"feedback_fact":"efficacy"}'
    assert down.payload == '/feedback_unhelpful{"feedback_fact":"efficacy"}'
    assert json.loads(down.payload[down.payload.index("{") :]) == {"feedback_fact": "efficacy"}
    assert vote_payload("feedback_helpful", "x") == up.payload.replace("efficacy", "x")


def test_with_feedback_keeps_the_replys_own_buttons_first() -> None:
    topic = Button("Side effects", "/ask_side_effects")
    reply = with_feedback(FactReply("efficacy", "text", (topic,)))
    assert reply.buttons == (topic, *feedback_buttons("efficacy")) and reply.text == "text"


def test_votes_are_stored_per_fact_and_channel(settings: Settings) -> None:
    db = settings.bot_db_path
    record_vote(db, "c1", "socketio", "efficacy", True)
    record_vote(db, "c2", "slack", "efficacy", False)
    record_vote(db, "c2", "slack", "ingredients", True)
    assert [(f.conversation_id, f.channel, f.fact_id, f.helpful, f.comment) for f in list_feedback(db)] == [
        ("c1", "socketio", "efficacy", True, ""),
        ("c2", "slack", "efficacy", False, ""),
        ("c2", "slack", "ingredients", True, ""),
    ]


def test_the_comment_goes_to_the_conversations_latest_thumbs_down(settings: Settings) -> None:
    db = settings.bot_db_path
    record_vote(db, "c1", "socketio", "efficacy", False)
    record_vote(db, "c1", "socketio", "ingredients", False)
    record_vote(db, "c1", "socketio", "side_effects", True)
    record_vote(db, "c2", "socketio", "minoxidil", False)
    assert add_comment(db, "c1", f"  the   price {MARKER} ") == "ingredients"
    comments = {(f.conversation_id, f.fact_id): f.comment for f in list_feedback(db)}
    assert comments[("c1", "ingredients")] == f"the price {MARKER}"
    assert comments[("c1", "efficacy")] == comments[("c2", "minoxidil")] == comments[("c1", "side_effects")] == ""


def test_no_comment_without_a_recent_thumbs_down(settings: Settings) -> None:
    db = settings.bot_db_path
    assert add_comment(db, "c1", "no vote yet") is None
    record_vote(db, "c1", "rest", "efficacy", False)
    later = datetime.now(timezone.utc) + COMMENT_WINDOW + timedelta(minutes=1)
    assert add_comment(db, "c1", "much later", now=later) is None
    assert add_comment(db, "c1", "   ") is None
    assert add_comment(db, "c1", "x" * 900) == "efficacy"
    assert len(list_feedback(db)[0].comment) == 500
    assert add_comment(db, "c1", "a second comment") is None  # that 👎 has its comment


@pytest.mark.parametrize(
    "text, question",
    [
        ("how many sessions do I need", True),
        ("the price?", True),
        ("Tell me about the price", True),
        ("the price per session", False),
        ("it didn't say how long results last", False),
        ("", False),
    ],
)
def test_a_question_is_told_from_a_remark(text: str, question: bool) -> None:
    assert looks_like_question(text) is question


def test_forget_deletes_the_comment_and_unlinks_votes_and_answers(settings: Settings) -> None:
    db = settings.bot_db_path
    record_answer(db, "person-1", "socketio", "efficacy")
    record_vote(db, "person-1", "socketio", "efficacy", False)
    add_comment(db, "person-1", f"what about {MARKER}")
    record_vote(db, "someone-else", "slack", "efficacy", False)
    add_comment(db, "someone-else", "kept comment")

    report = forget_conversation(settings, "person-1")
    assert report.feedback_minimised == 1 and report.answers_minimised == 1 and report.found
    rows = {f.conversation_id: f for f in list_feedback(db)}
    assert rows[erased_id("person-1")].comment == "" and not rows[erased_id("person-1")].helpful  # the vote still counts
    assert rows["someone-else"].comment == "kept comment"
    assert [r[0] for r in bot_db.query(db, "SELECT conversation_id FROM fact_answers")] == [erased_id("person-1")]
    assert MARKER.encode() not in all_bytes(settings.var_dir)
    assert b"person-1" not in all_bytes(settings.var_dir)


def test_retention_purges_old_comments_and_keeps_recent_ones(settings: Settings) -> None:
    db = settings.bot_db_path
    record_vote(db, "old", "rest", "efficacy", False)
    add_comment(db, "old", f"old {MARKER}")
    record_answer(db, "old", "rest", "efficacy")
    with sqlite3.connect(db) as conn:  # both written 40 days ago
        old = (datetime.now(timezone.utc) - timedelta(days=40)).isoformat(timespec="milliseconds")
        conn.execute("UPDATE feedback SET created_at = ?", (old,))
        conn.execute("UPDATE fact_answers SET created_at = ?", (old,))
    record_vote(db, "new", "rest", "efficacy", False)
    add_comment(db, "new", "recent comment")

    report = purge_expired(settings)
    assert report.feedback_minimised == 1 and report.answers_minimised == 1
    assert {f.conversation_id: f.comment for f in list_feedback(db)} == {erased_id("old"): "", "new": "recent comment"}
    assert MARKER.encode() not in all_bytes(settings.var_dir)


def test_the_feedback_tables_are_owner_only(settings: Settings) -> None:
    record_vote(settings.bot_db_path, "c", "rest", "efficacy", True)
    assert settings.bot_db_path.stat().st_mode & 0o077 == 0
