"""`make bench`: our configuration beside Rasa's default (`rasa init`) one, measured in one run.

Both are trained on the same data, domain and rules, served the way `make run` serves the bot
(bot.launcher.Stack: action server, web page and Rasa server on free loopback ports, each with its own
var dir under bench/var/), one after the other, never at the same time, and given the same messages.

    python -m bench.run              # everything; writes bench/results.json and prints the table
    python -m bench.run --nlu-only   # intent figures only (bench/var/results-nlu.json)
    python -m bench.run --quick      # a smoke run: fewer messages, no cross-validation (bench/var/results-quick.json)

See bench/README.md for how to read the results.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import functools
import hashlib
import json
import os
import platform
import re
import secrets
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import requests
import yaml
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, LockStore
from rasa.utils.endpoints import EndpointConfig

from bench import nlu_blind, nlu_eval
from bench.load import (
    SYMPTOM_KINDS,
    LoadResult,
    Request,
    check_trackers,
    latency_summary,
    new_conversations,
    run_conversations,
)
from bot.facts import default_facts
from bot.launcher import BIN, Stack, latest_model
from bot.nlu_data import training_examples
from bot.settings import PROJECT_ROOT, Settings, child_environment
from tests.bot_client import free_port

BENCH = PROJECT_ROOT / "bench"
VAR = BENCH / "var"
RESULTS = BENCH / "results.json"
RASA = BIN / "rasa"
# Every training and NLU evaluation reads a copy of its inputs taken when the run starts, so that the
# figures of one run belong together even while data/nlu.yml or config.yml are being edited.
INPUTS = VAR / "inputs"
VARIANTS: Dict[str, Path] = {"ours": INPUTS / "config.yml", "baseline": INPUTS / "baseline_config.yml"}
LIVE_CONFIGS: Dict[str, Path] = {"ours": PROJECT_ROOT / "config.yml", "baseline": BENCH / "baseline_config.yml"}
# The baseline's cross-validation (5 DIET trainings, over an hour here) is an accuracy figure that machine
# load does not change: a full run reuses one measured on the same inputs, see cached_baseline_cv().
BASELINE_CV = VAR / "baseline-cv.json"
CV_PENDING = "python -m bench.run --baseline-cv-only"
RASA_SERVER_MEMORY_TARGET_MB = 1024


@dataclass(frozen=True)
class Sizes:
    """(conversations, messages each, conversations at once) for each measured load."""

    warmup: Tuple[int, int, int] = (4, 5, 4)
    c1: Tuple[int, int, int] = (10, 20, 1)
    c10: Tuple[int, int, int] = (20, 20, 10)
    c50: Tuple[int, int, int] = (50, 20, 50)
    down: Tuple[int, int, int] = (50, 20, 50)  # the run with the action server stopped midway
    cv_folds: int = 5


FULL = Sizes()
QUICK = Sizes(warmup=(2, 3, 2), c1=(3, 10, 1), c10=(10, 5, 10), c50=(50, 4, 50), down=(50, 8, 50), cv_folds=0)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def loadavg() -> List[float]:
    try:
        return [float(v) for v in Path("/proc/loadavg").read_text().split()[:3]]
    except OSError:
        return []


# --- processes and memory (from /proc: no psutil) ---


def _status(pid: int) -> Dict[str, int]:
    values: Dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                values[key] = int(rest.split()[0])  # kB
    except (OSError, ValueError, IndexError):
        pass
    return values


def _pss_kb(pid: int) -> int:
    """Proportional set size: shared pages (e.g. forked Sanic workers) counted once across processes."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _children(pid: int) -> List[int]:
    found: List[int] = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            child = int(stat.parent.name)
            found += [child] + _children(child)
    return found


def memory_mb(pid: Optional[int]) -> Dict[str, Any]:
    """Peak (VmHWM) and current (VmRSS) resident memory of a process and of its descendants."""
    if pid is None:
        return {}
    main = _status(pid)
    tree = [pid] + _children(pid)
    statuses = [_status(p) for p in tree]
    mb = lambda kb: round(kb / 1024.0, 1)  # noqa: E731
    return {
        "pid": pid,
        "peak_rss_mb": mb(main.get("VmHWM", 0)),
        "rss_mb": mb(main.get("VmRSS", 0)),
        "processes": len(tree),
        "tree_peak_rss_mb": mb(sum(s.get("VmHWM", 0) for s in statuses)),
        "tree_rss_mb": mb(sum(s.get("VmRSS", 0) for s in statuses)),
        "tree_pss_mb": mb(sum(_pss_kb(p) for p in tree)),
    }


@dataclasses.dataclass
class BenchStack(Stack):
    """The launcher's Stack, with another endpoints file if asked, remembering when it spawned Rasa."""

    endpoints: Path = PROJECT_ROOT / "endpoints.yml"
    rasa_env: Dict[str, str] = dataclasses.field(default_factory=dict)
    speedups_off: bool = False  # the trade-off experiment: Rasa without rasa_plugins/rasa_speedups.py
    rasa_process: Optional[subprocess.Popen] = None
    rasa_spawned_at: Optional[float] = None

    def rasa_run_args(self, model: Path) -> List[str]:
        args = super().rasa_run_args(model)
        args[args.index("--endpoints") + 1] = str(self.endpoints)
        if self.speedups_off:  # the same `rasa run ...`, started through a few lines that undo the speedups
            args = [str(BIN / "python"), "-c", RUN_RASA_WITHOUT_SPEEDUPS, *args[3:]]
        return args

    def start_rasa_server(self, model: Path) -> subprocess.Popen:
        saved = {k: os.environ.get(k) for k in self.rasa_env}
        os.environ.update(self.rasa_env)  # child_environment() copies os.environ at spawn time
        try:
            self.rasa_spawned_at = time.monotonic()
            self.rasa_process = super().start_rasa_server(model)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        return self.rasa_process

    @property
    def base_url(self) -> str:
        return f"http://{self.settings.host}:{self.settings.rasa_port}"


