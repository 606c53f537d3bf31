"""The intent training data: every topic asked in every style (bot.nlu_data.STYLES), and nothing in it
duplicates or paraphrases a question of a blind evaluation set (tests/nlu_blind_*.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List

import pytest

from bot.facts import default_facts, intent_for
from bot.nlu_data import STYLES, Example, read_examples, too_close, training_examples
from bot.response_variables import SAFETY_ADVICE_FACTS
from bot.settings import PROJECT_ROOT

TOPICS = [f for f in default_facts() if f not in SAFETY_ADVICE_FACTS]
BLIND_SETS = sorted((PROJECT_ROOT / "tests").glob("nlu_blind_*.jsonl"))
MIN_PER_STYLE = 2


def _blind_questions() -> List[str]:
    lines = [line for path in BLIND_SETS for line in path.read_text(encoding="utf-8").splitlines()]
    return [json.loads(line)["text"] for line in lines if line.strip()]


@pytest.mark.parametrize("fact_id", TOPICS)
def test_every_topic_has_training_examples_in_every_style(fact_id: str):
    examples = [e for e in training_examples() if e.intent == intent_for(fact_id)]
    counts = {style: sum(e.style == style for e in examples) for style in STYLES}
    assert {s: n for s, n in counts.items() if n < MIN_PER_STYLE} == {}


def test_a_block_with_an_unknown_style_is_refused(tmp_path: Path):
    path = tmp_path / "nlu.yml"
    block = "- intent: ask_efficacy\n  metadata:\n    style: shouting\n  examples: |\n    - DOES IT WORK\n"
    path.write_text(f'version: "3.1"\nnlu:\n{block}')
    with pytest.raises(ValueError, match="shouting"):
        read_examples([path])


def test_there_is_a_frozen_blind_set():
    assert any(p.name == "nlu_blind_frozen.jsonl" for p in BLIND_SETS)
    assert len(_blind_questions()) >= 300


def test_no_training_example_duplicates_or_paraphrases_a_blind_question():
    close = too_close(training_examples(), _blind_questions())
    assert [(p.example.text, p.question, p.similarity) for p in close] == []


@pytest.mark.parametrize(
    "example, question",
    [
        ("is mesotherapy regulated", "Is mesotherapy regulated as a hair loss treatment?"),  # reworded
        ("can u get an infection from meso", "can you get an infection from meso?"),  # chat spelling
        ("does rogaine stop hair loss", "can minoxidil stop hair loss?"),  # same concept, other word
        ("whats in the jab", "what is in it, and does it work?"),  # one clause of a two-topic question
    ],
)
def test_the_similarity_check_catches_a_paraphrase(example: str, question: str):
    unrelated = Example("ask_y", "who invented the telephone", "mixed", Path("y.yml"))
    examples = [Example("ask_x", example, "mixed", Path("x.yml")), unrelated]
    assert [p.example.text for p in too_close(examples, [question, "how far away is the moon"])] == [example]
