"""`bench.nlu_blind` keeps blind-set questions out of the logs: Rasa's structlog, left unconfigured, prints
every parsed message at DEBUG (`processor.message.parse ... parse_data_text=...`)."""

from __future__ import annotations

import subprocess
import sys

from bot.settings import PROJECT_ROOT

SCRIPT = """
import structlog
structlog.get_logger().debug("processor.message.parse", parse_data_text="blind question one")
from bench.nlu_blind import quiet_rasa_logs
quiet_rasa_logs()
structlog.get_logger().debug("processor.message.parse", parse_data_text="blind question two")
structlog.get_logger().info("still.shown", n=3)
"""


def test_after_quieting_rasa_does_not_print_a_parsed_question():
    run = subprocess.run([sys.executable, "-c", SCRIPT], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert "blind question one" in output  # unconfigured, as the child process starts
    assert "blind question two" not in output
    assert "still.shown" in output


FIGURES = {
    "parse_ms_p50": 2.5,
    "peak_rss_mb": 700,
    "sets": {
        "fresh9": {
            "accuracy": 0.9,
            "macro_f1": 0.9,
            "one_topic": 10,
            "false_escalations": 1,
            "questions": 10,
            "false_escalation_rate": 0.1,
            "fallback": 0,
            "symptom_unclear": 0,
            "two_topics": {"main_topic_right": 0, "both_topics": 0, "questions": 0},
            "per_topic": {"abscess": 0.5, "efficacy": 1.0},
            "confusion": [{"expected": "abscess", "got": "report_urgent", "count": 1}],
        }
    },
}


def test_the_default_summary_leaves_out_a_blind_sets_topics_and_confusions():
    from bench.nlu_blind import summary_lines

    plain = "\n".join(summary_lines("m", FIGURES))
    detailed = "\n".join(summary_lines("m", FIGURES, detail=True))
    assert "accuracy 0.900" in plain
    assert "abscess" not in plain
    assert "abscess->report_urgent x1" in detailed
    assert "weakest topics: abscess 0.50" in detailed
