"""Answers from the curated facts module."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer_counts import note_answer
from actions.common import disclaimer_once, send_reply
from bot.fact_replies import answer_reply, more_reply, topic_button
from bot.facts import default_facts, fact_id_for_intent
from bot.feedback import with_feedback
from bot.names import REASSURING_FACTS, SLOT_ESCALATION_LEVEL, SLOT_FACT_ID, TRIAGE_FORM
from bot.safety_decision import reassurance_withheld


class ActionAnswerFact(Action):
    def name(self) -> str:
        return "action_answer_fact"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        facts = default_facts()
        fact_id = fact_id_for_intent((tracker.latest_message.get("intent") or {}).get("name") or "")
        if fact_id is None:
            dispatcher.utter_message(response="utter_default")
            return []
        events = disclaimer_once(tracker, dispatcher)
        found = tracker.latest_message.get("red_flags") or {}
        triage_active = (tracker.active_loop or {}).get("name") == TRIAGE_FORM
        if reassurance_withheld(
            fact_id, tracker.get_slot(SLOT_ESCALATION_LEVEL) or "none", triage_active, found.get("signs") or []
        ):
            dispatcher.utter_message(response="utter_safety_net")
            return events
        send_reply(dispatcher, with_feedback(answer_reply(facts[fact_id], facts)))
        note_answer(tracker, fact_id)
        if fact_id in REASSURING_FACTS and found.get("symptom_related"):
            # "What is normal" to someone describing their own body: never without the warning signs.
            dispatcher.utter_message(response="utter_safety_net")
        return events + [SlotSet(SLOT_FACT_ID, fact_id)]


class ActionTellMore(Action):
    def name(self) -> str:
        return "action_tell_more"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        facts = default_facts()
        fact = facts.get(tracker.get_slot(SLOT_FACT_ID) or "")
        if fact is None:
            dispatcher.utter_message(response="utter_clarify", buttons=_starter_buttons(facts))
            return []
        reply = more_reply(fact, facts)
        if not reply.text:
            dispatcher.utter_message(response="utter_no_more", buttons=[b.as_dict() for b in reply.buttons])
            return []
        send_reply(dispatcher, with_feedback(reply))
        note_answer(tracker, fact.id, "more")
        return [SlotSet(SLOT_FACT_ID, fact.id)]


def _starter_buttons(facts: Dict[str, Any]) -> List[Dict[str, str]]:
    return [topic_button(facts[i]).as_dict() for i in ("efficacy", "ingredients", "side_effects")]
