"""docs/nginx/mesotherapy-bot.conf, rendered and run by Debian's nginx in front of the session's real bot:
the chat (socket.io, websocket and long-polling), the Slack webhook and the widget files get through;
Rasa's HTTP API (conversations are health data), the REST channel, unknown Host headers, other methods
and oversized bodies are refused by nginx itself.

nginx runs as a child of the test (`daemon off;`) on a free loopback port, with its pid, logs and temp
files in a temporary directory, so nothing under /etc/nginx is read or written. Requests are sent with
http.client, which sends the path exactly as written (no dot-segment clean-up), so traversal attempts
reach nginx as an attacker would send them.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import re
import socket
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest
import socketio
import websockets

from bot.launcher import Stack
from bot.settings import PROJECT_ROOT
from tests.async_helpers import run_async
from tests.bot_client import BotClient, free_port
from tests.http_capture import CaptureServer

pytestmark = pytest.mark.integration

NGINX = Path("/usr/sbin/nginx")
TEMPLATE = PROJECT_ROOT / "docs" / "nginx" / "mesotherapy-bot.conf"
SERVER_NAME = "127.0.0.1"  # the Host the test's requests carry; in the bot's default ALLOWED_HOSTS
NGINX_PAGE_MARK = b"<center>nginx</center>"  # on nginx's own error pages (server_tokens off); never the bot's


# -- running nginx -------------------------------------------------------------------------------
def render_site(listen: str, rasa_port: int, web_port: int, server_name: str = SERVER_NAME) -> str:
    """The template with its placeholders filled, as docs/reverse-proxy.md tells an operator to do."""
    text = TEMPLATE.read_text()
    for name, value in {"LISTEN": listen, "SERVER_NAME": server_name, "RASA_PORT": rasa_port, "WEB_PORT": web_port}.items():
        text = text.replace("{{" + name + "}}", str(value))
    assert not re.search(r"\{\{[A-Z_]+\}\}", text), (
        "a placeholder in docs/nginx/mesotherapy-bot.conf is not filled in by the test"
    )
    return text


def main_conf(directory: Path, site: Path) -> str:
    """A minimal nginx.conf including the site: every file nginx writes is under `directory`."""
    user = "user root root;\n" if os.geteuid() == 0 else ""  # workers must reach the pytest temp dir (0700)
    temp = "\n".join(f"    {kind}_temp_path {directory / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return (
        f"{user}worker_processes 1;\npid {directory / 'nginx.pid'};\nerror_log {directory / 'error.log'} warn;\n"
        f"daemon off;\nevents {{ worker_connections 256; }}\n"
        f"http {{\n    access_log {directory / 'access.log'};\n{temp}\n    include {site};\n}}\n"
    )


@dataclass
class Proxy:
    port: int
    directory: Path

    @property
    def url(self) -> str:
        return f"http://{SERVER_NAME}:{self.port}"

    def error_log(self) -> str:
        path = self.directory / "error.log"
        return path.read_text(errors="replace") if path.exists() else ""


def _wait_for_port(port: int, process: subprocess.Popen, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nginx did not listen on 127.0.0.1:{port} within {timeout_s} s")


@contextmanager
def running_nginx(directory: Path, rasa_port: int, web_port: int) -> Iterator[Proxy]:
    """nginx with the rendered site in front of the given ports, checked with `nginx -t` first."""
    directory.mkdir(parents=True, exist_ok=True)
    port = free_port()
    site = directory / "mesotherapy-bot.conf"
    site.write_text(render_site(f"127.0.0.1:{port}", rasa_port, web_port))
    conf = directory / "nginx.conf"
    conf.write_text(main_conf(directory, site))
    argv = [str(NGINX), "-p", f"{directory}/", "-c", str(conf), "-e", str(directory / "error.log")]
    check = subprocess.run([*argv, "-t"], capture_output=True, text=True, timeout=30)
    assert check.returncode == 0, f"nginx -t refused the rendered config:\n{check.stderr}"
    with open(directory / "nginx.out", "wb") as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)
    proxy = Proxy(port, directory)
    try:
        _wait_for_port(port, process)
        yield proxy
    except RuntimeError as error:
        pytest.fail(f"{error}\n{proxy.error_log()}")
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@pytest.fixture(scope="module")
def nginx_binary() -> Path:
    if not NGINX.exists():
        if os.geteuid() != 0:
            pytest.skip(f"{NGINX} is missing and this is not root: `sudo make nginx` installs Debian's nginx")
        pytest.fail(f"{NGINX} is missing: run `make nginx` (make test does)")
    return NGINX


@pytest.fixture(scope="module")
def proxy(nginx_binary: Path, bot_stack: Stack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proxy]:
    s = bot_stack.settings
    with running_nginx(tmp_path_factory.mktemp("nginx"), s.rasa_port, s.web_port) as running:
        yield running


# -- raw HTTP -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes


def request(
    port: int, method: str, path: str, body: Optional[bytes] = None, headers: Optional[Dict[str, str]] = None
) -> Optional[Answer]:
    """The answer to one request sent exactly as given, or None when the connection was closed without one
    (nginx's 444)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        all_headers = {"Host": f"{SERVER_NAME}:{port}", **(headers or {})}
        if body is not None:
            all_headers["Content-Length"] = str(len(body))
        for name, value in all_headers.items():
            conn.putheader(name, value)
        conn.endheaders(body)
        response = conn.getresponse()
        return Answer(response.status, response.read())
    except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
        return None
    finally:
        conn.close()


def refused_by_nginx(answer: Optional[Answer]) -> bool:
    """nginx's own refusal: its 403/404 page, or the connection closed without an answer (444)."""
    return answer is None or (answer.status in (403, 404) and NGINX_PAGE_MARK in answer.body)


# -- what gets through -----------------------------------------------------------------------------
def chat_over_polling(url: str, origin: str) -> List[Dict[str, Any]]:
    """Connects to the socket.io channel with engine.io long-polling (python-socketio's client), says
    hello; the bot's messages."""

    async def run() -> List[Dict[str, Any]]:
        received: List[Dict[str, Any]] = []
        client = socketio.AsyncClient(reconnection=False)
        confirmed: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        client.on("session_confirm", lambda sid: confirmed.set_result(sid if isinstance(sid, str) else sid["session_id"]))
        client.on("bot_uttered", lambda data: received.append(data))
        await client.connect(url, headers={"Origin": origin}, transports=["polling"], socketio_path="/socket.io")
        try:
            await client.emit("session_request", {"session_id": None})
            session_id = await asyncio.wait_for(confirmed, 15)
            await client.emit("user_uttered", {"message": "hello", "session_id": session_id})
            deadline = asyncio.get_running_loop().time() + 30
            while not any(m.get("text") for m in received) and asyncio.get_running_loop().time() < deadline:
                await asyncio.sleep(0.1)
        finally:
            await client.disconnect()
        return received

    return run_async(run())


def chat_over_websocket(port: int, origin: str) -> List[Dict[str, Any]]:
    """The same over a websocket from the first request (what the widget upgrades to), speaking engine.io 4
    / socket.io 5 frames directly: python-engineio's own websocket client needs a newer aiohttp than Rasa
    3.6 pins."""

    async def run() -> List[Dict[str, Any]]:
        received: List[Dict[str, Any]] = []
        uri = f"ws://{SERVER_NAME}:{port}/socket.io/?EIO=4&transport=websocket"
        async with websockets.connect(uri, origin=origin, open_timeout=15) as ws:  # type: ignore[attr-defined]

            async def event() -> List[Any]:
                """The next socket.io event, answering engine.io's pings on the way."""
                while True:
                    frame = str(await asyncio.wait_for(ws.recv(), 30))
                    if frame == "2":
                        await ws.send("3")
                    elif frame.startswith("42"):
                        return json.loads(frame[2:])

            assert str(await ws.recv()).startswith("0{"), "no engine.io open packet"
            await ws.send("40")
            assert str(await asyncio.wait_for(ws.recv(), 15)).startswith("40"), "socket.io connect refused"
            await ws.send("42" + json.dumps(["session_request", {"session_id": None}]))
            name, confirm = await event()
            assert name == "session_confirm"
            session_id = confirm if isinstance(confirm, str) else confirm["session_id"]
            await ws.send("42" + json.dumps(["user_uttered", {"message": "hello", "session_id": session_id}]))
            while not any(m.get("text") for m in received):
                name, data = await event()
                if name == "bot_uttered":
                    received.append(data)
        return received

    return run_async(run())


def test_the_chat_works_through_the_proxy_over_a_websocket(proxy: Proxy, bot: BotClient):
    received = chat_over_websocket(proxy.port, bot.settings.allowed_origins[0])
    assert [m["text"] for m in received if m.get("text")], "no bot reply to a greeting through the proxy"


def test_the_chat_works_through_the_proxy_over_long_polling(proxy: Proxy, bot: BotClient):
    received = chat_over_polling(proxy.url, bot.settings.allowed_origins[0])
    assert [m["text"] for m in received if m.get("text")], "no bot reply to a greeting through the proxy"


def test_the_slack_webhook_is_forwarded_to_the_bot(proxy: Proxy, bot: BotClient):
    body = b'{"type": "event_callback", "event": {"type": "message", "text": "hi"}}'
    headers = {"Content-Type": "application/json"}
    proxied = request(proxy.port, "POST", "/webhooks/slack/webhook", body, headers)
    direct = request(bot.settings.rasa_port, "POST", "/webhooks/slack/webhook", body, headers)
    assert proxied is not None and direct is not None
    assert 400 <= proxied.status < 500, "an unsigned Slack request is refused (by the bot, not nginx)"
    assert (proxied.status, proxied.body) == (direct.status, direct.body)
    assert NGINX_PAGE_MARK not in proxied.body


def test_the_widget_files_are_served_but_not_the_demo_page(proxy: Proxy):
    css = request(proxy.port, "GET", "/widget.css")
    assert css is not None and css.status == 200 and css.body == (PROJECT_ROOT / "web" / "widget.css").read_bytes()
    for path in ("/", "/index.html", "/config.js", "/chat-init.js"):
        assert refused_by_nginx(request(proxy.port, "GET", path)), path


def test_the_proxy_sets_the_client_address_and_passes_host_and_body_unchanged(
    nginx_binary: Path, tmp_path_factory: pytest.TempPathFactory
):
    """X-Forwarded-For / X-Real-IP are the proxy's peer, not what the client claims (the bot trusts them
    from TRUSTED_PROXIES); the Host is passed on; the body (signed by Slack) arrives byte for byte."""
    body = b'{"token": "x", "text": "caf\xc3\xa9 \\u00e9"}\n'
    with CaptureServer() as upstream, running_nginx(tmp_path_factory.mktemp("nginx-headers"), upstream.port, free_port()) as p:
        answer = request(
            p.port,
            "POST",
            "/webhooks/slack/webhook",
            body,
            {"Content-Type": "application/json", "X-Forwarded-For": "203.0.113.9", "X-Real-IP": "203.0.113.9"},
        )
        assert answer is not None and answer.status == 200
        [seen] = upstream.wait_for(1, timeout=5)
    assert seen.path == "/webhooks/slack/webhook"
    assert seen.headers["host"] == SERVER_NAME
    assert seen.headers["x-forwarded-for"] == "127.0.0.1"
    assert seen.headers["x-real-ip"] == "127.0.0.1"
    assert seen.headers["x-forwarded-proto"] == "http"
    assert seen.body == body


# -- what is refused ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "method, path, body",
    [
        ("GET", "/conversations/x/tracker", None),
        ("GET", "/model", None),
        ("PUT", "/model", b'{"model_file": "/tmp/x.tar.gz"}'),
        ("GET", "/status", None),
        ("GET", "/version", None),
        ("POST", "/webhooks/rest/webhook", b'{"sender": "a", "message": "hello"}'),
        ("POST", "/model/parse", b'{"text": "hello"}'),
        ("GET", "/domain", None),
        ("GET", "/", None),
    ],
)
def test_the_rasa_http_api_and_rest_channel_are_refused_by_nginx(proxy: Proxy, method: str, path: str, body: Optional[bytes]):
    assert refused_by_nginx(request(proxy.port, method, path, body, {"Content-Type": "application/json"}))


