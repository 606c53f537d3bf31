"""Wording nobody here wrote: numbers, third person, rambling, typos and non-native English, and
messages that name a sign without reporting it (definitions, hypotheticals, hearsay, resolved or past
symptoms, all-clear lists). Development cases for issue #11; the blind sets are elsewhere."""

from __future__ import annotations

from typing import List, Tuple

import pytest

from bot.red_flags import detect

E, U, N = "emergency", "urgent", "none"


# numbers
NUMBERS: List[Tuple[str, str]] = [
    ("my temp is 39.5", U), ("39.5 and shivering", U), ("thermometer says 102F", U), ("temp 38,6 since this morning", U),
    ("temperature 37.8", N), ("my pulse is 135", E), ("heart rate 140 bpm", E), ("pulse 110", N),
    ("I'm breathing 30 times a minute", E), ("BP 85/50", E), ("my blood pressure was 88 over 55 at the pharmacy", E),
    ("bp 125/80", N), ("pain 9/10 at the injection site", E), ("it hurts like 10 out of 10", E), ("pain is 8/10", U),
    ("pain 3/10", N), ("haven't peed since yesterday morning", E), ("no wee for 20 hours", E), ("no wee for 3 hours", N),
    ("he hasn't passed urine all day", E), ("temp of 38.4 and a lump on my scalp", U),
    ("my son has 39.2 fever and he is not making sense", E),
]

# third person
THIRD_PERSON: List[Tuple[str, str]] = [
    ("my wife is confused and doesn't know what day it is", E), ("my dad can't be woken", E), ("he isn't responding", E),
    ("my mum is not responding to me", E), ("she's slurring her words", E), ("my husband collapsed in the kitchen", E),
    ("my brother's lips have gone blue", E), ("his skin is mottled and cold", E), ("she had a fit", E),
    ("my partner says his vision is blurry and doubled", E), ("my girlfriend's scalp has pus coming out", U),
]

# rambling
RAMBLING: List[Tuple[str, str]] = [
    ("so I had the meso on friday at the clinic in town and it was fine really, the nurse was lovely, but since last night my throat feels tight and I can hardly swallow, anyway is it normal? also what is the price of the next session", E),  # noqa: E501 (a long message on purpose)
    ("hi hello, long story short, went for mesotherapy two weeks ago, all good at first, then this week one of the injection spots turned into a hard red lump and it is still growing, not sure what to do, thanks", U),  # noqa: E501
    ("Sorry for the long message. My appointment was on Tuesday and I was told to avoid washing my hair for 24 hours which I did. Today my head hurts a lot and I keep throwing up and the light hurts my eyes. Also when is my next session?", E),  # noqa: E501
]

# typos / slang / non-native
TYPOS_AND_NON_NATIVE: List[Tuple[str, str]] = [
    ("my lips is swelling very much after the injection", E), ("i cant breth proper", E), ("got a massive absess on me head", U),
    ("scalp full of puss and feel proper rough", U), ("i am having the fever with the shaking very strong i cannot stop", E),
    ("the red is going bigger and bigger every hour", E), ("chest is paining me", E), ("feeling like i will die", E),
    ("rash not fading when i press glass", E), ("i feel very very sleepy cannot keep eyes open", E),
    ("severe headach and neck stif", E), ("my eyes puffy and closing after scalp meso", U),
]

# extreme pain / severe muscle pain / out of proportion
EXTREME_PAIN: List[Tuple[str, str]] = [
    ("the pain is unbearable", E), ("my muscles ache terribly and I am shivering", E), ("it looks like nothing but it hurts so much I can't sleep", E),  # noqa: E501
    ("pain way worse than it looks", E),
]

# skin colour
SKIN_COLOUR: List[Tuple[str, str]] = [
    ("my lips look very pale", E), ("she went grey and clammy", E), ("my fingertips are blue", E),
]

# non-reports
REPORT_OR_NOT: List[Tuple[str, str]] = [
    ("what exactly is a boil?", N), ("how is pus drained?", N), ("what temperature is a fever?", N), ("what if I get a lump", N),
    ("a forum says the nodules should be kneaded", N), ("my friend had pus after hers last year", N),
    ("the swelling I had in spring cleared up", N), ("my temperature is back to normal since Tuesday", N),
    ("I had an abscess years ago", N), ("no heat, no pus, nothing spreading", N), ("my fever went away yesterday", N),
    ("my sister got a lump after her meso", U), ("people on reddit say they get bumps for weeks", N),
    ("the lump went away but came back", U), ("the fever has gone but the lump is hot", U),
    ("I had a fever on Monday, it has gone now", N), ("the lump has not gone away", U),
    ("is it normal that my lump is hot and growing?", U), ("should I worry about the pus?", U),
    ("what happens if a blood pressure is 85/50", N), ("can mesotherapy cause seizures?", N),
    ("my clinic said lumps can appear weeks later", N), ("my doctor told me my blood pressure is low", E),
    ("I'm diabetic and the spot is a bit red", U), ("I'm on steroids and have a lump", U),
]

