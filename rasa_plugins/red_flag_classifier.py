"""The deterministic safety layer of NLU: every message goes through `bot.red_flags.detect`, after the
ML classifier, and `bot.safety_decision.decide` sets the intent (see its docstring for the rules).

The conversation's earlier signs come from the message guard (`rasa_plugins.message_guard`), which
reads them from the tracker and puts them in the message's metadata under `CONTEXT_KEY`; whatever a
client sent under that key is replaced. The findings go into the parse data as `red_flags`, which the
actions read (`latest_message`) instead of running the detector again.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.safety_decision import ClassifierTrust, decide, detect_in_context, red_flags_parse_data

logger = logging.getLogger(__name__)

RED_FLAGS_KEY = "red_flags"
CONTEXT_KEY = "red_flag_context"  # metadata: {"signs": [...] reported earlier, "previous_text": the last user message}


def _context(message: Message) -> Dict[str, Any]:
    metadata = message.get("metadata") or {}
    context = metadata.get(CONTEXT_KEY) if isinstance(metadata, dict) else None
    return context if isinstance(context, dict) else {}


def earlier_signs(message: Message) -> List[str]:
    signs = _context(message).get("signs")
    return [s for s in signs if isinstance(s, str)] if isinstance(signs, list) else []


def previous_text(message: Message) -> str:
    text = _context(message).get("previous_text")
    return text if isinstance(text, str) else ""


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class RedFlagClassifier(GraphComponent, IntentClassifier):
    """config.yml: `classifier_only` ("urgent" or "safety_net") and `classifier_min_confidence`: what a
    symptom report seen by the ML classifier alone leads to (`bot.safety_decision.ClassifierTrust`)."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {"classifier_only": "urgent", "classifier_min_confidence": 0.0}

    def __init__(self, config: Optional[Dict[str, Any]] = None) -> None:
        config = {**self.get_default_config(), **(config or {})}
        if config["classifier_only"] not in ("urgent", "safety_net"):
            raise ValueError(
                f"config.yml: RedFlagClassifier classifier_only must be urgent or safety_net, not {config['classifier_only']!r}"
            )
        self.trust = ClassifierTrust(config["classifier_only"], float(config["classifier_min_confidence"]))

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RedFlagClassifier:
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._decide(message)
        return messages

    def _decide(self, message: Message) -> None:
        findings = detect_in_context(message.get(TEXT) or "", previous_text(message))
        classified = message.get(INTENT) or {}
        current = classified.get("name")
        confidence = float(classified.get("confidence") or 0.0)
        decision = decide(findings, current, earlier_signs(message), confidence, self.trust)
        message.set(RED_FLAGS_KEY, red_flags_parse_data(findings, decision), add_to_output=True)
        if decision.intent is None or decision.intent == current:
            return
        intent = {"name": decision.intent, "confidence": 1.0}
        logger.info(
            "safety layer: %s from %s (signs: %s), classifier said %s",
            decision.intent,
            decision.source,
            ",".join(decision.signs),
            current,
        )
        message.set(INTENT, intent, add_to_output=True)
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != intent["name"]]
        message.set(INTENT_RANKING_KEY, [intent] + ranking, add_to_output=True)
