"""`python -m bot.report`: the plain-text report of what the bot recorded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.escalation_log import mark_alert, record_escalation, record_followup
from bot.settings import PROJECT_ROOT
from bot.unanswered_log import record_unanswered


def run_report(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.report", *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_report_prints_most_frequent_question_first_then_escalations_and_followups(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    record_unanswered(db, "c1", "Can I swim after the session?", "out_of_scope", [("ask_aftercare", 0.33)])
    for i in range(3):
        record_unanswered(db, f"c{i}", "How long until I see results?", "low_confidence", [("ask_results", 0.42)])
    record_unanswered(db, "c9", "can i swim after the session", "out_of_scope", [])
    record_unanswered(db, "c8", "What about PRP instead", "low_confidence", [])
    row = record_escalation(db, "conv-esc", "slack", "emergency", ["fever", "pus_discharge"], "private text")
    mark_alert(db, row, "failed", "HTTP 500", add_attempt=True)
    record_followup(db, "conv-human", "web", "asked for a human")

    result = run_report("--db", str(db))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    lines = out.splitlines()
    results_line = next(i for i, ln in enumerate(lines) if "How long until I see results?" in ln)
    swim_line = next(i for i, ln in enumerate(lines) if "swim after the session" in ln)
    prp_line = next(i for i, ln in enumerate(lines) if "What about PRP instead" in ln)
    assert results_line < swim_line < prp_line
    assert lines[results_line].split()[0] == "3" and lines[swim_line].split()[0] == "2"
    assert "low_confidence" in lines[results_line] and "ask_results (0.42)" in lines[results_line]

    esc_line = next(ln for ln in lines if "conv-esc" in ln)
    for expected in ("slack", "emergency", "fever, pus_discharge", "failed"):
        assert expected in esc_line
    assert "private text" not in out
    assert any("conv-human" in ln and "asked for a human" in ln for ln in lines)
    assert lines.index(next(ln for ln in lines if "escalations" in ln.lower())) > prp_line


def test_report_with_no_database_says_nothing_recorded_yet(tmp_path: Path) -> None:
    db = tmp_path / "missing" / "bot.db"
    result = run_report("--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "nothing recorded yet" in result.stdout.lower()
    assert not db.exists()


def test_report_with_empty_database_says_nothing_recorded_yet(tmp_path: Path) -> None:
    from bot.bot_db import connect

    db = tmp_path / "bot.db"
    connect(db).close()
    result = run_report("--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "nothing recorded yet" in result.stdout.lower()


def test_report_groups_low_confidence_messages_by_the_topic_they_fell_nearest_to(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    for text in ("is meso approved in my country", "legal status of meso?", "is it approved where i live"):
        record_unanswered(db, "c1", text, "low_confidence", [("ask_regulation", 0.28), ("ask_other_options", 0.2)])
    record_unanswered(db, "c2", "vitamins??", "low_confidence", [("ask_ingredients", 0.25)])
    record_unanswered(db, "c3", "weather today", "out_of_scope", [("ask_regulation", 0.1)])

    lines = run_report("--db", str(db)).stdout.splitlines()
    start = next(i for i, ln in enumerate(lines) if "nearest to" in ln)
    rows = [ln.split() for ln in lines[start + 3 : start + 5]]
    assert [(r[0], r[1]) for r in rows] == [("3", "ask_regulation"), ("1", "ask_ingredients")]
    assert "is it approved where i live" in lines[start + 3] and "weather today" not in "\n".join(lines[start:start + 6])