def new_stack(
    name: str,
    models_dir: Path,
    endpoints: Optional[Path] = None,
    rasa_env: Optional[Dict[str, str]] = None,
    speedups_off: bool = False,
) -> BenchStack:
    var_dir = VAR / f"run-{name}"
    shutil.rmtree(var_dir, ignore_errors=True)  # a fresh tracker store and bot.db for each run
    ports = dict(rasa_port=free_port(), action_port=free_port(), web_port=free_port())
    # All load comes from 127.0.0.1: the per-client limit (CLIENT_MESSAGES_PER_MINUTE) would refuse it.
    settings = Settings(
        **ports,
        var_dir=var_dir,
        rasa_api_token=secrets.token_hex(16),
        client_messages_per_minute=1_000_000,  # type: ignore[arg-type]
    )
    return BenchStack(
        settings,
        models_dir=models_dir,
        log_dir=var_dir / "logs",
        with_web=True,
        endpoints=endpoints or PROJECT_ROOT / "endpoints.yml",
        rasa_env=dict(rasa_env or {}),
        speedups_off=speedups_off,
    )


def start_timed(stack: BenchStack) -> Dict[str, Any]:
    """Starts the stack as `make run` does while a second thread sends "hello" every 50 ms, and
    times the first successful REST reply from the first process spawn and from the Rasa spawn."""
    url = f"{stack.base_url}/webhooks/rest/webhook"
    first: Dict[str, float] = {}
    stop = threading.Event()

    def poll() -> None:
        sender = f"bench-startup-{uuid.uuid4().hex[:8]}"
        while not stop.is_set():
            try:
                response = requests.post(url, json={"sender": sender, "message": "hello"}, timeout=10)
                if response.status_code == 200 and response.json():
                    first["at"] = time.monotonic()
                    return
            except (requests.RequestException, ValueError):
                pass
            time.sleep(0.05)

    thread = threading.Thread(target=poll, daemon=True)
    started = time.monotonic()
    thread.start()
    try:
        stack.start()
        ready = time.monotonic()
        thread.join(timeout=120)
    finally:
        stop.set()
    if "at" not in first:
        raise RuntimeError("the bot started but never answered 'hello' within 120 s")
    assert stack.rasa_spawned_at is not None
    return {
        "stack_start_to_first_answer_s": round(first["at"] - started, 2),
        "rasa_spawn_to_first_answer_s": round(first["at"] - stack.rasa_spawned_at, 2),
        "stack_start_to_ready_s": round(ready - started, 2),
    }


def run_phase(
    stack: BenchStack, scripts: Dict[str, Any], start: int = 0, stop: Optional[int] = None, concurrency: Optional[int] = None
) -> LoadResult:
    return asyncio.run(run_conversations(stack.base_url, scripts, start=start, stop=stop, concurrency=concurrency))


def measured_load(stack: BenchStack, size: Tuple[int, int, int], prefix: str) -> Tuple[LoadResult, Dict[str, Any]]:
    n, m, concurrency = size
    before = loadavg()
    result = run_phase(stack, new_conversations(n, m, prefix=prefix), concurrency=concurrency)
    return result, {**result.summary(), "loadavg_before": before, "loadavg_after": loadavg()}


# --- the action server stopped midway ---

FACT_TEXTS = tuple(t for f in default_facts().values() for t in (f.answer, f.more) if t)


def answered_from_facts(request: Request) -> bool:
    return any(text in reply for reply in request.reply_texts() for text in FACT_TEXTS)


def phase_counts(requests_: Sequence[Request]) -> Dict[str, Any]:
    symptoms = [r for r in requests_ if r.turn.kind in SYMPTOM_KINDS]
    facts = [r for r in requests_ if r.turn.kind == "fact"]
    return {
        "requests": len(requests_),
        "http_200": sum(r.status == 200 for r in requests_),
        "errors": sum(not r.ok for r in requests_),
        "with_a_reply": sum(bool(r.replies) for r in requests_),
        "without_a_reply": sum(r.ok and not r.replies for r in requests_),
        "symptom_reports": len(symptoms),
        "symptom_reports_with_advice": sum(r.got_advice for r in symptoms),
        "fact_questions": len(facts),
        "fact_questions_answered_from_facts": sum(answered_from_facts(r) for r in facts),
        "latency_ms": latency_summary([r.latency_s for r in requests_ if r.ok]),
    }


def action_server_down_run(stack: BenchStack, size: Tuple[int, int, int]) -> Tuple[LoadResult, Dict[str, Any]]:
    """The full-size load; after half the messages the action server is stopped while the next
    quarter is in flight, then started again for the last quarter. Returns the load and its summary."""
    n, m, concurrency = size
    half, three_quarters = m // 2, (3 * m) // 4
    # the same mix, with each symptom report placed where the action server is down
    scripts = new_conversations(n, m, prefix="down", symptom_window=(half, three_quarters - 1))
    result = run_phase(stack, scripts, 0, half, concurrency)
    marks: Dict[str, float] = {}

    def stop_it() -> None:
        marks["stop_called"] = time.monotonic()
        stack.stop_action_server()
        marks["stopped"] = time.monotonic()

    stopper = threading.Thread(target=stop_it)
    stopper.start()
    during = run_phase(stack, scripts, half, three_quarters, concurrency)
    stopper.join()
    restart_began = time.monotonic()
    stack.start_action_server()
    marks["restarted"] = time.monotonic()
    after = run_phase(stack, scripts, three_quarters, m, concurrency)
    result.merge(during)
    result.merge(after)
    down_requests = [r for r in during.requests if r.started >= marks["stopped"]]
    stopping = [r for r in during.requests if r.started < marks["stopped"]]
    check = check_trackers(stack.base_url, result, stack.settings.rasa_api_token)
    return result, {
        "conversations": n,
        "messages": len(result.requests),
        "http_200": sum(r.status == 200 for r in result.requests),
        "errors": len(result.errors),
        "error_examples": sorted({r.error or "" for r in result.errors})[:5],
        "stop_took_s": round(marks["stopped"] - marks["stop_called"], 2),
        "restart_took_s": round(marks["restarted"] - restart_began, 2),
        "phases": {
            "before_stop": phase_counts(result.requests[: len(result.requests) - len(during.requests) - len(after.requests)]),
            "while_stopping": phase_counts(stopping),
            "action_server_down": phase_counts(down_requests),
            "stop_to_restart": phase_counts(during.requests),  # the two above together
            "after_restart": phase_counts(after.requests),
        },
        "tracker_check": check.summary(),
    }