@pytest.mark.parametrize("path", ["/version", "/status", "/conversations/x/tracker"])
def test_the_refused_paths_are_served_by_the_bot_itself(bot: BotClient, path: str):
    """The control for the test above: these paths exist on the bot, so only the proxy refuses them."""
    direct = request(bot.settings.rasa_port, "GET", path)
    assert direct is not None and direct.status != 404


@pytest.mark.parametrize(
    "path",
    [
        "/socket.io/../version",
        "/socket.io/%2e%2e/version",
        "/socket.io/..%2fversion",
        "/socket.io/%2E%2E%2Fversion",
        "/webhooks/slack/../../version",
        "/webhooks/slack/%2e%2e/%2e%2e/version",
        "/webhooks/slack/..%2f..%2fversion",
        "//version",
        "/widget.css/../version",
    ],
)
def test_path_tricks_do_not_reach_the_api(proxy: Proxy, path: str):
    answer = request(proxy.port, "GET", path)
    assert answer is None or (answer.status != 200 and b"minimum_compatible_version" not in answer.body), answer


@pytest.mark.parametrize("path", ["/", "/socket.io/?EIO=4&transport=polling", "/webhooks/slack/", "/version"])
@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.evil.example", "localhost"])
def test_a_foreign_host_header_gets_the_connection_closed(proxy: Proxy, host: str, path: str):
    assert request(proxy.port, "GET", path, headers={"Host": host}) is None


