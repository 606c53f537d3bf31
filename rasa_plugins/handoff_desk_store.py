"""Where the handoff desk keeps its live handoffs and their timers (`rasa_plugins.handoff_desk`).

- `MemoryDeskStore` (`make run`): dicts and one asyncio task per timer, in the one Rasa process.
- `RedisDeskStore` (the cluster, REDIS_URL): every instance sees every live handoff, so a staff
  reply or a Claim click that reaches any instance finds it. Each handoff is one hash
  (``meso:handoff:conv:<conversation>``) with two lookups (staff thread ts, handoff id); its one
  pending timer is a member of the sorted set ``meso:handoff:due`` scored by its deadline. Every
  instance polls that set, and a due timer fires on the instance whose ``ZREM`` removed it: once
  across the cluster, and still when the instance that opened the handoff is gone. Each change is
  one Lua script guarded by the handoff id, so a handoff that ended (or was replaced) on another
  instance is not written back.

Neither holds patient text: ids, Slack ts and user ids, state, and where to reach the patient.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import asdict, dataclass, fields
from typing import Any, Awaitable, Callable, Dict, List, Literal, Optional, Protocol, Tuple

import redis

logger = logging.getLogger(__name__)
TimerKind = Literal["unclaimed", "idle"]
Fire = Callable[[str, int, TimerKind], Awaitable[None]]
POLL_S = 0.5  # how often each instance looks for due timers (their precision in the cluster)
KEY_TTL_S = 2 * 24 * 3600  # a handoff's keys outlive any timer; a safety net, not a timeout


@dataclass
class Live:
    """A handoff in progress. ``channel`` is the patient's Rasa channel; ``reply_channel`` and
    ``reply_thread`` say where a Slack patient is answered (any instance can rebuild the output)."""

    handoff_id: int
    conversation_id: str
    channel: str = ""
    state: str = "waiting"
    staff_ts: str = ""
    staff_user: str = ""
    staff_name: str = ""
    told_waiting: bool = False
    reply_channel: str = ""
    reply_thread: str = ""


class DeskStore(Protocol):
    def get(self, conversation_id: str) -> Optional[Live]: ...
    def conversation_of_thread(self, staff_ts: str) -> Optional[str]: ...
    def conversation_of_handoff(self, handoff_id: int) -> Optional[str]: ...
    def add(self, live: Live) -> None: ...
    def save(self, live: Live, *names: str) -> bool: ...
    def remove(self, live: Live) -> bool: ...
    def schedule(self, live: Live, seconds: float, kind: TimerKind) -> None: ...
    def start(self, fire: Fire) -> None: ...
    def open_handoff_ids(self) -> List[int]: ...


class MemoryDeskStore:
    """This process's memory: what `make run` needs, lost on a restart (docs/handoff.md)."""

    def __init__(self) -> None:
        self.live: Dict[str, Live] = {}
        self.threads: Dict[str, str] = {}
        self.timers: Dict[str, asyncio.Task] = {}
        self.fire: Optional[Fire] = None

    def get(self, conversation_id: str) -> Optional[Live]:
        return self.live.get(conversation_id)

    def conversation_of_thread(self, staff_ts: str) -> Optional[str]:
        return self.threads.get(staff_ts)

    def conversation_of_handoff(self, handoff_id: int) -> Optional[str]:
        return next((c for c, h in self.live.items() if h.handoff_id == handoff_id), None)

    def add(self, live: Live) -> None:
        self.live[live.conversation_id] = live
        self.threads[live.staff_ts] = live.conversation_id

    def save(self, live: Live, *names: str) -> bool:
        return self.live.get(live.conversation_id) is live

    def remove(self, live: Live) -> bool:
        if self.live.get(live.conversation_id) is not live:
            return False
        del self.live[live.conversation_id]
        self.threads.pop(live.staff_ts, None)
        self._cancel(live.conversation_id)
        return True

    def schedule(self, live: Live, seconds: float, kind: TimerKind) -> None:
        self._cancel(live.conversation_id)
        fire = self.fire

        async def later() -> None:
            await asyncio.sleep(seconds)
            if fire is not None:
                await fire(live.conversation_id, live.handoff_id, kind)

        self.timers[live.conversation_id] = asyncio.ensure_future(later())

    def _cancel(self, conversation_id: str) -> None:
        timer = self.timers.pop(conversation_id, None)
        if timer is not None and timer is not asyncio.current_task():
            timer.cancel()

    def start(self, fire: Fire) -> None:
        self.fire = fire

    def open_handoff_ids(self) -> List[int]:
        return [h.handoff_id for h in self.live.values()]


# ARGV[1]: the keys' lifetime, ARGV[2]: the conversation id; the rest: field, value pairs.
_ADD = """
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[1])
redis.call('SET', KEYS[3], ARGV[2], 'EX', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[1])
return 1
"""
# ARGV[1]: the handoff id the caller holds; the rest: field, value pairs.
_SAVE = """
if redis.call('HGET', KEYS[1], 'handoff_id') ~= ARGV[1] then return 0 end
if #ARGV > 1 then redis.call('HSET', KEYS[1], unpack(ARGV, 2)) end
return 1
"""
_REMOVE = """
if redis.call('HGET', KEYS[1], 'handoff_id') ~= ARGV[1] then return 0 end
local timer = redis.call('HGET', KEYS[1], 'timer')
if timer then redis.call('ZREM', KEYS[4], timer) end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
return 1
"""
# The conversation's one pending timer replaces the previous one.
_SCHEDULE = """
if redis.call('HGET', KEYS[1], 'handoff_id') ~= ARGV[1] then return 0 end
local old = redis.call('HGET', KEYS[1], 'timer')
if old then redis.call('ZREM', KEYS[2], old) end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
redis.call('HSET', KEYS[1], 'timer', ARGV[3])
return 1
"""


