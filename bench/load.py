"""Concurrent conversations against a running bot's REST channel, and a check of its tracker store.

Used by `python -m bench.run` (latency, throughput, the action-server-down run) and by
`tests/integration/test_load.py` (a CI-sized run). Each conversation sends its messages one after the
other (the next one when the reply to the previous one has arrived), from a fixed, seeded mix of what
patients send: greetings, fact questions in their own words, "tell me more", thanks, goodbyes, and
in one conversation in five a symptom report (an urgent one is followed by the triage answers).

    result = run_load("http://127.0.0.1:5005", conversations=10, messages=5)
    check = check_trackers("http://127.0.0.1:5005", result)
    assert not result.errors and check.ok
"""

from __future__ import annotations

import asyncio
import json
import math
import random
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import aiohttp

EMERGENCY_MARK = "🚨 EMERGENCY"
URGENT_MARK = "⚠️ See a doctor today"

# --- the message mix (written for the benchmark; not taken from data/ or tests/nlu_heldout.yml) ---
GREETINGS = ("hello", "hi", "hey there", "good morning", "hi, i have a question", "hello!")
FACT_QUESTIONS: Dict[str, Tuple[str, ...]] = {
    "efficacy": (
        "does mesotherapy really make hair grow back?",
        "will meso injections stop my hair falling out",
        "is there any proof mesotherapy works for thinning hair",
    ),
    "ingredients": ("what do they actually inject into your scalp", "what is in the mesotherapy cocktail"),
    "proven_treatments": (
        "which hair loss treatments are actually proven to work?",
        "what has the best evidence for male pattern baldness",
    ),
    "minoxidil": ("should i just use minoxidil instead", "how long does minoxidil take to work"),
    "finasteride": ("is finasteride safe to take for hair loss", "what about finasteride tablets"),
    "side_effects": ("what side effects can mesotherapy cause", "are there any risks with these injections"),
    "infection_risk": ("can you get an infection from mesotherapy", "how often do scalp injections get infected"),
    "abscess": ("what is an abscess and can meso cause one",),
    "lumps_after_treatment": ("can mesotherapy leave lumps under the skin",),
    "normal_after_session": (
        "is it normal to have little red dots after the session",
        "how long does the redness last after mesotherapy",
    ),
    "choosing_provider": ("how do i find a safe clinic for mesotherapy", "what should i ask the practitioner before booking"),
    "regulation": ("are the mesotherapy products approved by regulators?",),
    "other_options": ("what else can i try for my hair loss", "are there other options besides injections"),
    "what_is_mesotherapy": ("what actually happens in a mesotherapy session", "does the treatment hurt"),
    "scalp_risk": ("is it risky to inject things into the scalp",),
    "cellulite_fat": ("can mesotherapy also get rid of belly fat",),
}
TELL_MORE = ("tell me more", "can you tell me more about that?", "go on", "more details please")
THANKS = ("thanks", "thank you, that helps", "great, thanks a lot", "cheers")
GOODBYES = ("bye", "ok bye", "that's all, goodbye")
URGENT_REPORTS = (
    "i have a painful red lump on my scalp where they injected",
    "one of the injection spots on my head is swollen and leaking pus",
    "there is a hot tender bump on my scalp since my meso session",
)
EMERGENCY_REPORTS = (
    "i have a fever and chills and the injection site on my scalp is swollen",
    "my throat feels like it is swelling since the injections",
    "the red patch on my scalp is spreading fast and i have a high temperature",
)
TRIAGE_ANSWERS = ("no", "no", "nope", "no")

SYMPTOM_KINDS = frozenset({"urgent", "emergency"})


@dataclass(frozen=True)
class Turn:
    kind: str  # greet, fact, more, thanks, bye, urgent, emergency, triage
    text: str
    topic: Optional[str] = None  # the fact id a "fact" question is about


