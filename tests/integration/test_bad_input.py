"""Bad input through REST and socket.io: a 4xx with a clear reason or a safe reply; the server stays
up and other conversations are unaffected."""

from __future__ import annotations

import asyncio
from typing import Any, Dict, List, Tuple

import aiohttp
import pytest
import requests
import socketio

from bot.facts import default_facts
from bot.inbound import WAIT_FOR_REPLY
from tests.async_helpers import run_async
from tests.bot_client import BotClient, new_sender, texts
from tests.conftest import ODD_TEXTS

pytestmark = pytest.mark.integration


def _post(bot: BotClient, body: bytes) -> requests.Response:
    return requests.post(
        f"{bot.base_url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}, timeout=30
    )


@pytest.mark.parametrize(
    "body, reason",
    [
        (b"", "must be JSON"),
        (b"{not json", "must be JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"message": "hello"}', "sender"),
        (b'{"sender": "", "message": "hello"}', "sender"),
        (b'{"sender": 5, "message": "hello"}', "sender"),
        (b'{"sender": "a b/../c", "message": "hello"}', "sender"),
        (b'{"sender": "x"}', "message"),
        (b'{"sender": "x", "message": 42}', "message"),
        (b'{"sender": "x", "message": ["hi"]}', "message"),
        (b'{"sender": "x", "message": ""}', "empty"),
        (b'{"sender": "x", "message": "   \\n\\t "}', "empty"),
        (b'{"sender": "x", "message": "\\u0000\\u0007"}', "empty"),
        (b'{"sender": "x", "message": "hi", "metadata": "nope"}', "metadata"),
        ('{"sender": "x", "message": "caf\u00e9"}'.encode("latin-1"), "UTF-8"),
        (b'{"sender": "x", "message": "' + b"a" * 300_000 + b'"}', "larger than"),
    ],
)
def test_malformed_rest_requests_get_a_4xx_with_the_reason(bot: BotClient, body: bytes, reason: str):
    response = _post(bot, body)
    assert 400 <= response.status_code < 500
    assert reason in response.json()["error"]
    assert "Traceback" not in response.text


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_but_valid_messages_get_a_safe_reply(bot: BotClient, text: str):
    sender = new_sender()
    replies = bot.send(sender, text)
    assert texts(replies)
    assert all("Traceback" not in t for t in texts(replies))
    assert bot.tracker(sender)["latest_message"]["text"]


def test_a_very_long_message_is_cut_before_nlu_but_symptoms_at_the_start_still_escalate(bot: BotClient):
    sender = new_sender()
    replies = texts(bot.send(sender, "I have pus on my scalp, a high fever and I can't breathe properly. " + "blah " * 20_000))
    assert replies[0].startswith("🚨 EMERGENCY")


def test_a_burst_of_1000_from_one_sender_gets_replies_or_429_without_affecting_others(bot: BotClient):
    burst_sender, other = new_sender(), new_sender()

    async def run() -> List[Tuple[int, Dict[str, Any]]]:
        async with aiohttp.ClientSession() as session:

            async def send(sender: str, text: str) -> Tuple[int, Any]:
                async with session.post(f"{bot.base_url}/webhooks/rest/webhook", json={"sender": sender, "message": text}) as r:
                    return r.status, await r.json()

            burst = [send(burst_sender, f"does mesotherapy work {i}") for i in range(1000)]
            return list(await asyncio.gather(*burst, send(other, "what is in the injections")))

    results = run_async(run())
    *burst, (other_status, _) = results
    statuses = [status for status, _ in burst]
    assert set(statuses) <= {200, 429} and statuses.count(200) >= 1
    assert all("too many messages" in body["error"] for status, body in burst if status == 429)
    user_events = [e for e in bot.tracker(burst_sender)["events"] if e["event"] == "user"]
    assert len(user_events) == statuses.count(200)
    assert other_status == 200 and bot.slot(other, "fact_id") == "ingredients"
    assert texts(bot.send(burst_sender, "hello"))


def _socket_conversation(bot: BotClient, payloads: List[Any], origin: str) -> Dict[str, Any]:
    """Connects like the widget, sends each payload as user_uttered, collects bot_uttered events."""

    async def run() -> Dict[str, Any]:
        received: List[Dict[str, Any]] = []
        client = socketio.AsyncClient(reconnection=False)
        session: Dict[str, str] = {}
        confirmed = asyncio.Event()

        @client.on("session_confirm")
        async def on_confirm(session_id: Any) -> None:
            session["id"] = session_id if isinstance(session_id, str) else session_id.get("session_id")
            confirmed.set()

        @client.on("bot_uttered")
        async def on_bot(data: Dict[str, Any]) -> None:
            received.append(data)

        await client.connect(bot.base_url, headers={"Origin": origin}, transports=["polling"], socketio_path="/socket.io")
        await client.emit("session_request", {"session_id": None})
        await asyncio.wait_for(confirmed.wait(), 10)
        for payload in payloads:
            if isinstance(payload, dict):
                payload = {**payload, "session_id": session["id"]}
            await client.emit("user_uttered", payload)
            await asyncio.sleep(0.3)
        sources = lambda: sum("Sources:" in (m.get("text") or "") for m in received)  # noqa: E731
        before = sources()
        await client.emit("user_uttered", {"message": "what is in the injections", "session_id": session["id"]})
        deadline = asyncio.get_running_loop().time() + 15
        while sources() == before and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.1)
        await client.disconnect()
        return {"received": received, "session_id": session["id"]}

    return run_async(run())


