"""A loopback stand-in for the parts of Slack that slack_sdk's Socket Mode client uses, for tests.

- Web API (``/api/<method>``): ``apps.connections.open`` answers with a ``ws://`` URL on this server;
  ``chat.postMessage`` with a ts; ``users.info`` with the display name `STAFF_NAME`; every other method
  with ``{"ok": true}``. Each call is recorded.
- WebSocket (``/link``): sends ``hello`` on connect, records what the client sends (acknowledgements
  carry the ``envelope_id``), and lets the test push envelopes (``send``) or ask the client to
  reconnect (``disconnect``: Slack's ``{"type": "disconnect"}``).

Runs an aiohttp server on its own event loop in a thread, so synchronous tests can drive it.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional

from aiohttp import WSMsgType, web

STAFF_NAME = "Dana"


def post_ts(index: int) -> str:
    """The ts of the stand-in's ``index``-th call (from 1), when it was a ``chat.postMessage``."""
    return f"1900000200.{index:06d}"


@dataclass(frozen=True)
class ApiCall:
    method: str
    body: Dict[str, Any]


class SlackSocketStandIn:
    def __init__(self) -> None:
        self.calls: List[ApiCall] = []
        self.received: List[Dict[str, Any]] = []  # what the client sent over the socket
        self.connections = 0
        self._ws: Optional[web.WebSocketResponse] = None
        self._loop = asyncio.new_event_loop()
        self._runner: Optional[web.AppRunner] = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._lock = threading.RLock()
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> SlackSocketStandIn:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/link", self._link)
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)  # slack_sdk sends some methods (users.info) as GET
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def _stop(self) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    # -- Web API -----------------------------------------------------------------------------
    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.method == "GET":
            body: Dict[str, Any] = dict(request.query)
        elif request.content_type == "application/json":
            body = await request.json()
        else:
            body = dict(await request.post())
        with self._lock:
            self.calls.append(ApiCall(method, dict(body)))
            index = len(self.calls)
        if method == "apps.connections.open":
            return web.json_response({"ok": True, "url": f"ws://127.0.0.1:{self.port}/link"})
        if method == "chat.postMessage":
            return web.json_response({"ok": True, "channel": body.get("channel"), "ts": post_ts(index)})
        if method == "users.info":
            return web.json_response({"ok": True, "user": {"id": body.get("user"), "profile": {"display_name": STAFF_NAME}}})
        return web.json_response({"ok": True})

    # -- WebSocket ---------------------------------------------------------------------------
    async def _link(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        with self._lock:
            self.connections += 1
        self._ws = ws
        await ws.send_str(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0TEST0001"}}))
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                with self._lock:
                    self.received.append(json.loads(message.data))
        return ws

    def _run(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    def send(self, envelope_type: str, payload: Dict[str, Any], envelope_id: Optional[str] = None, retry_attempt: int = 0) -> str:
        """Push an envelope to the connected client; returns its envelope id."""
        envelope_id = envelope_id or str(uuid.uuid4())
        body = {
            "envelope_id": envelope_id,
            "type": envelope_type,
            "payload": payload,
            "accepts_response_payload": envelope_type == "interactive",
            "retry_attempt": retry_attempt,
            "retry_reason": "timeout" if retry_attempt else "",
        }
        ws = self._ws
        assert ws is not None, "no client connected"
        self._run(ws.send_str(json.dumps(body)))
        return envelope_id

    def disconnect(self) -> None:
        """Slack's request to reconnect (sent before it refreshes a connection)."""
        ws = self._ws
        assert ws is not None, "no client connected"
        self._run(ws.send_str(json.dumps({"type": "disconnect", "reason": "refresh_requested"})))

    # -- waiting -----------------------------------------------------------------------------
    def wait_until(self, condition: Callable[[], bool], timeout_s: float = 20.0, what: str = "condition") -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self._lock:
                if condition():
                    return
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}; calls: {[c.method for c in self.calls]}")

    def acked(self, envelope_id: str) -> bool:
        return any(r.get("envelope_id") == envelope_id for r in self.received)

    def posts(self, channel: Optional[str] = None) -> List[Dict[str, Any]]:
        with self._lock:
            return [c.body for c in self.calls if c.method == "chat.postMessage" and channel in (None, c.body.get("channel"))]
