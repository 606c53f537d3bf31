"""The deterministic red-flag detector: emergency and urgent reports, questions, normal effects."""

from __future__ import annotations

import time
from typing import List, Tuple

import pytest

from bot.escalation_levels import LEVELS, rank
from bot.red_flags import SIGN_LABELS, Findings, detect

# Emergency reports: an infection sign with fever/chills/severe pain, or a systemic sign.
EMERGENCY_REPORTS: List[str] = [
    "I have a fever and pus on my scalp",
    "pus on scalp and fever",
    "i am having fever and the pus come from my head",
    "red lump on my head, hot to touch, and now i have chills",
    "lump hot red painful and feaver",
    "my scalp has an absess and im shivering all night",
    "I can't breathe properly since the injections",
    "cant breath after meso help",
    "short of breath and my chest hurts after my session today",
    "chest pain after mesotherapy",
    "my heart is racing and pounding, had scalp injections 2 hrs ago",
    "I passed out after the session and still feel awful",
    "blacked out in the bathroom, had meso yesterday",
    "My husband is confused and very drowsy since his meso, he has a fever",
    "so sleepy cant stay awake and my head is killing me",
    "Severe headache and stiff neck after mesotherapy",
    "terrible headache, neck is stiff and the light hurts my eyes",
    "worst headache of my life and I keep throwing up",
    "my lips are swelling and my throat feels like its closing",
    "throat closing, cant swallow",
    "tongue swollen after the injections, hard to swallow",
    "she had a seizure tonight, she had mesotherapy last week",
    "I'm seeing double since this morning, scalp is swollen where they injected",
    "my lips look blue and im freezing",
    "skin is all mottled and I feel like I'm dying",
    "rash on my legs that doesnt fade when I press a glass on it",
    "haven't peed since yesterday and I feel really ill after the meso",
    "the redness is spreading really fast, it's doubled in the last few hours",
    "infected spot on my scalp and temp 39",
    "temperature of 38.5 and a swolen lump on my head",
    "my scalp is sweling and infeced and i've got shaking chills",
    "boil on my head and I feel feverish and shivery",
    "i feel like i'm going to die, everything hurts",
    "Coughing up blood after mesotherapy, what is happening",
    "my speech is slurred and my head hurts badly",
    "She's talking nonsense and doesn't know where she is, had hair injections on monday",
    "abscesss on scalp, fevre 39.2",
    "I have a red painful lump and a temperature of 101 F",
    "breathing really fast and heart pounding, lump on my scalp",
    "yellow stuff coming out of my scalp and I'm burning up",
    "knot on my scalp that is throbbing, and i got rigors",
    "the pain in my scalp is unbearable and there is pus",
    "scalp infection, chills and i fainted this morning",
    "pus oozing from the injection sites, fever 38.9, please help",
    "zit on head is hot and huge and I have a fever",
    "my face and lips are swelling up after the injections",
    "can't stop shaking, teeth chattering, had meso 3 days ago",
    "help my son collapsed, he had meso yesterday",
    "Is it normal that I have a fever and my lump is leaking pus?",
    "the redness is racing down my neck, spreading by the hour",
    "face swollen, eye shut, fever and shivers",
    "High temp and a hard painful bump where the needle went in",
    "i have infektion on my head and fever 38",
    "puss coming from the spot and i feel hot and cold",
    "wheezing and my lips are puffy after the injection",
    "heart racing, dizzy, chest tight",
    "my mum is very drowsy and hard to wake, she had scalp injections",
    "He's confused and his scalp is full of pus",
    "am having fever and swelling with pus on head after mesotherapy",
    "lump on my scalp got huge overnight and my temperature is 38.7",
]

