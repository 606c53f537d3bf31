"""Every sign the detector can report as an emergency answers one of the triage questions "yes"."""

from __future__ import annotations

from bot.red_flags import EMERGENCY_ALONE, SIGN_LABELS, detect
from bot.triage import TRIAGE_QUESTION_SIGNS


def test_every_triage_sign_is_a_sign_the_detector_knows():
    for slot, signs in TRIAGE_QUESTION_SIGNS.items():
        assert signs <= set(SIGN_LABELS), f"{slot}: {sorted(signs - set(SIGN_LABELS))}"


def test_emergency_signs_without_an_infection_sign_are_all_covered_by_a_triage_question():
    covered = set().union(*TRIAGE_QUESTION_SIGNS.values())
    assert EMERGENCY_ALONE <= covered, sorted(EMERGENCY_ALONE - covered)
    for text in [
        "I suddenly can't breathe after the injections",
        "I fainted after my meso session",
        "my lips and tongue are swelling up",
    ]:
        findings = detect(text)
        assert findings.level == "emergency"
        assert covered.intersection(findings.signs), (text, findings.signs)
