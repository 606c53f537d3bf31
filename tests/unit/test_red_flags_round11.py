"""Round 11 of the detector (2026-12, from the categories missed on final12, final13 and final14 and on the development
set dev22, each read only after it had been measured). Each case is written here, not copied from an evaluation set."""

from __future__ import annotations

import pytest

from bot.red_flags import detect
from bot.safety_decision import detect_in_context

# (message, the level brief §4 gives it), by category
CASES = [
    # --- "is it normal for <thing> to ...", "should <thing> still be ...": a time of the writer's own makes it a report
    ("is it normal for the bumps to be weeping 6 days after the session?", "urgent"),
    ("is it normal for new nodules to show up a month later?", "urgent"),
    ("should the spots still be oozing a week after the injections?", "urgent"),
    ("should there still be a sore lump 9 days after meso?", "urgent"),
    ("is it normal for a rash not to fade under a glass 2 days after the scalp injections?", "emergency"),
    ("should the lips be swelling an hour after the injections?", "emergency"),
    # --- ... asked in general: the answer with the conditional net, no escalation
    ("is it normal for lumps to appear after mesotherapy?", "none"),
    ("should bumps be massaged after meso?", "none"),
    ("is it normal for swelling to last 3 days after meso?", "none"),
    ("is it normal for the scalp to be tender 2 days after meso?", "none"),
    # --- hours counted from clock times (18 hours without urine; spread within hours of a mark)
    ("last wee was at 7pm yesterday and it's 3pm now, the lump on my scalp is infected", "emergency"),
    ("haven't peed since 9am yesterday, now it's 8 am. fever and pus from the injection site", "emergency"),
    ("I marked the edge of the redness at 1pm, it is 4pm now and it has spread well past the mark", "emergency"),
    ("last wee was 11pm yesterday, it's 8am now, scalp lump infected", "urgent"),
    ("I took paracetamol at 2pm, it's 5pm and the redness is the same", "none"),
    # --- slang: "chill" for calm
    ("day 2, scalp's pretty chill, just tiny scabs", "none"),
    ("all good, head's chill now, we fine?", "none"),
    # --- other languages: the same signs in a few common wordings
    ("se me está hinchando la lengua después de la mesoterapia", "emergency"),
    ("ho la sensazione di morire, ho la febbre e un ascesso in testa", "emergency"),
    ("mon mari a du mal à se réveiller, il a un abcès au cuir chevelu", "emergency"),
    ("ich sehe seit gestern doppelt, mein Kopf ist nach der Mesotherapie entzündet", "emergency"),
    ("sarli akter men yom ma 3melt pipi, w 3andi 7arara", "emergency"),
    ("meso ke baad ganje patch ban gaye jahan injection lage the", "urgent"),
    ("ik heb echt het gevoel dat ik doodga, koorts en een abces op mijn hoofd", "emergency"),
    ("2albi 3am yd2o2 w fi waja3 b sadri mn ba3d el mesotherapy", "emergency"),
    ("sever muscle pain and a temperature since the injections", "emergency"),
    ("sto male, mi sento come se stessi per morire, ho la febbre dopo la mesoterapia", "emergency"),
    ("ich sehe plötzlich doppelt nach der Mesotherapie", "emergency"),
    ("Kızarıklık hızla yayılıyor, bir saatte alnıma kadar yayıldı", "emergency"),
    ("жена отвечает невпопад и путается после мезотерапии, у неё температура", "emergency"),
    ("注射をしたところだけ丸く毛が抜けました", "urgent"),
    ("şişlikler için antibiyotik kullandım ama hiç geçmedi, mezoterapi sonrası", "urgent"),
    # --- hearsay and healed stories in other languages
    ("una amiga me contó que le salieron bultos después de la mesoterapia, ¿eso pasa?", "none"),
    ("tuve un absceso hace un año, me lo drenaron y ya está curado del todo", "none"),
    ("in einem Forum hat jemand geschrieben, dass man nach Mesotherapie Beulen bekommt. Stimmt das?", "none"),
    ("ho letto su un forum di una che ha avuto un ascesso, capita spesso?", "none"),
    ("leí en internet que a un chico le salieron bultos, ¿es frecuente?", "none"),
    ("une amie a eu une infection il y a un an, maintenant elle va bien", "none"),
    ("j'ai lu dans un article qu'une femme avait eu des abcès après la mésothérapie, c'est fréquent ?", "none"),
    ("słyszałam od koleżanki, że po mezoterapii można mieć ropnie, czy to prawda?", "none"),
    ("bulan lalu ada nanah di satu titik, sudah diobati dan sudah sembuh total", "none"),
    # --- redness measured growing, or marked hours ago
    ("the red patch was 3 cm on Monday and 3.6 cm today, I measured it", "urgent"),
    ("I outlined the redness with a marker an hour ago and it's already spread beyond the line", "emergency"),
    # --- healed fainting and fevers, all-clear lists
    ("I had a high temperature with a cold 10 days ago, fully recovered now, 36.8 today", "none"),
    ("I went a bit faint when they started the injections, lay down for a few minutes and was fine", "none"),
    ("back in the spring I had two lumps after meso, they were treated and everything has healed", "none"),
    ("pas de fièvre, pas de pus, rien qui s'étend, tout va bien", "none"),
    ("brak gorączki, brak ropy, nic się nie rozszerza", "none"),
    ("no lumps and nothing that is spreading, all good", "none"),
    # --- own cases told in other ways: a place or time of the writer's own, a doctor's appointment, a sore bump
    ("is it normal to lose hair in a round patch exactly where the needle went in?", "urgent"),
    ("is it normal for the red area to creep over my forehead in a couple of hours?", "emergency"),
    ("I have a hot painful lump on my scalp from meso, doctor's appointment is tomorrow", "urgent"),
    ("the one by my ear is exactly the same after four weeks of massaging, firm, pea-sized", "urgent"),
    ("a small sore bump at one of the sites since yesterday", "urgent"),
    # --- a tiny bump in the first days (brief §4a), and stories from social media
    ("there's one tiny bump where they injected yesterday, nothing else", "none"),
    ("I got a little pimple at an injection point the next day", "none"),
    ("saw on insta some1 got an abscess from meso, is that common?", "none"),
]


