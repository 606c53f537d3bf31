"""Intent classifier: TF-IDF word and character n-grams with a logistic regression (scikit-learn).

Chosen over DIET for this bot (see README, "Performance"): no TensorFlow in the server, training in
seconds, inference well under a millisecond, and accuracy measured beside DIET in `make bench`.
Rasa's own LogisticRegressionClassifier has no regularisation setting and no TF-IDF weighting,
which cost several points of held-out accuracy here. Text goes through `bot.chat_text.normalise`
first (shared with the red-flag detector). The trained model is stored as data only
(`rasa_plugins.model_files`).

With `embedding_cascade` on, messages the TF-IDF model is unsure of also go through all-MiniLM-L6-v2
embeddings and a second logistic regression (rasa_plugins.embedding_classifier); the encoder loads once, when
the component loads. Clauses of a two-topic question are scored by TF-IDF alone, as the 0.5 threshold was set.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.facts import fact_id_for_intent
from bot.sentence_encoder import SentenceEncoder
from bot.topic_split import FACT_TOPICS_KEY, clauses, is_question, two_topics
from rasa_plugins import embedding_classifier
from rasa_plugins.model_files import StoredPipeline, build_pipeline, predict_proba


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfIntentClassifier(StoredPipeline, GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {
            "C": 50.0,
            "word_max_ngram": 2,
            "char_min_ngram": 2,
            "char_max_ngram": 5,
            "random_state": 42,
            "ranking_length": 10,
            # A clause must name its own topic at least this confidently for a question to count as two
            # topics ("is it safe and does it work?"; bot.topic_split).
            "second_topic_min_confidence": 0.5,
            # The embedding cascade (off unless config.yml turns it on); its three settings are chosen by
            # `python -m bench.intent_cascade` (cross-validation on data/nlu/, see docs/nlu.md).
            "embedding_cascade": False,
            "cascade_below": 0.7,
            "cascade_weight": 0.7,
            "embedding_C": 10.0,
        }

    def __init__(
        self,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        pipeline: Any = None,
        embedding_model: Any = None,
        encoder: Optional[SentenceEncoder] = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.pipeline = pipeline
        self.embedding_model = embedding_model
        self.encoder = encoder

    @classmethod
    def load(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> TfidfIntentClassifier:
        """Also loads the embedding model and the encoder when the cascade is on (a missing file refuses the model)."""
        cascade = bool({**cls.get_default_config(), **config}["embedding_cascade"])
        pipeline, embedding_model = embedding_classifier.read_stored(model_storage, resource, cascade)
        encoder = SentenceEncoder.from_package() if cascade else None
        return cls(config, model_storage, resource, pipeline, embedding_model, encoder)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(TEXT) and e.get(INTENT)]
        texts, labels = [e.get(TEXT) for e in examples], [e.get(INTENT) for e in examples]
        self.pipeline = build_pipeline(self.config).fit(texts, labels)
        if self.config["embedding_cascade"]:
            self.encoder = self.encoder or SentenceEncoder.from_package()
            vectors = self.encoder.encode(texts)
            self.embedding_model = embedding_classifier.train_embedding_classifier(
                vectors, labels, float(self.config["embedding_C"]), self.config["random_state"]
            )
        return self.store()

    def store(self) -> Resource:
        resource = super().store()
        if self.embedding_model is not None and self._model_storage is not None:
            with self._model_storage.write_to(resource) as model_dir:
                embedding_classifier.write_files(self.embedding_model, model_dir)
        return resource

    def probabilities(self, texts: List[str]) -> np.ndarray:
        """TF-IDF's probabilities, with the embeddings' mixed in for the unsure messages when the cascade is on."""
        tfidf = np.asarray(predict_proba(self.pipeline, texts))
        if self.embedding_model is None or self.encoder is None:
            return tfidf
        mixed, _ = embedding_classifier.cascade(
            tfidf,
            texts,
            self.encoder.encode,
            self.embedding_model,
            float(self.config["cascade_below"]),
            float(self.config["cascade_weight"]),
        )
        return mixed

    def process(self, messages: List[Message]) -> List[Message]:
        if self.pipeline is None:
            return messages
        texts = [m.get(TEXT) or "" for m in messages]
        probabilities = self.probabilities(texts)
        classes = [str(c) for c in self.pipeline.classes_]
        for message, text, row in zip(messages, texts, probabilities):
            scored = sorted(((float(p), c) for c, p in zip(classes, row)), key=lambda pair: -pair[0])
            ranking = [{"name": name, "confidence": confidence} for confidence, name in scored]
            topics = self._two_topics(text, str(ranking[0]["name"]), classes)
            if topics:
                ranking = self._with_main_topic_first(ranking, topics)
                message.set(FACT_TOPICS_KEY, topics, add_to_output=True)
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking[: self.config["ranking_length"]], add_to_output=True)
        return messages

    def _two_topics(self, text: str, main: str, classes: List[str]) -> List[str]:
        """The two topics a question asks about, main first, or [] (bot.topic_split): each clause scored alone."""
        parts = [part for part in clauses(text) if is_question(part, text)]
        if len(parts) < 2:
            return []
        best = [(classes[int(row.argmax())], float(row.max())) for row in predict_proba(self.pipeline, parts)]
        return two_topics(
            main, best, lambda intent: fact_id_for_intent(intent) is not None, float(self.config["second_topic_min_confidence"])
        )

    @staticmethod
    def _with_main_topic_first(ranking: List[Dict[str, Any]], topics: List[str]) -> List[Dict[str, Any]]:
        """Two topics each understood confidently in its own clause are not a low-confidence message, though the
        whole message splits its probability between them: the main topic leads with the two's combined score
        (so the FallbackClassifier keeps it), the second follows."""
        confidence = {entry["name"]: entry["confidence"] for entry in ranking}
        main = {"name": topics[0], "confidence": min(1.0, confidence[topics[0]] + confidence[topics[1]])}
        second = {"name": topics[1], "confidence": confidence[topics[1]]}
        return [main, second] + [entry for entry in ranking if entry["name"] not in topics]
