"""Round 13 of the detector (2026-12, from the categories missed on final18 and final19, each read only after it had
been measured). Each case is written here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.chat_glossary import unknown_language
from bot.chat_text import for_matching
from bot.red_flags import SIGN_LABELS, detect
from bot.safety_decision import ClassifierTrust, decide
from bot.safety_model import SafetyScores

CASES = [
    # --- thoughts of suicide or self-harm (finasteride's reported mood effects): emergency, as the facts module says
    ("ever since I started finasteride I keep thinking about ending my life", "emergency"),
    ("been on fin for my hair 4 months and honestly I don't see the point anymore", "emergency"),
    ("my brother is on finasteride and told me last night he wants to kill himself", "emergency"),
    ("I have suicidal thoughts since the tablets", "emergency"),
    ("everyone would be better off without me, I've been on finasteride since spring", "emergency"),
    ("I've started self harming again since the finasteride", "emergency"),
    # asked, denied, someone else's past, the topic, or a joke: not a report
    ("can finasteride give you suicidal thoughts?", "none"),
    ("I'm not suicidal, just fed up with my thinning crown", "none"),
    ("no suicidal thoughts, no low mood, the fin is fine", "none"),
    ("my cousin had suicidal thoughts on finasteride years ago, he's doing great now", "none"),
    ("the leaflet lists suicidal ideation as a side effect, how common is that?", "none"),
    ("these prices make me want to die lol", "none"),
    ("I would kill myself for thicker hair haha", "none"),
    # --- questions tied to the writer, and a clinic's reassurance that a lasting lump outlived
    ("is it normal to have pus coming from one of the spots if I otherwise feel fine?", "urgent"),
    ("is it normal to get a seizure after a scalp infection? I just had one", "emergency"),
    ("is it normal to have bruises? I just had one session", "none"),
    ("the salon says the bump is normal and to rub it, but it's been 4 weeks now", "urgent"),
    ("the clinic said the bruising was normal, but it has been 3 weeks and it's gone", "none"),
    # --- fainting asked about and told plainly; fainting at needles as a trait is not a report
    ("is it normal to faint after the injections? happened twice today", "emergency"),
    ("she went out for a few seconds in the kitchen after her scalp session", "emergency"),
    ("I went out for a few minutes to get coffee after the session", "none"),
    ("I tend to faint at the sight of needles, can I still have meso?", "none"),
    # --- Czech and Italian wording
    ("Po injekcích mi otéká jazyk a těžko se mi polyká", "emergency"),
    ("Mio figlio ha delle macchie sulla pancia che non scompaiono premendo un bicchiere", "emergency"),
]


@pytest.mark.parametrize("text, level", CASES)
def test_each_round13_message_gets_the_level_the_brief_gives(text: str, level: str) -> None:
    assert detect(text).level == level


def test_suicidal_thoughts_are_a_registry_sign_with_a_label_for_staff() -> None:
    assert "suicidal_thoughts" in detect("I keep thinking about killing myself").signs
    assert SIGN_LABELS["suicidal_thoughts"] == "thoughts of suicide or self-harm"


@pytest.mark.parametrize(
    "text, unknown",
    [
        ("Päänahan mesoterapian jälkeen näen kaksoiskuvia ja päätä särkee kovasti", True),  # Finnish
        ("Mae lwmp coch, poeth a phoenus ar groen fy mhen", True),  # Welsh
        ("been sitting on the sofa since", False),
        ("severe headache stiff neck vomiting", False),
        ("¿Cuánto cuesta una sesión de mesoterapia?", False),  # Spanish: a glossary reads it
        ("ok thanks", False),  # too few words to tell
    ],
)
def test_a_language_no_glossary_covers_is_told_from_english_and_glossary_languages(text: str, unknown: bool) -> None:
    assert unknown_language(for_matching(text)) is unknown


TRUST = ClassifierTrust(escalate_at=0.8, multilingual_emergency_at=0.9, multilingual_only_escalate_at=0.9)


def test_the_multilingual_model_alone_escalates_an_unknown_language_no_topic_matched() -> None:
    text = "Päänahan mesoterapian jälkeen näen kaksoiskuvia ja päätä särkee kovasti"  # double vision, bad headache
    findings = detect(text)
    assert findings.unknown_language and not findings.symptom_related and findings.level == "none"
    sure = SafetyScores(0.3, 0.1, multilingual_escalate=0.97, multilingual_emergency=0.95)
    d = decide(findings, "out_of_scope", (), 0.5, TRUST, sure)
    assert (d.intent, d.level, d.source) == ("report_emergency", "emergency", "safety_model")
    unsure = SafetyScores(0.3, 0.1, multilingual_escalate=0.85, multilingual_emergency=0.1)
    assert decide(findings, "out_of_scope", (), 0.5, TRUST, unsure).level == "none"
    assert decide(findings, "ask_cost", (), 0.9, TRUST, sure).level == "none"  # a topic was understood


def test_english_small_talk_is_never_escalated_by_the_multilingual_model_alone() -> None:
    findings = detect("been sitting on the sofa since")
    sure = SafetyScores(0.3, 0.1, multilingual_escalate=0.99, multilingual_emergency=0.99)
    assert decide(findings, "out_of_scope", (), 0.5, TRUST, sure).level == "none"
