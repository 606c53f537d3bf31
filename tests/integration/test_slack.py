"""The Slack channel end to end: a real Rasa server (with the Slack channel on) receives signed
Events API and interactivity requests, and answers through a loopback stand-in for Slack's web API.

The module starts its own bot (action server + Rasa server) with Slack settings; two
`CaptureServer` s stand in for Slack's web API (SLACK_API_BASE_URL) and for the staff webhook.
"No message" is checked by waiting for a later, valid message's answer (the positive control)
and then 3 s more.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterator, List, Optional
from urllib.parse import urlencode

import pytest
import requests
from slack_sdk.signature import SignatureVerifier

from bot.facts import default_facts
from bot.http_guard import conversation_ref
from bot.inbound import WAIT_FOR_REPLY
from bot.launcher import Stack
from bot.settings import PROJECT_ROOT, Settings
from tests.bot_client import BotClient
from tests.conftest import ODD_TEXTS, TEST_API_TOKEN, TEST_CLINIC, loopback_settings
from tests.http_capture import CapturedRequest, CaptureServer

pytestmark = pytest.mark.integration

SECRET = "test-signing-secret-0123456789abcdef"
BOT_USER = "UMESOBOT01"
TEAM = "T0TEST0001"
ANSWER_TIMEOUT_S = 60.0
QUIET_S = 3.0  # how long "no message" is waited for, after the positive control's answer

FACTS = default_facts()
EFFICACY = FACTS["efficacy"].answer
INGREDIENTS = FACTS["ingredients"].answer
PROVEN = FACTS["proven_treatments"].answer
_seq = itertools.count(1)


# -- fixtures -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def slack_api() -> Iterator[CaptureServer]:
    """Stand-in for https://slack.com/api/: chat.postMessage answers like Slack does."""

    def respond(request: CapturedRequest, index: int) -> Any:
        if request.path.endswith("/chat.postMessage"):
            channel = (request.json or {}).get("channel")
            return 200, {"ok": True, "channel": channel, "ts": f"1900000000.{index:06d}", "message": {}}
        if request.path.endswith("/auth.test"):
            return 200, {"ok": True, "user_id": BOT_USER, "team_id": TEAM, "bot_id": "BMESO0001"}
        return 200, {"ok": True}

    with CaptureServer(respond=respond) as server:
        yield server


@pytest.fixture(scope="module")
def staff_hook() -> Iterator[CaptureServer]:
    with CaptureServer() as server:
        yield server


@pytest.fixture(scope="module")
def slack_settings(tmp_path_factory: pytest.TempPathFactory, slack_api: CaptureServer, staff_hook: CaptureServer) -> Settings:
    return loopback_settings(
        tmp_path_factory.mktemp("slack-var"),
        staff_webhook_url=staff_hook.url + "/staff-alert",
        slack_bot_token="xoxb-test",
        slack_signing_secret=SECRET,
        slack_use_threads=True,
        slack_api_base_url=slack_api.url + "/api/",
        rasa_api_token=TEST_API_TOKEN,  # the tests read trackers through the HTTP API, as outside tools do
    )


@pytest.fixture(scope="module")
def slack_stack(slack_settings: Settings) -> Iterator[Stack]:
    if not list((PROJECT_ROOT / "models").glob("*.tar.gz")):
        pytest.fail("no trained model in models/: run `make train` first (make test does)")
    stack = Stack(slack_settings, log_dir=slack_settings.var_dir / "logs", with_web=False)
    stack.start()
    yield stack
    stack.stop()


