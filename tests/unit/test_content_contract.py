"""The facts module, the domain, the rules and the training data agree: every fact is reachable from
an intent, every topic intent answers with its fact, and the safety advice comes from the facts."""

from __future__ import annotations

import re
from typing import Dict, List, Set, Tuple

import pytest
import yaml

from bot.facts import default_facts, fact_id_for_intent, intent_for
from bot.nlu_data import examples_by_intent
from bot.response_variables import SAFETY_ADVICE_FACTS, response_variables
from bot.settings import PROJECT_ROOT, Settings
from bot.triage import INTENT_LEVELS

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
# data/rules.yml and the rules kept beside it by purpose (data/rules_feedback.yml)
RULE_FILES = sorted((PROJECT_ROOT / "data").glob("rules*.yml"))
RULES = [rule for path in RULE_FILES for rule in yaml.safe_load(path.read_text())["rules"]]
TOPIC_FACTS = [f for f in default_facts() if f not in SAFETY_ADVICE_FACTS]


def _nlu_examples() -> Dict[str, List[str]]:
    return examples_by_intent()


def _rule_actions(intent: str) -> List[List[str]]:
    found = []
    for rule in RULES:
        steps = rule["steps"]
        if steps and steps[0].get("intent") == intent and not rule.get("condition"):
            found.append([s["action"] for s in steps[1:] if "action" in s])
    return found


@pytest.mark.parametrize("fact_id", TOPIC_FACTS)
def test_every_topic_fact_is_reachable_from_its_intent(fact_id: str):
    intent = intent_for(fact_id)
    assert intent in DOMAIN["intents"]
    assert len(_nlu_examples().get(intent, [])) >= 15, f"{intent} needs at least 15 training examples"
    assert _rule_actions(intent) == [["action_answer_fact"]]


def test_every_topic_intent_names_an_existing_fact():
    topic_intents = [i for i in DOMAIN["intents"] if i.startswith("ask_")]
    assert {fact_id_for_intent(i) for i in topic_intents} == set(TOPIC_FACTS)


@pytest.mark.parametrize("intent, response", [("report_emergency", "utter_emergency"), ("report_urgent", "utter_urgent")])
def test_symptom_reports_are_answered_first_by_a_domain_response_built_from_the_safety_facts(intent: str, response: str):
    assert intent in INTENT_LEVELS
    rules = _rule_actions(intent)
    assert rules and all(actions[0] == response for actions in rules)
    advice_id = "emergency_advice" if intent == "report_emergency" else "urgent_advice"
    text = DOMAIN["responses"][response][0]["text"]
    # The instruction carries no source line: its sources are behind "Tell me more".
    assert "{" + advice_id + "}" in text and "_source}" not in text and "Source" not in text


def test_safety_advice_is_filled_with_the_clinic_settings():
    values = response_variables(Settings(clinic_phone="+1 555 0100", emergency_number="911"))
    assert "911 (or your local emergency number)" in values["emergency_advice"]
    assert "+1 555 0100" in values["urgent_advice"]
    assert "{" not in values["emergency_advice"] + values["urgent_advice"]


def test_every_intent_has_training_examples_and_a_rule():
    examples = _nlu_examples()
    handled: Set[str] = {r["steps"][0]["intent"] for r in RULES if r["steps"] and "intent" in r["steps"][0]}
    for intent in DOMAIN["intents"]:
        assert len(examples.get(intent, [])) >= 15, intent
        assert intent in handled, f"no rule answers {intent}"


# --- the texts follow the brief (safety issue #11) -------------------------------------------------

FACTS = default_facts()
_TIME_FRAME = re.compile(r"\b(today|the same day|now|straight away|within a day or two|promptly)\b", re.IGNORECASE)
_SENDS_TO_CARE = re.compile(
    r"(?<!when you )\b(see a (?:doctor|GP)|needs? a doctor|get it checked|call emergency services|call \{emergency_number\})",
    re.IGNORECASE,
)
_EMERGENCY = re.compile(r"emergency services|\{emergency_number\}|emergency department", re.IGNORECASE)
_FEVER = re.compile(r"\b(fever\w*|shivery|chills)\b", re.IGNORECASE)
# The brief gives these directives no time frame (section 3a: the minoxidil label says "stop and get help").
_NO_TIME_FRAME_IN_BRIEF = {("minoxidil", "stop using it and see a doctor")}