def conversation_script(
    index: int, n_messages: int, seed: int = 7, symptom_window: Optional[Tuple[int, int]] = None
) -> List[Turn]:
    """The messages conversation `index` sends: deterministic for its arguments. One conversation in
    five reports a symptom, at a random position (within `symptom_window`, [first, last], if given)."""
    rng = random.Random(f"{seed}-{index}")
    turns: List[Turn] = [Turn("greet", rng.choice(GREETINGS))]
    first, last = symptom_window or (2, max(2, n_messages - 3))
    symptom_at = rng.randint(first, last) if index % 5 == 2 else None
    topics = sorted(FACT_QUESTIONS)
    while len(turns) < n_messages:
        last = turns[-1].kind
        if symptom_at is not None and len(turns) >= symptom_at:
            symptom_at = None
            if index % 10 == 2:
                turns.append(Turn("emergency", rng.choice(EMERGENCY_REPORTS)))
            else:
                turns.append(Turn("urgent", rng.choice(URGENT_REPORTS)))
                turns.extend(Turn("triage", answer) for answer in TRIAGE_ANSWERS)
        elif last == "fact" and rng.random() < 0.4:
            turns.append(Turn("more", rng.choice(TELL_MORE)))
        elif last in ("fact", "more") and rng.random() < 0.2:
            turns.append(Turn("thanks", rng.choice(THANKS)))
        else:
            topic = rng.choice(topics)
            turns.append(Turn("fact", rng.choice(FACT_QUESTIONS[topic]), topic))
    turns = turns[:n_messages]
    if n_messages >= 5 and turns[-1].kind not in SYMPTOM_KINDS | {"triage"}:
        turns[-1] = Turn("bye", rng.choice(GOODBYES))
    return turns


@dataclass
class Request:
    sender: str
    index: int  # position in the conversation
    turn: Turn
    started: float  # time.monotonic()
    latency_s: float
    status: Optional[int]  # HTTP status, None when no response came back
    replies: List[Dict[str, Any]]
    error: Optional[str] = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def reply_texts(self) -> List[str]:
        return [r.get("text") or "" for r in self.replies]

    @property
    def got_advice(self) -> bool:
        return any(EMERGENCY_MARK in t or URGENT_MARK in t for t in self.reply_texts())


@dataclass
class LoadResult:
    requests: List[Request] = field(default_factory=list)
    conversations: Dict[str, List[Turn]] = field(default_factory=dict)  # sender -> turns sent (in order)
    wall_s: float = 0.0
    concurrency: int = 0

    @property
    def latencies(self) -> List[float]:
        return [r.latency_s for r in self.requests if r.ok]

    @property
    def errors(self) -> List[Request]:
        return [r for r in self.requests if not r.ok]

    @property
    def empty_replies(self) -> List[Request]:
        return [r for r in self.requests if r.ok and not r.replies]

    @property
    def throughput(self) -> float:
        return len(self.requests) / self.wall_s if self.wall_s else 0.0

    def merge(self, other: LoadResult) -> None:
        """Appends a later phase of the same conversations."""
        self.requests.extend(other.requests)
        for sender, turns in other.conversations.items():
            self.conversations.setdefault(sender, []).extend(turns)
        self.wall_s += other.wall_s
        self.concurrency = max(self.concurrency, other.concurrency)

    def summary(self) -> Dict[str, Any]:
        symptoms = [r for r in self.requests if r.turn.kind in SYMPTOM_KINDS]
        return {
            "conversations": len(self.conversations),
            "concurrency": self.concurrency,
            "messages": len(self.requests),
            "errors": len(self.errors),
            "error_examples": sorted({r.error or "" for r in self.errors})[:5],
            "empty_replies": len(self.empty_replies),
            "wall_s": round(self.wall_s, 3),
            "throughput_msg_s": round(self.throughput, 2),
            "latency_ms": latency_summary(self.latencies),
            "symptom_reports": len(symptoms),
            "symptom_reports_with_advice": sum(r.got_advice for r in symptoms),
        }


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def latency_summary(latencies_s: Sequence[float]) -> Dict[str, float]:
    ms = [v * 1000.0 for v in latencies_s]
    if not ms:
        return {"n": 0}
    return {
        "n": len(ms),
        "p50": round(percentile(ms, 50), 1),
        "p95": round(percentile(ms, 95), 1),
        "p99": round(percentile(ms, 99), 1),
        "mean": round(sum(ms) / len(ms), 1),
        "max": round(max(ms), 1),
    }


def new_conversations(
    n: int, messages: int, seed: int = 7, prefix: str = "load", symptom_window: Optional[Tuple[int, int]] = None
) -> Dict[str, List[Turn]]:
    run = uuid.uuid4().hex[:8]
    return {f"{prefix}-{run}-{i:03d}": conversation_script(i, messages, seed, symptom_window) for i in range(n)}


