"""Round 23 (2026-12), from the misses of final63 and final64 (read after they were measured): a baseline figure
answers a threshold question; "is it normal to have ..." with a long list of signs; "could my X be from the meso?";
an episode told in the simple past with its length is over; a risk factor before "booked"; glossary words. Each case
is written here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.red_flags import detect
from bot.safety_decision import ClassifierTrust, decide
from bot.safety_model import SafetyScores

TRUST = ClassifierTrust(escalate_at=0.8, escalate_at_with_mild_signs=0.9, emergency_at=0.9, multilingual_escalate_at=0.9)
SURE = SafetyScores(0.97, 0.2, multilingual_escalate=0.97, multilingual_emergency=0.1)  # both models sure of a report

# --- a figure in the normal range after a question about a threshold answers "no" ---


@pytest.mark.parametrize(
    "text",
    [
        "What is a dangerously fast pulse? Mine is normally about 65.",
        "Which temperature counts as a fever? Mine is usually 36.4.",
        "Is 37.2 a fever or still normal?",
    ],
)
def test_a_normal_figure_after_a_threshold_question_is_no_report(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize(
    "text, sign",
    [
        ("What is a dangerously fast pulse? Mine is 150 right now.", "racing_heart"),
        ("What counts as a fever? Mine is 39.1 and my lump is hot.", "fever"),
    ],
)
def test_a_high_figure_after_a_threshold_question_still_reports(text: str, sign: str) -> None:
    found = detect(text)
    assert found.level != "none" and sign in found.signs


# --- "is it normal to have <many signs> ... after the injections?" is the writer's own state ---


def test_is_it_normal_with_a_long_list_of_meningitis_signs_is_an_emergency() -> None:
    text = (
        "Is it normal to have a pounding headache and a really stiff neck and to not be able to look at any light, "
        "five days after my scalp injections?"
    )
    found = detect(text)
    assert found.level == "emergency" and "meningism" in found.signs


def test_is_it_normal_with_a_long_list_stays_a_question_when_asked_in_general() -> None:
    text = "In general, is it normal to have a headache and a stiff neck and light hurting your eyes after meso?"
    assert detect(text).level == "none"


# --- "could my X be from the meso?" and "could X have anything to do with my meso?" ---


@pytest.mark.parametrize(
    "text, sign",
    [
        ("Could my chest pain be caused by the injections this morning?", "chest_pain"),
        ("Could a rash that won't fade when I press a glass on it have something to do with my meso?", "nonblanching_rash"),
        ("Might his confusion be related to the mesotherapy he had on Friday?", "confusion"),
    ],
)
def test_could_my_sign_be_from_the_meso_reports_it(text: str, sign: str) -> None:
    found = detect(text)
    assert found.level == "emergency" and sign in found.signs


def test_could_a_sign_be_from_meso_in_general_stays_a_question() -> None:
    assert detect("Could chest pain ever be a side effect of mesotherapy?").level == "none"


def test_crushing_pain_is_extreme_pain() -> None:
    found = detect("I've had a crushing pain for twenty minutes since the session.")
    assert found.level == "emergency" and "extreme_pain" in found.signs


# --- an episode told in the simple past, with how long it lasted, is over ---


@pytest.mark.parametrize(
    "text",
    [
        "After my first session in May my eyelids were swollen for three days.",
        "I had a sore red lump for about a week after the second session.",
        "My forehead was puffy for two days after the injections last year.",
        "I had a sore red lump on my crown for a week after the first session.",  # "on my crown" is a place
    ],
)
def test_a_past_episode_with_its_length_is_over(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "I have had a red lump for a week.",  # still going
        "My eyelids were swollen for two days and now they are worse.",  # undone
        "had a painful swollen lump from meso for about a week, GP appointment tomorrow",  # care still pending
        "My lumps were treated with flucloxacillin for ten days and they are no smaller.",  # the treatment's length
    ],
)
def test_a_length_that_is_not_a_finished_episode_still_escalates(text: str) -> None:
    assert detect(text).level != "none"


# --- the past, said plainly ---


@pytest.mark.parametrize(
    "text",
    [
        "My son had an abscess from a meso place a couple of years back, it was drained.",
        "Months ago I had a small bald patch where they injected.",
        "I had a hot lump after meso in the summer.",
    ],
)
def test_the_remote_past_is_no_report(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "A scarred bald patch where I had meso in the summer.",  # the season dates the session
        "I had a lump come up yesterday after meso in the summer.",
        "Months ago I had meso and now there is a red hot lump.",
    ],
)
def test_a_season_or_months_ago_that_dates_the_session_still_escalates(text: str) -> None:
    assert detect(text).level == "urgent"


def test_a_lump_that_got_better_after_pills_is_over_but_not_if_it_came_back() -> None:
    assert detect("After meso a lump came up, the doctor gave me tablets and it got better.").level == "none"
    assert detect("I had a lump and it got better and then worse again.").level == "urgent"


def test_ordinary_male_pattern_loss_is_not_patchy_loss_from_injections() -> None:
    assert detect("There's a thin patch at my crown, it's just male pattern, I've had it for years.").level == "none"
    found = detect("I have male pattern loss, and since my meso a new bald patch has appeared where they injected.")
    assert "patchy_hair_loss" in found.signs


# --- a risk factor and a sign, with "booked" in between ---


def test_a_site_that_became_sore_tells_the_injections_were_had() -> None:
    text = "I'm on tacrolimus after a liver transplant, so I booked meso. Yesterday one of the sites became red and sore."
    found = detect(text)
    assert found.level == "urgent" and "immunocompromised" in found.signs


# --- "chill" as slang ---


def test_chill_as_slang_is_no_chills_but_a_chill_is() -> None:
    assert "chills" not in detect("little scabs on day 2 after meso. all chill?").signs
    assert "chills" in detect("I have a fever and a chill tonight and the lump is sore").signs


# --- glossary words ---


@pytest.mark.parametrize(
    "text, level",
    [
        ("mi stanno cadendo i capelli a chiazze dove hanno fatto le iniezioni", "urgent"),  # Italian
        ("Набряк навколо очей наростає після мезотерапії", "urgent"),  # Ukrainian
        ("nemůžu popadnout dech po mezoterapii", "emergency"),  # Czech
        ("ammi ki saans bohat tez chal rahi hai meso ke baad", "emergency"),  # romanised Urdu
        ("mezoterapiyadan sonra basim dehsetli agriyir, boynum tutulub", "emergency"),  # Azerbaijani
        ("fáj minden izmom a mezoterápia után, fel se tudok kelni", "emergency"),  # Hungarian
    ],
)
def test_glossary_words_read(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "od ilu stopni jest gorączka?",  # Polish: "from how many degrees is it a fever?"
        "pichle saal meso ke baad ganth hui thi jo apne aap theek ho gai, kya main phir se karva sakti hun?",
    ],
)
def test_glossary_questions_and_past_stories_read(text: str) -> None:
    assert detect(text).level == "none"


# --- a month or season that dates the writer's own past episode; a sign made of parts, framed away ---


def test_a_past_episode_in_a_named_month_is_no_report_unless_it_came_up_later() -> None:
    assert detect("I had a high temperature after my first session in February.").level == "none"
    assert detect("I had a sore lump come up three weeks after my session in February.").level == "urgent"


def test_a_past_patch_of_hair_loss_is_framed_away_so_the_models_cannot_escalate_it_alone() -> None:
    found = detect("Last year I got a bald patch where they injected.")
    assert found.level == "none" and found.framed_away
    assert decide(found, "nlu_fallback", (), 0.2, TRUST, SURE).level == "none"
    assert not detect("I have a bald patch where they injected.").framed_away


# --- a small bump and nothing else: usual, so the safety models alone may not escalate it ---


@pytest.mark.parametrize("text", ["there's a small bump near my crown", "I've got a tiny bump at one of the sites."])
def test_a_small_bump_alone_is_usual(text: str) -> None:
    found = detect(text)
    assert found.level == "none" and found.usual_only
    decision = decide(found, "report_urgent", (), 0.9, TRUST, SURE)  # the models alone do not escalate it ...
    assert decision.level == "none" and decision.source == "safety_net"  # ... and the conditional net goes out


@pytest.mark.parametrize(
    "text",
    [
        "there's a small bump near my crown and it's warm",
        "a small bump at one of the sites, it's been there for three weeks",
        "a small bump at one of the sites that keeps getting bigger",
    ],
)
def test_a_small_bump_with_a_4b_feature_escalates(text: str) -> None:
    found = detect(text)
    assert found.level == "urgent" and not found.usual_only


# --- feeling unwell in mild words that name no sign: the net, not an escalation by the models alone ---


@pytest.mark.parametrize("text", ["been feeling a bit off since the injections", "I feel under the weather today"])
def test_mild_vague_malaise_is_not_escalated_by_the_models_alone(text: str) -> None:
    found = detect(text)
    assert found.level == "none" and found.vague_only
    decision = decide(found, "report_urgent", (), 0.9, TRUST, SURE)
    assert decision.level == "none" and decision.source == "safety_net"


@pytest.mark.parametrize(
    "text",
    [
        "I feel really unwell since the injections",  # not mild
        "feeling rough and my lump is hot",  # a sign
        "I'm diabetic and feel a bit off since the meso",  # a risk factor
        "Je me sens pas bien depuis la mésothérapie",  # not English: the multilingual model reads it
    ],
)
def test_malaise_that_is_not_mild_or_not_alone_is_left_to_the_models(text: str) -> None:
    found = detect(text)
    assert not found.vague_only
    assert decide(found, "report_urgent", (), 0.9, TRUST, SURE).level == "urgent"  # the models may escalate it


# --- more readings from final62 and final64 ---


def test_a_top_number_under_90_is_low_blood_pressure() -> None:
    found = detect("The nurse took my blood pressure after I nearly fainted and the top number was below 88.")
    assert found.level == "emergency" and "low_blood_pressure" in found.signs
    assert detect("What does it mean if the top number of blood pressure is under 90?").level == "none"


def test_gone_a_month_ago_is_over_unless_it_came_back() -> None:
    assert detect("I had a bump after my last session. It went away a month ago.").level == "none"
    assert detect("The bump went away a week ago but now it's back and red.").level == "urgent"


def test_a_threshold_asked_with_a_decimal_figure_is_a_question() -> None:
    assert detect("Is 37.8 °C a fever, or does it have to be 38 and over?").level == "none"
    assert detect("Mine is 38.6, is 38 and over a fever?").level == "urgent"
