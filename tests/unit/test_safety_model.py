"""The safety model's data side (bot/safety_model.py, bot/safety_sets.py): which texts it learns from, at
which level, and the fingerprint that makes Rasa retrain it when a set changes."""

from __future__ import annotations

import json
from pathlib import Path

from bot.safety_model import files_fingerprint, scores_from_probabilities, training_examples
from bot.safety_sets import labelled_turns, parse_case


def _write(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_conversation_turn_is_labelled_only_when_it_raises_the_level_or_all_is_still_none():
    case = parse_case(
        {
            "id": "c1",
            "turns": ["is pus normal?", "I have loads of it", "thanks, calling them", "now I'm shaking uncontrollably"],
            "expected_per_turn": ["none", "urgent", "urgent", "emergency"],
        },
        "test",
    )
    assert labelled_turns([case]) == [
        ("is pus normal?", "none"),
        ("I have loads of it", "urgent"),
        ("now I'm shaking uncontrollably", "emergency"),
    ]


def test_training_examples_join_the_sets_and_the_nlu_examples_at_their_intents_levels(tmp_path: Path):
    sets = _write(tmp_path / "a.jsonl", {"id": "s1", "text": "my lump is hot", "expected": "urgent"})
    texts, levels = training_examples(
        [sets], [("does it work", "ask_efficacy"), ("I can't breathe", "report_emergency")], {"report_emergency": "emergency"}
    )
    assert list(zip(texts, levels)) == [("my lump is hot", "urgent"), ("does it work", "none"), ("I can't breathe", "emergency")]


def test_the_fingerprint_changes_with_a_sets_content_and_not_with_the_order_given(tmp_path: Path):
    a = _write(tmp_path / "a.jsonl", {"id": "s1", "text": "my lump is hot", "expected": "urgent"})
    b = _write(tmp_path / "b.jsonl", {"id": "s2", "text": "does it work", "expected": "none"})
    before = files_fingerprint([a, b])
    assert files_fingerprint([b, a]) == before
    _write(b, {"id": "s2", "text": "does it work", "expected": "urgent"})
    assert files_fingerprint([a, b]) != before


def test_scores_add_urgent_and_emergency_for_escalate():
    scores = scores_from_probabilities(["emergency", "none", "urgent"], [0.25, 0.5, 0.25])
    assert (scores.escalate, scores.emergency) == (0.5, 0.25)