def signature(secret: str, timestamp: str, raw: bytes) -> str:
    """Slack's v0 request signature: slack_sdk's, or for a body that is not UTF-8 (which slack_sdk cannot
    sign, but Slack signs bytes) the same HMAC-SHA256 of "v0:<timestamp>:<body>" computed here."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "v0=" + hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + raw, hashlib.sha256).hexdigest()
    return SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=raw)


@dataclass
class SlackSender:
    """Sends requests to the bot's Slack webhook the way Slack does (signed)."""

    url: str

    def post(
        self,
        body: Any,
        *,
        content_type: str = "application/json",
        secret: str = SECRET,
        timestamp: Optional[int] = None,
        sign: bool = True,
        headers: Optional[Dict[str, str]] = None,
    ) -> requests.Response:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        ts = str(int(time.time()) if timestamp is None else timestamp)
        sent = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": ts,
            "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
        }
        if sign:
            sent["X-Slack-Signature"] = signature(secret, ts, raw)
        sent.update(headers or {})
        return requests.post(self.url, data=raw, headers=sent, timeout=10)

    def interaction(self, payload: Dict[str, Any]) -> requests.Response:
        return self.post(urlencode({"payload": json.dumps(payload)}).encode(), content_type="application/x-www-form-urlencoded")


@pytest.fixture(scope="module")
def slack(slack_stack: Stack) -> SlackSender:
    s = slack_stack.settings
    return SlackSender(f"http://{s.host}:{s.rasa_port}/webhooks/slack/webhook")


# -- building Slack's requests ------------------------------------------------------------------
def new_id(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:9].upper()}"


def new_ts() -> str:
    return f"{int(time.time())}.{next(_seq):06d}"


def envelope(event: Dict[str, Any], event_id: Optional[str] = None) -> Dict[str, Any]:
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM,
        "api_app_id": "A0TEST0001",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or new_id("Ev"),
        "event_time": int(time.time()),
        "authorizations": [
            {"enterprise_id": None, "team_id": TEAM, "user_id": BOT_USER, "is_bot": True, "is_enterprise_install": False}
        ],
        "is_ext_shared_channel": False,
    }


def message_event(text: str, user: str, channel: str, ts: str, channel_type: str = "im", **extra: Any) -> Dict[str, Any]:
    event = {
        "type": "message",
        "client_msg_id": str(uuid.uuid4()),
        "text": text,
        "user": user,
        "ts": ts,
        "team": TEAM,
        "channel": channel,
        "event_ts": ts,
        "channel_type": channel_type,
    }
    event.update(extra)
    return event


def mention_event(text: str, user: str, channel: str, ts: str, **extra: Any) -> Dict[str, Any]:
    event = {
        "type": "app_mention",
        "client_msg_id": str(uuid.uuid4()),
        "text": f"<@{BOT_USER}> {text}",
        "user": user,
        "ts": ts,
        "team": TEAM,
        "channel": channel,
        "event_ts": ts,
    }
    event.update(extra)
    return event


# -- reading what the bot posted ----------------------------------------------------------------
def posts(api: CaptureServer, channel: str) -> List[Dict[str, Any]]:
    """chat.postMessage bodies sent to ``channel``, in order."""
    return [r.json for r in api.requests if r.path.endswith("/chat.postMessage") and (r.json or {}).get("channel") == channel]


def wait_until(api: CaptureServer, found: Callable[[], Any], timeout: float = ANSWER_TIMEOUT_S) -> Any:
    """Wait (with CaptureServer.wait_for) until ``found()`` is truthy; returns its value."""
    deadline = time.monotonic() + timeout
    while True:
        value = found()
        if value:
            return value
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(
                f"not seen within {timeout:.0f} s; Slack API requests so far: {[r.json for r in api.requests][-10:]}"
            )
        try:
            api.wait_for(len(api.requests) + 1, timeout=min(remaining, 1.0))
        except AssertionError:
            pass


def wait_for_post(api: CaptureServer, channel: str, containing: str, timeout: float = ANSWER_TIMEOUT_S) -> Dict[str, Any]:
    return wait_until(api, lambda: next((p for p in posts(api, channel) if containing in (p.get("text") or "")), None), timeout)


