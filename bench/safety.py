"""`make bench-safety`: how well the safety layer escalates, on evaluation sets nobody tunes on.

Two evaluators, both scored on every set: the red-flag detector alone (`bot.red_flags`, no Rasa) and
the whole bot through its REST channel (started as `make run` starts it). Prints a table of figures,
then every miss; writes bench/safety_results.json. Exits 0 whatever the figures (it measures, it does
not gate); 2 on a usage error (no set, a malformed line), 1 when the bot cannot be started.

    python -m bench.safety                           # every bench/safety_sets/*.jsonl, both evaluators
    python -m bench.safety --detector-only           # the detector alone (seconds; bench/var/safety_results-detector.json)
    python -m bench.safety --set PATH [--set PATH]   # other set files (or folders of them)

See bench/README.md ("make bench-safety") for the input format and the definitions.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bench import safety_detector
from bench.safety_data import TurnResult
from bench.safety_metrics import BOT_ONLY_KINDS, MISS_KINDS, SUBSETS, evaluation, group_misses, percent, truncate
from bot.safety_sets import Case, SetError, find_sets, load_set
from bot.settings import PROJECT_ROOT

BENCH = PROJECT_ROOT / "bench"
SETS = BENCH / "safety_sets"
RESULTS = BENCH / "safety_results.json"
DETECTOR_RESULTS = BENCH / "var" / "safety_results-detector.json"
OTHER_SETS_RESULTS = BENCH / "var" / "safety_results-sets.json"
BOT_VAR = BENCH / "var" / "safety"

EVALUATORS = {"detector": "detector alone", "bot": "whole bot (REST)"}


def git_commit() -> Dict[str, Any]:
    """The commit measured, and whether the checkout had uncommitted changes (figures then belong to neither)."""
    try:
        commit = subprocess.check_output(["git", "rev-parse", "HEAD"], cwd=PROJECT_ROOT, text=True).strip()
        status = ["git", "status", "--porcelain", "--untracked-files=no"]
        dirty = bool(subprocess.check_output(status, cwd=PROJECT_ROOT, text=True).strip())
    except (OSError, subprocess.CalledProcessError):
        return {"commit": "", "uncommitted_changes": None}
    return {"commit": commit, "uncommitted_changes": dirty}


def resolve_sets(chosen: Optional[Sequence[str]]) -> List[Path]:
    """The set files: each --set (a file, or a folder of *.jsonl), else every file in bench/safety_sets/."""
    if not chosen:
        return find_sets(SETS)
    paths: List[Path] = []
    for raw in chosen:
        path = Path(raw)
        if path.is_dir():
            paths += find_sets(path)
        elif path.is_file():
            paths.append(path)
        else:
            raise SetError(f"--set {raw}: no such file or folder")
    return paths


# --- printing ---

COLUMNS: Tuple[Tuple[str, str, int], ...] = (
    ("escalation_recall", "escalation recall", 18),
    ("emergency_recall", "emergency recall", 18),
    ("under_escalation_rate", "under-escalated", 18),
    ("false_escalation_rate", "false escalation", 18),
    ("false_emergencies", "false emerg.", 12),
    ("reassurance_after_report", "reassurance", 11),
    ("clarification_only_reports", "clarify only", 16),
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return percent(value) if isinstance(value, dict) else str(value)


def table(evaluations: Dict[str, Dict[str, Any]]) -> str:
    header = f"{'evaluator':<18} {'turns of':<19} {'n':>5}  " + "  ".join(f"{title:<{width}}" for _, title, width in COLUMNS)
    header = header.rstrip()
    lines = [header, "-" * len(header)]
    for name, result in evaluations.items():
        for subset in SUBSETS:
            row = result["figures"][subset]
            cells = "  ".join(f"{_cell(row.get(key)):<{width}}" for key, _, width in COLUMNS)
            lines.append(f"{EVALUATORS[name]:<18} {subset.replace('_', ' '):<19} {row['turns']:>5}  {cells}".rstrip())
    return "\n".join(lines)


def miss_line(turn: TurnResult, kind: str) -> str:
    signs = ", ".join(turn.signs) or "-"
    if turn.kind == "conversation" and turn.signs_so_far != turn.signs:
        signs += f" (so far: {', '.join(turn.signs_so_far) or '-'})"
    line = f"  {turn.label:<14} expected {turn.expected:<9} got {turn.got:<9} {truncate(turn.text)!r}\n{'':<18}signs: {signs}"
    if turn.source and turn.source != "none":
        line += f"; decided by: {turn.source}"
    if kind in ("reassurance", "clarification only") or turn.error:
        line += f"; actions: {', '.join(turn.actions) or '-'}; facts: {', '.join(turn.fact_ids) or '-'}"
    if turn.error:
        line += f"; error: {turn.error}"
    return line


def misses_text(name: str, turns: Sequence[TurnResult]) -> str:
    groups = group_misses(turns, whole_bot=name == "bot")
    lines: List[str] = []
    for kind in MISS_KINDS:
        if name == "detector" and kind in BOT_ONLY_KINDS:
            continue
        lines.append(f"-- {EVALUATORS[name]}: {kind} ({len(groups[kind])})")
        lines += [miss_line(turn, kind) for turn in groups[kind]]
    return "\n".join(lines)


# --- running ---


def _shown(path: Path) -> Path:
    absolute = path.resolve()
    return absolute.relative_to(PROJECT_ROOT) if absolute.is_relative_to(PROJECT_ROOT) else absolute


def run_bot(
    loaded: Dict[Path, List[Case]], concurrency: int, models_dir: Optional[Path] = None
) -> Tuple[Dict[Path, List[TurnResult]], Dict[str, Any]]:
    """Every set through one bot; the bot is stopped whatever happens."""
    from bench import safety_bot  # imports the launcher, which only the whole-bot path needs

    began = time.monotonic()
    stack, bot = safety_bot.start_bot(BOT_VAR, models_dir)
    started = time.monotonic() - began
    try:
        turns = {path: safety_bot.evaluate(cases, bot, concurrency) for path, cases in loaded.items()}
    finally:
        stack.stop()
    return turns, {"tracker_auth": bot.tracker_auth, "startup_s": round(started, 1), "var_dir": str(BOT_VAR)}


def write_results(results: Dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.safety", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", dest="sets", action="append", metavar="PATH", help="a set file or folder (repeatable)")
    parser.add_argument("--detector-only", action="store_true", help="the detector alone: no Rasa")
    parser.add_argument("--out", type=Path, help="where to write the results JSON")
    parser.add_argument("--concurrency", type=int, default=4, help="conversations at once against the bot (default 4)")
    parser.add_argument("--models", type=Path, help="serve the newest model in this folder (default models/)")
    args = parser.parse_args(argv)
    try:
        paths = resolve_sets(args.sets)
        loaded = {path: load_set(path) for path in paths}
    except SetError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    # Only the blind sets' whole-bot figures go to the committed bench/safety_results.json.
    out: Path = args.out or (DETECTOR_RESULTS if args.detector_only else OTHER_SETS_RESULTS if args.sets else RESULTS)

    turns: Dict[str, Dict[Path, List[TurnResult]]] = {
        "detector": {path: safety_detector.evaluate(cases) for path, cases in loaded.items()}
    }
    bot_run: Optional[Dict[str, Any]] = None
    if not args.detector_only:
        from bot.launcher import LaunchError

        print(f"starting the bot ({BOT_VAR.relative_to(PROJECT_ROOT)})…", file=sys.stderr, flush=True)
        try:
            turns["bot"], bot_run = run_bot(loaded, args.concurrency, args.models)
        except LaunchError as error:
            print(f"error: the bot did not start: {error}", file=sys.stderr)
            return 1

    sets: List[Dict[str, Any]] = []
    commit = git_commit()
    for path, cases in loaded.items():
        shown = _shown(path)
        evaluations = {name: evaluation(by_path[path], whole_bot=name == "bot") for name, by_path in turns.items()}
        messages = sum(c.kind == "message" for c in cases)
        conversations = len(cases) - messages
        print(
            f"\n== {shown}: {messages} single messages, {conversations} conversations "
            f"({sum(len(c.turns) for c in cases if c.kind == 'conversation')} turns)"
        )
        print(table(evaluations))
        failed = sum(bool(t.error) for t in turns.get("bot", {}).get(path, []))
        if failed:
            print(
                f"warning: {failed} whole-bot turns had a failed request; they count as the level last read "
                "(listed below; logs in bench/var/safety/logs/)"
            )
        for name, by_path in turns.items():
            print()
            print(misses_text(name, by_path[path]))
        sets.append({"set": str(shown), **commit, "messages": messages, "conversations": conversations, **evaluations})

    cost = safety_detector.speed([case for cases in loaded.values() for case in cases])
    print(
        f"\ndetector alone, uncached: {cost['us_per_message_p50']} us per message at p50, {cost['us_per_message_p95']} at p95 "
        f"({cost['messages']} messages); one 100 KB message: {cost['ms_100kb_message']} ms"
    )
    results = {
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        **commit,
        "detector_speed": cost,
        "evaluators": list(turns),
        "bot_run": bot_run,
        "sets": sets,
    }
    write_results(results, out)
    print(f"\nresults: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
