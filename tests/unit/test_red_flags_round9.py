"""Round 9 of the detector (2026-12, from the development sets dev17, dev18 and nludev4): stories told on past
their first sentence, a writer who takes an "if" back, questions that stay hypothetical as a whole, and sign
wording that describes instead of naming. Each case is written here, not copied from an evaluation set."""

from __future__ import annotations

import pytest

from bot.red_flags import detect

# --- someone else's story, or the writer's own remote past, goes on over several sentences ----------------------
STORIES = [
    "A guy on a forum said his scalp swelled up after meso. It turned out to be an abscess. He was fine after a week.",
    "My neighbour's daughter had meso at a salon and got a high fever. They called an ambulance. She recovered.",
    "In 2021 I had two sessions. A month later I got three lumps that would not go. My GP gave me antibiotics.",
    "my last course was a disaster, fever and chills, a & e, antibiotics, sorted in a week. that was like 8 months ago.",
    "Four months ago I had an infected spot, the nurse drained the pus. Now my scalp is totally normal. Can I go back?",
]
# ... but not when the writer's own present comes in
STORY_THEN_NOW = [
    ("A girl on TikTok had an abscess after meso. Now I have a hot lump on my scalp too.", "urgent"),
    ("In 2021 I had two sessions and no problems. Since Monday there is pus coming out of one spot.", "urgent"),
    ("my friend had meso last year. now my mum had it on friday and she is confused and feverish", "emergency"),
]