async def _send(session: aiohttp.ClientSession, url: str, sender: str, index: int, turn: Turn) -> Request:
    started = time.monotonic()
    t0 = time.perf_counter()
    try:
        async with session.post(url, json={"sender": sender, "message": turn.text}) as response:
            body = await response.text()
            latency = time.perf_counter() - t0
            if response.status != 200:
                error = f"HTTP {response.status}: {body[:200]}"
                return Request(sender, index, turn, started, latency, response.status, [], error)
            try:
                replies = _json(body)
            except ValueError as error:
                return Request(sender, index, turn, started, latency, response.status, [], f"bad JSON: {error}")
            return Request(sender, index, turn, started, latency, response.status, replies)
    except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
        return Request(sender, index, turn, started, time.perf_counter() - t0, None, [], f"{type(error).__name__}: {error}")


def _json(body: str) -> List[Dict[str, Any]]:
    data = json.loads(body)
    if not isinstance(data, list):
        raise ValueError(f"expected a list of replies, got {type(data).__name__}")
    return data


async def run_conversations(
    base_url: str,
    conversations: Mapping[str, Sequence[Turn]],
    start: int = 0,
    stop: Optional[int] = None,
    concurrency: Optional[int] = None,
    timeout_s: float = 120.0,
    on_request: Optional[Callable[[Request], None]] = None,
) -> LoadResult:
    """Sends messages [start:stop] of each conversation; at most `concurrency` conversations at once
    (default: all of them). Conversations keep their state across calls (same senders)."""
    url = f"{base_url.rstrip('/')}/webhooks/rest/webhook"
    limit = concurrency or len(conversations) or 1
    semaphore = asyncio.Semaphore(limit)
    result = LoadResult(concurrency=limit)
    connector = aiohttp.TCPConnector(limit=limit, force_close=False)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=timeout_s)) as session:

        async def converse(sender: str, turns: Sequence[Turn]) -> None:
            async with semaphore:
                chosen = list(turns)[start:stop]
                result.conversations[sender] = chosen
                for offset, turn in enumerate(chosen):
                    request = await _send(session, url, sender, start + offset, turn)
                    result.requests.append(request)
                    if on_request is not None:
                        on_request(request)

        began = time.perf_counter()
        await asyncio.gather(*(converse(sender, turns) for sender, turns in conversations.items()))
        result.wall_s = time.perf_counter() - began
    return result


def run_load(
    base_url: str,
    conversations: int,
    messages: int,
    concurrency: Optional[int] = None,
    seed: int = 7,
    timeout_s: float = 120.0,
) -> LoadResult:
    """`conversations` conversations of `messages` messages each, `concurrency` at a time (default all)."""
    scripts = new_conversations(conversations, messages, seed)
    return asyncio.run(run_conversations(base_url, scripts, concurrency=concurrency, timeout_s=timeout_s))


# --- the tracker store, read back through the HTTP API ---


def _reply_key(item: Mapping[str, Any]) -> str:
    if item.get("text"):
        return str(item["text"])
    for kind in ("image", "attachment", "custom", "elements"):
        if item.get(kind):
            return f"<{kind}>"
    return ""


def channel_items(bot_event: Mapping[str, Any]) -> List[str]:
    """What the REST channel sends for one `bot` event (as Rasa's CollectingOutputChannel does: a plain
    text is split on blank lines; a text with buttons is one message)."""
    data = bot_event.get("data") or {}
    text = bot_event.get("text")
    items: List[str] = []
    if data.get("quick_replies") or data.get("buttons"):
        items.append(text or "")
    elif text:
        items.extend(part for part in text.strip().split("\n\n"))
    for kind in ("custom", "image", "attachment", "elements"):
        if data.get(kind):
            items.append(f"<{kind}>")
    return items


@dataclass
class ConversationCheck:
    sender: str
    user_sent: int
    user_in_tracker: int  # user events whose text is one of the texts sent
    user_missing: int  # sent, not in the tracker
    user_duplicated: int  # in the tracker more often than sent
    user_unexpected: int  # user events with a text never sent
    replies_received: int
    bot_in_tracker: int  # what the tracker's bot events amount to on the REST channel
    replies_not_in_tracker: int
    bot_events_not_received: int
    error: Optional[str] = None
    not_in_tracker: Counter = field(default_factory=Counter)  # texts of the replies the tracker lacks

    @property
    def ok(self) -> bool:
        return self.error is None and not (
            self.user_missing
            or self.user_duplicated
            or self.user_unexpected
            or self.replies_not_in_tracker
            or self.bot_events_not_received
        )


