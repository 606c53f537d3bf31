"""Escalation: raise the conversation's level, record it, alert clinic staff, run the triage form.

The advice itself is sent first by the Rasa server (domain responses, see data/rules.yml); these
actions add what needs our own code. Nothing here waits for the staff webhook.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import channel_of, settings
from bot.bot_db import BotDbError
from bot.escalation_log import record_escalation, record_followup
from bot.handoff import HANDOFF_SLOT, handoff_offer
from bot.handoff_log import record_not_offered
from bot.http_guard import conversation_ref
from bot.names import SLOT_ESCALATION_LEVEL, SLOT_FACT_ID
from bot.red_flags import SIGN_LABELS
from bot.staff_alerts import get_alerter
from bot.triage import TRIAGE_SLOTS, assess, triage_answer

logger = logging.getLogger(__name__)


def red_flags(tracker: Tracker) -> Dict[str, Any]:
    """The safety layer's findings for the latest message, as the NLU pipeline put them in the parse
    data (rasa_plugins/red_flag_classifier.py): the detector is not run a second time here."""
    found = tracker.latest_message.get("red_flags")
    return found if isinstance(found, dict) else {}


def _alert_staff(tracker: Tracker, level: str, signs: List[str]) -> None:
    """Record the escalation and queue the staff alert; never raises, never waits."""
    try:
        row_id = record_escalation(
            settings().bot_db,
            tracker.sender_id,
            channel_of(tracker),
            level,
            signs,
            tracker.latest_message.get("text") or "",
        )
        get_alerter(settings(), SIGN_LABELS).enqueue(row_id)
    except BotDbError as error:
        logger.error("ESCALATION NOT RECORDED (conversation %s, %s): %s", conversation_ref(tracker.sender_id), level, error)


class ActionEscalate(Action):
    def name(self) -> str:
        return "action_escalate"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        found = red_flags(tracker)
        signs = [s for s in found.get("signs") or [] if isinstance(s, str)]
        earlier = [s for s in found.get("conversation_signs") or [] if isinstance(s, str)]
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        result = assess(intent, str(found.get("level") or "none"), signs, tracker.get_slot(SLOT_ESCALATION_LEVEL), earlier)
        # Staff see every sign the conversation reported, not only this message's.
        _alert_staff(tracker, result.level, sorted(set(result.signs) | set(earlier)))
        events = [SlotSet(SLOT_ESCALATION_LEVEL, result.level)]
        if result.level in ("urgent", "emergency"):
            # "Tell me more" then gives the advice's sources, which the instruction itself leaves out.
            events.append(SlotSet(SLOT_FACT_ID, f"{result.level}_advice"))
        return events


class ActionMarkFollowup(Action):
    """After the clinic's contact details (utter_handoff, sent by the Rasa server): record the follow-up
    and, where a live handoff is offered (bot.handoff.handoff_offer), ask the staff channel (the Rasa
    server's handoff desk posts the request when it sees the `handoff` slot become waiting), or say at
    once that nobody can join outside opening hours."""

    def name(self) -> str:
        return "action_mark_followup"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        db = settings().bot_db
        channel = channel_of(tracker)
        try:
            record_followup(db, tracker.sender_id, channel, "asked for a person")
        except BotDbError as error:
            logger.error("FOLLOW-UP NOT RECORDED (conversation %s): %s", conversation_ref(tracker.sender_id), error)
        if tracker.get_slot(HANDOFF_SLOT) in ("waiting", "active"):
            return []
        offer = handoff_offer(settings(), channel, datetime.now(timezone.utc))
        if offer == "live":
            dispatcher.utter_message(response="utter_handoff_waiting")
            return [SlotSet(HANDOFF_SLOT, "waiting")]
        if offer == "outside_hours":
            dispatcher.utter_message(response="utter_handoff_outside_hours")
            level = tracker.get_slot(SLOT_ESCALATION_LEVEL) or "none"
            try:
                record_not_offered(db, tracker.sender_id, channel, level, "outside_hours")
            except BotDbError as error:
                logger.error("HANDOFF NOT RECORDED (conversation %s): %s", conversation_ref(tracker.sender_id), error)
        return []


class ValidateTriageForm(FormValidationAction):
    """Any yes to an emergency question upgrades to emergency at once and ends the questions."""

    def name(self) -> str:
        return "validate_triage_form"

    async def required_slots(
        self, domain_slots: List[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[str]:
        if tracker.get_slot(SLOT_ESCALATION_LEVEL) == "emergency":
            return []
        return domain_slots

    def _answer(self, slot: str, tracker: Tracker, dispatcher: CollectingDispatcher) -> Dict[str, Any]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        signs = [s for s in red_flags(tracker).get("signs") or [] if isinstance(s, str)]
        answer: Optional[bool] = triage_answer(slot, intent, signs)
        if answer is None:
            return {slot: None}
        if not answer:
            return {slot: False}
        dispatcher.utter_message(response="utter_emergency")
        _alert_staff(tracker, "emergency", [slot] + signs)
        # The remaining questions no longer matter: fill them so the form ends now.
        return {
            **{s: tracker.get_slot(s) or False for s in TRIAGE_SLOTS},
            slot: True,
            SLOT_ESCALATION_LEVEL: "emergency",
            SLOT_FACT_ID: "emergency_advice",
        }

    async def validate_triage_fever(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[str, Any]:
        return self._answer("triage_fever", tracker, dispatcher)

    async def validate_triage_spreading(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[str, Any]:
        return self._answer("triage_spreading", tracker, dispatcher)

    async def validate_triage_severe_pain(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[str, Any]:
        return self._answer("triage_severe_pain", tracker, dispatcher)

    async def validate_triage_systemic(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[str, Any]:
        return self._answer("triage_systemic", tracker, dispatcher)
