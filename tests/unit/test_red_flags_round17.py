"""Round 17 of the detector and the safety decision (2026-12): a friend's present state told through "says", "is it
normal not to ..." and "... when you have an infection from the injections", "is it normal that the lumps did not ...",
what the reading of an unread language seemed to rule out, a few glossary words (Turkish, Azerbaijani, Arabic,
Ukrainian, Chinese, Polish), all-clears ("but fine now", "I can breathe fine", "all good since", "already going down"),
a long-past story that goes on in the next message, and the word model reading a foreign message (in round 15's
tests). Each case is written here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.chat_glossary import language_of, to_english
from bot.red_flags import detect
from bot.safety_decision import decide, detect_in_context
from bot.safety_model import SafetyScores
from tests.unit.test_red_flags_round16 import TRUST_2B


@pytest.mark.parametrize(
    "text, level",
    [
        ("my friend says she has chest pain and feels faint", "emergency"),
        ("my friend told me she can not breathe properly and her lips look blue", "emergency"),
        ("my mate says his lump is hot and keeps getting bigger", "urgent"),
        ("is it normal not to pee for a whole day after mesotherapy?", "emergency"),
        ("is it normal to get chest pains when you have an infection from the injections?", "emergency"),
        ("is it normal that the lumps did not go down after the antibiotics?", "urgent"),
        ("Başımda irinli yara var, indi hər şeyi iki görürəm", "emergency"),  # Azerbaijani: pus, now seeing double
        ("عندي حرارة ورجفة قوية ما بتوقف", "emergency"),  # Levantine Arabic: fever and shaking that will not stop
        ("Після мезотерапії мені важко дихати, на голові гнійник", "emergency"),  # Ukrainian: hard to breathe, abscess
        ("发烧，腿上有很多出血点，压了也不褪色", "emergency"),  # Chinese: fever, spots that do not fade when pressed
        ("I honestly feel like this is it", "emergency"),
        ("is it normal to be shivering uncontrollably when you have an infected scalp?", "emergency"),
    ],
)
def test_reports_told_these_ways_escalate(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "my friend told me her cousin has an infection from this treatment abroad",  # third hand
        "a forum says they are normal and go away",
        "is it normal not to see results after three sessions?",
        "is it normal not to feel any pain after meso?",
        "is it normal that the bruises are turning yellow?",
        "打針的地方有幾個小出血點，不痛，這樣正常嗎？",  # Chinese: pinpoint bleeding at the needle sites (§4a)
        "had an abscess drained after meso in 2018, all good since",
    ],
)
def test_these_are_not_reports(text: str) -> None:
    assert detect(text).level == "none"


def test_turkish_antibiotics_that_did_not_help() -> None:
    # "I took antibiotics for two weeks, the swellings on my head did not go away"
    assert "antibiotics_failed" in detect("İki hafta antibiyotik kullandım, kafamdaki şişlikler geçmedi").signs


def test_dutch_zegt_dat_reads_as_says_that() -> None:
    assert "says that" in to_english("hij zegt dat het pijn doet")


def test_a_sting_during_the_session_that_is_over_rules_out() -> None:
    assert detect("stung a lot during the injections but fine now").ruled_out


@pytest.mark.parametrize(
    "text",
    [
        "the swelling on my forehead is already going down with a cold pack",
        "Czoło mi spuchło po zabiegu, ale już schodzi",  # Polish: my forehead swelled, but it is going down already
    ],
)
def test_a_usual_finding_on_its_way_out_rules_out(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none" and findings.ruled_out


def test_the_reading_of_an_unread_language_rules_nothing_out() -> None:
    # Albanian: "pas" (after) is French "not" to the glossary; the multilingual model must be free to read it
    findings = detect("Pas mezoterapisë kam infeksion në kokë dhe tani kam dhimbje koke shumë të fortë e po vjell")
    assert findings.unread and not (findings.ruled_out or findings.framed_away or findings.story)


CONFIDENT_OF_EMERGENCY = SafetyScores(0.99, 0.99, multilingual_escalate=0.99, multilingual_emergency=0.99)


@pytest.mark.parametrize(
    "text, framing",
    [
        ("my eyelid is puffy and red since the scalp injections, but I can breathe fine", "ruled_out"),
        # after final35 was measured and read: not feeling sick is §4b's "otherwise well"
        ("the lump from my meso is hot and throbbing and keeps me awake, but I don't feel sick", "otherwise_well"),
    ],
)
def test_the_models_do_not_raise_these_urgent_reports_to_an_emergency(text: str, framing: str) -> None:
    findings = detect(text)
    assert findings.level == "urgent" and getattr(findings, framing)
    assert decide(findings, None, (), 1.0, TRUST_2B, CONFIDENT_OF_EMERGENCY).level == "urgent"


def test_a_long_past_story_goes_on_in_the_next_message() -> None:
    assert detect_in_context("It turned out to be an abscess and they drained it.", "My brother had meso in 2019.").level == (
        "none"
    )
    assert detect_in_context("Now I have pus coming out of mine.", "My brother had meso in 2019.").level == "urgent"


def test_devanagari_is_read_by_the_hindi_glossary_alone() -> None:
    # Nepali: "after meso there is a sore on my head, now I see everything ..." ("कुरा", a thing, is Arabizi's "lump")
    nepali = "मेसोथेरापी पछि मेरो टाउकोमा घाउ छ, अहिले सबै कुरा धमिलो देख्छु"
    assert language_of(nepali) in (None, "hi")


# After final34 was measured (the honest figure) and read: the kinds of its false escalations, in words written here
@pytest.mark.parametrize(
    "text",
    [
        "I have no fever, swelling or pus, just a little tenderness",  # a negated list split by commas, closed by "or"
        "she doesn't have a temperature, red streaks or any discharge",
        "Back in 2019 I had an S. aureus abscess after meso",  # a species' initial is no sentence end
        "My uncle had a brain infection decades ago, and now he's nervous about any injections",
        "Сестра лет пять назад делала мезотерапию и у неё был абсцесс",  # Russian: some five years ago
        "Nagka-abscess si tita noong 2015, magaling na siya ngayon",  # Tagalog: she is fine now
    ],
)
def test_negated_lists_and_old_stories_are_not_reports(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize(
    "text, level",
    [
        ("no fever, but my lump is hot or swollen", "urgent"),  # a new clause after "but" is no list item
        ("I have a fever, lumps or pus", "urgent"),  # no negator
        ("my grandad had meningitis in the 80s. Now he has a stiff neck and a fever again", "emergency"),
    ],
)
def test_what_is_no_negated_list_or_old_story_still_escalates(text: str, level: str) -> None:
    assert detect(text).level == level


def test_many_years_ago_in_portuguese_and_romanised_hindi() -> None:
    assert "many years ago" in to_english("Fiz mesoterapia há muitos anos e tive um abcesso")
    hindi = to_english("Mujhe bohat saal pehle meso ke baad infection hua tha")
    assert "years ago" in hindi and "severe" not in hindi  # "bohat" (very, many) had been read as "severe"


# After final35 was measured (the honest figure for the code before these) and read
@pytest.mark.parametrize(
    "text",
    [
        "the spots where the meso needles went in have never grown any hair back",
        "no hair at the injection points and the skin there has gone a bit sunken",
    ],
)
def test_scarring_hair_loss_told_without_a_patch_is_urgent(text: str) -> None:
    findings = detect(text)
    assert findings.level == "urgent" and "patchy_hair_loss" in findings.signs


def test_hair_that_did_not_regrow_much_is_no_patch() -> None:
    assert detect("the results were meh, my hair did not grow back much").level == "none"
