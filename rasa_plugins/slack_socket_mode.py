"""Slack Socket Mode: the bot connects out to Slack (SLACK_APP_TOKEN, xapp-...), so it needs no public URL.

slack_sdk's asyncio `SocketModeClient` (aiohttp) asks ``apps.connections.open`` for a WebSocket
URL, receives ``hello``, then envelopes (``events_api``, ``interactive``) that must be acknowledged
within 3 seconds by sending back their ``envelope_id``. It reconnects by itself on ``disconnect``
(Slack refreshes connections every few hours) and on errors; Slack redelivers an envelope that was
not acknowledged, possibly over the new connection, so every event also goes through the channel's
de-duplication. Each envelope is acknowledged first, then handed to the same methods as an Events
API request (`DeduplicatingSlackInput.handle_envelope` / `handle_interaction`).
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Protocol

from rasa.core.channels.channel import UserMessage
from slack_sdk.socket_mode.aiohttp import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse
from slack_sdk.web.async_client import AsyncWebClient


class SlackDeliveries(Protocol):
    """What takes Slack's deliveries: the Slack channel, or the shell's staff-only handler."""

    slack_token: str

    def handle_envelope(self, envelope: Dict[str, Any], on_new_message: Any) -> None: ...

    def handle_interaction(self, payload: Dict[str, Any], on_new_message: Any) -> None: ...


logger = logging.getLogger(__name__)


class SlackSocketMode:
    """The Socket Mode connection of one Slack channel; started and stopped with the Rasa server."""

    def __init__(
        self,
        channel: SlackDeliveries,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        app_token: str,
        api_base_url: str,
        ping_interval_s: float = 10.0,
    ) -> None:
        self.channel = channel
        self.on_new_message = on_new_message
        self.app_token = app_token
        self.api_base_url = api_base_url
        self.ping_interval_s = ping_interval_s
        self.client: Optional[SocketModeClient] = None

    async def start(self) -> None:
        web = AsyncWebClient(token=self.channel.slack_token, base_url=self.api_base_url)
        self.client = SocketModeClient(app_token=self.app_token, web_client=web, ping_interval=self.ping_interval_s)
        self.client.socket_mode_request_listeners.append(self._on_request)  # type: ignore[arg-type]
        try:
            await self.client.connect()
        except Exception as error:  # the server keeps running; slack_sdk keeps retrying after a first success only
            logger.error("Slack Socket Mode: could not connect (%s); check SLACK_APP_TOKEN", type(error).__name__)
            return
        logger.info("Slack Socket Mode connected")

    async def stop(self) -> None:
        if self.client is not None:
            await self.client.close()
            self.client = None

    async def _on_request(self, client: SocketModeClient, request: SocketModeRequest) -> None:
        await client.send_socket_mode_response(SocketModeResponse(envelope_id=request.envelope_id))
        payload = request.payload if isinstance(request.payload, dict) else {}
        if request.type == "events_api":
            if request.retry_attempt:
                logger.info("Slack Socket Mode: redelivery #%s: answered only if never received", request.retry_attempt)
            self.channel.handle_envelope(payload, self.on_new_message)
        elif request.type == "interactive":
            self.channel.handle_interaction(payload, self.on_new_message)
        else:
            logger.debug("Slack Socket Mode: %s envelope ignored", request.type)
