"""Storage of a TF-IDF + logistic-regression pipeline (`build_pipeline`) as data only: JSON and a `.npz` of
plain arrays, rebuilt from them, so a replaced model file can at worst be refused, never run code in the
server (the bug class of CVE-2024-49375). skops was considered and not used: it still rebuilds objects
by importing the types a file names (behind a trust list), a code path that plain JSON and numeric
arrays do not have. Used by the intent classifier and by the safety model of the red-flag layer.
"""

from __future__ import annotations

import json
import math
import re
import zipfile
from pathlib import Path
from typing import IO, Any, Callable, Dict, List, Optional, Tuple, Type, TypeVar

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.exceptions import RasaException
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline, make_union

from bot.chat_text import normalise

MODEL_FILE = "tfidf_intent_classifier.json"  # format, vectorizer settings and vocabularies
ARRAYS_FILE = "tfidf_intent_classifier.npz"  # idf_<i>, coef, intercept, classes
FORMAT_NAME = "tfidf_intent_classifier"
FORMAT_VERSION = 1

# The only callables a model file can name; it names them by these fixed keys, never by an import path.
# The name stored in model files (kept stable so that trained models still load; the function moved
# to bot.chat_text).
PREPROCESSORS: Dict[str, Callable[[str], str]] = {"bot.text_normalise.normalise": normalise}
_DTYPES: Dict[str, Any] = {"float64": np.float64, "float32": np.float32}
# Vectorizer settings this format does not store; the writer refuses a vectorizer that differs.
_VECTORIZER_FIXED: Dict[str, Any] = {
    "input": "content",
    "encoding": "utf-8",
    "decode_error": "strict",
    "tokenizer": None,
    "vocabulary": None,
    "use_idf": True,
}


class ModelFileError(RasaException):
    """A stored classifier file this version refuses to load. A RasaException, so Rasa reports the
    message itself when the model fails to load."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"Intent classifier model file {path}: {problem}. Retrain with `rasa train`.")


def _is_bool(value: Any) -> bool:
    return type(value) is bool


def _is_regex(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        re.compile(value)
    except re.error:
        return False
    return True


def _is_ngram_range(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(type(n) is int for n in value) and 1 <= value[0] <= value[1]


_VECTORIZER_CHECKS: Dict[str, Callable[[Any], bool]] = {
    "analyzer": lambda v: isinstance(v, str) and v in ("word", "char", "char_wb"),
    "binary": _is_bool,
    "dtype": lambda v: isinstance(v, str) and v in _DTYPES,
    "lowercase": _is_bool,
    "ngram_range": _is_ngram_range,
    "norm": lambda v: v is None or (isinstance(v, str) and v in ("l1", "l2")),
    "preprocessor": lambda v: v is None or (isinstance(v, str) and v in PREPROCESSORS),
    "smooth_idf": _is_bool,
    "stop_words": lambda v: v is None or (isinstance(v, list) and all(isinstance(w, str) for w in v)),
    "strip_accents": lambda v: v is None or (isinstance(v, str) and v in ("ascii", "unicode")),
    "sublinear_tf": _is_bool,
    "token_pattern": lambda v: v is None or _is_regex(v),
}
_CLASSIFIER_CHECKS: Dict[str, Callable[[Any], bool]] = {
    "multi_class": lambda v: isinstance(v, str) and v in ("auto", "ovr", "multinomial"),
    "solver": lambda v: isinstance(v, str) and v in ("lbfgs", "liblinear", "newton-cg", "newton-cholesky", "sag", "saga"),
}


def build_pipeline(config: Dict[str, Any]) -> Pipeline:
    features = make_union(
        TfidfVectorizer(
            preprocessor=normalise, ngram_range=(1, config["word_max_ngram"]), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"
        ),
        TfidfVectorizer(
            preprocessor=normalise,
            analyzer="char_wb",
            ngram_range=(config["char_min_ngram"], config["char_max_ngram"]),
            sublinear_tf=True,
        ),
    )
    classifier = LogisticRegression(C=config["C"], max_iter=5000, class_weight="balanced", random_state=config["random_state"])
    return make_pipeline(features, classifier)


def predict_proba(pipeline: Pipeline, texts: List[str]) -> Any:
    """`pipeline.predict_proba(texts)` without FeatureUnion's parallel-job dispatch, which took more than half
    of the classifier's time per message (profiled under load): the same features, stacked directly."""
    union, classifier = pipeline.steps[0][1], pipeline.steps[-1][1]
    if not isinstance(union, FeatureUnion) or union.transformer_weights or len(pipeline.steps) != 2:
        return pipeline.predict_proba(texts)
    features = scipy.sparse.hstack([t.transform(texts) for _, t in union.transformer_list]).tocsr()
    return classifier.predict_proba(features)


