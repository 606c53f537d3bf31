"""Round 19 of the detector (2026-12), from final41 (read after it was measured): "new ones" after lumps, a face grown
big without the word swollen, a figure on the safe side of the threshold a question set, a follow-up saying the finding
is already fading, "my session was ..." after something read about, legs that gave way, "cannot speak normal", a mouth
fallen to one side, an aside in brackets that dates someone else, "my roommate ..., never had one before", what a lump
turned out to be before it healed, Spanish "hace como 10 años" and "tía", a symptom noun negated by a trailing "nahi"
(Hindi, Marathi), Swedish and Norwegian words, a line drawn round redness, and "mine are just tiny pink dots" after
a question about infection. Then, from final42 and final43 after their honest runs: others' present states, thresholds
asked with the writer's figure, pinkish streaks, bare spots, Cantonese, Arabic, Hungarian and Arabizi words, a bruise
that turns yellow. Each case is written here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.chat_glossary import to_english
from bot.red_flags import detect
from bot.safety_decision import detect_in_context


@pytest.mark.parametrize(
    "text, level",
    [
        # brief §4b: new lumps weeks later, or lumps that did not improve on a standard antibiotic
        ("I took antibiotics for the nodules on my scalp and they went down, but a couple of new ones popped up after", "urgent"),
        # brief §4b: swelling on the face after scalp injections
        ("my face on the left is really big and warm since this morning", "urgent"),
        ("his face went lopsided and big on the right side after the scalp injections", "urgent"),
        # the figure is past the threshold the question set: the question is the writer's own (brief §4c, HR >= 130)
        ("if my pulse goes over 130 should I call 999? mine is 141 now", "emergency"),
        # brief §4c: fainting or collapse, slurred speech, new weakness, rapidly spreading redness, altered mental state
        ("in the shower my legs buckled, I do not remember falling", "emergency"),
        ("my wife could not talk properly and her lip is sagging to the left side since an hour", "emergency"),
        ("it went from one little pink dot at lunch to the whole side of my head and down my neck by teatime", "emergency"),
        # an aside in brackets dates someone else, not the drowsiness
        (
            "she keeps asking for her brother (he passed away years ago) and she keeps nodding off while I talk to her",
            "emergency",
        ),
        # "my roommate ..., never had one before" is the writer's own first fit, not the roommate's story
        ("had a fit on the stairs half an hour ago, my roommate saw it, never had one before", "emergency"),
        # Swedish: mum has small spots on her arms that do not fade when you press a glass on them
        ("Mamma har fått små prickar på armarna som inte försvinner när man trycker med ett glas", "emergency"),
        # Norwegian, read by the Swedish glossary: I shake so much I cannot stand, and I have a fever
        ("Jeg skjelver så mye at jeg ikke klarer å stå og har feber", "emergency"),
        # a glossary phrase that ends in "nahi" stays a sign: "thambtach nahi" (will not stop)
        ("मला थंडी वाजून थरथर होतेय, थांबतच नाही", "emergency"),
    ],
)
def test_reports_told_these_ways_escalate(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "my bumps healed and no new ones came",
        "my legs gave way on a hike two years ago, nothing since",
        "my scalp (I had an abscess there 3 years ago) is completely fine now, can I book again?",
        "my face is big in every photo, can mesotherapy fix hair on the crown?",
        # a threshold asked about, the writer's own figure on the safe side of it
        "if my heart rate ever goes above 130 is that A&E? mine is 76 at the moment, just want to know",
        "if my blood pressure drops below 90 do I go to hospital? mine is 118",
        # the follow-up says the usual finding is on its way out (brief §4a: mild redness, 24-48 h)
        "how many days can the redness last after a session? asking since mine is already fading on day two",
        # what was read about, then when the session was: not a report of meningitis or sepsis
        "I'm just worried because I read about sepsis. My session was on Monday and I feel okay.",
        # what the lump turned out to be, then that it was removed and healed
        "the bump I mentioned before got checked by my GP. It was just a cyst, it was taken out and has healed.",
        # Spanish: my uncle had an infection from mesotherapy about 8 years ago, they treated him and he was fine
        "A mi tío le dio una infección por mesoterapia hace como 8 años, lo trataron y quedó bien.",
        # romanised Hindi: no fever, no swelling, just a little red since yesterday's session
        "bukhar nahi, sojan nahi, bas kal ke session se thoda laal hai",
        # Marathi: a little red, no fever
        "डोकं थोडं लाल आहे, ताप नाही",
    ],
)
def test_messages_that_report_no_red_flag_do_not_escalate(text: str) -> None:
    assert detect(text).level == "none"


def test_a_line_drawn_round_the_redness_hours_ago_is_not_yet_a_fast_spread() -> None:
    # brief §4c: rapidly spreading redness is an emergency; a line drawn to watch it is not one until it is passed.
    # Round 22: a line drawn alone tells no spread at all (§4b needs one; a blind set labelled it so), so no level
    assert detect("I traced round the red patch with a marker two hours ago").level == "none"
    assert detect("I traced round the red patch with a marker two hours ago and it is already well past it").level == "emergency"


def test_spanish_ago_with_a_filler_word_is_read_as_a_time_ago() -> None:
    assert "8 years ago" in to_english("hace como 8 años tuve una infección")


def test_a_trailing_nahi_negates_a_symptom_noun_but_not_a_glossary_sign() -> None:
    assert "not fever" in to_english("bukhar nahi, bas thoda laal hai")
    assert "no urine" in to_english("kal se peshab nahi")


def test_tiny_pink_dots_after_a_question_about_infection_report_no_infection() -> None:
    found = detect_in_context("mine are only tiny pink dots, first day, not hot", "what does an infected needle site look like?")
    assert found.level == "none"
    assert "infection" not in found.signs


def test_a_real_sign_after_a_question_about_infection_is_still_reported() -> None:
    found = detect_in_context("mine looks like that now, red and weeping", "what does an infected needle site look like?")
    assert found.level == "urgent"


# From final42 and final43, each read after its honest run (the mends below came after those runs).
@pytest.mark.parametrize(
    "text, level",
    [
        # brief §4b: red streaks; new patchy hair loss at injection sites; lumps lasting over 2 weeks
        ("there is a thin pinkish line running from the sore spot down towards my collarbone since this morning", "urgent"),
        ("about five weeks after the last session I found a bare round spot on my crown, right where she injected", "urgent"),
        # Cantonese: four weeks after the scalp injections the hard bumps are still there, not smaller; must I see a doctor?
        ("做完頭皮針四個禮拜，啲硬粒仲喺度，冇細過，係咪要睇醫生？", "urgent"),
        # Arabic: the redness spread onto my neck within a few hours (§4c, rapidly spreading redness)
        ("الاحمرار انتشر على رقبتي خلال ساعات قليلة", "emergency"),
        # someone else's present state, shown or under treatment now (brief §4b)
        ("a customer at my barber shop just showed me a hot, oozing lump on his scalp from his meso last week", "urgent"),
        ("My sister is being treated for an infected lump on her scalp after mesotherapy.", "urgent"),
        # the figure after a threshold question is the writer's reading of the sign asked about (§4c, HR >= 130)
        ("Is a pulse of 130 or above dangerous after minoxidil shots? Mine is 150.", "emergency"),
        # Hungarian: a bald patch appeared at the injection site (§4b, patchy hair loss)
        ("A injekció helyén egy kopasz folt jelent meg.", "urgent"),
        # Egyptian Arabizi: meso two months ago, and now hard bumps came up (§4b, new lumps weeks later)
        ("3amalt meso men shahrein w delwa2ty tele3li habbaat gamda", "urgent"),
    ],
)
def test_final42_and_final43_wordings_escalate(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "Is a pulse of 130 or above dangerous after minoxidil shots? Mine is 80, only wondering.",
        "my gran had an abscess from injections 20 years ago, is it still risky today?",
        "my aunt got nasty lumps from injections in the eighties that took ages to heal; she still has tiny scars, all fine now",
        # Spanish: my cousin had an abscess about 6 years ago, she is perfectly fine now. Is it rare nowadays?
        "Mi prima tuvo un absceso hace como 6 años, ya está perfecta. ¿Es raro hoy en día?",
        # a range said of a condition in general, then the writer's all-clear
        "Late lumps come up 2 to 8 weeks after meso? I'm at week 10 with nothing at all, so am I safe?",
        # a question made the writer's by a follow-up that says nothing is there
        "Is it normal that I still look for lumps every morning? It's week five and there's nothing there, I'm just nervous.",
    ],
)
def test_final42_and_final43_non_reports_do_not_escalate(text: str) -> None:
    assert detect(text).level == "none"


def test_normal_readings_beside_a_mild_finding_rule_signs_out() -> None:
    # brief §4a: mild redness for 24-48 h is usual; a normal pulse and temperature given with it rule the rest out
    found = detect("pulse 70, temp 36.6, scalp slightly pink the day after the session")
    assert found.level == "none"
    assert found.ruled_out


def test_a_follow_up_that_only_dates_the_session_reports_nothing() -> None:
    found = detect_in_context(
        "ok, I'm asking because I had my last treatment six weeks ago.", "when do late lumps from meso usually appear?"
    )
    assert found.level == "none"
    found = detect_in_context("asking because I had my session 7 weeks ago and there are two lumps now", "when can lumps appear?")
    assert found.level == "urgent"


def test_a_mark_getting_lighter_rules_signs_out() -> None:
    # brief §4a: a bruise on its way out; the models may not escalate it alone
    assert detect("the little blue mark by my ear is getting lighter every day").ruled_out


def test_a_bruise_that_turns_yellow_in_the_next_message_is_not_pus() -> None:
    found = detect_in_context("day six now and it's turning yellow", "there's a small bruise on my forehead from the injections")
    assert found.level == "none"
    found = detect_in_context(
        "now it has pus coming out and turned yellow", "there's a small bruise on my forehead from the injections"
    )
    assert found.level == "urgent"


# From final44, read after its honest run (the mends below came after that run).
@pytest.mark.parametrize(
    "text",
    [
        # "can't ... without" is not a negation: it happens each time (brief §4c, fainting)
        "I can't stand up without nearly fainting",
        # brief §4c: chest pain or tightness, told with a few words between
        "my chest feels really odd and tight since the injections this morning",
    ],
)
def test_final44_emergencies_are_read(text: str) -> None:
    assert detect(text).level == "emergency"


def test_nothing_since_an_old_reaction_reports_nothing() -> None:
    found = detect_in_context(
        "I have never had another reaction since then.",
        "Long ago I had a reaction at a session, my tongue swelled and I got an injection.",
    )
    assert found.level == "none"
    assert detect("I went a whole month without fainting").level == "none"
