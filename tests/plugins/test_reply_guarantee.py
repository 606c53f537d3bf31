"""The reply guarantee every channel shares (`rasa_plugins.message_guard.with_reply_guarantee`): a turn
that was answered but failed, or whose tracker could not be stored, is never left looking done."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest
from rasa.core.channels.channel import OutputChannel, UserMessage

from rasa_plugins.message_guard import fallback_text, with_reply_guarantee
from rasa_plugins.tracker_store import STORE_FAILED
from tests.async_helpers import run_async


class Collected(OutputChannel):
    def __init__(self) -> None:
        self.texts: List[str] = []

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        self.texts.append(message.get("text") or "")


def handle(behaviour: str) -> List[str]:
    async def on_new_message(message: UserMessage) -> None:
        if behaviour != "silent":
            await message.output_channel.send_response(message.sender_id, {"text": "the answer"})
        if behaviour == "not stored":
            STORE_FAILED.set(True)  # as CachedSQLTrackerStore does when its database write fails
        if behaviour == "raises after answering":
            raise RuntimeError("lock store unreachable")

    channel = Collected()
    run_async(with_reply_guarantee(on_new_message)(UserMessage("hi", channel, "someone")))
    return channel.texts


@pytest.mark.parametrize(
    "behaviour, expected",
    [
        ("answers", ["the answer"]),
        ("silent", ["FALLBACK"]),
        ("not stored", ["the answer", "FALLBACK"]),
        ("raises after answering", ["the answer", "FALLBACK"]),
    ],
)
def test_the_fallback_reply_follows_every_turn_that_did_not_go_through(behaviour: str, expected: List[str]):
    assert handle(behaviour) == [fallback_text() if t == "FALLBACK" else t for t in expected]


def test_a_failed_store_in_one_turn_does_not_mark_the_next_one():
    assert handle("not stored")[-1] == fallback_text()
    assert handle("answers") == ["the answer"]
