"""The red-flag NLU component: the detector, the conversation's earlier signs and the classifier
combine into the intent (rules: bot/safety_decision.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.settings import PROJECT_ROOT
from rasa_plugins import embedding_classifier
from rasa_plugins.model_files import ARRAYS_FILE, MODEL_FILE, ModelFileError
from rasa_plugins.red_flag_classifier import CONTEXT_KEY, RedFlagClassifier, examples_folder


def _classified(text: str, intent: str, confidence: float = 0.9, metadata: Optional[Dict[str, Any]] = None) -> Message:
    message = Message(data={"text": text, "metadata": metadata or {}})
    message.set("intent", {"name": intent, "confidence": confidence})
    message.set("intent_ranking", [{"name": intent, "confidence": confidence}, {"name": "greet", "confidence": 0.05}])
    return message


def _intent(message: Message) -> str:
    [processed] = RedFlagClassifier().process([message])
    return processed.get("intent")["name"]


@pytest.mark.parametrize(
    "text, classifier_said, expected",
    [
        ("I have a fever and pus on my scalp", "ask_infection_risk", "report_urgent"),  # 4b: feverish + lump, otherwise well
        ("I have a fever and pus on my scalp and I'm confused", "ask_infection_risk", "report_emergency"),
        ("there is a red painful lump on my head", "ask_lumps_after_treatment", "report_urgent"),
        ("i cant breath after the injections", "nlu_fallback", "report_emergency"),
        ("Can mesotherapy cause a fever?", "ask_infection_risk", "ask_infection_risk"),
        ("does mesotherapy regrow hair", "ask_efficacy", "ask_efficacy"),
        ("everything feels wrong tonight", "report_emergency", "report_urgent"),  # the classifier alone orders no emergency
        ("no heat, no pus, nothing spreading", "report_urgent", "symptom_unclear"),  # ruled out: the safety net
        ("my scalp feels really strange", "nlu_fallback", "symptom_unclear"),
    ],
)
def test_the_intent_follows_the_combination_rules(text: str, classifier_said: str, expected: str):
    assert _intent(_classified(text, classifier_said)) == expected


def test_earlier_signs_from_the_conversation_are_judged_with_this_message():
    alone = _classified("the spot is a bit red now", "greet")
    assert _intent(alone) == "greet"
    together = _classified("the spot is a bit red now", "greet", metadata={CONTEXT_KEY: {"signs": ["immunocompromised"]}})
    assert _intent(together) == "report_urgent"


# {"signs": {"immunocompromised": 1}} would escalate "a bit red" if a dict's keys were taken as signs
@pytest.mark.parametrize("context", [{"signs": {"immunocompromised": 1}}, {"signs": "pus"}, {"signs": [1, None]}, "x", None])
def test_malformed_context_is_ignored(context: Any):
    assert _intent(_classified("the spot is a bit red now", "greet", metadata={CONTEXT_KEY: context})) == "greet"


def test_the_findings_are_attached_to_every_message():
    [message] = RedFlagClassifier().process([_classified("I have a fever and pus on my scalp", "greet")])
    red_flags: Optional[dict] = message.get("red_flags")
    assert red_flags and red_flags["level"] == "urgent" and {"fever", "pus"} <= set(red_flags["signs"])
    assert red_flags["source"] == "detector"
    [quiet] = RedFlagClassifier().process([_classified("does mesotherapy regrow hair", "ask_efficacy")])
    assert quiet.get("red_flags")["level"] == "none" and quiet.get("red_flags")["signs"] == []


# The trained safety model inside the component (rule 2 of bot/safety_decision.py).
SAFETY_SET = [
    {"id": f"u{i}", "text": text, "expected": level}
    for i, (text, level) in enumerate(
        [
            ("the lump is hot and sore", "urgent"),
            ("hot sore lump on my head", "urgent"),
            ("my bump is angry and hot", "urgent"),
            ("I can't breathe properly", "emergency"),
            ("cannot breathe at all", "emergency"),
            ("breathing is so hard", "emergency"),
            ("how much does it cost", "none"),
            ("does it regrow hair", "none"),
            ("what is in the injections", "none"),
        ]
    )
]


Trained = Tuple[RedFlagClassifier, LocalModelStorage, Resource, ExecutionContext]


def _train(tmp_path: Path, records: List[Dict[str, Any]]) -> Trained:
    folder = tmp_path / "safety"
    folder.mkdir(exist_ok=True)
    (folder / "set.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    storage, resource = LocalModelStorage(tmp_path), Resource("red_flag_classifier")
    context = ExecutionContext(GraphSchema({}), "test-model")
    config = {"safety_examples": str(folder)}
    component = RedFlagClassifier.create(config, storage, resource, context)
    component.train(TrainingData([Message(data={"text": "is it painful", "intent": "ask_pain"})]))
    return component, storage, resource, context


def test_the_safety_model_trains_stores_data_files_only_and_reloads_with_the_same_scores(tmp_path: Path):
    component, storage, resource, context = _train(tmp_path, SAFETY_SET)
    with storage.read_from(resource) as directory:
        assert sorted(p.name for p in directory.iterdir()) == sorted([MODEL_FILE, ARRAYS_FILE])
    loaded = RedFlagClassifier.load({"safety_examples": str(tmp_path / "safety")}, storage, resource, context)
    texts = ["my lump is hot", "I can't breathe", "what does it cost"]
    assert loaded.scores(texts) == component.scores(texts)
    hot, breathless, cost = component.scores(texts)
    assert hot.escalate > cost.escalate and breathless.emergency > hot.emergency


def test_the_safety_models_scores_reach_the_parse_data(tmp_path: Path):
    component, *_ = _train(tmp_path, SAFETY_SET)
    [message] = component.process([_classified("I can't breathe properly", "ask_efficacy")])
    scores = message.get("red_flags")["safety_model"]
    assert scores["escalate"] > 0.5 and scores["emergency"] > 0.3
    assert message.get("red_flags")["intent_classifier"] == {"name": "ask_efficacy", "confidence": 0.9}


def test_changing_a_safety_set_changes_the_components_fingerprint(tmp_path: Path):
    folder = tmp_path / "safety"
    folder.mkdir()
    path = folder / "set.jsonl"
    path.write_text(json.dumps(SAFETY_SET[0]) + "\n", encoding="utf-8")
    before = RedFlagClassifier.fingerprint_addon({"safety_examples": str(folder)})
    path.write_text(json.dumps({**SAFETY_SET[0], "expected": "none"}) + "\n", encoding="utf-8")
    assert RedFlagClassifier.fingerprint_addon({"safety_examples": str(folder)}) != before


def test_the_projects_config_trains_the_safety_model_on_data_safety():
    config = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))
    [entry] = [c for c in config["pipeline"] if c["name"].endswith("RedFlagClassifier")]
    merged = {**RedFlagClassifier.get_default_config(), **entry}
    assert examples_folder(merged) == PROJECT_ROOT / "data" / "safety"
    assert len(list((PROJECT_ROOT / "data" / "safety").glob("*.jsonl"))) >= 5
    assert RedFlagClassifier(entry).trust.escalate_at <= 1.0  # the model is switched on in the product
    assert merged["safety_multilingual"] is True and RedFlagClassifier(entry).trust.multilingual_emergency_at <= 1.0
    trust = RedFlagClassifier(entry).trust  # in a language nothing else reads, the multilingual model counts from lower
    assert (
        trust.unread_escalate_at < trust.multilingual_escalate_at and trust.unread_emergency_at < trust.multilingual_emergency_at
    )


def _train_multilingual(tmp_path: Path) -> Trained:
    folder = tmp_path / "safety"
    folder.mkdir(exist_ok=True)
    (folder / "set.jsonl").write_text("".join(json.dumps(r) + "\n" for r in SAFETY_SET), encoding="utf-8")
    storage, resource = LocalModelStorage(tmp_path), Resource("red_flag_classifier")
    context = ExecutionContext(GraphSchema({}), "test-model")
    config = {"safety_examples": str(folder), "safety_multilingual": True}
    component = RedFlagClassifier.create(config, storage, resource, context)
    component.train(TrainingData([Message(data={"text": "is it painful", "intent": "ask_pain"})]))
    return component, storage, resource, context


def test_the_multilingual_safety_model_stores_data_files_only_and_reloads_with_the_same_scores(tmp_path: Path):
    component, storage, resource, context = _train_multilingual(tmp_path)
    with storage.read_from(resource) as directory:
        names = sorted(p.name for p in directory.iterdir())
    stem = embedding_classifier.SAFETY_STEM
    assert names == sorted([MODEL_FILE, ARRAYS_FILE, f"{stem}.json", f"{stem}.npz"])
    config = {"safety_examples": str(tmp_path / "safety"), "safety_multilingual": True}
    loaded = RedFlagClassifier.load(config, storage, resource, context)
    texts = ["my lump is hot", "no puedo respirar", "what does it cost"]
    assert loaded.scores(texts) == component.scores(texts)
    assert all(s.multilingual_escalate > 0.0 for s in loaded.scores(texts))


def test_the_multilingual_half_reads_a_language_the_training_set_never_had(tmp_path: Path):
    component, *_ = _train_multilingual(tmp_path)
    (tmp_path / "word").mkdir()
    word_only = _train(tmp_path / "word", SAFETY_SET)[0]
    # Spanish, German and Thai: "I can't breathe" and "how much does it cost"; the set above is English only
    breathless = ["no puedo respirar bien", "ich kann nicht richtig atmen", "หายใจไม่ออก"]
    cost = ["cuánto cuesta", "was kostet das", "ราคาเท่าไหร่"]
    both = component.scores(breathless + cost)
    for breath, price in zip(both[:3], both[3:]):
        assert breath.multilingual_emergency > 0.5 > price.multilingual_emergency
        assert breath.multilingual_escalate > price.multilingual_escalate
    words = word_only.scores(breathless)
    assert all(w.multilingual_emergency == 0.0 for w in words)  # the word model alone has no such score


class _CountingEncoder:
    def __init__(self, inner: Any) -> None:
        self.inner, self.texts = inner, []  # type: ignore[var-annotated]

    def encode(self, texts: List[str]) -> Any:
        self.texts.extend(texts)
        return self.inner.encode(texts)


def test_only_messages_about_symptoms_are_embedded(tmp_path: Path):
    component, *_ = _train_multilingual(tmp_path)
    counting = _CountingEncoder(component.encoder)
    component.encoder = counting  # type: ignore[assignment]
    component.process([_classified("how much does a session cost?", "ask_cost"), _classified("my lump is hot", "greet")])
    assert counting.texts == ["my lump is hot"]


def test_a_multilingual_model_file_for_another_encoder_is_refused(tmp_path: Path):
    _, storage, resource, context = _train_multilingual(tmp_path)
    with storage.read_from(resource) as directory:
        path = directory / f"{embedding_classifier.SAFETY_STEM}.json"
        path.write_text(json.dumps({**json.loads(path.read_text()), "encoder": "all-MiniLM-L6-v2"}), encoding="utf-8")
    with pytest.raises(ModelFileError, match="trained on 'all-MiniLM-L6-v2' embeddings"):
        RedFlagClassifier.load(
            {"safety_examples": str(tmp_path / "safety"), "safety_multilingual": True}, storage, resource, context
        )
