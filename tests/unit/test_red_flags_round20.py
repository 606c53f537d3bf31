"""Round 20 (2026-12), from final45 (read after it was measured) and the honest misses of the last rounds: both safety
models near-certain of a report overrule the detector's reading of it as ruled out, asked, past or someone else's
(rule 2c of `bot.safety_decision`); "is it a normal side effect for my heart to race ...?"; severe pain while the skin
is "only a little red" (pain out of proportion); a blue mark turning yellow, in English and German; forehead swelling
that moves down to the brows; a past-tense message with no sign after a long-past story. Each case is written here,
not copied from a set."""

from __future__ import annotations

import pytest

from bot.red_flags import detect
from bot.safety_decision import ClassifierTrust, decide, detect_in_context
from bot.safety_model import SafetyScores

# as config.yml sets them
TRUST = ClassifierTrust(
    escalate_at=0.8,
    escalate_at_with_mild_signs=0.95,
    emergency_at=0.7,
    multilingual_escalate_at=0.9,
    multilingual_emergency_at=0.9,
    overrule_at=0.95,
    overrule_multilingual_at=0.9,
)


def _scores(escalate: float, multilingual: float, emergency: float = 0.0, multilingual_emergency: float = 0.0) -> SafetyScores:
    return SafetyScores(escalate, emergency, multilingual_escalate=multilingual, multilingual_emergency=multilingual_emergency)


# the detector reads each as someone else's, past or ruled out
FRAMED_AWAY = "my friend had an abscess after her meso"


def test_the_detector_reads_the_overrule_cases_as_not_reported() -> None:
    findings = detect(FRAMED_AWAY)
    assert findings.level == "none" and findings.framed_away


def test_both_models_near_certain_overrule_the_detectors_reading() -> None:
    d = decide(detect(FRAMED_AWAY), None, (), 0.0, TRUST, _scores(0.97, 0.95))
    assert d.level == "urgent" and d.source == "safety_model"


@pytest.mark.parametrize("escalate, multilingual", [(0.94, 0.99), (0.99, 0.89)])
def test_one_model_alone_does_not_overrule(escalate: float, multilingual: float) -> None:
    assert decide(detect(FRAMED_AWAY), None, (), 0.0, TRUST, _scores(escalate, multilingual)).level == "none"


def test_an_overruled_reading_is_an_emergency_only_when_both_models_say_so() -> None:
    one = decide(detect(FRAMED_AWAY), None, (), 0.0, TRUST, _scores(0.99, 0.99, emergency=0.99, multilingual_emergency=0.5))
    both = decide(detect(FRAMED_AWAY), None, (), 0.0, TRUST, _scores(0.99, 0.99, emergency=0.99, multilingual_emergency=0.95))
    assert (one.level, both.level) == ("urgent", "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "the bruise from the needle is turning yellow",  # a usual finding (brief §4a)
        "day 4, no fever, no pus, all fine",  # all said to be well
        "is a hot lump one of those signs?",  # a short question: rule 4
    ],
)
def test_what_the_overrule_leaves_alone(text: str) -> None:
    assert decide(detect(text), None, (), 0.0, TRUST, _scores(0.99, 0.99)).level == "none"


def test_the_overrule_never_raises_a_detector_escalation_to_an_emergency() -> None:
    # urgent signs read by the detector, and a reading the models overrule: the detector's urgent stays
    findings = detect("my eye is swollen after the scalp injections, no trouble breathing and my lips are fine")
    assert findings.level == "urgent"
    d = decide(findings, None, (), 0.0, TRUST, _scores(0.99, 0.99, emergency=0.99, multilingual_emergency=0.5))
    assert d.level == "urgent"


