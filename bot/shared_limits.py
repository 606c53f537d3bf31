"""Rate limits and "seen already" keys shared by every instance of the cluster, in Redis (REDIS_URL).

`make run` keeps them in the process (`bot.http_guard.RateLimiter`, the Slack channel's TtlKeyCache);
behind a load balancer each instance would count only its own share of a client's messages and a
Slack retry sent to another instance would be answered twice. Same contracts here: ``allow(key)``
and ``claim(keys)`` / ``add`` / ``in``, each one atomic Lua script (one round trip).

When Redis cannot be reached the answer is the permissive one, logged: a message is let through
(answered, maybe twice) rather than dropped, since it may be a symptom report.
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any, Callable, Iterable, Optional, Union

import redis

from bot.http_guard import RateLimiter
from bot.settings import Settings

logger = logging.getLogger(__name__)
WINDOW_S = 60.0

# Sliding window: the hits of the last 60 s in a sorted set scored by time.
_ALLOW = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1] - ARGV[2])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('EXPIRE', KEYS[1], math.ceil(tonumber(ARGV[2])))
return 1
"""
# True (1) when none of the keys was there; every key is (re)set with the TTL, as TtlKeyCache does.
_CLAIM = """
local fresh = 1
for _, key in ipairs(KEYS) do
  if redis.call('EXISTS', key) == 1 then fresh = 0 end
end
for _, key in ipairs(KEYS) do
  redis.call('SET', key, '1', 'EX', ARGV[1])
end
return fresh
"""

_clients: dict = {}


def redis_client(url: str) -> redis.Redis[Any]:
    """One client (connection pool) per process and URL; short timeouts, so a Redis outage costs a
    message at most half a second before the permissive answer."""
    client = _clients.get(url)
    if client is None:
        client = _clients[url] = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
    return client


class _Unavailable:
    """Logs a Redis outage once per 10 s, not once per message."""

    def __init__(self) -> None:
        self._last = 0.0

    def log(self, what: str, error: Exception) -> None:
        now = time.monotonic()
        if now - self._last >= 10.0:
            self._last = now
            logger.warning("Redis unreachable (%s): %s let through: %s", type(error).__name__, what, error)


class RedisRateLimiter:
    """At most `per_minute` events per key in any 60-second window, counted across instances."""

    def __init__(self, client: redis.Redis[Any], per_minute: int, prefix: str, clock: Callable[[], float] = time.time) -> None:
        self.client = client
        self.per_minute = per_minute
        self.prefix = prefix
        self.clock = clock
        self._script = client.register_script(_ALLOW)
        self._unavailable = _Unavailable()

    def allow(self, key: str) -> bool:
        try:
            args = [self.clock(), WINDOW_S, self.per_minute, uuid.uuid4().hex]
            return bool(self._script(keys=[f"{self.prefix}:{key}"], args=args))
        except redis.RedisError as error:
            self._unavailable.log("a rate-limited message", error)
            return True


class RedisKeyClaims:
    """Keys seen in the last `ttl_s` seconds, shared across instances (`claim` is atomic)."""

    def __init__(self, client: redis.Redis[Any], ttl_s: float, prefix: str) -> None:
        self.client = client
        self.ttl_s = max(1, int(ttl_s))
        self.prefix = prefix
        self._script = client.register_script(_CLAIM)
        self._unavailable = _Unavailable()

    def claim(self, keys: Iterable[str]) -> bool:
        """Remember ``keys``; True if none of them was already known (the caller should go ahead)."""
        names = [f"{self.prefix}:{k}" for k in keys if k]
        if not names:
            return True
        try:
            return bool(self._script(keys=names, args=[self.ttl_s]))
        except redis.RedisError as error:
            self._unavailable.log("a possibly repeated delivery", error)
            return True

    def add(self, key: str) -> None:
        self.claim([key])

    def __contains__(self, key: object) -> bool:
        try:
            return bool(self.client.exists(f"{self.prefix}:{key}"))
        except redis.RedisError as error:
            self._unavailable.log("a thread lookup", error)
            return False


def rate_limiter(settings: Settings, name: str) -> Union[RateLimiter, RedisRateLimiter]:
    """The CLIENT_MESSAGES_PER_MINUTE limiter called `name`: in Redis when REDIS_URL is set."""
    if settings.redis_url:
        return RedisRateLimiter(redis_client(settings.redis_url), settings.client_messages_per_minute, f"meso:limit:{name}")
    return RateLimiter(settings.client_messages_per_minute)


def shared_key_claims(settings: Settings, name: str, ttl_s: float) -> Optional[RedisKeyClaims]:
    """Keys shared through Redis when REDIS_URL is set; None: the caller keeps its in-process cache."""
    if not settings.redis_url:
        return None
    return RedisKeyClaims(redis_client(settings.redis_url), ttl_s, f"meso:seen:{name}")
