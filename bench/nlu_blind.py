"""Blind-set intent figures: questions written by someone who never saw data/ or tests/, run through a
trained model's whole NLU pipeline (classifier, FallbackClassifier, the red-flag layer), so a question that
the safety layer turns into an escalation counts as what it is, a false escalation.

    python -m bench.nlu_blind MODEL.tar.gz [tests/nlu_blind_*.jsonl ...] [--out FILE]

Each model is measured in its own child process (`measure_in_child`), so the peak memory it reports is that
model's alone. A set line is {"id", "text", "fact_id", "style"}, or {"id", "text", "fact_ids": [a, b],
"style": "two_topics"} for a question that spans two topics.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot.facts import fact_id_for_intent
from bot.names import INTENT_REPORT_EMERGENCY, INTENT_REPORT_URGENT, INTENT_SYMPTOM_UNCLEAR
from bot.settings import PROJECT_ROOT
from bot.topic_split import FACT_TOPICS_KEY

BLIND_SETS = sorted((PROJECT_ROOT / "tests").glob("nlu_blind_*.jsonl"))
ESCALATIONS = (INTENT_REPORT_URGENT, INTENT_REPORT_EMERGENCY)
FALLBACK = "nlu_fallback"


@dataclass(frozen=True)
class BlindQuestion:
    id: str
    text: str
    fact_ids: Tuple[str, ...]  # one topic, or two for a two-topic question
    style: str


def load_set(path: Path) -> List[BlindQuestion]:
    """Reads a blind set; a malformed line raises ValueError naming the file and line."""
    questions: List[BlindQuestion] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            fact_ids = tuple(record["fact_ids"]) if "fact_ids" in record else (record["fact_id"],)
            questions.append(BlindQuestion(str(record["id"]), str(record["text"]), fact_ids, str(record.get("style", ""))))
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not a blind-set record ({error})") from error
    return questions


def parse_with_model(model: Path, texts: Sequence[str]) -> Tuple[List[Dict[str, Any]], List[float]]:
    """Each text parsed by the model's whole NLU pipeline, one at a time (as served), with its time in ms."""
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))

    async def run() -> Tuple[List[Dict[str, Any]], List[float]]:
        await agent.parse_message("hello")  # the first parse builds caches: not a patient's latency
        parsed, times = [], []
        for text in texts:
            started = time.perf_counter()
            result = await agent.parse_message(text)
            times.append((time.perf_counter() - started) * 1000.0)
            parsed.append(result)
        return parsed, times

    return asyncio.run(run())


def _answered_topics(parsed: Dict[str, Any]) -> Tuple[Optional[str], Tuple[str, ...]]:
    intent = (parsed.get("intent") or {}).get("name") or ""
    main = fact_id_for_intent(intent)
    topics = tuple(t for t in (fact_id_for_intent(i) for i in parsed.get(FACT_TOPICS_KEY) or []) if t)
    return main, topics or ((main,) if main else ())