@pytest.mark.parametrize(
    "text, level",
    [
        # brief §4c: fast heartbeat (>= 130/min), asked about as the writer's own
        ("is it a normal side effect for my heart to pound at 150 since the minoxidil injections this morning?", "emergency"),
        ("is it a common side effect for my scalp to leak pus a week after meso?", "urgent"),
        # brief §4c: double vision after a scalp infection, asked about as "a normal side effect" beside an own lump
        ("Is it a normal side effect to see double? There's a hot painful lump on my crown since the meso.", "emergency"),
        # Arabic: the redness around the injection site widens a little more each day (brief §4b: spreading redness)
        ("الاحمرار حول مكان الإبرة يتسع أكثر كل يوم", "urgent"),
        # brief §4c: severe pain out of proportion
        ("the pain in my scalp is horrible, never had pain like this, but the skin is only a little pink", "emergency"),
    ],
)
def test_reports_told_these_ways_escalate(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "is it a normal side effect to get a lump after mesotherapy?",
        "Is it a common side effect to see double?",
        # hypothetical, with an aside after "if"; someone else's infection that is over
        "If, for instance, a hard lump showed up a month after my session, who should I see?",
        "my aunt got an infection after her scalp injections but recovered, how common is that?",
        # Swedish: my dad got an infection after the injections but recovered; is that common?
        "Min pappa fick en infektion efter injektionerna men blev frisk. Är det vanligt?",
        # brief §4a: small bruises; forehead swelling that drops down
        "tiny blue mark by my temple from the needle, day 2, going yellow now",
        "the swelling on my forehead moved down towards my eyebrows, day 2, a bit less already",
    ],
)
def test_not_reports(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize(
    "text",
    ["small blue mark on my scalp from the injection, third day", "Kleiner blauer Fleck hinter dem Ohr, Tag 2, wird gelblich."],
)
def test_a_blue_mark_is_read_as_a_usual_bruise(text: str) -> None:
    assert detect(text).usual_only


def test_swelling_moving_to_the_neck_still_spreads() -> None:
    assert "spreading_redness" in detect("the swelling moved down to my neck overnight").signs


def test_a_past_tense_message_without_signs_goes_on_with_a_long_past_story() -> None:
    story = "I had a boil after meso three years ago."
    findings = detect_in_context("It was lanced and I was on antibiotics for a month.", story)
    assert findings.framed_away and findings.story


def test_something_happening_now_after_a_long_past_story_is_not_more_of_it() -> None:
    findings = detect_in_context("It came back this morning.", "I had a boil after meso three years ago.")
    assert not findings.framed_away


@pytest.mark.parametrize(
    "text, level",
    [
        # "what bothers me is that ..." states; brief §4b: new patchy hair loss at injection sites
        ("What bothers me is that I now have a bald patch right where the needles went in.", "urgent"),
        ("two shiny bald spots have appeared right where the nurse kept going over with the injections", "urgent"),
        ("I've got bald patches right where I remember the practitioner going over a few times", "urgent"),
        # "booked for session 9" is a course under way, not one not yet begun (brief §4b: a hot lump)
        ("There's a hot lump where the injections were. I'm booked for session 6 next week, should I go?", "urgent"),
    ],
)
def test_reports_with_a_statement_shaped_like_a_question_or_a_booking_escalate(text: str, level: str) -> None:
    assert detect(text).level == level


def test_a_booking_for_a_first_session_still_means_not_treated_yet() -> None:
    assert detect("I have a cold and a bit of fever. I'm booked for mesotherapy next week, should I still go?").level == "none"


# From final47, read after its honest run (the mends below came after that run).
@pytest.mark.parametrize(
    "text, level",
    [
        # brief §4c: fainting or collapse, with a witness giving how long it lasted
        ("I collapsed and lose conscious after the meso, my wife say it was two minutes. I am awake now.", "emergency"),
        # brief §4b: taking steroids, with a red sore spot
        ("I have been on cortisone tablets for years and one injection point is red and sore since the meso", "urgent"),
        # Marathi: an abscess on the head, no urine since yesterday, high fever (brief §4c: no urine for a day)
        ("मेसोथेरपीनंतर डोक्यावर गळू आले आहे, कालपासून लघवी झाली नाही", "emergency"),
        # Swedish: shaking I cannot stop, teeth chattering (brief §4c: rigors)
        ("Jag har skakningar som jag inte kan stoppa och tänderna skallrar efter mesoterapin", "emergency"),
    ],
)
def test_final47_reports_escalate(text: str, level: str) -> None:
    assert detect(text).level == level


def test_someone_elses_faint_with_its_length_stays_their_story() -> None:
    assert detect("My neighbour fainted after her meso years ago, she says it lasted a minute.").level == "none"


# From final48, read after its honest run (the mend below came after that run).
def test_the_writers_own_state_beside_someone_elses_is_reported() -> None:
    # brief §4c: rigors, no urine; the friend who is fine does not make the writer's state her story
    text = "my cousin and I had meso at the same place, she's fine but I'm shaking nonstop and haven't peed since morning"
    assert detect(text).level == "emergency"


def test_a_question_beside_someone_elses_healed_story_stays_a_question() -> None:
    assert detect("my friend had an abscess after meso, she's fine but I'm wondering if it could happen to me").level == "none"