@pytest.mark.parametrize("text", STORIES)
def test_a_story_told_over_several_sentences_is_not_a_report(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize("text, level", STORY_THEN_NOW)
def test_the_writers_present_after_a_story_is_a_report(text: str, level: str) -> None:
    assert detect(text).level == level


# --- the writer says nothing is wrong with them --------------------------------------------------------------
DISCLAIMED = [
    "Watched a video of a woman whose scalp oozed pus and who got a fever after meso. I'm not having any problems myself, "
    "is that common?",
    "Asking for a friend: what happens if a meso lump fills with pus and she gets a temperature?",
    "I haven't even had the treatment yet, but a forum post described lips swelling and struggling to breathe. How rare?",
]
# "otherwise I'm fine" is how §4b's "feverish with a lump, otherwise well" is written: still a report
OTHERWISE_WELL = [
    "Shivery tonight and the lump from my injections is tender. Otherwise I'm fine.",
    "There's a sore red bump at one injection spot from Tuesday's session. I feel fine in myself.",
]


@pytest.mark.parametrize("text", DISCLAIMED)
def test_a_story_from_a_writer_who_says_nothing_is_wrong_with_them_is_not_a_report(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize("text", OTHERWISE_WELL)
def test_otherwise_well_is_still_a_report(text: str) -> None:
    assert detect(text).level == "urgent"


# --- "if" taken back; a question hypothetical as a whole ----------------------------------------------------
TAKEN_BACK = [
    (
        "What should someone do if their dad was suddenly very confused after scalp injections? Not hypothetical, "
        "he is right now.",
        "emergency",
    ),
    ("What would you do if you had a hot painful lump after meso? Actually I have one, since yesterday.", "urgent"),
]
WHOLE_HYPOTHETICAL = [
    "What would you do if the salon said to massage a bump but the bump was hot and sore? Trying to judge the salon.",
    "If an injection site got infected, how would it usually go? First redness, then pus, then what?",
]


@pytest.mark.parametrize("text, level", TAKEN_BACK)
def test_a_writer_who_takes_the_if_back_is_reporting(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize("text", WHOLE_HYPOTHETICAL)
def test_a_question_hypothetical_as_a_whole_is_not_a_report(text: str) -> None:
    assert detect(text).level == "none"


# --- description instead of the medical word (bot/red_flags/phrasing2.py) -----------------------------------
DESCRIBED = [
    ("I just can't think straight today and my scalp abscess is throbbing", "emergency"),
    ("my boyfriend is talking pure gibberish and the meso spots on his head are swollen", "emergency"),
    ("mum called me by her sister's name and couldn't tell me where she was, her scalp is infected", "emergency"),
    ("the words come out jumbled when I talk, the meso lump is hot", "emergency"),
    ("I can't stop shaking even under two duvets and the injection lump is sore", "emergency"),
    ("I get out of breath just walking to the kitchen since the scalp infection", "emergency"),
    ("he's turned a funny grey colour and the abscess on his head is worse", "emergency"),
    ("barely peed since yesterday morning and the infected spot is worse", "emergency"),
    ("we couldn't wake her properly this morning, she has had a pus bump since her meso", "emergency"),
    ("the red area was the size of a coin at breakfast and by 3pm it covers my forehead", "emergency"),
    ("the red patch is doubling in size every hour round the injection site", "emergency"),
    ("neck so stiff and the light feels like needles in my eyes after the scalp infection, also throwing up", "emergency"),
    ("my lips 👄 are swelling 😳 right after the injections", "emergency"),
    ("yellow stuff crusts onto my hair every night from one injection spot", "urgent"),
    ("red patch keeps creeping outwards from the jab site, day 4", "urgent"),
    ("my eye looks like I've been punched since the scalp session", "urgent"),
    ("a bald-ish patch appeared right where they injected", "urgent"),
]


@pytest.mark.parametrize("text, level", DESCRIBED)
def test_signs_described_instead_of_named(text: str, level: str) -> None:
    assert detect(text).level == level


# --- not reports -------------------------------------------------------------------------------------------
NOT_REPORTS = [
    "my sister keeps asking what an abscess even is, how would you explain it?",
    "the clinic's sales pitch gave me a splitting headache, is the package worth it?",
    "honestly breathless at how much they charge",
    "I was shaking like a leaf with nerves in the waiting room, is that normal?",
    "Had the session this morning, now the scalp is pink and it throbs a little when I bend over, no fever. Normal?",
    "abscess + fever = hospital?",
    "mycobacteria infection after meso how long to show up",
    "lumps after meso, massage or leave alone?",
    "How common is anaphylaxis from scalp injections?",
    "why don't mycobacterial infections respond to normal antibiotics?",
    "Does a fever after mesotherapy mean there is an infection?",
    "My aunt wants meso at a salon. How could she end up with an infection?",
    "Had 2 lumps in 2023, biopsy showed mycobacteria, antibiotics for months, checked again in March: clear. Relapse risk?",
]


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_not_a_report(text: str) -> None:
    assert detect(text).level == "none"


def test_a_question_about_my_own_sign_is_a_report() -> None:
    assert detect("red line going from the lump down towards my ear, what does that mean").level == "urgent"
    assert detect("is it bad if the bump under my scalp is growing? it was tiny before").level == "urgent"


def test_keeps_asking_what_day_it_is_is_still_confusion() -> None:
    assert detect("since the scalp infection my dad keeps asking what day it is").level == "emergency"


def test_a_later_booked_session_does_not_make_a_fever_before_the_first() -> None:
    text = "Session 3 of 6 was on Monday, now a lump is leaking and I have a fever. Session 4 is booked for next week."
    assert detect(text).level == "urgent"
    assert detect("I have a fever and a cold, is that a problem? I'm booked for my first session on Friday").level == "none"


# --- other languages: "a general question", "nothing is wrong with me" -----------------------------------
GENERAL_ELSEWHERE = [
    "Mam pytanie ogólne: kiedy ropień po zastrzyku trzeba naciąć? Pytam teoretycznie.",
    "Ich hätte eine allgemeine Frage: ab welchem Fieber ist eine Entzündung nach Injektionen gefährlich?",
    "Genel bir sorum var: enfeksiyon olursa hangi belirtiler acil? Şu an bir sorunum yok.",
    "Bhai ek general sawaal hai, sepsis ke signs kya hote hain? Bas jaankari ke liye.",
]


@pytest.mark.parametrize("text", GENERAL_ELSEWHERE)
def test_a_general_question_in_another_language_is_not_a_report(text: str) -> None:
    assert detect(text).level == "none"


# --- "is <sign> normal after meso?", "do I need to see someone about <sign>?" (dev19) ----------------------
OWN_QUESTIONS = [
    ("is a stiff neck and a bad headache normal a few days after meso? the light hurts my eyes too", "emergency"),
    ("is a mild fever with a tender lump after meso something to get checked? otherwise I'm ok", "urgent"),
    ("do I need to see a GP about a red line going from the jab site to my neck?", "urgent"),
    ("is it a problem that the red area round one spot gets bigger every day?", "urgent"),
    ("is it normal to lose hair in a patch where they injected? it's a bald circle now", "urgent"),
]
ASKED_ONLY = [
    "is swelling normal after meso?",
    "Is swelling around the eyes normal after meso? Just reading the sheet before my session tomorrow.",
    "Which is worse, a boil or cellulitis?",
    "My aftercare sheet lists confusion and mottled skin as emergency signs, why would that be?",
    "The quote made me feel faint lol, do you do payment plans?",
]


@pytest.mark.parametrize("text, level", OWN_QUESTIONS)
def test_a_question_about_the_writers_own_sign_escalates(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize("text", ASKED_ONLY)
def test_a_sign_only_asked_about_does_not_escalate(text: str) -> None:
    assert detect(text).level == "none"


# --- from final8 and final9, after their measurement (categories, in wording written here) ------------------
AFTER_FINALS = [
    ("i pased out at the bus stop after meso, still dizy", "emergency"),
    ("is my heart supposed to pound like this after the minoxidil injections?", "emergency"),
    ("should the lump on my scalp be getting bigger? it has grown every day", "urgent"),
    ("not a drop of wee since yesterday morning and my meso spot is infected", "emergency"),
    ("My wife takes methotrexate and one injection spot is red, swollen and sore", "urgent"),
    ("the redness round my meso spot was small yesterday, today it's a good bit wider", "urgent"),
    ("Meso ke baad halka sir dard tha, shaam tak theek ho gaya, koi bukhar nahi", "none"),
    ("What temperature is a fever, 37.8 or 38?", "none"),
    ("got some tiny scabs from meso, that's chill right", "none"),
]


@pytest.mark.parametrize("text, level", AFTER_FINALS)
def test_categories_missed_on_the_final_sets(text: str, level: str) -> None:
    assert detect(text).level == level
