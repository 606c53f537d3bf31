"""Swahili ("sw"), with Kenyan Sheng and English mixed in, reaches the red-flag detector as English; English text is
left as it was. The messages are written for these tests from brief §4b (urgent) and §4c (emergency), and as
negated, hypothetical, hearsay, resolved-past and general questions that report nothing."""

from __future__ import annotations

from typing import Callable

import pytest

from bot.chat_glossary import glossary, language_of, to_english
from bot.chat_glossary_data import LANGUAGE_DATA
from bot.chat_text import for_matching
from bot.red_flags import detect

REPORTS = [
    # §4b: see a doctor soon
    ("Nina kivimbe chekundu chenye moto pale nilipodungwa sindano na kinauma sana", "urgent"),
    ("Baada ya mesotherapy, usaha unatoka kichwani mahali pa sindano", "urgent"),
    ("Nina homa na natetemeka, kichwa kimevimba", "urgent"),
    ("Wekundu unaenea kuzunguka sehemu ya sindano", "urgent"),
    ("Kuna michirizi myekundu kutoka kwenye kivimbe hadi shingoni", "urgent"),
    ("Wiki tatu baada ya kikao nimepata vivimbe vipya kichwani", "urgent"),
    ("Kivimbe kinazidi kukua kila siku tangu wiki mbili zilizopita", "urgent"),
    ("Nilitumia antibiotiki wiki moja lakini hazifanyi kazi, kivimbe bado kipo", "urgent"),
    ("Nywele zinanyonyoka sehemu sehemu pale nilipodungwa sindano", "urgent"),
    ("Nina makovu na upara kwenye sehemu za sindano baada ya meso", "urgent"),
    ("Kope na macho yamevimba tangu kikao cha jana", "urgent"),
    ("Nina kisukari na sehemu ya sindano imevimba na ni nyekundu", "urgent"),
    ("niko na homa tangu jana na kivimbe kwa injection site kinauma", "urgent"),
    ("nmedungwa meso wiki jana, sai kuna kivimbe kinauma na ni moto", "urgent"),
    ("si poa manze, kivimbe kwa scalp kimejaa usaha", "urgent"),
    # §4c: emergency
    ("Siwezi kupumua na midomo imevimba", "emergency"),
    ("Mume wangu amechanganyikiwa na ana usingizi mzito, haamki vizuri", "emergency"),
    ("Kichwa kinauma sana, shingo ngumu na mwanga unaumiza macho", "emergency"),
    ("Nina maumivu ya kifua na nimezirai sasa hivi", "emergency"),
    ("Mtoto wangu ana degedege baada ya homa kali", "emergency"),
    ("Naona mara mbili tangu asubuhi", "emergency"),
    ("Mama anasema kwa shida na anatapika", "emergency"),
    ("Nina upele wa madoa ya zambarau ambayo hayafifii nikibonyeza glasi", "emergency"),
    ("Ngozi yake ni ya bluu na ina madoadoa", "emergency"),
    ("Mume wangu hajakojoa kwa saa 18, ngozi imepauka", "emergency"),
    ("Moyo unaenda mbio na nahisi nitakufa", "emergency"),
    ("Maumivu ni makali kupita kiasi pale kwenye sindano", "emergency"),
    ("Ulimi na koo vimevimba baada ya sindano, siezi kumeza", "emergency"),
    ("Uso umevimba na kuna wekundu unaoenea haraka", "emergency"),
    ("mathe amezirai sahii, tufanye nini?", "emergency"),
    ("siezi breathe vizuri na lips zimevimba", "emergency"),
    ("alikua na homa tu, sasa hatambui mtu na anaongea ovyo", "emergency"),
]

NON_REPORTS = [
    # negated
    ("Sina homa na hakuna usaha, niko sawa", "none"),
    ("Sina homa wala usaha", "none"),
    ("homa sina, usaha hakuna, kila kitu kiko sawa", "none"),
    ("Haiumi na haijavimba, si nyekundu", "none"),
    ("Sijazirai wala sijatapika, niko poa tu", "none"),
    ("Nimeona kivimbe? Hapana, hakuna kivimbe wala usaha", "none"),
    # hypothetical
    ("Kama nikipata homa baada ya kikao, nifanye nini?", "none"),
    ("Nifanye nini kama nina homa baada ya mesotherapy?", "none"),
    ("Ikitokea homa baada ya kikao nifanye nini?", "none"),
    ("Vipi kama nitapata homa usiku?", "none"),
    # hearsay
    ("Rafiki yangu aliniambia alipata usaha baada ya mesotherapy", "none"),
    ("Rafiki yangu alisema alizirai baada ya mesotherapy", "none"),
    ("Nilisikia kwamba mesotherapy inaweza kuleta jipu", "none"),
    ("Nilisoma mtandaoni kuwa watu hupata homa baada ya meso", "none"),
    ("Eti mesotherapy husababisha upara, ni kweli?", "none"),
    # resolved, past
    ("Zamani nilikuwa na jipu kichwani, imepona", "none"),
    ("Miaka miwili iliyopita nilikuwa na jipu kichwani", "none"),
    ("Nilikuwa na homa siku tatu zilizopita, sasa imepona", "none"),
    ("Mwezi uliopita nilikuwa na usaha kichwani lakini imeisha kabisa", "none"),
    # general questions
    ("Je, ni kawaida kuwa na uvimbe kidogo baada ya mesotherapy?", "none"),
    ("Ni kawaida kuwa na vidoa vya damu na michubuko midogo baada ya kikao?", "none"),
    ("Habari daktari, nilifanyiwa mesotherapy juzi. Je ni kawaida kuwa na wekundu kidogo?", "none"),
    ("Mesotherapy inafanya kazi kweli kwa upara?", "none"),
    ("Mesotherapy ni salama kwa mtu mwenye kisukari?", "none"),
    ("Je, homa ni dalili ya maambukizi?", "none"),
    ("Vikao vingapi vinahitajika na bei gani?", "none"),
    ("Asante daktari, niko sawa sasa", "none"),
]