def settle(api: CaptureServer, channel: str, quiet_s: float = 2.0, timeout: float = 30.0) -> List[Dict[str, Any]]:
    """The posts to ``channel`` once none has arrived for ``quiet_s`` (the bot's turn is over)."""
    deadline = time.monotonic() + timeout
    count, since = len(posts(api, channel)), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.2)
        now = len(posts(api, channel))
        if now != count:
            count, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            break
    return posts(api, channel)


def with_text(bodies: List[Dict[str, Any]], text: str) -> List[Dict[str, Any]]:
    return [b for b in bodies if text in (b.get("text") or "")]


def positive_control(slack: SlackSender, api: CaptureServer) -> None:
    """A valid question in a fresh DM gets its answer; then wait QUIET_S more."""
    channel = new_id("D")
    assert slack.post(envelope(message_event("does mesotherapy regrow hair?", new_id("U"), channel, new_ts()))).status_code == 200
    wait_for_post(api, channel, EFFICACY)
    time.sleep(QUIET_S)


# -- tests --------------------------------------------------------------------------------------
def test_url_verification_challenge_is_answered(slack: SlackSender) -> None:
    challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"
    reply = slack.post({"token": "legacy", "challenge": challenge, "type": "url_verification"})
    assert reply.status_code == 200
    assert reply.json() == {"challenge": challenge}