class RedisDeskStore:
    """Live handoffs shared by every instance (see the module docstring)."""

    def __init__(self, client: redis.Redis[Any], prefix: str = "meso:handoff", clock: Callable[[], float] = time.time) -> None:
        self.client = client
        self.prefix = prefix
        self.clock = clock
        self.due_key = f"{prefix}:due"
        self._add = client.register_script(_ADD)
        self._save = client.register_script(_SAVE)
        self._remove = client.register_script(_REMOVE)
        self._schedule = client.register_script(_SCHEDULE)
        self._poller: Optional[asyncio.Task] = None

    def _conv(self, conversation_id: str) -> str:
        return f"{self.prefix}:conv:{conversation_id}"

    def _thread(self, staff_ts: str) -> str:
        return f"{self.prefix}:thread:{staff_ts}"

    def _id(self, handoff_id: object) -> str:
        return f"{self.prefix}:id:{handoff_id}"

    def get(self, conversation_id: str) -> Optional[Live]:
        raw = self.client.hgetall(self._conv(conversation_id))
        return _decode(raw) if raw else None

    def conversation_of_thread(self, staff_ts: str) -> Optional[str]:
        value = self.client.get(self._thread(staff_ts))
        return value.decode() if value is not None else None

    def conversation_of_handoff(self, handoff_id: int) -> Optional[str]:
        value = self.client.get(self._id(handoff_id))
        return value.decode() if value is not None else None

    def add(self, live: Live) -> None:
        keys = [self._conv(live.conversation_id), self._thread(live.staff_ts), self._id(live.handoff_id)]
        self._add(keys=keys, args=[KEY_TTL_S, live.conversation_id, *_encode(live, [f.name for f in fields(Live)])])

    def save(self, live: Live, *names: str) -> bool:
        """Writes ``names`` of ``live``; False when the handoff has ended (or was replaced) meanwhile."""
        return bool(self._save(keys=[self._conv(live.conversation_id)], args=[live.handoff_id, *_encode(live, names)]))

    def remove(self, live: Live) -> bool:
        """True for the one caller that ended it, across instances."""
        keys = [self._conv(live.conversation_id), self._thread(live.staff_ts), self._id(live.handoff_id), self.due_key]
        return bool(self._remove(keys=keys, args=[live.handoff_id]))

    def schedule(self, live: Live, seconds: float, kind: TimerKind) -> None:
        member = json.dumps([live.conversation_id, live.handoff_id, kind, self.clock()])
        self._schedule(
            keys=[self._conv(live.conversation_id), self.due_key], args=[live.handoff_id, self.clock() + seconds, member]
        )

    def due(self) -> List[Tuple[str, int, TimerKind]]:
        """The timers due now that this caller won (each is won by one caller only)."""
        won: List[Tuple[str, int, TimerKind]] = []
        for member in self.client.zrangebyscore(self.due_key, "-inf", self.clock(), start=0, num=50):
            if self.client.zrem(self.due_key, member):
                conversation_id, handoff_id, kind, _ = json.loads(member)
                won.append((conversation_id, int(handoff_id), kind))
        return won

    def start(self, fire: Fire) -> None:
        """Polls for due timers in this process's event loop (once; call from the running loop)."""
        if self._poller is None:
            self._poller = asyncio.ensure_future(self._poll(fire))

    async def _poll(self, fire: Fire) -> None:
        failing = False
        while True:
            await asyncio.sleep(POLL_S)
            try:
                due = self.due()
                failing = False
            except redis.RedisError as error:
                if not failing:
                    logger.error("handoff timers: Redis unreachable (%s); retrying", type(error).__name__)
                failing = True
                continue
            for conversation_id, handoff_id, kind in due:
                try:
                    await fire(conversation_id, handoff_id, kind)
                except Exception as error:  # one failed ending must not stop the others' timers
                    logger.error("handoff %d: %s timer failed (%s)", handoff_id, kind, type(error).__name__)

    def open_handoff_ids(self) -> List[int]:
        return [int(key.decode().rsplit(":", 1)[1]) for key in self.client.scan_iter(match=self._id("*"), count=500)]


def _encode(live: Live, names: Any) -> List[Any]:
    out: List[Any] = []
    values = asdict(live)
    for name in names:
        value = values[name]
        out += [name, int(value) if isinstance(value, bool) else value]
    return out


def _decode(raw: Dict[bytes, bytes]) -> Live:
    values = {k.decode(): v.decode() for k, v in raw.items()}
    kwargs: Dict[str, Any] = {}
    for f in fields(Live):
        if f.name not in values:
            continue
        value: Any = values[f.name]
        if f.name == "handoff_id":
            value = int(value)
        elif f.name == "told_waiting":
            value = value == "1"
        kwargs[f.name] = value
    return Live(**kwargs)
