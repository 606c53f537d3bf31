"""Checks on what arrives from outside before the bot reads it: a clear reason for what is refused,
a cleaned text for what is accepted. Used by the REST and socket.io channels (rasa_plugins/channels.py)."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Dict, Optional

MAX_BODY_BYTES = 256 * 1024
MAX_JSON_DEPTH = 32  # a chat message nests two levels; Python's json parser fails near 1000
MAX_SENDER_CHARS = 128
SENDER_PATTERN = re.compile(r"^[A-Za-z0-9_.:@+\-]{1,128}$")
# Control characters other than tab and newline are dropped; everything else (emoji, right-to-left
# text, HTML, SQL-looking strings) is kept as text: it is never executed or rendered as markup.
_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n"} | {chr(127)}


class InboundError(ValueError):
    """A request the bot refuses; `status` is the HTTP status, the message the reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class InboundMessage:
    sender: str
    text: str
    metadata: Optional[Dict[str, Any]]


def clean_text(text: str) -> str:
    """The text without control characters (tab and newline kept), Unicode-normalised (NFC)."""
    return unicodedata.normalize("NFC", "".join(ch for ch in text if ch not in _CONTROL and unicodedata.category(ch) != "Cs"))


def json_too_deep(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether a JSON text nests objects/arrays deeper than `limit` (checked before parsing it)."""
    depth = 0
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return False


def parse_rest_body(body: bytes) -> InboundMessage:
    """A REST webhook body: JSON object with a `sender` id and a non-empty `message` string."""
    if len(body) > MAX_BODY_BYTES:
        raise InboundError(413, f"body is larger than {MAX_BODY_BYTES // 1024} KB")
    if json_too_deep(body):
        raise InboundError(400, f"body is JSON nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        payload = json.loads(body.decode("utf-8"))
    except RecursionError:
        raise InboundError(400, f"body is JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    except UnicodeDecodeError:
        raise InboundError(400, "body is not valid UTF-8") from None
    except ValueError:
        raise InboundError(400, 'body must be JSON: {"sender": "...", "message": "..."}') from None
    if not isinstance(payload, dict):
        raise InboundError(400, 'body must be a JSON object with "sender" and "message"')
    sender = payload.get("sender")
    if not isinstance(sender, str) or not sender.strip():
        raise InboundError(400, '"sender" is required: a conversation id string')
    if not SENDER_PATTERN.match(sender):
        raise InboundError(400, f'"sender" must be 1-{MAX_SENDER_CHARS} letters, digits or _.:@+-')
    message = payload.get("message")
    if not isinstance(message, str):
        raise InboundError(400, '"message" is required and must be a string')
    text = clean_text(message)
    if not text.strip():
        raise InboundError(400, '"message" is empty')
    metadata = payload.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise InboundError(400, '"metadata" must be a JSON object')
    return InboundMessage(sender=sender, text=text, metadata=metadata)


WAIT_FOR_REPLY = "Please wait for my reply before sending more."  # to a chat sender over the PendingLimiter


class PendingLimiter:
    """At most `limit` messages of one conversation in flight at once; the rest are refused (429).

    Rasa processes a conversation's messages one at a time behind a lock that waits in 1-second
    steps and expires queued tickets after 60 s, so a burst from one sender would otherwise queue
    for minutes. In-process only: several Rasa instances would need a shared counter (e.g. Redis).
    """

    def __init__(self, limit: int = 4) -> None:
        self.limit = limit
        self._pending: Dict[str, int] = {}

    def try_acquire(self, key: str) -> bool:
        if self._pending.get(key, 0) >= self.limit:
            return False
        self._pending[key] = self._pending.get(key, 0) + 1
        return True

    def release(self, key: str) -> None:
        remaining = self._pending.get(key, 0) - 1
        if remaining > 0:
            self._pending[key] = remaining
        else:
            self._pending.pop(key, None)

    def pending(self, key: str) -> int:
        return self._pending.get(key, 0)