# second round, written after the first passed: fresh wording for the same classes
SECOND_ROUND: List[Tuple[str, str]] = [
    ("my mother is barely conscious", E),
    ("he stopped breathing for a bit", E),
    ("my face went grey", E),
    ("temp 40.1 and he is talking gibberish", E),
    ("fever of 103 and a lump", U),
    ("body temperature 38.9 C", U),
    ("breathing very fast 32 breaths a minute", E),
    ("heart going 150", E),
    ("i have not urinated in 24 hours", E),
    ("his arm went numb and weak", E),
    ("scarring where they injected and hair not growing back", U),
    ("i had a fever but it broke last night", N),
    ("last year I had pus in one spot, all fine now", N),
    ("If the redness spreads what do I do?", N),
    ("i have a seizure disorder, is meso ok?", N),
    ("my cousin said she got lumps for months after hers", N),
    ("No swelling, no redness, no fever, all good", N),
    ("I came down with a fever", U),
    ("my lump broke open and pus came out", U),
]

CASES = (
    NUMBERS + THIRD_PERSON + RAMBLING + TYPOS_AND_NON_NATIVE + EXTREME_PAIN + SKIN_COLOUR + REPORT_OR_NOT + SECOND_ROUND
)


def test_the_case_lists_are_distinct() -> None:
    texts = [text for text, _ in CASES]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("text, level", CASES)
def test_the_level_of_wording_nobody_here_wrote(text: str, level: str) -> None:
    findings = detect(text)
    assert findings.level == level, findings


@pytest.mark.parametrize(
    "text, sign",
    [
        ("my temp is 39.5", "fever"),
        ("thermometer says 102F", "fever"),
        ("my pulse is 135", "racing_heart"),
        ("I'm breathing 30 times a minute", "breathless"),
        ("BP 85/50", "low_blood_pressure"),
        ("pain 9/10 at the injection site", "extreme_pain"),
        ("pain is 8/10", "severe_pain"),
        ("no wee for 20 hours", "no_urine"),
        ("my dad can't be woken", "drowsy"),
        ("rash not fading when i press glass", "nonblanching_rash"),
        ("the red is going bigger and bigger every hour", "fast_spreading_redness"),
        ("I'm diabetic and the spot is a bit red", "immunocompromised"),
    ],
)
def test_the_sign_behind_the_level(text: str, sign: str) -> None:
    assert sign in detect(text).signs, detect(text)


@pytest.mark.parametrize(
    "text, below",
    [
        ("temperature 37.8", "fever"),
        ("pulse 110", "racing_heart"),
        ("bp 125/80", "low_blood_pressure"),
        ("no wee for 3 hours", "no_urine"),
        ("it cost 39.50 euros", "fever"),
        ("I weigh 85.5 kg", "fever"),
    ],
)
def test_numbers_below_a_threshold_or_not_vital_signs_count_for_nothing(text: str, below: str) -> None:
    assert below not in detect(text).signs


@pytest.mark.parametrize(
    "text",
    ["no heat, no pus, nothing spreading", "no fever", "none of those", "my fever went away yesterday", "not feverish at all"],
)
def test_an_all_clear_or_a_denial_is_ruled_out(text: str) -> None:
    findings = detect(text)
    assert findings.ruled_out and findings.level == "none", findings


@pytest.mark.parametrize("text", ["I have a lump on my scalp", "how much is a session?", "thanks, bye"])
def test_a_plain_report_or_chat_rules_nothing_out(text: str) -> None:
    assert not detect(text).ruled_out


def test_a_denial_and_a_report_in_one_message_are_both_kept() -> None:
    findings = detect("no fever but there is pus")
    assert findings.ruled_out and findings.signs == ("pus",) and findings.level == "urgent"


@pytest.mark.parametrize(
    "text",
    ["my scalp itches a lot", "what exactly is a boil?", "is bruising normal?", "no fever", "I feel dizzy and sick"],
)
def test_talk_about_symptoms_is_symptom_related_even_without_a_report(text: str) -> None:
    assert detect(text).symptom_related, detect(text)


@pytest.mark.parametrize("text", ["how much does a session cost?", "hi", "can I book for Tuesday?", "thanks!"])
def test_chat_about_anything_else_is_not_symptom_related(text: str) -> None:
    assert not detect(text).symptom_related, detect(text)

