"""Greeting, "did you mean", and out-of-scope replies; the last two record what went unanswered."""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import disclaimer_once, settings
from bot.bot_db import BotDbError
from bot.fact_replies import clarify_button, closest_topics, topic_button
from bot.facts import default_facts
from bot.names import SLOT_FACT_ID, SLOT_REQUESTED
from bot.triage import TRIAGE_SLOTS
from bot.unanswered_log import record_unanswered

logger = logging.getLogger(__name__)


def _top_intents(tracker: Tracker, limit: int = 3) -> List[Tuple[str, float]]:
    ranking = tracker.latest_message.get("intent_ranking") or []
    return [
        (str(r.get("name")), round(float(r.get("confidence") or 0.0), 3)) for r in ranking if r.get("name") != "nlu_fallback"
    ][:limit]


def _record(tracker: Tracker, reason: str) -> None:
    try:
        record_unanswered(
            settings().bot_db, tracker.sender_id, tracker.latest_message.get("text") or "", reason, _top_intents(tracker)
        )
    except BotDbError as error:
        logger.error("could not record an unanswered question: %s", error)


class ActionGreet(Action):
    def name(self) -> str:
        return "action_greet"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        dispatcher.utter_message(response="utter_greet")
        events = disclaimer_once(tracker, dispatcher, after_greeting=True)
        facts = default_facts()
        dispatcher.utter_message(
            text="What would you like to know?",
            buttons=[topic_button(facts[i]).as_dict() for i in ("efficacy", "ingredients", "proven_treatments", "side_effects")],
        )
        return events


class ActionClarify(Action):
    """Low NLU confidence: say so and offer the closest topics instead of guessing."""

    def name(self) -> str:
        return "action_clarify"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        _record(tracker, "low_confidence")
        facts = default_facts()
        topics = closest_topics(tracker.latest_message.get("intent_ranking") or [], facts)
        events = disclaimer_once(tracker, dispatcher)
        dispatcher.utter_message(response="utter_clarify", buttons=[clarify_button(f).as_dict() for f in topics])
        return events


class ActionOutOfScope(Action):
    def name(self) -> str:
        return "action_out_of_scope"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        _record(tracker, "out_of_scope")
        events = disclaimer_once(tracker, dispatcher)
        dispatcher.utter_message(response="utter_out_of_scope")
        return events


class ActionStartOver(Action):
    """ "Start over": a fresh topic and no pending triage question, but the escalation level, the
    record of the escalation and the signs reported stay (a typed /restart can no longer reset them)."""

    def name(self) -> str:
        return "action_start_over"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        return [SlotSet(SLOT_FACT_ID, None), SlotSet(SLOT_REQUESTED, None)] + [SlotSet(s, None) for s in TRIAGE_SLOTS]
