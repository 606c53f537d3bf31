"""Names shared with domain.yml and outside tools: slots and intents. Contract names (fact_id,
escalation_level) are read by other tools through Rasa's HTTP API: never rename them."""

from __future__ import annotations

from typing import Tuple

SLOT_FACT_ID = "fact_id"
SLOT_ESCALATION_LEVEL = "escalation_level"
SLOT_DISCLAIMER_SHOWN = "disclaimer_shown"
SLOT_REQUESTED = "requested_slot"

INTENT_REPORT_URGENT = "report_urgent"
INTENT_REPORT_EMERGENCY = "report_emergency"
INTENT_SYMPTOM_UNCLEAR = "symptom_unclear"
INTENT_START_OVER = "start_over"
INTENT_AFFIRM = "affirm"
INTENT_DENY = "deny"
# Patient feedback on a fact answer (bot/feedback.py): the 👍/👎 buttons' intents; their payloads
# carry the fact as this entity, so an older answer's buttons (Slack keeps them) rate the right fact.
INTENT_FEEDBACK_HELPFUL = "feedback_helpful"
INTENT_FEEDBACK_UNHELPFUL = "feedback_unhelpful"
ENTITY_FEEDBACK_FACT = "feedback_fact"

TRIAGE_FORM = "triage_form"
# Facts that say "this is usually fine": never the answer to a symptom report or during triage.
REASSURING_FACTS: Tuple[str, ...] = ("normal_after_session", "side_effects")