@dataclass
class TrackerCheck:
    conversations: List[ConversationCheck]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.conversations)

    @property
    def failures(self) -> List[ConversationCheck]:
        return [c for c in self.conversations if not c.ok]

    def summary(self) -> Dict[str, Any]:
        total = lambda name: sum(getattr(c, name) for c in self.conversations)  # noqa: E731
        return {
            "ok": self.ok,
            "conversations": len(self.conversations),
            "conversations_with_problems": len(self.failures),
            "user_messages_sent": total("user_sent"),
            "user_messages_in_tracker": total("user_in_tracker"),
            "user_missing": total("user_missing"),
            "user_duplicated": total("user_duplicated"),
            "user_unexpected": total("user_unexpected"),
            "bot_replies_received": total("replies_received"),
            "bot_replies_in_tracker": total("bot_in_tracker"),
            "replies_not_in_tracker": total("replies_not_in_tracker"),
            "bot_events_not_received": total("bot_events_not_received"),
            "fetch_errors": sorted({c.error for c in self.conversations if c.error})[:5],
            # e.g. the channel's own fallback reply when the action server is down: sent, never a bot event
            "replies_not_in_tracker_by_text": {
                text[:100]: n for text, n in sum((c.not_in_tracker for c in self.conversations), Counter()).most_common(3)
            },
        }


def compare(
    sender: str, sent: Sequence[str], received: Sequence[Mapping[str, Any]], events: Sequence[Mapping[str, Any]]
) -> ConversationCheck:
    sent_counts = Counter(sent)
    user_counts = Counter(e.get("text") or "" for e in events if e.get("event") == "user")
    matched = sum(min(user_counts[t], n) for t, n in sent_counts.items())
    missing = sum(max(0, n - user_counts[t]) for t, n in sent_counts.items())
    duplicated = sum(max(0, user_counts[t] - n) for t, n in sent_counts.items())
    unexpected = sum(n for t, n in user_counts.items() if t not in sent_counts)
    got = Counter(_reply_key(r) for r in received)
    logged = Counter(item for e in events if e.get("event") == "bot" for item in channel_items(e))
    return ConversationCheck(
        sender=sender,
        user_sent=len(sent),
        user_in_tracker=matched,
        user_missing=missing,
        user_duplicated=duplicated,
        user_unexpected=unexpected,
        replies_received=sum(got.values()),
        bot_in_tracker=sum(logged.values()),
        replies_not_in_tracker=sum((got - logged).values()),
        bot_events_not_received=sum((logged - got).values()),
        not_in_tracker=got - logged,
    )


async def check_trackers_async(base_url: str, result: LoadResult, token: str = "", concurrency: int = 10) -> TrackerCheck:
    """For each conversation: every user message sent is in its tracker exactly once, and the bot
    events there are exactly the replies received (nothing lost, nothing duplicated)."""
    params = {"token": token} if token else {}
    semaphore = asyncio.Semaphore(concurrency)
    received: Dict[str, List[Mapping[str, Any]]] = {}
    for request in result.requests:
        received.setdefault(request.sender, []).extend(request.replies)

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:

        async def check(sender: str, turns: Sequence[Turn]) -> ConversationCheck:
            async with semaphore:
                url = f"{base_url.rstrip('/')}/conversations/{sender}/tracker"
                try:
                    async with session.get(url, params=params) as response:
                        response.raise_for_status()
                        tracker = await response.json()
                except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
                    sent = [t.text for t in turns]
                    return ConversationCheck(
                        sender,
                        len(sent),
                        0,
                        len(sent),
                        0,
                        0,
                        len(received.get(sender, [])),
                        0,
                        0,
                        0,
                        error=f"{type(error).__name__}: {error}",
                    )
                return compare(sender, [t.text for t in turns], received.get(sender, []), tracker.get("events") or [])

        checks = await asyncio.gather(*(check(s, t) for s, t in result.conversations.items()))
    return TrackerCheck(list(checks))


def check_trackers(base_url: str, result: LoadResult, token: str = "") -> TrackerCheck:
    return asyncio.run(check_trackers_async(base_url, result, token))
