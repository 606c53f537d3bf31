"""Slack events: which deliveries are the same message (de-duplication), and which messages the bot
answers. Shared by the Events API (`rasa_plugins.slack_channel`) and Socket Mode
(`rasa_plugins.slack_socket_mode`), so both give one answer per message."""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Iterable, List, Mapping, Optional, Tuple

# Message subtypes that are still a person writing to the bot; every other subtype (message_changed,
# message_deleted, channel_join, bot_message, ...) is ignored.
USER_SUBTYPES = frozenset({"thread_broadcast", "file_share"})


# --------------------------------------------------------------------------------------------
# De-duplication
# --------------------------------------------------------------------------------------------
class TtlKeyCache:
    """Keys seen in the last ``ttl_s`` seconds, at most ``max_keys`` of them (oldest dropped first).

    In-memory and per process, and not thread-safe: use it from the event loop only (each
    ``claim`` runs without awaiting, so it is atomic there).
    """

    def __init__(self, ttl_s: float, max_keys: int, clock: Callable[[], float] = time.monotonic) -> None:
        if ttl_s <= 0 or max_keys <= 0:
            raise ValueError("ttl_s and max_keys must be positive")
        self.ttl_s = ttl_s
        self.max_keys = max_keys
        self._clock = clock
        self._expiry: OrderedDict[str, float] = OrderedDict()  # insertion order == expiry order

    def _purge(self, now: float) -> None:
        while self._expiry:
            key, expires = next(iter(self._expiry.items()))
            if expires > now:
                break
            del self._expiry[key]

    def __contains__(self, key: object) -> bool:
        self._purge(self._clock())
        return key in self._expiry

    def __len__(self) -> int:
        self._purge(self._clock())
        return len(self._expiry)

    def add(self, key: str) -> None:
        self.claim([key])

    def claim(self, keys: Iterable[str]) -> bool:
        """Remember ``keys``; True if none of them was already known (the caller should go ahead)."""
        now = self._clock()
        self._purge(now)
        keys = [k for k in keys if k]
        fresh = not any(k in self._expiry for k in keys)
        for key in keys:
            self._expiry.pop(key, None)
            self._expiry[key] = now + self.ttl_s
        while len(self._expiry) > self.max_keys:
            self._expiry.popitem(last=False)
        return fresh


def dedupe_keys(envelope: Mapping[str, Any]) -> List[str]:
    """The identities of one delivered message: the event id, (channel, ts) and the client's message id.

    A message that mentions the bot arrives as a ``message`` and an ``app_mention`` event with
    different event ids but the same channel, ts and client_msg_id.
    """
    event = envelope.get("event") or {}
    keys = []
    if envelope.get("event_id"):
        keys.append(f"event:{envelope['event_id']}")
    if event.get("channel") and event.get("ts"):
        keys.append(f"msg:{event['channel']}:{event['ts']}")
    if event.get("client_msg_id"):
        keys.append(f"client:{event['client_msg_id']}")
    return keys


# --------------------------------------------------------------------------------------------
# Which events get an answer
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SlackUserMessage:
    """A person's message the bot should answer, with where the answer goes."""

    text: str  # as sent (mentions of the bot still in it)
    user: str
    channel: str
    ts: str
    thread_ts: Optional[str]  # the thread the message was posted in, if any
    is_direct: bool
    bot_user_ids: Tuple[str, ...]

    @property
    def thread_root(self) -> Optional[str]:
        """The thread this conversation lives in: the message's thread, or the message itself in a
        channel (the answer starts a thread under it). A top-level DM has none."""
        if self.thread_ts:
            return self.thread_ts
        return None if self.is_direct else self.ts


def bot_user_ids(envelope: Mapping[str, Any]) -> Tuple[str, ...]:
    """The bot's own Slack user id(s), from the event's authorizations (or legacy authed_users)."""
    ids = [a.get("user_id") for a in envelope.get("authorizations") or [] if a.get("is_bot") and a.get("user_id")]
    ids += [u for u in envelope.get("authed_users") or [] if isinstance(u, str)]
    return tuple(dict.fromkeys(ids))


def thread_key(channel: str, thread_root: str, user: str) -> str:
    return f"thread:{channel}:{thread_root}:{user}"


def classify_event(
    envelope: Mapping[str, Any],
    restrict_channel: Optional[str] = None,
    active_threads: Optional[Any] = None,
) -> Tuple[Optional[SlackUserMessage], str]:
    """(the message to answer, "") or (None, why it is ignored) for an Events API request body.

    ``active_threads`` is a container of `thread_key` s for threads the bot is talking in.
    """
    if envelope.get("type") != "event_callback":
        return None, f"request type {envelope.get('type')!r}"
    event = envelope.get("event")
    if not isinstance(event, dict):
        return None, "no event object"
    event_type = event.get("type")
    if event_type not in ("message", "app_mention"):
        return None, f"event type {event_type!r}"
    subtype = event.get("subtype")
    if subtype and subtype not in USER_SUBTYPES:
        return None, f"message subtype {subtype!r}"
    bots = bot_user_ids(envelope)
    user = event.get("user")
    if event.get("bot_id") or event.get("bot_profile") or not user or user in bots:
        return None, "a bot's message"
    channel, ts = event.get("channel"), event.get("ts")
    if not channel or not ts:
        return None, "no channel or ts"
    text = event.get("text") or ""
    if not isinstance(text, str):
        return None, "text is not a string"
    if not text.strip():
        return None, "no text"
    message = SlackUserMessage(
        text=text,
        user=user,
        channel=channel,
        ts=ts,
        thread_ts=event.get("thread_ts") or None,
        is_direct=event.get("channel_type") == "im",
        bot_user_ids=bots,
    )
    if restrict_channel:
        if channel != restrict_channel:
            return None, "not the configured SLACK_CHANNEL"
        return message, ""
    if message.is_direct or event_type == "app_mention":
        return message, ""
    if message.thread_ts and active_threads is not None and thread_key(channel, message.thread_ts, user) in active_threads:
        return message, ""
    return None, "a channel message that does not mention the bot"