# Urgent reports: infection signs without systemic signs, and the other same-day triggers.
URGENT_REPORTS: List[str] = [
    "I have a lump on my scalp after meso",
    "I have a red painful lump but no fever",
    "red lump, no fever",
    "there's pus coming out of one of the injection spots",
    "its oozing yellow stuff",
    "got a boil on my head where they injected",
    "small abcess on the back of my head",
    "the redness is spreading slowly around the injection site",
    "red streaks going down from the spot on my forehead",
    "my eye is swollen after the scalp injections",
    "swelling around my eyes since the session",
    "new lumps appeared 4 weeks after my last session",
    "lump under the skin 3 weeks later, should I massage it?",
    "The clinic told me to massage the nodes but they are getting bigger",
    "I had antibiotics for the lumps but they're not going away",
    "finished the antibiotics and the bumps are still there",
    "A patch of hair fell out where they injected",
    "bald spot appeared at the injection site since my meso",
    "I'm diabetic and one of the injection points looks infected",
    "I'm on steroids and my scalp is red and swollen after meso",
    "had my session 2 days ago, now I have a fever",
    "feeling feverish tonight after the injections but otherwise ok",
    "lumpy bits on my scalp that are hot to touch",
    "my scalp feels burning hot and swollen",
    "Is it normal that my lump is hot and full of pus?",
    "the injection spot is throbbing, red and swollen",
    "hard lump on my scalp that's been there for over two weeks",
    "my scalp looks infected",
    "there is a knot on my head since the injections and it hurts",
    "the swelling is getting worse every day, it's day 4",
    "got a bump on my scalp that keeps getting bigger, no fever no chills",
    "The injection sites are swollen and hot",
    "my immune system is weak from chemo and there's a red bump where they injected",
    "lump still there after 2 rounds of antibiotics, had meso 6 weeks ago",
    "swollen eyelid and redness around my eye",
    "i have a nodule on my scalp weeks after meso",
    "puss in the injection site",
    "chills since the session but no lump",
    "pus and fever? no. just a hot lump",
    "not feverish, but the lump is red and painful",
    "I don't have a fever but there is pus",
    "I have a patch of hair loss where I had mesotherapy",
    "the red area is spreading, no fever",
    "I'm scared it's an abscess, it's really painful and swollen",
    "Should I massage my lump? the clinic said to",
    "What should I do about this lump on my head",
    "the lumps did not improve with antibiotics",
    "i think the injection spots are infected, no fever though",
    "i have a temperature since last night",
    "my forehead and eyes are swollen and red, hurts too",
]

# Information questions that mention symptoms but report none: must not escalate.
QUESTIONS: List[str] = [
    "Can mesotherapy cause a fever?",
    "What are the signs of an infection?",
    "is pus after meso dangerous?",
    "how do I know if I have an abscess?",
    "what happens if an abscess is massaged?",
    "I'm worried about infection, what are the signs?",
    "Can mesotherapy cause infection or scarring?",
    "Can I be allergic to the injections?",
    "What should I do if I get a lump after the injections?",
    "Should I massage a lump after mesotherapy?",
    "Is it normal to have swelling after mesotherapy?",
    "How long does redness last after a session?",
    "Can an infected lump spread to the brain?",
    "What does it mean if an abscess is hot?",
    "When should I go to A&E after mesotherapy?",
    "what are the symptoms of sepsis",
    "does meso cause hair loss in patches?",
    "Can mesotherapy cause chest pain or a fast heartbeat?",
    "Is fever a side effect of minoxidil?",
    "Why do abscesses need to be drained?",
    "Is it safe to have mesotherapy if I have diabetes?",
    "How can I tell if a lump is an abscess or just a reaction?",
    "Can you get meningitis from scalp injections?",
    "what happens if you squeeze a boil on your scalp",
    "Is a stiff neck after mesotherapy a sign of something serious?",
    "How common are infections after hair mesotherapy?",
    "What are the risks and side effects of hair mesotherapy?",
    "Do lumps after meso go away on their own?",
    "What is the treatment for an abscess?",
    "Can mycobacterial infections show up weeks later?",
    "what if the swelling gets into my eyes?",
    "Should I worry about a headache after mesotherapy?",
    "Which antibiotics treat mycobacterial infection?",
    "Is shortness of breath a reason to call 911?",
    "can i use minoxidil on an infected scalp?",
    "What are the warning signs that I need an ambulance?",
    "Tell me about the risk of abscess after mesotherapy",
    "is it bad to pop a pimple on your scalp after meso",
    "how to prevent infection after mesotherapy?",
    "what does pus look like",
    "Could the injections give me a fever?",
    "Will I get a fever after my first session?",
    "I read that mesotherapy can cause abscesses, is that true?",
    "what temperature counts as a fever?",
    "Is 38 degrees a fever?",
    "Can mesotherapy make you pass out?",
    "Will mesotherapy bring back hair on a completely bald patch?",
    "Is it dangerous if a lump keeps growing?",
]

