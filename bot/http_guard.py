"""Checks every server makes on an HTTP request before anything else reads it (no Rasa, no Sanic).

- The Host header must name this bot (`ALLOWED_HOSTS`): a DNS-rebinding page whose name resolves to
  127.0.0.1 sends its own name, and is refused.
- The client address is the direct peer, or X-Forwarded-For's last hop when the peer is one of
  `TRUSTED_PROXIES`: a client cannot choose its own address for the rate limits.
- Rasa's HTTP API (anything that is not a chat channel) answers only loopback peers that are not
  forwarding someone else's request.
- A per-client sliding-window rate limit (`CLIENT_MESSAGES_PER_MINUTE`).
"""

from __future__ import annotations

import hashlib
import ipaddress
import time
from collections import deque
from typing import Callable, Deque, Dict, Iterable, Optional

CHANNEL_PREFIXES = ("/webhooks/", "/socket.io")


def host_name(host_header: Optional[str]) -> str:
    """The name in a Host header, without its port, lower case: "[::1]:5005" -> "::1"."""
    host = (host_header or "").strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else ""
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def host_allowed(host_header: Optional[str], allowed: Iterable[str]) -> bool:
    name = host_name(host_header)
    return bool(name) and name in {a.strip("[]").lower() for a in allowed}


def is_loopback(address: Optional[str]) -> bool:
    try:
        return ipaddress.ip_address((address or "").strip("[]")).is_loopback
    except ValueError:
        return False


def client_address(peer: Optional[str], forwarded_for: Optional[str], trusted_proxies: Iterable[str]) -> str:
    """The client's address for rate limits: X-Forwarded-For's last entry only behind a trusted proxy."""
    peer = (peer or "").strip()
    if forwarded_for and peer in set(trusted_proxies):
        last = forwarded_for.split(",")[-1].strip()
        if last:
            return last
    return peer or "unknown"


def is_api_path(path: str) -> bool:
    """Rasa's HTTP API: every path of the Rasa server except the chat channels and the root ping."""
    return path != "/" and not path.startswith(CHANNEL_PREFIXES)


def conversation_ref(sender_id: str) -> str:
    """A conversation's id as logs and staff alerts show it: enough to find it, useless to join it."""
    return "c-" + hashlib.sha256(sender_id.encode("utf-8", "replace")).hexdigest()[:12]


class RateLimiter:
    """At most `per_minute` events per key in any 60-second window; in-process (one Rasa server)."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self.max_keys = max_keys
        self._hits: Dict[str, Deque[float]] = {}

    def allow(self, key: str) -> bool:
        now = self.clock()
        hits = self._hits.get(key)
        if hits is None:
            if len(self._hits) >= self.max_keys:
                self._forget_idle(now)
            hits = self._hits[key] = deque()
        while hits and now - hits[0] >= 60.0:
            hits.popleft()
        if len(hits) >= self.per_minute:
            return False
        hits.append(now)
        return True

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, v in self._hits.items() if not v or now - v[-1] >= 60.0]:
            del self._hits[key]