# --- one variant served and loaded ---


def serve(name: str, models_dir: Path, sizes: Sizes, with_down_run: bool = True, **stack_options: Any) -> Dict[str, Any]:
    stack = new_stack(name, models_dir, **stack_options)
    log(f"{name}: starting the bot ({latest_model(models_dir).name})")
    out: Dict[str, Any] = {"model": latest_model(models_dir).name}
    try:
        out["startup"] = start_timed(stack)
        out["memory_after_start"] = memory_mb(stack.rasa_process.pid if stack.rasa_process else None)
        log(f"{name}: first answer {out['startup']['stack_start_to_first_answer_s']} s after start; warming up")
        measured_load(stack, sizes.warmup, f"{name}-warmup")
        out["load"] = {}
        for label in ("c1", "c10", "c50"):
            size = getattr(sizes, label)
            log(f"{name}: {size[0]} conversations x {size[1]} messages, {size[2]} at a time")
            result, summary = measured_load(stack, size, f"{name}-{label}")
            out["load"][label] = summary
            if label == "c50":
                log(f"{name}: checking {len(result.conversations)} trackers")
                out["tracker_check"] = check_trackers(stack.base_url, result, stack.settings.rasa_api_token).summary()
        out["memory"] = {
            "rasa_server": memory_mb(stack.rasa_process.pid if stack.rasa_process else None),
            "action_server": memory_mb(stack.action_server.pid if stack.action_server else None),
        }
        if with_down_run:
            log(f"{name}: the same load with the action server stopped midway")
            out["action_server_down"] = action_server_down_run(stack, sizes.down)[1]
            out["memory"]["rasa_server_after_down_run"] = memory_mb(stack.rasa_process.pid if stack.rasa_process else None)
    finally:
        stack.stop()
    return out


# --- training ---


def rasa_env(settings: Optional[Settings] = None, cache: Path = VAR / "rasa-cache-run") -> Dict[str, str]:
    shutil.rmtree(cache, ignore_errors=True)
    return child_environment(
        settings or Settings(var_dir=VAR / "train"),
        {
            "RASA_CACHE_DIRECTORY": str(cache),  # never the shared .rasa/cache: every training starts cold
            "RASA_MAX_CACHE_SIZE": "0",
        },
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def snapshot_inputs(into: Path = INPUTS) -> Dict[str, Any]:
    """Copies data/*.yml, domain.yml, both configs and the held-out set to bench/var/inputs/."""
    shutil.rmtree(into, ignore_errors=True)
    (into / "data").mkdir(parents=True)
    data = PROJECT_ROOT / "data"
    copies: Dict[Path, Path] = {p: into / p.relative_to(PROJECT_ROOT) for p in sorted(data.rglob("*.yml"))}
    copies.update({p: into / "tests" / p.name for p in nlu_blind.BLIND_SETS})
    copies[PROJECT_ROOT / "domain.yml"] = into / "domain.yml"
    copies[nlu_eval.HELDOUT] = into / "nlu_heldout.yml"
    copies.update({live: into / VARIANTS[name].name for name, live in LIVE_CONFIGS.items()})
    for live, copy in copies.items():
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(live, copy)
    files = [str(p.relative_to(PROJECT_ROOT)) for p in copies]
    try:
        status = ["git", "status", "--porcelain", "--", *files]
        uncommitted = subprocess.check_output(status, cwd=PROJECT_ROOT, text=True).split("\n")
    except (OSError, subprocess.CalledProcessError):
        uncommitted = []
    return {
        "sha256": {name: _sha256(live) for name, live in zip(files, copies)},
        "uncommitted": [line.strip() for line in uncommitted if line.strip()],
        "nlu_examples": len(training_examples(into / "data" / "nlu")),
    }


def baseline_fingerprint(inputs: Dict[str, Any]) -> str:
    """What the baseline's training and cross-validation depend on: its config, the data, the domain, Rasa."""
    import rasa

    parts = [f"{k}={v}" for k, v in sorted(inputs["sha256"].items()) if k != "config.yml" and not k.endswith("nlu_heldout.yml")]
    return hashlib.sha256("\n".join([*parts, f"rasa={rasa.__version__}"]).encode()).hexdigest()[:16]


def train(name: str, nlu_only: bool = False) -> Dict[str, Any]:
    out_dir = VAR / f"models-{name}{'-nlu' if nlu_only else ''}"
    shutil.rmtree(out_dir, ignore_errors=True)
    rel = lambda p: str(p.relative_to(PROJECT_ROOT))  # noqa: E731
    if nlu_only:
        inputs = ["nlu", "--nlu", rel(INPUTS / "data" / "nlu")]
    else:
        inputs = ["--data", rel(INPUTS / "data"), "--domain", rel(INPUTS / "domain.yml")]
    force = [] if nlu_only else ["--force"]  # (`rasa train nlu` has no --force; the empty cache and --out do the same)
    args = [str(RASA), "train", *inputs, *force, "-c", rel(VARIANTS[name]), "--out", rel(out_dir)]
    log_path = VAR / "logs" / f"train-{name}{'-nlu' if nlu_only else ''}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log(f"training {name}: {' '.join(args[1:])}")
    started = time.perf_counter()
    with open(log_path, "wb") as out:
        process = subprocess.Popen(args, cwd=PROJECT_ROOT, env=rasa_env(), stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"training {name} failed (exit {process.returncode}); see {log_path}")
    return {
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024.0, 1),  # the training process and its children
        "models_dir": str(out_dir.relative_to(PROJECT_ROOT)),
        "nlu_only": nlu_only,
        "loadavg_after": loadavg(),
    }


