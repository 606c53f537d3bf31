"""Round 24 (2026-12), from the misses of final65 and then final66 (each read after it was measured): a frank aside
is no negation; no urine told through the toilet; own questions about a named sign ("should I get the ... looked at?",
"is it normal for the X to keep ..."); a figure before "h" is no temperature; swelling that dropped to the eyelids in
the first days or is settling; an episode that "went on its own"; a relative's finished story; mild soreness alone;
lists seen; questions asked before any injection; Cyrillic, Serbian and other glossary words. Each case is written
here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.chat_glossary import language_of
from bot.chat_scripts import transliterate
from bot.red_flags import detect
from bot.safety_decision import ClassifierTrust, decide
from bot.safety_model import SafetyScores

TRUST = ClassifierTrust(escalate_at=0.8, escalate_at_with_mild_signs=0.9, emergency_at=0.9, multilingual_escalate_at=0.9)
SURE = SafetyScores(0.97, 0.2, multilingual_escalate=0.97, multilingual_emergency=0.1)  # both models sure of a report


@pytest.mark.parametrize(
    "text", ["not gonna lie, no pee since last night and my scalp is oozing", "ngl I haven't peed since yesterday"]
)
def test_not_gonna_lie_is_an_aside_not_a_negation(text: str) -> None:
    found = detect(text)
    assert found.level == "emergency" and "no_urine" in found.signs and not found.ruled_out


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to the toilet for urine since yesterday morning, more than a day",
        "she has not been going to the loo since last night",
    ],
)
def test_no_urine_told_through_the_toilet(text: str) -> None:
    assert "no_urine" in detect(text).signs


def test_not_going_to_the_toilet_much_is_no_sign() -> None:
    assert "no_urine" not in detect("I'm not going to the toilet much since the session").signs


@pytest.mark.parametrize(
    "text, sign",
    [
        ("I take prednisolone. Should I get the sore red bump on my crown looked at?", "painful_lump"),
        ("Can I just wipe the pus leaking from my injection spot with a tissue?", "pus"),
    ],
)
def test_a_question_about_a_named_sign_of_ones_own_reports_it(text: str, sign: str) -> None:
    found = detect(text)
    assert found.level == "urgent" and sign in found.signs


def test_a_question_about_cleaning_pus_in_general_stays_a_question() -> None:
    assert detect("How do you clean pus at home after meso?").level == "none"


def test_a_figure_before_h_is_no_temperature() -> None:
    assert "fever" not in detect("the swelling came 12 h after the session and now at 39 h it's a bit less").signs


def test_a_temperature_with_hours_after_it_still_reads() -> None:
    assert "fever" in detect("temp 39.2 for the last 6 hours and my lump is hot").signs


@pytest.mark.parametrize(
    "text",
    [
        "Swollen forehead since the meso yesterday, today it has moved down to my eyelids but it's smaller",
        "By tonight the puffiness is sliding down towards my eyebrows and it feels softer than this morning",
    ],
)
def test_swelling_that_dropped_and_is_settling_is_the_usual_course(text: str) -> None:
    found = detect(text)
    assert found.level == "none"
    assert not {"spreading_redness", "fast_spreading_redness", "face_eye_swelling"} & set(found.signs)


@pytest.mark.parametrize(
    "text",
    [
        "the swelling has moved down to my eyes and is getting worse",
        "the swelling went from one spot to my whole forehead and eye in 2 hours",
    ],
)
def test_swelling_that_spreads_or_worsens_still_escalates(text: str) -> None:
    assert detect(text).level != "none"


def test_an_episode_that_went_on_its_own_is_over() -> None:
    found = detect("got a nasty lump after meso about 5 months back, it went on its own, fine since")
    assert found.level == "none" and found.ruled_out


def test_a_relatives_story_that_turned_out_to_be_something_is_past_but_not_if_current() -> None:
    assert detect("My aunt had bumps for ages after meso abroad and it turned out to be a mycobacterium.").level == "none"
    assert detect("My aunt has bumps for weeks after meso, it turned out to be infected.").level == "urgent"


@pytest.mark.parametrize("text", ["one of the meso spots is a little sore", "my scalp is slightly tender where they injected"])
def test_mild_soreness_alone_is_not_escalated_by_the_models_alone(text: str) -> None:
    found = detect(text)
    assert found.level == "none" and found.usual_only
    assert decide(found, "report_urgent", (), 0.9, TRUST, SURE).level == "none"


@pytest.mark.parametrize(
    "text", ["one of the meso spots is really sore", "a bit sore and hot at one spot", "slightly sore, I'm diabetic"]
)
def test_soreness_that_is_not_mild_or_not_alone_is_left_to_the_models(text: str) -> None:
    found = detect(text)
    assert not found.usual_only
    assert decide(found, "report_urgent", (), 0.9, TRUST, SURE).level == "urgent"


def test_cyrillic_ties_go_to_the_russian_glossary() -> None:
    assert language_of("після мезотерапії з'явилася лиса пляма саме там де кололи") == "ru"


@pytest.mark.parametrize(
    "text, level",
    [
        ("Tatínek je zmatený a nepoznává mě, týden po mezoterapii", "emergency"),
        ("Mamma är jättedåsig och går knappt att väcka efter mesoterapin, hon har feber", "emergency"),
        ("Olyan érzésem van, mintha meghalnék, a mezoterápia óta", "emergency"),
        ("Huulet turpoaa, sain juuri mesoterapiaa päänahkaan", "emergency"),
        ("Отёк со лба спустился к глазам и уже меньше, второй день после мезо", "none"),
    ],
)
def test_glossary_words_read(text: str, level: str) -> None:
    assert detect(text).level == level


# --- from final66 ---


@pytest.mark.parametrize(
    "text",
    [
        "Is it normal for the swelling on my crown to keep growing every day?",
        "Could it be normal that the redness is spreading down my neck since this morning?",
    ],
)
def test_is_it_normal_for_my_sign_to_keep_changing_reports_it(text: str) -> None:
    assert detect(text).level != "none"


def test_is_it_normal_for_bruises_to_keep_changing_colour_is_no_report() -> None:
    assert detect("Is it normal for the bruises to keep changing colour?").level == "none"


def test_lists_seen_are_no_report() -> None:
    text = "I've seen lists with things like confusion, a stiff neck and fast breathing; which of those mean A&E?"
    assert detect(text).level == "none"


def test_a_relatives_finished_episode_is_past_but_not_if_it_goes_on() -> None:
    assert detect("My sister had bumps for weeks after meso in Spain").level == "none"
    assert detect("My sister had bumps for weeks after meso and still has them").level == "urgent"


def test_healthy_now_ends_a_long_past_story() -> None:
    assert detect("I had chest pain years ago, it was reflux in the end, and I'm healthy now.").level == "none"


@pytest.mark.parametrize(
    "text", ["it slid down around my eyes on day 2", "the puffiness has dropped down to my eyelids, it's the day after"]
)
def test_swelling_that_slid_down_in_the_first_days_gates_the_models(text: str) -> None:
    found = detect(text)
    assert found.level == "none" and found.usual_only
    assert decide(found, "report_urgent", (), 0.9, TRUST, SURE).level == "none"


def test_swelling_that_slid_down_and_got_worse_is_left_to_the_models() -> None:
    found = detect("on day 5 it moved down to my eyes and is getting worse")
    assert not found.usual_only and found.level != "none"


def test_no_injection_yet_stops_the_models_overruling_a_hypothetical() -> None:
    text = "If after my session I got a fever of 39 and one spot swelled up, what would I do? My session isn't until the 14th."
    found = detect(text)
    assert found.level == "none" and found.before_treatment
    trust = ClassifierTrust(overrule_at=0.9, overrule_multilingual_at=0.9)
    assert decide(found, "report_urgent", (), 0.9, trust, SURE).level == "none"
    after = detect("If I got a fever of 39 and one spot swelled up, what would I do? I had my session on Monday.")
    assert not after.before_treatment


def test_serbian_cyrillic_letters_are_transliterated() -> None:
    assert transliterate("излечено је, њено") == "izlecheno je, njeno"


@pytest.mark.parametrize(
    "text, level",
    [
        ("Imam crvenu kvrgu na glavi posle mezoterapije koja raste", "urgent"),
        ("Kvrge posle mezoterapije ne prolaze ni posle antibiotika", "urgent"),
        ("Да ли је нормално да имам мале красте други дан? Нема гноја ни температуре.", "none"),
        ("Прошле године сам имала кврге после мезотерапије, излечено је, сада је све у реду.", "none"),
        ("Mám hroznú bolesť svalov po celom tele a strašnú triašku po mezoterapii", "emergency"),
    ],
)
def test_more_glossary_words_read(text: str, level: str) -> None:
    assert detect(text).level == level


def test_mildly_tired_alone_is_vague_malaise_but_not_so_tired_one_cannot_stay_awake() -> None:
    found = detect("I had it yesterday and I'm a bit tired")
    assert found.level == "none" and found.vague_only
    assert decide(found, "report_urgent", (), 0.9, TRUST, SURE).level == "none"
    assert detect("she's so tired she can't stay awake since the meso").level == "emergency"


def test_soreness_beside_mild_warmth_is_not_soreness_alone() -> None:
    assert not detect("One of the spots has gone a bit warm and tender since yesterday.").usual_only


def test_a_usual_finding_after_a_risk_factor_is_left_to_the_models() -> None:
    found = detect("one of the meso spots is a little sore")
    assert found.usual_only
    assert decide(found, "report_urgent", ("immunocompromised",), 0.9, TRUST, SURE).level == "urgent"
    assert decide(found, "report_urgent", (), 0.9, TRUST, SURE).level == "none"


def test_what_they_found_goes_on_a_relatives_past_story() -> None:
    from bot.safety_decision import detect_in_context

    previous = "My uncle had lumps for months after meso in Lima back in 2015."
    assert detect_in_context("They eventually found a mycobacterium.", previous).level == "none"
    assert detect_in_context("they found an abscess on my scalp today", "I had meso two weeks ago").level == "urgent"


def test_mildly_puffy_eyelids_that_are_settling_are_the_usual_course() -> None:
    text = "Is it normal for my eyelids to look a little puffy the day after scalp meso? It's already settling."
    assert "face_eye_swelling" not in detect(text).signs
    assert "face_eye_swelling" in detect("my eyelids are very puffy the day after meso and it's not settling").signs


# --- from final67 (read after its checkpoint figure was taken) ---


def test_it_is_unbearable_after_a_pain_question_is_extreme_pain() -> None:
    found = detect("Is this much pain normal? It's unbearable, I'm in tears, and the spot is only a little red.")
    assert found.level == "emergency" and "extreme_pain" in found.signs
    assert detect("the waiting is unbearable, when is my next session?").level == "none"


def test_spreading_in_the_space_of_two_hours_is_fast() -> None:
    text = "The redness has spread from my hairline onto my cheek in the space of about two hours."
    assert "fast_spreading_redness" in detect(text).signs


def test_a_question_then_i_feel_fine_otherwise_is_a_report_and_otherwise_well() -> None:
    found = detect("Is a mild fever with a sore lump on my scalp a worry? I feel fine otherwise.")
    assert found.level == "urgent" and found.otherwise_well


def test_swelling_down_one_side_of_the_face_is_no_weakness() -> None:
    assert "focal_weakness" not in detect("I've got swelling down one side of my face since the meso").signs
    assert "focal_weakness" in detect("one side of my face is drooping since this morning").signs


def test_a_little_bump_at_a_spot_on_day_3_is_usual() -> None:
    assert detect("There's a little bump at one injection spot, it's day 3.").usual_only


@pytest.mark.parametrize(
    "text, level",
    [
        ("У меня адская боль в голове, 10 из 10, а покраснение маленькое. Мезотерапию делали вчера.", "emergency"),
        ("Dacă aș avea febră după mezoterapie, de la ce temperatură merg la urgențe?", "none"),
        ("pichli dafa meso ke baad ek gilti bani thi jo khud theek ho gayi, dobara karwa sakti hoon?", "none"),
    ],
)
def test_final67_glossary_words_read(text: str, level: str) -> None:
    assert detect(text).level == level


def test_a_lump_that_grew_from_one_size_to_another_is_a_growing_lump() -> None:
    found = detect("Yesterday it was the size of a lentil, today it's more like a chickpea.")
    assert found.level == "urgent" and "late_or_persistent_lump" in found.signs
    assert detect("is a lump the size of a pea normal after meso?").level == "none"
