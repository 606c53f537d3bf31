"""Symptom reports through the running bot: advice first, the level in the tracker, the escalation
recorded, clinic staff alerted; and the advice still goes out when the webhook or the action server fails."""

from __future__ import annotations

import dataclasses
import time
from typing import Iterator

import pytest

from bot.escalation_log import list_escalations, list_followups
from bot.facts import default_facts
from bot.http_guard import conversation_ref
from bot.launcher import Stack
from tests.bot_client import BotClient, free_port, new_sender, texts
from tests.conftest import log_text
from tests.http_capture import CaptureServer

pytestmark = pytest.mark.integration
EMERGENCY = "🚨 EMERGENCY"


def _wait_for_rows(bot: BotClient, sender: str, n: int = 1, timeout_s: float = 10.0):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        rows = list_escalations(bot.settings.bot_db_path, conversation_id=sender)
        if len(rows) >= n:
            return rows
        time.sleep(0.1)
    return list_escalations(bot.settings.bot_db_path, conversation_id=sender)


def test_an_emergency_message_gets_the_emergency_instruction_first(bot: BotClient, staff_webhook: CaptureServer):
    sender = new_sender()
    replies = texts(bot.send(sender, "I have a fever and pus on my scalp and I can't breathe properly"))
    assert replies[0].startswith(EMERGENCY)
    assert "999 (or your local emergency number)" in replies[0] and "Do not massage" in replies[0]
    assert bot.slot(sender, "escalation_level") == "emergency"
    [row] = _wait_for_rows(bot, sender)
    assert row.level == "emergency" and {"fever", "pus"} <= set(row.signs) and row.channel == "rest"
    alerts = [r for r in staff_webhook.wait_for(1, timeout=10) if r.json.get("conversation_ref") == conversation_ref(sender)]
    deadline = time.monotonic() + 10
    while not alerts and time.monotonic() < deadline:
        time.sleep(0.2)
        alerts = [r for r in staff_webhook.requests if r.json.get("conversation_ref") == conversation_ref(sender)]
    assert alerts and alerts[0].json["level"] == "emergency"


def test_an_urgent_report_then_yes_to_rigors_becomes_an_emergency(bot: BotClient):
    sender = new_sender()
    first = texts(bot.send(sender, "there's a red painful lump where they injected my scalp"))
    assert first[0].startswith("⚠️ See a doctor today") and "+44 20 7946 0000" in first[0]
    assert "shaking or shivering uncontrollably" in first[-1] and first[-1].endswith("?")
    assert bot.slot(sender, "escalation_level") == "urgent"
    second = texts(bot.send(sender, "yes"))
    assert second[0].startswith(EMERGENCY)
    assert bot.slot(sender, "escalation_level") == "emergency"
    levels = [r.level for r in _wait_for_rows(bot, sender, 2)]
    assert levels == ["urgent", "emergency"]


def test_an_urgent_report_with_no_emergency_signs_ends_with_see_a_doctor_today(bot: BotClient):
    sender = new_sender()
    bot.send(sender, "my scalp has a swollen bump that hurts since the injections")
    for _ in range(3):
        bot.send(sender, "no")
    last = texts(bot.send(sender, "no"))
    assert any("see a doctor today" in t for t in last)
    assert bot.slot(sender, "escalation_level") == "urgent"


def test_the_level_never_goes_down(bot: BotClient):
    sender = new_sender()
    bot.send(sender, "I have pus on my scalp, a fever and I can't stop shaking, my teeth are chattering")
    bot.send(sender, "there is a red lump on my head")
    bot.send(sender, "does mesotherapy work?")
    assert bot.slot(sender, "escalation_level") == "emergency"


def test_normal_after_session_effects_do_not_escalate(bot: BotClient):
    sender = new_sender()
    replies = texts(bot.send(sender, "I have tiny scabs and a bit of stinging the day after my session, is that normal?"))
    assert not any(t.startswith(EMERGENCY) or t.startswith("⚠️") for t in replies)
    assert bot.slot(sender, "escalation_level") == "none"
    assert bot.slot(sender, "fact_id") == "normal_after_session"


def test_a_question_about_fever_gets_a_fact_not_an_escalation(bot: BotClient):
    sender = new_sender()
    bot.send(sender, "Can mesotherapy cause a fever?")
    assert bot.slot(sender, "escalation_level") == "none"
    assert bot.slot(sender, "fact_id") is not None


def test_asking_for_a_person_gives_the_clinic_contact_and_marks_follow_up(bot: BotClient):
    sender = new_sender()
    replies = texts(bot.send(sender, "can I talk to a real person please"))
    assert any("+44 20 7946 0000" in t for t in replies)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not list_followups(bot.settings.bot_db_path, conversation_id=sender):
        time.sleep(0.1)
    assert list_followups(bot.settings.bot_db_path, conversation_id=sender)


@pytest.fixture
def dead_webhook_actions(bot_stack: Stack) -> Iterator[Stack]:
    """The same bot with its action server restarted against a staff webhook that refuses connections."""
    original = bot_stack.settings
    bot_stack.stop_action_server()
    bot_stack.settings = dataclasses.replace(original, staff_webhook_url=f"http://127.0.0.1:{free_port()}/hook")
    bot_stack.start_action_server()
    yield bot_stack
    bot_stack.stop_action_server()
    bot_stack.settings = original
    bot_stack.start_action_server()


