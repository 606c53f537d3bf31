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


# --- after final13 was read: measured growth, marks, someone else's word then one's own, healed stories -------------
GROWTH_AND_MARKS = [
    ("the red patch was 3 cm on Monday and 3.6 cm today, I measured it", "urgent"),
    ("I outlined the redness with a marker an hour ago and it's already spread beyond the line", "emergency"),
]


@pytest.mark.parametrize("text, level", GROWTH_AND_MARKS)
def test_redness_measured_or_marked(text: str, level: str) -> None:
    assert detect(text).level == level


def test_the_clinics_word_then_the_writers_own_case_is_a_report() -> None:
    assert detect("the nurse says bumps are normal, but mine only appeared three weeks after the session").level == "urgent"
    assert detect("the nurse says bumps are normal after a session").level == "none"


def test_should_there_be_asked_by_someone_who_has_it() -> None:
    assert detect("should there be pus coming out of the spots? because there is").level == "urgent"


HEALED = [
    "I had a high temperature with a cold 10 days ago, fully recovered now, 36.8 today",
    "I went a bit faint when they started the injections, lay down for a few minutes and was fine",
    "back in the spring I had two lumps after meso, they were treated and everything has healed",
    "pas de fièvre, pas de pus, rien qui s'étend, tout va bien",
    "brak gorączki, brak ropy, nic się nie rozszerza",
    "no lumps and nothing that is spreading, all good",
]


@pytest.mark.parametrize("text", HEALED)
def test_healed_fainting_fever_and_all_clear_lists(text: str) -> None:
    assert detect(text).level == "none"


def test_a_follow_up_to_a_healed_story_does_not_revive_it_but_a_new_sign_does() -> None:
    story = "two years ago I had a lump after meso, it was treated and went away completely"
    assert detect_in_context("I went back for more sessions this year", story).level == "none"
    assert detect_in_context("and now there are three new lumps", story).level == "urgent"


@pytest.mark.parametrize("text", ["I'm freaking out a bit, my first session is tomorrow", "freaked out by the needles lol"])
def test_freaking_out_is_no_freezing(text: str) -> None:
    assert "chills" not in detect(text).signs


MORE_LANGUAGES = [
    ("sto male, mi sento come se stessi per morire, ho la febbre dopo la mesoterapia", "emergency"),
    ("ich sehe plötzlich doppelt nach der Mesotherapie", "emergency"),
    ("Kızarıklık hızla yayılıyor, bir saatte alnıma kadar yayıldı", "emergency"),
    ("жена отвечает невпопад и путается после мезотерапии, у неё температура", "emergency"),
]
MORE_HEARSAY = [
    "ho letto su un forum di una che ha avuto un ascesso, capita spesso?",
    "leí en internet que a un chico le salieron bultos, ¿es frecuente?",
    "une amie a eu une infection il y a un an, maintenant elle va bien",
]


@pytest.mark.parametrize("text, level", MORE_LANGUAGES)
def test_more_reports_in_other_languages(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize("text", MORE_HEARSAY)
def test_more_hearsay_in_other_languages(text: str) -> None:
    assert detect(text).level == "none"


# --- after final14 was read --------------------------------------------------------------------------------------
def test_a_faint_told_as_a_story_with_a_question_about_the_medicine_is_a_report() -> None:
    text = (
        "I had minoxidil injections this morning. At lunch I got up and everything went black, my colleague says I was "
        "out for a few seconds. I'm ok now. Do I need to do anything?"
    )
    assert detect(text).level == "emergency"


def test_a_question_about_the_medicine_itself_stays_a_question() -> None:
    assert detect("Can minoxidil make you faint? The leaflet mentions it.").level == "none"


@pytest.mark.parametrize(
    "text, level",
    [
        ("is it normal to lose hair in a round patch exactly where the needle went in?", "urgent"),
        ("is it normal for the red area to creep over my forehead in a couple of hours?", "emergency"),
        ("I have a hot painful lump on my scalp from meso, doctor's appointment is tomorrow", "urgent"),
        ("the one by my ear is exactly the same after four weeks of massaging, firm, pea-sized", "urgent"),
        ("a small sore bump at one of the sites since yesterday", "urgent"),
    ],
)
def test_own_cases_told_in_other_ways(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "there's one tiny bump where they injected yesterday, nothing else",
        "I got a little pimple at an injection point the next day",
        "saw on insta some1 got an abscess from meso, is that common?",
    ],
)
def test_a_tiny_bump_in_the_first_days_and_stories_from_social_media(text: str) -> None:
    assert detect(text).level == "none"


def test_a_tiny_bump_that_lasts_is_a_report() -> None:
    assert detect_in_context("It's been there 16 days now, same size.", "I had a tiny bump at one site the day after").level == (
        "urgent"
    )


@pytest.mark.parametrize(
    "text, level",
    [
        ("注射をしたところだけ丸く毛が抜けました", "urgent"),
        ("şişlikler için antibiyotik kullandım ama hiç geçmedi, mezoterapi sonrası", "urgent"),
        ("j'ai lu dans un article qu'une femme avait eu des abcès après la mésothérapie, c'est fréquent ?", "none"),
        ("słyszałam od koleżanki, że po mezoterapii można mieć ropnie, czy to prawda?", "none"),
        ("bulan lalu ada nanah di satu titik, sudah diobati dan sudah sembuh total", "none"),
    ],
)
def test_final14_categories_in_other_languages(text: str, level: str) -> None:
    assert detect(text).level == level
