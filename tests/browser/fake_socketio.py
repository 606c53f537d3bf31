"""A stand-in Rasa socket.io server that sends hostile bot messages, to test how the widget renders them.

The real bot never sends HTML or script links; this server does, so the widget's escaping and
link filtering are tested without changing the bot.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
import uuid
from typing import Any, Dict, List, Optional, Sequence

import socketio
from aiohttp import web

# Each message is what Rasa's socket.io output channel emits as `bot_uttered`.
HOSTILE_MESSAGES: List[Dict[str, Any]] = [
    {"text": "raw html <img src=x onerror=\"alert('img')\"> <script>alert('script')</script> end"},
    {"text": "a [script link](javascript:alert('link')) and a [safe link](https://example.org/safe)"},
    {"text": "an image ![x](javascript:alert('image')) and <a href=\"javascript:alert('anchor')\">html link</a>"},
    {"text": "🚨 EMERGENCY: fake emergency for styling"},
    {
        "text": "buttons",
        "quick_replies": [
            {"content_type": "text", "title": "<b onmouseover=alert('title')>bold?</b>", "payload": "/greet"},
        ],
    },
]


class FakeRasaSocketIO:
    """Runs on 127.0.0.1:port in a background thread; answers every user message with HOSTILE_MESSAGES."""

    def __init__(self, port: int, allowed_origins: Sequence[str], messages: Optional[List[Dict[str, Any]]] = None):
        self.port = port
        self.messages = messages if messages is not None else HOSTILE_MESSAGES
        self.sio = socketio.AsyncServer(async_mode="aiohttp", cors_allowed_origins=list(allowed_origins))
        self.app = web.Application()
        self.sio.attach(self.app, socketio_path="/socket.io/")
        self.sio.on("session_request", self._session_request)
        self.sio.on("user_uttered", self._user_uttered)
        self._loop = asyncio.new_event_loop()
        self._runner: Optional[web.AppRunner] = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    async def _session_request(self, sid: str, data: Optional[Dict[str, Any]]) -> None:
        session_id = (data or {}).get("session_id") or uuid.uuid4().hex
        entered = self.sio.enter_room(sid, session_id)  # a coroutine in newer python-socketio
        if inspect.isawaitable(entered):
            await entered
        await self.sio.emit("session_confirm", session_id, room=sid)

    async def _user_uttered(self, sid: str, data: Dict[str, Any]) -> None:
        for message in self.messages:
            await self.sio.emit("bot_uttered", message, room=data.get("session_id") or sid)

    async def _start(self) -> None:
        self._runner = web.AppRunner(self.app, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    def __enter__(self) -> FakeRasaSocketIO:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    async def _stop(self) -> None:
        try:
            connected = list(self.sio.manager.get_participants("/", None))
        except KeyError:  # nobody connected
            connected = []
        for participant in connected:
            await self.sio.disconnect(participant[0] if isinstance(participant, tuple) else participant)
        if self._runner is not None:
            await self._runner.cleanup()
        pending = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in pending:  # engine.io's ping tasks
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()
