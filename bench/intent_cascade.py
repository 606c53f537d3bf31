"""Chooses the intent cascade's settings by cross-validation on the training data alone, and measures the
classifier (no Rasa pipeline, no safety layer) on the blind sets.

    python -m bench.intent_cascade                 # 5-fold CV on data/nlu/: the grid and the chosen settings
    python -m bench.intent_cascade --blind         # also classifier-alone accuracy on tests/nlu_blind_*.jsonl

The cascade (rasa_plugins.embedding_classifier): TF-IDF first; below `cascade_below` top probability, the
message is encoded and the embeddings' logistic regression is mixed in with `cascade_weight`. Out-of-fold
probabilities of both models are computed once per `embedding_C`; every (below, weight) is scored on them.
The rule is the one-standard-error rule: among settings whose CV accuracy is within one standard error of the
best (sqrt(p(1 - p) / n), about 0.005 on ~2,700 examples: differences the folds cannot tell apart), the one
that encodes the fewest messages, since every encoded message costs several milliseconds. The blind sets are printed as
figures only and never feed the choice.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

import numpy as np
import yaml

from bench.nlu_blind import BLIND_SETS, load_set
from bot.facts import fact_id_for_intent
from bot.nlu_data import training_examples
from bot.settings import PROJECT_ROOT

BELOW = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 0.0: never encode; 1.01: always
WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7)
EMBEDDING_C = (1.0, 10.0, 100.0)
FOLDS = 5


@dataclass(frozen=True)
class Setting:
    embedding_C: float
    below: float
    weight: float
    accuracy: float
    encoded: float  # fraction of messages that took the encoder


def classifier_config(config_path: Path = PROJECT_ROOT / "config.yml") -> Dict[str, Any]:
    from rasa_plugins.tfidf_intent_classifier import TfidfIntentClassifier

    pipeline = (yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}).get("pipeline") or []
    entry = next(c for c in pipeline if str(c.get("name", "")).endswith("TfidfIntentClassifier"))
    return {**TfidfIntentClassifier.get_default_config(), **{k: v for k, v in entry.items() if k != "name"}}


def _tfidf_probabilities(config: Dict[str, Any], train: List[str], labels: List[str], test: List[str]) -> np.ndarray:
    from rasa_plugins.model_files import build_pipeline, predict_proba

    return np.asarray(predict_proba(build_pipeline(config).fit(train, labels), test))


def out_of_fold(config: Dict[str, Any], texts: List[str], labels: List[str], vectors: np.ndarray) -> Dict[str, np.ndarray]:
    """Out-of-fold probabilities: "tfidf", and "emb_<C>" for each embedding C (stratified folds, seed 42)."""
    from sklearn.model_selection import StratifiedKFold

    from rasa_plugins.embedding_classifier import train_embedding_classifier

    classes = sorted(set(labels))
    out = {name: np.zeros((len(texts), len(classes))) for name in ["tfidf", *(f"emb_{c:g}" for c in EMBEDDING_C)]}
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=42)
    for train, test in folds.split(texts, labels):
        train_texts, train_labels = [texts[i] for i in train], [labels[i] for i in train]
        out["tfidf"][test] = _tfidf_probabilities(config, train_texts, train_labels, [texts[i] for i in test])
        for c in EMBEDDING_C:
            out[f"emb_{c:g}"][test] = train_embedding_classifier(vectors[train], train_labels, c).predict_proba(vectors[test])
    return out


def grid(probabilities: Dict[str, np.ndarray], truth: np.ndarray) -> List[Setting]:
    from rasa_plugins.embedding_classifier import mix, unsure_rows

    tfidf = probabilities["tfidf"]
    settings = []
    for c in EMBEDDING_C:
        embedded = probabilities[f"emb_{c:g}"]
        for below in BELOW:
            unsure = unsure_rows(tfidf, below)
            for weight in WEIGHTS:
                combined = tfidf.copy()
                combined[unsure] = mix(tfidf[unsure], embedded[unsure], weight)
                accuracy = float((combined.argmax(axis=1) == truth).mean())
                settings.append(Setting(c, below, weight, round(accuracy, 4), round(unsure.size / len(truth), 3)))
    return settings


def choose(settings: Sequence[Setting], examples: int) -> Setting:
    best = max(s.accuracy for s in settings)
    standard_error = (best * (1 - best) / examples) ** 0.5
    return min((s for s in settings if s.accuracy >= best - standard_error), key=lambda s: (s.encoded, -s.accuracy))


def _fact_accuracy(classes: np.ndarray, probabilities: np.ndarray, expected: np.ndarray) -> float:
    facts = np.asarray([fact_id_for_intent(str(intent)) for intent in classes[probabilities.argmax(axis=1)]])
    return round(float((facts == expected).mean()), 4)


def blind_figures(
    config: Dict[str, Any], chosen: Setting, texts: List[str], labels: List[str], vectors: np.ndarray, encoder: Any
) -> Dict[str, Any]:
    """Classifier-alone accuracy (the intent's fact against the question's) on each blind set's one-topic questions."""
    from rasa_plugins.embedding_classifier import mix, train_embedding_classifier, unsure_rows
    from rasa_plugins.model_files import build_pipeline, predict_proba

    tfidf_model = build_pipeline(config).fit(texts, labels)
    embedding_model = train_embedding_classifier(vectors, labels, chosen.embedding_C)
    classes = np.asarray(tfidf_model.classes_)
    out: Dict[str, Any] = {}
    for path in BLIND_SETS:
        questions = [q for q in load_set(path) if len(q.fact_ids) == 1]
        blind_texts = [q.text for q in questions]
        expected = np.asarray([q.fact_ids[0] for q in questions])
        tfidf = np.asarray(predict_proba(tfidf_model, blind_texts))
        embedded = embedding_model.predict_proba(encoder.encode(blind_texts))
        unsure = unsure_rows(tfidf, chosen.below)
        cascade = tfidf.copy()
        cascade[unsure] = mix(tfidf[unsure], embedded[unsure], chosen.weight)
        out[path.stem] = {
            "questions": len(questions),
            "tfidf": _fact_accuracy(classes, tfidf, expected),
            "embeddings": _fact_accuracy(classes, embedded, expected),
            "mean_of_both_always": _fact_accuracy(classes, mix(tfidf, embedded, 0.5), expected),
            "cascade": _fact_accuracy(classes, cascade, expected),
            "cascade_encoded": round(unsure.size / len(questions), 3),
        }
    return out


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.intent_cascade", description=__doc__.splitlines()[0])
    parser.add_argument("--blind", action="store_true", help="also classifier-alone accuracy on the blind sets")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "bench" / "var" / "intent-cascade.json")
    args = parser.parse_args(argv)
    from bot.sentence_encoder import SentenceEncoder

    config = classifier_config()
    examples = training_examples()
    texts, labels = [e.text for e in examples], [e.intent for e in examples]
    encoder = SentenceEncoder.from_package()
    started = time.perf_counter()
    vectors = encoder.encode(texts)
    encode_s = time.perf_counter() - started
    probabilities = out_of_fold(config, texts, labels, vectors)
    truth = np.searchsorted(np.asarray(sorted(set(labels))), np.asarray(labels))
    settings = grid(probabilities, truth)
    chosen = choose(settings, len(texts))
    by_key = {(s.embedding_C, s.below, s.weight): s for s in settings}
    results: Dict[str, Any] = {
        "examples": len(texts),
        "encode_training_s": round(encode_s, 1),
        "cv_tfidf_alone": by_key[(EMBEDDING_C[0], 0.0, WEIGHTS[0])].accuracy,
        "cv_embeddings_alone": {
            f"C={c:g}": round(float((probabilities[f"emb_{c:g}"].argmax(1) == truth).mean()), 4) for c in EMBEDDING_C
        },
        "chosen": asdict(chosen),
        "grid": [asdict(s) for s in settings],
    }
    print(f"{len(texts)} examples, {FOLDS}-fold CV; encoding them took {encode_s:.1f} s")
    print(f"TF-IDF alone {results['cv_tfidf_alone']:.4f}; embeddings alone {results['cv_embeddings_alone']}")
    for c in EMBEDDING_C:
        print(f"embedding C={c:g}: accuracy (encoded fraction) by cascade_below, rows, and cascade_weight, columns")
        print("  below  " + "  ".join(f"w={w:<12g}" for w in WEIGHTS))
        for below in BELOW:
            cells = [by_key[(c, below, w)] for w in WEIGHTS]
            print(f"  {below:<5g}  " + "  ".join(f"{s.accuracy:.4f} ({s.encoded:.2f})" for s in cells))
    print(f"chosen: {chosen}")
    if args.blind:
        results["blind"] = blind_figures(config, chosen, texts, labels, vectors, encoder)
        for name, figures in results["blind"].items():
            print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
