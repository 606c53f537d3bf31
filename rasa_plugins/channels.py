"""Rasa's own channels, with the checks this product needs on top: origins allowed to connect, a
server-issued secret per widget session, input refused with a clear reason, and the one message guard
(`rasa_plugins.message_guard`) every channel shares."""

from __future__ import annotations

import json
import logging
from typing import Any, Dict, Optional, Set

from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request

from bot.http_guard import client_address, conversation_ref
from bot.inbound import WAIT_FOR_REPLY, InboundError, PendingLimiter, clean_text, parse_rest_body
from bot.session_tokens import SessionTokens, load_key
from bot.settings import load_settings
from rasa_plugins.message_guard import RATE_LIMITED_REPLY, MessageGuard, OnNewMessage, guarded_blueprint
from rasa_plugins.socketio_json_manager import JsonRedisManager

logger = logging.getLogger(__name__)
SOCKETIO_CHANNEL = "meso:socketio"  # Redis pub/sub channel of the socket.io servers in the cluster


class ValidatingRestInput(RestInput):
    """Rasa's REST channel; a body that is not `{"sender": str, "message": non-empty str}` gets a 4xx
    with its reason as JSON, instead of a 500 or a conversation under the shared id "default"."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    limiter = PendingLimiter()

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        blueprint = guarded_blueprint(super().blueprint, on_new_message)

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
            request.parsed_json = {"sender": inbound.sender, "message": inbound.text, "metadata": inbound.metadata}  # type: ignore[assignment]  # Sanic declares it None until parsed
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
    """Rasa's socket.io channel, with sessions a client can neither choose nor take over.

    - Only origins in WEB_ALLOWED_ORIGINS may connect (engine.io checks the Origin header and sets the
      CORS headers of the socket path; Rasa's other routes send none).
    - `session_request` gets a server-issued secret token (`bot.session_tokens`); a socket joins only the
      conversation its token opens, and every message must carry that same token. The conversation id
      Rasa stores is derived from the token and grants nothing.
    - Per-client-address and per-conversation rate limits; malformed events are dropped with a log line.
    - In the cluster (REDIS_URL) emits go through python-socketio's Redis manager, speaking JSON instead
      of pickle (`socketio_json_manager`), so a message for a conversation's room reaches the patient's
      socket on whichever instance holds it (staff replies of a live handoff that arrive on another one).
    """

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        settings = load_settings()
        message_guard = MessageGuard(settings)
        blueprint = super().blueprint(message_guard.wrap(on_new_message))
        message_guard.app_ref.capture(blueprint)
        tokens = SessionTokens(load_key(settings.var_dir))
        allowed = list(settings.allowed_origins)
        assert self.sio is not None
        sio = self.sio
        if settings.redis_url:  # before any connection: the manager is initialised on the first one
            sio.manager = JsonRedisManager(settings.redis_url, channel=SOCKETIO_CHANNEL)
            sio.manager.set_server(sio)
        desk = message_guard.app_ref.desk
        if desk is not None:
            desk.output_factories[self.name()] = lambda _live: SocketIOOutput(sio, self.bot_message_evt)
        sio.eio.cors_allowed_origins = allowed
        logger.info("socket.io accepts connections from: %s", ", ".join(allowed))
        handlers = sio.handlers.setdefault(self.namespace or "/", {})
        original_connect = handlers["connect"]
        original_message = handlers[self.user_message_evt]
        limiter = PendingLimiter()
        told_to_wait: Set[str] = set()
        bound: Dict[str, str] = {}  # socket id -> the conversation its token opened
        clients: Dict[str, str] = {}  # socket id -> client address

        async def checked_connect(sid: str, environ: Dict[str, Any], auth: Optional[Dict[str, Any]] = None) -> bool:
            request = environ.get("sanic.request")
            peer = getattr(request, "ip", None) or environ.get("REMOTE_ADDR")
            forwarded = request.headers.get("x-forwarded-for") if request is not None else None
            clients[sid] = client_address(peer, forwarded, settings.trusted_proxies)
            return bool(await original_connect(sid, environ, auth))

        async def disconnect(sid: str) -> None:
            bound.pop(sid, None)
            clients.pop(sid, None)

        async def session_request(sid: str, data: Any) -> None:
            """Resume the session of a valid token, else issue a new one; never a client-chosen id."""
            token = data.get("session_id") if isinstance(data, dict) else None
            if not tokens.valid(token):
                token = tokens.issue()
            conversation = tokens.conversation_id(token)
            previous = bound.get(sid)
            if previous and previous != conversation:
                sio.leave_room(sid, previous)
            bound[sid] = conversation
            sio.enter_room(sid, conversation)
            await sio.emit("session_confirm", token, room=sid)

        async def checked_user_message(sid: str, data: Any) -> None:
            if not isinstance(data, dict) or not isinstance(data.get("message"), str):
                logger.warning("socket.io: dropped a malformed message")
                return
            token = data.get("session_id")
            conversation = bound.get(sid)
            if not tokens.valid(token) or conversation is None or tokens.conversation_id(token) != conversation:
                logger.warning("socket.io: dropped a message whose session token does not belong to its socket")
                return
            text = clean_text(data["message"])
            if not text.strip():
                return
            app = message_guard.app_ref.app
            client_limiter = getattr(getattr(app, "ctx", None), "client_limiter", None)
            if client_limiter is not None and not client_limiter.allow(clients.get(sid, "unknown")):
                await sio.emit(self.bot_message_evt, {"text": RATE_LIMITED_REPLY}, room=sid)
                return
            if not isinstance(_metadata(data.get(self.metadata_key)), dict):
                data = {k: v for k, v in data.items() if k != self.metadata_key}
            if not limiter.try_acquire(conversation):
                logger.warning(
                    "socket.io: dropped a message of %s: %d already in flight", conversation_ref(conversation), limiter.limit
                )
                if conversation not in told_to_wait:  # once per burst, not once per dropped message
                    told_to_wait.add(conversation)
                    await sio.emit(self.bot_message_evt, {"text": WAIT_FOR_REPLY}, room=sid)
                return
            try:
                await original_message(sid, {**data, "message": text, "session_id": conversation})
            finally:
                limiter.release(conversation)
                if not limiter.pending(conversation):
                    told_to_wait.discard(conversation)

        @blueprint.route("/forget", methods=["POST"])
        async def forget(request: Request) -> Any:
            """The widget's "clear the chat" button: erases the server's copy of the session's conversation.
            Body: {"session_id": <the session token>} (sent as text/plain, a simple cross-origin request)."""
            origin = request.headers.get("origin")
            cors = {"Access-Control-Allow-Origin": origin, "Vary": "Origin"} if origin in allowed else {}
            if origin and not cors:
                return response.json({"error": "origin not allowed"}, status=403)
            try:
                token = json.loads(request.body or b"{}").get("session_id")
            except (ValueError, AttributeError):
                return response.json({"error": 'body must be JSON: {"session_id": "..."}'}, status=400, headers=cors)
            if not tokens.valid(token):
                return response.json({"error": "not a session of this bot"}, status=400, headers=cors)
            await message_guard.app_ref.forget(tokens.conversation_id(token), settings)
            return response.json({"deleted": True}, headers=cors)

        handlers["connect"] = checked_connect
        handlers["disconnect"] = disconnect
        handlers["session_request"] = session_request
        handlers[self.user_message_evt] = checked_user_message
        return blueprint
