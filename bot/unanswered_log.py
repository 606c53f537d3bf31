"""Questions the bot could not answer, kept so staff can see what to add to the content.

All functions raise `bot.bot_db.BotDbError` when the database cannot be used.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Literal, Mapping, Sequence, Tuple, Union

from bot import bot_db
from bot.bot_db import Database
from bot.bot_db_pg import PostgresDb

UnansweredReason = Literal["low_confidence", "out_of_scope"]
REASONS: Tuple[str, ...] = ("low_confidence", "out_of_scope")
MAX_TEXT_CHARS = 500
TOP_N = 3

IntentScore = Tuple[str, float]
# (intent, confidence) pairs, or Rasa-style {"name": ..., "confidence": ...} dicts (intent_ranking).
IntentsInput = Iterable[Union[Sequence[Any], Mapping[str, Any]]]


@dataclass(frozen=True)
class UnansweredSummary:
    normalised_text: str
    text: str  # the most recent wording, as typed
    count: int
    last_seen: str
    reason: str  # of the most recent occurrence
    top_intents: Tuple[IntentScore, ...]  # of the most recent occurrence


_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-cased, whitespace collapsed, trailing punctuation stripped: the grouping key."""
    out = _SPACES.sub(" ", (text or "").lower()).strip()
    while out and (out[-1].isspace() or unicodedata.category(out[-1]).startswith("P")):
        out = out[:-1]
    return out


def _top_intents(top_intents: IntentsInput) -> List[IntentScore]:
    pairs: List[IntentScore] = []
    for item in top_intents or ():
        if isinstance(item, Mapping):
            name, confidence = item.get("name"), item.get("confidence")
        else:
            name, confidence = item[0], item[1]
        if name:
            pairs.append((str(name), round(float(confidence or 0.0), 4)))
    pairs.sort(key=lambda p: p[1], reverse=True)
    return pairs[:TOP_N]


def record_unanswered(db_path: Database, conversation_id: str, text: str, reason: str, top_intents: IntentsInput) -> int:
    """Store one unanswered message (text cut to 500 chars, the 3 best intents); returns the row id."""
    if reason not in REASONS:
        raise ValueError(f"reason must be one of {REASONS}, not {reason!r}")
    return bot_db.insert(
        db_path,
        "INSERT INTO unanswered (created_at, conversation_id, text, reason, top_intents) VALUES (?, ?, ?, ?, ?)",
        (
            bot_db.utc_now(),
            conversation_id,
            (text or "")[:MAX_TEXT_CHARS],
            reason,
            json.dumps([list(p) for p in _top_intents(top_intents)]),
        ),
    )


def _parse_intents(raw: str) -> Tuple[IntentScore, ...]:
    try:
        return tuple((str(name), float(conf)) for name, conf in json.loads(raw or "[]"))
    except (ValueError, TypeError):
        return ()


def summary(db_path: Database, limit: int = 50) -> List[UnansweredSummary]:
    """Unanswered questions grouped by normalised text, most frequent first (ties: most recent first)."""
    if isinstance(db_path, PostgresDb):
        return _summary_in_python(db_path, limit)
    rows = bot_db.query(
        db_path,
        """
        SELECT g.norm, g.n, u.text, u.created_at, u.reason, u.top_intents
        FROM (SELECT normalise(text) AS norm, COUNT(*) AS n, MAX(id) AS last_id
              FROM unanswered GROUP BY norm) AS g
        JOIN unanswered AS u ON u.id = g.last_id
        ORDER BY g.n DESC, g.last_id DESC
        LIMIT ?
        """,
        (limit,),
        functions={"normalise": normalise},
    )
    return [
        UnansweredSummary(
            normalised_text=r["norm"],
            text=r["text"],
            count=r["n"],
            last_seen=r["created_at"],
            reason=r["reason"],
            top_intents=_parse_intents(r["top_intents"]),
        )
        for r in rows
    ]


def _summary_in_python(db: PostgresDb, limit: int) -> List[UnansweredSummary]:
    """`summary` where SQL cannot call `normalise` (PostgreSQL): the same grouping, done here."""
    groups: dict = {}
    for row in bot_db.query(db, "SELECT id, text, created_at, reason, top_intents FROM unanswered ORDER BY id"):
        norm = normalise(row["text"])
        count = groups[norm][0] + 1 if norm in groups else 1
        groups[norm] = (count, row)
    ordered = sorted(groups.items(), key=lambda item: (-item[1][0], -item[1][1]["id"]))[:limit]
    return [
        UnansweredSummary(
            normalised_text=norm,
            text=row["text"],
            count=count,
            last_seen=row["created_at"],
            reason=row["reason"],
            top_intents=_parse_intents(row["top_intents"]),
        )
        for norm, (count, row) in ordered
    ]


@dataclass(frozen=True)
class NearestTopic:
    intent: str  # the intent the classifier ranked first for these messages (below the fallback threshold)
    count: int
    examples: Tuple[str, ...]  # the most recent wordings, as typed


def nearest_topics(db_path: bot_db.Database, examples: int = 2) -> List[NearestTopic]:
    """The low-confidence messages grouped by the topic they fell nearest to, most messages first: where
    the training data most needs new ways of asking."""
    rows = bot_db.query(db_path, "SELECT text, top_intents FROM unanswered WHERE reason = 'low_confidence' ORDER BY id DESC")
    counts: Dict[str, int] = {}
    wordings: Dict[str, List[str]] = {}
    for row in rows:
        intents = _parse_intents(row["top_intents"])
        intent = intents[0][0] if intents else "(none)"
        counts[intent] = counts.get(intent, 0) + 1
        seen = wordings.setdefault(intent, [])
        if len(seen) < examples and row["text"] not in seen:
            seen.append(row["text"])
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return [NearestTopic(intent, count, tuple(wordings[intent])) for intent, count in ranked]
