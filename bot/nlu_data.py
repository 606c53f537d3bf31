"""The intent training data as plain records, read without Rasa: for the tests that check it (every topic
covered in every style, nothing close to an evaluation question) and for the bench's counts.

The data lives in `data/nlu/`, one file per topic (rasa-demo's split by purpose). In a topic file the first
block is the original mixed set; each later block holds one way of asking, named by Rasa's own block
metadata (`metadata: {style: typos}`), so the tag travels with the examples and Rasa ignores it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

from bot.settings import PROJECT_ROOT

NLU_DIR = PROJECT_ROOT / "data" / "nlu"
MIXED = "mixed"  # a block without a style: the original examples, written before the styles existed
# The ways of asking every topic must cover (issue 16), each a block style.
STYLES: Tuple[str, ...] = (
    "keywords",  # "meso cost", "minoxidil vs meso"
    "informal",  # very informal chat: "lol does this meso stuff even do anything"
    "typos",  # misspellings and run-together words
    "non_native",  # non-native English: "is possible the injection make infection?"
    "background",  # a long question with the person's story first
    "relative",  # asking for a partner, parent, friend
    "comparison",  # this against that
    "follow_up",  # a follow-up that stands alone: "and what about the risks of it?"
)


@dataclass(frozen=True)
class Example:
    intent: str
    text: str
    style: str
    path: Path


def _example_lines(raw: object, where: str) -> List[str]:
    if isinstance(raw, str):
        return [line.strip()[2:].strip() for line in raw.splitlines() if line.strip().startswith("- ")]
    if isinstance(raw, list):
        return [str(item["text"]).strip() if isinstance(item, dict) else str(item).strip() for item in raw]
    raise ValueError(f"{where}: examples must be a block string or a list")


def read_examples(paths: List[Path]) -> List[Example]:
    """Every intent example in these Rasa NLU YAML files, with its block's style (or `MIXED`)."""
    found: List[Example] = []
    for path in paths:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for number, block in enumerate(document.get("nlu") or [], 1):
            if "intent" not in block:
                continue
            style = str((block.get("metadata") or {}).get("style") or MIXED)
            if style != MIXED and style not in STYLES:
                raise ValueError(f"{path}: block {number} ({block['intent']}) has style {style!r}; styles: {STYLES}")
            lines = _example_lines(block.get("examples") or "", f"{path}: block {number}")
            if not lines:
                raise ValueError(f"{path}: block {number} ({block['intent']}, {style}) has no examples; remove the block")
            for text in lines:
                found.append(Example(str(block["intent"]), text, style, path))
    return found


def training_examples(nlu_dir: Path = NLU_DIR) -> List[Example]:
    return read_examples(sorted(nlu_dir.glob("*.yml")))


def examples_by_intent(nlu_dir: Path = NLU_DIR) -> Dict[str, List[str]]:
    grouped: Dict[str, List[str]] = {}
    for example in training_examples(nlu_dir):
        grouped.setdefault(example.intent, []).append(example.text)
    return grouped


# Word 1-2-gram TF-IDF cosine, on the intent classifier's own normal form (typos corrected, "rogaine" ->
# "minoxidil"), from which a training example counts as a paraphrase of an evaluation question. Chosen by
# reading the pairs between the training data and the frozen blind set: at 0.5 and above they were the same
# question reworded ("is mesotherapy regulated" / "Is mesotherapy regulated as a hair loss treatment?");
# below, mostly the same topic asked another way. Two-topic questions are also compared clause by clause.
PARAPHRASE_SIMILARITY = 0.5


@dataclass(frozen=True)
class ClosePair:
    example: Example
    question: str
    similarity: float


def too_close(examples: List[Example], questions: List[str], threshold: float = PARAPHRASE_SIMILARITY) -> List[ClosePair]:
    """Every training example whose similarity to some evaluation question (or clause of one) reaches
    `threshold`, with its nearest question, most similar first."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from bot.chat_text import normalise
    from bot.topic_split import clauses

    compared = list(dict.fromkeys(questions + [c for q in questions for c in clauses(q) if c != q]))
    if not examples or not compared:
        return []
    texts = [e.text for e in examples]
    vectorizer = TfidfVectorizer(preprocessor=normalise, ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b").fit(
        texts + compared
    )
    similarity = (vectorizer.transform(texts) @ vectorizer.transform(compared).T).toarray()
    nearest = similarity.argmax(axis=1)
    found = [
        ClosePair(example, compared[int(j)], round(float(similarity[i, j]), 3))
        for i, (example, j) in enumerate(zip(examples, nearest))
        if similarity[i, j] >= threshold
    ]
    return sorted(found, key=lambda pair: -pair.similarity)
