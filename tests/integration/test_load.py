"""Concurrent conversations against the session's bot (bench/load.py at the issue's full size, 50
conversations of 20 messages, which takes under a minute): every request answered, and the tracker
store holds exactly what was sent and received, nothing lost or duplicated. `make bench` runs the same
and times it."""

from __future__ import annotations

import pytest

from bench.load import check_trackers, run_load
from tests.bot_client import BotClient

pytestmark = [pytest.mark.integration, pytest.mark.load]

CONVERSATIONS = 50
MESSAGES = 20


def test_concurrent_conversations_are_all_answered_and_recorded_exactly_once(bot: BotClient):
    result = run_load(bot.base_url, conversations=CONVERSATIONS, messages=MESSAGES)

    assert len(result.requests) == CONVERSATIONS * MESSAGES
    assert not result.errors, [(r.sender, r.turn.text, r.error) for r in result.errors[:5]]
    assert not result.empty_replies, [(r.sender, r.turn.text) for r in result.empty_replies[:5]]
    symptoms = [r for r in result.requests if r.turn.kind in ("urgent", "emergency")]
    assert symptoms and all(r.got_advice for r in symptoms), [(r.turn.text, r.reply_texts()) for r in symptoms]

    check = check_trackers(bot.base_url, result, token=bot.settings.rasa_api_token)
    summary = check.summary()
    assert summary["user_messages_in_tracker"] == summary["user_messages_sent"] == CONVERSATIONS * MESSAGES
    assert summary["bot_replies_in_tracker"] == summary["bot_replies_received"] > 0
    assert check.ok, [c for c in check.failures[:3]]
