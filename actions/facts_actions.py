"""Answers from the curated facts module."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answer_counts import note_answer
from actions.common import disclaimer_once, send_reply
from bot.fact_replies import answer_reply, more_reply, topic_button, two_topic_replies
from bot.facts import default_facts, fact_id_for_intent
from bot.feedback import with_feedback
from bot.names import REASSURING_FACTS, SLOT_ESCALATION_LEVEL, SLOT_FACT_ID, TRIAGE_FORM
from bot.safety_decision import asked_safety_net, reassurance_withheld
from bot.topic_split import FACT_TOPICS_KEY


class ActionAnswerFact(Action):
    """Answers the fact of the message's topic; a question about two topics (the classifier's `fact_topics`,
    bot.topic_split) gets both answers, since the patient asked both; a reassuring second topic is left
    out, with the safety net, where the first would be withheld too."""

    def name(self) -> str:
        return "action_answer_fact"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        facts = default_facts()
        fact_id = fact_id_for_intent((tracker.latest_message.get("intent") or {}).get("name") or "")
        if fact_id is None:
            dispatcher.utter_message(response="utter_default")
            return []
        found = tracker.latest_message.get("red_flags") or {}
        net = asked_safety_net(found)
        if net == "first":  # before the disclaimer too: nothing goes ahead of emergency signs
            dispatcher.utter_message(response="utter_safety_net")
        events = disclaimer_once(tracker, dispatcher)
        triage_active = (tracker.active_loop or {}).get("name") == TRIAGE_FORM
        level = tracker.get_slot(SLOT_ESCALATION_LEVEL) or "none"

        # a sign only asked about counts here too: "is it normal to get bald spots where they injected?" is not
        # answered with "common minor effects" (the conditional safety net answers it)
        named = list(found.get("signs") or []) + list(found.get("asked_signs") or [])

        def withheld(topic: str) -> bool:
            return reassurance_withheld(topic, level, triage_active, named)

        if withheld(fact_id):
            if net != "first":
                dispatcher.utter_message(response="utter_safety_net")
            return events
        second = _second_topic(tracker, fact_id)
        safety_net = bool(second and withheld(second))
        if second and not safety_net:
            first_reply, second_reply = two_topic_replies(facts[fact_id], facts[second], facts)
            send_reply(dispatcher, first_reply)
            send_reply(dispatcher, with_feedback(second_reply))  # the buttons come once, under the answer read last
            note_answer(tracker, fact_id)
            fact_id = second  # "Tell me more" and 👍/👎 follow the answer read last
        else:
            send_reply(dispatcher, with_feedback(answer_reply(facts[fact_id], facts)))
        note_answer(tracker, fact_id)
        answered = (fact_id, second) if second and not safety_net else (fact_id,)
        if net != "first" and (
            safety_net or net == "after" or (found.get("symptom_related") and any(f in REASSURING_FACTS for f in answered))
        ):
            # "What is normal" to someone describing their own body: never without the warning signs.
            dispatcher.utter_message(response="utter_safety_net")
        return events + [SlotSet(SLOT_FACT_ID, fact_id)]


def _second_topic(tracker: Tracker, main: str) -> Optional[str]:
    topics = [fact_id_for_intent(str(i)) for i in tracker.latest_message.get(FACT_TOPICS_KEY) or []]
    others = [t for t in topics if t and t != main]
    return others[0] if main in topics and others else None


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
