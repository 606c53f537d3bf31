"""The feedback actions: a 👍/👎 is stored for the fact its button names, the reply to "what was
missing?" is kept as the comment unless it is a question or about symptoms, and answers are counted."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Tracker

from actions.facts_actions import ActionAnswerFact, ActionTellMore
from actions.feedback_actions import ActionRecordFeedback, ActionRecordFeedbackComment
from bot import bot_db
from bot.facts import default_facts
from bot.feedback import list_feedback, record_vote
from bot.settings import Settings
from tests.actions.helpers import make_tracker, responses, run_action


def with_entity(tracker: Tracker, fact_id: str) -> Tracker:
    entities: List[Dict[str, Any]] = [{"entity": "feedback_fact", "value": fact_id}]
    tracker.latest_message["entities"] = entities
    return tracker


def test_a_thumbs_up_is_stored_for_the_fact_its_button_names(answers_counted_in_tmp: Settings) -> None:
    tracker = with_entity(
        make_tracker("/feedback_helpful", "feedback_helpful", slots={"fact_id": "ingredients"}, channel="slack"), "efficacy"
    )
    dispatcher, events = run_action(ActionRecordFeedback(), tracker)
    assert responses(dispatcher) == ["utter_feedback_thanks"] and events == []
    [vote] = list_feedback(answers_counted_in_tmp.bot_db_path)
    assert (vote.conversation_id, vote.channel, vote.fact_id, vote.helpful) == ("conversation-1", "slack", "efficacy", True)


def test_a_typed_thumbs_down_rates_the_last_fact_and_says_nothing_itself(answers_counted_in_tmp: Settings) -> None:
    tracker = make_tracker("that didn't help", "feedback_unhelpful", slots={"fact_id": "minoxidil"})
    dispatcher, _ = run_action(ActionRecordFeedback(), tracker)
    assert dispatcher.messages == []  # the rule's utter_ask_feedback_comment follows
    [vote] = list_feedback(answers_counted_in_tmp.bot_db_path)
    assert (vote.fact_id, vote.helpful) == ("minoxidil", False)


def test_feedback_for_an_unknown_fact_is_not_stored(answers_counted_in_tmp: Settings) -> None:
    run_action(ActionRecordFeedback(), with_entity(make_tracker("/feedback_helpful", "feedback_helpful"), "no_such_fact"))
    assert list_feedback(answers_counted_in_tmp.bot_db_path) == []


def test_a_remark_after_thumbs_down_is_kept_as_the_comment(answers_counted_in_tmp: Settings) -> None:
    db = answers_counted_in_tmp.bot_db_path
    record_vote(db, "conversation-1", "rest", "efficacy", False)
    tracker = make_tracker("the price per session", "ask_what_is_mesotherapy", slots={"disclaimer_shown": True})
    dispatcher, events = run_action(ActionRecordFeedbackComment(), tracker)
    assert responses(dispatcher) == ["utter_feedback_comment_thanks"] and events == []
    assert list_feedback(db)[0].comment == "the price per session"


def test_a_question_after_thumbs_down_is_answered_as_usual(answers_counted_in_tmp: Settings) -> None:
    db = answers_counted_in_tmp.bot_db_path
    record_vote(db, "conversation-1", "rest", "efficacy", False)
    text, intent = "what is injected?", "ask_ingredients"
    slots = {"disclaimer_shown": True}
    dispatcher, events = run_action(ActionRecordFeedbackComment(), make_tracker(text, intent, slots=slots))
    usual, usual_events = run_action(ActionAnswerFact(), make_tracker(text, intent, slots=slots))
    assert dispatcher.messages == usual.messages and events == usual_events
    assert default_facts()["ingredients"].answer in dispatcher.messages[0]["text"]
    assert list_feedback(db)[0].comment == ""
    more, _ = run_action(
        ActionRecordFeedbackComment(), make_tracker("can you tell me more?", "tell_more", slots={"fact_id": "efficacy"})
    )
    usual_more, _ = run_action(
        ActionTellMore(), make_tracker("can you tell me more?", "tell_more", slots={"fact_id": "efficacy"})
    )
    assert more.messages == usual_more.messages


def test_a_remark_about_symptoms_gets_the_usual_answer_not_the_comment_thanks(answers_counted_in_tmp: Settings) -> None:
    record_vote(answers_counted_in_tmp.bot_db_path, "conversation-1", "rest", "normal_after_session", False)
    text = "it didn't say if my scalp being sore and puffy since yesterday is normal"
    tracker = make_tracker(text, "ask_normal_after_session", slots={"disclaimer_shown": True})
    dispatcher, _ = run_action(ActionRecordFeedbackComment(), tracker)
    assert "utter_feedback_comment_thanks" not in responses(dispatcher)
    assert responses(dispatcher)[-1] == "utter_safety_net"


def test_fact_answers_are_counted_with_their_channel(answers_counted_in_tmp: Settings) -> None:
    run_action(
        ActionAnswerFact(), make_tracker("does it work", "ask_efficacy", slots={"disclaimer_shown": True}, channel="socketio")
    )
    run_action(ActionTellMore(), make_tracker("tell me more", "tell_more", slots={"fact_id": "efficacy"}, channel="socketio"))
    rows = bot_db.query(
        answers_counted_in_tmp.bot_db_path, "SELECT conversation_id, channel, fact_id, kind FROM fact_answers ORDER BY id"
    )
    assert [tuple(r) for r in rows] == [
        ("conversation-1", "socketio", "efficacy", "answer"),
        ("conversation-1", "socketio", "efficacy", "more"),
    ]