def cached_baseline_cv(inputs: Dict[str, Any], folds: int) -> Optional[Dict[str, Any]]:
    """The baseline's cross-validation from an earlier run on the same data, domain, config, Rasa and folds:
    bench/var/baseline-cv.json, else the committed bench/results.json (so a fresh clone reuses it too)."""
    fingerprint = baseline_fingerprint(inputs)
    if BASELINE_CV.exists():
        saved = json.loads(BASELINE_CV.read_text(encoding="utf-8"))
        if saved.get("fingerprint") == fingerprint and saved.get("cross_validation", {}).get("folds") == folds:
            return {**saved["cross_validation"], "reused_from_run_at": saved["measured_at"]}
    committed = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    cv = _get(committed, "baseline.nlu.cross_validation") or {}
    if "inputs" in committed and baseline_fingerprint(committed["inputs"]) == fingerprint and cv.get("folds") == folds:
        when = cv.get("reused_from_run_at") or cv.get("measured_at") or committed["generated_at"]
        return {**{k: v for k, v in cv.items() if k != "measured_at"}, "reused_from_run_at": when}
    return None


def save_baseline_cv(inputs: Dict[str, Any], cross_validation: Dict[str, Any]) -> None:
    write_results(
        {
            "fingerprint": baseline_fingerprint(inputs),
            "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "cross_validation": cross_validation,
        },
        BASELINE_CV,
    )


