"""What the curator's report shows, read from `var/bot.db`: per fact (answers, 👍/👎, helpfulness, what
patients said was missing, unanswered questions nearest to it), per channel, and escalations by level
and by sign. Plain data for the text report (`bot.report`) and the HTML page (`bot.report_html`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from statistics import median
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from bot import bot_db
from bot.bot_db import Database
from bot.facts import Fact, fact_id_for_intent
from bot.handoff_log import outcome_counts
from bot.handoff_offers import median_offer_s, offer_counts, offered_handoff_ids
from bot.unanswered_log import summary

NEAR_QUESTIONS = 3
COMMENTS_SHOWN = 3
UNANSWERED_SCANNED = 1000
# Rasa's channel names, as a clinic calls them.
CHANNEL_LABELS = {"socketio": "widget", "cmdline": "shell", "slack": "Slack", "rest": "REST API"}


@dataclass(frozen=True)
class FactStats:
    fact_id: str
    title: str
    answered: int  # answers given (not "tell me more")
    more: int  # "tell me more" replies
    helpful: int
    unhelpful: int
    comments: Tuple[str, ...]  # the latest "what was missing?" texts, newest first
    near_questions: Tuple[Tuple[str, int], ...]  # (question as typed, count), most frequent first

    @property
    def votes(self) -> int:
        return self.helpful + self.unhelpful

    @property
    def helpful_rate(self) -> Optional[float]:
        """Share of 👍 among the votes; None without any vote."""
        return self.helpful / self.votes if self.votes else None


@dataclass(frozen=True)
class ChannelStats:
    channel: str
    answered: int
    helpful: int
    unhelpful: int

    @property
    def label(self) -> str:
        return CHANNEL_LABELS.get(self.channel, self.channel)

    @property
    def helpful_rate(self) -> Optional[float]:
        votes = self.helpful + self.unhelpful
        return self.helpful / votes if votes else None


@dataclass(frozen=True)
class ReportData:
    facts: Tuple[FactStats, ...]
    channels: Tuple[ChannelStats, ...]
    escalations_by_level: Tuple[Tuple[str, int], ...]  # most frequent first
    escalations_by_sign: Tuple[Tuple[str, int], ...]
    unplaced_questions: Tuple[Tuple[str, int], ...]  # unanswered questions near no topic
    handoffs: Tuple[Tuple[str, int], ...] = ()  # live handoffs to staff per outcome (or open state), most first
    median_claim_s: Optional[float] = None  # requested -> claimed, over claimed handoffs (not those a staff offer started)
    offers: Tuple[Tuple[str, int], ...] = ()  # staff offers of a chat after an escalation, per outcome, most first
    median_offer_s: Optional[float] = None  # staff alert -> "Offer a chat" pressed


def _counts(db_path: Database, sql: str) -> Dict[Tuple[str, ...], int]:
    return {tuple(str(v) for v in tuple(row)[:-1]): int(tuple(row)[-1]) for row in bot_db.query(db_path, sql)}


def nearest_fact(top_intents: Sequence[Tuple[str, float]], facts: Mapping[str, Fact]) -> Optional[str]:
    """The topic an unanswered question was nearest to: its best-ranked intent that asks for a fact."""
    for intent, _confidence in top_intents:
        fact_id = fact_id_for_intent(intent)
        if fact_id in facts:
            return fact_id
    return None


def _near_questions(db_path: Database, facts: Mapping[str, Fact]) -> Dict[Optional[str], List[Tuple[str, int]]]:
    near: Dict[Optional[str], List[Tuple[str, int]]] = defaultdict(list)
    for question in summary(db_path, limit=UNANSWERED_SCANNED):  # most frequent first
        near[nearest_fact(question.top_intents, facts)].append((question.text, question.count))
    return near


def _comments(db_path: Database) -> Dict[str, List[str]]:
    rows = bot_db.query(db_path, "SELECT fact_id, comment FROM feedback WHERE comment != '' ORDER BY id DESC")
    comments: Dict[str, List[str]] = defaultdict(list)
    for row in rows:
        if len(comments[row["fact_id"]]) < COMMENTS_SHOWN:
            comments[row["fact_id"]].append(row["comment"])
    return comments


def load_report_data(db_path: Database, facts: Mapping[str, Fact]) -> ReportData:
    """Everything the report shows; facts never answered are listed too (with zeros), in the facts
    file's order. Raises `bot.bot_db.BotDbError` when the database cannot be read."""
    answers = _counts(db_path, "SELECT fact_id, kind, COUNT(*) FROM fact_answers GROUP BY fact_id, kind")
    votes = _counts(db_path, "SELECT fact_id, helpful, COUNT(*) FROM feedback GROUP BY fact_id, helpful")
    near = _near_questions(db_path, facts)
    comments = _comments(db_path)
    known = list(facts)
    extra = sorted({key[0] for key in (*answers, *votes)} - set(known))  # facts since removed from the file
    fact_stats = tuple(
        FactStats(
            fact_id=fact_id,
            title=facts[fact_id].title if fact_id in facts else fact_id,
            answered=answers.get((fact_id, "answer"), 0),
            more=answers.get((fact_id, "more"), 0),
            helpful=votes.get((fact_id, "1"), 0),
            unhelpful=votes.get((fact_id, "0"), 0),
            comments=tuple(comments.get(fact_id, ())),
            near_questions=tuple(near.get(fact_id, [])[:NEAR_QUESTIONS]),
        )
        for fact_id in known + extra
    )

    channel_answers = _counts(db_path, "SELECT channel, COUNT(*) FROM fact_answers WHERE kind = 'answer' GROUP BY channel")
    channel_votes = _counts(db_path, "SELECT channel, helpful, COUNT(*) FROM feedback GROUP BY channel, helpful")
    channel_names = sorted({key[0] for key in (*channel_answers, *channel_votes)})
    channels = tuple(
        ChannelStats(
            channel=name,
            answered=channel_answers.get((name,), 0),
            helpful=channel_votes.get((name, "1"), 0),
            unhelpful=channel_votes.get((name, "0"), 0),
        )
        for name in channel_names
    )

    levels = _counts(db_path, "SELECT level, COUNT(*) FROM escalations GROUP BY level")
    signs: Counter[str] = Counter()
    for row in bot_db.query(db_path, "SELECT signs FROM escalations"):
        signs.update(s for s in (row["signs"] or "").split(",") if s)
    return ReportData(
        facts=fact_stats,
        channels=channels,
        escalations_by_level=tuple(sorted(((k[0], n) for k, n in levels.items()), key=lambda p: (-p[1], p[0]))),
        escalations_by_sign=tuple(sorted(signs.items(), key=lambda p: (-p[1], p[0]))),
        unplaced_questions=tuple(near.get(None, [])[:NEAR_QUESTIONS]),
        handoffs=tuple(sorted(outcome_counts(db_path).items(), key=lambda p: (-p[1], p[0]))),
        median_claim_s=median_claim_seconds(db_path),
        offers=tuple(sorted(offer_counts(db_path).items(), key=lambda p: (-p[1], p[0]))),
        median_offer_s=median_offer_s(db_path),
    )


def median_claim_seconds(db_path: Database) -> Optional[float]:
    """Median seconds from a handoff request to its claim; None if none was claimed. A chat a staff offer
    started was never waited for, so it is left out."""
    offered = offered_handoff_ids(db_path)
    waits = sorted(
        (datetime.fromisoformat(r["claimed_at"]) - datetime.fromisoformat(r["created_at"])).total_seconds()
        for r in bot_db.query(db_path, "SELECT id, created_at, claimed_at FROM handoffs WHERE claimed_at IS NOT NULL")
        if int(r["id"]) not in offered
    )
    return median(waits) if waits else None


def percent(rate: Optional[float]) -> str:
    """``0.756`` -> ``76%``; no votes -> ``-``."""
    return "-" if rate is None else f"{rate * 100:.0f}%"
