"""The bot stays quiet while clinic staff have the conversation, except for safety advice.

While the `handoff` slot is ``waiting`` or ``active`` (docs/handoff.md), this policy outranks the
rules (priority 7 against RulePolicy's 6) and, after each patient message:

- a report the red-flag layer (which still runs on every message, inside the NLU pipeline) read as
  an emergency gets ``utter_emergency`` at once, then ``action_escalate`` (record + staff alert);
- an urgent report gets ``utter_urgent`` and ``action_escalate``, without the triage questions: a
  person from the clinic is on the conversation and sees the warning in their thread;
- "delete my conversation" is left to the rules (the confirmation button still works);
- anything else: ``action_listen``, i.e. no reply from the bot. The message guard relays the message
  to the staff thread (`rasa_plugins.handoff_desk`).

Otherwise it abstains (all zeros), so the other policies decide as before. Nothing is trained.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.handoff import HANDOFF_SLOT
from bot.names import INTENT_REPORT_EMERGENCY, INTENT_REPORT_URGENT

QUIET_STATES = ("waiting", "active")
LEFT_TO_THE_RULES = ("forget_conversation", "confirm_forget")
SAFETY_PLANS: Dict[str, Sequence[str]] = {
    INTENT_REPORT_EMERGENCY: ("utter_emergency", "action_escalate"),
    INTENT_REPORT_URGENT: ("utter_urgent", "action_escalate"),
}


def actions_since_user(tracker: DialogueStateTracker) -> List[str]:
    """Names of the actions run since the latest user message."""
    names: List[str] = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, ActionExecuted) and event.action_name:
            names.append(event.action_name)
    return list(reversed(names))


def quiet_next_action(handoff: Optional[str], intent: Optional[str], done: Sequence[str]) -> Optional[str]:
    """The action this policy insists on, or None to abstain."""
    if handoff not in QUIET_STATES or intent in LEFT_TO_THE_RULES:
        return None
    plan = SAFETY_PLANS.get(intent or "", ())
    taken = [name for name in done if name in plan]
    return plan[len(taken)] if len(taken) < len(plan) else ACTION_LISTEN_NAME


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class HandoffPolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {"priority": 7}

    def __init__(
        self,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Optional[Any] = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[str, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        intent = (tracker.latest_message.intent or {}).get("name") if tracker.latest_message else None
        action = quiet_next_action(tracker.get_slot(HANDOFF_SLOT), intent, actions_since_user(tracker))
        probabilities = self._default_predictions(domain)
        if action is not None:
            probabilities[domain.index_for_action(action)] = 1.0
        return self._prediction(probabilities)
