"""A small HTTP client for the running bot, shared by the integration tests and the benchmark."""

from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import requests

from bot.settings import Settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex}"


@dataclass
class BotClient:
    settings: Settings
    timeout_s: float = 30.0

    @property
    def base_url(self) -> str:
        return f"http://{self.settings.host}:{self.settings.rasa_port}"

    def _params(self) -> Dict[str, str]:
        return {"token": self.settings.rasa_api_token} if self.settings.rasa_api_token else {}

    def send(self, sender: str, text: str) -> List[Dict[str, Any]]:
        """POST a message to the REST channel; the bot's replies, in order."""
        response = requests.post(
            f"{self.base_url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=self.timeout_s
        )
        response.raise_for_status()
        return response.json()

    def tracker(self, sender: str) -> Dict[str, Any]:
        response = requests.get(f"{self.base_url}/conversations/{sender}/tracker", params=self._params(), timeout=self.timeout_s)
        response.raise_for_status()
        return response.json()

    def web_conversation(self, session_token: str) -> str:
        """The conversation id a widget session token opens (what the tracker is stored under)."""
        from bot.session_tokens import SessionTokens, load_key

        return SessionTokens(load_key(self.settings.var_dir)).conversation_id(session_token)

    def slot(self, sender: str, name: str) -> Optional[Any]:
        return self.tracker(sender)["slots"].get(name)


def texts(replies: List[Dict[str, Any]]) -> List[str]:
    return [r.get("text", "") for r in replies if r.get("text")]


def button_payloads(replies: List[Dict[str, Any]]) -> List[str]:
    return [b["payload"] for r in replies for b in r.get("buttons") or []]
