"""The classifier's direct feature stacking gives exactly scikit-learn's pipeline probabilities, and its model
files are plain data: a round trip is exact, and tampered or executable files are refused without running them."""

from __future__ import annotations

import json
import pickle
import re
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import joblib
import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.exceptions import RasaException
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union

from bot.chat_text import normalise
from rasa_plugins.model_files import (
    ARRAYS_FILE,
    MODEL_FILE,
    ModelFileError,
    build_pipeline,
    predict_proba,
    read_model_files,
    write_model_files,
)
from rasa_plugins.tfidf_intent_classifier import TfidfIntentClassifier

TEXTS = [
    "does mesotherapy work",
    "will it regrow my hair",
    "what is in the injections",
    "what do they inject",
    "hello",
    "hi there",
    "my scalp has a painful lump",
    "there is pus where they injected",
]
LABELS = ["efficacy", "efficacy", "ingredients", "ingredients", "greet", "greet", "urgent", "urgent"]
QUESTIONS = ["does it regrow hair?", "what's in it", "hey", "a lump with pus", "", "🙂 مرحبا", "ROGAINE vs meso"]


class _WritesMarker:
    """Unserialising this object creates `path`: the payload a replaced model file would carry."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> Tuple[Any, Tuple[str, str]]:
        return (open, (str(self.path), "w"))


@pytest.fixture(scope="module")
def trained() -> Any:
    return build_pipeline(TfidfIntentClassifier.get_default_config()).fit(TEXTS, LABELS)


@pytest.fixture
def model_dir(tmp_path: Path, trained: Any) -> Path:
    directory = tmp_path / "model"
    directory.mkdir()
    write_model_files(trained, directory)
    return directory


def _refused(model_dir: Path, file_name: str, fragment: str) -> None:
    """Loading raises ModelFileError whose message names the file and contains `fragment`."""
    with pytest.raises(ModelFileError) as caught:
        read_model_files(model_dir)
    assert str(model_dir / file_name) in str(caught.value)
    assert fragment in str(caught.value)


def _edit_json(model_dir: Path, edit: Callable[[Dict[str, Any]], None]) -> None:
    path = model_dir / MODEL_FILE
    document = json.loads(path.read_text(encoding="utf-8"))
    edit(document)
    path.write_text(json.dumps(document), encoding="utf-8")


def _edit_arrays(model_dir: Path, edit: Callable[[Dict[str, np.ndarray]], None]) -> None:
    path = model_dir / ARRAYS_FILE
    with np.load(path) as archive:
        arrays = {key: archive[key] for key in archive.files}
    edit(arrays)
    np.savez(path, **arrays)


def test_direct_feature_stacking_matches_the_pipeline(trained: Any) -> None:
    assert np.allclose(predict_proba(trained, QUESTIONS), trained.predict_proba(QUESTIONS))


@pytest.mark.parametrize("labels", [LABELS, ["question"] * 4 + ["greet"] * 4], ids=["four-intents", "two-intents"])
def test_round_trip_rebuilds_sklearn_objects_with_identical_probabilities(tmp_path: Path, labels: List[str]) -> None:
    original = build_pipeline(TfidfIntentClassifier.get_default_config()).fit(TEXTS, labels)
    write_model_files(original, tmp_path)
    loaded = read_model_files(tmp_path)

    vectorizers = [v for _, v in loaded.steps[0][1].transformer_list]
    assert [type(v) for v in vectorizers] == [TfidfVectorizer, TfidfVectorizer]
    assert all(v.preprocessor is normalise for v in vectorizers)
    assert type(loaded.steps[-1][1]) is LogisticRegression
    assert loaded.classes_.tolist() == original.classes_.tolist()
    assert np.array_equal(predict_proba(loaded, QUESTIONS), predict_proba(original, QUESTIONS))
    assert np.array_equal(loaded.predict_proba(QUESTIONS), original.predict_proba(QUESTIONS))


def test_trained_component_stores_only_data_files_and_reloads_with_identical_rankings(tmp_path: Path) -> None:
    storage, resource = LocalModelStorage(tmp_path), Resource("tfidf_intent_classifier")
    context = ExecutionContext(GraphSchema({}), "test-model")
    component = TfidfIntentClassifier.create({}, storage, resource, context)
    component.train(TrainingData([Message(data={TEXT: t, INTENT: i}) for t, i in zip(TEXTS, LABELS)]))
    with storage.read_from(resource) as directory:
        assert sorted(p.name for p in directory.iterdir()) == sorted([MODEL_FILE, ARRAYS_FILE])

    loaded = TfidfIntentClassifier.load({}, storage, resource, context)
    before = component.process([Message(data={TEXT: q}) for q in QUESTIONS])
    after = loaded.process([Message(data={TEXT: q}) for q in QUESTIONS])
    assert [m.get(INTENT_RANKING_KEY) for m in after] == [m.get(INTENT_RANKING_KEY) for m in before]


def test_marker_payload_runs_code_when_unserialised(tmp_path: Path) -> None:
    """Control for the refusal tests: the payload they plant really would write its marker if loaded."""
    marker = tmp_path / "control-marker"
    pickle.loads(pickle.dumps(_WritesMarker(marker))).close()
    assert marker.exists()


@pytest.mark.parametrize("file_name", [MODEL_FILE, ARRAYS_FILE])
@pytest.mark.parametrize("dump", [pickle.dump, joblib.dump], ids=["pickle", "joblib"])
def test_executable_file_in_place_of_a_model_file_is_refused_without_running_it(
    model_dir: Path, tmp_path: Path, file_name: str, dump: Callable[..., Any]
) -> None:
    marker = tmp_path / "marker"
    with open(model_dir / file_name, "wb") as handle:
        dump(_WritesMarker(marker), handle)
    _refused(model_dir, file_name, "is not")
    assert not marker.exists()


def test_object_array_carrying_code_is_refused_without_running_it(model_dir: Path, tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    _edit_arrays(model_dir, lambda arrays: arrays.update(coef=np.array([_WritesMarker(marker)], dtype=object)))
    _refused(model_dir, ARRAYS_FILE, "array 'coef' has dtype=object")
    assert not marker.exists()


def test_object_array_of_plain_strings_is_refused(model_dir: Path) -> None:
    _edit_arrays(model_dir, lambda arrays: arrays.update(classes=arrays["classes"].astype(object)))
    _refused(model_dir, ARRAYS_FILE, "array 'classes' has dtype=object")


def test_unknown_preprocessor_is_refused_without_importing_it(
    model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "marker"
    (tmp_path / "marker_on_import.py").write_text(f"open({str(marker)!r}, 'w').close()\ndef run(text): return text\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    _edit_json(model_dir, lambda document: document["vectorizers"][0]["params"].update(preprocessor="marker_on_import.run"))
    _refused(model_dir, MODEL_FILE, "vectorizers[0].params.preprocessor 'marker_on_import.run' is unknown")
    assert not marker.exists()
    assert "marker_on_import" not in sys.modules


def _set_param(key: str, value: Any) -> Callable[[Dict[str, Any]], None]:
    return lambda document: document["vectorizers"][1]["params"].update({key: value})


JSON_TAMPERS = {
    "missing key": (lambda d: d.pop("classifier"), "the top level has missing keys ['classifier']"),
    "unknown key": (lambda d: d.update(loader="os.system"), "unknown keys ['loader']"),
    "newer format version": (lambda d: d.update(format_version=2), "has format_version 2"),
    "os.system as preprocessor": (_set_param("preprocessor", "os.system"), "preprocessor 'os.system' is unknown"),
    "callable analyzer name": (_set_param("analyzer", "builtins.eval"), "vectorizers[1].params.analyzer has an invalid value"),
    "unknown vectorizer param": (_set_param("tokenizer", "builtins.eval"), "unknown keys ['tokenizer']"),
    "ngram range as string": (_set_param("ngram_range", "2,5"), "vectorizers[1].params.ngram_range has an invalid value"),
    "duplicate vocabulary term": (
        lambda d: d["vectorizers"][0]["vocabulary"].__setitem__(1, d["vectorizers"][0]["vocabulary"][0]),
        "vectorizers[0].vocabulary must be a non-empty list of unique strings",
    ),
    "unknown solver": (lambda d: d["classifier"].update(solver="eval"), "classifier.solver has an invalid value"),
}


@pytest.mark.parametrize("tamper, fragment", JSON_TAMPERS.values(), ids=JSON_TAMPERS.keys())
def test_invalid_json_model_file_is_refused_naming_it(
    model_dir: Path, tamper: Callable[[Dict[str, Any]], None], fragment: str
) -> None:
    _edit_json(model_dir, tamper)
    _refused(model_dir, MODEL_FILE, fragment)


def test_non_finite_json_constant_is_refused(model_dir: Path) -> None:
    path = model_dir / MODEL_FILE
    path.write_text(path.read_text(encoding="utf-8").replace('"format_version": 1', '"format_version": NaN'))
    _refused(model_dir, MODEL_FILE, "is not valid UTF-8 JSON (NaN is not a number this format allows)")


ARRAY_TAMPERS = {
    "missing intercept": (lambda a: a.pop("intercept"), "the archive has missing keys ['intercept']"),
    "extra array": (lambda a: a.update(extra=np.zeros(2)), "unknown keys ['extra']"),
    "float32 coef": (lambda a: a.update(coef=a["coef"].astype(np.float32)), "array 'coef' must be float64"),
    "transposed coef": (lambda a: a.update(coef=a["coef"].T.copy()), "array 'coef' must be float64 with shape"),
    "idf shorter than vocabulary": (lambda a: a.update(idf_0=a["idf_0"][:-1]), "array 'idf_0' must be float64 with shape"),
    "NaN intercept": (lambda a: a.update(intercept=np.full_like(a["intercept"], np.nan)), "holds NaN or infinite"),
    "integer classes": (
        lambda a: a.update(classes=np.arange(a["classes"].size)),
        "array 'classes' must be 1-D unique sorted text",
    ),
}


@pytest.mark.parametrize("tamper, fragment", ARRAY_TAMPERS.values(), ids=ARRAY_TAMPERS.keys())
def test_invalid_arrays_file_is_refused_naming_it(
    model_dir: Path, tamper: Callable[[Dict[str, np.ndarray]], None], fragment: str
) -> None:
    _edit_arrays(model_dir, tamper)
    _refused(model_dir, ARRAYS_FILE, fragment)


def test_missing_model_files_are_refused_and_a_legacy_joblib_file_is_never_read(model_dir: Path, tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    (model_dir / MODEL_FILE).unlink()
    (model_dir / ARRAYS_FILE).unlink()
    joblib.dump(_WritesMarker(marker), model_dir / "tfidf_intent_classifier.joblib")
    _refused(model_dir, MODEL_FILE, "is missing (the directory holds ['tfidf_intent_classifier.joblib']")
    assert not marker.exists()


def test_component_load_raises_a_rasa_exception_for_a_tampered_model(tmp_path: Path, trained: Any) -> None:
    """The model then fails to load as a whole, instead of serving with no intent classifier."""
    storage, resource = LocalModelStorage(tmp_path), Resource("tfidf_intent_classifier")
    with storage.write_to(resource) as directory:
        write_model_files(trained, directory)
        (directory / ARRAYS_FILE).write_bytes(pickle.dumps(_WritesMarker(tmp_path / "marker")))
    with pytest.raises(RasaException, match=re.escape(ARRAYS_FILE)):
        TfidfIntentClassifier.load({}, storage, resource, ExecutionContext(GraphSchema({}), "test-model"))
    assert not (tmp_path / "marker").exists()


def test_writer_refuses_a_preprocessor_outside_the_allow_list(tmp_path: Path) -> None:
    pipeline = make_pipeline(make_union(TfidfVectorizer(preprocessor=str.lower)), LogisticRegression()).fit(TEXTS, LABELS)
    with pytest.raises(ValueError, match="is not in PREPROCESSORS"):
        write_model_files(pipeline, tmp_path)
    assert list(tmp_path.iterdir()) == []


TOPIC_TEXTS = {
    "ask_side_effects": ["is it safe", "is mesotherapy safe", "what are the risks", "any side effects", "is meso dangerous"],
    "ask_efficacy": ["does it work", "does mesotherapy work", "will it regrow hair", "does meso really work", "is it effective"],
    "ask_ingredients": [
        "what is in it",
        "what do they inject",
        "what is in the cocktail",
        "ingredients of meso",
        "what's in the mix",
    ],
}


def _topic_classifier() -> TfidfIntentClassifier:
    texts = [t for examples in TOPIC_TEXTS.values() for t in examples]
    labels = [intent for intent, examples in TOPIC_TEXTS.items() for _ in examples]
    pipeline = build_pipeline(TfidfIntentClassifier.get_default_config()).fit(texts, labels)
    return TfidfIntentClassifier({}, None, None, pipeline)  # type: ignore[arg-type]


def test_a_question_about_two_topics_names_both_in_the_parse_data_main_first() -> None:
    [message] = _topic_classifier().process([Message(data={TEXT: "is mesotherapy safe and does it really work?"})])
    topics = message.get("fact_topics")
    assert topics and sorted(topics) == ["ask_efficacy", "ask_side_effects"]
    assert message.get(INTENT)["name"] == topics[0]
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)[:2]] == topics


def test_a_question_about_one_topic_has_no_second_topic() -> None:
    [message] = _topic_classifier().process([Message(data={TEXT: "is mesotherapy safe for my scalp and hair"})])
    assert message.get("fact_topics") is None and message.get(INTENT)["name"] == "ask_side_effects"
