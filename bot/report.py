"""Print what the bot has recorded: unanswered questions, escalations and staff follow-ups.

python -m bot.report [--db PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional, Sequence, TextIO

from bot.bot_db import BotDbError
from bot.escalation_log import list_escalations, list_followups
from bot.http_guard import conversation_ref
from bot.settings import load_settings
from bot.unanswered_log import nearest_topics, summary

RECENT = 20
TEXT_WIDTH = 70


def _when(iso: str) -> str:
    """``2024-05-01T09:30:12.345+00:00`` -> ``2024-05-01 09:30 UTC``."""
    return f"{iso[:10]} {iso[11:16]} UTC" if len(iso) >= 16 else iso


def _clip(text: str, width: int = TEXT_WIDTH) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _table(headers: Sequence[str], rows: List[Sequence[str]], out: TextIO) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()  # noqa: E731
    print(line(headers), file=out)
    print(line(["-" * w for w in widths]), file=out)
    for row in rows:
        print(line(row), file=out)


def print_report(db_path: Path, limit: int = 50, out: TextIO = sys.stdout) -> None:
    """Write the report for ``db_path`` to ``out``; raises BotDbError if the file cannot be read."""
    if not db_path.is_file():
        print(f"Nothing recorded yet (no database at {db_path}).", file=out)
        return
    questions = summary(db_path, limit=limit)
    escalations = list_escalations(db_path, limit=RECENT)
    followups = list_followups(db_path, limit=RECENT)
    if not (questions or escalations or followups):
        print(f"Nothing recorded yet in {db_path}.", file=out)
        return

    print(f"Unanswered questions, most frequent first (top {limit}):", file=out)
    if questions:
        _table(
            ["COUNT", "LAST SEEN", "REASON", "TOP INTENT", "TEXT"],
            [
                [
                    str(q.count),
                    _when(q.last_seen),
                    q.reason,
                    f"{q.top_intents[0][0]} ({q.top_intents[0][1]:.2f})" if q.top_intents else "-",
                    _clip(q.text),
                ]
                for q in questions
            ],
            out,
        )
    else:
        print("  (none)", file=out)

    nearest = nearest_topics(db_path)
    if nearest:
        print("\nLow-confidence messages by the topic they fell nearest to (add ways of asking there):", file=out)
        _table(
            ["COUNT", "NEAREST TOPIC", "RECENT WORDINGS"],
            [[str(n.count), n.intent, _clip(" | ".join(n.examples))] for n in nearest],
            out,
        )

    print(f"\nLast {RECENT} escalations:", file=out)
    if escalations:
        _table(
            ["TIME", "REF (as in alerts)", "CONVERSATION", "CHANNEL", "LEVEL", "SIGNS", "ALERT"],
            [
                [
                    _when(e.created_at),
                    conversation_ref(e.conversation_id),
                    _clip(e.conversation_id, 40),
                    e.channel,
                    e.level,
                    ", ".join(e.signs) or "-",
                    e.alert_status + (f" ({e.alert_attempts} tries)" if e.alert_status == "failed" else ""),
                ]
                for e in reversed(escalations)
            ],
            out,
        )
    else:
        print("  (none)", file=out)

    print(f"\nLast {RECENT} staff follow-ups:", file=out)
    if followups:
        _table(
            ["TIME", "REF", "CONVERSATION", "CHANNEL", "REASON"],
            [
                [
                    _when(f.created_at),
                    conversation_ref(f.conversation_id),
                    _clip(f.conversation_id, 40),
                    f.channel,
                    _clip(f.reason),
                ]
                for f in reversed(followups)
            ],
            out,
        )
    else:
        print("  (none)", file=out)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.report", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="SQLite file to read (default: the configured var/bot.db)")
    parser.add_argument("--limit", type=int, default=50, help="how many distinct unanswered questions to show")
    args = parser.parse_args(argv)
    db_path: Path = args.db if args.db is not None else load_settings().bot_db_path
    try:
        print_report(db_path, limit=args.limit)
    except BotDbError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
