"""The facts module, the domain, the rules and the training data agree: every fact is reachable from
an intent, every topic intent answers with its fact, and the safety advice comes from the facts."""

from __future__ import annotations

from typing import Dict, List, Set

import pytest
import yaml

from bot.facts import default_facts, fact_id_for_intent, intent_for
from bot.response_variables import SAFETY_ADVICE_FACTS, response_variables
from bot.settings import PROJECT_ROOT, Settings
from bot.triage import INTENT_LEVELS

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
RULES = yaml.safe_load((PROJECT_ROOT / "data" / "rules.yml").read_text())["rules"]
TOPIC_FACTS = [f for f in default_facts() if f not in SAFETY_ADVICE_FACTS]


def _nlu_examples() -> Dict[str, List[str]]:
    examples: Dict[str, List[str]] = {}
    for block in yaml.safe_load((PROJECT_ROOT / "data" / "nlu.yml").read_text())["nlu"]:
        if "intent" in block:
            examples[block["intent"]] = [
                line[2:].strip() for line in block["examples"].splitlines() if line.strip().startswith("- ")
            ]
    return examples


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
    assert "{" + advice_id + "}" in text and "{" + advice_id.replace("_advice", "_source") + "}" in text


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