# Normal after-session effects (brief 4a), reported in the first person: not an escalation.
NORMAL_REPORTS: List[str] = [
    "bit of stinging and tiny scabs today after my session",
    "mild redness the day after",
    "I have a small bruise where the needle went in",
    "some pinpoint bleeding after the injections, stopped now",
    "my forehead is a bit swollen the day after meso",
    "mild headache after my session this afternoon",
    "scalp is a little tender and slightly red today",
    "no fever, no pus, just mild redness",
    "tiny scabs on my scalp, not picking them",
    "my forehead swelled up a bit today, first session was yesterday, no pain",
    "I have small bumps and scabs on my scalp. Is that normal?",
    "slight swelling and redness yesterday, almost gone now",
    "had my session yesterday, scalp feels a bit sore, nothing else",
    "it stung a lot during the injections but fine now",
    "My forehead is swollen the day after. Is that normal?",
]

REPORTS: List[Tuple[str, str]] = [(t, "emergency") for t in EMERGENCY_REPORTS] + [(t, "urgent") for t in URGENT_REPORTS]
NOT_ESCALATING: List[str] = QUESTIONS + NORMAL_REPORTS


def test_the_case_lists_are_large_and_distinct() -> None:
    assert len(set(EMERGENCY_REPORTS)) == len(EMERGENCY_REPORTS) >= 40
    assert len(set(URGENT_REPORTS)) == len(URGENT_REPORTS) >= 30
    assert len(set(QUESTIONS)) == len(QUESTIONS) >= 35
    assert len(set(NORMAL_REPORTS)) == len(NORMAL_REPORTS) >= 10
    assert not set(EMERGENCY_REPORTS) & set(URGENT_REPORTS)


@pytest.mark.parametrize("text", EMERGENCY_REPORTS)
def test_emergency_reports(text: str) -> None:
    findings = detect(text)
    assert findings.level == "emergency", findings


@pytest.mark.parametrize("text", URGENT_REPORTS)
def test_urgent_reports(text: str) -> None:
    findings = detect(text)
    assert findings.level == "urgent", findings


