"""Parse latency through the real server: `rasa run --enable-api` on a loopback port, every question of the
blind sets sent to `/model/parse` one at a time, and the server's own peak memory.

    python -m bench.parse_latency MODEL.tar.gz [tests/nlu_blind_*.jsonl ...] [--rounds 2]

Unlike bench.nlu_blind (the pipeline called in-process), this includes Sanic, JSON and HTTP, as a patient's
message meets them. Prints one JSON object: p50, p95 and mean in ms, and the server's VmHWM in MB.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

import requests

from bench.nlu_blind import BLIND_SETS, load_set
from bot.launcher import BIN, wait_until_up
from bot.settings import PROJECT_ROOT, QUIET_WARNINGS
from tests.bot_client import free_port


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024.0, 1)
    return 0.0


def measure(model: Path, texts: Sequence[str], rounds: int) -> Dict[str, Any]:
    port, token = free_port(), secrets.token_hex(16)
    log = PROJECT_ROOT / "bench" / "var" / "logs" / f"parse-latency-{port}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    endpoints = log.parent.parent / "endpoints-parse-only.yml"  # no tracker store, no action server: /model/parse only
    endpoints.write_text("{}\n", encoding="utf-8")
    args = [str(BIN / "rasa"), "run", "--enable-api", "-m", str(model), "-i", "127.0.0.1", "-p", str(port), "--auth-token", token]
    args += ["--endpoints", str(endpoints)]
    with open(log, "wb") as out:
        env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "PYTHONWARNINGS": QUIET_WARNINGS}
        server = subprocess.Popen(args, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/", timeout_s=300, process=server)
        session = requests.Session()
        parse = f"{base}/model/parse?token={token}"
        session.post(parse, json={"text": "hello"}, timeout=30).raise_for_status()  # first parse builds caches
        times: List[float] = []
        for _ in range(rounds):
            for text in texts:
                started = time.perf_counter()
                session.post(parse, json={"text": text}, timeout=30).raise_for_status()
                times.append((time.perf_counter() - started) * 1000.0)
        ordered = sorted(times)
        return {
            "model": str(model),
            "requests": len(times),
            "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2),
            "mean_ms": round(statistics.fmean(times), 2),
            "server_peak_rss_mb": _peak_rss_mb(server.pid),
        }
    finally:
        server.terminate()
        server.wait(timeout=30)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.parse_latency", description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("sets", type=Path, nargs="*", help="question sets (default: tests/nlu_blind_*.jsonl)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    texts = [q.text for path in (args.sets or BLIND_SETS) for q in load_set(path)]
    print(json.dumps(measure(args.model, texts, args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
