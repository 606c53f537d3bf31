"""Round 15 of the detector and the safety decision (2026-12): languages that langdetect takes for another
(Zulu for Swahili, Kazakh for Russian) and English clause reading on text nobody here reads. Each case is
written here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.chat_text import for_matching
from bot.language_id import maybe_not_english
from bot.red_flags import detect
from bot.safety_decision import decide, red_flags_parse_data
from bot.safety_model import SafetyScores
from tests.unit.test_red_flags_round14 import TRUST  # config.yml's thresholds

ZULU = "Ikhanda lami libuhlungu kakhulu futhi kunesigaxa esishisayo lapho bangijove khona"  # a hot lump, bad pain
ENGLISH_SMALL_TALK = "we are still stuck in traffic on the way back from the shops"
LATVIAN = "Injekcijas vietā ir sarkana un karsta pumpa, kas katru dienu aug"  # a red hot lump that grows every day


@pytest.mark.parametrize(
    "text, expected",
    [
        (ZULU, True),
        ("Basımda qızartı var və hər gün böyüyür, iynələrdən sonra", True),  # Azerbaijani
        (ENGLISH_SMALL_TALK, False),
        ("ok", False),  # too short to tell
    ],
)
def test_text_long_enough_to_tell_and_not_confidently_english_may_not_be_english(text: str, expected: bool) -> None:
    assert maybe_not_english(text) is expected


def test_a_message_nothing_here_reads_is_marked_foreign_for_the_multilingual_model() -> None:
    findings = detect(ZULU)
    assert findings.foreign and not findings.symptom_related and findings.level == "none"
    assert not detect(ENGLISH_SMALL_TALK).foreign


@pytest.mark.parametrize(
    "multilingual, level",
    [
        ((0.95, 0.1), "urgent"),
        ((0.95, 0.93), "emergency"),
        ((0.85, 0.1), "none"),  # the general thresholds, not the unread ones
    ],
)
def test_a_foreign_message_escalates_on_the_multilingual_model_from_its_general_thresholds(
    multilingual: tuple, level: str
) -> None:
    scores = SafetyScores(0.1, 0.05, multilingual_escalate=multilingual[0], multilingual_emergency=multilingual[1])
    assert decide(detect(ZULU), "out_of_scope", (), 0.4, TRUST, scores).level == level


@pytest.mark.parametrize(
    "word, level",
    [
        ((0.99, 0.95), "emergency"),
        ((0.9, 0.1), "urgent"),
        ((0.6, 0.1), "none"),
    ],
)
def test_the_word_model_reads_a_foreign_message_from_its_general_thresholds(word: tuple, level: str) -> None:
    # round 17: it learnt reports in Yoruba or Basque from its training data (this was "never" until then)
    scores = SafetyScores(word[0], word[1], multilingual_escalate=0.2, multilingual_emergency=0.1)
    assert decide(detect(ZULU), "out_of_scope", (), 0.4, TRUST, scores).level == level


def test_english_small_talk_never_escalates_on_the_multilingual_model() -> None:
    scores = SafetyScores(0.1, 0.05, multilingual_escalate=0.99, multilingual_emergency=0.99)
    assert decide(detect(ENGLISH_SMALL_TALK), "out_of_scope", (), 0.4, TRUST, scores).level == "none"


def test_an_unread_statement_is_no_question_without_a_question_mark() -> None:
    statement = detect(LATVIAN)
    assert statement.unread and not statement.is_question
    scores = SafetyScores(0.3, 0.05, multilingual_escalate=0.7, multilingual_emergency=0.1)
    assert decide(statement, "out_of_scope", (), 0.4, TRUST, scores).level == "urgent"


def test_the_parse_data_says_when_a_message_was_read_as_foreign() -> None:
    findings = detect(ZULU)
    assert red_flags_parse_data(findings, decide(findings, "out_of_scope"))["foreign"] is True


def test_a_foreign_message_not_understood_gets_the_safety_net_not_only_not_sure() -> None:
    decision = decide(detect(ZULU), "nlu_fallback", (), 0.2, TRUST, SafetyScores(0.1, 0.05))
    assert (decision.intent, decision.level) == ("symptom_unclear", "none")
    english = decide(detect(ENGLISH_SMALL_TALK), "nlu_fallback", (), 0.2, TRUST, SafetyScores(0.1, 0.05))
    assert english.intent is None


CASES = [
    # hair that is gone beside a dent is hair loss (§4b), not a sign that cleared
    ("two dents on my scalp now and the hair there is gone, it was fine before the meso", "urgent"),
    ("where he had the needles the hair here has gone completely", "urgent"),
    ("the lump has gone and the redness is gone too", "none"),  # signs that cleared
    # glossary words found missing on final26 (each written here): Japanese, Cantonese, Russian, Czech, Slovak,
    # Swedish, French
    ("ミノキシジルじゃなくてフィナステリドのせいか、最近ずっと死にたいと思ってしまう", "emergency"),
    ("佢打完針之後好混亂，唔知自己喺邊度", "emergency"),
    ("Муж после мезотерапии не может нормально говорить, слова путаются", "emergency"),
    ("Na hlavě mám holá místa tam, kde mi dělali mezoterapii", "urgent"),
    ("Začervenanie okolo vpichov je každý deň väčšie", "urgent"),
    ("Det gör så ont att jag inte står ut, efter injektionerna i hårbotten", "emergency"),
    ("Ma femme a failli tomber dans les pommes après les injections de minoxidil", "emergency"),
    # not reports
    ("Est-ce que le minoxidil peut faire tomber dans les pommes ?", "none"),
    ("Jak dlouho trvá, než holá místa zarostou?", "none"),
    ("Mon mari a failli tomber dans les pommes en voyant la facture de la clinique", "none"),  # the bill
    # antibiotics that did not shrink the lumps: a failed course (§4b)
    ("the antibiotics didn't shrink the lumps on my scalp", "urgent"),
    ("the antibiotics did not shrink the bumps from my meso", "urgent"),
    ("the antibiotics didn't shrink it but it went down by itself months ago", "none"),
    # a friend's news told as happening now is a report; a friend's old story is still hearsay
    ("my mate just told me he has a plan to end it all, he is on finasteride", "emergency"),
    ("my friend just told me she can not breathe properly after her scalp injections", "emergency"),
    ("my friend told me she had an abscess after her meso two years ago", "none"),
    # non-native wording of a collapse; Spanish "no longer want to live"
    ("my father fall and lost the conscience after the injections", "emergency"),
    ("Desde que tomo finasteride ya no quiero vivir", "emergency"),
    ("¿Qué significa perder la conciencia?", "none"),
    # Norwegian "etter" is "after", not Dutch pus; Dutch pus still reads in its own phrases
    ("Jeg trente dagen etter mesoterapien og alt er fint", "none"),
    ("de bult op mijn hoofd zit vol etter", "urgent"),
    ("Ik neem prednisolon en een prikplek is dik en doet pijn", "urgent"),  # a risk factor with a sore, swollen spot
    # Portuguese and Russian question words: a question about signs is not a report of them
    ("Quais sinais de infecção eu preciso ficar de olho depois da meso?", "none"),
    ("Какая температура считается высокой после мезотерапии?", "none"),
    ("Estou com febre e um caroço quente na cabeça, quais remédios posso tomar?", "urgent"),
    # "is it normal to ... on finasteride / after minoxidil?" asks about the writer's own state, as after a session
    ("is it normal to want to die all the time while on finasteride?", "emergency"),
    ("is it normal to pass out after taking oral minoxidil?", "emergency"),
    ("is it normal to shed a bit more hair while on minoxidil?", "none"),
    ("can finasteride cause suicidal thoughts in general?", "none"),
    # "is it normal that ..." followed by the writer's own state is a report; about others or in general it asks
    ("is it normal that i can feel sore lumps on my head that weren't there last month?", "urgent"),
    ("is it normal that lumps can show up weeks after mesotherapy?", "none"),
    ("is it normal that my sister got pus after her session years ago?", "none"),
]


@pytest.mark.parametrize("text, level", CASES)
def test_each_round15_message_gets_the_level_the_brief_gives(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize("mark", ["\u061f", "\u055e", "\u1367", "\uff1f"])  # Arabic, Armenian, Ethiopic, full-width
def test_every_scripts_question_mark_reads_as_one(mark: str) -> None:
    assert for_matching(f"ሰላም እንዴት ነህ{mark}").endswith("?")