def baseline_cv_only(folds: int) -> int:
    """Measures the baseline's cross-validation alone, from its own copy of the inputs (so that other bench
    runs may start meanwhile), and saves it for the next full run. Accuracy only: run it at low priority."""
    inputs = snapshot_inputs(VAR / "cv-inputs")
    cv = cached_baseline_cv(inputs, folds) or nlu_eval.cross_validation(
        RASA,
        VAR / "cv-inputs" / "baseline_config.yml",
        VAR / "nlu" / "cv-baseline",
        rasa_env(cache=VAR / "rasa-cache-cv"),
        folds=folds,
        nlu=VAR / "cv-inputs" / "data" / "nlu",
        timeout_s=None,
    )
    if "reused_from_run_at" not in cv:
        save_baseline_cv(inputs, cv)
        cv = {**cv, "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    print(json.dumps(cv, indent=2))
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    waiting = _get(results, "baseline.nlu.cross_validation.pending") == CV_PENDING
    if waiting and baseline_fingerprint(results["inputs"]) == baseline_fingerprint(inputs):
        results["baseline"]["nlu"]["cross_validation"] = cv
        finish(results, RESULTS)
    return 0


def existing_models(name: str) -> Optional[Path]:
    for suffix in ("", "-nlu"):
        path = VAR / f"models-{name}{suffix}"
        if list(path.glob("*.tar.gz")):
            return path
    return None


# --- NLU figures ---


def nlu_figures(name: str, models_dir: Path, folds: int) -> Dict[str, Any]:
    env = rasa_env()
    model = latest_model(models_dir)
    log(f"{name}: held-out evaluation")
    heldout = nlu_eval.heldout(RASA, model, VAR / "nlu" / f"heldout-{name}", env, nlu=INPUTS / "nlu_heldout.yml")
    out: Dict[str, Any] = {"heldout": heldout}
    blind_sets = [INPUTS / "tests" / p.name for p in nlu_blind.BLIND_SETS]
    if blind_sets:
        log(f"{name}: blind sets through the whole NLU pipeline")
        out["blind"] = nlu_blind.measure_in_child(BIN / "python", model, blind_sets, VAR / "nlu" / f"blind-{name}.json", env)
    if folds:
        log(f"{name}: {folds}-fold cross-validation on data/nlu/")
        out["cross_validation"] = nlu_eval.cross_validation(
            RASA, VARIANTS[name], VAR / "nlu" / f"cv-{name}", env, folds=folds, nlu=INPUTS / "data" / "nlu"
        )
    return out


# --- the trade-offs: tracker store, Sanic workers ---


TRACKER_STORE_BLOCK = re.compile(r"^tracker_store:\n(?:[ \t]+.*\n|[ \t]*\n)*", re.M)


def endpoints_with_tracker_store(label: str, block: str) -> Path:
    """endpoints.yml with its (uncommented) tracker_store block replaced by `block` ("" for Rasa's in-memory store)."""
    text = (PROJECT_ROOT / "endpoints.yml").read_text(encoding="utf-8")
    text, found = TRACKER_STORE_BLOCK.subn(block, text)
    if found != 1 or ("tracker_store" in (yaml.safe_load(text) or {})) != bool(block):
        raise RuntimeError("could not replace tracker_store in endpoints.yml")
    path = VAR / f"endpoints-{label}.yml"
    path.write_text(text, encoding="utf-8")
    return path


def endpoints_without_tracker_store() -> Path:
    """Rasa's in-memory tracker store (what `rasa init` writes: tracker_store commented out)."""
    return endpoints_with_tracker_store("in-memory", "")


def endpoints_with_rasa_sql_tracker_store() -> Path:
    """Rasa's own SQL tracker store on the same SQLite file: what rasa_plugins/tracker_store.py replaced."""
    return endpoints_with_tracker_store("rasa-sql", 'tracker_store:\n  type: SQL\n  dialect: "sqlite"\n  db: ${TRACKER_DB}\n\n')


def baseline_serving() -> Dict[str, Any]:
    """How the baseline is served: Rasa 3.6 as released (without rasa_speedups) with its own SQL tracker
    store on SQLite (conversations survive a restart, as ours do); our domain, actions and NLG."""
    return {"speedups_off": True, "endpoints": endpoints_with_rasa_sql_tracker_store()}


def endpoints_with_sqlite_lock_store() -> Path:
    text = (PROJECT_ROOT / "endpoints.yml").read_text(encoding="utf-8")
    lock_db = VAR / "run-ours-2-workers-locks.db"
    lock_db.unlink(missing_ok=True)
    text += (
        f"\n# bench: a lock store shared by the Sanic workers\nlock_store:\n  type: bench.run.SqliteLockStore\n  db: {lock_db}\n"
    )
    path = VAR / "endpoints-sqlite-lock-store.yml"
    path.write_text(text, encoding="utf-8")
    return path


def tradeoff_run(name: str, models_dir: Path, sizes: Sizes, **stack_options: Any) -> Dict[str, Any]:
    try:
        return serve(name, models_dir, dataclasses.replace(sizes, c1=(1, 3, 1)), with_down_run=False, **stack_options)
    except Exception as error:  # the experiment failing is a result too
        log(f"{name}: failed: {error}")
        return {"failed": f"{type(error).__name__}: {error}"}


class SqliteLockStore(LockStore):
    """A lock store in one SQLite file, shared by the processes of one machine: the cheapest way to
    let Rasa run more than one Sanic worker (it refuses with the in-memory lock store). Used only by
    the bench's workers experiment (endpoints: `lock_store: {type: bench.run.SqliteLockStore, db: PATH}`)."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, db: Optional[str] = None) -> None:
        kwargs = endpoint_config.kwargs if endpoint_config else {}
        self.path = db or kwargs.get("db") or str(VAR / "locks.db")
        self._local: Optional[Tuple[int, sqlite3.Connection]] = None
        self._execute("CREATE TABLE IF NOT EXISTS locks (conversation_id TEXT PRIMARY KEY, lock TEXT NOT NULL)")
        super().__init__()

    def _connection(self) -> sqlite3.Connection:
        if self._local is None or self._local[0] != os.getpid():  # one connection per (forked) worker
            connection = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            self._local = (os.getpid(), connection)
        return self._local[1]

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> List[Tuple[Any, ...]]:
        return self._connection().execute(sql, params).fetchall()

    def get_lock(self, conversation_id: str) -> Optional[TicketLock]:
        rows = self._execute("SELECT lock FROM locks WHERE conversation_id = ?", (conversation_id,))
        return TicketLock.from_dict(json.loads(rows[0][0])) if rows else None

    def delete_lock(self, conversation_id: str) -> None:
        self._execute("DELETE FROM locks WHERE conversation_id = ?", (conversation_id,))

    def save_lock(self, lock: TicketLock) -> None:
        self._execute("INSERT OR REPLACE INTO locks (conversation_id, lock) VALUES (?, ?)", (lock.conversation_id, lock.dumps()))

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        connection = self._connection()
        try:
            connection.execute("BEGIN IMMEDIATE")  # read-modify-write in one transaction across workers
            try:
                lock = self.get_or_create_lock(conversation_id)
                ticket = lock.issue_ticket(lock_lifetime)
                self.save_lock(lock)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            return ticket
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error


# Rasa as it is without rasa_plugins/rasa_speedups.py: our server entry point, with the install step
# of the speedups replaced by nothing.
RUN_RASA_WITHOUT_SPEEDUPS = (
    "import rasa_plugins.rasa_speedups as speedups\n"
    "speedups.install = lambda *a, **k: None\n"
    "from rasa_plugins.server import main\n"
    "main()\n"
)


def tradeoffs(results: Dict[str, Any], models: Dict[str, Path], sizes: Sizes, references: bool = False) -> Dict[str, Any]:
    """Each experiment changes one thing in how the server runs (never config.yml or endpoints.yml
    themselves) and runs the 10- and 50-concurrent loads again. With `references`, the unchanged
    ours and baseline are run again first, so that every row compares runs made minutes apart."""
    out: Dict[str, Any] = {}
    models_dir = models["ours"]
    if references:
        for name in VARIANTS:
            log(f"trade-off: {name} as configured (reference)")
            options = baseline_serving() if name == "baseline" else {}
            out[f"reference_{name}"] = tradeoff_run(f"{name}-reference", models[name], sizes, **options)
    log("trade-off: ours with Rasa's own SQL tracker store")
    out["rasa_sql_tracker_store"] = tradeoff_run(
        "ours-rasa-sql", models_dir, sizes, endpoints=endpoints_with_rasa_sql_tracker_store()
    )
    log("trade-off: ours with the in-memory tracker store")
    out["in_memory_tracker_store"] = tradeoff_run(
        "ours-in-memory", models_dir, sizes, endpoints=endpoints_without_tracker_store()
    )
    log("trade-off: ours with SANIC_WORKERS=2 (and a SQLite lock store shared by the workers)")
    out["sanic_workers_2"] = tradeoff_run(
        "ours-2-workers",
        models_dir,
        sizes,
        endpoints=endpoints_with_sqlite_lock_store(),
        rasa_env={"SANIC_WORKERS": "2"},
    )
    workers_log = VAR / "run-ours-2-workers" / "logs" / "rasa.log"
    if workers_log.exists():
        text = workers_log.read_text(errors="replace")
        out["sanic_workers_2"]["database_locked_in_log"] = text.count("database is locked")
        out["sanic_workers_2"]["errors_in_log"] = len(re.findall(r"\bERROR\b", text))
    log("trade-off: ours without rasa_plugins/rasa_speedups.py")
    out["speedups_off_ours"] = tradeoff_run("ours-speedups-off", models_dir, sizes, speedups_off=True)
    log("trade-off: baseline served as ours is (rasa_speedups, our tracker store)")
    out["baseline_as_ours"] = tradeoff_run("baseline-as-ours", models["baseline"], sizes)
    log("trade-off: baseline with rasa init's endpoints (in-memory tracker store)")
    out["baseline_in_memory"] = tradeoff_run(
        "baseline-in-memory", models["baseline"], sizes, speedups_off=True, endpoints=endpoints_without_tracker_store()
    )
    return out


# --- the table ---


def _get(data: Dict[str, Any], path: str) -> Any:
    for key in path.split("."):
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


@dataclass
class Figure:
    name: str
    unit: str
    ours: Any
    baseline: Any
    target: str = ""
    passed: Optional[bool] = None

    @property
    def ratio(self) -> Optional[float]:
        numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (self.ours, self.baseline))
        if numbers and self.baseline:
            return round(self.ours / self.baseline, 3)
        return None

    def as_dict(self) -> Dict[str, Any]:
        return {
            "figure": self.name,
            "unit": self.unit,
            "ours": self.ours,
            "baseline": self.baseline,
            "ratio_ours_to_baseline": self.ratio,
            "target": self.target,
            "pass": self.passed,
        }


def _check(value: Any, predicate: Callable[[Any], bool]) -> Optional[bool]:
    try:
        return bool(predicate(value)) if value is not None else None
    except TypeError:
        return None


def figures(results: Dict[str, Any]) -> List[Figure]:
    o = lambda path: _get(results, "ours." + path)  # noqa: E731
    b = lambda path: _get(results, "baseline." + path)  # noqa: E731
    rows: List[Figure] = []

    def add(name: str, unit: str, path: str, target: str = "", test: Optional[Callable[[Any, Any], bool]] = None) -> Figure:
        ours, base = o(path), b(path)
        passed = None
        if test is not None and ours is not None and base is not None:
            passed = bool(test(ours, base))
        rows.append(Figure(name, unit, ours, base, target, passed))
        return rows[-1]

    rows.extend(Figure(*row) for row in nlu_blind.figure_rows(o("nlu.blind"), b("nlu.blind")))
    add("intent macro-F1, 5-fold CV (data/nlu/)", "", "nlu.cross_validation.macro_f1")
    add("intent accuracy, 5-fold CV (data/nlu/)", "", "nlu.cross_validation.accuracy", ">= baseline", lambda x, y: x >= y)
    add("intent accuracy, held-out set", "", "nlu.heldout.accuracy", ">= baseline", lambda x, y: x >= y)
    heldout = o("nlu.heldout.accuracy")
    rows.append(
        Figure(
            "intent accuracy, held-out set (absolute)",
            "",
            heldout,
            b("nlu.heldout.accuracy"),
            "ours >= 0.90",
            _check(heldout, lambda v: v >= 0.90),
        )
    )
    add("intent macro-F1, held-out set", "", "nlu.heldout.macro_f1")
    for label, c in (("c1", 1), ("c10", 10), ("c50", 50)):
        for p in ("p50", "p95", "p99"):
            if label == "c10" and p == "p95":
                add(
                    f"latency {p}, {c} concurrent",
                    "ms",
                    f"serving.load.{label}.latency_ms.{p}",
                    "<= 0.25 x baseline",
                    lambda x, y: x <= 0.25 * y,
                )
            else:
                add(f"latency {p}, {c} concurrent", "ms", f"serving.load.{label}.latency_ms.{p}")
    add("throughput, 50 concurrent", "msg/s", "serving.load.c50.throughput_msg_s", ">= 3 x baseline", lambda x, y: x >= 3 * y)
    add(
        "start to first answer (whole stack, as make run)",
        "s",
        "serving.startup.stack_start_to_first_answer_s",
        "<= 0.5 x baseline",
        lambda x, y: x <= 0.5 * y,
    )
    add("Rasa server spawn to first answer", "s", "serving.startup.rasa_spawn_to_first_answer_s")
    rss = o("serving.memory.rasa_server_after_down_run.peak_rss_mb") or o("serving.memory.rasa_server.peak_rss_mb")
    base_rss = b("serving.memory.rasa_server_after_down_run.peak_rss_mb") or b("serving.memory.rasa_server.peak_rss_mb")
    rows.append(
        Figure(
            "peak RSS, Rasa server (VmHWM)",
            "MB",
            rss,
            base_rss,
            f"ours <= {RASA_SERVER_MEMORY_TARGET_MB} MB",
            _check(rss, lambda v: v <= RASA_SERVER_MEMORY_TARGET_MB),
        )
    )
    add("peak RSS, action server (VmHWM)", "MB", "serving.memory.action_server.peak_rss_mb")
    add("training time (rasa train)", "s", "training.seconds")
    add("training peak RSS", "MB", "training.peak_rss_mb")
    c50 = lambda data: data and f"{data['errors']}/{data['messages']}"  # noqa: E731
    rows.append(
        Figure(
            "errors / requests, 50-concurrent load",
            "",
            c50(o("serving.load.c50")),
            c50(b("serving.load.c50")),
            "0 errors",
            _check(o("serving.load.c50.errors"), lambda v: v == 0),
        )
    )
    rows.append(
        Figure(
            "tracker store exact after it (each message once, every reply)",
            "",
            o("serving.tracker_check.ok"),
            b("serving.tracker_check.ok"),
            "yes",
            o("serving.tracker_check.ok"),
        )
    )
    advice = lambda data: data and f"{data['symptom_reports_with_advice']}/{data['symptom_reports']}"  # noqa: E731
    rows.append(
        Figure(
            "symptom reports with advice, 50-concurrent load", "", advice(o("serving.load.c50")), advice(b("serving.load.c50"))
        )
    )
    down, base_down = o("serving.action_server_down"), b("serving.action_server_down")
    if down:
        frac = lambda d, num, den: d and f"{d[num]}/{d[den]}"  # noqa: E731
        phase = lambda d, name: d and d["phases"][name]  # noqa: E731

        def all_of(name: str, ours: Any, base: Any, num: str, den: str) -> Figure:
            return Figure(name, "", frac(ours, num, den), frac(base, num, den), "all", ours[num] == ours[den])

        d, bd = phase(down, "stop_to_restart"), phase(base_down, "stop_to_restart")
        rows += [
            all_of("action server stopped midway: HTTP 200 / requests", down, base_down, "http_200", "messages"),
            all_of("  from stop to restart: requests with a reply", d, bd, "with_a_reply", "requests"),
            all_of(
                "  from stop to restart: symptom reports with advice", d, bd, "symptom_reports_with_advice", "symptom_reports"
            ),
        ]
        d, bd = phase(down, "after_restart"), phase(base_down, "after_restart")
        before = phase(down, "before_stop")
        rows.append(
            Figure(
                "  after restart: fact questions answered from facts",
                "",
                frac(d, "fact_questions_answered_from_facts", "fact_questions"),
                frac(bd, "fact_questions_answered_from_facts", "fact_questions"),
                "as before the stop",
                d["fact_questions_answered_from_facts"] > 0 and _rate(d) >= 0.9 * _rate(before),
            )
        )
        t, bt = down["tracker_check"], (base_down or {}).get("tracker_check")
        once = lambda c: c and f"{c['user_messages_in_tracker']}/{c['user_messages_sent']}"  # noqa: E731
        rows.append(
            Figure(
                "  user messages in the tracker exactly once",
                "",
                once(t),
                once(bt),
                "all",
                not (t["user_missing"] or t["user_duplicated"] or t["user_unexpected"]),
            )
        )
        unlogged = lambda c: c and f"{c['replies_not_in_tracker']}/{c['bot_replies_received']}"  # noqa: E731
        rows.append(Figure("  replies sent that the tracker lacks (channel fallback)", "", unlogged(t), unlogged(bt)))
    return rows


def _rate(phase: Dict[str, Any]) -> float:
    return phase["fact_questions_answered_from_facts"] / max(1, phase["fact_questions"])


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.4f}" if value < 1 else f"{value:,.1f}" if value < 10_000 else f"{value:,.0f}"
    return str(value)


def table(rows: Sequence[Figure]) -> str:
    header = ("figure", "unit", "ours", "baseline", "ours/base", "target", "pass")
    body = [
        (
            r.name,
            r.unit,
            _fmt(r.ours),
            _fmt(r.baseline),
            "-" if r.ratio is None else f"{r.ratio:.2f}",
            r.target,
            "" if r.passed is None else ("PASS" if r.passed else "FAIL"),
        )
        for r in rows
    ]
    widths = [max(len(str(row[i])) for row in [header, *body]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(str(v).ljust(w) if i in (0, 5) else str(v).rjust(w) for i, (v, w) in enumerate(zip(row, widths)))

    return "\n".join([line(header), line(tuple("-" * w for w in widths)), *map(line, body)])


TRADEOFF_ROWS = (
    ("reference_ours", "ours (cached SQLite tracker store, 1 worker)"),
    ("reference_baseline", "baseline (Rasa as released, Rasa's SQL tracker store)"),
    ("rasa_sql_tracker_store", "ours, Rasa's own SQL tracker store"),
    ("in_memory_tracker_store", "ours, in-memory tracker store (lost on restart)"),
    ("sanic_workers_2", "ours, SANIC_WORKERS=2 + SQLite lock store, no cache"),
    ("speedups_off_ours", "ours, without rasa_speedups"),
    ("baseline_as_ours", "baseline served as ours (speedups, cached store)"),
    ("baseline_in_memory", "baseline, rasa init endpoints (in-memory store)"),
)


def tradeoff_table(results: Dict[str, Any]) -> str:
    found = {key: _get(results, f"tradeoffs.{key}") for key, _ in TRADEOFF_ROWS}
    # without re-run references (a full run), the main run's figures are the references
    found["reference_ours"] = found["reference_ours"] or _get(results, "ours.serving")
    found["reference_baseline"] = found["reference_baseline"] or _get(results, "baseline.serving")
    base_thr = _get(found["reference_baseline"] or {}, "load.c50.throughput_msg_s")
    base_p95 = _get(found["reference_baseline"] or {}, "load.c10.latency_ms.p95")
    lines = [
        f"{'variant':52} {'p50@10':>7} {'p95@10':>7} {'/base':>5} {'p95@50':>7} {'msg/s@50':>8} {'/base':>5} "
        f"{'errors':>6} {'tracker':>7} {'procs':>5} {'peakMB':>6} {'PSS MB':>6}"
    ]
    for key, label in TRADEOFF_ROWS:
        data = found[key]
        if not data:
            continue
        if "failed" in data:
            lines.append(f"{label:52} failed: {data['failed'][:80]}")
            continue
        g = functools.partial(_get, data)
        thr, p95 = g("load.c50.throughput_msg_s"), g("load.c10.latency_ms.p95")
        thr_ratio = f"{thr / base_thr:.2f}" if thr and base_thr else "-"
        p95_ratio = f"{p95 / base_p95:.2f}" if p95 and base_p95 else "-"
        lines.append(
            f"{label:52} {_fmt(g('load.c10.latency_ms.p50')):>7} {_fmt(p95):>7} {p95_ratio:>5} "
            f"{_fmt(g('load.c50.latency_ms.p95')):>7} {_fmt(thr):>8} {thr_ratio:>5} {_fmt(g('load.c50.errors')):>6} "
            f"{_fmt(g('tracker_check.ok')):>7} {_fmt(g('memory.rasa_server.processes')):>5} "
            f"{_fmt(g('memory.rasa_server.tree_peak_rss_mb')):>6} {_fmt(g('memory.rasa_server.tree_pss_mb')):>6}"
        )
    return "\n".join(lines)


# --- main ---


def git_commit() -> str:
    try:
        return subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT_ROOT, text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def write_results(results: Dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def tradeoffs_only(path: Path) -> int:
    results: Dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    models = {name: existing_models(name) for name in VARIANTS}
    missing = [name for name, found in models.items() if found is None or found.name.endswith("-nlu")]
    if missing:
        print(f"error: no trained {', '.join(missing)} model in bench/var: run `python -m bench.run` first", file=sys.stderr)
        return 1
    began = time.monotonic()
    meta = {"generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "git_commit": git_commit(), "loadavg_at_start": loadavg()}
    results["tradeoffs"] = tradeoffs(results, {k: v for k, v in models.items() if v is not None}, FULL, references=True)
    results["tradeoffs_run"] = {**meta, "loadavg_at_end": loadavg(), "duration_s": round(time.monotonic() - began, 1)}
    write_results(results, path)
    print()
    print(tradeoff_table(results))
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--nlu-only", action="store_true", help="only the intent figures (trains NLU-only models)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a smoke run: fewer messages, no cross-validation, no trade-offs; reuses bench/var models when present",
    )
    parser.add_argument("--skip-train", action="store_true", help="reuse the models in bench/var (no training-time figure)")
    parser.add_argument("--no-tradeoffs", action="store_true", help="skip the trade-off experiments")
    parser.add_argument(
        "--tradeoffs-only",
        action="store_true",
        help="run only the trade-off experiments (each beside fresh "
        "references) on the bench/var models, and put them into the results file",
    )
    parser.add_argument(
        "--baseline-cv-only",
        action="store_true",
        help="only the baseline's cross-validation, saved "
        "for the next full run on the same inputs (accuracy does not depend on machine load)",
    )
    parser.add_argument(
        "--baseline-cv-later",
        action="store_true",
        help="without a saved baseline cross-validation, "
        "leave it pending: `--baseline-cv-only` fills it into bench/results.json when it is done",
    )
    parser.add_argument(
        "--out", type=Path, help="results file (default: bench/results.json for a full run, else bench/var/results-<mode>.json)"
    )
    args = parser.parse_args(argv)
    if args.tradeoffs_only:
        return tradeoffs_only(args.out or RESULTS)
    if args.baseline_cv_only:
        return baseline_cv_only(FULL.cv_folds)
    mode = "nlu-only" if args.nlu_only else "quick" if args.quick else "full"
    sizes = QUICK if args.quick else FULL
    out_path = args.out or (RESULTS if mode == "full" and not args.skip_train else VAR / f"results-{mode}.json")
    VAR.mkdir(parents=True, exist_ok=True)

    began = time.monotonic()
    inputs = snapshot_inputs()
    results: Dict[str, Any] = {
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "git_commit": git_commit(),
        "mode": mode,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "loadavg_at_start": loadavg()},
        "inputs": inputs,
        "sizes": dataclasses.asdict(sizes),
        "configs": {name: str(path.relative_to(PROJECT_ROOT)) for name, path in LIVE_CONFIGS.items()},
        "ours": {},
        "baseline": {},
    }
    tmp_path = out_path.with_name(out_path.name + ".tmp")
    models: Dict[str, Path] = {}
    for name in VARIANTS:
        existing = existing_models(name) if (args.skip_train or args.quick) else None
        if existing is not None and (args.nlu_only or not existing.name.endswith("-nlu")):
            models[name] = existing
            log(f"{name}: reusing {latest_model(existing)}")
        else:
            results[name]["training"] = train(name, nlu_only=args.nlu_only)
            models[name] = PROJECT_ROOT / results[name]["training"]["models_dir"]
        write_results(results, tmp_path)

    if not args.nlu_only:
        for name in VARIANTS:  # one after the other, never at the same time
            results[name]["serving"] = serve(name, models[name], sizes, **(baseline_serving() if name == "baseline" else {}))
            write_results(results, tmp_path)
        if not (args.quick or args.no_tradeoffs):
            results["tradeoffs"] = tradeoffs(results, models, sizes)
            write_results(results, tmp_path)

    for name in VARIANTS:
        folds = 0 if args.quick else sizes.cv_folds
        if name == "baseline" and folds:
            cached = cached_baseline_cv(inputs, folds)
            results[name]["nlu"] = nlu_figures(name, models[name], 0 if cached or args.baseline_cv_later else folds)
            if cached:
                log(f"baseline: reusing the cross-validation of {cached['reused_from_run_at']} (same inputs)")
                results[name]["nlu"]["cross_validation"] = cached
            elif args.baseline_cv_later:
                results[name]["nlu"]["cross_validation"] = {"pending": CV_PENDING}
            else:
                save_baseline_cv(inputs, results[name]["nlu"]["cross_validation"])
        else:
            results[name]["nlu"] = nlu_figures(name, models[name], folds)
        write_results(results, tmp_path)

    results["machine"]["loadavg_at_end"] = loadavg()
    results["duration_s"] = round(time.monotonic() - began, 1)
    finish(results, out_path)
    tmp_path.unlink(missing_ok=True)
    return 0


def finish(results: Dict[str, Any], out_path: Path) -> None:
    """Judges the figures, writes the results file and prints the tables."""
    rows = figures(results)
    results["figures"] = [r.as_dict() for r in rows]
    judged = [r for r in rows if r.passed is not None]
    results["targets"] = {
        "passed": sum(r.passed for r in judged),
        "judged": len(judged),
        "failed": [r.name for r in judged if not r.passed],
    }
    write_results(results, out_path)
    print()
    print(table([r for r in rows if r.ours is not None or r.baseline is not None]))
    for name in VARIANTS:
        blind = _get(results, f"{name}.nlu.blind")
        if blind:
            print("\n".join(nlu_blind.summary_lines(name, blind)))
    if results.get("tradeoffs"):
        print()
        print(tradeoff_table(results))
    shown = out_path.relative_to(PROJECT_ROOT) if out_path.is_relative_to(PROJECT_ROOT) else out_path
    print(
        f"\n{results['targets']['passed']}/{results['targets']['judged']} targets met; "
        f"{results['mode']} run in {results['duration_s'] / 60:.1f} min; results in {shown}"
    )


if __name__ == "__main__":
    sys.exit(main())
