"""Questions that name a sign without reporting it (bot/red_flags/queries.py): keyword queries and
"is it normal to have <sign> after meso?"; and the wider meningism rule (bot/red_flags/levels.py)."""

from __future__ import annotations

import pytest

from bot.red_flags import detect, level_of
from bot.safety_decision import asked_safety_net, decide, red_flags_parse_data

KEYWORD_QUERIES = [
    ("abscess meaning", "abscess"),
    ("boil vs abscess difference", "abscess"),
    ("lumps after mesotherapy", "lump"),
    ("scalp infection brain", "infection"),
    ("meningitis after scalp injection", "suspected_sepsis"),
    ("red streaks meaning", "spreading_redness"),
    ("cellulitis pictures scalp", "infection"),
]


@pytest.mark.parametrize("text, sign", KEYWORD_QUERIES)
def test_a_keyword_query_names_its_sign_without_reporting_it(text: str, sign: str) -> None:
    findings = detect(text)
    assert (findings.level, findings.signs, findings.is_question) == ("none", (), True), findings
    assert sign in findings.asked_signs


@pytest.mark.parametrize(
    "text, level",
    [
        ("lump", "urgent"),  # one word may answer a question of ours
        ("abscess on scalp", "urgent"),  # a place on the body
        ("pus after meso", "urgent"),  # a described sign, not a topic noun
        ("lump hot growing", "urgent"),
        ("fever 39 after meso", "urgent"),  # a number
        ("my abscess meaning what", "urgent"),  # a person
        ("meningitis now after scalp injection", "emergency"),  # a time
        ("abscess getting bigger", "urgent"),
    ],
)
def test_a_terse_report_is_still_a_report(text: str, level: str) -> None:
    findings = detect(text)
    assert findings.level == level, findings
    assert findings.asked_signs == ()


@pytest.mark.parametrize(
    "text, sign",
    [
        ("Is it normal to get chest pains after scalp meso?", "chest_pain"),
        ("is it normal to feel faint and dizzy after mesotherapy", "fainting"),
        ("hi, is it ok to have swollen lips and a tight throat after the injections?", "airway_swelling"),
    ],
)
def test_is_it_normal_to_have_an_emergency_sign_after_meso_is_a_report(text: str, sign: str) -> None:
    findings = detect(text)
    assert findings.level == "emergency", findings
    assert sign in findings.signs


@pytest.mark.parametrize(
    "text, sign",
    [("is it normal to have a fever after mesotherapy", "fever"), ("is it normal to get pus after meso?", "pus")],
)
def test_is_it_normal_to_have_another_sign_after_meso_is_answered_with_the_safety_net(text: str, sign: str) -> None:
    findings = detect(text)
    assert (findings.level, findings.signs) == ("none", ()), findings
    assert sign in findings.asked_signs


@pytest.mark.parametrize(
    "text",
    [
        "is it normal if you ever get chest pain after meso",  # "if ever": hypothetical
        "is it normal to get chest pain after meso, my friend says so",  # hearsay
        "is it normal to have small bumps after mesotherapy",  # §4a: nothing to ask about
        "can you get meningitis from scalp injections?",  # a general question, not this frame
    ],
)
def test_is_it_normal_questions_that_are_not_reports_stay_questions(text: str) -> None:
    findings = detect(text)
    assert (findings.level, findings.signs, findings.is_question, findings.asked_signs) == ("none", (), True, ()), findings


def test_a_named_sign_counts_as_reported_once_the_conversation_has_reported_signs() -> None:
    alone = decide(detect("lumps after mesotherapy"), "ask_lumps_after_treatment")
    assert (alone.intent, alone.level) == (None, "none")
    after_signs = decide(detect("lumps after mesotherapy"), "ask_lumps_after_treatment", earlier_signs=("red",))
    assert (after_signs.intent, after_signs.level) == ("report_urgent", "urgent")


@pytest.mark.parametrize(
    "text, placement",
    [
        ("meningitis after scalp injection", "first"),  # an emergency sign: the net before the answer
        ("abscess meaning", "after"),
        ("how much does a session cost", None),
        ("my scalp is hot and full of pus", None),  # reported, so escalated, not "asked"
    ],
)
def test_the_safety_net_goes_first_for_an_emergency_sign_and_after_the_answer_otherwise(text: str, placement) -> None:
    findings = detect(text)
    parse_data = red_flags_parse_data(findings, decide(findings, "ask_abscess"))
    assert asked_safety_net(parse_data) == placement


@pytest.mark.parametrize(
    "signs, level",
    [
        ({"stiff_neck", "light_sensitivity"}, "emergency"),
        ({"stiff_neck"}, "none"),
        ({"light_sensitivity"}, "none"),
        ({"headache", "vomiting"}, "emergency"),
        ({"fever", "stiff_neck"}, "emergency"),
    ],
)
def test_meningism_needs_two_meningitis_signs(signs: set, level: str) -> None:
    assert level_of(signs) == level


@pytest.mark.parametrize(
    "text",
    [
        "mam dreszcze nie do opanowania i 39,8 gorączki",  # Polish: shivering I can't control
        "tengo escalofríos que no puedo controlar y fiebre",  # Spanish
        "i have chills i can not control",
        "tengo el cuello rígido y me molesta mucho la luz",  # stiff neck and light hurts
        "meri gardan akad gayi hai aur roshni se aankhon mein dard ho raha hai",
        "me salieron manchas moradas que no desaparecen al presionar con un vaso",  # non-blanching rash
    ],
)
def test_emergency_signs_in_other_words_and_languages(text: str) -> None:
    assert detect(text).level == "emergency", detect(text)


@pytest.mark.parametrize(
    "text", ["the skin around the injection looks grey and dusky", "there is a dusky patch round the lump on my scalp"]
)
def test_dusky_or_grey_skin_a_few_words_after_skin_is_an_emergency(text: str) -> None:
    assert detect(text).level == "emergency", detect(text)


@pytest.mark.parametrize("classifier", ["greet", "ask_cost", None])
def test_a_named_sign_with_no_topic_to_answer_gets_the_safety_net_alone(classifier) -> None:
    decision = decide(detect("meningitis after scalp injection"), classifier)
    assert (decision.intent, decision.level, decision.source) == ("symptom_unclear", "none", "safety_net")


def test_a_named_sign_with_a_topic_keeps_the_answer() -> None:
    decision = decide(detect("meningitis after scalp injection"), "ask_scalp_risk")
    assert (decision.intent, decision.level) == (None, "none")
