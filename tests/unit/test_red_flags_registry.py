"""Every registry sign, in four styles generated from one table: reported (found at its level),
denied (not found, ruled out), past or resolved (not found) and asked about (not found, no escalation)."""

from __future__ import annotations

from typing import Dict, List, Tuple

import pytest

from bot.red_flags import SIGNS, detect, level_of
from bot.red_flags.registry import SIGNS_BY_ID

# sign id -> (a report of it, a noun phrase naming it)
EXAMPLES: Dict[str, Tuple[str, str]] = {
    "lump": ("there is a lump on my scalp where they injected", "a lump on the scalp"),
    "painful_lump": ("the lump on my head really hurts", "a painful lump"),
    "hot": ("the injection site is hot to the touch", "a hot spot on the scalp"),
    "pus": ("pus is coming out of one of the injection points", "pus"),
    "abscess": ("I have got an abscess on my scalp", "an abscess"),
    "infection": ("one of the injection sites looks infected", "an infected injection site"),
    "spreading_redness": ("the redness is spreading across my forehead", "redness spreading from the spot"),
    "worsening": ("the swelling is getting worse every day", "worsening swelling"),
    "face_eye_swelling": ("my eyelids are swollen since the scalp injections", "swollen eyelids"),
    "late_or_persistent_lump": ("new lumps appeared 5 weeks after my session", "lumps appearing weeks later"),
    "persistent_reaction": ("the redness is still there after 6 days", "redness lasting over a week"),
    "antibiotics_failed": ("I took antibiotics but the lump is still there", "lumps after a course of antibiotics"),
    "inflamed_area": ("the spot is red, swollen and painful", "an inflamed area"),
    "patchy_hair_loss": ("a bald patch appeared where they injected", "a bald patch at an injection site"),
    "severe_pain": ("the pain in my scalp is severe", "severe pain"),
    "severe_headache": ("I have a terrible headache since the session", "a terrible headache"),
    "fever": ("I have a fever tonight", "a fever"),
    "chills": ("I have chills tonight", "chills"),
    "immunocompromised": ("I am diabetic", "diabetes"),
    "red": ("my scalp is red", "redness"),
    "swelling": ("my scalp is swollen", "swelling"),
    "pain": ("my scalp hurts", "pain"),
    "headache": ("I have a headache", "a headache"),
    "vomiting": ("I am vomiting", "vomiting"),
    "stiff_neck": ("my neck is stiff", "a stiff neck"),
    "light_sensitivity": ("bright light hurts my eyes", "sensitivity to light"),
    "fast_spreading_redness": ("the redness is spreading really fast, you can see it grow", "fast-spreading redness"),
    "rigors": ("I am shaking uncontrollably", "uncontrollable shaking"),
    "muscle_pain": ("every muscle in my body hurts", "severe muscle pain"),
    "extreme_pain": ("the pain is excruciating", "excruciating pain"),
    "breathless": ("I can not breathe properly", "shortness of breath"),
    "chest_pain": ("I have chest pain", "chest pain"),
    "coughing_blood": ("I am coughing up blood", "coughing up blood"),
    "confusion": ("my husband is confused and disoriented", "confusion"),
    "slurred_speech": ("her speech is slurred", "slurred speech"),
    "drowsy": ("my dad is very drowsy and hard to wake", "extreme drowsiness"),
    "meningism": ("I have a headache, a stiff neck and the light hurts my eyes", "a headache with a stiff neck"),
    "seizure": ("he is having a seizure", "a seizure"),
    "double_vision": ("I am seeing double", "double vision"),
    "focal_weakness": ("my face is drooping on one side", "face drooping"),
    "racing_heart": ("my heart is racing", "a racing heart"),
    "low_blood_pressure": ("my blood pressure is very low", "low blood pressure"),
    "fainting": ("I fainted an hour ago", "fainting"),
    "mottled_skin": ("my lips are blue", "blue lips"),
    "airway_swelling": ("my tongue and throat are swelling", "a swollen tongue"),
    "nonblanching_rash": ("I have a rash that does not fade under a glass", "a rash that does not fade under a glass"),
    "no_urine": ("I have not peed since yesterday morning", "not peeing for a day"),
    "feel_dying": ("I feel like I am going to die", "feeling like dying"),
    "suicidal_thoughts": ("I keep having suicidal thoughts", "suicidal thoughts"),
    "suspected_sepsis": ("I think I have sepsis", "sepsis"),
}
# Signs that only count in company: alone they escalate nothing (brief §4a, risk factors).
_SILENT_ALONE = {"risk", "mild", "cue"}
_EXPECTED = {"emergency": "emergency", "urgent": "urgent", "local": "urgent", "systemic": "urgent"}


def test_every_registry_sign_has_examples() -> None:
    assert set(EXAMPLES) == {sign.id for sign in SIGNS}


def _cases(style: str) -> List[Tuple[str, str]]:
    templates = {
        "denied": ["I do not have {np}", "no {np} at all"],
        "past": ["I had {np} years ago", "{np} last month cleared up completely"],
        "question": ["what exactly is {np}?", "what should I do if I get {np}?"],
    }
    return [(sid, t.format(np=np)) for sid, (_, np) in EXAMPLES.items() for t in templates[style]]


@pytest.mark.parametrize("sign_id", sorted(EXAMPLES))
def test_a_report_of_each_sign_is_found_at_its_level(sign_id: str) -> None:
    findings = detect(EXAMPLES[sign_id][0])
    assert sign_id in findings.signs, findings
    level = SIGNS_BY_ID[sign_id].level
    if level not in _SILENT_ALONE:
        assert findings.level == _EXPECTED[level], findings
    assert findings.symptom_related


@pytest.mark.parametrize("sign_id, text", _cases("denied"))
def test_a_denied_sign_is_not_found_and_is_ruled_out(sign_id: str, text: str) -> None:
    findings = detect(text)
    assert sign_id not in findings.signs, findings
    assert findings.level == "none", findings
    assert findings.ruled_out, findings


@pytest.mark.parametrize("sign_id, text", _cases("past"))
def test_a_past_or_resolved_sign_is_not_found(sign_id: str, text: str) -> None:
    findings = detect(text)
    assert sign_id not in findings.signs, findings
    assert findings.level == "none", findings


@pytest.mark.parametrize("sign_id, text", _cases("question"))
def test_a_question_about_a_sign_does_not_escalate(sign_id: str, text: str) -> None:
    findings = detect(text)
    assert findings.level == "none", findings
    assert findings.is_question, findings
    assert findings.symptom_related, findings


@pytest.mark.parametrize(
    "signs, level",
    [
        ({"lump", "fever"}, "urgent"),  # §4b: feverish with a lump, otherwise well
        ({"pus", "chills"}, "urgent"),
        ({"lump", "rigors"}, "emergency"),  # rigors are §4c
        ({"fever", "confusion"}, "emergency"),
        ({"fever", "severe_pain"}, "emergency"),
        ({"immunocompromised"}, "none"),  # a risk factor never escalates alone
        ({"immunocompromised", "red"}, "urgent"),
        ({"immunocompromised", "fever"}, "urgent"),
        ({"immunocompromised", "pain"}, "none"),
        ({"red", "swelling", "pain", "headache"}, "none"),  # §4a
        ({"extreme_pain"}, "emergency"),
        ({"low_blood_pressure"}, "emergency"),
        (set(), "none"),
        ({"not_a_sign"}, "none"),
    ],
)
def test_level_of_a_set_of_signs(signs: set, level: str) -> None:
    assert level_of(signs) == level
    assert level_of(sorted(signs)) == level  # any iterable, e.g. a conversation's slot list
