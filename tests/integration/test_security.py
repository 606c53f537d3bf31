"""The attacks of the security review, replayed against the running bot (issue 12).

Most run against the session's bot (API on with a token, so the tests can read trackers as outside
tools do); the limits and the API-off default run against a bot of their own with small limits.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest
import requests
import socketio

from bot.http_guard import conversation_ref
from bot.launcher import Stack
from tests.async_helpers import run_async
from tests.bot_client import BotClient, new_sender, texts
from tests.conftest import loopback_settings
from tests.http_capture import CaptureServer

pytestmark = pytest.mark.integration

EMERGENCY_REPORT = "my lips and tongue are swelling up and I can't breathe properly"


def _events(bot: BotClient, sender: str) -> List[Dict[str, Any]]:
    return bot.tracker(sender)["events"]


def _is_emergency(replies: List[Dict[str, Any]], bot: BotClient) -> bool:
    return any(t.startswith(("🚨", "Call")) and bot.settings.emergency_number in t for t in texts(replies))


@pytest.mark.parametrize("prefix", ["/ask_efficacy ", "/ask_efficacy@1.0 ", '/ask_efficacy{"fact": "x"} ', "/greet "])
def test_a_typed_intent_cannot_talk_past_the_red_flag_layer(bot: BotClient, prefix: str):
    sender = new_sender()
    replies = bot.send(sender, prefix + EMERGENCY_REPORT)
    assert _is_emergency(replies, bot), texts(replies)
    assert bot.slot(sender, "escalation_level") == "emergency"


@pytest.mark.parametrize("command", ["/restart", "/back", "/session_start", "/restart{}", "  /restart"])
def test_typed_restart_and_back_neither_restart_nor_lower_the_level(bot: BotClient, command: str):
    sender = new_sender()
    bot.send(sender, EMERGENCY_REPORT)
    bot.send(sender, command)
    events = _events(bot, sender)
    assert not [e for e in events if e["event"] in ("restart", "undo", "rewind")]
    assert not [e for e in events if e["event"] == "action" and e.get("name") in ("action_restart", "action_back")]
    assert bot.slot(sender, "escalation_level") == "emergency"


def test_a_typed_report_emergency_forges_no_escalation_and_no_staff_alert(bot: BotClient, staff_webhook: CaptureServer):
    sender = new_sender()
    bot.send(sender, "/report_emergency")
    bot.send(sender, '/report_emergency{"escalation_level": "emergency"}')
    time.sleep(1.0)  # alerts go out in the background within milliseconds
    assert bot.slot(sender, "escalation_level") == "none"
    assert not [r for r in staff_webhook.requests if (r.json or {}).get("conversation_ref") == conversation_ref(sender)]
    users = [e for e in _events(bot, sender) if e["event"] == "user"]
    assert [u["parse_data"]["intent"]["name"] for u in users] != ["report_emergency", "report_emergency"]
    assert all(not u["text"].startswith("/") for u in users), "stored as the text the person typed, without the slash"


def test_an_offered_button_payload_still_acts_as_its_intent(bot: BotClient):
    sender = new_sender()
    replies = bot.send(sender, "hello")
    offered = [b["payload"] for r in replies for b in r.get("buttons") or []]
    assert "/ask_efficacy" in offered
    bot.send(sender, "/ask_efficacy")
    assert bot.slot(sender, "fact_id") == "efficacy"


def test_a_stored_message_is_cut_to_max_message_chars(bot: BotClient):
    sender = new_sender()
    bot.send(sender, "does mesotherapy work " + "x" * 250_000)
    users = [e for e in _events(bot, sender) if e["event"] == "user"]
    assert len(users[-1]["text"]) == bot.settings.max_message_chars


def test_deeply_nested_json_gets_400_not_500_on_every_route(bot: BotClient):
    deep = "[" * 100_000
    for path in ("/webhooks/rest/webhook", "/conversations/x/tracker/events", "/model/parse"):
        response = requests.post(
            bot.base_url + path,
            data=deep,
            params={"token": bot.settings.rasa_api_token},
            timeout=10,
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400, (path, response.status_code)
        assert "Traceback" not in response.text


# -- socket.io sessions ---------------------------------------------------------------------------


class _Client:
    """One widget-like socket.io client."""

    def __init__(self, bot: BotClient) -> None:
        self.bot = bot
        self.client = socketio.AsyncClient(reconnection=False)
        self.received: List[Dict[str, Any]] = []
        self.token: Optional[str] = None
        self._confirmed = asyncio.Event()
        self.client.on("bot_uttered", lambda data: self.received.append(data))
        self.client.on("session_confirm", self._on_confirm)

    async def _on_confirm(self, token: Any) -> None:
        self.token = token
        self._confirmed.set()

    async def open(self, session_id: Optional[str] = None) -> str:
        await self.client.connect(
            self.bot.base_url, headers={"Origin": self.bot.settings.allowed_origins[0]}, transports=["polling"]
        )
        self._confirmed.clear()
        await self.client.emit("session_request", {"session_id": session_id})
        await asyncio.wait_for(self._confirmed.wait(), 10)
        assert self.token is not None
        return self.token

    async def say(self, text: str, session_id: Optional[str] = None) -> None:
        await self.client.emit("user_uttered", {"message": text, "session_id": session_id or self.token})

    async def close(self) -> None:
        await self.client.disconnect()


def test_a_second_client_cannot_take_over_or_listen_to_a_widget_session(bot: BotClient):
    async def scenario() -> Dict[str, Any]:
        victim, attacker = _Client(bot), _Client(bot)
        token = await victim.open()
        conversation = bot.web_conversation(token)
        # The attacker knows the conversation id (from a log line or a staff alert) and tries it as a
        # session id, then as a message's session id, then makes up a token of the right shape.
        got = await attacker.open(session_id=conversation)
        await attacker.say("hello from the attacker", session_id=conversation)
        await attacker.say("hello again", session_id="0" * 48)
        await attacker.say("and with my own token, but the victim's shape", session_id=token[:-1] + "0")
        await victim.say("does mesotherapy work?")
        await asyncio.sleep(4)
        await victim.close()
        await attacker.close()
        return {"token": token, "got": got, "victim": victim.received, "attacker": attacker.received}

    result = run_async(scenario())
    assert result["got"] != result["token"], "a conversation id is not a credential: a new session was issued"
    victim_conversation = bot.web_conversation(result["token"])
    said = [e["text"] for e in _events(bot, victim_conversation) if e["event"] == "user"]
    assert said == ["does mesotherapy work?"]
    assert result["victim"], "the victim got its answer"
    victim_texts = {m.get("text") for m in result["victim"]}
    assert not victim_texts & {m.get("text") for m in result["attacker"]}, "the attacker hears none of the victim's replies"


def test_typed_restart_on_the_widget_keeps_the_emergency(bot: BotClient):
    async def scenario() -> str:
        client = _Client(bot)
        token = await client.open()
        await client.say(EMERGENCY_REPORT)
        await asyncio.sleep(2)
        await client.say("/restart")
        await asyncio.sleep(2)
        await client.close()
        return token

    conversation = bot.web_conversation(run_async(scenario()))
    assert bot.slot(conversation, "escalation_level") == "emergency"
    assert not [e for e in _events(bot, conversation) if e["event"] == "restart"]


# -- a bot of its own: API off, small limits ------------------------------------------------------


@pytest.fixture(scope="module")
def strict_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    var = tmp_path_factory.mktemp("strict-var")
    settings = loopback_settings(var, client_messages_per_minute=5)
    stack = Stack(settings, log_dir=var / "logs")
    stack.start()
    yield stack
    stack.stop()


def test_without_a_token_the_http_api_is_off(strict_bot: Stack):
    base = f"http://127.0.0.1:{strict_bot.settings.rasa_port}"
    for method, path in [
        ("GET", "/conversations/a/tracker"),
        ("GET", "/status"),
        ("PUT", "/model"),
        ("DELETE", "/model"),
        ("POST", "/conversations/a/tracker/events"),
        ("GET", "/domain"),
    ]:
        assert requests.request(method, base + path, timeout=10).status_code == 404, (method, path)


def test_an_unexpected_host_header_is_refused_by_every_server(strict_bot: Stack):
    s = strict_bot.settings
    for port, path in ((s.rasa_port, "/"), (s.action_port, "/health"), (s.web_port, "/")):
        url = f"http://127.0.0.1:{port}{path}"
        assert requests.get(url, timeout=10).status_code == 200
        assert requests.get(url, headers={"Host": "rebind.attacker.example"}, timeout=10).status_code == 400, port


def test_one_client_is_rate_limited_across_new_sender_ids(strict_bot: Stack):
    base = f"http://127.0.0.1:{strict_bot.settings.rasa_port}/webhooks/rest/webhook"
    statuses = [requests.post(base, json={"sender": new_sender(), "message": "hi"}, timeout=30).status_code for _ in range(7)]
    assert statuses[:5] == [200] * 5 and statuses[5:] == [429, 429]


def test_cors_headers_only_on_the_socket_path(strict_bot: Stack):
    s = strict_bot.settings
    origin = s.allowed_origins[0]
    base = f"http://127.0.0.1:{s.rasa_port}"
    rest = requests.options(
        base + "/webhooks/rest/webhook", headers={"Origin": origin, "Access-Control-Request-Method": "POST"}, timeout=10
    )
    assert "access-control-allow-origin" not in {k.lower() for k in rest.headers}
    sock = requests.get(base + "/socket.io/", params={"EIO": "4", "transport": "polling"}, headers={"Origin": origin}, timeout=10)
    assert sock.headers.get("Access-Control-Allow-Origin") == origin


@pytest.mark.parametrize("server", ["rasa", "web"])
def test_a_slow_partial_request_is_dropped(strict_bot: Stack, server: str):
    import socket

    port = strict_bot.settings.rasa_port if server == "rasa" else strict_bot.settings.web_port
    with socket.create_connection(("127.0.0.1", port), timeout=40) as conn:
        conn.sendall(b"POST /webhooks/rest/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le")  # slowloris
        started = time.monotonic()
        data = conn.recv(1024)  # the server gives up on the rest of the headers: a 4xx, or the connection closed
        assert time.monotonic() - started < 35
        assert data == b"" or data.split(b"\r\n")[0].split(b" ")[1] in (b"400", b"408")


# -- erasure -------------------------------------------------------------------------------------


def _var_files_containing(var_dir: Path, marker: bytes) -> List[str]:
    return [str(p) for p in var_dir.rglob("*") if p.is_file() and marker in p.read_bytes()]


def test_delete_my_conversation_erases_the_persons_text_from_every_file(bot: BotClient):
    sender = new_sender()
    marker = f"zebra{time.time_ns()}"
    bot.send(sender, f"my name is {marker} and there is pus coming out of a lump on my scalp")
    assert _var_files_containing(bot.settings.var_dir, marker.encode()), "the marker was stored first"
    replies = bot.send(sender, "please delete my conversation")
    assert "/confirm_forget" in [b["payload"] for r in replies for b in r.get("buttons") or []]
    done = texts(bot.send(sender, "/confirm_forget"))
    assert done and done[0].startswith("Done: this conversation has been deleted")
    assert [e for e in _events(bot, sender) if e["event"] in ("user", "bot")] == []
    logs = bot.settings.var_dir / "logs"
    stored = [f for f in _var_files_containing(bot.settings.var_dir, marker.encode()) if not f.startswith(str(logs))]
    assert stored == [], stored
    assert not _var_files_containing(logs, marker.encode()), "the person's text is never written to the logs"


def test_a_typed_confirm_without_the_offered_button_deletes_nothing(bot: BotClient):
    sender = new_sender()
    bot.send(sender, "does mesotherapy work?")
    bot.send(sender, "/confirm_forget")
    assert [e for e in _events(bot, sender) if e["event"] == "user"][0]["text"] == "does mesotherapy work?"


def test_the_widgets_clear_button_deletes_the_server_copy(bot: BotClient):
    async def chat() -> str:
        client = _Client(bot)
        token = await client.open()
        await client.say("does mesotherapy work for a receding hairline?")
        await asyncio.sleep(2)
        await client.close()
        return token

    token = run_async(chat())
    conversation = bot.web_conversation(token)
    assert [e for e in _events(bot, conversation) if e["event"] == "user"]
    origin = bot.settings.allowed_origins[0]
    url = bot.base_url + "/webhooks/socketio/forget"
    assert (
        requests.post(
            url, data=json.dumps({"session_id": token}), headers={"Origin": "http://evil.example"}, timeout=10
        ).status_code
        == 403
    )
    assert (
        requests.post(url, data=json.dumps({"session_id": "0" * 48}), headers={"Origin": origin}, timeout=10).status_code == 400
    )
    answer = requests.post(
        url, data=json.dumps({"session_id": token}), headers={"Origin": origin, "Content-Type": "text/plain"}, timeout=10
    )
    assert answer.status_code == 200 and answer.headers.get("Access-Control-Allow-Origin") == origin
    assert [e for e in _events(bot, conversation) if e["event"] in ("user", "bot")] == []


def test_var_is_private_to_the_bots_user(bot: BotClient):
    var = bot.settings.var_dir
    assert var.stat().st_mode & 0o777 == 0o700
    loose = [str(p) for p in var.rglob("*") if p.stat().st_mode & 0o077]
    assert loose == []


# -- a replaced model file -------------------------------------------------------------------------


class _WritesMarker:
    """Unpickling this writes a file: what a hostile model would do instead."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # noqa: ANN204
        return (Path.write_text, (self.marker, "code ran"))


