"""Round 11 of the detector (2026-12, from the categories missed on final12 and the development set dev22 of the
eighth stop). Each case is written here, not copied from an evaluation set."""

from __future__ import annotations

import pytest

from bot.red_flags import detect
from bot.safety_decision import detect_in_context

# --- "is it normal for <thing> to ...", "should <thing> still be ...": asked about the writer's own time after a session
DATED_QUESTIONS = [
    ("is it normal for the bumps to be weeping 6 days after the session?", "urgent"),
    ("is it normal for new nodules to show up a month later?", "urgent"),
    ("should the spots still be oozing a week after the injections?", "urgent"),
    ("should there still be a sore lump 9 days after meso?", "urgent"),
    ("is it normal for a rash not to fade under a glass 2 days after the scalp injections?", "emergency"),
    ("should the lips be swelling an hour after the injections?", "emergency"),
]
# Asked in general (no time of the writer's own): the answer and the conditional safety net, no escalation
GENERAL_QUESTIONS = [
    "is it normal for lumps to appear after mesotherapy?",
    "should bumps be massaged after meso?",
    "is it normal for swelling to last 3 days after meso?",
    "is it normal for the scalp to be tender 2 days after meso?",
]


@pytest.mark.parametrize("text, level", DATED_QUESTIONS)
def test_an_is_it_normal_question_with_a_time_since_the_session_is_a_report(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize("text", GENERAL_QUESTIONS)
def test_the_same_question_asked_in_general_escalates_nothing(text: str) -> None:
    assert detect(text).level == "none"


def test_a_sign_asked_about_in_general_is_named_for_the_safety_net() -> None:
    findings = detect("is it normal for pus to come out after meso?")
    assert findings.level == "none" and "pus" in findings.asked_signs


def test_hours_after_a_session_do_not_make_usual_bumps_a_report() -> None:
    assert detect_in_context("had it done 3 hours ago, there are a few", "is it normal to have bumps after meso").level == "none"


# --- clock times ------------------------------------------------------------------------------------------------
CLOCK_REPORTS = [
    ("last wee was at 7pm yesterday and it's 3pm now, the lump on my scalp is infected", "emergency"),
    ("haven't peed since 9am yesterday, now it's 8 am. fever and pus from the injection site", "emergency"),
    ("I marked the edge of the redness at 1pm, it is 4pm now and it has spread well past the mark", "emergency"),
]
CLOCK_NOT_ENOUGH = [
    ("last wee was 11pm yesterday, it's 8am now, scalp lump infected", "urgent"),  # 9 hours
    ("I took paracetamol at 2pm, it's 5pm and the redness is the same", "none"),
]


@pytest.mark.parametrize("text, level", CLOCK_REPORTS + CLOCK_NOT_ENOUGH)
def test_hours_counted_from_clock_times(text: str, level: str) -> None:
    assert detect(text).level == level


# --- slang ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["day 2, scalp's pretty chill, just tiny scabs", "all good, head's chill now, we fine?"])
def test_chill_meaning_calm_is_no_chill(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize("text", ["I have a chill and the lump on my scalp is hot", "chills and a hot lump after meso"])
def test_chills_are_still_chills(text: str) -> None:
    assert "chills" in detect(text).signs


# --- other languages: the same signs in a few common wordings -----------------------------------------------------
LANGUAGES = [
    ("se me está hinchando la lengua después de la mesoterapia", "emergency"),
    ("ho la sensazione di morire, ho la febbre e un ascesso in testa", "emergency"),
    ("mon mari a du mal à se réveiller, il a un abcès au cuir chevelu", "emergency"),
    ("ich sehe seit gestern doppelt, mein Kopf ist nach der Mesotherapie entzündet", "emergency"),
    ("sarli akter men yom ma 3melt pipi, w 3andi 7arara", "emergency"),
    ("meso ke baad ganje patch ban gaye jahan injection lage the", "urgent"),
    ("ik heb echt het gevoel dat ik doodga, koorts en een abces op mijn hoofd", "emergency"),
    ("2albi 3am yd2o2 w fi waja3 b sadri mn ba3d el mesotherapy", "emergency"),
    ("sever muscle pain and a temperature since the injections", "emergency"),  # "sever" typed for "severe"
]
LANGUAGES_NOT_REPORTS = [
    "una amiga me contó que le salieron bultos después de la mesoterapia, ¿eso pasa?",
    "tuve un absceso hace un año, me lo drenaron y ya está curado del todo",
    "in einem Forum hat jemand geschrieben, dass man nach Mesotherapie Beulen bekommt. Stimmt das?",
]


@pytest.mark.parametrize("text, level", LANGUAGES)
def test_reports_in_other_languages(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize("text", LANGUAGES_NOT_REPORTS)
def test_hearsay_and_healed_stories_in_other_languages(text: str) -> None:
    assert detect(text).level == "none"


# --- conversations: a reply that only thanks, a question about booking again ---------------------------------------
def test_thanks_after_a_question_about_signs_reports_nothing() -> None:
    assert detect_in_context("thanks, that is helpful", "and what are the signs of meningitis?").signs == ()


def test_a_question_about_trying_again_after_a_healed_abscess_reports_nothing() -> None:
    previous = "it was an abscess, my GP drained it and it healed completely"
    assert detect_in_context("is it safe to book again somewhere else?", previous).level == "none"