def _fact_sentences() -> List[Tuple[str, str]]:
    found = []
    for fact in FACTS.values():
        for text in [fact.answer] + ([fact.more] if fact.more else []):
            found += [(fact.id, s) for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    return found


def _sentence(fact_id: str, *words: str) -> str:
    """The one sentence of a fact that holds all the words (case-insensitive)."""
    hits = [s for f, s in _fact_sentences() if f == fact_id and all(w.lower() in s.lower() for w in words)]
    assert len(hits) == 1, f"{fact_id}: expected one sentence with {words}, found {hits}"
    return hits[0]


def test_every_sentence_that_sends_the_reader_to_care_names_the_brief_time_frame():
    missing = [
        (fact_id, sentence)
        for fact_id, sentence in _fact_sentences()
        if _SENDS_TO_CARE.search(sentence)
        and not _TIME_FRAME.search(sentence)
        and not any(f == fact_id and part in sentence for f, part in _NO_TIME_FRAME_IN_BRIEF)
    ]
    assert not missing


def test_fever_alone_is_same_day_care_never_an_emergency_call():
    """Brief 4b: feverish or shivery with a lump, otherwise well, is same-day; 4c signs make the emergency."""
    fever = [(f, s) for f, s in _fact_sentences() if _FEVER.search(s)]
    directives = [(f, s) for f, s in fever if re.search(r"\b(see|doctor|means)\b", s)]
    assert directives, "no text tells the reader what to do about a fever"
    assert not [(f, s) for f, s in fever if _EMERGENCY.search(s)]
    assert not [(f, s) for f, s in directives if not re.search(r"\b(today|the same day)\b", s)]


def test_emergency_advice_puts_the_call_before_anything_else():
    assert FACTS["emergency_advice"].answer.startswith("Call {emergency_number} (or your local emergency number) now")


def test_the_emergency_response_starts_with_the_call():
    values = response_variables(Settings(emergency_number="911"))
    text = DOMAIN["responses"]["utter_emergency"][0]["text"].format_map(values)
    assert text.startswith("🚨 EMERGENCY: Call 911 (or your local emergency number) now")


def test_urgent_advice_sends_to_a_gp_or_urgent_care_today_not_only_the_clinic():
    first = _sentence("urgent_advice", "urgent GP", "urgent care", "NHS 111", "{clinic_name}")
    assert "today" in first and first.index("urgent GP") < first.index("{clinic_name}")


def test_urgent_advice_keeps_feverish_but_otherwise_well_same_day():
    assert "today" in _sentence("urgent_advice", "feverish or shivery but otherwise well")


@pytest.mark.parametrize(
    "sign",
    [
        "confused",
        "very drowsy",
        "struggle to breathe",
        "chest pain",
        "fainting",
        "severe headache with a stiff neck",
        "fast-spreading redness",
        "extreme pain",
        "shake uncontrollably",
        "blue or blotchy skin",
        "no urine for a day",
        "swollen lips, tongue or throat",
    ],
)
def test_urgent_advice_names_each_4c_sign_that_makes_it_an_emergency(sign: str):
    assert _sentence("urgent_advice", sign).startswith("Call {emergency_number} now if")


def test_minoxidil_heart_signs_send_to_emergency_services_and_other_signs_to_a_doctor():
    heart = _sentence("minoxidil", "chest pain")
    assert all(w in heart for w in ("fast heartbeat", "fainting", "stop using it", "call emergency services now"))
    other = _sentence("minoxidil", "dizziness")
    assert all(w in other for w in ("swollen hands or feet", "sudden weight gain", "stop using it", "see a doctor"))
    assert not _EMERGENCY.search(other)


def test_finasteride_names_mood_effects_and_what_to_do_with_its_fda_source():
    answer = FACTS["finasteride"].answer
    assert "Mood changes, depression and suicidal thoughts have been reported" in answer
    assert "tell your doctor promptly" in answer
    crisis = _sentence("finasteride", "thoughts of suicide")
    assert "get help now" in crisis and "call emergency services" in crisis and "emergency department" in crisis
    assert "fda_topical_finasteride_2025" in [source.key for source in FACTS["finasteride"].sources]


@pytest.mark.parametrize("fact_id", ["side_effects", "normal_after_session", "choosing_provider"])
def test_eye_or_face_swelling_is_same_day_and_forehead_swelling_is_told_to_the_clinic(fact_id: str):
    eyes = [s for f, s in _fact_sentences() if f == fact_id and "eyes" in s]
    assert eyes and all(re.search(r"\b(today|the same day)\b", s) for s in eyes)
    assert any("forehead" in s.lower() and "clinic" in s for f, s in _fact_sentences() if f == fact_id)


def test_topic_answers_hold_no_placeholders_because_they_are_sent_as_written():
    for fact_id in TOPIC_FACTS:
        fact = FACTS[fact_id]
        assert "{" not in fact.answer + (fact.more or ""), fact_id


def test_the_disclaimer_says_the_bot_educates_and_does_not_diagnose():
    text = DOMAIN["responses"]["utter_disclaimer"][0]["text"]
    assert "education" in text and "not a diagnosis" in text


def test_the_no_emergency_triage_ending_also_sends_to_a_gp_or_urgent_care_today():
    text = [r for r in DOMAIN["responses"]["utter_triage_done"] if not r.get("condition")][0]["text"]
    assert "see a doctor today: an urgent GP or urgent care" in text
