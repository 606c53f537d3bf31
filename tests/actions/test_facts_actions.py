"""The fact actions answer from the facts module, name the source, offer related topics, set fact_id."""

from __future__ import annotations

import pytest
from rasa_sdk.events import SlotSet

from actions.facts_actions import ActionAnswerFact, ActionTellMore
from bot.fact_replies import citation_footer
from bot.facts import REQUIRED_FACT_IDS, default_facts, intent_for
from bot.feedback import feedback_buttons
from tests.actions.helpers import make_tracker, responses, run_action


@pytest.mark.parametrize("fact_id", REQUIRED_FACT_IDS)
def test_answer_fact_answers_with_the_fact_and_sets_fact_id(fact_id):
    fact = default_facts()[fact_id]
    dispatcher, events = run_action(ActionAnswerFact(), make_tracker("q", intent_for(fact_id), slots={"disclaimer_shown": True}))
    assert events == [SlotSet("fact_id", fact_id)]
    [message] = dispatcher.messages
    assert message["text"] == f"{fact.answer}\n\n{fact.source_line}  \n{fact.review_line}"
    payloads = [b["payload"] for b in message["buttons"]]
    # related topics, then the 👍/👎 pair for this fact (bot/feedback.py)
    feedback = [b.payload for b in feedback_buttons(fact_id)]
    assert [p for p in payloads if p != "/tell_more"] == [f"/{intent_for(r)}" for r in fact.related] + feedback


def test_the_first_answer_of_a_conversation_comes_after_the_disclaimer_once():
    dispatcher, events = run_action(ActionAnswerFact(), make_tracker("does it work", "ask_efficacy"))
    assert responses(dispatcher)[0] == "utter_disclaimer"
    assert events == [SlotSet("disclaimer_shown", True), SlotSet("fact_id", "efficacy")]
    dispatcher, _ = run_action(ActionAnswerFact(), make_tracker("does it work", "ask_efficacy", slots={"disclaimer_shown": True}))
    assert "utter_disclaimer" not in responses(dispatcher)


def test_answer_fact_for_an_intent_that_is_no_topic_says_it_did_not_understand():
    dispatcher, events = run_action(ActionAnswerFact(), make_tracker("hi", "greet"))
    assert responses(dispatcher) == ["utter_default"] and events == []


def test_tell_more_gives_the_longer_text_of_the_last_fact():
    fact = default_facts()["efficacy"]
    dispatcher, events = run_action(ActionTellMore(), make_tracker("tell me more", "tell_more", slots={"fact_id": "efficacy"}))
    assert fact.more and dispatcher.messages[0]["text"].startswith(fact.more)
    assert events == [SlotSet("fact_id", "efficacy")]


def test_tell_more_with_no_topic_yet_offers_topics():
    dispatcher, events = run_action(ActionTellMore(), make_tracker("tell me more", "tell_more"))
    assert responses(dispatcher) == ["utter_clarify"] and dispatcher.messages[0]["buttons"] and events == []


@pytest.mark.parametrize(
    "text, slots, active_loop",
    [
        ("is that one of the normal side effects?", {"escalation_level": "urgent"}, None),  # after a report
        ("what is normal after a session", {"escalation_level": "none"}, "triage_form"),  # during triage
        ("my lump is hot and growing, is that normal after a session?", {}, None),  # the question is a report
    ],
)
def test_no_reassuring_fact_after_a_report_or_during_triage(text: str, slots: dict, active_loop):
    for intent in ("ask_normal_after_session", "ask_side_effects"):
        tracker = make_tracker(text, intent, slots={"disclaimer_shown": True, **slots}, active_loop=active_loop)
        dispatcher, events = run_action(ActionAnswerFact(), tracker)
        assert [m.get("response") for m in dispatcher.messages] == ["utter_safety_net"]
        assert events == []


@pytest.mark.parametrize(
    "text", ["is it normal to get bald spots where they injected after meso?", "is it normal to have pus after meso?"]
)
def test_a_sign_that_escalates_asked_about_gets_the_safety_net_not_a_reassuring_fact(text: str):
    for intent in ("ask_normal_after_session", "ask_side_effects"):
        tracker = make_tracker(text, intent, slots={"disclaimer_shown": True})
        dispatcher, events = run_action(ActionAnswerFact(), tracker)
        assert [m.get("response") for m in dispatcher.messages] == ["utter_safety_net"], text
        assert events == []


