"""Widget sessions: the server issues each one a secret token; the conversation id is derived from it.

A token is 16 random bytes plus an HMAC over them (48 hex digits), so a client cannot make one up or
choose its own. The conversation id that Rasa stores, logs and shows to staff is a second HMAC of
the token: knowing it (from a log line or a staff alert) does not let anyone join the conversation.
The key lives in `var/session.key` (0600), so sessions survive a restart of the bot.
"""

from __future__ import annotations

import hmac
import os
import re
import secrets
from hashlib import sha256
from pathlib import Path
from typing import TypeGuard

KEY_FILE = "session.key"
_TOKEN = re.compile(r"^[0-9a-f]{48}$")


def load_key(var_dir: Path) -> bytes:
    """The session key under var/, created (0600) on first use."""
    path = Path(var_dir) / KEY_FILE
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    os.chmod(path, 0o600)
    return key


class SessionTokens:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def _mac(self, purpose: bytes, data: bytes) -> str:
        return hmac.new(self._key, purpose + data, sha256).hexdigest()

    def issue(self) -> str:
        nonce = secrets.token_hex(16)
        return nonce + self._mac(b"token:", nonce.encode())[:16]

    def valid(self, token: object) -> TypeGuard[str]:
        if not isinstance(token, str) or not _TOKEN.match(token):
            return False
        return hmac.compare_digest(token[32:], self._mac(b"token:", token[:32].encode())[:16])

    def conversation_id(self, token: str) -> str:
        """The conversation a valid token opens (what Rasa stores as the sender id)."""
        return "web-" + self._mac(b"conversation:", token.encode())[:32]
