"""The intent cascade: only messages TF-IDF is unsure of are encoded, their probabilities are mixed as set, the
embedding model is stored as plain data and reloaded exactly, and the encoder loads with the component, never
at import or with the cascade off."""

from __future__ import annotations

import io
import pickle
import subprocess
import sys
from pathlib import Path
from typing import List, Sequence

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.sentence_encoder import SentenceEncoder
from bot.settings import PROJECT_ROOT
from rasa_plugins import embedding_classifier
from rasa_plugins.embedding_classifier import cascade, mix, train_embedding_classifier
from rasa_plugins.model_files import ARRAYS_FILE, MODEL_FILE, ModelFileError
from rasa_plugins.tfidf_intent_classifier import TfidfIntentClassifier

TOPICS = {
    "ask_efficacy": ["does it work", "does mesotherapy work", "will it regrow hair", "is meso effective", "results of meso"],
    "ask_ingredients": [
        "what is in it",
        "what do they inject",
        "what is in the cocktail",
        "meso ingredients",
        "what's in the mix",
    ],
    "ask_side_effects": ["is it safe", "is mesotherapy safe", "what are the risks", "any side effects", "is meso dangerous"],
}
TEXTS = [t for examples in TOPICS.values() for t in examples]
LABELS = [intent for intent, examples in TOPICS.items() for _ in examples]
QUESTIONS = ["does it regrow hair?", "what's inside", "could it harm me", "hair growth?", ""]
CASCADE = {"embedding_cascade": True, "cascade_below": 0.9, "cascade_weight": 0.5}


class _CountingEncoder:
    """One-hot 'embeddings' keyed on a word, recording which texts were encoded."""

    def __init__(self) -> None:
        self.seen: List[str] = []

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        self.seen.extend(texts)
        return np.asarray([[float("hair" in t), float("inside" in t), float("harm" in t)] for t in texts])


def test_only_unsure_messages_are_encoded_and_their_probabilities_mixed_by_the_weight() -> None:
    tfidf = np.array([[0.95, 0.03, 0.02], [0.40, 0.35, 0.25], [0.10, 0.50, 0.40]])
    vectors = np.eye(3).repeat(4, axis=0)
    model = train_embedding_classifier(vectors, ["a"] * 4 + ["b"] * 4 + ["c"] * 4, C=10.0)
    encoder = _CountingEncoder()
    mixed, encoded = cascade(tfidf, ["sure", "inside?", "harm?"], encoder, model, below=0.6, weight=0.7)
    assert encoder.seen == ["inside?", "harm?"] and encoded.tolist() == [1, 2]
    assert np.array_equal(mixed[0], tfidf[0])
    expected = mix(tfidf[1:], model.predict_proba(encoder(["inside?", "harm?"])), 0.7)
    assert np.allclose(mixed[1:], expected) and np.allclose(expected, 0.3 * tfidf[1:] + 0.7 * model.predict_proba(np.eye(3)[1:]))
    assert mixed[1].argmax() == 1 and mixed[2].argmax() == 2  # the embeddings overruled TF-IDF's guesses


def test_nothing_is_encoded_when_tfidf_is_sure_of_every_message() -> None:
    encoder = _CountingEncoder()
    tfidf = np.array([[0.9, 0.05, 0.05]])
    mixed, encoded = cascade(tfidf, ["x"], encoder, None, below=0.7, weight=0.5)  # type: ignore[arg-type]
    assert encoder.seen == [] and encoded.size == 0 and mixed is tfidf


def _trained(tmp_path: Path, config: dict) -> tuple:
    storage, resource = LocalModelStorage(tmp_path), Resource("tfidf_intent_classifier")
    context = ExecutionContext(GraphSchema({}), "test-model")
    component = TfidfIntentClassifier.create(config, storage, resource, context)
    component.train(TrainingData([Message(data={TEXT: t, INTENT: i}) for t, i in zip(TEXTS, LABELS)]))
    return storage, resource, context, component


def test_cascade_component_stores_data_files_only_and_reloads_with_identical_rankings(tmp_path: Path) -> None:
    storage, resource, context, component = _trained(tmp_path, CASCADE)
    with storage.read_from(resource) as directory:
        names = sorted(p.name for p in directory.iterdir())
    assert names == sorted([MODEL_FILE, ARRAYS_FILE, embedding_classifier.MODEL_FILE, embedding_classifier.ARRAYS_FILE])

    loaded = TfidfIntentClassifier.load(CASCADE, storage, resource, context)
    assert isinstance(loaded.encoder, SentenceEncoder) and loaded.embedding_model is not None
    before = component.process([Message(data={TEXT: q}) for q in QUESTIONS])
    after = loaded.process([Message(data={TEXT: q}) for q in QUESTIONS])
    assert [m.get(INTENT_RANKING_KEY) for m in after] == [m.get(INTENT_RANKING_KEY) for m in before]
    plain = TfidfIntentClassifier.load({}, storage, resource, context)
    assert plain.encoder is None
    assert [m.get(INTENT_RANKING_KEY) for m in plain.process([Message(data={TEXT: q}) for q in QUESTIONS])] != [
        m.get(INTENT_RANKING_KEY) for m in after
    ]


def test_with_the_cascade_off_no_embedding_model_is_trained_or_loaded(tmp_path: Path) -> None:
    storage, resource, context, component = _trained(tmp_path, {})
    assert component.embedding_model is None and component.encoder is None
    with storage.read_from(resource) as directory:
        assert not (directory / embedding_classifier.MODEL_FILE).exists()
    with pytest.raises(ModelFileError, match=embedding_classifier.MODEL_FILE):
        TfidfIntentClassifier.load(CASCADE, storage, resource, context)


def test_a_pickled_or_mismatched_embedding_model_is_refused_without_running_it(tmp_path: Path) -> None:
    storage, resource, context, component = _trained(tmp_path, CASCADE)
    marker = tmp_path / "marker"

    class WritesMarker:
        def __reduce__(self) -> tuple:
            return (open, (str(marker), "w"))

    with storage.write_to(resource) as directory:
        saved = (directory / embedding_classifier.ARRAYS_FILE).read_bytes()
        (directory / embedding_classifier.ARRAYS_FILE).write_bytes(pickle.dumps(WritesMarker()))
    with pytest.raises(ModelFileError, match=embedding_classifier.ARRAYS_FILE):
        TfidfIntentClassifier.load(CASCADE, storage, resource, context)
    assert not marker.exists()

    # a real .npz whose every member is as stored but one, which holds a pickled object
    with np.load(io.BytesIO(saved)) as arrays:
        members = {name: arrays[name] for name in arrays.files}
    members[next(iter(members))] = np.array([WritesMarker()], dtype=object)
    with storage.write_to(resource) as directory:
        np.savez(directory / embedding_classifier.ARRAYS_FILE, **members)
    with pytest.raises(ModelFileError, match=embedding_classifier.ARRAYS_FILE):
        TfidfIntentClassifier.load(CASCADE, storage, resource, context)
    assert not marker.exists()

    with storage.write_to(resource) as directory:
        (directory / embedding_classifier.ARRAYS_FILE).write_bytes(saved)
        with pytest.raises(ModelFileError, match="differ from the TF-IDF"):
            embedding_classifier.read_files(directory, np.asarray(["a", "b", "c"]))


def test_importing_the_classifier_loads_no_encoder() -> None:
    """`tokenizers` is imported only by the encoder's constructor."""
    code = "import sys, rasa_plugins.tfidf_intent_classifier; print('tokenizers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]
