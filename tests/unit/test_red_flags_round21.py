"""Round 21 (2026-12), from final49 (read after it was measured) and the misses of final48: romanised Bengali, Telugu,
Tamil, Nepali and Punjabi (`bot.chat_glossary_data_indic`); a person who "is gone" is no sign that cleared; the last of
a list of states ("pale, sweaty and confused"); an old scar or dent; a story that goes on with nothing new in it.
Each case is written here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.red_flags import detect
from bot.safety_decision import detect_in_context

ROMANISED_REPORTS = [
    # Bengali: pus coming out of one spot, no fever
    ("bn", "meso korechhi 5 din age, ekta jayga theke puj berochhe, jor nei", "urgent"),
    # Bengali: new hard lumps on the head, not there before
    ("bn", "meso korar 4 shoptaho por mathay notun shokto gutli, age chilo na", "urgent"),
    # Telugu: a red, hot, very painful lump where the injection went in
    ("te", "injection chesina chota gadda vachindi, erraga vediga undi, chala noppiga undi", "urgent"),
    # Tamil: severe headache, stiff neck, vomiting
    ("ta", "meso panni 5 naal aachu, thalai vali romba adhigam, kazhuthu viraichirukku, vaanthi edukkuthu", "emergency"),
    # Tamil: dad confused, pus on the head
    ("ta", "appa thalaila seel vandhuchu, ippo avaru confuse aagi pesuraaru", "emergency"),
    # Nepali: wife very drowsy, hard to wake, high fever
    ("ne", "shrimati lai meso gareko, aba dherai nidaucha, uthauna garo chha, jwaro dherai chha", "emergency"),
    # Nepali: can't get enough breath, breathing fast
    ("ne", "meso garepachi sas pugdaina, chhito chhito sas feri rahechu", "emergency"),
    # Punjabi: a red line going towards the neck
    ("pa", "meso ton baad sir te laal dhaari gardan val ja rahi hai", "urgent"),
    # Urdu: lips and tongue swelling, hard to breathe
    ("ur", "injection ke baad hont aur zabaan soojh rahe hain, saans lene mein mushkil hai", "emergency"),
]


@pytest.mark.parametrize("lang,text,level", ROMANISED_REPORTS)
def test_romanised_south_asian_reports_escalate(lang: str, text: str, level: str) -> None:
    assert detect(text).level == level, lang


ROMANISED_STORIES = [
    # Bengali: an uncle's infection many years ago, healthy now
    "amar kaku onek bochor age injection er por infection hoyechilo, ekhon sustho",
    # Telugu: a friend's infection years ago, fine now
    "naa friend ki samvatsarala kritam meso tarvata infection vachindi, ippudu bagane undi",
    # Urdu: an aunt's infection years ago, completely fine now
    "meri khala ko bohat saal pehle infection hua tha, ab bilkul theek hain",
]


@pytest.mark.parametrize("text", ROMANISED_STORIES)
def test_romanised_old_stories_of_others_do_not_escalate(text: str) -> None:
    assert detect(text).level == "none"


def test_a_person_who_has_left_is_not_a_sign_that_cleared() -> None:
    text = "right after the injections my lips are swelling and I'm wheezing, the nurse is gone"
    assert detect(text).level == "emergency"
    assert detect("the swelling is gone").level == "none"


def test_confusion_last_in_a_list_of_states() -> None:
    assert "confusion" in detect("my dad had meso last week and now he is pale, sweaty and confused").signs
    assert "confusion" not in detect("the leaflet is long and confused about aftercare").signs


@pytest.mark.parametrize(
    "text",
    [
        "is it normal I still have a small flat scar from an abscess I had after meso three years ago? it healed fully",
        "my aunt did meso back in the day and got a scar, she is fine now",
        "there is a tiny dent where the lump was, unchanged since then",
    ],
)
def test_an_old_scar_or_dent_is_not_new_scarring(text: str) -> None:
    assert "patchy_hair_loss" not in detect(text).signs


def test_a_new_scar_still_escalates() -> None:
    assert "patchy_hair_loss" in detect("a new shiny scar where the injections were, three weeks after meso").signs


def test_a_resolution_said_with_tho_or_about() -> None:
    assert detect("his mate got an abscess from meso in 2012, hes all good now tho").level == "none"
    assert detect("the scalp felt hot and burning during the injections but it stopped about 10 minutes after").level == "none"


def test_what_the_writer_has_read_is_not_a_report_unless_they_say_why() -> None:
    assert detect("I know the mycobacteria stuff can show up late, should I keep checking?").level == "none"
    assert detect("I have been reading about abscesses because I have a red hot lump").level == "urgent"


def test_remote_past_of_someone_when_young() -> None:
    assert detect("when my grandpa was young he got meningitis after an ear infection").level == "none"
    assert detect("when my husband was 2 hours after meso he got a fever").level == "urgent"


def test_the_telling_goes_on_not_the_illness() -> None:
    assert detect("my mum still talks about the scalp infection she got in 2010, she recovered fully").level == "none"


STORY = "My grandfather had scalp abscesses decades ago from some injection treatment."


def test_a_story_goes_on_with_nothing_new() -> None:
    assert detect_in_context("Now my dad is doing mesotherapy.", STORY).level == "none"
    assert detect_in_context("Sie ist längst wieder gesund.", "Meine Schwester hatte vor Jahren einen Abszess.").level == "none"


@pytest.mark.parametrize("follow_up", ["i'm worried because i've got one now, it's been 3 weeks", "same here, since Tuesday"])
def test_a_story_that_becomes_the_writers_own_still_escalates(follow_up: str) -> None:
    assert detect_in_context(follow_up, "my friend had lumps for months after meso, is that common?").level == "urgent"


def test_a_misspelt_bruise_turning_green_is_a_bruise() -> None:
    assert detect("got a small brusie on my temple from the meso 4 days ago, its going greenish").level == "none"


def test_swedish_fast_breathing_cold_sweat_and_confusion() -> None:
    text = "Min mamma fick injektioner i hårbotten i fredags och nu andas hon jättesnabbt, är blek och förvirrad."
    assert detect(text).level == "emergency"


def test_finglish_firm_lump_that_does_not_go_away() -> None:
    assert detect("4 hafte pish mezo kardam, hanooz ye gholombe seft roo saram hast, az bein nemire").level == "urgent"


# --- from final50 (read after its honest run) ---------------------------------------------------------------------


def test_a_question_then_when_it_started_is_the_writers_own() -> None:
    assert detect("Is seeing double normal after an infected injection? Started about an hour ago.").level == "emergency"
    assert detect("Is a headache normal after meso? It started this morning and went away by lunch.").level == "none"


def test_the_condition_a_medicine_is_for_is_not_a_racing_heart() -> None:
    assert detect("I take bisoprolol for an irregular heartbeat, can I have meso?").level == "none"
    assert "racing_heart" in detect("since the injections I have an irregular heartbeat").signs


def test_a_figure_asked_about_before_a_session() -> None:
    assert detect("At 38.5 degrees should I call someone after meso? Asking ahead of my first session.").level == "none"
    assert detect("I am at 38.5 now after meso, should I call someone?").level == "urgent"


def test_no_problem_until_now_closes_an_old_story() -> None:
    text = "Four years ago I have abscess from injection, doctor cut it, after it was good, no problem until now."
    assert detect(text).level == "none"


def test_thanks_and_a_plan_to_mention_it_reports_nothing() -> None:
    assert (
        detect_in_context("Thanks, I'll mention it at my next appointment.", "Could that have been an abscess?").level == "none"
    )


def test_dutch_forehead_a_little_swollen_and_going_down() -> None:
    assert detect("Mijn voorhoofd was na de behandeling wat opgezwollen, nu neemt het al af.").level == "none"


@pytest.mark.parametrize(
    "text,level",
    [
        ("Jeg hadde litt hodepine etter behandlingen, men den gikk over etter en time.", "none"),  # Norwegian
        ("Han har en øm bule og lidt feber, men er ellers frisk.", "urgent"),  # Danish: feverish with a lump
        ("Min kone er forvirret og svær at vække efter mesoterapi.", "emergency"),  # Danish
        ("Jag undrar om bulan är farlig", "none"),  # Swedish: asks
    ],
)
def test_norwegian_and_danish_read_with_swedish(text: str, level: str) -> None:
    assert detect(text).level == level


# --- from final51 (read after its honest run) ---------------------------------------------------------------------


def test_a_lasting_risk_factor_of_the_person_whose_signs_are_told() -> None:
    text = "My brother had a liver transplant and takes anti-rejection pills. After his meso one spot is swollen and sore."
    assert "immunocompromised" in detect(text).signs and detect(text).level == "urgent"
    assert detect("My friend had a kidney transplant years ago, can she have meso?").level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "my aunt had an infection after meso many years ago, now well. is it still a risk?",
        "my cousin got a bad infection from meso back in like 2016 but shes sweet now",
        "Minha tia teve uma infecção depois de mesoterapia em 2014 e hoje está ótima.",  # Portuguese
        "Dada yangu alipata maambukizi baada ya mesotherapy miaka mingi iliyopita, sasa yuko mzima.",  # Swahili
    ],
)
def test_old_stories_that_end_well(text: str) -> None:
    assert detect(text).level == "none"


def test_now_as_well_is_not_now_well() -> None:
    assert detect("my lump is red and now as well it has pus").level == "urgent"


def test_a_lump_drained_or_only_there_the_first_day() -> None:
    assert detect("I had a painful lump after my session in May; it was drained.").level == "none"
    question = "What's the difference between a normal bump and an infected one?"
    assert detect_in_context("OK. Mine was tiny and was only there the first day after the session.", question).level == "none"


def test_an_info_sheet_question_about_a_figure() -> None:
    assert detect("Is a pulse of 135 after meso an emergency? Asking for the aftercare leaflet we are writing.").level == "none"
    assert detect("my pulse is 135 after meso, is that an emergency?").level == "emergency"


# --- from final53 (read after its honest run) ---------------------------------------------------------------------


def test_is_it_normal_for_the_redness_around_my_spots_to_spread_fast() -> None:
    text = "Is it normal for the redness around my injection sites to spread over my forehead within an hour?"
    assert detect(text).level == "emergency"


def test_a_size_that_grew_between_two_clock_times() -> None:
    assert "fast_spreading_redness" in detect("Redness round one site: 3 cm at 10:00, 8 cm at 13:00. Sore.").signs
    assert "fast_spreading_redness" not in detect("The red patch was 3 cm at 9am and 3 cm at 5pm").signs


def test_i_think_i_can_see_one_after_a_question() -> None:
    question = "What would red streaks from an injection spot mean?"
    assert detect_in_context("Because I think I can see one heading to my neck right now.", question).level == "urgent"


@pytest.mark.parametrize(
    "follow_up,question",
    [
        ("I'm not allergic to anything myself.", "Is anaphylaxis from mesotherapy common?"),
        ("I'm at four weeks and there's nothing so far.", "How long after meso can a mycobacterial lump show up?"),
    ],
)
def test_a_follow_up_that_denies_reports_nothing(follow_up: str, question: str) -> None:
    assert detect_in_context(follow_up, question).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "My uncle had meningitis as a young man, long before any of this. Is meso riskier for me?",
        "Two years ago I have pus on the head after meso, doctor opened it, it close and now no problem.",
        "If a lump shows up at 1-12 weeks, that's the mycobacteria window, right?",
        "I have diabetes and I've read diabetics get more infections, so is meso a bad idea for me?",
        "Quelques petits bleus sur le front après la séance, ils jaunissent. C'est normal ?",  # French: bruises
        "Ingen feber, intet pus, bare lidt øm hovedbund dagen efter.",  # Danish
        "meri bhen nu kai saal pehlan meso ton baad infection hoya si, hun bilkul theek hai",  # Punjabi
    ],
)
def test_final53_kinds_of_non_reports(text: str) -> None:
    assert detect(text).level == "none"


def test_ukrainian_hard_nodules_that_do_not_go_away() -> None:
    assert detect("Через 6 тижнів після мезотерапії на голові з'явилися тверді вузлики, вони не зникають.").level == "urgent"


# --- from final54 (read after its honest run) ---------------------------------------------------------------------


def test_a_question_then_what_she_has_now() -> None:
    question = "She's fine, but she asked me to ask: are lumps weeks later normal?"
    assert detect_in_context("She has two of them right now.", question).level == "urgent"


def test_is_it_normal_not_to_pee_with_an_infected_spot() -> None:
    text = "Is it normal not to pee for a whole day when you have an infected injection spot and a fever?"
    assert detect(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "Lumps can appear 1-12 weeks later, right? I'm at week 0, just planning.",
        "I usually feel faint when I have blood tests, is there something I can tell the clinic before meso?",
        "My mother had a seizure last year from her epilepsy, which is well controlled now. Can she have meso?",
    ],
)
def test_final54_kinds_of_non_reports(text: str) -> None:
    assert detect(text).level == "none"


def test_romanised_russian_hair_lost_where_they_injected() -> None:
    assert detect("Posle mezoterapii vypali volosy pyatnom tam, gde kololi. Uzhe mesyats proshel.").level == "urgent"


def test_chinese_painless_hard_lumps_a_month_after() -> None:
    assert detect_in_context("头皮上长了几个不痛的小硬块。", "做完中胚层一个月了。").level == "urgent"


# --- from final57 (read after its honest run) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "on immune meds for my transplant and one of the meso spots got sore and puffy",
        "Prednisolone 15 mg a day for my asthma. One meso spot sore and red since yesterday.",
    ],
)
def test_a_weak_immune_system_told_by_its_medicine(text: str) -> None:
    findings = detect(text)
    assert "immunocompromised" in findings.signs and findings.level == "urgent"


def test_wait_and_see_reports_nothing() -> None:
    assert detect_in_context("Okay, I'll wait and see.", "Mine is mild and it's day 1.").level == "none"


# --- from final56 (read after its honest run) ---------------------------------------------------------------------


def test_a_question_then_a_usual_course_is_no_new_sign() -> None:
    question = "Is it normal that my scalp stings right after the session?"
    assert detect_in_context("It's been 30 minutes and it's easing.", question).signs == ()


def test_urdu_round_bald_patch_where_they_injected() -> None:
    text = "میزوتھراپی کے بعد جہاں انجیکشن لگے تھے وہاں بالوں کا ایک گول ٹکڑا بالکل صاف ہو گیا ہے"
    assert detect(text).level == "urgent"


# --- from final58 (read after the final code's honest run) ---------------------------------------------------------


def test_because_i_have_got_two_now_after_asking() -> None:
    text = "And is a lump that shows up four weeks later normal too? Because I've got two now."
    assert detect(text).level == "urgent"