def test_question_in_a_dm_gets_exactly_one_answer_despite_retries_and_app_mention(
    slack: SlackSender, slack_api: CaptureServer
) -> None:
    user, channel, ts = new_id("U"), new_id("D"), new_ts()
    first = envelope(message_event("does mesotherapy regrow hair?", user, channel, ts))

    started = time.monotonic()
    reply = slack.post(first)
    assert reply.status_code == 200
    assert time.monotonic() - started < 3.0, "Slack needs the acknowledgement within 3 s"

    answer = wait_for_post(slack_api, channel, EFFICACY)
    assert "thread_ts" not in answer, "a top-level DM is answered in the DM itself"
    assert any(b["type"] == "section" and EFFICACY in b["text"]["text"] for b in answer["blocks"])
    buttons = [e for b in answer["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons and all(e["type"] == "button" and e["value"].startswith("/") for e in buttons)
    assert f"/ask_{FACTS['efficacy'].related[0]}" in [e["value"] for e in buttons]
    assert len(with_text(settle(slack_api, channel), EFFICACY)) == 1
    before = len(posts(slack_api, channel))

    # Slack's retries of the same delivery, whatever the reason: acknowledged, not answered.
    for number, reason in ((1, "http_timeout"), (2, "http_error")):
        retry = slack.post(first, headers={"X-Slack-Retry-Num": str(number), "X-Slack-Retry-Reason": reason})
        assert retry.status_code == 200
    # The same message again as an app_mention (another event id), and the same event id again.
    again = dict(first["event"], type="app_mention", text=f"<@{BOT_USER}> does mesotherapy regrow hair?")
    again.pop("channel_type")
    assert slack.post(envelope(again)).status_code == 200
    assert slack.post(first).status_code == 200

    positive_control(slack, slack_api)
    assert len(posts(slack_api, channel)) == before
    assert len(with_text(posts(slack_api, channel), EFFICACY)) == 1


@pytest.mark.parametrize(
    "how", ["bad-signature", "missing-signature", "missing-timestamp", "stale-timestamp", "future-timestamp"]
)
def test_unverified_requests_are_rejected_and_not_answered(slack: SlackSender, slack_api: CaptureServer, how: str) -> None:
    channel = new_id("D")
    body = envelope(message_event("does mesotherapy regrow hair?", new_id("U"), channel, new_ts()))
    if how == "bad-signature":
        reply = slack.post(body, secret="not-the-signing-secret")
    elif how == "missing-signature":
        reply = slack.post(body, sign=False)
    elif how == "missing-timestamp":
        raw = json.dumps(body).encode()
        signature = SignatureVerifier(SECRET).generate_signature(timestamp=str(int(time.time())), body=raw)
        reply = requests.post(
            slack.url, data=raw, headers={"Content-Type": "application/json", "X-Slack-Signature": signature}, timeout=10
        )
    elif how == "stale-timestamp":
        reply = slack.post(body, timestamp=int(time.time()) - 6 * 60)  # correctly signed, but 6 minutes old
    else:
        reply = slack.post(body, timestamp=int(time.time()) + 6 * 60)
    assert 400 <= reply.status_code < 500
    # A signed retry header does not get an unverified request in either.
    assert 400 <= slack.post(body, secret="wrong", headers={"X-Slack-Retry-Num": "1"}).status_code < 500

    positive_control(slack, slack_api)
    assert posts(slack_api, channel) == []


def test_mention_in_a_channel_is_answered_in_its_thread_and_the_thread_stays_one_conversation(
    slack: SlackSender, slack_api: CaptureServer, slack_stack: Stack
) -> None:
    user, channel, root = new_id("U"), new_id("C"), new_ts()
    assert slack.post(envelope(mention_event("does mesotherapy regrow hair?", user, channel, root))).status_code == 200
    answer = wait_for_post(slack_api, channel, EFFICACY)
    assert answer["thread_ts"] == root
    settle(slack_api, channel)

    # A follow-up in the thread needs no mention...
    follow_up = message_event("what is in the injections", user, channel, new_ts(), channel_type="channel", thread_ts=root)
    assert slack.post(envelope(follow_up)).status_code == 200
    assert wait_for_post(slack_api, channel, INGREDIENTS)["thread_ts"] == root
    settle(slack_api, channel)

    # ...and one that does mention the bot arrives twice (message + app_mention) but is answered once.
    ts = new_ts()
    as_message = message_event(
        f"<@{BOT_USER}> what actually works for hair loss", user, channel, ts, channel_type="channel", thread_ts=root
    )
    as_mention = dict(as_message, type="app_mention")
    as_mention.pop("channel_type")
    assert slack.post(envelope(as_message)).status_code == 200
    assert slack.post(envelope(as_mention)).status_code == 200
    wait_for_post(slack_api, channel, PROVEN)

    # A button click (interactive payload) on the bot's message in the thread continues it too.
    click = {
        "type": "block_actions",
        "user": {"id": user, "username": "patient", "team_id": TEAM},
        "api_app_id": "A0TEST0001",
        "token": "legacy",
        "container": {
            "type": "message",
            "message_ts": "1900000000.000001",
            "channel_id": channel,
            "is_ephemeral": False,
            "thread_ts": root,
        },
        "trigger_id": "1.2.3",
        "team": {"id": TEAM, "domain": "clinic"},
        "channel": {"id": channel, "name": "hair-questions"},
        "message": {"type": "message", "user": BOT_USER, "ts": "1900000000.000001", "thread_ts": root, "text": "..."},
        "response_url": "https://hooks.slack.invalid/actions/1",
        "actions": [
            {
                "action_id": "rasa_button_0",
                "block_id": "rasa_buttons_0",
                "text": {"type": "plain_text", "text": "Does it regrow hair?"},
                "value": "/ask_efficacy",
                "type": "button",
                "action_ts": str(time.time()),
            }
        ],
    }
    assert slack.interaction(click).status_code == 200
    wait_until(slack_api, lambda: len(with_text(posts(slack_api, channel), EFFICACY)) >= 2)

    thread = settle(slack_api, channel)
    assert all(p.get("thread_ts") == root for p in thread), "every answer stays in the thread"
    assert len(with_text(thread, PROVEN)) == 1
    assert len(with_text(thread, INGREDIENTS)) == 1

    # One Rasa conversation per (user, channel, thread), from the Slack input channel.
    tracker = BotClient(slack_stack.settings).tracker(f"{user}_{channel}_{root}")
    said = [e.get("text") for e in tracker["events"] if e.get("event") == "user"]
    assert said == [
        "does mesotherapy regrow hair?",
        "what is in the injections",
        "what actually works for hair loss",
        "/ask_efficacy",
    ]
    assert tracker["latest_input_channel"] == "slack"


def test_emergency_in_slack_gets_the_instruction_and_alerts_staff_with_channel_slack(
    slack: SlackSender, slack_api: CaptureServer, staff_hook: CaptureServer
) -> None:
    user, channel, root = new_id("U"), new_id("C"), new_ts()
    assert (
        slack.post(
            envelope(mention_event("I have pus on my scalp and a fever and I can't breathe properly", user, channel, root))
        ).status_code
        == 200
    )
    emergency = wait_until(
        slack_api, lambda: next((p for p in posts(slack_api, channel) if p["text"].startswith("🚨 EMERGENCY:")), None)
    )
    assert emergency["thread_ts"] == root
    assert TEST_CLINIC["emergency_number"] in emergency["text"]

    conversation = f"{user}_{channel}_{root}"
    alert = wait_until(
        staff_hook,
        lambda: next(
            (r.json for r in staff_hook.requests if (r.json or {}).get("conversation_ref") == conversation_ref(conversation)),
            None,
        ),
    )
    assert alert["channel"] == "slack"
    assert alert["level"] == "emergency"
    assert "i have pus on my scalp" not in json.dumps(alert).lower(), "the alert never carries the person's message"
    assert user not in json.dumps(alert) and conversation not in json.dumps(alert), "no id that grants access"


@pytest.mark.parametrize("command", ["/restart", "/back", "/ask_efficacy@1.0 all fine now"])
def test_typed_slash_commands_in_slack_are_text_and_keep_the_emergency(
    slack: SlackSender, slack_api: CaptureServer, slack_stack: Stack, command: str
) -> None:
    user, channel, root = new_id("U"), new_id("C"), new_ts()
    slack.post(envelope(mention_event("my lips and tongue are swelling and I can't breathe", user, channel, root)))
    wait_until(slack_api, lambda: next((p for p in posts(slack_api, channel) if p["text"].startswith("🚨 EMERGENCY:")), None))
    reply_ts = f"{float(root) + 5:.6f}"
    slack.post(envelope(mention_event(command, user, channel, reply_ts, thread_ts=root)))
    conversation = f"{user}_{channel}_{root}"
    client = BotClient(slack_stack.settings)
    deadline = time.monotonic() + ANSWER_TIMEOUT_S
    while time.monotonic() < deadline and len([e for e in client.tracker(conversation)["events"] if e["event"] == "user"]) < 2:
        time.sleep(0.2)
    events = client.tracker(conversation)["events"]
    said = [e["text"] for e in events if e["event"] == "user"]
    assert len(said) == 2 and not said[1].startswith("/"), said
    assert not [e for e in events if e["event"] in ("restart", "undo")]
    assert client.slot(conversation, "escalation_level") == "emergency"


def test_bot_messages_edits_joins_and_unmentioned_channel_messages_get_no_answer(
    slack: SlackSender, slack_api: CaptureServer
) -> None:
    dm, room = new_id("D"), new_id("C")
    question = "does mesotherapy regrow hair?"
    ignored = [
        message_event(question, BOT_USER, dm, new_ts()),  # the bot's own message
        message_event(question, "UOTHERBOT", dm, new_ts(), bot_id="BOTHER", subtype="bot_message"),
        message_event(question, new_id("U"), dm, new_ts(), subtype="message_changed"),
        message_event(
            "<@U123> has joined the channel", new_id("U"), room, new_ts(), channel_type="channel", subtype="channel_join"
        ),
        message_event(question, new_id("U"), room, new_ts(), channel_type="channel"),  # no mention, no thread with the bot
    ]
    for event in ignored:
        assert slack.post(envelope(event)).status_code == 200

    positive_control(slack, slack_api)
    assert posts(slack_api, dm) == [] and posts(slack_api, room) == []


def test_a_retry_whose_first_delivery_never_arrived_is_answered_once(slack: SlackSender, slack_api: CaptureServer) -> None:
    """The bot (or its tunnel) was down for the first delivery: the retry may be a symptom report."""
    channel = new_id("D")
    body = envelope(message_event("does mesotherapy regrow hair?", new_id("U"), channel, new_ts()))
    for number, reason in ((1, "http_error"), (2, "connection_failed"), (3, "http_timeout")):
        assert slack.post(body, headers={"X-Slack-Retry-Num": str(number), "X-Slack-Retry-Reason": reason}).status_code == 200

    wait_for_post(slack_api, channel, EFFICACY)
    positive_control(slack, slack_api)
    assert [EFFICACY in (p.get("text") or "") for p in posts(slack_api, channel)].count(True) == 1


@pytest.mark.parametrize(
    "body, reason",
    [
        (b"{not json", "not JSON"),
        (
            b'{"type": "event_callback", "event": {"type": "message", "text": "caf\xe9", "user": "U1", "channel": "D1"}}',
            "not JSON",
        ),  # not UTF-8
        (b"[1, 2, 3]", "not a JSON object"),
        ({"type": "event_callback", "event": "a string"}, None),
        ({"type": "event_callback", "event": {"type": "message", "text": 42, "user": "U1", "channel": "D1", "ts": "1.1"}}, None),
        ({"type": "event_callback"}, None),
    ],
)
def test_malformed_signed_events_get_a_400_with_the_reason_or_are_ignored(
    slack: SlackSender, body: Any, reason: Optional[str]
) -> None:
    reply = slack.post(body)
    assert (reply.status_code == 400 and reason in reply.text) if reason else reply.status_code == 200
    assert "Traceback" not in reply.text


@pytest.mark.parametrize("text", [*ODD_TEXTS, "\u0000\u0007"])
def test_odd_but_valid_slack_messages_get_a_safe_reply(slack: SlackSender, slack_api: CaptureServer, text: str) -> None:
    channel = new_id("D")
    assert slack.post(envelope(message_event(text, new_id("U"), channel, new_ts()))).status_code == 200
    replies = wait_until(slack_api, lambda: posts(slack_api, channel))
    assert all(reply.get("text") and "Traceback" not in reply["text"] for reply in replies)


@pytest.mark.parametrize("changes", [{"text": ""}, {"text": "  \n\t "}, {"user": None}])
def test_empty_or_senderless_slack_messages_are_acknowledged_and_not_answered(
    slack: SlackSender, slack_api: CaptureServer, changes: Dict[str, Any]
) -> None:
    channel = new_id("D")
    event = {**message_event("hello", new_id("U"), channel, new_ts()), **changes}
    assert slack.post(envelope({k: v for k, v in event.items() if v is not None})).status_code == 200
    positive_control(slack, slack_api)
    assert not posts(slack_api, channel)


def test_a_burst_of_1000_from_one_slack_user_is_acknowledged_partly_answered_and_others_unaffected(
    slack: SlackSender, slack_api: CaptureServer, slack_stack: Stack
) -> None:
    user, channel = new_id("U"), new_id("D")
    bodies = [envelope(message_event(f"does mesotherapy work {i}", user, channel, new_ts())) for i in range(1000)]
    with ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(lambda body: slack.post(body).status_code, bodies))
    assert statuses == [200] * 1000

    other = new_id("D")
    assert slack.post(envelope(message_event("what is in the injections?", new_id("U"), other, new_ts()))).status_code == 200
    wait_for_post(slack_api, other, INGREDIENTS)

    sent = settle(slack_api, channel, quiet_s=QUIET_S, timeout=180)
    answers, waits = with_text(sent, EFFICACY), with_text(sent, WAIT_FOR_REPLY)
    in_tracker = [e for e in BotClient(slack_stack.settings).tracker(f"{user}_{channel}")["events"] if e["event"] == "user"]
    assert 1 <= len(in_tracker) < 1000, "the burst is limited, not queued for minutes"
    assert len(answers) == len(in_tracker), "every message let through is answered once"
    assert 1 <= len(waits) <= len(in_tracker), "the sender is told to wait, not once per dropped message"
