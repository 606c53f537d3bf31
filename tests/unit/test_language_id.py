"""bot.language_id: a language no glossary covers is told from English and from the glossary languages."""

from __future__ import annotations

import pytest

from bot.language_id import unread_language
from bot.red_flags import detect


@pytest.mark.parametrize(
    "text, unread",
    [
        ("Pēc mezoterapijas es redzu dubultā un galva ļoti sāp", True),  # Latvian (Estonian has a glossary since round 25)
        ("Mae lwmp newydd wedi ymddangos ar groen fy mhen", True),  # Welsh
        ("Tinc un bony vermell, calent i dolorós on em van punxar fa vuit dies", True),  # Catalan
        ("QZX missing the price list 5521", False),  # English, however odd
        ("it itches a bit where the injections were", False),
        ("¿Cuánto cuesta una sesión de mesoterapia capilar?", False),  # Spanish: a glossary reads it
        ("Quanto custa a mesoterapia?", False),
        ("hello", False),  # too short to tell
    ],
)
def test_a_language_no_glossary_covers_is_told_apart(text: str, unread: bool) -> None:
    assert unread_language(text) is unread


def test_a_message_in_an_unread_language_counts_as_possibly_about_symptoms() -> None:
    latvian = detect("Man ir augsta temperatūra un drebuļi, kas nebeidzas")  # a high fever and chills that will not stop
    assert latvian.level == "none" and latvian.symptom_related  # the net, and the multilingual model may read it
    assert not detect("how much does a session cost in London?").symptom_related
