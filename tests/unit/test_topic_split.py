"""A question about two topics is cut into clauses, and two topics are kept only when each clause names its
own topic confidently (bot.topic_split)."""

from __future__ import annotations

from typing import List, Tuple

import pytest

from bot.topic_split import clauses, is_question, two_topics


@pytest.mark.parametrize(
    "text, expected",
    [
        ("is it safe and does it work?", ["is it safe", "does it work"]),
        ("Is mesotherapy safe? Does it work?", ["Is mesotherapy safe", "Does it work"]),
        ("what is in the injections; is it FDA approved", ["what is in the injections", "is it FDA approved"]),
        ("does it hurt, and also is it approved", ["does it hurt", "is it approved"]),
    ],
)
def test_two_questions_in_one_message_are_two_clauses(text: str, expected: List[str]):
    assert clauses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "meso and minoxidil, which works?",  # one comparison
        "pain and swelling after meso",  # one question with a list in it
        "PRP or lasers which is better",
        "does mesotherapy regrow hair",
    ],
)
def test_a_list_or_a_comparison_stays_one_clause(text: str):
    assert len(clauses(text)) == 1


def _is_topic(intent: str) -> bool:
    return intent.startswith("ask_")


@pytest.mark.parametrize(
    "main, clause_best, expected",
    [
        ("ask_side_effects", [("ask_side_effects", 0.9), ("ask_efficacy", 0.8)], ["ask_side_effects", "ask_efficacy"]),
        # the whole message's intent leads even when its clause comes second
        ("ask_efficacy", [("ask_side_effects", 0.9), ("ask_efficacy", 0.8)], ["ask_efficacy", "ask_side_effects"]),
        ("ask_side_effects", [("ask_side_effects", 0.9), ("ask_efficacy", 0.4)], []),  # second clause unsure
        ("ask_side_effects", [("ask_side_effects", 0.9), ("ask_side_effects", 0.8)], []),  # the same topic twice
        ("ask_side_effects", [("ask_side_effects", 0.9), ("greet", 0.95)], []),  # "hi, is it safe?"
    ],
)
def test_two_topics_only_when_each_clause_names_its_own_topic_confidently(
    main: str, clause_best: List[Tuple[str, float]], expected: List[str]
):
    assert two_topics(main, clause_best, _is_topic, min_confidence=0.5) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("is it safe and does it work?", [True, True]),
        ("the mesotherapy is approve by FDA? and it work?", [True, True]),  # no inversion, but a "?"
        ("I've used minoxidil foam for a year and my clinic offers injections, is that a good idea", [False, False]),
    ],
)
def test_background_before_a_question_is_not_a_question_of_its_own(text: str, expected: List[bool]):
    assert [is_question(c, text) for c in clauses(text)] == expected
