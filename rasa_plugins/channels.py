"""Rasa's own channels, with the checks this product needs on top: origins allowed to connect,
input refused with a clear reason, and a reply to every message even when a custom action fails."""

from __future__ import annotations

import json
import logging
from typing import Any, Awaitable, Callable, Dict, Set

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint, response
from sanic.request import Request

from bot.inbound import WAIT_FOR_REPLY, InboundError, PendingLimiter, clean_text, is_session_id, parse_rest_body
from bot.settings import load_settings

logger = logging.getLogger(__name__)
OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


def fallback_text() -> str:
    s = load_settings()
    return (
        "Sorry, something went wrong on my side and I can't answer that right now. Please try again in a minute, "
        f"or call {s.clinic_name} on {s.clinic_phone}. If you feel very unwell, call {s.emergency_number} "
        "(or your local emergency number)."
    )


class _CountingOutputChannel(OutputChannel):
    """Passes every reply on to the real channel and counts them."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner
        self.sent = 0

    @classmethod
    def name(cls) -> str:
        return "counting"

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        self.sent += 1
        await self.inner.send_response(recipient_id, message)


def with_reply_guarantee(on_new_message: OnNewMessage) -> OnNewMessage:
    """Every user message gets at least one reply: when the dialogue produced none (a custom action
    failed, e.g. the action server is down), a short apology with the clinic's contact goes out."""

    async def handle(message: UserMessage) -> Any:
        counter = _CountingOutputChannel(message.output_channel)
        message.output_channel = counter
        result = None
        try:
            result = await on_new_message(message)
        except Exception as error:  # the person still gets a reply; the operator gets one clear line
            logger.error(
                "conversation %s: message not processed or not saved (%s: %s); if this is the tracker store, "
                "check that VAR_DIR is writable and not full",
                message.sender_id,
                type(error).__name__,
                error,
            )
        if counter.sent == 0:
            logger.error("conversation %s: no reply was produced; sent the fallback reply", message.sender_id)
            await counter.inner.send_response(message.sender_id, {"text": fallback_text()})
        return result

    return handle


class ValidatingRestInput(RestInput):
    """Rasa's REST channel; a body that is not `{"sender": str, "message": non-empty str}` gets a 4xx
    with its reason as JSON, instead of a 500 or a conversation under the shared id "default"."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    limiter = PendingLimiter()

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        blueprint = super().blueprint(with_reply_guarantee(on_new_message))

        @blueprint.middleware("request")
        async def validate(request: Request) -> Any:
            if request.method != "POST" or not request.path.endswith("/webhook"):
                return None
            try:
                inbound = parse_rest_body(request.body or b"")
            except InboundError as error:
                return response.json({"error": error.reason}, status=error.status)
            if not self.limiter.try_acquire(inbound.sender):
                return response.json(
                    {"error": "too many messages at once for this conversation: wait for the replies, then send again"},
                    status=429,
                    headers={"Retry-After": "2"},
                )
            request.ctx.pending_sender = inbound.sender
            request.parsed_json = {"sender": inbound.sender, "message": inbound.text, "metadata": inbound.metadata}
            return None

        @blueprint.middleware("response")
        async def release(request: Request, _: Any) -> None:
            sender = getattr(request.ctx, "pending_sender", None)
            if sender is not None:
                request.ctx.pending_sender = None
                self.limiter.release(sender)

        return blueprint


def _metadata(value: Any) -> Any:
    """socket.io metadata as Rasa will read it: a dict, or a JSON string holding one."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value if value is not None else {}


class OriginCheckedSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel, accepting connections only from WEB_ALLOWED_ORIGINS.

    Rasa 3.6 builds its socket.io server with CORS checks off (any page could connect); the
    engine.io server checks the Origin header on every request once it has a list. Messages that
    are not `{"message": str, ...}` are dropped with a log line instead of an exception.
    """

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        blueprint = super().blueprint(with_reply_guarantee(on_new_message))
        allowed = list(load_settings().allowed_origins)
        assert self.sio is not None
        self.sio.eio.cors_allowed_origins = allowed
        # Rasa's Sanic-CORS (`rasa run --cors`, given the same list by the launcher) already sets the CORS
        # headers on every route; engine.io adding its own sends Access-Control-Allow-Origin twice, which
        # browsers reject ("contains multiple values"), so the widget could never connect. engine.io keeps
        # only its Origin check (400 for any other origin).
        self.sio.eio._cors_headers = lambda environ: []
        logger.info("socket.io accepts connections from: %s", ", ".join(allowed))
        handlers = self.sio.handlers.setdefault(self.namespace or "/", {})
        original_message = handlers[self.user_message_evt]
        original_session_request = handlers["session_request"]
        limiter = PendingLimiter()
        told_to_wait: Set[str] = set()

        async def checked_session_request(sid: str, data: Any) -> None:
            """Only the server makes session ids (uuid4): a client may resume one it was given, in the
            same shape, but never choose its own (e.g. "admin" or another person's name)."""
            data = data if isinstance(data, dict) else {}
            if not is_session_id(data.get("session_id")):
                data = {**data, "session_id": None}
            await original_session_request(sid, data)

        async def checked_user_message(sid: str, data: Any) -> None:
            if not isinstance(data, dict) or not isinstance(data.get("message"), str):
                logger.warning("socket.io: dropped a malformed message from %s", sid)
                return
            if self.session_persistence and not is_session_id(data.get("session_id")):
                logger.warning("socket.io: dropped a message with no valid session id from %s", sid)
                return
            text = clean_text(data["message"])
            if not text.strip():
                return
            if not isinstance(_metadata(data.get(self.metadata_key)), dict):
                data = {k: v for k, v in data.items() if k != self.metadata_key}
            key = str(data.get("session_id") or sid)
            if not limiter.try_acquire(key):
                logger.warning("socket.io: dropped a message of %s: %d already in flight", key, limiter.limit)
                if key not in told_to_wait:  # once per burst, not once per dropped message
                    told_to_wait.add(key)
                    await self.sio.emit(self.bot_message_evt, {"text": WAIT_FOR_REPLY}, room=sid)
                return
            try:
                await original_message(sid, {**data, "message": text})
            finally:
                limiter.release(key)
                if not limiter.pending(key):
                    told_to_wait.discard(key)

        handlers["session_request"] = checked_session_request
        handlers[self.user_message_evt] = checked_user_message
        return blueprint