def test_malformed_socketio_messages_are_dropped_and_the_connection_keeps_working(bot: BotClient):
    result = _socket_conversation(
        bot,
        [
            "just a string",
            ["a", "list"],
            {"message": 42},
            {"message": None},
            {"message": "   "},
            {"message": "hi", "metadata": "{bad json"},
        ],
        origin=bot.settings.allowed_origins[0],
    )
    assert any("Sources:" in (m.get("text") or "") for m in result["received"])
    user_texts = [e["text"] for e in bot.tracker(bot.web_conversation(result["session_id"]))["events"] if e["event"] == "user"]
    assert user_texts == ["hi", "what is in the injections"]


def test_odd_but_valid_socketio_messages_each_get_a_reply(bot: BotClient):
    result = _socket_conversation(bot, [{"message": text} for text in ODD_TEXTS], origin=bot.settings.allowed_origins[0])
    events = bot.tracker(bot.web_conversation(result["session_id"]))["events"]
    turns: List[List[str]] = []  # per user message, the bot texts that followed it
    for event in events:
        if event["event"] == "user":
            turns.append([])
        elif event["event"] == "bot" and turns:
            turns[-1].append(event.get("text") or "")
    assert len(turns) == len(ODD_TEXTS) + 1 and all(turns), turns
    assert not any("Traceback" in (m.get("text") or "") for m in result["received"])


def test_a_socketio_burst_of_1000_from_one_client_is_limited_without_affecting_others(bot: BotClient):
    origin = bot.settings.allowed_origins[0]

    async def burst() -> Dict[str, Any]:
        received: List[Dict[str, Any]] = []
        client = socketio.AsyncClient(reconnection=False)
        confirmed: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        client.on("session_confirm", lambda sid: confirmed.set_result(sid if isinstance(sid, str) else sid["session_id"]))
        client.on("bot_uttered", lambda data: received.append(data))
        await client.connect(bot.base_url, headers={"Origin": origin}, transports=["polling"])
        await client.emit("session_request", {"session_id": None})
        session_id = await asyncio.wait_for(confirmed, 10)
        # in fives, 50 ms apart (100 messages a second): engine.io's polling transport refuses a request
        # carrying more than 16 packets outright (400, connection closed), which a real burst would hit first
        for i in range(1000):
            await client.emit("user_uttered", {"message": f"does mesotherapy work {i}", "session_id": session_id})
            if i % 5 == 4:
                await asyncio.sleep(0.05)
        other = await asyncio.get_running_loop().run_in_executor(None, bot.send, new_sender(), "what is in the injections")
        deadline = asyncio.get_running_loop().time() + 120
        while asyncio.get_running_loop().time() < deadline:
            count = len(received)
            await asyncio.sleep(3)
            if len(received) == count:
                break
        await client.disconnect()
        return {"session_id": session_id, "received": received, "other": other}

    result = run_async(burst())
    users = [e for e in bot.tracker(bot.web_conversation(result["session_id"]))["events"] if e["event"] == "user"]
    waits = [m for m in result["received"] if m.get("text") == WAIT_FOR_REPLY]
    assert 1 <= len(users) < 1000, "the burst is limited, not queued for minutes"
    assert 1 <= len(waits) <= len(users), "the sender is told to wait, not once per dropped message"
    efficacy = default_facts()["efficacy"].answer
    answered = [m for m in result["received"] if efficacy in (m.get("text") or "")]
    assert len(answered) == len(users), "every message let through is answered, once"
    assert any("Sources:" in t for t in texts(result["other"]))


def test_socketio_session_ids_are_made_by_the_server_not_chosen_by_the_client(bot: BotClient):
    async def run() -> str:
        client = socketio.AsyncClient(reconnection=False)
        confirmed: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        client.on("session_confirm", lambda session_id: confirmed.set_result(session_id))
        await client.connect(bot.base_url, headers={"Origin": bot.settings.allowed_origins[0]}, transports=["polling"])
        await client.emit("session_request", {"session_id": "admin"})
        session_id = await asyncio.wait_for(confirmed, 10)
        await client.emit("user_uttered", {"message": "hello", "session_id": "victim-conversation"})
        await asyncio.sleep(1)
        await client.disconnect()
        return session_id

    session_id = run_async(run())
    assert session_id != "admin" and len(session_id) == 48
    assert not [e for e in bot.tracker("victim-conversation")["events"] if e["event"] == "user"]
    assert not [e for e in bot.tracker(bot.web_conversation(session_id))["events"] if e["event"] == "user"]


def test_socketio_from_another_origin_is_refused(bot: BotClient):
    with pytest.raises(socketio.exceptions.ConnectionError):
        _socket_conversation(bot, [], origin="http://evil.example")


def test_the_server_is_still_up_after_all_that(bot: BotClient):
    assert texts(bot.send(new_sender(), "hello"))
