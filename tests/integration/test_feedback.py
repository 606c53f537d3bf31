"""Feedback through the running bot (REST): 👍/👎 on an answer, "what was missing?", the comment
stored and reported, skipping, asking or reporting a symptom instead, and erasure (issue 15)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.feedback import feedback_buttons, list_feedback
from bot.privacy import erased_id
from bot.settings import PROJECT_ROOT, Settings
from tests.bot_client import BotClient, button_payloads, new_sender, texts

pytestmark = pytest.mark.integration

ASK_MISSING = "What was missing?"


def ask_efficacy(bot: BotClient, sender: str) -> None:
    replies = bot.send(sender, "does mesotherapy regrow hair?")
    up, down = (b.payload for b in feedback_buttons("efficacy"))
    assert up in button_payloads(replies) and down in button_payloads(replies)


def test_feedback_is_stored_and_reported(bot: BotClient, bot_settings: Settings) -> None:
    db = bot_settings.bot_db_path
    up, down = (b.payload for b in feedback_buttons("efficacy"))
    liker, critic = new_sender(), new_sender()
    ask_efficacy(bot, liker)
    assert any(t.startswith("Thank you for letting us know") for t in texts(bot.send(liker, up)))

    ask_efficacy(bot, critic)
    asked = bot.send(critic, down)
    assert any(ASK_MISSING in t for t in texts(asked)) and "/deny" in button_payloads(asked)  # the Skip button
    thanks = texts(bot.send(critic, "the cost and where to get it done near me"))
    assert any("the clinic's team reads these" in t for t in thanks)

    votes = {v.conversation_id: v for v in list_feedback(db)}
    assert (votes[liker].fact_id, votes[liker].helpful, votes[liker].channel) == ("efficacy", True, "rest")
    assert (votes[critic].fact_id, votes[critic].helpful) == ("efficacy", False)
    assert votes[critic].comment == "the cost and where to get it done near me"

    report = subprocess.run(
        [sys.executable, "-m", "bot.report", "--db", str(db)], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60
    )
    assert report.returncode == 0, report.stderr
    efficacy_row = next(ln.split() for ln in report.stdout.splitlines() if ln.startswith("efficacy "))
    answered, _more, helped, not_helped = (int(n) for n in efficacy_row[1:5])
    assert answered >= 2 and helped >= 1 and not_helped >= 1
    assert "  efficacy: the cost and where to get it done near me" in report.stdout.splitlines()
    logs = b"".join(p.read_bytes() for p in (bot_settings.var_dir / "logs").glob("*.log"))
    assert logs and b"where to get it done near me" not in logs  # never logged


def test_a_typed_slash_feedback_payload_that_was_not_offered_is_read_as_text(bot: BotClient, bot_settings: Settings) -> None:
    sender = new_sender()
    bot.send(sender, "hello")
    bot.send(sender, '/feedback_unhelpful{"feedback_fact":"regulation"}')
    assert [v for v in list_feedback(bot_settings.bot_db_path) if v.conversation_id == sender] == []


def test_skipping_what_was_missing_stores_no_comment(bot: BotClient, bot_settings: Settings) -> None:
    sender = new_sender()
    ask_efficacy(bot, sender)
    bot.send(sender, feedback_buttons("efficacy")[1].payload)
    skipped = texts(bot.send(sender, "/deny"))
    assert any("anything else" in t.lower() for t in skipped)
    [vote] = [v for v in list_feedback(bot_settings.bot_db_path) if v.conversation_id == sender]
    assert not vote.helpful and vote.comment == ""


def test_a_question_instead_of_a_comment_is_answered(bot: BotClient, bot_settings: Settings) -> None:
    sender = new_sender()
    ask_efficacy(bot, sender)
    bot.send(sender, feedback_buttons("efficacy")[1].payload)
    answer = texts(bot.send(sender, "what is in the injections?"))
    assert any("the clinic's team reads these" in t for t in answer) is False
    assert bot.slot(sender, "fact_id") == "ingredients"
    [vote] = [v for v in list_feedback(bot_settings.bot_db_path) if v.conversation_id == sender]
    assert vote.comment == ""


def test_a_symptom_report_instead_of_a_comment_still_escalates(bot: BotClient, bot_settings: Settings) -> None:
    sender = new_sender()
    ask_efficacy(bot, sender)
    bot.send(sender, feedback_buttons("efficacy")[1].payload)
    replies = texts(bot.send(sender, "my scalp is hot red and swollen and there is pus"))
    assert replies[0].startswith("⚠️ See a doctor today")
    assert bot.slot(sender, "escalation_level") in ("urgent", "emergency")
    [vote] = [v for v in list_feedback(bot_settings.bot_db_path) if v.conversation_id == sender]
    assert vote.comment == ""


def test_deleting_the_conversation_deletes_the_feedback_comment(bot: BotClient, bot_settings: Settings) -> None:
    sender, marker = new_sender(), "QZX missing the price list 5521"
    ask_efficacy(bot, sender)
    bot.send(sender, feedback_buttons("efficacy")[1].payload)
    bot.send(sender, marker)
    assert any(v.comment == marker for v in list_feedback(bot_settings.bot_db_path))
    bot.send(sender, "delete my conversation")
    bot.send(sender, "/confirm_forget")
    votes = [v for v in list_feedback(bot_settings.bot_db_path) if v.conversation_id in (sender, erased_id(sender))]
    assert [(v.conversation_id, v.comment) for v in votes] == [(erased_id(sender), "")]
    stored = b"".join(p.read_bytes() for p in bot_settings.var_dir.rglob("*.db*") if p.is_file())
    assert marker.encode() not in stored
