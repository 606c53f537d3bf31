"""Escalation actions: the level only goes up, each escalation is recorded, staff are alerted, and
any yes in the triage questions upgrades to emergency at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.escalation_actions import ActionEscalate, ActionMarkFollowup, ValidateTriageForm
from bot.escalation_log import list_escalations, list_followups
from bot.settings import Settings
from bot.staff_alerts import stop_all_alerters
from tests.actions.helpers import make_tracker, responses, run_action
from tests.async_helpers import run_async
from tests.bot_client import free_port
from tests.http_capture import CaptureServer


@pytest.fixture
def webhook():
    with CaptureServer() as server:
        yield server


@pytest.fixture
def tmp_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, webhook: CaptureServer) -> Settings:
    settings = Settings(var_dir=tmp_path, staff_webhook_url=webhook.url + "/hook")
    monkeypatch.setattr("actions.escalation_actions.settings", lambda: settings)
    yield settings
    stop_all_alerters()


def test_an_emergency_report_sets_the_level_records_it_and_alerts_staff(tmp_settings: Settings, webhook: CaptureServer):
    tracker = make_tracker(
        "I have a fever and pus on my scalp and I'm confused", "report_emergency", sender_id="conv-e", channel="slack"
    )
    dispatcher, events = run_action(ActionEscalate(), tracker)
    assert events == [SlotSet("escalation_level", "emergency"), SlotSet("fact_id", "emergency_advice")]
    [row] = list_escalations(tmp_settings.bot_db_path)
    assert (row.conversation_id, row.channel, row.level) == ("conv-e", "slack", "emergency")
    assert {"fever", "pus"} <= set(row.signs)
    [alert] = webhook.wait_for(1, timeout=10)
    assert alert.json["level"] == "emergency" and alert.json["channel"] == "slack"
    assert "pus on my scalp" not in alert.json["text"]


def test_an_urgent_report_never_lowers_an_emergency(tmp_settings: Settings):
    tracker = make_tracker("there is a red lump on my head", "report_urgent", slots={"escalation_level": "emergency"})
    _, events = run_action(ActionEscalate(), tracker)
    assert events == [SlotSet("escalation_level", "emergency"), SlotSet("fact_id", "emergency_advice")]


def test_a_dead_webhook_does_not_delay_the_escalation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import time

    settings = Settings(var_dir=tmp_path, staff_webhook_url=f"http://127.0.0.1:{free_port()}/hook")  # nothing listens
    monkeypatch.setattr("actions.escalation_actions.settings", lambda: settings)
    started = time.perf_counter()
    _, events = run_action(ActionEscalate(), make_tracker("pus and fever and i cant breathe", "report_emergency"))
    assert time.perf_counter() - started < 0.5
    assert events == [SlotSet("escalation_level", "emergency"), SlotSet("fact_id", "emergency_advice")]
    stop_all_alerters()


def test_asking_for_a_person_marks_the_conversation_for_follow_up(tmp_settings: Settings):
    run_action(ActionMarkFollowup(), make_tracker("can I talk to a nurse", "request_human", sender_id="conv-h"))
    [row] = list_followups(tmp_settings.bot_db_path)
    assert row.conversation_id == "conv-h"


def _validate(slot: str, text: str, intent: str, level: str = "urgent"):
    tracker = make_tracker(text, intent, slots={"escalation_level": level, "requested_slot": slot}, active_loop="triage_form")
    dispatcher = CollectingDispatcher()
    result = run_async(getattr(ValidateTriageForm(), f"validate_{slot}")(None, dispatcher, tracker, {}))
    return dispatcher, result


def test_yes_to_a_triage_question_upgrades_to_emergency_at_once_and_ends_the_questions(tmp_settings: Settings):
    dispatcher, result = _validate("triage_fever", "yes", "affirm")
    assert responses(dispatcher) == ["utter_emergency"]
    assert result["escalation_level"] == "emergency" and result["triage_fever"] is True
    assert result["fact_id"] == "emergency_advice"  # "Tell me more" then gives the advice's sources
    assert all(result[s] is not None for s in ("triage_spreading", "triage_severe_pain", "triage_systemic"))
    assert list_escalations(tmp_settings.bot_db_path)[0].level == "emergency"


def test_no_to_a_triage_question_moves_on(tmp_settings: Settings):
    dispatcher, result = _validate("triage_fever", "no", "deny")
    assert result == {"triage_fever": False} and dispatcher.messages == []


def test_a_report_naming_another_sign_answers_no_to_this_question(tmp_settings: Settings):
    _, result = _validate("triage_fever", "no fever but there is pus", "report_urgent")
    assert result == {"triage_fever": False}


def test_the_triage_questions_are_skipped_once_the_conversation_is_an_emergency():
    tracker = make_tracker("x", "report_urgent", slots={"escalation_level": "emergency"}, active_loop="triage_form")
    slots = run_async(ValidateTriageForm().required_slots(["triage_fever"], CollectingDispatcher(), tracker, {}))
    assert slots == []


def test_signs_accumulate_across_messages_into_an_escalation(tmp_settings: Settings):
    # "I'm diabetic" earlier, "it's a bit red" now: together, same-day care (brief 4b).
    tracker = make_tracker("the spot where they injected is a bit red", "report_urgent", earlier_signs=("immunocompromised",))
    _, events = run_action(ActionEscalate(), tracker)
    assert events == [SlotSet("escalation_level", "urgent"), SlotSet("fact_id", "urgent_advice")]


def test_fever_to_the_rigors_question_is_not_a_yes(tmp_settings: Settings):
    # Feverish with a lump but otherwise well is same-day care (4b): only rigors answers this question.
    dispatcher, result = _validate("triage_fever", "I have a temperature of 38.4", "report_urgent")
    assert result == {"triage_fever": False} and dispatcher.messages == []
