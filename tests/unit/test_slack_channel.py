"""The Slack channel's decisions (which events get an answer, de-duplication, message layout),
and its output channel posting to a real loopback stand-in for Slack's web API."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, Optional

import pytest

from rasa_plugins.slack_channel import (
    ClinicSlackBot,
    DeduplicatingSlackInput,
    TtlKeyCache,
    button_message,
    classify_event,
    dedupe_keys,
    slack_escape,
    slack_unescape,
    thread_key,
)
from tests.async_helpers import run_async
from tests.http_capture import CaptureServer

BOT = "UBOT0001"


def envelope(event: Dict[str, Any], event_id: str = "Ev001", **extra: Any) -> Dict[str, Any]:
    return {
        "type": "event_callback",
        "team_id": "T001",
        "api_app_id": "A001",
        "event_id": event_id,
        "event_time": 1700000000,
        "authorizations": [{"team_id": "T001", "user_id": BOT, "is_bot": True}],
        "event": event,
        **extra,
    }


def message(text: str = "does mesotherapy regrow hair?", **fields: Any) -> Dict[str, Any]:
    event = {
        "type": "message",
        "user": "U001",
        "text": text,
        "channel": "C001",
        "channel_type": "channel",
        "ts": "1700000000.000100",
    }
    event.update(fields)
    return event


def mention(text: str = f"<@{BOT}> does mesotherapy regrow hair?", **fields: Any) -> Dict[str, Any]:
    event = {"type": "app_mention", "user": "U001", "text": text, "channel": "C001", "ts": "1700000000.000100"}
    event.update(fields)
    return event


# -- TtlKeyCache ------------------------------------------------------------------------------
class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_claim_is_true_once_per_key_until_it_expires() -> None:
    clock = FakeClock()
    cache = TtlKeyCache(ttl_s=60, max_keys=100, clock=clock)
    assert cache.claim(["a", "b"]) is True
    assert cache.claim(["b"]) is False
    assert cache.claim(["c", "a"]) is False  # any known key makes it a duplicate...
    assert "c" in cache  # ...and its other keys are remembered too
    clock.now += 61
    assert cache.claim(["a"]) is True
    assert len(cache) == 1


def test_cache_is_bounded_dropping_the_oldest_keys() -> None:
    cache = TtlKeyCache(ttl_s=600, max_keys=3, clock=FakeClock())
    for key in "abcde":
        cache.add(key)
    assert len(cache) == 3
    assert "a" not in cache and "b" not in cache and "e" in cache


def test_cache_rejects_nonsense_limits() -> None:
    with pytest.raises(ValueError):
        TtlKeyCache(ttl_s=0, max_keys=1)


# -- de-duplication keys ------------------------------------------------------------------------
def test_message_and_app_mention_of_one_message_share_keys() -> None:
    as_message = envelope(message(client_msg_id="abc-123"), event_id="Ev1")
    as_mention = envelope(mention(client_msg_id="abc-123"), event_id="Ev2")
    assert set(dedupe_keys(as_message)) & set(dedupe_keys(as_mention)) == {"msg:C001:1700000000.000100", "client:abc-123"}
    assert "event:Ev1" in dedupe_keys(as_message)


# -- which events are answered ----------------------------------------------------------------
def test_app_mention_in_a_channel_is_answered_in_a_thread_under_it() -> None:
    found, reason = classify_event(envelope(mention()))
    assert found is not None and reason == ""
    assert (found.user, found.channel, found.thread_root, found.is_direct) == ("U001", "C001", "1700000000.000100", False)
    assert found.bot_user_ids == (BOT,)


def test_direct_message_is_answered_in_the_dm_not_a_thread() -> None:
    found, _ = classify_event(envelope(message(channel="D001", channel_type="im")))
    assert found is not None and found.is_direct and found.thread_root is None
    threaded, _ = classify_event(envelope(message(channel="D001", channel_type="im", thread_ts="1699999999.000001")))
    assert threaded is not None and threaded.thread_root == "1699999999.000001"


def test_channel_message_without_a_mention_is_ignored() -> None:
    found, reason = classify_event(envelope(message()))
    assert found is None and "mention" in reason


def test_later_messages_in_a_thread_the_bot_talks_in_need_no_mention() -> None:
    threads = TtlKeyCache(3600, 100)
    reply = message(ts="1700000000.000200", thread_ts="1700000000.000100")
    assert classify_event(envelope(reply), active_threads=threads)[0] is None
    threads.add(thread_key("C001", "1700000000.000100", "U001"))
    found, _ = classify_event(envelope(reply), active_threads=threads)
    assert found is not None and found.thread_root == "1700000000.000100"
    # someone else writing in that thread still has to mention the bot
    other = message(ts="1700000000.000300", thread_ts="1700000000.000100", user="U002")
    assert classify_event(envelope(other), active_threads=threads)[0] is None


@pytest.mark.parametrize(
    "event",
    [
        message(subtype="message_changed"),
        message(subtype="channel_join", text="<@U001> has joined the channel"),
        message(subtype="bot_message", bot_id="B001"),
        message(channel_type="im", channel="D001", bot_id="B001"),
        message(channel_type="im", channel="D001", user=BOT),
        message(channel_type="im", channel="D001", text="   "),
        {"type": "reaction_added", "user": "U001", "reaction": "thumbsup"},
    ],
    ids=["edit", "join", "bot-subtype", "bot-id", "own-user", "blank", "reaction"],
)
def test_bots_edits_joins_and_other_events_are_ignored(event: Dict[str, Any]) -> None:
    assert classify_event(envelope(event))[0] is None


def test_thread_broadcast_is_a_user_message() -> None:
    assert classify_event(envelope(mention(subtype="thread_broadcast")))[0] is not None


def test_slack_channel_setting_restricts_to_that_channel_and_answers_everything_in_it() -> None:
    assert classify_event(envelope(mention(channel="C999")), restrict_channel="C001")[0] is None
    assert classify_event(envelope(message(channel="D001", channel_type="im")), restrict_channel="C001")[0] is None
    assert classify_event(envelope(message()), restrict_channel="C001")[0] is not None


# -- conversation ids -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "granularity, thread, expected",
    [
        ("thread", "1700.1", "U001_C001_1700.1"),
        ("thread", None, "U001_C001"),
        ("channel", "1700.1", "U001_C001"),
        ("sender", "1700.1", "U001"),
    ],
)
def test_conversation_ids(granularity: str, thread: Optional[str], expected: str) -> None:
    channel = DeduplicatingSlackInput("xoxb-test", slack_signing_secret="s", conversation_granularity=granularity)
    assert channel._get_conversation_id("U001", "C001", thread) == expected


def test_signing_secret_is_required() -> None:
    with pytest.raises(Exception, match="signing secret"):
        DeduplicatingSlackInput("xoxb-test", slack_signing_secret="")


def test_socket_mode_alone_needs_no_signing_secret_and_turns_the_events_api_off() -> None:
    channel = DeduplicatingSlackInput("xoxb-test", slack_signing_secret="", app_token="xapp-1-test")
    assert channel.app_token == "xapp-1-test" and not channel.events_api


def test_from_credentials_takes_the_api_base_url_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_API_BASE_URL", "http://127.0.0.1:9/api/")
    channel = DeduplicatingSlackInput.from_credentials(
        {
            "slack_token": "xoxb-test",
            "slack_signing_secret": "s",
            "slack_channel": None,
            "use_threads": True,
            "conversation_granularity": "thread",
        }
    )
    assert channel.api_base_url == "http://127.0.0.1:9/api/"
    assert channel.slack_channel is None and channel.use_threads
    bot = channel.get_output_channel("C001", "1700.1")
    assert isinstance(bot, ClinicSlackBot) and bot.client.base_url == "http://127.0.0.1:9/api/" and bot.thread_id == "1700.1"


# -- message layout ---------------------------------------------------------------------------
BUTTONS = [
    {"title": "Tell me more", "payload": "/tell_more"},
    {"title": "What is in the injections?", "payload": "/ask_ingredients"},
]


def test_buttons_become_block_kit_buttons_and_the_text_carries_answer_and_options() -> None:
    posted = button_message("Little evidence <yet> & more.\n\nSource: X", BUTTONS)
    assert posted["text"].startswith("Little evidence &lt;yet&gt; &amp; more.\n\nSource: X")
    assert "• Tell me more\n• What is in the injections?" in posted["text"]
    section, actions = posted["blocks"]
    assert section == {
        "type": "section",
        "text": {"type": "mrkdwn", "text": "Little evidence &lt;yet&gt; &amp; more.\n\nSource: X"},
    }
    assert [(b["text"]["text"], b["value"]) for b in actions["elements"]] == [
        ("Tell me more", "/tell_more"),
        ("What is in the injections?", "/ask_ingredients"),
    ]
    assert len({b["action_id"] for b in actions["elements"]}) == 2


def test_many_long_buttons_fit_slacks_limits() -> None:
    buttons = [{"title": f"Question number {i} " + "x" * 100, "payload": f"/ask_{i}"} for i in range(12)]
    buttons.append({"title": "too long", "payload": "/" + "y" * 2001})
    posted = button_message("x" * 7000, buttons)
    sections = [b for b in posted["blocks"] if b["type"] == "section"]
    rows = [b for b in posted["blocks"] if b["type"] == "actions"]
    assert all(len(s["text"]["text"]) <= 3000 for s in sections) and "".join(s["text"]["text"] for s in sections) == "x" * 7000
    assert [len(r["elements"]) for r in rows] == [5, 5, 2]
    assert all(len(e["text"]["text"]) <= 75 for r in rows for e in r["elements"])


def test_buttons_without_text_still_post_options() -> None:
    posted = button_message(None, BUTTONS)
    assert posted["blocks"][0]["type"] == "actions"
    assert posted["text"].startswith("You can reply:")


def test_escape_and_unescape() -> None:
    assert slack_escape("a<b>&c") == "a&lt;b&gt;&amp;c"
    assert slack_unescape("fever &gt; 38 &amp; pus &lt;3 &amp;lt;") == "fever > 38 & pus <3 &lt;"


# -- posting to a stand-in for Slack's web API ----------------------------------------------
def _slack_api(fail: bool = False) -> CaptureServer:
    def respond(request: Any, index: int) -> Any:
        if fail:
            return 200, {"ok": False, "error": "channel_not_found"}
        return 200, {"ok": True, "channel": "C001", "ts": f"1700000001.{index:06d}"}

    return CaptureServer(respond=respond)


def test_output_posts_one_message_per_response_to_the_thread() -> None:
    with _slack_api() as api:
        bot = ClinicSlackBot("xoxb-test", "C001", "1700.1", api_base_url=api.url + "/api/")

        async def send() -> None:
            await bot.send_response("C001", {"text": "First paragraph.\n\nSecond paragraph."})
            await bot.send_response("C001", {"text": "Pick one", "buttons": BUTTONS})

        run_async(send())
        first, second = api.wait_for(2)
    assert first.path == "/api/chat.postMessage" and second.path == "/api/chat.postMessage"
    assert first.headers["authorization"] == "Bearer xoxb-test"
    assert first.json["text"] == "First paragraph.\n\nSecond paragraph." and first.json["thread_ts"] == "1700.1"
    assert "as_user" not in first.json and "type" not in first.json
    assert second.json["thread_ts"] == "1700.1" and second.json["text"].startswith("Pick one")
    assert second.json["blocks"][1]["elements"][1]["value"] == "/ask_ingredients"


def test_slack_errors_are_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    with _slack_api(fail=True) as api:
        bot = ClinicSlackBot("xoxb-test", "C001", None, api_base_url=api.url + "/api/")
        with caplog.at_level(logging.ERROR):
            run_async(bot.send_text_message("C001", "hello"))
        api.wait_for(1)
    assert "channel_not_found" in caplog.text
    assert "xoxb-test" not in caplog.text


def test_unreachable_slack_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    from tests.bot_client import free_port

    bot = ClinicSlackBot("xoxb-test", "C001", None, api_base_url=f"http://127.0.0.1:{free_port()}/api/")
    with caplog.at_level(logging.ERROR):
        run_async(bot.send_text_message("C001", "hello"))
    assert "chat.postMessage to C001 failed" in caplog.text


def test_one_slack_user_is_rate_limited_across_threads_and_told_so() -> None:
    from bot.http_guard import RateLimiter
    from rasa_plugins.message_guard import RATE_LIMITED_REPLY

    handled: list = []

    async def on_new_message(message: Any) -> None:
        handled.append(message.sender_id)

    with _slack_api() as api:
        channel = DeduplicatingSlackInput("xoxb-test", slack_signing_secret="s", api_base_url=api.url + "/api/")
        channel.per_user = RateLimiter(2)

        async def burst() -> None:
            for i in range(4):  # a new thread each time: new conversation ids, the same user
                channel._dispatch(on_new_message, "does it work", "U1", "C1", f"1700.{i}", False, [])
            channel._dispatch(on_new_message, "does it work", "U2", "C1", "1700.9", False, [])
            await asyncio.sleep(0.5)

        run_async(burst())
        told = api.wait_for(2)
    assert handled.count("U2_C1_1700.9") == 1
    assert len([h for h in handled if h.startswith("U1_")]) == 2
    assert [r.json["text"] for r in told] == [RATE_LIMITED_REPLY, RATE_LIMITED_REPLY]
