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
    start = next(i for i, ln in enumerate(lines) if ln.startswith("Unanswered questions, most frequent first"))
    lines = lines[start:]  # the per-fact sections above also name the questions
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
    assert lines.index(next(ln for ln in lines if "last 20 escalations" in ln.lower())) > prp_line


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


# --- the curator's sections: per fact, per channel, escalations by level and sign (issue 15) ---


def curator_db(db: Path) -> None:
    from bot.feedback import add_comment, record_answer, record_vote

    for i in range(4):
        record_answer(db, f"w{i}", "socketio", "efficacy")
    record_answer(db, "s1", "slack", "efficacy", kind="more")
    record_answer(db, "s1", "slack", "ingredients")
    record_vote(db, "w0", "socketio", "efficacy", True)
    record_vote(db, "w1", "socketio", "efficacy", True)
    record_vote(db, "w2", "socketio", "efficacy", True)
    record_vote(db, "s1", "slack", "efficacy", False)
    add_comment(db, "s1", "nothing about the <b>price</b>")
    record_vote(db, "s1", "slack", "ingredients", False)
    for _ in range(2):
        record_unanswered(db, "u1", "how long do results last", "low_confidence", [("nlu_fallback", 0.5), ("ask_efficacy", 0.3)])
    record_unanswered(db, "u2", "can I fly after", "out_of_scope", [("ask_ingredients", 0.2)])
    record_unanswered(db, "u3", "what's the weather", "out_of_scope", [("greet", 0.2)])
    record_escalation(db, "e1", "socketio", "urgent", ["pus_discharge"], "x")
    record_escalation(db, "e2", "slack", "emergency", ["breathing", "pus_discharge"], "y")


def test_feedback_is_stored_and_reported_per_fact_and_channel(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    curator_db(db)
    result = run_report("--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    lines = lines[: lines.index("Unanswered questions, most frequent first (top 50):")]  # the curator's sections
    row = {ln.split()[0]: ln.split() for ln in lines if ln.split() and ln.split()[0] in ("efficacy", "ingredients", "regulation")}
    # FACT ANSWERED MORE UP DOWN HELPFUL NEAREST...
    assert row["efficacy"][1:6] == ["4", "1", "3", "1", "75%"]
    assert row["ingredients"][1:6] == ["1", "0", "0", "1", "0%"]
    assert row["regulation"][1:6] == ["0", "0", "0", "0", "-"]  # never answered, still listed
    efficacy_line = next(ln for ln in lines if ln.startswith("efficacy "))
    assert "how long do results last (2)" in efficacy_line
    assert "can I fly after (1)" in next(ln for ln in lines if ln.startswith("ingredients "))
    assert any("near no topic" in ln and "what's the weather (1)" in ln for ln in lines)
    assert "  efficacy: nothing about the <b>price</b>" in lines
    channels = {ln.split()[0]: ln.split()[1:] for ln in lines if ln.split() and ln.split()[0] in ("widget", "Slack")}
    assert channels == {"widget": ["4", "3", "0", "100%"], "Slack": ["1", "0", "2", "0%"]}
    assert lines[lines.index("Escalations by level:") + 1].strip() == "emergency 1, urgent 1"
    assert lines[lines.index("Escalations by sign:") + 1].strip() == "pus_discharge 2, breathing 1"
    assert any(ln.startswith("Handoffs to a person: none") for ln in lines)


def test_the_html_report_is_one_self_contained_page_with_a_chart(tmp_path: Path) -> None:
    db, page = tmp_path / "bot.db", tmp_path / "report.html"
    curator_db(db)
    result = run_report("--db", str(db), "--html", str(page))
    assert result.returncode == 0, result.stderr
    assert f"HTML report written to {page}" in result.stdout
    html = page.read_text(encoding="utf-8")
    assert page.stat().st_mode & 0o077 == 0  # it holds patients' words
    assert html.startswith("<!doctype html>") and "<svg" in html and "</html>" in html
    assert (
        "<script" not in html and "src=" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    )
    assert "nothing about the &lt;b&gt;price&lt;/b&gt;" in html and "<b>price" not in html
    assert "Does it regrow hair?: 4 answers" in html and "3 of 4 found it helpful" in html


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
    assert "is it approved where i live" in lines[start + 3] and "weather today" not in "\n".join(lines[start : start + 6])
