"""Rasa's own channels, with the checks this product needs on top."""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from bot.settings import load_settings

logger = logging.getLogger(__name__)


class OriginCheckedSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel, accepting connections only from WEB_ALLOWED_ORIGINS.

    Rasa 3.6 builds its socket.io server with CORS checks off (any page could connect); the
    engine.io server checks the Origin header on every request once it has a list.
    """

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        allowed = list(load_settings().allowed_origins)
        assert self.sio is not None
        self.sio.eio.cors_allowed_origins = allowed
        logger.info("socket.io accepts connections from: %s", ", ".join(allowed))
        return blueprint
