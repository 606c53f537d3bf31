"""Intent figures with Rasa's own tooling: `rasa test nlu` on the held-out set, and 5-fold
cross-validation on data/nlu/. Both read the `intent_report.json` Rasa writes."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence

from bot.settings import PROJECT_ROOT

HELDOUT = PROJECT_ROOT / "tests" / "nlu_heldout.yml"
NLU_DATA = PROJECT_ROOT / "data" / "nlu"
SUMMARY_KEYS = ("accuracy", "macro avg", "weighted avg", "micro avg")


class NluEvalError(RuntimeError):
    pass


def read_report(out_dir: Path) -> Dict[str, Any]:
    """accuracy, macro-F1, weighted-F1, and the intents with the lowest F1, from intent_report.json."""
    path = out_dir / "intent_report.json"
    if not path.exists():
        raise NluEvalError(f"{path} was not written; see {out_dir}.log")
    report = json.loads(path.read_text(encoding="utf-8"))
    per_intent = {k: v for k, v in report.items() if k not in SUMMARY_KEYS and isinstance(v, dict)}
    accuracy = report.get("accuracy")
    if not isinstance(accuracy, (int, float)):  # sklearn gives "micro avg" instead when labels are a subset
        accuracy = (report.get("micro avg") or {}).get("f1-score")
    errors_path = out_dir / "intent_errors.json"
    errors: List[Dict[str, Any]] = json.loads(errors_path.read_text(encoding="utf-8")) if errors_path.exists() else []
    return {
        "accuracy": round(float(accuracy), 4),
        "macro_f1": round(float(report["macro avg"]["f1-score"]), 4),
        "weighted_f1": round(float(report["weighted avg"]["f1-score"]), 4),
        "examples": int(report["macro avg"]["support"]),
        "errors": len(errors),
        "lowest_f1": {
            name: round(float(v["f1-score"]), 3) for name, v in sorted(per_intent.items(), key=lambda kv: kv[1]["f1-score"])[:5]
        },
        "report": str(path.relative_to(PROJECT_ROOT)) if path.is_relative_to(PROJECT_ROOT) else str(path),
    }


def _rasa(args: Sequence[str], log: Path, env: Mapping[str, str], timeout_s: float) -> float:
    log.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with open(log, "wb") as out:
        code = subprocess.call(
            list(args), cwd=PROJECT_ROOT, env=dict(env), stdout=out, stderr=subprocess.STDOUT, timeout=timeout_s
        )
    if code != 0:
        raise NluEvalError(f"{' '.join(args[:4])} ... exited with {code}; see {log}")
    return time.perf_counter() - started


def heldout(rasa_bin: Path, model: Path, out_dir: Path, env: Mapping[str, str], nlu: Path = HELDOUT) -> Dict[str, Any]:
    """`rasa test nlu -m MODEL --nlu tests/nlu_heldout.yml --out DIR`."""
    seconds = _rasa(
        [str(rasa_bin), "test", "nlu", "-m", str(model), "--nlu", str(nlu), "--out", str(out_dir), "--no-plot"],
        out_dir.with_suffix(".log"),
        env,
        timeout_s=1200,
    )
    return {**read_report(out_dir), "seconds": round(seconds, 1)}


def cross_validation(
    rasa_bin: Path,
    config: Path,
    out_dir: Path,
    env: Mapping[str, str],
    folds: int = 5,
    nlu: Path = NLU_DATA,
    timeout_s: Optional[float] = 3600,
) -> Dict[str, Any]:
    """`rasa test nlu --cross-validation --folds 5 -c CONFIG --nlu data/nlu/ --out DIR` (the test folds, pooled)."""
    seconds = _rasa(
        [
            str(rasa_bin),
            "test",
            "nlu",
            "--cross-validation",
            "--folds",
            str(folds),
            "-c",
            str(config),
            "--nlu",
            str(nlu),
            "--out",
            str(out_dir),
            "--no-plot",
        ],
        out_dir.with_suffix(".log"),
        env,
        timeout_s=timeout_s,
    )
    return {**read_report(out_dir), "folds": folds, "seconds": round(seconds, 1)}