def test_an_empty_host_header_is_refused_by_nginx(proxy: Proxy):
    answer = request(proxy.port, "GET", "/socket.io/?EIO=4&transport=polling", headers={"Host": ""})
    assert answer is not None and answer.status == 400 and NGINX_PAGE_MARK in answer.body


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("path", ["/socket.io/?EIO=4&transport=polling", "/webhooks/slack/webhook"])
def test_other_methods_on_the_forwarded_paths_are_refused(proxy: Proxy, method: str, path: str):
    answer = request(proxy.port, method, path, b"{}")
    assert answer is not None and answer.status == 403 and NGINX_PAGE_MARK in answer.body


@pytest.mark.parametrize(
    "path, too_big, fits",
    [
        ("/socket.io/?EIO=4&transport=polling", 64 * 1024 + 1, 60 * 1024),
        ("/webhooks/slack/webhook", 256 * 1024 + 1, 200 * 1024),
    ],
)
def test_an_oversized_body_gets_413_from_nginx(proxy: Proxy, path: str, too_big: int, fits: int):
    answer = request(proxy.port, "POST", path, b"x" * too_big, {"Content-Type": "text/plain"})
    assert answer is not None and answer.status == 413
    control = request(proxy.port, "POST", path, b"x" * fits, {"Content-Type": "text/plain"})
    assert control is not None and control.status != 413 and NGINX_PAGE_MARK not in control.body


