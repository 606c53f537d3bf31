"""Round 6 of the detector's wording (development sets only): firm bits and marbles as lumps, bare
islands of scalp as patchy hair loss, chat spellings that drop the final g, and more of the glossary."""

from __future__ import annotations

import pytest

from bot.red_flags import detect


@pytest.mark.parametrize(
    "text, sign",
    [
        ("there is a firm bit under my scalp since my session 3 weeks ago", "late_or_persistent_lump"),
        ("found some hard little marbles under the skin, last session was 6 weeks ago", "late_or_persistent_lump"),
        ("a bare patch with no hair growing on it right where they injected", "patchy_hair_loss"),
        ("bald bits where the meso went", "patchy_hair_loss"),
        ("the redness keeps gettin wider round the spots", "spreading_redness"),
        ("im shakin all over and cant stop", "rigors"),
        ("se me está cayendo el pelo en parches donde me hicieron la mesoterapia", "patchy_hair_loss"),
        ("el enrojecimiento alrededor de los pinchazos se está extendiendo", "spreading_redness"),
        ("mi padre no sabe dónde está, habla raro y se duerme todo el rato", "slurred_speech"),
        ("saans nahi aa rahi aur tez tez saans le raha hoon", "breathless"),
        ("il voit double depuis ce matin", "double_vision"),
    ],
)
def test_round_6_wordings_report_their_sign(text: str, sign: str) -> None:
    findings = detect(text)
    assert sign in findings.signs, findings


@pytest.mark.parametrize(
    "text, sign",
    [
        ("is a firm bit under the skin normal after meso?", "lump"),
        ("I had bald bits where the meso went in 2019 but my hair grew back", "patchy_hair_loss"),
        ("what if I get bald bits where the meso went?", "patchy_hair_loss"),
        ("my friend got bald bits where the meso went, years ago", "patchy_hair_loss"),
    ],
)
def test_round_6_wordings_do_not_report_questions_or_resolved_signs(text: str, sign: str) -> None:
    findings = detect(text)
    assert findings.level == "none" and sign not in findings.signs, findings
