"""The one declaration of every red-flag sign: id, staff label, level, patterns and triage question.

Everything else about signs is derived from ``SIGNS`` below: the level sets used by ``level_of``,
``SIGN_LABELS`` for staff alerts and ``TRIAGE_QUESTION_SIGNS`` for the triage form (`bot.triage`).
A sign with no patterns is derived from other matches in `matching.py` (a painful lump is a lump
plus pain); its entry still gives its label, level and triage question.

Levels (brief §4):
- ``emergency``: a §4c sign; emergency on its own.
- ``urgent``: a §4b trigger that is not an infection sign (severe pain or headache, patchy hair loss).
- ``local``: a sign of infection at the injection site (§4b); urgent on its own.
- ``systemic``: fever or chills; urgent on its own, also with a lump ("feverish or shivery with a lump,
  but otherwise well"); emergency with severe pain or any §4c sign.
- ``risk``: diabetes, a weak immune system or steroids; never escalates alone, urgent with any sign of
  infection (a local or systemic sign, or even mild redness or swelling).
- ``mild``: redness or swelling, usual after a session (§4a); a sign of infection only with a risk factor.
- ``cue``: pain, headache, vomiting, stiff neck: usual or unspecific alone (§4a); they only count in
  combinations (painful lump, meningism).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, FrozenSet, Literal, Optional, Pattern, Tuple

from bot.red_flags import effects as e
from bot.red_flags import patterns as p
from bot.red_flags import phrasing as x
from bot.red_flags import phrasing2 as y
from bot.red_flags import wording as w

__all__ = [
    "Sign",
    "SignLevel",
    "SIGNS",
    "SIGNS_BY_ID",
    "SIGN_LABELS",
    "EMERGENCY_ALONE",
    "URGENT_ALONE",
    "LOCAL_INFECTION",
    "SYSTEMIC",
    "RISK_FACTORS",
    "MILD_LOCAL",
    "TRIAGE_QUESTION_SIGNS",
    "TriageQuestion",
]

SignLevel = Literal["emergency", "urgent", "local", "systemic", "risk", "mild", "cue"]
TriageQuestion = Literal["triage_fever", "triage_spreading", "triage_severe_pain", "triage_systemic"]


@dataclass(frozen=True)
class Sign:
    id: str
    label: str  # short, for clinic staff
    level: SignLevel
    patterns: Tuple[Pattern[str], ...]  # empty: derived from other matches (matching.combine)
    triage_question: Optional[TriageQuestion] = None  # the triage question a report of this sign answers "yes"


_FEVER_Q: TriageQuestion = "triage_fever"
_SPREAD_Q: TriageQuestion = "triage_spreading"
_PAIN_Q: TriageQuestion = "triage_severe_pain"
_SYSTEMIC_Q: TriageQuestion = "triage_systemic"

SIGNS: Tuple[Sign, ...] = (
    # §4b: infection at the injection site
    Sign("lump", "new lump, bump or nodule", "local", (p.LUMP, w.LUMP_EFFECT, w.SIZE_GROWTH)),
    Sign("painful_lump", "painful lump", "local", ()),
    Sign("hot", "hot or warm to the touch", "local", (p.HOT,)),
    Sign("pus", "pus or discharge", "local", (p.PUS, w.PUS_EFFECT, x.PUS_WET, y.PUS_MORE2)),
    Sign("abscess", "abscess or boil", "local", (p.ABSCESS,)),
    Sign("infection", "looks infected (patient's words)", "local", (p.INFECTION,)),
    Sign("spreading_redness", "spreading redness or red streaks", "local", (p.STREAKS,), None),
    Sign("worsening", "redness, swelling or pain getting worse", "local", ()),
    Sign(
        "face_eye_swelling",
        "swelling or redness of the face or around the eye",
        "local",
        (p.FACE_EYE, x.FACE_EYE_MORE, y.FACE_EYE_MORE2),
    ),
    Sign("late_or_persistent_lump", "lump appearing weeks later, growing or lasting", "local", ()),
    Sign("persistent_reaction", "redness, swelling or pain lasting beyond a few days", "local", ()),
    Sign("antibiotics_failed", "not improving on antibiotics", "local", ()),
    Sign("inflamed_area", "red, swollen and painful area", "local", ()),
    # §4b: other same-day triggers
    Sign("patchy_hair_loss", "new patchy hair loss or scarring at injection sites", "urgent", ()),
    Sign("severe_pain", "severe pain", "urgent", (p.SEVERE_PAIN, p.BAD_PAIN), None),
    Sign("severe_headache", "severe headache", "urgent", ()),
    Sign("fever", "fever or high temperature", "systemic", (p.FEVER,), None),
    Sign("chills", "chills or shivering", "systemic", (p.CHILLS,), None),
    Sign("immunocompromised", "diabetes, weak immune system or steroids", "risk", (p.IMMUNO, x.RISK_MORE)),
    # §4a: usual after a session on their own
    Sign("red", "redness", "mild", (p.RED,)),
    Sign("swelling", "swelling", "mild", (p.SWELLING,)),
    Sign("pain", "pain or soreness", "cue", (p.PAIN,)),
    Sign("headache", "headache", "cue", (p.HEADACHE, e.HEADACHE_IMAGE, y.HEADACHE_MORE2)),
    Sign("vomiting", "vomiting", "cue", (p.VOMIT,)),
    Sign("stiff_neck", "stiff neck", "cue", ()),
    Sign("light_sensitivity", "bright light hurts the eyes", "cue", ()),
    # §4c: emergency
    Sign("fast_spreading_redness", "fast-spreading redness", "emergency", (), _SPREAD_Q),
    Sign(
        "rigors",
        "uncontrollable shaking (rigors)",
        "emergency",
        (p.RIGORS, p.RIGORS_EXTRA, w.RIGORS_EFFECT, x.RIGORS_MORE, y.RIGORS_MORE2, e.RIGORS_IMAGE),
        _FEVER_Q,
    ),
    Sign("muscle_pain", "severe muscle pain", "emergency", (p.MUSCLE_PAIN, x.MUSCLE_MORE, y.MUSCLE_MORE2), _PAIN_Q),
    Sign(
        "extreme_pain",
        "extreme pain, or pain out of proportion",
        "emergency",
        (p.PAIN_OUT_OF_PROPORTION, w.EXTREME_PAIN_EFFECT, x.EXTREME_MORE, y.EXTREME_MORE2, e.EXTREME_IMAGE),
        _PAIN_Q,
    ),
    Sign(
        "breathless",
        "breathing difficulty or very fast breathing",
        "emergency",
        (p.BREATHLESS, w.BREATHLESS_EFFECT, x.BREATHLESS_MORE, y.BREATHLESS_MORE2, e.BREATHLESS_IMAGE),
        _SYSTEMIC_Q,
    ),
    Sign(
        "chest_pain",
        "chest pain or tightness",
        "emergency",
        (p.CHEST_PAIN, p.CHEST_GRIP, w.CHEST_EFFECT, x.CHEST_MORE, e.CHEST_IMAGE),
        _SYSTEMIC_Q,
    ),
    Sign("coughing_blood", "coughing up blood", "emergency", (p.COUGHING_BLOOD,), _SYSTEMIC_Q),
    Sign(
        "confusion",
        "confusion or disorientation",
        "emergency",
        (p.CONFUSION, p.CONFUSION_EXTRA, w.CONFUSION_EFFECT, x.CONFUSION_MORE, y.CONFUSION_MORE2),
        _SYSTEMIC_Q,
    ),
    Sign(
        "slurred_speech",
        "slurred speech",
        "emergency",
        (p.SLURRED, w.SLURRED_EFFECT, x.SLURRED_MORE, y.SLURRED_MORE2),
        _SYSTEMIC_Q,
    ),
    Sign(
        "drowsy",
        "very drowsy, hard to wake or unresponsive",
        "emergency",
        (p.DROWSY, p.UNROUSABLE, w.DROWSY_EFFECT, y.DROWSY_MORE2),
        _SYSTEMIC_Q,
    ),
    Sign("meningism", "headache with stiff neck, vomiting or light sensitivity", "emergency", (), _SYSTEMIC_Q),
    Sign("seizure", "seizure or fit", "emergency", (p.SEIZURE, y.SEIZURE_MORE2), _SYSTEMIC_Q),
    Sign(
        "double_vision",
        "double vision or sudden loss or blurring of vision",
        "emergency",
        (p.DOUBLE_VISION, p.VISION_CHANGE, w.VISION_EFFECT, x.VISION_MORE, y.VISION_MORE2),
        _SYSTEMIC_Q,
    ),
    Sign("focal_weakness", "new weakness or face drooping", "emergency", (p.FOCAL, w.FOCAL_EFFECT, x.FOCAL_MORE), _SYSTEMIC_Q),
    Sign(
        "racing_heart",
        "racing or pounding heart (or 130/min and over)",
        "emergency",
        (p.RACING_HEART, w.RACING_EFFECT, y.RACING_MORE2, e.RACING_IMAGE),
        _SYSTEMIC_Q,
    ),
    Sign("low_blood_pressure", "low blood pressure (systolic 90 or under)", "emergency", (p.LOW_BLOOD_PRESSURE,), _SYSTEMIC_Q),
    Sign("fainting", "fainting or collapse", "emergency", (p.FAINTING, w.FAINT_EFFECT, x.FAINT_MORE, y.FAINT_MORE2), _SYSTEMIC_Q),
    Sign(
        "mottled_skin",
        "mottled, ashen, blue, grey or very pale skin or lips",
        "emergency",
        (p.MOTTLED, p.PALE_EXTRA, w.SKIN_COLOUR_EFFECT, x.SKIN_MORE, y.SKIN_MORE2, e.SKIN_IMAGE),
        _SYSTEMIC_Q,
    ),
    Sign(
        "airway_swelling",
        "swelling of lips, tongue or throat, or trouble swallowing",
        "emergency",
        (p.AIRWAY, w.AIRWAY_EFFECT, x.AIRWAY_MORE, e.AIRWAY_IMAGE),
        _SYSTEMIC_Q,
    ),
    Sign(
        "nonblanching_rash",
        "rash that does not fade under a glass",
        "emergency",
        (p.NONBLANCHING, p.GLASS_TEST, w.GLASS_EFFECT, x.GLASS_MORE, y.GLASS_MORE2),
        _SYSTEMIC_Q,
    ),
    Sign(
        "no_urine",
        "no urine (for 18 hours or more)",
        "emergency",
        (p.NO_URINE, p.NO_URINE_EXTRA, w.NO_URINE_EFFECT, x.NO_URINE_MORE, y.NO_URINE_MORE2),
        _SYSTEMIC_Q,
    ),
    Sign(
        "feel_dying",
        "feels like they might die",
        "emergency",
        (p.FEEL_DYING, p.FEEL_DYING_EXTRA, w.FEEL_DYING_EFFECT, x.FEEL_DYING_MORE, y.FEEL_DYING_MORE2, y.FEEL_DYING_MORE3),
        _SYSTEMIC_Q,
    ),
    Sign("suspected_sepsis", "patient says sepsis or meningitis", "emergency", (p.SEPSIS,), _SYSTEMIC_Q),
    # finasteride's reported mood effects (brief §3); the facts module: get help now from emergency services
    Sign("suicidal_thoughts", "thoughts of suicide or self-harm", "emergency", (p.SUICIDAL,), _SYSTEMIC_Q),
)

SIGNS_BY_ID: Dict[str, Sign] = {sign.id: sign for sign in SIGNS}
SIGN_LABELS: Dict[str, str] = {sign.id: sign.label for sign in SIGNS}


def _ids(*levels: SignLevel) -> FrozenSet[str]:
    return frozenset(sign.id for sign in SIGNS if sign.level in levels)


EMERGENCY_ALONE: FrozenSet[str] = _ids("emergency")
URGENT_ALONE: FrozenSet[str] = _ids("urgent", "local", "systemic")
LOCAL_INFECTION: FrozenSet[str] = _ids("local")
SYSTEMIC: FrozenSet[str] = _ids("systemic")
RISK_FACTORS: FrozenSet[str] = _ids("risk")
MILD_LOCAL: FrozenSet[str] = _ids("mild")


def _triage_map() -> Dict[str, FrozenSet[str]]:
    questions: Dict[str, FrozenSet[str]] = {}
    for sign in SIGNS:
        if sign.triage_question is not None:
            questions[sign.triage_question] = questions.get(sign.triage_question, frozenset()) | {sign.id}
    return dict(sorted(questions.items(), key=lambda item: _QUESTION_ORDER.index(item[0])))


_QUESTION_ORDER = ("triage_fever", "triage_spreading", "triage_severe_pain", "triage_systemic")
TRIAGE_QUESTION_SIGNS: Dict[str, FrozenSet[str]] = _triage_map()


def _check() -> None:
    ids = [sign.id for sign in SIGNS]
    if len(ids) != len(set(ids)):
        raise ValueError(f"bot/red_flags/registry.py: duplicate sign ids {sorted({i for i in ids if ids.count(i) > 1})}")
    missing = EMERGENCY_ALONE - frozenset().union(*TRIAGE_QUESTION_SIGNS.values())
    if missing:
        raise ValueError(f"bot/red_flags/registry.py: emergency signs without a triage question: {sorted(missing)}")


_check()