def write_model_files(pipeline: Pipeline, model_dir: Path) -> None:
    """Stores a pipeline from `build_pipeline` as `MODEL_FILE` (JSON) and `ARRAYS_FILE` (plain arrays).
    Refuses (ValueError) any pipeline the reader could not rebuild exactly."""
    union, classifier = _pipeline_parts(pipeline)
    vectorizers = [vectorizer for _, vectorizer in union.transformer_list]
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "vectorizers": [{"params": _vectorizer_params(v), "vocabulary": _vocabulary_terms(v)} for v in vectorizers],
        "classifier": {"multi_class": classifier.multi_class, "solver": classifier.solver},
    }
    _check_document(model_dir / MODEL_FILE, document)
    classes = np.asarray(classifier.classes_)
    if classes.dtype.kind != "U":
        raise ValueError(f"intent labels must be strings to be stored, got dtype {classes.dtype}")
    arrays = {f"idf_{i}": np.asarray(v.idf_, dtype=np.float64) for i, v in enumerate(vectorizers)}
    arrays.update(coef=classifier.coef_, intercept=classifier.intercept_, classes=classes)
    (model_dir / MODEL_FILE).write_text(json.dumps(document), encoding="utf-8")
    np.savez(model_dir / ARRAYS_FILE, **arrays)


def read_model_files(model_dir: Path) -> Pipeline:
    """Rebuilds the pipeline from `write_model_files`' files: parsed as JSON and raw arrays only, every key,
    type, dtype and shape checked, preprocessors looked up in `PREPROCESSORS`. Raises ModelFileError."""
    json_path, arrays_path = model_dir / MODEL_FILE, model_dir / ARRAYS_FILE
    for path in (json_path, arrays_path):
        if not path.is_file():
            present = sorted(p.name for p in model_dir.iterdir()) if model_dir.is_dir() else []
            raise ModelFileError(path, f"is missing (the directory holds {present}; older versions' files are never read)")
    document = read_json(json_path)
    _check_document(json_path, document)
    arrays = read_npz(arrays_path)
    vocabularies: List[List[str]] = [entry["vocabulary"] for entry in document["vectorizers"]]
    _check_arrays(arrays_path, arrays, vocabularies)
    vectorizers = [
        _rebuild_vectorizer(entry["params"], vocabulary, arrays[f"idf_{i}"])
        for i, (entry, vocabulary) in enumerate(zip(document["vectorizers"], vocabularies))
    ]
    classifier = LogisticRegression(**document["classifier"])
    classifier.classes_ = arrays["classes"]
    # Column-major, so that coef_.T (what decision_function multiplies by) is contiguous: scipy copied the
    # whole transposed matrix on every parse otherwise (0.7 ms of a 4 ms parse, profiled under load).
    classifier.coef_ = np.asfortranarray(arrays["coef"])
    classifier.intercept_ = arrays["intercept"]
    classifier.n_features_in_ = arrays["coef"].shape[1]
    return make_pipeline(make_union(*vectorizers), classifier)


def _pipeline_parts(pipeline: Pipeline) -> Tuple[FeatureUnion, LogisticRegression]:
    steps = pipeline.steps if isinstance(pipeline, Pipeline) else []
    union, classifier = (steps[0][1], steps[-1][1]) if len(steps) == 2 else (None, None)
    if (
        not isinstance(union, FeatureUnion)
        or union.transformer_weights
        or not union.transformer_list
        or not all(isinstance(t, TfidfVectorizer) for _, t in union.transformer_list)
        or not isinstance(classifier, LogisticRegression)
    ):
        raise ValueError("only a FeatureUnion of TfidfVectorizers followed by a LogisticRegression can be stored")
    return union, classifier


def _vectorizer_params(vectorizer: TfidfVectorizer) -> Dict[str, Any]:
    params = vectorizer.get_params()
    for key, required in _VECTORIZER_FIXED.items():
        if params[key] != required:
            raise ValueError(f"TfidfVectorizer {key}={params[key]!r} cannot be stored (must be {required!r})")
    names = {id(function): name for name, function in PREPROCESSORS.items()}
    if params["preprocessor"] is not None and id(params["preprocessor"]) not in names:
        raise ValueError(f"preprocessor {params['preprocessor']!r} is not in PREPROCESSORS, so it cannot be stored")
    if isinstance(params["stop_words"], str):
        raise ValueError("stop_words must be None or a list to be stored")
    stored = {key: params[key] for key in _VECTORIZER_CHECKS}
    stored.update(
        preprocessor=names.get(id(params["preprocessor"])),
        dtype=np.dtype(params["dtype"]).name,
        ngram_range=list(params["ngram_range"]),
        stop_words=None if params["stop_words"] is None else list(params["stop_words"]),
    )
    return stored


