"""The classifier's direct feature stacking gives exactly scikit-learn's pipeline probabilities."""

from __future__ import annotations

import numpy as np

from rasa_plugins.tfidf_intent_classifier import TfidfIntentClassifier, build_pipeline, predict_proba

TEXTS = ["does mesotherapy work", "will it regrow my hair", "what is in the injections", "what do they inject",
         "hello", "hi there", "my scalp has a painful lump", "there is pus where they injected"]
LABELS = ["efficacy", "efficacy", "ingredients", "ingredients", "greet", "greet", "urgent", "urgent"]


def test_direct_feature_stacking_matches_the_pipeline():
    pipeline = build_pipeline(TfidfIntentClassifier.get_default_config()).fit(TEXTS, LABELS)
    questions = ["does it regrow hair?", "what's in it", "hey", "a lump with pus", "", "🙂 مرحبا"]
    assert np.allclose(predict_proba(pipeline, questions), pipeline.predict_proba(questions))
