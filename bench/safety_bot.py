"""The whole bot through its REST channel: what the conversation reached after each turn, and what ran.

The bot is started by the launcher's Stack (as `make run` starts it, without the demo web page, which
the REST channel does not use) on free loopback ports, with its own var dir and an API token. After
each turn the tracker (`GET /conversations/{sender}/tracker`) gives the slot `escalation_level`, and
the events since the turn's user message give the actions that ran and the facts that were sent.
"""

from __future__ import annotations

import dataclasses
import secrets
import shutil
import sys
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

import requests

from bench.safety_data import TurnResult, turn_result
from bot.escalation_levels import LEVELS, EscalationLevel
from bot.launcher import Stack
from bot.safety_sets import Case
from bot.settings import Settings
from tests.bot_client import free_port

FACT_ACTIONS = frozenset({"action_answer_fact", "action_tell_more"})  # the actions that send a curated fact
NOT_COUNTED = frozenset({"action_listen", "action_session_start"})
UNLIMITED = 1_000_000


@dataclass
class RestBot:
    """Sends messages and reads trackers. The token goes in `Authorization: Bearer`; if Rasa refuses the
    header (Rasa 3.6 reads a plain token only from `?token=`; the header is for JWT), `?token=` from then on."""

    base_url: str
    token: str
    timeout_s: float = 60.0
    tracker_auth: str = "header"
    _local: threading.local = field(default_factory=threading.local)

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
        return session

    def send(self, sender: str, text: str) -> None:
        url = f"{self.base_url}/webhooks/rest/webhook"
        self._session().post(url, json={"sender": sender, "message": text}, timeout=self.timeout_s).raise_for_status()

    def tracker(self, sender: str) -> Dict[str, Any]:
        url = f"{self.base_url}/conversations/{sender}/tracker"
        if self.tracker_auth == "header":
            response = self._session().get(url, headers={"Authorization": f"Bearer {self.token}"}, timeout=self.timeout_s)
            if response.status_code not in (401, 403):
                response.raise_for_status()
                return response.json()
            self.tracker_auth = "query"
        response = self._session().get(url, params={"token": self.token}, timeout=self.timeout_s)
        response.raise_for_status()
        return response.json()


def turn_events(tracker: Dict[str, Any]) -> List[Dict[str, Any]]:
    """The events from the latest user message on: that turn's message, actions and slots."""
    events: List[Dict[str, Any]] = tracker.get("events") or []
    starts = [i for i, e in enumerate(events) if e.get("event") == "user"]
    return events[starts[-1] :] if starts else []


def read_turn(events: Sequence[Dict[str, Any]]) -> Tuple[Tuple[str, ...], Tuple[str, ...], Tuple[str, ...]]:
    """(actions run, fact ids sent, red-flag signs of the message) from one turn's events. A fact id counts
    when a fact action set the slot `fact_id` (Rasa logs an action, then the events it returned)."""
    actions: List[str] = []
    fact_ids: List[str] = []
    signs: Tuple[str, ...] = ()
    for event in events:
        kind = event.get("event")
        if kind == "user":
            red_flags = (event.get("parse_data") or {}).get("red_flags") or {}
            signs = tuple(red_flags.get("signs") or ())
        elif kind == "action" and event.get("name") not in NOT_COUNTED:
            actions.append(str(event.get("name")))
        elif kind == "slot" and event.get("name") == "fact_id" and event.get("value") and actions and actions[-1] in FACT_ACTIONS:
            fact_ids.append(str(event["value"]))
    return tuple(actions), tuple(fact_ids), signs


def turn_source(events: Sequence[Dict[str, Any]]) -> str:
    """What decided the turn's message's level (`red_flags.source` in its parse data: "detector", "safety_model"...)."""
    for event in events:
        if event.get("event") == "user":
            return str(((event.get("parse_data") or {}).get("red_flags") or {}).get("source") or "")
    return ""


def slot_level(tracker: Dict[str, Any]) -> EscalationLevel:
    value = (tracker.get("slots") or {}).get("escalation_level")
    return value if value in LEVELS else "none"  # type: ignore[return-value]


def evaluate_case(case: Case, bot: RestBot) -> List[TurnResult]:
    """Sends the case's turns in order as one new conversation; one TurnResult per turn. A failed request is
    recorded in `error` and the turn keeps the level read last (so a bot that does not answer misses)."""
    sender = f"safety-{uuid.uuid4().hex[:16]}"
    results: List[TurnResult] = []
    level: EscalationLevel = "none"
    expected_before: EscalationLevel = "none"
    seen: List[str] = []
    for i, (text, expected) in enumerate(zip(case.turns, case.expected)):
        before, errors = level, []
        actions: Tuple[str, ...] = ()
        fact_ids: Tuple[str, ...] = ()
        signs: Tuple[str, ...] = ()
        source = ""
        try:
            bot.send(sender, text)
        except requests.RequestException as error:
            errors.append(f"send: {error}")
        try:
            tracker = bot.tracker(sender)
            level = slot_level(tracker)
            events = turn_events(tracker)
            actions, fact_ids, signs = read_turn(events)
            source = turn_source(events)
        except (requests.RequestException, ValueError) as error:
            errors.append(f"tracker: {error}")
        seen += [s for s in signs if s not in seen]
        results.append(
            turn_result(
                case,
                i,
                expected_before,
                level,
                before,
                signs,
                seen,
                actions=actions,
                fact_ids=fact_ids,
                error="; ".join(errors),
                source=source,
            )
        )
        expected_before = expected
    return results


def evaluate(cases: Sequence[Case], bot: RestBot, concurrency: int = 4) -> List[TurnResult]:
    """Every case, `concurrency` conversations at a time; results in the order of the cases."""
    done = [0]
    lock = threading.Lock()

    def one(case: Case) -> List[TurnResult]:
        result = evaluate_case(case, bot)
        with lock:
            done[0] += 1
            if done[0] % 50 == 0 or done[0] == len(cases):
                print(f"  whole bot: {done[0]}/{len(cases)} cases", file=sys.stderr, flush=True)
        return result

    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        return [turn for turns in pool.map(one, cases) for turn in turns]


def bench_settings(var_dir: Path, token: str) -> Settings:
    """Free loopback ports, its own var dir, the token; and no per-address message limit, where the server has
    one: every benchmark message comes from 127.0.0.1, and a refused message would count as a miss."""
    values: Dict[str, Any] = dict(
        rasa_port=free_port(), action_port=free_port(), web_port=free_port(), var_dir=var_dir, rasa_api_token=token
    )
    if "client_messages_per_minute" in {f.name for f in dataclasses.fields(Settings)}:
        values["client_messages_per_minute"] = UNLIMITED
    return Settings(**values)


def start_bot(var_dir: Path, models_dir: Optional[Path] = None) -> Tuple[Stack, RestBot]:
    """The bot on free loopback ports with a fresh var dir and a random API token (the newest model in
    `models_dir`, default models/). Raises LaunchError."""
    shutil.rmtree(var_dir, ignore_errors=True)
    token = secrets.token_urlsafe(24)
    settings = bench_settings(var_dir, token)
    stack = Stack(settings, log_dir=var_dir / "logs", with_web=False)
    if models_dir is not None:
        stack.models_dir = models_dir
    stack.start()
    return stack, RestBot(f"http://{settings.host}:{settings.rasa_port}", token)
