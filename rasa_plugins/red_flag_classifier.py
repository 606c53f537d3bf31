"""The safety layer of NLU: every message goes through the deterministic detector (`bot.red_flags`) and
the trained safety model (`bot.safety_model`), after the intent classifier, and
`bot.safety_decision.decide` sets the intent (see its docstring for the rules).

The safety model trains with the rest of the pipeline (`rasa train`) on the NLU examples and on the
labelled sets in `safety_examples` (default `data/safety/`); a change to those files changes this
component's fingerprint, so Rasa retrains it. It is stored as data only (`rasa_plugins.model_files`).

The conversation's earlier signs come from the message guard (`rasa_plugins.message_guard`), which
reads them from the tracker and puts them in the message's metadata under `CONTEXT_KEY`; whatever a
client sent under that key is replaced. The findings go into the parse data as `red_flags`, which the
actions read (`latest_message`) instead of running the detector again.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.multilingual_encoder import MODEL_NAME as MULTILINGUAL_MODEL
from bot.multilingual_encoder import MultilingualEncoder
from bot.red_flags import Findings
from bot.safety_decision import ClassifierTrust, decide, detect_in_context, red_flags_parse_data
from bot.safety_model import (
    NO_SCORES,
    SafetyScores,
    files_fingerprint,
    scores_from_probabilities,
    training_examples,
    with_multilingual,
)
from bot.safety_sets import find_sets
from bot.settings import PROJECT_ROOT
from bot.triage import INTENT_LEVELS
from rasa_plugins import embedding_classifier
from rasa_plugins.model_files import StoredPipeline, build_pipeline, predict_proba
from rasa_plugins.tfidf_intent_classifier import TfidfIntentClassifier

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


def examples_folder(config: Dict[str, Any]) -> Path:
    folder = Path(str(config["safety_examples"]))
    return folder if folder.is_absolute() else PROJECT_ROOT / folder


# ClassifierTrust's thresholds and the settings in config.yml that set them
_THRESHOLD_SETTINGS: Dict[str, str] = {
    "min_confidence": "classifier_min_confidence",
    "escalate_at": "safety_escalate_at",
    "escalate_at_with_mild_signs": "safety_escalate_at_with_mild_signs",
    "emergency_at": "safety_emergency_at",
    "multilingual_emergency_at": "safety_multilingual_emergency_at",
    "multilingual_escalate_at": "safety_multilingual_escalate_at",
    "unread_escalate_at": "safety_unread_escalate_at",
    "unread_emergency_at": "safety_unread_emergency_at",
    "doubt_below": "safety_doubt_below",
    "overrule_at": "safety_overrule_at",
    "overrule_multilingual_at": "safety_overrule_multilingual_at",
    "keyword_doubt_below": "safety_keyword_doubt_below",
    "question_doubt_below": "safety_question_doubt_below",
    "own_question_escalate_at": "safety_own_question_escalate_at",
    "own_question_multilingual_at": "safety_own_question_multilingual_at",
}


def trust_from_config(config: Dict[str, Any]) -> ClassifierTrust:
    """The thresholds of `bot.safety_decision` from the component's settings (its defaults and config.yml's)."""
    config = {**RedFlagClassifier.get_default_config(), **config}
    thresholds: Dict[str, Any] = {field: float(config[setting]) for field, setting in _THRESHOLD_SETTINGS.items()}
    return replace(ClassifierTrust(classifier_only=config["classifier_only"]), **thresholds)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class RedFlagClassifier(StoredPipeline, GraphComponent, IntentClassifier):
    """config.yml: `classifier_only` ("urgent" or "safety_net") and `classifier_min_confidence`: what a
    symptom report seen by the ML classifiers alone leads to (`bot.safety_decision.ClassifierTrust`,
    which also holds the safety model's thresholds); `safety_examples` and `safety_C` train the model;
    `safety_multilingual` adds a second one, a logistic regression (`safety_multilingual_C`) on multilingual
    sentence embeddings (`bot.multilingual_encoder`), whose scores count from their own thresholds
    (`safety_multilingual_escalate_at`, `safety_multilingual_emergency_at`; `safety_unread_escalate_at` and
    `safety_unread_emergency_at` for a message in a language nothing else here reads)."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        defaults = ClassifierTrust()
        return {
            "classifier_only": defaults.classifier_only,
            **{setting: getattr(defaults, field) for field, setting in _THRESHOLD_SETTINGS.items()},
            "safety_examples": "data/safety",
            "safety_C": 4.0,
            "safety_multilingual": False,
            "safety_multilingual_C": 16.0,
        }

    def __init__(
        self,
        config: Optional[Dict[str, Any]] = None,
        model_storage: Optional[ModelStorage] = None,
        resource: Optional[Resource] = None,
        pipeline: Any = None,
        multilingual_model: Any = None,
        encoder: Optional[MultilingualEncoder] = None,
    ) -> None:
        config = {**self.get_default_config(), **(config or {})}
        if config["classifier_only"] not in ("urgent", "safety_net"):
            raise ValueError(
                f"config.yml: RedFlagClassifier classifier_only must be urgent or safety_net, not {config['classifier_only']!r}"
            )
        self.config = config
        self.trust = trust_from_config(config)
        self._model_storage = model_storage
        self._resource = resource
        self.pipeline = pipeline  # the safety model; None before training (then it scores nothing)
        self.multilingual_model = multilingual_model  # its second half, when safety_multilingual is on
        self.encoder = encoder

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        return files_fingerprint(find_sets(examples_folder({**cls.get_default_config(), **config})))

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> RedFlagClassifier:
        """Both halves of the safety model; a missing or invalid file refuses the model (ModelFileError)."""
        on = bool({**cls.get_default_config(), **config}["safety_multilingual"])
        pipeline, multilingual = embedding_classifier.read_stored(
            model_storage, resource, on, embedding_classifier.SAFETY_STEM, MULTILINGUAL_MODEL
        )
        return cls(config, model_storage, resource, pipeline, multilingual, MultilingualEncoder() if on else None)

    def train(self, training_data: TrainingData) -> Resource:
        intents = [(e.get(TEXT), e.get(INTENT)) for e in training_data.intent_examples if e.get(TEXT) and e.get(INTENT)]
        texts, levels = training_examples(find_sets(examples_folder(self.config)), intents, INTENT_LEVELS)
        # the intent classifier's features (word 1-2-grams, character 2-5-grams); its own C from config.yml
        settings = {**TfidfIntentClassifier.get_default_config(), "C": float(self.config["safety_C"])}
        self.pipeline = build_pipeline(settings).fit(texts, levels)
        if self.config["safety_multilingual"]:
            self.encoder = self.encoder or MultilingualEncoder()
            self.multilingual_model = embedding_classifier.train_embedding_classifier(
                self.encoder.encode(texts), levels, C=float(self.config["safety_multilingual_C"])
            )
        resource = self.store()
        if self.multilingual_model is not None and self._model_storage is not None:
            with self._model_storage.write_to(resource) as model_dir:
                embedding_classifier.write_files(
                    self.multilingual_model, model_dir, embedding_classifier.SAFETY_STEM, MULTILINGUAL_MODEL
                )
        return resource

    def scores(self, texts: List[str], read_all_languages: Optional[Sequence[bool]] = None) -> List[SafetyScores]:
        """The safety model's scores; the multilingual half reads only the texts `read_all_languages` marks
        (all by default): the decision uses its scores only for messages that talk about symptoms or that nothing else
        here could read (`Findings.foreign`)."""
        if self.pipeline is None:
            return [NO_SCORES for _ in texts]
        classes = [str(c) for c in self.pipeline.classes_]
        scores = [scores_from_probabilities(classes, row) for row in predict_proba(self.pipeline, texts)]
        chosen = [i for i in range(len(texts)) if read_all_languages is None or read_all_languages[i]]
        if self.multilingual_model is None or self.encoder is None or not chosen:
            return scores
        embedded = self.multilingual_model.predict_proba(self.encoder.encode([texts[i] for i in chosen]))
        for i, row in zip(chosen, embedded):
            scores[i] = with_multilingual(scores[i], scores_from_probabilities(classes, row))
        return scores

    def process(self, messages: List[Message]) -> List[Message]:
        texts = [message.get(TEXT) or "" for message in messages]
        findings = [detect_in_context(text, previous_text(message)) for text, message in zip(texts, messages)]
        scores = self.scores(texts, [found.symptom_related or found.foreign for found in findings])
        for message, found, scored in zip(messages, findings, scores):
            self._decide(message, found, scored)
        return messages

    def _decide(self, message: Message, findings: Findings, scores: SafetyScores) -> None:
        classified = message.get(INTENT) or {}
        current = classified.get("name")
        confidence = float(classified.get("confidence") or 0.0)
        decision = decide(findings, current, earlier_signs(message), confidence, self.trust, scores)
        message.set(RED_FLAGS_KEY, red_flags_parse_data(findings, decision, scores, classified), add_to_output=True)
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