def test_a_mild_sign_asked_about_still_gets_its_answer_and_the_net():
    tracker = make_tracker("is swelling normal after meso?", "ask_normal_after_session", slots={"disclaimer_shown": True})
    dispatcher, events = run_action(ActionAnswerFact(), tracker)
    assert events == [SlotSet("fact_id", "normal_after_session")]
    assert responses(dispatcher)[-1] == "utter_safety_net"


def test_the_normal_after_session_fact_is_still_given_to_a_plain_question():
    tracker = make_tracker("how long does a session take", "ask_normal_after_session", slots={"disclaimer_shown": True})
    dispatcher, events = run_action(ActionAnswerFact(), tracker)
    assert events == [SlotSet("fact_id", "normal_after_session")]
    assert default_facts()["normal_after_session"].answer in dispatcher.messages[0]["text"]
    assert responses(dispatcher) == [None]  # no safety net on a question that mentions no body or symptom


def test_a_reassuring_answer_about_the_persons_body_always_comes_with_the_warning_signs():
    text = "is it normal to feel so out of puff after meso, I stop on the stairs"  # a report the detector may miss
    tracker = make_tracker(text, "ask_normal_after_session", slots={"disclaimer_shown": True})
    dispatcher, _ = run_action(ActionAnswerFact(), tracker)
    assert responses(dispatcher)[-1] == "utter_safety_net"


def _two_topic_tracker(text: str, topics: list, slots: dict = None):
    tracker = make_tracker(text, topics[0], slots={"disclaimer_shown": True, **(slots or {})})
    tracker.latest_message["fact_topics"] = topics
    return tracker


def test_a_question_about_two_topics_gets_both_answers_main_first_with_the_buttons_once():
    facts = default_facts()
    tracker = _two_topic_tracker("is it safe and does it work?", ["ask_side_effects", "ask_efficacy"])
    dispatcher, events = run_action(ActionAnswerFact(), tracker)
    first, second = dispatcher.messages
    assert first["text"] == f"{facts['side_effects'].answer}\n\n{citation_footer(facts['side_effects'])}" and not first["buttons"]
    assert second["text"] == f"{facts['efficacy'].answer}\n\n{citation_footer(facts['efficacy'])}"
    payloads = [b["payload"] for b in second["buttons"]]
    assert payloads[0] == "/tell_more" and "/ask_side_effects" not in payloads and "/ask_efficacy" not in payloads
    topics = [p for p in payloads if not p.startswith("/feedback")]
    assert len(topics) <= 4 and payloads[-2:] == [p for p in payloads if p.startswith("/feedback")]  # 👍/👎 rate the second
    assert events == [SlotSet("fact_id", "efficacy")]  # "Tell me more" follows the answer read last


def test_a_reassuring_second_topic_is_left_out_with_the_safety_net_after_a_report():
    tracker = _two_topic_tracker(
        "what is in it and what is normal after a session",
        ["ask_ingredients", "ask_normal_after_session"],
        slots={"escalation_level": "urgent"},
    )
    dispatcher, events = run_action(ActionAnswerFact(), tracker)
    assert default_facts()["ingredients"].answer in dispatcher.messages[0]["text"]
    assert responses(dispatcher) == [None, "utter_safety_net"]
    assert not any(default_facts()["normal_after_session"].answer in (m.get("text") or "") for m in dispatcher.messages)
    assert events == [SlotSet("fact_id", "ingredients")]


def test_topics_that_do_not_include_the_message_intent_are_ignored():
    tracker = _two_topic_tracker("does it work", ["ask_side_effects", "ask_regulation"])
    tracker.latest_message["intent"] = {"name": "ask_efficacy", "confidence": 0.9}
    dispatcher, events = run_action(ActionAnswerFact(), tracker)
    assert len(dispatcher.messages) == 1 and events == [SlotSet("fact_id", "efficacy")]


def test_a_keyword_query_about_an_emergency_sign_gets_the_safety_net_before_the_answer():
    tracker = make_tracker("meningitis after scalp injection", "ask_scalp_risk", slots={"disclaimer_shown": True})
    dispatcher, events = run_action(ActionAnswerFact(), tracker)
    assert responses(dispatcher) == ["utter_safety_net", None]
    assert events == [SlotSet("fact_id", "scalp_risk")]


def test_a_keyword_query_about_another_sign_gets_the_answer_then_the_safety_net():
    tracker = make_tracker("abscess meaning", "ask_abscess", slots={"disclaimer_shown": True})
    dispatcher, events = run_action(ActionAnswerFact(), tracker)
    assert responses(dispatcher) == [None, "utter_safety_net"]
    assert default_facts()["abscess"].answer in dispatcher.messages[0]["text"]