def test_a_model_whose_classifier_file_was_replaced_by_a_pickle_is_refused_and_runs_nothing(tmp_path: Path):
    import pickle
    import tarfile

    from bot.launcher import LaunchError, latest_model
    from bot.settings import PROJECT_ROOT

    original = latest_model(PROJECT_ROOT / "models")
    marker = tmp_path / "pwned"
    payload = pickle.dumps(_WritesMarker(marker))
    models = tmp_path / "models"
    models.mkdir()
    with tarfile.open(original) as source, tarfile.open(models / original.name, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member) if member.isfile() else None
            if member.name.endswith(("tfidf_intent_classifier.npz", "tfidf_intent_classifier.json")):
                member.size = len(payload)
                target.addfile(member, __import__("io").BytesIO(payload))
            else:
                target.addfile(member, data)
    settings = loopback_settings(tmp_path / "var")
    stack = Stack(settings, models_dir=models, log_dir=tmp_path / "logs", with_web=False)
    try:
        stack.start()  # Rasa keeps serving its ping route without a model; it never loads this one
        reply = requests.post(
            f"http://127.0.0.1:{settings.rasa_port}/webhooks/rest/webhook", json={"sender": "a", "message": "hi"}, timeout=30
        )
        assert reply.status_code != 500 and "Traceback" not in reply.text
    except LaunchError:
        pass
    finally:
        stack.stop()
    assert not marker.exists(), "the model file was unpickled"
    log = (tmp_path / "logs" / "rasa.log").read_text(errors="replace")
    assert "ModelFileError" in log and "tfidf_intent_classifier" in log


def test_a_binary_body_is_not_mistaken_for_deep_json(bot: BotClient):
    # e.g. a model upload through the (token-protected) API: brackets in binary data are not JSON nesting
    body = b"[" * 100 + b"\x00\x01binary"
    response = requests.post(
        bot.base_url + "/model/parse",
        data=body,
        params={"token": bot.settings.rasa_api_token},
        headers={"Content-Type": "application/octet-stream"},
        timeout=10,
    )
    assert "nested deeper" not in response.text
