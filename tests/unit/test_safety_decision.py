"""How detector, conversation and ML classifier combine (bot/safety_decision.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.red_flags import detect
from bot.safety_decision import ClassifierTrust, decide, reassurance_withheld, red_flags_parse_data
from bot.safety_model import NO_SCORES, SafetyScores, with_multilingual


def _decide(text: str, classifier: str, earlier=()):
    return decide(detect(text), classifier, earlier)


def test_the_detector_sets_the_level_whatever_the_classifier_said():
    d = _decide("my lips are swelling and I can't breathe", "ask_efficacy")
    assert (d.intent, d.level, d.source) == ("report_emergency", "emergency", "detector")


def test_signs_accumulate_across_the_conversation():
    assert _decide("it's a bit red around one spot", "greet").intent is None
    d = _decide("it's a bit red around one spot", "greet", earlier=("immunocompromised",))
    assert (d.intent, d.level, d.source) == ("report_urgent", "urgent", "conversation")
    assert set(d.conversation_signs) >= {"immunocompromised"}


def test_a_message_without_signs_does_not_re_escalate_on_old_ones():
    d = _decide("how much does a session cost?", "ask_cost", earlier=("pus", "fever"))
    assert d.intent is None and d.level == "none"


def test_the_classifier_alone_never_orders_an_emergency():
    d = _decide("everything feels wrong tonight", "report_emergency")
    assert (d.intent, d.level, d.source) == ("report_urgent", "urgent", "classifier")


@pytest.mark.parametrize("text", ["no heat, no pus, nothing spreading", "I don't have a fever or any lumps"])
def test_a_classifier_escalation_the_detector_ruled_out_gets_the_safety_net(text: str):
    d = _decide(text, "report_emergency")
    assert (d.intent, d.level, d.source) == ("symptom_unclear", "none", "safety_net")


def test_a_definition_question_the_classifier_took_for_a_report_gets_the_safety_net_not_an_escalation():
    d = _decide("what exactly is a boil?", "report_urgent")
    assert d.intent == "symptom_unclear" and d.level == "none"


def test_a_symptom_related_message_not_understood_gets_the_safety_net():
    d = _decide("my scalp feels really strange", "nlu_fallback")
    assert d.intent == "symptom_unclear"
    assert _decide("asdf qwerty", "nlu_fallback").intent is None  # not about symptoms: the usual clarification


def test_the_emergency_intent_needs_the_detector_or_a_confident_safety_model():
    for classifier in ("report_emergency", "report_urgent", "nlu_fallback", "ask_efficacy"):
        d = decide(detect("i feel a bit off"), classifier, (), 1.0, MODEL_TRUST, SafetyScores(0.99, 0.85))
        assert d.intent != "report_emergency" and d.level != "emergency"  # emergency score below emergency_at


@pytest.mark.parametrize(
    "fact, level, triage, signs, withheld",
    [
        ("normal_after_session", "none", False, (), False),
        ("normal_after_session", "urgent", False, (), True),
        ("side_effects", "none", True, (), True),
        ("side_effects", "none", False, ("pus",), True),
        ("side_effects", "none", False, ("red",), False),  # mild redness alone: brief 4a, normal
        ("efficacy", "emergency", True, ("pus",), False),  # not a reassuring fact
    ],
)
def test_reassuring_facts_are_withheld_after_a_report_or_during_triage(fact, level, triage, signs, withheld):
    assert reassurance_withheld(fact, level, triage, signs) is withheld


def test_a_classifier_escalation_of_a_risk_factor_alone_gets_the_safety_net():
    d = _decide("I'm diabetic by the way", "report_urgent")
    assert (d.intent, d.level) == ("symptom_unclear", "none") and "immunocompromised" in d.signs


@pytest.mark.parametrize(
    "previous, text, level",
    [
        ("is pus normal after mesotherapy?", "i have loads of it", "urgent"),
        ("does a lump that gets hotter and bigger need a doctor?", "yes, mine does", "urgent"),
        ("can mesotherapy cause a fever?", "thanks", "none"),
        ("my friend had pus after hers", "ok", "none"),
        ("do you have pus or fever?", "no", "none"),
    ],
)
def test_a_short_follow_up_is_read_with_the_message_before_it(previous: str, text: str, level: str):
    from bot.safety_decision import detect_in_context

    assert detect_in_context(text, previous).level == level
    assert detect(text).level == "none"  # alone, it reports nothing


def test_a_long_message_is_read_on_its_own():
    from bot.safety_decision import detect_in_context

    long = "ok and by the way I was also wondering how many sessions people usually need and what it costs"
    assert detect_in_context(long, "is pus normal after mesotherapy?").signs == ()


@pytest.mark.parametrize(
    "previous, text, level",
    [
        ("what pulse is too high after the injections?", "just took mine, it says 136", "emergency"),
        ("at what temperature should I worry?", "that's mine now, 38.7", "urgent"),
        ("do lumps ever come up weeks after meso?", "yeah I have two of them since last month", "urgent"),
        ("can the injections make your eyes swell?", "yes, it's me, my left eye since lunch", "urgent"),
        ("what does pus mean after meso?", "and red streaks?", "none"),
        ("can minoxidil cause chest pain?", "I'm not on it, just reading before I start", "none"),
    ],
)
def test_a_follow_up_answering_a_question_about_oneself(previous: str, text: str, level: str):
    from bot.safety_decision import detect_in_context

    assert detect_in_context(text, previous).level == level


# The safety model's paths (rule 2). Thresholds as in config.yml; scores given directly.
MODEL_TRUST = ClassifierTrust(
    min_confidence=0.5, escalate_at=0.8, doubt_below=0.3, emergency_at=0.9, escalate_at_with_mild_signs=0.95
)


def _with_model(text: str, escalate: float, emergency: float, classifier: str = "ask_efficacy", confidence: float = 0.9):
    return decide(detect(text), classifier, (), confidence, MODEL_TRUST, SafetyScores(escalate, emergency))


def test_by_default_the_safety_model_never_escalates():
    d = decide(detect("everything feels wrong tonight"), "ask_efficacy", (), 0.9, ClassifierTrust(), SafetyScores(1.0, 1.0))
    assert d.intent is None and d.level == "none"


def test_a_confident_safety_model_escalates_what_the_detector_missed():
    d = _with_model("something is really off with me tonight", 0.85, 0.1)
    assert (d.intent, d.level, d.source) == ("report_urgent", "urgent", "safety_model")
    d = _with_model("something is really off with me tonight", 0.97, 0.95)
    assert (d.intent, d.level, d.source) == ("report_emergency", "emergency", "safety_model")


def test_an_unsure_safety_model_changes_nothing():
    d = _with_model("something is really off with me tonight", 0.79, 0.1)
    assert d.intent is None and d.level == "none"


def test_the_safety_model_raises_a_detector_urgent_to_an_emergency_only_when_confident():
    text = "there is pus coming out of one spot"
    assert detect(text).level == "urgent"
    assert _with_model(text, 0.99, 0.89).level == "urgent"
    d = _with_model(text, 0.99, 0.91)
    assert (d.intent, d.level, d.source) == ("report_emergency", "emergency", "safety_model")


@pytest.mark.parametrize("text", ["no heat, no pus, nothing spreading", "what exactly is a boil?"])
def test_the_safety_model_never_escalates_what_the_detector_ruled_out_or_a_general_question(text: str):
    d = _with_model(text, 0.99, 0.99)
    assert d.level == "none" and d.intent != "report_emergency"


def test_with_only_mild_signs_the_safety_model_needs_more_confidence():
    text = "it's a bit red around one spot"
    assert detect(text).signs and detect(text).level == "none"
    assert _with_model(text, 0.9, 0.0).level == "none"
    assert _with_model(text, 0.96, 0.0).level == "urgent"


def test_an_intent_classifier_report_the_safety_model_doubts_gets_the_safety_net():
    d = _with_model("everything feels wrong tonight", 0.2, 0.0, classifier="report_urgent", confidence=0.9)
    assert (d.intent, d.level, d.source) == ("symptom_unclear", "none", "safety_net")
    d = _with_model("everything feels wrong tonight", 0.5, 0.0, classifier="report_urgent", confidence=0.9)
    assert (d.intent, d.level, d.source) == ("report_urgent", "urgent", "classifier")


def test_an_intent_classifier_report_of_a_message_about_no_symptom_gets_the_safety_net():
    text = "I've had meso and a cold at the same time since Monday"
    assert not detect(text).symptom_related
    d = _with_model(text, 0.5, 0.0, classifier="report_urgent", confidence=0.9)
    assert (d.intent, d.level, d.source) == ("symptom_unclear", "none", "safety_net")


def test_an_unsure_intent_classifier_report_gets_the_safety_net():
    d = _with_model("everything feels wrong tonight", 0.5, 0.0, classifier="report_urgent", confidence=0.45)
    assert (d.intent, d.level, d.source) == ("symptom_unclear", "none", "safety_net")


@pytest.mark.parametrize("text", ["he's 15.", "we're still in the car park", "started this morning"])
def test_the_safety_model_cannot_escalate_a_message_that_says_nothing_about_health(text: str):
    assert _with_model(text, 0.99, 0.99).level == "none"
    d = decide(detect(text), "ask_efficacy", ("hot", "red", "swelling"), 0.9, MODEL_TRUST, SafetyScores(0.99, 0.99))
    assert (d.level, d.source) == ("none", "none")  # the conversation keeps its level; the model adds nothing


def test_otherwise_well_keeps_a_feverish_lump_same_day_whatever_the_model_says():
    text = "he's had a temperature since last night and a lump on his head, but he's eating and watching TV"
    assert detect(text).otherwise_well
    assert _with_model(text, 0.99, 0.99).level == "urgent"
    assert _with_model("he's had a temperature since last night and a lump on his head", 0.99, 0.99).level == "emergency"


def test_usual_findings_alone_are_not_escalated_by_the_models():
    text = "the bruise next to my ear from Monday is going yellow"
    assert detect(text).usual_only
    assert _with_model(text, 0.99, 0.99, classifier="report_urgent").level == "none"
    assert not detect("the bruise is going purple and there is pus coming out").usual_only


# Rule 2b: a report in search-style words, or a short question, that the safety model reads as a question
QUERY_TRUST = ClassifierTrust(
    min_confidence=0.5,
    escalate_at=0.8,
    doubt_below=0.3,
    emergency_at=0.9,
    escalate_at_with_mild_signs=0.95,
    keyword_doubt_below=0.3,
    question_doubt_below=0.1,
)


def _query(text: str, escalate: float, earlier=(), scores=None):
    return decide(detect(text), "ask_infection_risk", earlier, 0.9, QUERY_TRUST, scores or SafetyScores(escalate, 0.0))


def test_a_search_style_query_the_model_doubts_gets_its_answer_and_the_safety_net():
    assert detect("pus after meso?").keyword_shaped
    d = _query("pus after meso?", 0.1)
    assert (d.intent, d.level) == (None, "none")
    assert d.signs == ()


def test_the_same_words_the_model_reads_as_a_report_escalate():
    assert _query("pus after meso?", 0.6).level == "urgent"


def test_an_emergency_sign_in_search_style_words_always_escalates():
    assert _query("double vision after scalp meso", 0.05).level == "emergency"


def test_a_query_in_a_conversation_that_reported_signs_escalates():
    assert _query("pus after meso?", 0.05, earlier=("fever",)).level == "urgent"


def test_without_a_safety_model_nothing_is_read_as_a_question():
    assert _query("pus after meso?", 0.0, scores=NO_SCORES).level == "urgent"


def test_a_short_question_needs_stronger_doubt_and_a_long_one_never_qualifies():
    assert detect("drain abscess myself?").short_question and not detect("drain abscess myself?").keyword_shaped
    assert _query("drain abscess myself?", 0.05).level == "none"
    assert _query("drain abscess myself?", 0.2).level == "urgent"
    long = "I have " + "a lot of worries and " * 6 + "there is pus coming out of one of the spots, is that ok?"
    assert not detect(long).short_question
    assert _query(long, 0.01).level == "urgent"


def test_a_report_with_a_person_or_time_is_not_search_style():
    assert not detect("pus from my injection site since yesterday").keyword_shaped


def test_the_parse_data_carries_the_signs_a_query_named_so_the_answer_gets_the_net():
    findings = detect("pus after meso?")
    d = _query("pus after meso?", 0.1)
    assert red_flags_parse_data(findings, d)["asked_signs"] == ["pus"]
    assert red_flags_parse_data(findings, _query("pus after meso?", 0.6))["asked_signs"] == []


# The multilingual half of the safety model (safety_multilingual in config.yml): its own emergency threshold.
MULTILINGUAL_TRUST = replace(MODEL_TRUST, emergency_at=0.7, multilingual_escalate_at=0.9, multilingual_emergency_at=0.9)


@pytest.mark.parametrize("multilingual_emergency, level", [(0.0, "urgent"), (0.89, "urgent"), (0.91, "emergency")])
def test_the_multilingual_models_emergency_score_counts_from_its_own_threshold(multilingual_emergency: float, level: str):
    text = "there is pus coming out of one spot"  # the detector: urgent
    scores = SafetyScores(0.99, 0.2, multilingual_escalate=0.95, multilingual_emergency=multilingual_emergency)
    assert decide(detect(text), "ask_efficacy", (), 0.9, MULTILINGUAL_TRUST, scores).level == level
    quiet = "something is really off with me tonight"  # the detector: nothing; the model alone
    assert decide(detect(quiet), "ask_efficacy", (), 0.9, MULTILINGUAL_TRUST, scores).level == level


def test_a_report_in_a_script_nothing_reads_escalates_on_the_combined_safety_model():
    text = "แม่ไปฉีดเมโสที่หนังศีรษะมา ตอนนี้ริมฝีปากเขียวและหายใจไม่ทัน"  # Thai: lips blue, can't catch her breath
    assert detect(text).level == "none" and detect(text).symptom_related
    word_only = SafetyScores(0.2, 0.1)
    assert decide(detect(text), "nlu_fallback", (), 0.2, MULTILINGUAL_TRUST, word_only).intent == "symptom_unclear"
    combined = with_multilingual(word_only, SafetyScores(0.99, 0.97))
    d = decide(detect(text), "nlu_fallback", (), 0.2, MULTILINGUAL_TRUST, combined)
    assert (d.intent, d.level, d.source) == ("report_emergency", "emergency", "safety_model")


def test_the_multilingual_scores_sit_beside_the_word_models_and_never_lift_a_doubt():
    combined = with_multilingual(SafetyScores(0.3, 0.25), SafetyScores(0.9, 0.6))
    assert (combined.escalate, combined.emergency, combined.multilingual_escalate, combined.multilingual_emergency) == (
        0.3,
        0.25,
        0.9,
        0.6,
    )
    # "pus after meso?": urgent signs asked in search-style words; the word model doubts, the multilingual one does not
    trust = ClassifierTrust(escalate_at=0.8, keyword_doubt_below=0.4, multilingual_escalate_at=0.9, multilingual_emergency_at=0.9)
    findings = detect("pus after meso?")
    assert findings.keyword_shaped and findings.level == "urgent"
    d = decide(findings, "ask_infection_risk", (), 0.9, trust, with_multilingual(SafetyScores(0.2, 0.0), SafetyScores(0.95, 0.1)))
    assert d.level == "none" and d.asked_signs == ("pus",)


def test_the_parse_data_shows_both_models_scores():
    scores = SafetyScores(0.9, 0.2, multilingual_escalate=0.97, multilingual_emergency=0.95)
    findings = detect("something is really off with me tonight")
    data = red_flags_parse_data(findings, decide(findings, "greet", (), 0.9, MULTILINGUAL_TRUST, scores), scores)
    expected = {"escalate": 0.9, "emergency": 0.2, "multilingual_escalate": 0.97, "multilingual_emergency": 0.95}
    assert data["safety_model"] == expected
