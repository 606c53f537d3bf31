"""Round 22 (2026-12), from the misses of final59 and of final60-61 (read after they were measured): a follow-up's
"they" or "it" read as the lump the message before named; past stories closed in the next sentence; questions asked
before any injection; fast spread told in words and in clock times; mild findings in the first day or two; glossary
words. Each case is written here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.red_flags import detect
from bot.red_flags.anaphora import resolve_anaphor, resolve_one
from bot.safety_decision import ClassifierTrust, decide, detect_in_context
from bot.safety_model import SafetyScores

# --- a follow-up's pronoun, read as the lump the message before named ---


@pytest.mark.parametrize(
    "previous, follow_up",
    [
        ("The nurse said the bumps would settle.", "It's been a month since the injections and they look just the same."),
        ("My GP thinks the nodules are nothing.", "They only came up five weeks after my last session though."),
        ("I have two small lumps near the crown.", "they're three weeks old now and no smaller"),
    ],
)
def test_they_in_a_follow_up_is_the_lump_named_before(previous: str, follow_up: str) -> None:
    assert detect(follow_up).level == "none"  # alone, "they" names nothing
    found = detect_in_context(follow_up, previous)
    assert found.level == "urgent" and "late_or_persistent_lump" in found.signs


@pytest.mark.parametrize(
    "previous, follow_up",
    [
        ("Do lumps after meso usually go away?", "How long do they take?"),  # asks
        ("My cousin had lumps after meso.", "They lasted ages."),  # someone else's story
        ("There's a bump near my parting.", "They said it was normal at the clinic."),  # "they" are people
        ("There's a bump near my parting.", "It was drained last spring."),  # the noun alone is no news
    ],
)
def test_a_pronoun_that_adds_no_current_sign_reports_nothing_new(previous: str, follow_up: str) -> None:
    assert detect_in_context(follow_up, previous).level == "none"


def test_resolve_anaphor_keeps_it_as_time_and_they_as_people() -> None:
    assert resolve_anaphor("it is been 3 weeks", "the lump is there") is None
    assert resolve_anaphor("they said to wait", "the bumps are red") is None
    assert resolve_anaphor("and they are the same", "the bumps are red") == "and the bumps are the same"


# --- past stories closed later ---


@pytest.mark.parametrize(
    "text",
    [
        "My wife had an infected spot after meso in May. It was swollen and weeping, the GP drained it, and it's fully "
        "healed now.",
        "my brother got a nasty abscess from meso ages ago but he got better, is it still that dangerous",
        "the bump I had went away. just wondering about going back",
        "In February I had a sore lump after a session. The nurse said it would go down, and it did, within a week.",
    ],
)
def test_a_past_sign_closed_later_in_the_message_does_not_escalate(text: str) -> None:
    assert detect(text).level == "none"


def test_a_story_that_goes_on_into_now_still_escalates() -> None:
    assert detect("I had an infected spot after meso. It was red and weeping and now it is spreading.").level == "urgent"
    assert detect("They said the lump would go down, and it did not.").level == "urgent"


# --- asked before any injection ---


def test_an_emergency_sign_asked_about_before_any_injection_is_asked_not_told() -> None:
    found = detect("Fainting and chest pain after scalp injections, is that possible? I want to know before I do the treatment.")
    assert found.level == "none" and {"chest_pain", "fainting"} <= set(found.asked_signs)


def test_an_emergency_sign_told_now_before_a_first_session_still_escalates() -> None:
    assert detect("My first session is booked for Friday but I have chest pain, what should I do?").level == "emergency"


# --- spread, pain and vitals told in other words ---


@pytest.mark.parametrize(
    "text",
    [
        "The redness has travelled from my hairline to my cheek in about three hours.",
        "the red on my scalp is going very quick, in one hour it reached my ear",
        "The red patch was 4 cm at 10am and it's 12 cm now at 1pm.",
    ],
)
def test_fast_spread_in_words_and_clock_times_is_an_emergency(text: str) -> None:
    assert detect(text).level == "emergency"


def test_a_line_drawn_round_the_redness_is_no_spread_on_its_own() -> None:
    assert detect("I marked round the pink area with a pen at noon to keep an eye on it.").level == "none"


def test_pain_during_the_injections_is_not_pain_out_of_proportion() -> None:
    assert detect("Had my second session today. It hurt more than I expected while they injected.").level == "none"
    assert detect("The spot hurts more than I expected, three days on.").level == "emergency"


def test_a_figure_later_than_the_usual_heart_rate() -> None:
    assert detect("My pulse is normally about 65. Tonight it's 140 and I feel dreadful.").level == "emergency"
    assert detect("My pulse is normally about 65. Tonight it's 70.").level == "none"


def test_a_witness_naming_the_writers_own_fit() -> None:
    assert detect("I think I just had what my partner says was a seizure").level == "emergency"


def test_muscles_hurting_everywhere_and_unable_to_get_up() -> None:
    assert detect("my muscles ache everywhere, I can't even get up, the meso spots are weeping").level == "emergency"


# --- own-state questions ---


@pytest.mark.parametrize(
    "text, level",
    [
        ("Why haven't my lumps gone down after a whole course of antibiotics?", "urgent"),
        ("Is blurred double vision normal while on antibiotics for a scalp infection?", "emergency"),
        ("Is it normal to have a red line spreading from an injection point?", "urgent"),
    ],
)
def test_questions_about_the_writers_own_state_are_reports(text: str, level: str) -> None:
    assert detect(text).level == level


def test_why_questions_in_general_are_not_reports() -> None:
    assert detect("Why do lumps sometimes come up after mesotherapy?").level == "none"


def test_a_regrowth_question_about_a_bald_area_is_not_hair_loss_from_injections() -> None:
    assert detect("can meso regrow hair where i am totally bald").level == "none"
    assert detect("the hair won't grow back where they injected, there's a bald patch").level == "urgent"


# --- follow-ups to questions ---


def test_a_continued_question_names_signs_without_reporting_them() -> None:
    assert detect_in_context("And what about fainting?", "When should I ring 999 after the injections?").level == "none"


def test_asking_for_the_signs_of_a_category_then_a_mild_own_symptom() -> None:
    previous = "What are the symptoms of an infection after mesotherapy?"
    assert detect_in_context("ok. mine was 5 days ago and one spot is a little itchy", previous).level == "none"
    assert detect_in_context("mine is oozing pus and it's hot", previous).level == "urgent"


def test_asking_because_of_injections_without_a_determiner_only_dates_them() -> None:
    previous = "What do red streaks on the skin mean?"
    assert detect_in_context("I'm asking because I had scalp injections on Tuesday.", previous).level == "none"


# --- mild findings in the first day or two: the models alone do not escalate them ---

TRUST = ClassifierTrust(
    escalate_at=0.8,
    escalate_at_with_mild_signs=0.9,
    emergency_at=0.9,
    multilingual_escalate_at=0.9,
    multilingual_emergency_at=0.95,
)
SURE = SafetyScores(0.97, 0.2, multilingual_escalate=0.97, multilingual_emergency=0.1)


@pytest.mark.parametrize("text", ["one spot is still a little pink, it's day 2", "had meso yesterday and my scalp is a bit sore"])
def test_mild_findings_in_the_first_days_are_usual(text: str) -> None:
    found = detect(text)
    assert found.level == "none" and found.usual_only
    assert decide(found, "nlu_fallback", (), 0.2, TRUST, SURE).level == "none"


@pytest.mark.parametrize("text", ["one spot is pink, day 2, and I feel really unwell", "it's red on day 5"])
def test_mild_findings_with_more_or_later_are_not_usual_only(text: str) -> None:
    found = detect(text)
    assert not found.usual_only
    assert decide(found, "nlu_fallback", (), 0.2, TRUST, SURE).level == "urgent"


# --- glossary words ---


@pytest.mark.parametrize(
    "text, level",
    [
        ("Преди час получих гърч, имам абсцес на главата", "emergency"),  # Bulgarian: a seizure an hour ago, an abscess
        ("Tinc febre alta i unes taques a la pell que no desapareixen", "emergency"),  # Catalan: fever, non-fading spots
        ("habis meso ada bintik darah kecil di kulit kepala, normal kan?", "none"),  # Indonesian: pinpoint blood spots
        ("Рік тому була шишка після мезотерапії, повністю зникла", "none"),  # Ukrainian: a lump a year ago, gone
        ("En ole käynyt pissalla yli vuorokauteen", "emergency"),  # Finnish: no pee for over a day
        ("Min mand har marmoreret hud og 39 i feber", "emergency"),  # Danish: mottled skin and fever
        ("mon père respire très vite et il a de la fièvre", "emergency"),  # French: breathing very fast
        ("Nagyon szapora a szívverésem és lázas vagyok", "emergency"),  # Hungarian: racing heart, fever
        ("msh 2ader ebla3 w shfafe 3am yenfokho", "emergency"),  # Arabizi: cannot swallow, lips swelling
        ("shoharam gij mizane va nemidoone kojast", "emergency"),  # Persian (Latin): confused, does not know where
    ],
)
def test_glossary_words_read(text: str, level: str) -> None:
    assert detect(text).level == level


# --- final59's misses and round 21's noted ones ---


def test_a_relatives_account_of_the_writers_confusion() -> None:
    assert detect("my partner says I keep staring into space and I asked him twice who he was").level == "emergency"
    assert detect("the courier asked me who I was at the door").level == "none"


def test_the_writers_own_consultation_is_not_hearsay() -> None:
    text = "Two months ago lumps came up after meso, I saw a doctor who said it was folliculitis and gave me antibiotics."
    assert detect(text).level == "urgent"
    assert detect("my friend saw a doctor who said her lumps were an infection").level == "none"


def test_what_the_writer_read_and_their_own_lump_in_one_sentence() -> None:
    assert detect("I read that pus means infection and my bump has pus in it").level == "urgent"
    assert detect("I read that lumps can last weeks and my scalp is fine").level == "none"


def test_one_now_after_someone_elses_old_story_is_a_new_one() -> None:
    previous = "My aunt had an abscess after mesotherapy years ago."
    assert detect_in_context("I have one now", previous).level == "urgent"
    assert detect_in_context("I have one question", previous).level == "none"
    assert resolve_one("i have one now", "my aunt had abscesses years ago") == "i have an abscess now"
    assert resolve_one("i have one now", "my aunt had lumps years ago") == "i have a lump now"


def test_seeing_why_people_worry_is_no_report() -> None:
    assert detect_in_context("I can see why people worry", "What does a red streak from an injection site mean?").level == "none"


def test_worry_about_a_listed_own_spot_with_a_risk_factor() -> None:
    text = "I'm on steroids, should I worry about a pink, sore spot on one of my injection sites?"
    assert detect(text).level == "urgent"


def test_french_red_streak_running_from_the_injection_point() -> None:
    assert detect("j'ai une traînée rouge qui part du point d'injection, c normal?").level == "urgent"


# --- from final62 (read after its honest run) ---


@pytest.mark.parametrize(
    "text",
    [
        "Is it normal that the pain where they injected is so bad I can't think? Painkillers do nothing.",
        "my head hurts at the injection spots, I have never had pain like this",
    ],
)
def test_pain_beyond_words_is_extreme(text: str) -> None:
    assert detect(text).level == "emergency"


def test_worry_about_feeling_feverish_with_a_lump_is_an_own_report() -> None:
    assert detect("Should I worry about feeling shivery with a sore lump from the injections? Otherwise fine.").level == "urgent"


def test_reading_about_sepsis_before_booking_is_no_report() -> None:
    text = "Before I book anything: I've read about sepsis and abscesses and now I'm imagining the worst. Which signs mean A&E?"
    assert detect(text).level == "none"


def test_a_known_alopecia_areata_is_why_they_ask() -> None:
    assert detect("I have alopecia areata in patches. Could mesotherapy help?").level == "none"
    assert detect("Bald patches of alopecia areata came up after the injections").level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "I had a boil on my scalp after meso last month. It was drained and I finished the antibiotics.",
        "I had a lump after meso years back. It was drained and I finished the antibiotics, all healed.",
    ],
)
def test_treated_or_long_ago_stories_do_not_escalate(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize(
    "text, level",
    [
        ("Mám cukrovku a jedno miesto po mezoterapii sčervenalo", "urgent"),  # Slovak: diabetes, a spot turned red
        ("třesu se celá a nemůžu přestat, cvakají mi zuby", "emergency"),  # Czech: shaking all over, teeth chattering
        ("mám zimnici a bulku na hlavě, jinak se cítím dobře", "urgent"),  # Czech: chills and a lump, otherwise well
        ("Dün bayıldım, eşim beni yerde bulmuş", "emergency"),  # Turkish: fainted, found on the floor
        ("Min syster fick en böld för några år sen, den tömdes och läkte fint", "none"),  # Swedish: old, healed
    ],
)
def test_more_glossary_words_read(text: str, level: str) -> None:
    assert detect(text).level == level