def score(questions: Sequence[BlindQuestion], parsed: Sequence[Dict[str, Any]]) -> Dict[str, Any]:
    """Accuracy and macro-F1 over one-topic questions (a miss is any other intent, the fallback included);
    two-topic questions separately; false escalations over every question."""
    from sklearn.metrics import f1_score

    single: List[Tuple[BlindQuestion, str]] = []
    two_main = two_both = 0
    escalated: List[Dict[str, str]] = []
    unclear = fallback = extra_topic = 0
    for question, result in zip(questions, parsed):
        intent = (result.get("intent") or {}).get("name") or ""
        main, topics = _answered_topics(result)
        if intent in ESCALATIONS:
            escalated.append(
                {
                    "id": question.id,
                    "text": question.text,
                    "intent": intent,
                    "source": str((result.get("red_flags") or {}).get("source") or ""),
                    "classifier": str(((result.get("red_flags") or {}).get("intent_classifier") or {}).get("name")),
                }
            )
        unclear += intent == INTENT_SYMPTOM_UNCLEAR
        fallback += intent == FALLBACK
        if len(question.fact_ids) == 1:
            single.append((question, main or intent))
            extra_topic += len(topics) > 1
        else:
            two_main += main in question.fact_ids
            two_both += set(question.fact_ids) <= set(topics)
    expected = [q.fact_ids[0] for q, _ in single]
    got = [g for _, g in single]
    right = [e == g for e, g in zip(expected, got)]
    per_topic: Dict[str, List[bool]] = {}
    per_style: Dict[str, List[bool]] = {}
    for (question, _), ok in zip(single, right):
        per_topic.setdefault(question.fact_ids[0], []).append(ok)
        per_style.setdefault(question.style, []).append(ok)
    confusion = Counter((e, g) for e, g in zip(expected, got) if e != g)
    labels = sorted(set(expected))
    two = len(questions) - len(single)
    return {
        "questions": len(questions),
        "one_topic": len(single),
        "accuracy": round(sum(right) / max(1, len(single)), 4),
        "macro_f1": round(float(f1_score(expected, got, labels=labels, average="macro", zero_division=0)), 4),
        "per_topic": {t: round(sum(v) / len(v), 3) for t, v in sorted(per_topic.items())},
        "per_style": {s: round(sum(v) / len(v), 3) for s, v in sorted(per_style.items())},
        "confusion": [{"expected": e, "got": g, "count": n} for (e, g), n in confusion.most_common()],
        "two_topics": {
            "questions": two,
            "main_topic_right": two_main,
            "both_topics": two_both,
            "one_topic_questions_given_two": extra_topic,
        },
        "false_escalations": len(escalated),
        "false_escalation_rate": round(len(escalated) / max(1, len(questions)), 4),
        "escalated": escalated,
        "symptom_unclear": unclear,
        "fallback": fallback,
        "misses": [
            {"id": q.id, "text": q.text, "expected": q.fact_ids[0], "got": g} for (q, g), ok in zip(single, right) if not ok
        ],
    }


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024.0, 1)
    return 0.0


def measure(model: Path, sets: Sequence[Path]) -> Dict[str, Any]:
    """Every set scored with one loaded model, plus p50 parse latency and the process's peak memory."""
    loaded = {path: load_set(path) for path in sets}
    texts = [q.text for questions in loaded.values() for q in questions]
    started = time.perf_counter()
    parsed, times = parse_with_model(model, texts)
    out: Dict[str, Any] = {
        "model": str(model),
        "parse_ms_p50": round(statistics.median(times), 2) if times else None,
        "parse_ms_p95": round(sorted(times)[int(0.95 * (len(times) - 1))], 2) if times else None,
        "peak_rss_mb": _peak_rss_mb(),
        "seconds": round(time.perf_counter() - started, 1),
        "sets": {},
    }
    offset = 0
    for path, questions in loaded.items():
        out["sets"][path.stem] = score(questions, parsed[offset : offset + len(questions)])
        offset += len(questions)
    return out


def measure_in_child(
    python: Path, model: Path, sets: Sequence[Path], out: Path, env: Optional[Dict[str, str]] = None
) -> Dict[str, Any]:
    """`measure` in a fresh process, so each model's memory is its own."""
    out.parent.mkdir(parents=True, exist_ok=True)
    args = [str(python), "-m", "bench.nlu_blind", str(model), *map(str, sets), "--out", str(out)]
    with open(out.with_suffix(".log"), "wb") as log:
        code = subprocess.call(args, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, timeout=3600)
    if code != 0:
        raise RuntimeError(f"blind-set measurement of {model} exited with {code}; see {out.with_suffix('.log')}")
    return json.loads(out.read_text(encoding="utf-8"))


