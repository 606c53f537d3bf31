"""Round 18 of the detector (2026-12): a fit today told in a message that also dates the session days back, a fit that
spreads from the hand, "is it normal for the skin at the injection site to ...", a temperature reading asked about,
"googled sepsis", "if someone has a seizure", "asking because my clinic's leaflet said", Turkish "since the session
no fever"; and from final37 (read after it was measured) a follow-up that says the sign goes on, a client's redness
told with "saying", a fast spread with nothing that spreads, and Hungarian and Finnish glossaries. Each case is written
here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.chat_glossary import to_english, unread_share
from bot.red_flags import detect
from bot.red_flags.detector import PARTLY_READ_SHARE
from bot.safety_decision import decide, detect_in_context
from bot.safety_model import SafetyScores
from tests.unit.test_red_flags_round15 import TRUST


@pytest.mark.parametrize(
    "text, level",
    [
        # the session is dated days back, the fit minutes ago: "ok now" does not clear a fit today (brief §4c)
        ("had meso 10 days ago, half an hour ago I had a fit, I'm ok now", "emergency"),
        ("my fingers started jerking and then my whole arm, it stopped after a minute", "emergency"),
        ("is it normal for the skin at the injection site to be red, hot and leaking pus?", "urgent"),
        ("is it normal for the skin at one injection site to look sunken and scarred with no hair?", "urgent"),
        ("is it normal to have a temperature of 38.4 and a sore lump at one injection site?", "urgent"),
        # a question, then the sign going on: "It's still hurting now" makes the question the writer's own
        ("can minoxidil injections cause chest pain? it's still hurting now", "emergency"),
        ("a client says the redness round one injection site gets wider every day", "urgent"),
        ("a client came back to my clinic saying the redness has been getting wider every day", "urgent"),
        # Hungarian: since the session my heart beats very fast and my chest is tight
        ("A kezelés óta nagyon gyorsan ver a szívem és szorít a mellkasom", "emergency"),
        # Hungarian: my husband is confused, does not know where he is, and the injection site has pus
        ("A férjem zavart, nem tudja, hol van, és gennyes a szúrás helye", "emergency"),
        # Finnish: there is a hot, painful lump at an injection site
        ("Yhteen pistoskohtaan tuli kuuma ja kipeä kyhmy", "urgent"),
        # Finnish: my neck is stiff, light hurts and I am vomiting
        ("Niska on jäykkä, valo sattuu silmiin ja oksennan", "emergency"),
        # Marathi: shivering that will not stop, with a fever
        ("मला खूप थंडी वाजून थरथर कापतंय, थांबतच नाही, ताप आहे", "emergency"),
        # Japanese: I finished the antibiotics but the lump has not got smaller
        ("抗生物質を飲み終わったのに、しこりが小さくなっていない", "urgent"),
    ],
)
def test_reports_told_these_ways_escalate(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "I had a fit last week after a night shift, I'm ok now",  # a date days back, near the fit: over
        "my eyelid keeps twitching since the session",
        "bit of a headache after the session, i think it's the stress",  # "think it is the stress" is not confusion
        "what should I do if someone has a seizure? asking because my clinic's leaflet mentioned it",
        "I googled sepsis after my session and scared myself, I feel totally fine",
        "is it normal for the skin at the injection sites to scab?",  # §4a
        "is it normal to have a temperature of 38 with flu?",
        "had the session at 9am, a mild headache at 2pm, gone by 6pm",  # clock times, nothing that spreads
        "is a pulse of 130 dangerous in general? just curious",
        "no fever, no pus, no redness that is spreading, only a bit tender",
        "I had an abscess after meso in May, it was drained by my GP",
        "is it normal for the lump to take weeks to go? it's still shrinking",
        "bukhar bhi nahi, sab theek hai",  # romanised Hindi: no fever either, all fine
        # Greek: if I get pus after the session, what do I do? I'm just asking in advance, I have nothing
        "Αν μου βγει πύον μετά τη συνεδρία, τι κάνω; Ρωτάω προκαταβολικά, δεν έχω τίποτα.",
        # Finnish: no fever, no pus comes, only a little redness on the first day
        "Kuumetta ei ole, märkää ei tule, vain vähän punoitusta ensimmäisenä päivänä",
        # Hungarian: my husband had an abscess last year, it was cut open, he has been fine since
        "A férjemnek tavaly volt tályogja, felvágták, azóta teljesen rendben van",
        # Hungarian: I nearly fainted when they told me the price
        "Majdnem elájultam, amikor megmondták az árat",
    ],
)
def test_these_are_not_reports(text: str) -> None:
    assert detect(text).level == "none"


def test_a_muddled_date_is_still_confusion() -> None:
    assert detect("my dad thinks it is the nineties and does not know where he is").level == "emergency"
    assert "confusion" in detect("she thought it was Christmas, in June").signs


def test_asking_because_of_ones_own_sign_is_still_a_report() -> None:
    assert detect("can meso cause a fever? asking because my temperature is 39").level != "none"


def test_turkish_no_fever_since_the_session_negates_the_fever_not_the_session() -> None:
    # "since the session I have no fever, but there is a hot swelling on my head"
    text = "Seanstan beri ateşim yok ama kafamda sıcak bir şişlik var"
    assert to_english(text).startswith("session since no fever")
    findings = detect(text)
    assert "fever" not in findings.signs and findings.level == "urgent"


def test_a_phobia_told_after_a_question_is_no_report() -> None:
    assert detect_in_context("I have always been a bit needle-phobic.", "Can mesotherapy cause fainting?").level == "none"
    assert detect_in_context("I have, twice today", "Can mesotherapy cause fainting?").level == "emergency"


def test_more_glossary_words() -> None:
    # French: a small bruise on the temple since Monday's injections, turning yellow, nothing else (§4a)
    findings = detect("Un petit bleu sur le front depuis les injections de mardi, il jaunit, rien d'autre")
    assert findings.level == "none" and findings.usual_only
    # Czech: small red spots that do not fade when a glass is pressed on them, and a high fever
    assert detect("Mám drobné červené tečky, které po přitlačení sklenicí nemizí, a vysokou horečku").level == "emergency"
    # romanised Hindi: there were small pimples on the head after the session (past, §4a)
    assert detect("session ke baad sir pe chhote chhote daane the").level == "none"
    assert detect("ek daana bada ho gaya hai, laal aur garam hai").level == "urgent"


# Finnish: "after the session [unknown words] headache [unknown words]": the glossary reads a mild headache and leaves
# half the words unread (made-up words stand for what it cannot read)
PARTLY_READ = "Mesoterapian jälkeen vurpelia pääkipu tarskuu mulkkasti plimppaa"
FULLY_READ = "Mesoterapian jälkeen minulla on vähän pääkipu"  # after the session I have a little headache


def test_a_message_its_glossary_read_only_in_part_is_marked_partly_read() -> None:
    assert unread_share("I have a hot lump") == 0.0
    assert unread_share(PARTLY_READ) >= PARTLY_READ_SHARE > unread_share(FULLY_READ)
    findings = detect(PARTLY_READ)
    assert findings.partly_read and "headache" in findings.signs and findings.level == "none"
    assert not detect(FULLY_READ).partly_read


@pytest.mark.parametrize(
    "text, level",
    [
        (PARTLY_READ, "urgent"),  # read from the thresholds of a language nothing here reads
        (FULLY_READ, "none"),  # a mild sign read in full needs the word model's higher threshold
    ],
)
def test_a_partly_read_message_is_scored_as_an_unread_one(text: str, level: str) -> None:
    scores = SafetyScores(0.85, 0.1, multilingual_escalate=0.6, multilingual_emergency=0.1)
    assert decide(detect(text), "out_of_scope", (), 0.4, TRUST, scores).level == level


@pytest.mark.parametrize(
    "text, level",
    [
        # from final38 and final39, after their honest runs: a stiff neck with vomiting (two meningitis signs, §4c)
        ("since the injections my neck has gone stiff and I keep throwing up", "emergency"),
        ("my sister is seeing double since her scalp got infected", "emergency"),
        ("is it normal to feel like you are going to die after a scalp infection? because I do", "emergency"),
        ("Ik zie sinds gisteren dubbel en mijn hoofdhuid is ontstoken", "emergency"),  # Dutch: seeing double since yesterday
        ("Penglihatan saya berganda sejak semalam", "emergency"),  # Malay: my vision is double since yesterday
        ("2週間たってもしこりが消えなくて", "urgent"),  # Japanese: the lump has not gone after two weeks
        # Russian: the redness spreads before my eyes, in a couple of hours it reached my ear
        ("краснота расползается на глазах, за пару часов дошла до уха", "emergency"),
        ("Моя мама плутається і дуже гаряча після мезотерапії", "emergency"),  # Ukrainian: mum is confused and very hot
    ],
)
def test_reports_from_the_honest_sets_escalate(text: str, level: str) -> None:
    assert detect(text).level == level


def test_a_friends_swollen_eyelids_last_year_are_no_present_state() -> None:
    assert detect("were my friend's swollen eyelids after her session last year caused by the numbing cream?").level == "none"


@pytest.mark.parametrize(
    "text, level",
    [
        # from final40, after its honest run
        ("this morning I fell down without conscious after the injections, now I am awake but weak", "emergency"),
        ("is it normal for an injection spot to turn into a boil full of pus?", "urgent"),
        ("Ma copine est tombée dans les pommes après la séance, elle est toute pâle", "emergency"),  # French: fainted, pale
    ],
)
def test_reports_from_final40_escalate(text: str, level: str) -> None:
    assert detect(text).level == level


def test_a_needle_spot_that_scabs_is_usual() -> None:
    assert detect("is it normal for a needle spot to scab over?").level == "none"