CASES = REPORTS + NON_REPORTS

# English that shares words with the Swahili glossary ("hakuna", "sana", "ana", "nina", "moto", "jambo", "kali")
ENGLISH = [
    "Hakuna matata, I'm fine after the session, no pain",
    "My friend Sana says meso is safe; the clinic in Mombasa had no pus cases",
    "Is it normal to have a small swelling 2 days after the session? Asante",
    "I had meso 3 days ago and now there is a red, hot lump that hurts, 39.5 fever",
    "Ana and Nina both had meso at the same clinic, no fever so far",
    "My Moto phone died so I could not call the clinic, is mild redness normal?",
    "Jambo! I'm back from Kenya, the safari was great; when can I book my next session?",
    "I tried Kali Linux on my laptop while waiting at the clinic lol",
]


def test_the_swahili_glossary_parses() -> None:
    assert "sw" in LANGUAGE_DATA
    assert "{" not in LANGUAGE_DATA["sw"] and "}" not in LANGUAGE_DATA["sw"]  # every verb form written out
    assert len(glossary("sw").exact) > 1000


def test_the_cases_cover_both_levels_and_the_non_reports() -> None:
    levels = [level for _, level in REPORTS]
    assert levels.count("urgent") >= 10 and levels.count("emergency") >= 10
    assert len(NON_REPORTS) >= 20


@pytest.mark.parametrize("text, expected", CASES)
def test_the_language_is_recognised(text: str, expected: str) -> None:
    assert language_of(text.lower()) == "sw"


@pytest.mark.parametrize("text, expected", CASES)
def test_the_detector_reads_the_message(text: str, expected: str) -> None:
    assert detect(text).level == expected, for_matching(text)


@pytest.mark.parametrize("text, expected", REPORTS)
def test_without_the_glossary_the_report_would_be_missed_or_misread(
    text: str, expected: str, glossary_off: Callable[[], None]
) -> None:
    glossary_off()
    assert detect(text).level != expected


@pytest.mark.parametrize("text", ENGLISH)
def test_english_text_is_left_exactly_as_it_was(text: str) -> None:
    assert language_of(text.lower()) is None
    assert to_english(text.lower()) == text.lower()
    assert for_matching(text) == for_matching(text, translate=False)


@pytest.mark.parametrize(
    "text, english",
    [
        ("sina homa", "i do not have fever"),
        ("sina homa wala usaha", "i do not have fever nor pus"),
        ("homa sina", "i do not have fever"),  # the sign first, the negated "have" after it
        ("hakuna usaha", "no pus"),
        ("haiumi", "does not hurt"),
        ("kivimbe hakiumi wala hakijavimba", "lump does not hurt and not swollen"),  # "wala" before a negated verb
        ("sijakojoa kwa saa 18", "i have not urinated for 18 hours"),
    ],
)
def test_negation_is_read(text: str, english: str) -> None:
    assert to_english(text, "sw") == english


@pytest.mark.parametrize(
    "text, english",
    [
        ("siku tatu zilizopita", "three days ago"),
        ("miaka miwili iliyopita", "two years ago"),
        ("kwa wiki 3", "for 3 weeks"),
        ("kama wiki mbili", "about two weeks"),
        ("kama nina homa", "if i have fever"),
        ("uvimbe kama chunusi", "swelling like pimple"),
        ("mume wangu", "my husband"),
        ("ngozi yake", "his skin"),
        ("rafiki yangu aliniambia", "my friend told me"),
        ("nilisikia", "i heard"),
        ("imepona", "it cleared up"),
        ("je, ni kawaida?", ", is it normal?"),
    ],
)
def test_time_people_if_hearsay_and_questions_are_in_english_order(text: str, english: str) -> None:
    assert to_english(text, "sw") == english


@pytest.mark.parametrize("verb", ["imevimba", "kimevimba", "umevimba", "limevimba", "yamevimba", "zimevimba", "vimevimba"])
def test_a_verb_reads_alike_whatever_noun_class_it_agrees_with(verb: str) -> None:
    assert to_english(verb, "sw") == "swollen"


@pytest.mark.parametrize(
    "sheng, swahili",
    [
        ("nmepata homa", "nimepata homa"),
        ("siezi kupumua", "siwezi kupumua"),
        ("nko na homa", "niko na homa"),
        ("sa hii", "sasa hivi"),
    ],
)
def test_sheng_shorthand_reads_as_swahili(sheng: str, swahili: str) -> None:
    assert to_english(sheng, "sw") == to_english(swahili, "sw")


def test_a_two_word_message_needs_two_swahili_words() -> None:
    """ "mama" is an English word too, so "mama amezirai" holds one Swahili marker; "mama yangu amezirai" holds two."""
    assert language_of("mama amezirai") is None
    assert language_of("mama yangu amezirai") == "sw"
    assert detect("mama yangu amezirai").level == "emergency"
