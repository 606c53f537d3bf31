"""The glossary lets the red-flag detector read other languages, and leaves English exactly as it was."""

from __future__ import annotations

from typing import Callable

import pytest

from bot.chat_glossary import glossary, language_of, to_english
from bot.chat_glossary_data import LANGUAGE_DATA
from bot.chat_text import for_matching
from bot.red_flags import detect

# (language, message, expected level): per language a §4b sign, a §4c sign, a negated sign, a hypothetical
CASES = [
    ("es", "Desde ayer me sale pus de un pinchazo en el cuero cabelludo", "urgent"),
    ("es", "No puedo respirar y tengo los labios hinchados después de la inyección", "emergency"),
    ("es", "No tengo fiebre ni pus, todo bien después de la sesión", "none"),
    ("es", "¿Qué hago si me sale un bulto con pus después de la sesión?", "none"),
    ("fr", "Depuis deux jours j'ai une bosse rouge, chaude et douloureuse sur le cuir chevelu", "urgent"),
    ("fr", "Ma femme a une fièvre très forte et elle est confuse depuis ce matin", "emergency"),
    ("fr", "Je n'ai pas de fièvre et il n'y a pas de pus", "none"),
    ("fr", "Si j'ai de la fièvre après la séance, que dois-je faire ?", "none"),
    ("de", "Seit gestern kommt Eiter aus einer Einstichstelle am Kopf", "urgent"),
    ("de", "Ich habe starke Kopfschmerzen, einen steifen Nacken und bin lichtempfindlich", "emergency"),
    ("de", "Ich habe kein Fieber und keinen Eiter, alles gut", "none"),
    ("de", "Was soll ich tun, wenn ich nach der Behandlung Fieber bekomme?", "none"),
    ("pl", "Od tygodnia mam bolesny guzek na głowie i jest coraz większy", "urgent"),
    ("pl", "Mój mąż jest zdezorientowany i bardzo senny po zabiegu", "emergency"),
    ("pl", "Nie mam gorączki ani ropy, wszystko w porządku", "none"),
    ("pl", "Co mam robić, jeśli po zabiegu pojawi się ropa?", "none"),
    ("it", "Ho un nodulo rosso e caldo sulla testa da tre giorni", "urgent"),
    ("it", "Non riesco a respirare e ho le labbra gonfie dopo l'iniezione", "emergency"),
    ("it", "Non ho febbre e non ho pus dopo la seduta", "none"),
    ("it", "Se mi viene la febbre dopo la seduta cosa devo fare?", "none"),
    ("pt", "Estou com um caroço vermelho e quente na cabeça depois da mesoterapia", "urgent"),
    ("pt", "Acabei de desmaiar e estou com dor no peito", "emergency"),
    ("pt", "Não tenho febre nem pus, tudo bem", "none"),
    ("pt", "Se aparecer pus depois da sessão, o que devo fazer?", "none"),
    ("hi", "sar pe jahan injection lagi thi wahan se peep nikal rahi hai", "urgent"),
    ("hi", "mere pati ko tez bukhar hai aur woh kisi ko pehchan nahi rahe", "emergency"),
    ("hi", "mujhe bukhar nahi hai aur dard bhi nahi hai", "none"),
    ("hi", "agar sar mein ganth ban jaye toh kya karna chahiye?", "none"),
]

# the same reports typed without accents or special letters
ACCENT_FREE = [
    ("es", "No puedo respirar y tengo los labios hinchados despues de la inyeccion", "emergency"),
    ("fr", "Ma femme a une fievre tres forte et elle est confuse depuis ce matin", "emergency"),
    ("de", "Mein Kopf hat eine heisse, geschwollene Beule und sie waechst", "urgent"),
    ("pl", "Od tygodnia mam bolesny guzek na glowie i jest coraz wiekszy", "urgent"),
    ("pt", "Nao consigo respirar e meu coracao esta acelerado", "emergency"),
]

ENGLISH = [
    "I had meso last week and now there is a red, hot lump that hurts",
    "no fever, no pus, all fine. When can I dye my hair?",
    "my son says the pie was good but I feel like I might die, my chest hurts",
    "If I get a fever after the session, what should I do?",
    "Partner: severe headache, photophobia, neck stiffness, nodule draining",
    "hai, can u tell me abt meso pls",
    "Mi hermano = my brother. Is meso safe?",
]


def test_the_glossary_data_parses_for_every_language() -> None:
    assert {"es", "fr", "de", "pl", "it", "pt", "hi"} <= set(LANGUAGE_DATA)
    for code in LANGUAGE_DATA:
        assert glossary(code).exact, code


@pytest.mark.parametrize("language, text, expected", CASES)
def test_a_message_in_another_language_is_recognised_as_that_language(language: str, text: str, expected: str) -> None:
    assert language_of(text.lower()) == language


@pytest.mark.parametrize("language, text, expected", CASES)
def test_the_detector_reads_signs_negation_and_hypotheticals_in_other_languages(language: str, text: str, expected: str) -> None:
    assert detect(text).level == expected, for_matching(text)


# Reports whose sign word is an English cognate ("pus", "nodulo"): found with or without the glossary.
COGNATE_REPORTS = {
    "Desde ayer me sale pus de un pinchazo en el cuero cabelludo",
    "Ho un nodulo rosso e caldo sulla testa da tre giorni",
}


@pytest.mark.parametrize("language, text, expected", [c for c in CASES if c[2] != "none" and c[1] not in COGNATE_REPORTS])
def test_without_the_glossary_the_report_would_be_missed_or_misread(
    language: str, text: str, expected: str, glossary_off: Callable[[], None]
) -> None:
    """Proves the glossary does the work: with it switched off, the same report gets another level."""
    assert detect(text).level == expected
    glossary_off()
    assert for_matching(text) == for_matching(text, translate=False)
    assert detect(text).level != expected


@pytest.mark.parametrize("language, text, expected", ACCENT_FREE)
def test_an_accent_free_spelling_works_the_same(language: str, text: str, expected: str) -> None:
    assert language_of(text.lower()) == language
    assert detect(text).level == expected, for_matching(text)


@pytest.mark.parametrize("text", ENGLISH)
def test_english_text_is_left_exactly_as_it_was(text: str) -> None:
    assert language_of(text.lower()) is None
    assert to_english(text.lower()) == text.lower()
    assert for_matching(text) == for_matching(text, translate=False)


def test_a_single_foreign_word_in_english_does_not_switch_the_language() -> None:
    assert language_of("i have fiebre and a red lump") is None


def test_inflected_polish_words_match_their_stem() -> None:
    assert "fever" in to_english("mam gorączkę", "pl")
    assert "fever" in to_english("bez gorączki", "pl")


def test_french_ne_pas_puts_the_negator_before_the_sign() -> None:
    assert to_english("je n'ai pas de fièvre", "fr").startswith("i do not have")


def test_past_time_is_reordered_into_english() -> None:
    assert "two weeks ago" in to_english("hace dos semanas", "es")
    assert "two weeks ago" in to_english("il y a deux semaines", "fr")
    assert "two days ago" in to_english("vor zwei tagen", "de")


def test_the_intent_classifier_still_reads_the_untranslated_text() -> None:
    from bot.chat_text import normalise

    assert "tengo" in normalise("tengo fiebre y escalofríos")
