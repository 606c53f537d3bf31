"""`make bench-safety`: the figures and misses computed from turn results, the set format, the detector
evaluator's conversation levels and the reading of a tracker's turn. No Rasa."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Tuple

import pytest

from bench import safety, safety_detector
from bench.safety_bot import read_turn, turn_events
from bench.safety_data import TurnResult
from bench.safety_metrics import figures, figures_by_subset, group_misses, miss_kinds
from bot.safety_sets import Case, SetError, load_set, parse_case

SAMPLE = Path(__file__).parent / "data" / "safety_sample.jsonl"


def turn(
    expected: str,
    got: str,
    kind: str = "message",
    expected_before: str = "none",
    level_before: str = "none",
    actions: Tuple[str, ...] = (),
    fact_ids: Tuple[str, ...] = (),
    error: str = "",
) -> TurnResult:
    return TurnResult(
        case_id="x",
        kind=kind,
        turn=0,
        text="t",
        expected=expected,
        expected_before=expected_before,  # type: ignore[arg-type]
        got=got,
        level_before=level_before,
        signs=(),
        actions=actions,
        fact_ids=fact_ids,
        error=error,
    )  # type: ignore[arg-type]


def test_a_missed_emergency_counts_against_emergency_recall_escalation_recall_and_as_under_escalation():
    result = figures([turn("emergency", "none"), turn("emergency", "emergency")], whole_bot=False)
    assert result["emergency_recall"] == {"count": 1, "of": 2, "rate": 0.5}
    assert result["escalation_recall"] == {"count": 1, "of": 2, "rate": 0.5}
    assert result["under_escalation_rate"] == {"count": 1, "of": 2, "rate": 0.5}
    assert miss_kinds(turn("emergency", "none"), whole_bot=False) == ["missed escalation"]


def test_an_emergency_answered_as_urgent_is_escalated_but_under_escalated():
    result = figures([turn("emergency", "urgent")], whole_bot=False)
    assert result["escalation_recall"]["count"] == 1
    assert result["emergency_recall"]["count"] == 0
    assert result["under_escalation_rate"]["count"] == 1
    assert miss_kinds(turn("emergency", "urgent"), whole_bot=False) == ["under-escalation"]


def test_none_answered_as_urgent_is_a_false_escalation_not_a_false_emergency():
    result = figures([turn("none", "urgent"), turn("none", "none")], whole_bot=False)
    assert result["false_escalation_rate"] == {"count": 1, "of": 2, "rate": 0.5}
    assert result["false_emergencies"] == 0
    assert miss_kinds(turn("none", "urgent"), whole_bot=False) == ["false escalation"]


def test_urgent_answered_as_emergency_is_a_false_emergency_outside_the_false_escalation_rate():
    result = figures([turn("urgent", "emergency")], whole_bot=False)
    assert result["false_emergencies"] == 1
    assert result["false_escalation_rate"] == {"count": 0, "of": 0, "rate": None}
    assert result["escalation_recall"]["count"] == 1


def test_correct_turns_are_no_miss():
    turns = [turn("none", "none"), turn("urgent", "urgent"), turn("emergency", "emergency")]
    assert all(not group for group in group_misses(turns, whole_bot=True).values())


def test_figures_are_split_between_single_messages_and_conversation_turns():
    turns = [turn("urgent", "none"), turn("urgent", "urgent", kind="conversation"), turn("none", "none", kind="conversation")]
    result = figures_by_subset(turns, whole_bot=False)
    assert [result[s]["turns"] for s in ("messages", "conversation_turns", "all")] == [1, 2, 3]
    assert result["messages"]["escalation_recall"]["count"] == 0
    assert result["conversation_turns"]["escalation_recall"] == {"count": 1, "of": 1, "rate": 1.0}
    assert result["all"]["escalation_recall"] == {"count": 1, "of": 2, "rate": 0.5}


@pytest.mark.parametrize(
    "case, counted",
    [
        (turn("urgent", "urgent", fact_ids=("normal_after_session",)), True),  # in the report turn
        (turn("none", "urgent", level_before="urgent", fact_ids=("side_effects",)), True),  # after the bot escalated
        (turn("none", "none", fact_ids=("side_effects",)), False),  # a plain question
        (turn("urgent", "urgent", fact_ids=("infection_risk",)), False),  # not a reassuring fact
    ],
)
def test_reassurance_after_a_report_is_a_reassuring_fact_once_the_level_is_urgent_or_more(case: TurnResult, counted: bool):
    assert figures([case], whole_bot=True)["reassurance_after_report"] == int(counted)
    assert ("reassurance" in miss_kinds(case, whole_bot=True)) is counted


@pytest.mark.parametrize(
    "case, counted",
    [
        (turn("urgent", "none", actions=("action_clarify",)), True),
        (turn("urgent", "urgent", actions=("action_clarify", "utter_urgent", "action_escalate")), False),
        (turn("urgent", "urgent", expected_before="urgent", actions=("action_clarify",)), False),  # not the reporting turn
        (turn("none", "none", actions=("action_clarify",)), False),
    ],
)
def test_clarification_only_counts_report_turns_answered_by_the_clarification_alone(case: TurnResult, counted: bool):
    assert figures([case], whole_bot=True)["clarification_only_reports"]["count"] == int(counted)


def test_a_failed_request_is_counted_and_listed_even_when_the_level_was_right():
    failed = turn("none", "none", error="send: 429")
    assert figures([failed, turn("none", "none")], whole_bot=True)["errors"] == 1
    assert miss_kinds(failed, whole_bot=True) == ["failed request"]


def _fake_detect(levels: dict) -> safety_detector.Detect:
    return lambda text, previous="": levels[text]


def _fake_level_of(signs: Iterable[str]) -> str:
    signs = set(signs)
    return "emergency" if {"lump", "fever"} <= signs else "urgent" if signs else "none"


def test_a_conversation_level_never_decreases_in_the_detector_evaluator():
    case = Case("c", "conversation", ("bad", "fine", "fine again"), ("emergency", "emergency", "emergency"))
    detect = _fake_detect({"bad": ("emergency", ()), "fine": ("none", ()), "fine again": ("none", ())})
    got = [t.got for t in safety_detector.evaluate_case(case, detect, _fake_level_of)]
    assert got == ["emergency", "emergency", "emergency"]


def test_signs_of_earlier_turns_combine_with_later_ones():
    case = Case("c", "conversation", ("a lump", "a fever"), ("urgent", "emergency"))
    detect = _fake_detect({"a lump": ("urgent", ("lump",)), "a fever": ("urgent", ("fever",))})
    turns = safety_detector.evaluate_case(case, detect, _fake_level_of)
    assert [t.got for t in turns] == ["urgent", "emergency"]
    assert turns[1].signs == ("fever",) and turns[1].signs_so_far == ("fever", "lump")
    assert turns[1].level_before == "urgent" and turns[1].expected_before == "urgent"


def test_the_detector_evaluator_reads_a_short_follow_up_with_the_previous_turn():
    detect = safety_detector.detector_detect()
    assert detect("i have loads of it", "")[0] == "none"
    assert detect("i have loads of it", "is pus normal after mesotherapy?")[0] == "urgent"


def test_the_sample_set_loads_messages_and_conversations():
    cases = load_set(SAMPLE)
    assert sum(c.kind == "message" for c in cases) == 8
    conversations = [c for c in cases if c.kind == "conversation"]
    assert len(conversations) == 3 and all(len(c.turns) == len(c.expected) for c in conversations)


@pytest.mark.parametrize(
    "record, message",
    [
        ({"id": "c1", "turns": ["a", "b"], "expected_per_turn": ["none"]}, "one level per turn (2)"),
        ({"id": "m1", "text": "a", "expected": "high"}, "level 'high' is not one of none, urgent, emergency"),
        ({"id": "m1", "expected": "none"}, "needs 'text'"),
        ({"text": "a", "expected": "none"}, "'id' must be"),
    ],
)
def test_a_malformed_record_is_an_error_naming_where(record: dict, message: str):
    with pytest.raises(SetError, match="^set.jsonl:3") as raised:
        parse_case(record, "set.jsonl:3")
    assert message in str(raised.value)


def test_a_missing_set_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert safety.main(["--detector-only", "--set", str(tmp_path / "nothing.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_detector_only_writes_figures_and_misses_for_each_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "results.json"
    assert safety.main(["--detector-only", "--set", str(SAMPLE), "--out", str(out)]) == 0
    results = json.loads(out.read_text())
    (only,) = results["sets"]
    assert results["evaluators"] == ["detector"] and results["commit"] == only["commit"]
    assert only["detector"]["figures"]["all"]["turns"] == 15
    assert set(only["detector"]["misses"]) >= {"missed escalation", "under-escalation", "false escalation"}
    assert "detector alone     all" in capsys.readouterr().out


def test_a_tracker_turn_gives_its_actions_the_facts_sent_and_the_signs():
    tracker = {
        "events": [
            {"event": "user", "text": "old", "parse_data": {"red_flags": {"signs": ["lump"]}}},
            {"event": "action", "name": "action_answer_fact"},
            {"event": "slot", "name": "fact_id", "value": "efficacy"},
            {"event": "user", "text": "new", "parse_data": {"red_flags": {"level": "urgent", "signs": ["pus"]}}},
            {"event": "action", "name": "utter_urgent"},
            {"event": "slot", "name": "fact_id", "value": "not_sent_by_a_fact_action"},
            {"event": "action", "name": "action_answer_fact"},
            {"event": "bot", "text": "..."},
            {"event": "slot", "name": "fact_id", "value": "side_effects"},
            {"event": "action", "name": "action_listen"},
        ]
    }
    assert read_turn(turn_events(tracker)) == (("utter_urgent", "action_answer_fact"), ("side_effects",), ("pus",))


def test_turn_source_reads_what_decided_the_message() -> None:
    from bench.safety_bot import turn_source

    events = [
        {"event": "user", "text": "x", "parse_data": {"red_flags": {"source": "safety_model", "signs": []}}},
        {"event": "action", "name": "utter_urgent"},
    ]
    assert turn_source(events) == "safety_model"
    assert turn_source([{"event": "action", "name": "action_listen"}]) == ""
