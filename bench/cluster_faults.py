"""Load through the cluster's load balancer with a fault injected mid-way (an instance SIGKILLed,
PostgreSQL or Redis restarted), and an exact account of every turn afterwards.

Used by tests/integration/test_cluster.py and docs/scaling.md's figures. A turn is *acknowledged*
when the client got HTTP 200 with the bot's replies and no "something went wrong" reply; it is
*failed* when the client saw an error (an HTTP error, no response, or the fallback reply). Checked
per conversation against its tracker: every acknowledged turn is there exactly once with the replies
received; a failed turn is there once (it completed, the client was not told) or not at all; no
turn is there twice and nothing is there that was not sent.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import aiohttp

from bench.load import LoadResult, Request, Turn, channel_items, new_conversations
from bench.load import _send as send_turn


@dataclass
class FaultRun:
    result: LoadResult
    fault_at: int  # requests completed when the fault began
    fault_error: Optional[BaseException] = None
    fault_began: float = 0.0  # time.monotonic(), as Request.started
    fault_ended: float = 0.0

    def in_flight_during_fault(self, request: Request) -> bool:
        """Sent before the fault was over and answered after it began."""
        return request.started <= self.fault_ended and request.started + request.latency_s >= self.fault_began

    def failed(self, request: Request, fallback: str) -> bool:
        return not request.ok or any(fallback in t for t in request.reply_texts())


@dataclass
class TurnAccount:
    acknowledged: int = 0
    acknowledged_missing: int = 0  # must stay 0: an answered turn that is not stored
    failed_recorded: int = 0  # the client saw an error, yet the turn completed and is stored once
    failed_not_recorded: int = 0  # the client saw an error and the turn is not stored
    duplicated_or_unexpected: int = 0  # must stay 0
    replies_not_in_tracker: int = 0  # acknowledged replies missing from the tracker: must stay 0
    errors_seen: Dict[str, int] = field(default_factory=dict)
    problems: List[Dict[str, Any]] = field(default_factory=list)  # the conversations behind a non-zero "must stay 0"

    def as_dict(self) -> Dict[str, Any]:
        return dict(self.__dict__)


def run_with_fault(
    base_url: str,
    conversations: int,
    messages: int,
    fault_after: int,
    fault: Callable[[], None],
    fallback: str,
    pause_after_error_s: float = 1.0,
    timeout_s: float = 120.0,
) -> FaultRun:
    """`conversations` × `messages` through `base_url`, all at once; `fault()` runs in a thread once
    `fault_after` requests have completed, while the load goes on. After an error (or the fallback
    reply) a conversation waits `pause_after_error_s` before its next message, as a person would,
    instead of spending all its messages inside a one-second outage."""
    scripts = new_conversations(conversations, messages, prefix="fault")
    run = FaultRun(LoadResult(concurrency=conversations), fault_after)
    threads: List[threading.Thread] = []

    def inject() -> None:
        run.fault_began = time.monotonic()
        try:
            fault()
        except BaseException as error:  # noqa: BLE001 - reported to the test
            run.fault_error = error
        finally:
            run.fault_ended = time.monotonic()

    async def main() -> None:
        url = f"{base_url.rstrip('/')}/webhooks/rest/webhook"
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout_s)) as session:

            async def converse(sender: str, turns: Sequence[Turn]) -> None:
                run.result.conversations[sender] = list(turns)
                for index, turn in enumerate(turns):
                    request = await send_turn(session, url, sender, index, turn)
                    run.result.requests.append(request)
                    if len(run.result.requests) == fault_after:
                        threads.append(threading.Thread(target=inject, daemon=True))
                        threads[-1].start()
                    if run.failed(request, fallback):
                        await asyncio.sleep(pause_after_error_s)

            began = time.perf_counter()
            await asyncio.gather(*(converse(sender, turns) for sender, turns in scripts.items()))
            run.result.wall_s = time.perf_counter() - began

    asyncio.run(main())
    for thread in threads:
        thread.join(timeout=120)
    return run


def _match(sent: Sequence[Tuple[str, bool]], stored: Sequence[str]) -> Optional[List[bool]]:
    """Which sent turns are in `stored` (the tracker's user texts, in order): a turn marked True in
    `sent` (acknowledged) must be there; a failed one may be. None when no such reading exists."""

    @cache
    def go(i: int, j: int) -> Optional[Tuple[bool, ...]]:
        if i == len(sent):
            return () if j == len(stored) else None
        text, acknowledged = sent[i]
        if j < len(stored) and stored[j] == text:
            rest = go(i + 1, j + 1)
            if rest is not None:
                return (True, *rest)
        if not acknowledged:
            rest = go(i + 1, j)
            if rest is not None:
                return (False, *rest)
        return None

    found = go(0, 0)
    return None if found is None else list(found)


def account(run: FaultRun, trackers: Mapping[str, Sequence[Mapping[str, Any]]], fallback: str) -> TurnAccount:
    """The account of every turn (see the module docstring); `trackers` maps sender -> its events."""
    out = TurnAccount()
    by_sender: Dict[str, List[Request]] = {}
    for request in run.result.requests:
        by_sender.setdefault(request.sender, []).append(request)
        if run.failed(request, fallback):
            kind = request.error.split(":")[0] if request.error else "fallback reply"
            out.errors_seen[kind] = out.errors_seen.get(kind, 0) + 1
    for sender, requests in by_sender.items():
        requests.sort(key=lambda r: r.index)
        events = trackers.get(sender) or []
        stored = [e.get("text") or "" for e in events if e.get("event") == "user"]
        sent = [(r.turn.text, not run.failed(r, fallback)) for r in requests]
        found = _match(sent, stored)
        acknowledged = sum(ok for _, ok in sent)
        out.acknowledged += acknowledged
        if found is None:
            out.problems.append({"sender": sender, "sent": sent, "stored": stored})
            out.duplicated_or_unexpected += max(0, len(stored) - len(sent))
            out.acknowledged_missing += sum(1 for (text, ok) in sent if ok and text not in stored)
            continue
        for (_, ok), present in zip(sent, found):
            if not ok:
                out.failed_recorded += present
                out.failed_not_recorded += not present
        logged: Dict[str, int] = {}
        for event in events:
            if event.get("event") == "bot":
                for item in channel_items(event):
                    logged[item] = logged.get(item, 0) + 1
        for request in requests:
            if run.failed(request, fallback):
                continue
            for reply in request.replies:
                key = str(reply.get("text") or "")
                if logged.get(key, 0) > 0:
                    logged[key] -= 1
                else:
                    out.replies_not_in_tracker += 1
    return out


async def fetch_trackers(api_url: str, senders: Sequence[str], token: str) -> Dict[str, List[Mapping[str, Any]]]:
    """Each conversation's events, from one instance's HTTP API (any instance: they share the store)."""
    out: Dict[str, List[Mapping[str, Any]]] = {}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
        for sender in senders:
            async with session.get(f"{api_url}/conversations/{sender}/tracker", params={"token": token}) as response:
                response.raise_for_status()
                out[sender] = (await response.json()).get("events") or []
    return out