@pytest.mark.parametrize("text", QUESTIONS)
def test_information_questions_do_not_escalate(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none", findings
    assert findings.is_question, findings


@pytest.mark.parametrize("text", NORMAL_REPORTS)
def test_normal_after_session_effects_do_not_escalate(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none", findings


def test_aggregate_recall_and_false_escalations() -> None:
    missed = [(t, want, detect(t).level) for t, want in REPORTS if rank(detect(t).level) < rank(want)]
    false_escalations = [(t, detect(t).level) for t in NOT_ESCALATING if detect(t).escalates]
    recall = (len(REPORTS) - len(missed)) / len(REPORTS)
    print(
        f"\nreports: {len(REPORTS)} ({len(EMERGENCY_REPORTS)} emergency, {len(URGENT_REPORTS)} urgent); "
        f"recall {recall:.0%}; missed {missed}\n"
        f"questions + normal: {len(NOT_ESCALATING)} ({len(QUESTIONS)} + {len(NORMAL_REPORTS)}); "
        f"false escalations {len(false_escalations)} {false_escalations}"
    )
    assert not missed
    assert len(false_escalations) <= 1


def test_negation_keeps_an_infection_urgent_without_fever() -> None:
    findings = detect("I have a red painful lump but no fever")
    assert findings.level == "urgent"
    assert "fever" not in findings.signs
    assert "lump" in findings.signs


@pytest.mark.parametrize(
    "text",
    [
        "no fever, no pus, just mild redness",
        "not feverish and no pus, only a bit of redness",
        "I don't have a fever and never had chills, just some stinging",
        "without fever or pus, mild swelling on my forehead",
        "fever? no. pus? no. just tiny scabs",
    ],
)
def test_negated_signs_do_not_count(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none", findings
    assert not {"fever", "pus", "chills"} & set(findings.signs)


@pytest.mark.parametrize(
    "text, sign",
    [
        ("I'm not sure if it's pus but something is coming out", "pus"),
        ("can't stop shivering", "chills"),
        ("no idea why but I have a fever", "fever"),
        ("no improvement, the lump is still there after antibiotics", "antibiotics_failed"),
    ],
)
def test_phrases_that_look_negated_but_are_not(text: str, sign: str) -> None:
    assert sign in detect(text).signs


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  ",
        "fever " * 20_000,
        "x" * 100_000,
        "🤒🤕😷💉🧴 " * 1_000,
        "لدي حمى وصديد في فروة الرأس بعد الميزوثيرابي",
        "\u202eusp\u202c \u200f\u200e\x00\x01\x07\x1b[31mred\x1b[0m\x7f\ufeff",
        "<script>alert('pus')</script><b>fever</b>&nbsp;&amp;&#x27;",
        "a\u0000b\u0000c" * 1000,
        "?!.,;:" * 5000,
        "38.5.5.5...39,,,,°°°° 1e9999 -0 ∞",
        "\ud800",  # lone surrogate
    ],
)
def test_never_raises(text: str) -> None:
    findings = detect(text)
    assert isinstance(findings, Findings)
    assert findings.level in LEVELS
    assert findings.signs == tuple(sorted(findings.signs))


def test_non_string_input_does_not_raise() -> None:
    assert detect(None).level == "none"  # type: ignore[arg-type]
    assert detect(b"fever and pus").level in LEVELS  # type: ignore[arg-type]


def test_html_is_read_as_text() -> None:
    assert detect("<p>I have a <b>fever</b> and <i>pus</i> on my scalp</p>").level == "emergency"


def test_signs_of_a_report() -> None:
    findings = detect("I have a fever and pus on my scalp")
    assert findings.level == "emergency"
    assert {"fever", "pus"} <= set(findings.signs)
    assert not findings.is_question
    assert findings.escalates
    assert findings.signs == tuple(sorted(findings.signs))


def test_a_question_is_flagged_as_one() -> None:
    findings = detect("Can mesotherapy cause a fever?")
    assert findings.level == "none"
    assert findings.is_question
    assert not findings.escalates


@pytest.mark.parametrize(
    "text, sign",
    [
        ("temperature of 38.5", "fever"),
        ("temp 39", "fever"),
        ("my temp is 101.3 F", "fever"),
        ("fevre since last night", "fever"),
        ("feaver and chils", "chills"),
        ("infektion on my scalp", "infection"),
        ("absess on my head", "abscess"),
        ("there is puss", "pus"),
        ("cant breath", "breathless"),
        ("heart pounding", "racing_heart"),
        ("pulse is 135", "racing_heart"),
        ("throat closing", "airway_swelling"),
        ("stiff neck and a headache", "meningism"),
    ],
)
def test_typos_and_casual_phrasing(text: str, sign: str) -> None:
    assert sign in detect(text).signs, detect(text)


@pytest.mark.parametrize("text", ["temperature 37.2", "temp is 36.8 so fine", "my temperature is normal"])
def test_temperatures_below_38_are_not_fever(text: str) -> None:
    assert "fever" not in detect(text).signs


@pytest.mark.parametrize(
    "text",
    [
        "I never had any issues",  # "never" is not "fever"
        "the injection was fine",  # "injection" is not "infection"
        "I was feeling fine, then I went fasting",  # not "freezing" or "fainting"
        "I'm sleeping well and seeing improvements",
        "the clinic staff were nice, no stuff coming out",
        "I'm confused about the price, is it per session?",
    ],
)
def test_fuzzy_matching_does_not_invent_signs(text: str) -> None:
    assert detect(text).level == "none", detect(text)


def test_every_sign_has_a_label() -> None:
    seen = set()
    for text, _ in REPORTS:
        seen.update(detect(text).signs)
    assert seen <= set(SIGN_LABELS)
    assert all(label and label == label.strip() for label in SIGN_LABELS.values())


def test_timing_per_message() -> None:
    texts = [t for t, _ in REPORTS] + NOT_ESCALATING
    detect("warm up")
    start = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        for text in texts:
            detect(text)
    per_message_us = (time.perf_counter() - start) / (rounds * len(texts)) * 1e6
    start = time.perf_counter()
    detect("I have a lump and fever. " * 4000)  # ~100 KB
    big_ms = (time.perf_counter() - start) * 1e3
    print(f"\ndetect(): {per_message_us:.0f} us per message over {len(texts)} messages; 100 KB text: {big_ms:.0f} ms")
    assert per_message_us < 1000
