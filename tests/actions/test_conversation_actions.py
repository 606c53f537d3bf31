"""Greeting, clarification and out-of-scope actions; the last two record what went unanswered."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa_sdk.events import SlotSet

import actions.common
from actions.conversation_actions import ActionClarify, ActionGreet, ActionOutOfScope
from bot.settings import Settings
from bot.unanswered_log import summary
from tests.actions.helpers import make_tracker, responses, run_action


@pytest.fixture
def tmp_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    settings = Settings(var_dir=tmp_path)
    monkeypatch.setattr(actions.common, "settings", lambda: settings)
    monkeypatch.setattr("actions.conversation_actions.settings", lambda: settings)
    return settings


def test_greet_says_hello_then_the_disclaimer_once_then_offers_topics():
    dispatcher, events = run_action(ActionGreet(), make_tracker("hi", "greet"))
    # The greeting carries the privacy line, so the disclaimer after it does not repeat it.
    assert responses(dispatcher)[:2] == ["utter_greet", "utter_disclaimer_after_greet"]
    assert dispatcher.messages[-1]["buttons"]
    assert events == [SlotSet("disclaimer_shown", True)]
    dispatcher, events = run_action(ActionGreet(), make_tracker("hi", "greet", slots={"disclaimer_shown": True}))
    assert not any((r or "").startswith("utter_disclaimer") for r in responses(dispatcher)) and events == []


def test_clarify_offers_the_closest_topics_and_records_the_question(tmp_settings: Settings):
    tracker = make_tracker(
        "hair vitamins shot thing?",
        "nlu_fallback",
        ranking=[("nlu_fallback", 0.25), ("ask_ingredients", 0.2), ("greet", 0.1), ("ask_efficacy", 0.09)],
        slots={"disclaimer_shown": True},
    )
    dispatcher, _ = run_action(ActionClarify(), tracker)
    assert responses(dispatcher) == ["utter_clarify"]
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/ask_ingredients", "/ask_efficacy"]
    titles = [b["title"] for b in dispatcher.messages[0]["buttons"]]
    assert titles == ["What's in the injections?", "Does mesotherapy regrow hair?"]  # as a patient asks
    [row] = summary(tmp_settings.bot_db_path)
    assert row.reason == "low_confidence" and row.text == "hair vitamins shot thing?"
    assert row.top_intents[0][0] == "ask_ingredients"


def test_out_of_scope_says_what_the_bot_can_help_with_and_records_it(tmp_settings: Settings):
    dispatcher, _ = run_action(
        ActionOutOfScope(), make_tracker("who won the match", "out_of_scope", slots={"disclaimer_shown": True})
    )
    assert responses(dispatcher) == ["utter_out_of_scope"]
    assert [r.reason for r in summary(tmp_settings.bot_db_path)] == ["out_of_scope"]


def test_an_unwritable_database_still_gets_a_reply(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the var directory should be")
    settings = Settings(var_dir=blocker)
    monkeypatch.setattr("actions.conversation_actions.settings", lambda: settings)
    dispatcher, _ = run_action(ActionOutOfScope(), make_tracker("pizza?", "out_of_scope", slots={"disclaimer_shown": True}))
    assert responses(dispatcher) == ["utter_out_of_scope"]


def test_start_over_clears_the_topic_and_triage_but_keeps_the_level():
    from actions.conversation_actions import ActionStartOver

    tracker = make_tracker("start over", "start_over", slots={"escalation_level": "emergency", "fact_id": "efficacy"})
    _, events = run_action(ActionStartOver(), tracker)
    assert SlotSet("fact_id", None) in events and SlotSet("triage_fever", None) in events
    assert not [e for e in events if e.get("name") == "escalation_level"]
    assert not [e for e in events if e.get("event") in ("restart", "reset_slots")]
