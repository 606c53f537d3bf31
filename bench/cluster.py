"""`make bench-cluster`: the same load against `make run` and against `make run-cluster` with 1 and 2
Rasa instances, on this machine. Results: bench/cluster_results.json; rows in docs/scaling.md.

Per configuration: throughput at 50 concurrent conversations (50 × 20 messages), p95 latency at 10
(10 × 20), CPU milliseconds per message summed over every process of the configuration (Rasa,
action servers, PostgreSQL with its backends, Redis, nginx; user + system time from /proc, children
that exited included), which holds on a noisy shared machine where wall-clock figures do not, and
resident memory per process kind.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

from bench.load import run_load
from bot.cluster import ClusterStack, free_port
from bot.launcher import Stack
from bot.settings import PROJECT_ROOT, Settings

RESULTS = PROJECT_ROOT / "bench" / "cluster_results.json"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> Optional[List[str]]:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2 :].split()  # fields from "state" on (the name may hold spaces)


def descendants(roots: Sequence[int]) -> List[int]:
    """`roots` and every process below them (PostgreSQL backends, nginx workers)."""
    parents: Dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None:
                parents[int(entry.name)] = int(fields[1])
    found, frontier = set(roots), list(roots)
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in found:
                found.add(pid)
                frontier.append(pid)
    return sorted(found)


def cpu_seconds(roots: Sequence[int]) -> float:
    """User + system CPU of the process trees, with the reaped children's (cutime, cstime) of each."""
    total = 0
    for pid in descendants(roots):
        fields = _stat(pid)
        if fields is not None:
            total += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
    return total / CLOCK_TICKS


def rss_mb(pid: int) -> float:
    """Resident memory of one process tree, in MB."""
    total_kb = 0
    for child in descendants([pid]):
        try:
            for line in Path(f"/proc/{child}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except OSError:
            continue
    return round(total_kb / 1024, 1)


def store_counters(stack: Stack) -> Dict[str, float]:
    """PostgreSQL's transactions and rows written (pg_stat_database), Redis's commands (INFO stats)."""
    if not isinstance(stack, ClusterStack) or stack.postgres is None or stack.redis is None:
        return {}
    import psycopg2
    import redis

    connection = psycopg2.connect(stack.postgres.url())
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_stat_force_next_flush()")
            cursor.execute("SELECT pg_total_relation_size('events')")
            tracker_bytes = cursor.fetchone()[0]
            cursor.execute(
                "SELECT xact_commit, tup_inserted + tup_updated + tup_deleted, tup_returned + tup_fetched"
                " FROM pg_stat_database WHERE datname = current_database()"
            )
            commits, written, read = cursor.fetchone()
    finally:
        connection.close()
    commands = redis.Redis.from_url(stack.redis.url()).info("stats")["total_commands_processed"]
    return {
        "pg_commits": commits,
        "pg_rows_written": written,
        "pg_rows_read": read,
        "pg_tracker_bytes": tracker_bytes,
        "redis_commands": commands,
    }


def cpu_by_kind(stack: Stack) -> Dict[str, float]:
    """CPU seconds so far per kind of process: rasa, actions, postgres, redis, nginx."""
    kinds: Dict[str, List[int]] = {"rasa": [], "actions": []}
    if isinstance(stack, ClusterStack):
        for member in stack.members:
            kinds["rasa"] += [member.rasa.pid] if member.rasa else []
            kinds["actions"] += [member.actions.pid] if member.actions else []
        for name, service in (("postgres", stack.postgres), ("redis", stack.redis), ("nginx", stack.balancer)):
            if service is not None and service.pid is not None:
                kinds[name] = [service.pid]
    else:
        kinds["rasa"] = [stack.rasa_server.pid] if stack.rasa_server else []
        kinds["actions"] = [stack.action_server.pid] if stack.action_server else []
    return {kind: cpu_seconds(pids) for kind, pids in kinds.items()}


def _settings(var_dir: Path) -> Settings:
    return Settings(
        rasa_port=free_port(),
        action_port=free_port(),
        web_port=free_port(),
        var_dir=var_dir,
        client_messages_per_minute=1_000_000,
        clinic_name="Bench Clinic",
    )


def measure(stack: Stack, label: str, messages: int) -> Dict[str, Any]:
    base = f"http://{stack.settings.host}:{stack.settings.rasa_port}"
    run_load(base, conversations=10, messages=4)  # warm-up: first turns load lazily
    roots = stack.pids() if isinstance(stack, ClusterStack) else [p.pid for p in stack.processes]
    cpu_before, kinds_before, counters_before = cpu_seconds(roots), cpu_by_kind(stack), store_counters(stack)
    wide = run_load(base, conversations=50, messages=messages)
    cpu_used = cpu_seconds(roots) - cpu_before
    n = max(1, len(wide.requests))
    kinds = {k: round(1000 * (v - kinds_before.get(k, 0.0)) / n, 1) for k, v in cpu_by_kind(stack).items()}
    per_message = {k: round((v - counters_before[k]) / n, 2) for k, v in store_counters(stack).items()}
    narrow = run_load(base, conversations=10, messages=messages)
    memory: Dict[str, float] = {}
    if isinstance(stack, ClusterStack):
        for member in stack.members:
            if member.rasa is not None and member.actions is not None:
                memory[f"rasa_{member.index}"] = rss_mb(member.rasa.pid)
                memory[f"actions_{member.index}"] = rss_mb(member.actions.pid)
        for name, service in (("postgres", stack.postgres), ("redis", stack.redis), ("nginx", stack.balancer)):
            if service is not None and service.pid is not None:
                memory[name] = rss_mb(service.pid)
    else:
        assert stack.rasa_server is not None and stack.action_server is not None
        memory = {"rasa_1": rss_mb(stack.rasa_server.pid), "actions_1": rss_mb(stack.action_server.pid)}
    return {
        "configuration": label,
        "messages_at_50": len(wide.requests),
        "errors": len(wide.errors) + len(narrow.errors),
        "throughput_msg_s_at_50": round(wide.throughput, 1),
        "p95_ms_at_10": narrow.summary()["latency_ms"].get("p95"),
        "p50_ms_at_10": narrow.summary()["latency_ms"].get("p50"),
        "cpu_ms_per_message": round(1000 * cpu_used / n, 1),
        "cpu_ms_per_message_by_process": kinds,
        "store_operations_per_message": per_message,
        "memory_mb": memory,
    }


def bench(configurations: Sequence[str], messages: int) -> List[Dict[str, Any]]:
    rows = []
    for name in configurations:
        with tempfile.TemporaryDirectory(prefix=f"bench-{name}-") as tmp:
            settings = _settings(Path(tmp) / "var")
            if name == "make-run":
                stack: Stack = Stack(settings, log_dir=Path(tmp) / "logs", with_web=False)
            else:
                stack = ClusterStack(settings, instances=int(name.split("-")[1]), log_dir=Path(tmp) / "logs", with_web=False)
            started = time.monotonic()
            stack.start()
            try:
                row = measure(stack, name, messages)
                row["start_s"] = round(time.monotonic() - started, 1)
            finally:
                stack.stop()
        print(json.dumps(row), flush=True)
        rows.append(row)
    return rows


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cluster", description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=["make-run", "cluster-1", "cluster-2"])
    parser.add_argument("--messages", type=int, default=20, help="messages per conversation")
    args = parser.parse_args(argv)
    rows = bench(args.only, args.messages)
    RESULTS.write_text(json.dumps({"cpus": os.cpu_count(), "rows": rows}, indent=2) + "\n", encoding="utf-8")
    print(f"written to {RESULTS.relative_to(PROJECT_ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