@pytest.mark.parametrize("text, level", CASES)
def test_each_round11_message_gets_the_level_the_brief_gives(text: str, level: str) -> None:
    assert detect(text).level == level


def test_a_sign_asked_about_in_general_is_named_for_the_safety_net() -> None:
    findings = detect("is it normal for pus to come out after meso?")
    assert findings.level == "none" and "pus" in findings.asked_signs


@pytest.mark.parametrize("text", ["I have a chill and the lump on my scalp is hot", "chills and a hot lump after meso"])
def test_chills_are_still_chills(text: str) -> None:
    assert "chills" in detect(text).signs


@pytest.mark.parametrize("text", ["I'm freaking out a bit, my first session is tomorrow", "freaked out by the needles lol"])
def test_freaking_out_is_no_freezing(text: str) -> None:
    assert "chills" not in detect(text).signs


def test_the_clinics_word_then_the_writers_own_case_is_a_report() -> None:
    assert detect("the nurse says bumps are normal, but mine only appeared three weeks after the session").level == "urgent"
    assert detect("the nurse says bumps are normal after a session").level == "none"


def test_should_there_be_asked_by_someone_who_has_it() -> None:
    assert detect("should there be pus coming out of the spots? because there is").level == "urgent"


def test_a_faint_told_as_a_story_with_a_question_about_the_medicine_is_a_report() -> None:
    text = (
        "I had minoxidil injections this morning. At lunch I got up and everything went black, my colleague says I was "
        "out for a few seconds. I'm ok now. Do I need to do anything?"
    )
    assert detect(text).level == "emergency"
    assert detect("Can minoxidil make you faint? The leaflet mentions it.").level == "none"  # about the medicine itself


# --- conversations ------------------------------------------------------------------------------------------------
def test_hours_after_a_session_do_not_make_usual_bumps_a_report() -> None:
    assert detect_in_context("had it done 3 hours ago, there are a few", "is it normal to have bumps after meso").level == "none"


def test_thanks_after_a_question_about_signs_reports_nothing() -> None:
    assert detect_in_context("thanks, that is helpful", "and what are the signs of meningitis?").signs == ()


def test_a_question_about_trying_again_after_a_healed_abscess_reports_nothing() -> None:
    previous = "it was an abscess, my GP drained it and it healed completely"
    assert detect_in_context("is it safe to book again somewhere else?", previous).level == "none"


def test_a_follow_up_to_a_healed_story_does_not_revive_it_but_a_new_sign_does() -> None:
    story = "two years ago I had a lump after meso, it was treated and went away completely"
    assert detect_in_context("I went back for more sessions this year", story).level == "none"
    assert detect_in_context("and now there are three new lumps", story).level == "urgent"


def test_a_tiny_bump_that_lasts_is_a_report() -> None:
    previous = "I had a tiny bump at one site the day after"
    assert detect_in_context("It's been there 16 days now, same size.", previous).level == "urgent"
