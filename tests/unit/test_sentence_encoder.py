"""The numpy all-MiniLM-L6-v2 encoder gives sentence-transformers' own embeddings: the fixture was computed by
sentence-transformers 6.3 with torch 2.13 on the same package's weights (scripts/encoder_reference.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict

import numpy as np
import pytest

from bot.sentence_encoder import EncoderFilesError, SentenceEncoder, package_model_dir

REFERENCE = Path(__file__).parent / "data" / "minilm_reference.json"


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder.from_package()


@pytest.fixture(scope="module")
def reference() -> Dict[str, Any]:
    return json.loads(REFERENCE.read_text(encoding="utf-8"))


def test_embeddings_match_sentence_transformers_to_1e_4(encoder: SentenceEncoder, reference: Dict[str, Any]):
    expected = np.asarray(reference["embeddings"], dtype=np.float32)
    got = encoder.encode(reference["sentences"])
    assert got.shape == expected.shape == (10, 384)
    cosine = (got * expected).sum(axis=1) / np.linalg.norm(expected, axis=1)
    assert cosine.min() > 1 - 1e-4
    assert np.abs(got - expected).max() < 1e-4


def test_one_text_at_a_time_gives_what_a_padded_batch_gives(encoder: SentenceEncoder, reference: Dict[str, Any]):
    texts = reference["sentences"]
    alone = np.vstack([encoder.encode([text]) for text in texts])
    assert np.abs(alone - encoder.encode(texts, batch_size=4)).max() < 1e-5


def test_embeddings_are_unit_length_and_a_long_text_is_cut_at_256_tokens(encoder: SentenceEncoder, reference: Dict[str, Any]):
    long_text = reference["sentences"][-1]
    assert len(encoder.token_ids([long_text])[0]) == 256
    assert np.allclose(np.linalg.norm(encoder.encode(["", "meso", long_text]), axis=1), 1.0, atol=1e-5)


def test_similar_questions_are_nearer_than_unrelated_ones(encoder: SentenceEncoder):
    a, b, c = encoder.encode(["does mesotherapy regrow hair", "will meso make my hair grow back", "what time is it in Paris"])
    assert float(a @ b) > float(a @ c) + 0.3


def test_an_incomplete_model_directory_is_refused_naming_what_is_missing(tmp_path: Path):
    (tmp_path / "config.json").write_text((package_model_dir() / "config.json").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(EncoderFilesError, match="model.safetensors"):
        SentenceEncoder(tmp_path)