def _vocabulary_terms(vectorizer: TfidfVectorizer) -> List[str]:
    """The vocabulary as a list whose positions are the feature indices."""
    vocabulary = vectorizer.vocabulary_
    terms = sorted(vocabulary, key=vocabulary.__getitem__)
    if [vocabulary[t] for t in terms] != list(range(len(terms))):
        raise ValueError("vocabulary indices are not 0..n-1")
    return terms


class _StoredIdfTransformer(TfidfTransformer):
    """A TfidfTransformer that keeps `idf_` as stored. sklearn 1.1 recomputes it from a diagonal matrix
    (a sum over every term) each time `transform` checks that it is fitted: 5% of the server's CPU
    under load, profiled. The weights applied are the same."""

    @property
    def idf_(self) -> np.ndarray:
        return self._stored_idf

    @idf_.setter
    def idf_(self, value: np.ndarray) -> None:
        TfidfTransformer.idf_.fset(self, value)
        self._stored_idf = np.ravel(self._idf_diag.sum(axis=0))


def _rebuild_vectorizer(params: Dict[str, Any], vocabulary: List[str], idf: np.ndarray) -> TfidfVectorizer:
    vectorizer = TfidfVectorizer(
        **{
            **params,
            "preprocessor": None if params["preprocessor"] is None else PREPROCESSORS[params["preprocessor"]],
            "dtype": _DTYPES[params["dtype"]],
            "ngram_range": tuple(params["ngram_range"]),
        }
    )
    vectorizer.vocabulary_ = {term: index for index, term in enumerate(vocabulary)}
    # the slot sklearn 1.1.3 fills on `idf_ = ...`; filled first with the transformer that keeps it
    vectorizer._tfidf = _StoredIdfTransformer(
        norm=vectorizer.norm, use_idf=vectorizer.use_idf, smooth_idf=vectorizer.smooth_idf, sublinear_tf=vectorizer.sublinear_tf
    )
    vectorizer.idf_ = idf
    return vectorizer


def read_json(path: Path) -> Any:
    def refuse_constant(name: str) -> None:
        raise ValueError(f"{name} is not a number this format allows")

    try:
        return json.loads(path.read_bytes().decode("utf-8"), parse_constant=refuse_constant)
    except ValueError as error:  # includes UnicodeDecodeError and JSONDecodeError
        raise ModelFileError(path, f"is not valid UTF-8 JSON ({str(error)[:200]})") from error


def expect_keys(path: Path, where: str, value: Any, expected: set) -> None:
    if not isinstance(value, dict):
        raise ModelFileError(path, f"{where} must be a JSON object, got {type(value).__name__}")
    missing, unknown = sorted(expected - value.keys()), sorted(set(value) - expected)
    if missing or unknown:
        raise ModelFileError(path, f"{where} has missing keys {missing} and unknown keys {unknown}")


def _check_values(path: Path, where: str, values: Any, checks: Dict[str, Callable[[Any], bool]]) -> None:
    expect_keys(path, where, values, set(checks))
    for key, check in checks.items():
        if key == "preprocessor" and isinstance(values[key], str) and values[key] not in PREPROCESSORS:
            raise ModelFileError(path, f"{where}.preprocessor {values[key]!r} is unknown (allowed: {sorted(PREPROCESSORS)})")
        if not check(values[key]):
            raise ModelFileError(path, f"{where}.{key} has an invalid value {str(values[key])[:100]!r}")


def _check_document(path: Path, document: Any) -> None:
    expect_keys(path, "the top level", document, {"format", "format_version", "vectorizers", "classifier"})
    if document["format"] != FORMAT_NAME or type(document["format_version"]) is not int:
        raise ModelFileError(path, f"is not a {FORMAT_NAME} model file")
    if document["format_version"] != FORMAT_VERSION:
        raise ModelFileError(path, f"has format_version {document['format_version']}, this version reads {FORMAT_VERSION}")
    if not isinstance(document["vectorizers"], list) or not document["vectorizers"]:
        raise ModelFileError(path, "vectorizers must be a non-empty list")
    for i, entry in enumerate(document["vectorizers"]):
        expect_keys(path, f"vectorizers[{i}]", entry, {"params", "vocabulary"})
        _check_values(path, f"vectorizers[{i}].params", entry["params"], _VECTORIZER_CHECKS)
        terms = entry["vocabulary"]
        if (
            not isinstance(terms, list)
            or not terms
            or not all(isinstance(t, str) for t in terms)
            or len(set(terms)) != len(terms)
        ):
            raise ModelFileError(path, f"vectorizers[{i}].vocabulary must be a non-empty list of unique strings")
    _check_values(path, "classifier", document["classifier"], _CLASSIFIER_CHECKS)