def test_a_burst_from_one_address_is_rate_limited_with_429(proxy: Proxy):
    """Last in the module: it uses up this address's allowance for a few seconds."""
    time.sleep(4)  # the earlier tests' requests drain away (10 a second), so the full burst is allowed
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda _: request(proxy.port, "GET", "/webhooks/slack/"), range(150)))
    statuses = [a.status if a else None for a in answers]
    assert statuses.count(429) >= 20, statuses
    assert all(NGINX_PAGE_MARK in a.body for a in answers if a and a.status == 429)
    assert len([s for s in statuses if s not in (429, None)]) >= 20, "the burst allowance is served, not refused"
    time.sleep(3)  # 10 requests a second drain the bucket again
    after = request(proxy.port, "GET", "/webhooks/slack/")
    assert after is not None and after.status != 429


def test_the_widgets_forget_endpoint_is_forwarded_post_only(proxy: Proxy):
    forwarded = request(
        proxy.port, "POST", "/webhooks/socketio/forget", b'{"session_id": "not-a-token"}', {"Content-Type": "text/plain"}
    )
    assert forwarded.status == 400 and b"not a session of this bot" in forwarded.body
    assert request(proxy.port, "GET", "/webhooks/socketio/forget", None, {}).status == 403
    assert refused_by_nginx(request(proxy.port, "GET", "/webhooks/socketio/", None, {}))