def summary_lines(name: str, figures: Dict[str, Any], detail: bool = False) -> List[str]:
    """A few printable lines per model: accuracy, macro-F1, escalations, two-topic; with `detail`, also the
    weakest topics and the confusions. Those stay out of the default print because reading them on a blind
    set is a step towards tuning on it (they are always in the results file)."""
    lines = [f"{name}: parse p50 {figures['parse_ms_p50']} ms, peak RSS {figures['peak_rss_mb']} MB"]
    for set_name, s in figures["sets"].items():
        two = s["two_topics"]
        lines.append(
            f"  {set_name}: accuracy {s['accuracy']:.3f}, macro-F1 {s['macro_f1']:.3f} ({s['one_topic']} one-topic); "
            f"false escalations {s['false_escalations']}/{s['questions']} ({100 * s['false_escalation_rate']:.1f}%); "
            f"fallback {s['fallback']}, safety net {s['symptom_unclear']}; two-topic: main right "
            f"{two['main_topic_right']}/{two['questions']}, both {two['both_topics']}/{two['questions']}"
        )
        if not detail:
            continue
        worst = sorted(s["per_topic"].items(), key=lambda kv: kv[1])[:5]
        lines.append("    weakest topics: " + ", ".join(f"{t} {a:.2f}" for t, a in worst))
        lines.append("    confusions: " + ", ".join(f"{c['expected']}->{c['got']} x{c['count']}" for c in s["confusion"][:8]))
    return lines


Row = Tuple[str, str, Any, Any, str, Optional[bool]]  # bench.run.Figure's fields


def figure_rows(ours: Optional[Dict[str, Any]], baseline: Optional[Dict[str, Any]]) -> List[Row]:
    """The table rows of `make bench`/`make bench-nlu` for the blind sets, ours beside the baseline, with the
    issue's targets: at least the baseline's accuracy, at least 0.95, at most 1% false escalations."""
    if not ours:
        return []
    base = baseline or {"sets": {}}
    rows: List[Row] = []
    for name, o in ours["sets"].items():
        b = base["sets"].get(name) or {}
        accuracy, escalation = o["accuracy"], o["false_escalation_rate"]
        base_accuracy = b.get("accuracy")
        rows.append(
            (
                f"right fact, {name}",
                "",
                accuracy,
                base_accuracy,
                ">= baseline and >= 0.95",
                accuracy >= 0.95 and (base_accuracy is None or accuracy >= base_accuracy),
            )
        )
        rows.append((f"macro-F1, {name}", "", o["macro_f1"], b.get("macro_f1"), "", None))
        rows.append(
            (
                f"false escalations on questions, {name}",
                "",
                escalation,
                b.get("false_escalation_rate"),
                "<= 0.01",
                escalation <= 0.01,
            )
        )
        two = o["two_topics"]
        if two["questions"]:
            base_two = b.get("two_topics") or {}
            rows.append(
                (
                    f"two-topic questions with both topics, {name}",
                    "",
                    f"{two['both_topics']}/{two['questions']}",
                    base_two and f"{base_two['both_topics']}/{base_two['questions']}",
                    "",
                    None,
                )
            )
    rows.append(("parse latency p50, whole NLU pipeline", "ms", ours["parse_ms_p50"], base.get("parse_ms_p50"), "", None))
    rows.append(("peak RSS, model loaded and parsing", "MB", ours["peak_rss_mb"], base.get("peak_rss_mb"), "", None))
    return rows


def quiet_rasa_logs() -> None:
    """Rasa's structlog at INFO: at DEBUG it prints every parsed question, and a blind set's questions must
    not reach a terminal or a log that the people tuning the bot read."""
    import logging

    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.INFO)


def main(argv: Optional[Sequence[str]] = None) -> int:
    quiet_rasa_logs()
    parser = argparse.ArgumentParser(prog="python -m bench.nlu_blind", description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("sets", type=Path, nargs="*", help="blind sets (default: tests/nlu_blind_*.jsonl)")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--verbose", action="store_true", help="also print the weakest topics and the confusions")
    args = parser.parse_args(argv)
    figures = measure(args.model, args.sets or BLIND_SETS)
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print("\n".join(summary_lines(args.model.name, figures, detail=args.verbose)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