def test_a_dead_staff_webhook_does_not_delay_the_advice(dead_webhook_actions: Stack, bot: BotClient):
    sender = new_sender()
    started = time.monotonic()
    replies = texts(bot.send(sender, "pus is coming out of a lump on my scalp and my lips are going blue"))
    elapsed = time.monotonic() - started
    assert replies[0].startswith(EMERGENCY)
    assert elapsed < 3.0, f"advice took {elapsed:.1f} s with a dead webhook"
    assert _wait_for_rows(bot, sender)[0].level == "emergency"


def test_with_the_action_server_down_an_emergency_still_gets_emergency_advice(action_server_down: Stack, bot: BotClient):
    sender = new_sender()
    replies = texts(bot.send(sender, "I have a fever and pus on my scalp and I can't breathe properly"))
    assert replies and replies[0].startswith(EMERGENCY)
    urgent = texts(bot.send(new_sender(), "there is pus coming out of a bump on my head"))
    assert urgent and urgent[0].startswith("⚠️ See a doctor today")
    assert "action_escalate" in log_text(bot.settings, "rasa")


def test_signs_given_over_several_messages_are_judged_together(bot: BotClient):
    sender = new_sender()
    bot.send(sender, "hello")
    bot.send(sender, "I'm diabetic by the way")
    assert bot.slot(sender, "escalation_level") == "none"
    replies = texts(bot.send(sender, "one of the injection spots has gone a bit red"))
    assert replies[0].startswith("⚠️ See a doctor today"), replies
    assert bot.slot(sender, "escalation_level") == "urgent"
    row = _wait_for_rows(bot, sender)[0]
    assert row.level == "urgent" and "immunocompromised" in row.signs


def test_a_vague_symptom_message_gets_the_safety_net_not_only_a_shrug(bot: BotClient):
    sender = new_sender()
    replies = texts(bot.send(sender, "something feels really off with my scalp since the session"))
    net = [t for t in replies if "call 999 if you have any of these" in t]
    assert net, replies
    assert bot.slot(sender, "escalation_level") == "none"


def test_a_worsening_answer_during_triage_gets_no_reassuring_fact(bot: BotClient):
    sender = new_sender()
    bot.send(sender, "there's a red painful lump where they injected my scalp")
    replies = texts(bot.send(sender, "is this one of the normal side effects after a session?"))
    facts = default_facts()
    for fact_id in ("normal_after_session", "side_effects"):
        assert not any(facts[fact_id].answer in t for t in replies), replies
    assert bot.slot(sender, "fact_id") not in ("normal_after_session", "side_effects")


def test_a_keyword_query_about_an_emergency_condition_gets_the_safety_net_first_then_the_answer(bot: BotClient):
    sender = new_sender()
    replies = texts(bot.send(sender, "meningitis after scalp injection"))
    net = [i for i, t in enumerate(replies) if "call 999 if you have any of these" in t]
    assert net and net[0] == 0, replies
    assert len(replies) > 1 and not any(t.startswith(EMERGENCY) for t in replies)
    assert bot.slot(sender, "escalation_level") == "none"


def test_is_it_normal_to_have_an_emergency_sign_after_meso_gets_the_emergency_instruction(bot: BotClient):
    sender = new_sender()
    replies = texts(bot.send(sender, "is it normal to get chest pains and nearly pass out after scalp meso?"))
    assert replies[0].startswith(EMERGENCY), replies
    assert bot.slot(sender, "escalation_level") == "emergency"


def test_a_general_question_about_a_condition_gets_its_answer_with_the_safety_net_and_no_escalation(bot: BotClient):
    sender = new_sender()
    replies = texts(bot.send(sender, "abscess is going away alone or need doctor?"))
    assert any("call 999 if you have any of these" in t for t in replies), replies
    assert bot.slot(sender, "fact_id") == "abscess"
    assert bot.slot(sender, "escalation_level") == "none"


def test_a_report_with_an_is_it_normal_question_about_an_emergency_sign_gets_the_emergency_instruction(bot: BotClient):
    sender = new_sender()
    replies = texts(bot.send(sender, "I have a fever from my infected scalp injections. Is it normal not to pee for 18 hours?"))
    assert replies[0].startswith(EMERGENCY), replies
    assert bot.slot(sender, "escalation_level") == "emergency"


def test_is_it_normal_for_a_sign_to_go_on_days_after_the_session_is_a_report_not_reassured(bot: BotClient):
    sender = new_sender()
    replies = texts(bot.send(sender, "is it normal for the injection spots to be weeping pus 6 days after the session?"))
    assert bot.slot(sender, "escalation_level") == "urgent", replies
    facts = default_facts()
    assert not any(facts["normal_after_session"].answer in t for t in replies), replies


def test_a_search_style_query_the_safety_model_reads_as_a_question_gets_the_answer_and_the_net(bot: BotClient):
    sender = new_sender()
    replies = texts(bot.send(sender, "shivering after meso?"))
    assert any("call 999 if you have any of these" in t for t in replies), replies
    assert bot.slot(sender, "escalation_level") == "none"
    other = new_sender()
    bot.send(other, "I'm shivery since my mesotherapy and there's a lump")
    assert bot.slot(other, "escalation_level") == "urgent"
