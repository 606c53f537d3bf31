"""The curator's report as one self-contained HTML page (`make report HTML=path`): inline CSS and an
inline SVG chart of answers and helpfulness per fact, no script and nothing loaded from elsewhere, so
it opens offline and can be mailed. Every recorded text is escaped. The page holds patients' words
(unanswered questions, "what was missing?"), so it is written owner-only (0600) like `var/`.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from html import escape
from pathlib import Path
from typing import Iterable, List, Sequence

from bot.bot_db import Database
from bot.facts import Fact
from bot.report_data import FactStats, ReportData, percent

CHART_WIDTH = 900
ROW_HEIGHT = 34
LABEL_WIDTH = 230
BAR_AREA = 230  # each of the two bar columns
ANSWER_COLOUR = "#2f5d8a"
HELPFUL_COLOUR = "#2e7d32"
UNRATED_COLOUR = "#c7ccd1"

STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 60rem;
       color: #1b1f23; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.meta { color: #57606a; margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #d8dee4; vertical-align: top; }
th { background: #f3f5f7; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.none { color: #57606a; font-style: italic; }
svg text { font-family: inherit; font-size: 12px; fill: #1b1f23; }
"""


def _cell(value: object, numeric: bool = False) -> str:
    return f'<td class="num">{escape(str(value))}</td>' if numeric else f"<td>{escape(str(value))}</td>"


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], numeric: Sequence[int] = ()) -> str:
    body = "".join("<tr>" + "".join(_cell(v, i in numeric) for i, v in enumerate(row)) + "</tr>" for row in rows)
    if not body:
        return '<p class="none">None recorded.</p>'
    head = "".join(
        f'<th class="num">{escape(h)}</th>' if i in numeric else f"<th>{escape(h)}</th>" for i, h in enumerate(headers)
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def chart_svg(facts: Sequence[FactStats]) -> str:
    """Two bars per fact: answers given (scaled to the most answered fact) and the share of 👍 votes
    (text labels, no emoji: a clinic PC may have no emoji font)."""
    most = max([f.answered for f in facts] + [1])
    top = 28
    height = top + ROW_HEIGHT * len(facts) + 8
    x_answers = LABEL_WIDTH
    x_helpful = LABEL_WIDTH + BAR_AREA + 60
    parts: List[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{CHART_WIDTH}" height="{height}" '
        f'viewBox="0 0 {CHART_WIDTH} {height}" aria-labelledby="chart-title">',
        '<title id="chart-title">Answers and helpfulness per fact</title>',
        f'<text x="{x_answers}" y="16" font-weight="600">Answers given</text>',
        f'<text x="{x_helpful}" y="16" font-weight="600">Found helpful (share of votes)</text>',
    ]
    for row, fact in enumerate(facts):
        y = top + row * ROW_HEIGHT
        answers_width = round(BAR_AREA * fact.answered / most)
        rate = fact.helpful_rate
        parts.append(f'<text x="0" y="{y + 15}">{escape(_short(fact.title, 34))}</text>')
        parts.append(
            f'<rect x="{x_answers}" y="{y + 3}" width="{max(answers_width, 1)}" height="16" fill="{ANSWER_COLOUR}">'
            f"<title>{escape(fact.title)}: {fact.answered} answers</title></rect>"
        )
        parts.append(f'<text x="{x_answers + max(answers_width, 1) + 6}" y="{y + 15}">{fact.answered}</text>')
        parts.append(f'<rect x="{x_helpful}" y="{y + 3}" width="{BAR_AREA}" height="16" fill="{UNRATED_COLOUR}" opacity="0.45"/>')
        if rate is not None:
            parts.append(
                f'<rect x="{x_helpful}" y="{y + 3}" width="{round(BAR_AREA * rate)}" height="16" fill="{HELPFUL_COLOUR}">'
                f"<title>{escape(fact.title)}: {fact.helpful} of {fact.votes} found it helpful</title></rect>"
            )
        label = f"{percent(rate)} of {fact.votes}" if rate is not None else "no votes"
        parts.append(f'<text x="{x_helpful + BAR_AREA + 6}" y="{y + 15}">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_html(data: ReportData, pending: Sequence[Fact] = (), source: str = "", now: datetime | None = None) -> str:
    """The whole page as a string."""
    when = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    fact_rows = [
        [
            f.title,
            f.answered,
            f.more,
            f.helpful,
            f.unhelpful,
            percent(f.helpful_rate),
            "; ".join(f"{text} ({n})" for text, n in f.near_questions) or "-",
        ]
        for f in data.facts
    ]
    comments = [[f.title, c] for f in data.facts for c in f.comments]
    channels = [[c.label, c.answered, c.helpful, c.unhelpful, percent(c.helpful_rate)] for c in data.channels]
    claim_wait = "-" if data.median_claim_s is None else f"{data.median_claim_s:.0f} s"
    offer_wait = "-" if data.median_offer_s is None else f"{data.median_offer_s:.0f} s"
    sections = [
        "<h2>Answers and helpfulness per fact</h2>",
        chart_svg(data.facts),
        _table(
            ["Fact", "Answered", "Tell me more", "Helped", "Did not help", "Helpful", "Nearest unanswered questions (count)"],
            fact_rows,
            numeric=(1, 2, 3, 4, 5),
        ),
    ]
    if data.unplaced_questions:
        near_none = "; ".join(f"{text} ({n})" for text, n in data.unplaced_questions)
        sections.append(f'<p class="meta">Unanswered questions near no topic: {escape(near_none)}</p>')
    sections += [
        "<h2>What patients said was missing</h2>",
        _table(["Fact", "Comment"], comments),
        "<h2>Answers and feedback per channel</h2>",
        _table(["Channel", "Answered", "Helped", "Did not help", "Helpful"], channels, numeric=(1, 2, 3, 4)),
        "<h2>Escalations</h2>",
        _table(["Level", "Escalations"], data.escalations_by_level, numeric=(1,)),
        _table(["Sign", "Escalations"], data.escalations_by_sign, numeric=(1,)),
        "<h2>Handoffs to a person</h2>",
        _table(["Outcome", "Handoffs"], data.handoffs, numeric=(1,)),
        f'<p class="meta">Median wait for a claim: {escape(claim_wait)}</p>',
        "<h2>Staff offers of a chat after an escalation</h2>",
        _table(["Outcome", "Offers"], data.offers, numeric=(1,)),
        f'<p class="meta">Median time from the alert to an offer: {escape(offer_wait)}</p>',
        "<h2>Facts pending clinician sign-off</h2>",
        _table(["Fact", "Last reviewed", "By"], [[f.title, str(f.last_reviewed), f.reviewed_by] for f in pending]),
    ]
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Curator's report: mesotherapy assistant</title>"
        f"<style>{STYLE}</style></head><body>"
        "<h1>Curator's report</h1>"
        f'<p class="meta">Generated {escape(when)}{" from " + escape(source) if source else ""}.</p>'
        + "".join(sections)
        + "</body></html>\n"
    )


def write_html(path: Path, data: ReportData, pending: Sequence[Fact] = (), db_path: Database | None = None) -> None:
    """Write the page owner-only (it holds patients' words); raises OSError naming the path."""
    path = Path(path)
    page = render_html(data, pending, str(db_path or ""))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(page)
