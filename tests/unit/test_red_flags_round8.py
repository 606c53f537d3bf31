"""Round 8 of the detector's wording (development sets 15 and 16): "out of it" as a state of mind,
not as a place something comes out of."""

from __future__ import annotations

import pytest

from bot.red_flags import detect


@pytest.mark.parametrize(
    "text, sign",
    [
        ("he is totally out of it and burning up", "confusion"),
        ("mum out of it, hot, lump on head", "confusion"),
        ("she's out of it since this morning after the meso", "confusion"),
    ],
)
def test_round_8_wordings_report_their_sign(text: str, sign: str) -> None:
    assert sign in detect(text).signs


@pytest.mark.parametrize(
    "text",
    [
        "pus is oozing out of it",
        "stuff keeps coming out of it and it smells",
    ],
)
def test_something_coming_out_of_a_lump_is_not_confusion(text: str) -> None:
    findings = detect(text)
    assert "confusion" not in findings.signs
    assert findings.level == "urgent", findings
