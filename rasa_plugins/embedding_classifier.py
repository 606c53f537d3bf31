"""The intent classifier's second stage: a logistic regression on all-MiniLM-L6-v2 sentence embeddings
(bot.sentence_encoder), consulted only for messages the TF-IDF model is unsure of (its top probability below
`cascade_below`), whose probabilities are then mixed with TF-IDF's (`cascade_weight` on the embeddings').
Encoding costs several milliseconds a message, TF-IDF well under one: the cascade pays it only where it helps.
Stored as data only, like the TF-IDF model (rasa_plugins.model_files): JSON and a `.npz` of plain arrays.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Optional, Sequence, Tuple

import numpy as np
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from bot.sentence_encoder import MODEL_NAME
from rasa_plugins.model_files import ModelFileError, expect_keys, read_json, read_model_files, read_npz

FORMAT_NAME = "embedding_intent_classifier"  # also the files' stem: <stem>.json and <stem>.npz (coef, intercept, classes)
FORMAT_VERSION = 1
MODEL_FILE, ARRAYS_FILE = f"{FORMAT_NAME}.json", f"{FORMAT_NAME}.npz"
# The safety model's logistic regression on multilingual embeddings (rasa_plugins.red_flag_classifier), in
# the same format under its own stem.
SAFETY_STEM = "multilingual_safety_model"


def train_embedding_classifier(
    vectors: np.ndarray, labels: Sequence[str], C: float, random_state: int = 42
) -> LogisticRegression:
    classifier = LogisticRegression(C=C, max_iter=5000, class_weight="balanced", random_state=random_state)
    return classifier.fit(vectors, list(labels))


def unsure_rows(tfidf_probabilities: np.ndarray, below: float) -> np.ndarray:
    """Indices of the rows whose top TF-IDF probability is below `below`: the messages worth encoding."""
    return np.flatnonzero(tfidf_probabilities.max(axis=1) < below)


def mix(tfidf_probabilities: np.ndarray, embedding_probabilities: np.ndarray, weight: float) -> np.ndarray:
    """(1 - weight) * TF-IDF + weight * embeddings; both over the same sorted classes."""
    return (1.0 - weight) * tfidf_probabilities + weight * embedding_probabilities


def cascade(
    tfidf_probabilities: np.ndarray,
    texts: Sequence[str],
    encode: Callable[[Sequence[str]], np.ndarray],
    classifier: LogisticRegression,
    below: float,
    weight: float,
) -> Tuple[np.ndarray, np.ndarray]:
    """The cascade's probabilities for `texts`, and the indices of the rows that took the encoder."""
    unsure = unsure_rows(tfidf_probabilities, below)
    if not unsure.size:
        return tfidf_probabilities, unsure
    combined = np.array(tfidf_probabilities, dtype=np.float64, copy=True)
    embedded = classifier.predict_proba(encode([texts[i] for i in unsure]))
    combined[unsure] = mix(tfidf_probabilities[unsure], embedded, weight)
    return combined, unsure


def write_files(classifier: LogisticRegression, model_dir: Path, stem: str = FORMAT_NAME, encoder: str = MODEL_NAME) -> None:
    classes = np.asarray(classifier.classes_)
    if classes.dtype.kind != "U":
        raise ValueError(f"intent labels must be strings to be stored, got dtype {classes.dtype}")
    document = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "encoder": encoder}
    (model_dir / f"{stem}.json").write_text(json.dumps(document), encoding="utf-8")
    np.savez(
        model_dir / f"{stem}.npz",
        coef=np.asarray(classifier.coef_, dtype=np.float64),
        intercept=np.asarray(classifier.intercept_, dtype=np.float64),
        classes=classes,
    )


def read_files(
    model_dir: Path, expected_classes: Optional[np.ndarray] = None, stem: str = FORMAT_NAME, encoder: str = MODEL_NAME
) -> LogisticRegression:
    """Rebuilds `write_files`' classifier from JSON and raw arrays, checking every key, dtype and shape, that
    it was trained on `encoder`'s embeddings, and that its classes are the TF-IDF model's (`expected_classes`),
    so the two can be mixed. Raises ModelFileError."""
    json_path, arrays_path = model_dir / f"{stem}.json", model_dir / f"{stem}.npz"
    for path in (json_path, arrays_path):
        if not path.is_file():
            raise ModelFileError(path, "is missing (the model was trained with this embedding model off?)")
    document: Any = read_json(json_path)
    expect_keys(json_path, "the top level", document, {"format", "format_version", "encoder"})
    if document["format"] != FORMAT_NAME or document["format_version"] != FORMAT_VERSION:
        raise ModelFileError(json_path, f"is not a {FORMAT_NAME} version {FORMAT_VERSION} file")
    if document["encoder"] != encoder:
        raise ModelFileError(json_path, f"was trained on {document['encoder']!r} embeddings, this version computes {encoder}")
    arrays = read_npz(arrays_path)
    expect_keys(arrays_path, "the archive", arrays, {"coef", "intercept", "classes"})
    classes, coef, intercept = arrays["classes"], arrays["coef"], arrays["intercept"]
    if classes.dtype.kind != "U" or classes.ndim != 1 or classes.size < 3 or not np.array_equal(classes, np.unique(classes)):
        raise ModelFileError(arrays_path, "array 'classes' must be 1-D unique sorted text labels (at least 3)")
    if expected_classes is not None and not np.array_equal(classes, expected_classes):
        raise ModelFileError(arrays_path, "its classes differ from the TF-IDF model's")
    for key, array, shape in (("coef", coef, (classes.size, coef.shape[-1])), ("intercept", intercept, (classes.size,))):
        if array.dtype != np.float64 or array.shape != shape or not np.isfinite(array).all():
            got = f"{array.dtype} {array.shape}"
            raise ModelFileError(arrays_path, f"array {key!r} must be finite float64 with shape {shape}, got {got}")
    classifier = LogisticRegression()
    classifier.classes_, classifier.coef_, classifier.intercept_ = classes, coef, intercept
    classifier.n_features_in_ = coef.shape[1]
    return classifier


def read_stored(
    model_storage: ModelStorage, resource: Resource, with_embeddings: bool, stem: str = FORMAT_NAME, encoder: str = MODEL_NAME
) -> Tuple[Pipeline, Optional[LogisticRegression]]:
    """A component's stored TF-IDF pipeline and, when `with_embeddings`, the embedding model stored beside it
    (the intent classifier's cascade, the safety model's multilingual half). Raises ModelFileError."""
    with model_storage.read_from(resource) as model_dir:
        pipeline = read_model_files(model_dir)
        model = read_files(model_dir, np.asarray(pipeline.classes_), stem, encoder) if with_embeddings else None
    return pipeline, model