def read_npz(path: Path) -> Dict[str, np.ndarray]:
    """Reads each `.npy` member by parsing its header here and refusing any dtype that holds Python objects
    before one byte of data is read: such arrays are the only way a `.npz` can carry executable content."""
    arrays: Dict[str, np.ndarray] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                key = info.filename[: -len(".npy")]
                if not info.filename.endswith(".npy") or not key or key in arrays:
                    raise ModelFileError(path, f"member {info.filename!r} is not one uniquely named .npy array")
                with archive.open(info) as member:
                    arrays[key] = _read_npy(path, key, member)
    except (OSError, EOFError, ValueError, zipfile.BadZipFile) as error:
        raise ModelFileError(path, f"is not a .npz archive of plain arrays ({str(error)[:200]})") from error
    return arrays


def _read_npy(path: Path, key: str, member: IO[bytes]) -> np.ndarray:
    version = np.lib.format.read_magic(member)
    if version == (1, 0):
        shape, fortran_order, dtype = np.lib.format.read_array_header_1_0(member)
    elif version == (2, 0):
        shape, fortran_order, dtype = np.lib.format.read_array_header_2_0(member)
    else:
        raise ModelFileError(path, f"array {key!r} has unsupported .npy version {version}")
    if dtype.hasobject:
        raise ModelFileError(path, f"array {key!r} has dtype=object (Python objects), which is never loaded")
    size = dtype.itemsize * math.prod(shape)
    data = member.read(size + 1)
    if len(data) != size:
        raise ModelFileError(path, f"array {key!r} holds {len(data)} bytes, its header says {size}")
    return np.frombuffer(data, dtype=dtype, count=math.prod(shape)).reshape(shape, order="F" if fortran_order else "C").copy()


def _check_arrays(path: Path, arrays: Dict[str, np.ndarray], vocabularies: List[List[str]]) -> None:
    """Keys, dtypes and shapes as `write_model_files` makes them, consistent with the JSON's vocabularies."""
    expect_keys(path, "the archive", arrays, {f"idf_{i}" for i in range(len(vocabularies))} | {"coef", "intercept", "classes"})
    classes = arrays["classes"]
    if classes.dtype.kind != "U" or classes.ndim != 1 or classes.size < 2 or not np.array_equal(classes, np.unique(classes)):
        raise ModelFileError(
            path, f"array 'classes' must be 1-D unique sorted text labels (at least 2), got {classes.dtype} {classes.shape}"
        )
    rows = 1 if classes.size == 2 else classes.size
    expected: Dict[str, Tuple[int, ...]] = {f"idf_{i}": (len(terms),) for i, terms in enumerate(vocabularies)}
    expected.update(coef=(rows, sum(len(terms) for terms in vocabularies)), intercept=(rows,))
    for key, shape in expected.items():
        array = arrays[key]
        if array.dtype != np.float64 or array.shape != shape:
            raise ModelFileError(path, f"array {key!r} must be float64 with shape {shape}, got {array.dtype} {array.shape}")
        if not np.isfinite(array).all():
            raise ModelFileError(path, f"array {key!r} holds NaN or infinite values")


_Stored = TypeVar("_Stored", bound="StoredPipeline")


class StoredPipeline:
    """Rasa's create / load / store for a graph component whose trained state is one `build_pipeline`
    pipeline (the intent classifier, the safety model). The component's constructor takes
    (config, model_storage, resource, pipeline)."""

    _model_storage: Optional[ModelStorage]
    _resource: Optional[Resource]
    pipeline: Any

    def __init__(
        self, config: Dict[str, Any], model_storage: Optional[ModelStorage], resource: Optional[Resource], pipeline: Any = None
    ) -> None:  # pragma: no cover - the components define their own
        raise NotImplementedError

    @classmethod
    def create(
        cls: Type[_Stored],
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> _Stored:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls: Type[_Stored],
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> _Stored:
        """Raises ModelFileError for a missing or invalid model file: the model then fails to load as a whole
        rather than serving without this component."""
        with model_storage.read_from(resource) as model_dir:
            return cls(config, model_storage, resource, read_model_files(model_dir))

    def store(self) -> Resource:
        """Writes the trained pipeline to the component's resource; returns the resource (for `train`)."""
        if self._model_storage is None or self._resource is None:
            raise ValueError(f"{type(self).__name__} needs model storage to be trained (Rasa's training graph creates it)")
        with self._model_storage.write_to(self._resource) as model_dir:
            write_model_files(self.pipeline, model_dir)
        return self._resource
