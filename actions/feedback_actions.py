"""The patient's 👍/👎 on a fact answer and the optional "what was missing?" text (bot/feedback.py)."""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel_of, settings
from actions.facts_actions import ActionAnswerFact, ActionTellMore
from bot.bot_db import BotDbError
from bot.facts import default_facts
from bot.feedback import add_comment, looks_like_question, record_vote
from bot.http_guard import conversation_ref
from bot.names import ENTITY_FEEDBACK_FACT, INTENT_FEEDBACK_HELPFUL, SLOT_FACT_ID

logger = logging.getLogger(__name__)
TELL_MORE_INTENT = "tell_more"


def rated_fact(tracker: Tracker) -> Optional[str]:
    """The fact the vote is about: the button's entity, else the last fact answered."""
    facts = default_facts()
    for candidate in (next(tracker.get_latest_entity_values(ENTITY_FEEDBACK_FACT), None), tracker.get_slot(SLOT_FACT_ID)):
        if isinstance(candidate, str) and candidate in facts:
            return candidate
    return None


class ActionRecordFeedback(Action):
    """👍 thanks the patient; 👎 is followed (data/rules_feedback.yml) by "what was missing?"."""

    def name(self) -> str:
        return "action_record_feedback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        helpful = (tracker.latest_message.get("intent") or {}).get("name") == INTENT_FEEDBACK_HELPFUL
        fact_id = rated_fact(tracker)
        if fact_id is not None:
            try:
                record_vote(settings().bot_db, tracker.sender_id, channel_of(tracker), fact_id, helpful)
            except BotDbError as error:
                logger.error("could not record feedback: %s", error)
        else:
            logger.debug("conversation %s: feedback without a topic, not recorded", conversation_ref(tracker.sender_id))
        if helpful:
            dispatcher.utter_message(response="utter_feedback_thanks")
        return []


class ActionRecordFeedbackComment(Action):
    """The reply to "what was missing?". A question, or anything touching symptoms, is answered as it
    would be anywhere else; other words are kept as the comment on the 👎."""

    def name(self) -> str:
        return "action_record_feedback_comment"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        intent = (tracker.latest_message.get("intent") or {}).get("name") or ""
        found = tracker.latest_message.get("red_flags") or {}
        if (looks_like_question(text) or found.get("symptom_related") or found.get("signs")) and intent.startswith("ask_"):
            return await ActionAnswerFact().run(dispatcher, tracker, domain)
        if looks_like_question(text) and intent == TELL_MORE_INTENT:
            return await ActionTellMore().run(dispatcher, tracker, domain)
        try:
            add_comment(settings().bot_db, tracker.sender_id, text)
        except BotDbError as error:
            logger.error("could not record a feedback comment: %s", error)
        dispatcher.utter_message(response="utter_feedback_comment_thanks")
        return []
