"""Round 25 (2026-12), from the misses of final68 (read after it was measured): salon staff telling someone else's
story; "has had ... for weeks" as ongoing; episodes told to their end ("all healed now", "stayed normal since",
"filled back in", "it's settled"); "is <sign> where they injected normal?" as the writer's own; a session booked abroad
and come back from; tiny crusts as §4a; "doubled since the weekend" is growth, not speed; "hurts like hell" on a hot
lump is severe, not extreme; short English malaise that langdetect doubts; Korean, French, Egyptian Arabic and
Afrikaans words. Each case is written here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.red_flags import detect
from bot.safety_decision import ClassifierTrust, decide
from bot.safety_model import SafetyScores

TRUST = ClassifierTrust(escalate_at=0.8, escalate_at_with_mild_signs=0.9, emergency_at=0.9, multilingual_escalate_at=0.9)
SURE = SafetyScores(0.97, 0.2, multilingual_escalate=0.97, multilingual_emergency=0.1)  # both models sure of a report


@pytest.mark.parametrize(
    "text",
    [
        "The lady who does my lashes told me her cousin got pus after meso. Is that common?",
        "my mum's hairdresser told her that lumps after meso are just the product settling, true?",
    ],
)
def test_salon_staff_telling_of_someone_else_is_hearsay(text: str) -> None:
    assert detect(text).level == "none"


def test_salon_staff_telling_the_writer_about_the_writers_lump_is_not_hearsay() -> None:
    assert detect("the woman at the salon told me my lump is hot and pus is coming out").level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "My brother has had a hard bump on his scalp since his meso, a month now, and it's not shrinking.",
        "my friend has had a red lump at one injection spot for 3 weeks",
    ],
)
def test_someone_who_has_had_a_lump_for_weeks_still_has_it(text: str) -> None:
    found = detect(text)
    assert found.level == "urgent" and "late_or_persistent_lump" in found.signs


def test_someone_who_had_a_lump_before_is_still_a_story() -> None:
    assert detect("my friend had a lump after meso years ago, it cleared with antibiotics").level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "got an abscess from meso back in 2021, drained and all healed now, want to book again",
        "I had a sore lump after a session last year, it went down and has stayed normal since",
        "In 2019 I lost a patch of hair where they injected, but it filled back in within months.",
    ],
)
def test_an_episode_told_to_its_end_is_over(text: str) -> None:
    assert detect(text).level == "none"


def test_an_old_episode_with_a_sign_now_still_escalates() -> None:
    assert detect("got an abscess from meso in 2021, it healed, but now there's pus again at the same spot").level == "urgent"


def test_a_treated_episode_said_to_have_settled_is_all_clear() -> None:
    found = detect("A spot turned into a boil after my session. The nurse lanced it on Tuesday and it's settled now.")
    assert found.level == "none" and found.all_clear
    assert decide(found, None, (), 0.9, TRUST, SURE).level == "none"


@pytest.mark.parametrize(
    "text, sign",
    [
        ("Is a bald patch exactly where they injected a normal side effect?", "patchy_hair_loss"),
        ("Is shaking uncontrollably with chattering teeth a normal reaction to the meso injections?", "rigors"),
    ],
)
def test_is_a_sign_of_ones_own_normal_reports_it(text: str, sign: str) -> None:
    assert sign in detect(text).signs


def test_is_a_named_sign_normal_in_general_stays_a_question() -> None:
    assert detect("Is losing some hair normal after meso?").level == "none"


def test_a_session_booked_abroad_and_come_back_from_was_had() -> None:
    text = "I booked meso in Seoul while I was on holiday, flew home on Friday. Now there's pus at one spot."
    assert detect(text).level == "urgent"


def test_a_session_booked_for_next_week_was_not_had() -> None:
    assert detect("I booked meso for next week. I have a fever today, should I still go?").level == "none"


@pytest.mark.parametrize("text", ["day 2 after meso, a few tiny crusts where the needles went", "little crusts on my scalp"])
def test_tiny_crusts_are_usual(text: str) -> None:
    found = detect(text)
    assert found.level == "none" and found.usual_only


def test_a_yellow_crust_that_weeps_is_still_pus() -> None:
    assert detect("small crusts and one spot is weeping yellow pus").level == "urgent"


def test_a_lump_doubled_over_days_is_growth_not_speed() -> None:
    found = detect("the bump from my meso has doubled since Saturday")
    assert found.level == "urgent" and "fast_spreading_redness" not in found.signs


def test_redness_doubled_within_hours_is_still_fast() -> None:
    assert detect("the redness round the spot has doubled in an hour").level == "emergency"


@pytest.mark.parametrize(
    "text", ["one meso bump is hot, red and hurts like hell", "ho un nodulo caldo sulla testa dopo la meso e fa un male cane"]
)
def test_a_hot_lump_that_hurts_like_hell_is_urgent(text: str) -> None:
    found = detect(text)
    assert found.level == "urgent" and "extreme_pain" not in found.signs


@pytest.mark.parametrize(
    "text",
    [
        "my scalp hurts like hell since the meso and nothing shows",
        "hot lump from meso, worst pain of my life, hurts like hell",
    ],
)
def test_pain_like_hell_with_nothing_to_see_or_worst_ever_is_extreme(text: str) -> None:
    assert "extreme_pain" in detect(text).signs


def test_short_english_malaise_stays_mild() -> None:
    found = detect("I feel unwell after my meso.")
    assert found.vague_only
    assert decide(found, None, (), 0.9, TRUST, SURE).level == "none"


def test_malaise_read_by_a_glossary_is_left_to_the_models() -> None:
    assert not detect("Je me sens mal depuis la meso").vague_only


def test_a_breathing_rate_seen_as_a_warning_sign_is_hearsay() -> None:
    assert detect("What breathing rate is too fast? I've seen 28 a minute given as a red flag.").level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "시술 다음 날 이마가 좀 부었는데 지금 눈썹까지 내려왔고 붓기가 빠지는 중이에요",
        "Mon front a gonflé le lendemain, ça descend vers les sourcils et ça dégonfle déjà",
        "أخويا عمل ميزو من سنتين وطلعله خراج واتعالج وبقى كويس خالص",
        "My neef het twee jaar gelede 'n abses gekry, maar dit het heeltemal genees.",
    ],
)
def test_glossary_words_read_as_the_usual_course_or_an_old_story(text: str) -> None:
    assert detect(text).level == "none"


def test_korean_redness_moving_down_still_spreads() -> None:
    assert detect("메조 맞은 자리가 빨갛게 부어서 목까지 내려왔어요").level != "none"


# --- remaining misses of final65 and final66 ---


def test_a_bald_spot_where_the_practitioner_went_in_is_hair_loss_at_a_site() -> None:
    assert "patchy_hair_loss" in detect("a bald patch has come up where the meso lady jabbed me").signs


def test_asking_if_the_scars_where_the_needles_went_are_permanent_reports_them() -> None:
    assert detect("Will the shiny scarred spots where the needles went in stay for good?").level == "urgent"


def test_asking_if_scars_can_be_permanent_in_general_is_a_question() -> None:
    assert detect("Could scars from meso be permanent?").level == "none"


def test_a_next_session_booked_means_sessions_were_had() -> None:
    text = "We went for meso together last month. My lump is getting bigger every day. Our next session is booked for Monday."
    assert detect(text).level == "urgent"


# --- Hausa and Estonian glossaries (round 25) ---


@pytest.mark.parametrize(
    "text, level",
    [
        ("Mahaifiyata ta suma bayan an yi mata allurar mesotherapy a kai", "emergency"),
        ("Ina jin ciwon ƙirji sosai tun bayan allurar kai", "emergency"),
        ("Wurin allurar a kaina ya kumbura, yana da zafi kuma yana fitar da mugunya", "urgent"),
        ("Ba ni da zazzaɓi, babu kumburi. Yaushe zan iya wanke gashina?", "none"),
        ("Bara na taɓa samun ƙurji bayan allura, na warke gaba ɗaya. Zan iya sake yi?", "none"),
    ],
)
def test_hausa_is_read(text: str, level: str) -> None:
    assert detect(text).level == level


def test_a_hausa_shiver_that_is_mild_and_otherwise_well_is_not_rigors() -> None:
    found = detect("Ina da kumburi mai ciwo a kaina, ina ɗan jin rawar jiki, amma ban da haka lafiya ƙalau.")
    assert found.level == "urgent" and "rigors" not in found.signs


@pytest.mark.parametrize(
    "text, level",
    [
        ("Süstekohast tuleb mäda juba kolm päeva", "urgent"),
        ("Mu ema ei ärka üles ja tal on kõrge palavik pärast mesoteraapiat", "emergency"),
        ("Palavikku pole, punetust pole, aga ikka muretsen.", "none"),
    ],
)
def test_estonian_is_read(text: str, level: str) -> None:
    assert detect(text).level == level


# --- from final69 (read after it was measured) ---


def test_redness_from_the_injection_spots_not_fading_is_no_glass_test() -> None:
    found = detect("the red around the injection spots keeps spreading and is not fading")
    assert found.level == "urgent" and "nonblanching_rash" not in found.signs


def test_spots_elsewhere_that_do_not_fade_are_still_a_nonblanching_rash() -> None:
    assert detect("there are spots on my tummy that do not fade when I press a glass on them").level == "emergency"


def test_what_temperature_actually_counts_as_a_fever_is_a_question() -> None:
    assert detect("My mum asked what temperature actually counts as a fever after meso.").level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "मेसोथेरपीनंतर काल सकाळपासून लघवी झाली नाही",  # Marathi: no urine since yesterday morning
        "3amalt meso w el makan eltahab, w delwa2ty bashoof kol 7aga etnein",  # Arabizi: infected, now seeing double
    ],
)
def test_marathi_and_arabizi_emergency_words(text: str) -> None:
    assert detect(text).level == "emergency"


def test_a_parting_that_looks_wider_is_hair_not_spreading_redness() -> None:
    assert detect("my parting still looks wider than last year, does meso help with that?").level == "none"


def test_redness_gone_past_the_hairline_fast_still_spreads_fast() -> None:
    assert detect("the redness has gone past my hairline onto my forehead in the last hour").level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "We had a lecture on sepsis at uni today. The lecturer listed a heart rate over 130. Does that apply after meso?",
        "Our trainer talked about a breathing rate of 25 as a red flag. Is that for everyone?",
    ],
)
def test_what_a_lecture_taught_is_no_report(text: str) -> None:
    assert detect(text).level == "none"


def test_is_this_what_they_talk_about_with_sepsis_is_still_a_report() -> None:
    text = "his legs have a purple mottled pattern and he has a fever since the meso, is this what they talk about with sepsis?"
    assert detect(text).level == "emergency"


def test_a_first_session_booked_is_not_yet_treated() -> None:
    text = "I've booked my first mesotherapy for next week and my sister warned me about fevers of 39 and stiff necks."
    assert detect(text).level == "none"
