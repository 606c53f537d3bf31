"""The deterministic safety layer of NLU: every message goes through `bot.red_flags.detect`.

A detected symptom report overrides the classifier's intent with `report_urgent` or
`report_emergency`, so an emergency never depends on the ML classifier alone.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.escalation_levels import rank
from bot.red_flags import detect
from bot.triage import INTENT_LEVELS

logger = logging.getLogger(__name__)

INTENT_FOR_LEVEL = {level: intent for intent, level in INTENT_LEVELS.items()}
RED_FLAGS_KEY = "red_flags"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class RedFlagClassifier(GraphComponent, IntentClassifier):
    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RedFlagClassifier:
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._override(message)
        return messages

    @staticmethod
    def _override(message: Message) -> None:
        findings = detect(message.get(TEXT) or "")
        message.set(RED_FLAGS_KEY, {"level": findings.level, "signs": list(findings.signs)}, add_to_output=True)
        if not findings.escalates:
            return
        current = (message.get(INTENT) or {}).get("name")
        if rank(INTENT_LEVELS.get(current or "", "none")) >= rank(findings.level):
            return
        intent = {"name": INTENT_FOR_LEVEL[findings.level], "confidence": 1.0}
        logger.info("red-flag detector: %s (signs: %s), classifier said %s", findings.level, ",".join(findings.signs), current)
        message.set(INTENT, intent, add_to_output=True)
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != intent["name"]]
        message.set(INTENT_RANKING_KEY, [intent] + ranking, add_to_output=True)
