"""Print what the bot has recorded: per fact how often it was answered, how helpful patients found it
and the unanswered questions nearest to it; feedback per channel; escalations by level and sign;
unanswered questions, escalations, staff follow-ups and live handoffs to staff (who claimed them, when,
and how they ended). With --html, the same as one self-contained
page with a chart (`bot.report_html`).

python -m bot.report [--db PATH] [--limit N] [--html PATH]

It reads where the bot writes (`Settings.bot_db`): PostgreSQL when DATABASE_URL is set (the cluster),
else var/bot.db.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import List, Mapping, Optional, Sequence, TextIO, Tuple

from bot.bot_db import BotDbError, Database
from bot.escalation_log import list_escalations, list_followups
from bot.facts import Fact, FactsError, default_facts, pending_sign_off
from bot.handoff_log import list_handoffs
from bot.handoff_offers import offered_handoff_ids
from bot.http_guard import conversation_ref
from bot.report_data import ReportData, load_report_data, percent
from bot.report_html import write_html
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


def print_curator_sections(data: ReportData, out: TextIO = sys.stdout) -> None:
    """Per fact and per channel: answers and feedback; then escalations by level and sign, and handoffs."""
    print("Answers and feedback per fact (UP/DOWN: 👍/👎 votes; HELPFUL: share of 👍):", file=out)
    _table(
        ["FACT", "ANSWERED", "MORE", "UP", "DOWN", "HELPFUL", "NEAREST UNANSWERED QUESTIONS (count)"],
        [
            [
                f.fact_id,
                str(f.answered),
                str(f.more),
                str(f.helpful),
                str(f.unhelpful),
                percent(f.helpful_rate),
                "; ".join(f"{_clip(text, 40)} ({n})" for text, n in f.near_questions) or "-",
            ]
            for f in data.facts
        ],
        out,
    )
    if data.unplaced_questions:
        near_none = "; ".join(f"{_clip(text, 40)} ({n})" for text, n in data.unplaced_questions)
        print(f"  near no topic: {near_none}", file=out)
    commented = [f for f in data.facts if f.comments]
    print("\nWhat patients said was missing (latest first):", file=out)
    for f in commented:
        for comment in f.comments:
            print(f"  {f.fact_id}: {_clip(comment)}", file=out)
    if not commented:
        print("  (none)", file=out)

    print("\nAnswers and feedback per channel:", file=out)
    if data.channels:
        _table(
            ["CHANNEL", "ANSWERED", "UP", "DOWN", "HELPFUL"],
            [[c.label, str(c.answered), str(c.helpful), str(c.unhelpful), percent(c.helpful_rate)] for c in data.channels],
            out,
        )
    else:
        print("  (none)", file=out)

    print("\nEscalations by level:", file=out)
    print("  " + (", ".join(f"{level} {n}" for level, n in data.escalations_by_level) or "(none)"), file=out)
    print("Escalations by sign:", file=out)
    print("  " + (", ".join(f"{sign} {n}" for sign, n in data.escalations_by_sign) or "(none)"), file=out)
    print(f"Handoffs to a person: {handoff_summary(data)}", file=out)
    print(f"Staff offers of a chat after an escalation: {offer_summary(data)}", file=out)


def handoff_summary(data: ReportData) -> str:
    """ "none", or the count per outcome and the median wait for a claim."""
    return _outcomes(data.handoffs, data.median_claim_s, "median wait for a claim")


def offer_summary(data: ReportData) -> str:
    """ "none", or the count per outcome and the median time from the staff alert to the offer."""
    return _outcomes(data.offers, data.median_offer_s, "median time from the alert to an offer")


def _outcomes(counts: Sequence[Tuple[str, int]], median_s: Optional[float], median_label: str) -> str:
    if not counts:
        return "none"
    text = f"{sum(n for _, n in counts)} ({', '.join(f'{outcome} {n}' for outcome, n in counts)})"
    if median_s is not None:
        text += f"; {median_label} {median_s:.0f} s"
    return text


def _after(start: str, end: Optional[str]) -> str:
    """Seconds from ``start`` to ``end`` (ISO times), or "-"."""
    if not end:
        return "-"
    return f"{(datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds():.0f} s"


def print_handoffs(db_path: Database, out: TextIO) -> None:
    handoffs = list_handoffs(db_path, limit=RECENT)
    offered = offered_handoff_ids(db_path)
    print(f"\nLast {RECENT} handoffs to a person (patients' words are not kept here):", file=out)
    if not handoffs:
        print("  (none)", file=out)
        return
    _table(
        [
            "TIME",
            "REF",
            "CHANNEL",
            "FROM",
            "LEVEL",
            "CLAIMED BY",
            "CLAIMED AFTER",
            "ENDED AFTER",
            "OUTCOME",
            "MESSAGES (PATIENT/STAFF)",
        ],
        [
            [
                _when(h.created_at),
                conversation_ref(h.conversation_id),
                h.channel,
                "staff offer" if h.id in offered else "request",
                h.escalation_level,
                h.claimed_by or "-",
                _after(h.created_at, h.claimed_at),
                _after(h.created_at, h.ended_at),
                h.outcome or h.state,
                f"{h.patient_messages}/{h.staff_messages}",
            ]
            for h in reversed(handoffs)
        ],
        out,
    )


def print_report(
    db_path: Database, limit: int = 50, out: TextIO = sys.stdout, facts: Optional[Mapping[str, Fact]] = None
) -> None:
    """Write the report for ``db_path`` (var/bot.db, or PostgreSQL in the cluster) to ``out``; raises
    BotDbError if it cannot be read."""
    if isinstance(db_path, Path) and not db_path.is_file():
        print(f"Nothing recorded yet (no database at {db_path}).", file=out)
        return
    data = load_report_data(db_path, default_facts() if facts is None else facts)
    questions = summary(db_path, limit=limit)
    escalations = list_escalations(db_path, limit=RECENT)
    followups = list_followups(db_path, limit=RECENT)
    if not (questions or escalations or followups or data.handoffs or any(f.answered or f.more or f.votes for f in data.facts)):
        print(f"Nothing recorded yet in {db_path}.", file=out)
        return

    print_curator_sections(data, out)
    print("", file=out)

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
    print_handoffs(db_path, out)


def print_pending_sign_off(facts: Mapping[str, Fact], out: TextIO = sys.stdout) -> None:
    """The facts no clinician has signed off yet (or changed since), so the clinic knows what to review."""
    pending = pending_sign_off(facts)
    print(f"Facts pending clinician sign-off ({len(pending)} of {len(facts)}):", file=out)
    if not pending:
        print("  (none)", file=out)
        return
    _table(
        ["FACT", "LAST REVIEWED", "BY", "WAITING FOR"],
        [
            [
                fact.id,
                str(fact.last_reviewed),
                _clip(fact.reviewed_by, 40),
                f"changed {fact.review.changed}: {_clip(fact.review.reason, 50)}" if fact.review else "first clinician sign-off",
            ]
            for fact in pending
        ],
        out,
    )


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.report", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", type=Path, help="SQLite file to read (default: PostgreSQL when DATABASE_URL is set, else var/bot.db)"
    )
    parser.add_argument("--limit", type=int, default=50, help="how many distinct unanswered questions to show")
    parser.add_argument("--html", type=Path, help="also write the report as one self-contained HTML page here")
    args = parser.parse_args(argv)
    db_path: Database = args.db if args.db is not None else load_settings().bot_db  # the bot's own switch
    try:
        print_report(db_path, limit=args.limit)
        print("", file=sys.stdout)
        print_pending_sign_off(default_facts())
        if args.html is not None:
            facts = default_facts()
            write_html(args.html, load_report_data(db_path, facts), pending_sign_off(facts), db_path)
            print(f"\nHTML report written to {args.html}")
    except (BotDbError, FactsError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
