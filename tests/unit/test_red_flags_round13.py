"""Round 13 of the detector (2026-12, from the categories missed on final18 and final19, each read only after it had
been measured). Each case is written here, not copied from a set."""

from __future__ import annotations

import pytest

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
    ("since I take finasteride many times I think to finish my life", "emergency"),
    ("Seit ich Finasterid nehme, habe ich Suizidgedanken", "emergency"),  # German
    ("Od kiedy biorę finasteryd, mam myśli samobójcze", "emergency"),  # Polish
    ("finasteride is causing me suicidal thoughts", "emergency"),
    # asked, denied, someone else's past, the topic, or a joke: not a report
    ("¿El finasteride causa pensamientos suicidas?", "none"),
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
    # --- vision lost in part; figures of speech
    ("I've lost part of the vision in my left eye since the scalp injections", "emergency"),
    ("seeing the before and after pics I almost had a stroke lol", "none"),
    ("my wallet can't breathe after that package price", "none"),
    ("the booking system is a total headache", "none"),
    # --- a spread past a line marked hours before, told in the next sentence; "gone past" is no resolution
    ("I circled the red patch at 10am. It's 2pm now and the redness has gone 4 cm past the circle", "emergency"),
    ("I marked the bruise at 9am. It is 1pm and it has gone down a lot", "none"),
    # --- Czech, Italian, Portuguese and Ukrainian wording
    ("Minha filha ficou com falhas redondas no cabelo onde aplicaram a mesoterapia", "urgent"),
    ("На місцях уколів з'явилися лисини", "urgent"),
    ("Po injekcích mi otéká jazyk a těžko se mi polyká", "emergency"),
    ("Mio figlio ha delle macchie sulla pancia che non scompaiono premendo un bicchiere", "emergency"),
]


@pytest.mark.parametrize("text, level", CASES)
def test_each_round13_message_gets_the_level_the_brief_gives(text: str, level: str) -> None:
    assert detect(text).level == level


def test_suicidal_thoughts_are_a_registry_sign_with_a_label_for_staff() -> None:
    assert "suicidal_thoughts" in detect("I keep thinking about killing myself").signs
    assert SIGN_LABELS["suicidal_thoughts"] == "thoughts of suicide or self-harm"


TRUST = ClassifierTrust(escalate_at=0.8, multilingual_escalate_at=0.9, multilingual_emergency_at=0.9)


def test_a_mild_english_report_is_not_escalated_by_the_multilingual_score_below_its_own_threshold() -> None:
    findings = detect("it itches a bit where the injections were")
    assert findings.symptom_related and findings.level == "none"
    # measured: the multilingual model scored this 0.87, the word model 0.60
    assert (
        decide(findings, "ask_side_effects", (), 0.9, TRUST, SafetyScores(0.6, 0.01, multilingual_escalate=0.87)).level == "none"
    )
    d = decide(findings, "ask_side_effects", (), 0.9, TRUST, SafetyScores(0.6, 0.01, multilingual_escalate=0.95))
    assert (d.level, d.source) == ("urgent", "safety_model")
