"""Round 10 of the detector (2026-12, from the categories missed on final9 and the development sets of the
seventh stop). Each case is written here, not copied from an evaluation set."""

from __future__ import annotations

import pytest

from bot.red_flags import detect

# --- vital signs and scores said the way people say them ---------------------------------------------------------
NUMBERS = [
    ("my blood pressure was low so I took it twice after the injections and it's 84 over 52, I feel faint", "emergency"),
    ("the pain around the lump is a 10, honestly can't think", "emergency"),
    ("pain level 8 and the bump on my scalp is hot", "urgent"),
    ("throbbing is at a solid 9 where they injected and the lump keeps growing", "emergency"),
]
NOT_SCORES = [
    "the pain started at 9 this morning, it is mild and the site looks normal",
    "the pain lasted 10 days after my minoxidil started, then it went away completely",
]


@pytest.mark.parametrize("text, level", NUMBERS)
def test_vital_signs_and_scores_without_their_usual_layout(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize("text", NOT_SCORES)
def test_a_number_after_a_pain_word_that_is_no_score(text: str) -> None:
    assert detect(text).level == "none"


def test_cause_for_because_does_not_make_a_report_general() -> None:
    assert detect("took my pulse cause I felt weird and it says 140 bpm, lump on my scalp is hot").level == "emergency"


# --- typed fast: the misspellings of sign words that fuzzy matching leaves (4 letters or fewer, or not in its list)
TYPOS = [
    ("seing double sinse lunch and my meso bump is infected", "emergency"),
    ("chest pian since the minoxidil injections, feels tight", "emergency"),
    ("my hair fel out in a little circle right where the needle went", "urgent"),
]


@pytest.mark.parametrize("text, level", TYPOS)
def test_short_misspellings_of_sign_words(text: str, level: str) -> None:
    assert detect(text).level == level


# --- §4c signs in words the patterns did not have -----------------------------------------------------------------
DESCRIBED = [
    ("since this afternoon I'm not able to take a full breath and the injection spot is oozing", "emergency"),
    ("my dad keeps losing his words and the lump from his meso is red hot", "emergency"),
    ("very confused, the infected lump on my head is throbbing", "emergency"),
    ("I have a fever and I'm shivering so hard it won't stop, scalp lump from the meso", "emergency"),
]


@pytest.mark.parametrize("text, level", DESCRIBED)
def test_emergency_signs_in_other_words(text: str, level: str) -> None:
    assert detect(text).level == level


# --- a red, sore spot past §4a's first 24-48 hours -------------------------------------------------------------------
def test_red_and_sore_on_day_three_is_a_same_day_sign() -> None:
    assert detect("the injection point at the back is red and tender, 3 days after the session").level == "urgent"


def test_mild_redness_and_soreness_on_day_three_stays_usual() -> None:
    assert detect("a little red and slightly tender 3 days after the session, nothing else").level == "none"


# --- not reports: stories, material written for others, the topic of hair loss ------------------------------------
NOT_REPORTS = [
    "I'm putting together an aftercare handout for my clinic: which signs, like a hot lump or pus, mean the GP today?",
    "Last night I went down a rabbit hole on a hair loss forum: a man who got abscesses, another person who got a "
    "bald patch. How likely is this at a proper clinic?",
    "The hair loss thing gets me down so much, I feel like hiding in a hole. Is mesotherapy worth it?",
    "My sister had meso abroad and ended up with a patch where her hair didn't grow back, she's fine now apart from "
    "that. Should I still go?",
    "My colleague is telling that after mesotherapy her friend got a big infection. Can this happen really?",
]


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_not_a_report(text: str) -> None:
    assert detect(text).level == "none"


# --- other languages: a friend's story, and signs said in their own idiom -------------------------------------------
ELSEWHERE_STORIES = [
    "Eine Kollegin hat mir erzählt, dass ihre Freundin nach der Mesotherapie eine Infektion bekommen hat. Ist das häufig?",
    "Подруга рассказала, что у её знакомой после мезотерапии была шишка с гноем. Это часто бывает?",
]
ELSEWHERE_REPORTS = [
    ("De zwelling op mijn hoofd wordt razendsnel groter en rood, binnen een uur tot over mijn oor", "emergency"),
    ("Mezoterapiden sonra ateşim var ve kontrol edemediğim şekilde titriyorum", "emergency"),
    ("bukhar hai aur kaanpna ruk hi nahi raha, meso wali jagah pe sujan", "emergency"),
    ("做完头皮注射以后，我脑子有点糊涂，头也很痛", "emergency"),
    ("ba3d el 7o2na shafayefi 3am tenfokh", "emergency"),
]


@pytest.mark.parametrize("text", ELSEWHERE_STORIES)
def test_a_friends_story_in_another_language_is_not_a_report(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize("text, level", ELSEWHERE_REPORTS)
def test_signs_said_in_other_languages(text: str, level: str) -> None:
    assert detect(text).level == level


# --- questions that name signs while asking about information (from the categories of the question set nludev5) ---
ASKED = [
    "My uncle wants injections for his bald spot. What infection risks are there?",
    "I've been reading up on people ending up with fevers, pus and even sepsis after salon injections. How common?",
    "I'm weighing it up and infection is what worries me most. How often does it happen?",
    "My friend asked me whether nodules can show up months after the last session.",
    "I want to understand why an abscess needs draining instead of antibiotics alone.",
    "Coming back to abscesses, why would a doctor culture the pus?",
    "One more thing about lumps after injections: which ones are harmless?",
    "so a boil is basically the same as an abscess?",
    "could she end up with an abscess if the salon is not clean?",
    "My mum watched a documentary about abscesses after beauty injections. Should I be worried?",
    "For the swelling after a session, is cold or hot better?",
    "Years ago I had an infection after a filler that cleared with antibiotics. I'm now thinking about hair meso and "
    "would like to know whether infections from it are the same kind.",
    "I keep seeing online that scalp infections can spread to the brain. Is that true?",
    "have there been cases of sepsis after hair mesotherapy?",
    "headache stiff neck after scalp injections warning signs",
    "puffy eyelids after scalp meso normal?",
]


@pytest.mark.parametrize("text", ASKED)
def test_a_question_that_names_signs_is_not_a_report(text: str) -> None:
    assert detect(text).level == "none"


# ... while the same shapes about the writer's own state still escalate
OWN = [
    ("My bald spot from the injections is new, the hair fell out where the needle went", "urgent"),
    ("since last night I keep seeing double and my meso lump is hot", "emergency"),
    ("my blood pressure keeps reading under 90, 86/50 now, since the injections", "emergency"),
    ("chest pain after my minoxidil injections normal?", "emergency"),
    ("Is it normal for the spot to be red, hot and tender 4 days after? It hurts to touch", "urgent"),
]


@pytest.mark.parametrize("text, level", OWN)
def test_the_same_shapes_about_the_writers_own_state_escalate(text: str, level: str) -> None:
    assert detect(text).level == level


# --- from final10's categories (read after it was measured) ------------------------------------------------------------
ROUND10_REPORTS = [
    ("the injections left me with two shiny bald dents at the back", "urgent"),
    ("these scar-like marks on my scalp came from the meso and no hair grows through them", "urgent"),
    ("my son is throwing up and crying about his head, he can't bend his neck and wants the lights off", "emergency"),
    ("my clinic said bumps a few weeks later are normal, but I've just noticed two new ones this week", "urgent"),
    ("red streaky lines running from the injection point towards my neck", "urgent"),
    ("her skin looks like marble, blotchy grey, since the scalp injections", "emergency"),
    ("the patch was the size of a coin yesterday and it's 5 cm now", "urgent"),
    ("she keeps asking the same question over and over, fever since the meso", "emergency"),
    ("the redness is spreading as I watch, bigger every 20 minutes", "emergency"),
    ("is 84/50 blood pressure ok? I've felt dreadful since the injections", "emergency"),
    (
        "Should I be worried about a bad headache and a stiff neck after scalp injections? Bright light bothers me too.",
        "emergency",
    ),
]
ROUND10_NOT = [
    "I'm choking on the price of PRP, is meso cheaper?",
    "A pharmacist I know saw a customer with cellulitis after a tattoo. Could meso do that?",
    "I used to get bad headaches after sessions, the last few have been fine.",
    "My temperature reached 38 with a cold on Sunday but it's back down to 36.9 now and I feel fine.",
    "ok but if i got pus after meso would that be a GP thing or wait and see",
    "Reviews of a salon near my work mention pus and lumps. Does that mean it's dirty?",
    "Let's say I feel shivery two days after a session. How do I tell it from a cold?",
    "hurts like hell when I touch it, the hot bump from the meso",  # severe, not extreme: stays urgent (below)
]


def test_pain_on_touch_is_severe_not_extreme() -> None:
    findings = detect(ROUND10_NOT[-1])
    assert findings.level == "urgent" and "extreme_pain" not in findings.signs


# --- from the development sets' remaining misses (data/safety, written blind) -------------------------------------------
DEV_REPORTS = [
    ("would it matter that I'm diabetic if one of my injection points has a bit of pus?", "urgent"),
    ("can I keep having sessions if one of the sites has a bump that's been tender for two weeks?", "urgent"),
    ("When will the nodules settle? It's week five and they're the same size.", "urgent"),
    ("can I just put ice on the hot swollen bump from the injections and leave it?", "urgent"),
    ("is it ok to go to the gym with a pus-filled spot from the meso?", "urgent"),
    ("should I have it checked if I have a sore warm lump from the injections?", "urgent"),
    ("the bumps were small at first but now they're about 1 cm and firm", "urgent"),
    ("is it bad if some pus comes out when I comb over the injection area?", "urgent"),
    ("my face looks lopsided and puffy on the right since the scalp meso", "urgent"),
    ("my last session was in March and now I have some new bumps on my head", "urgent"),
    ("the balls came up a week ago, three of them, session was a month before", "urgent"),
    ("a patch at the crown has gone completely bald since the meso", "urgent"),
    ("my dad is on steroids, one injection spot on his scalp is red and sore", "urgent"),
    ("my heart's gone absolutely crazy since the injections, racing nonstop", "emergency"),
]
DEV_NOT = [
    "If my temperature is 37.3 after meso, is that a fever? Just asking, I feel fine.",
    "the swelling has gone completely now",
    "My skin is now a good colour again after the redness settled last month.",
]


@pytest.mark.parametrize(
    "text",
    ["Main nursing student hoon, sepsis ke baare mein padh rahi hoon.", "glass test rash", "tumbler test meningitis rash"],
)
def test_studying_a_condition_or_naming_a_test_is_not_a_report(text: str) -> None:
    assert detect(text).level == "none"


def test_a_glass_test_result_is_still_reported() -> None:
    assert detect("rash not fading glass test").level == "emergency"


FIGURES_ELSEWHERE = [
    "Bei dem Preis bin ich fast umgekippt. Lohnt sich das?",
    "Jak zobaczyłam cenę, to prawie zemdlałam. Czy to działa?",
    "Casi me muero cuando vi el precio. ¿Funciona?",
    "I nearly passed out when I saw the quote for six sessions",
    "dying lol, my hairline in that photo",
    "Is it true meso can give you meningitis? My aunt is saying this and she's worried.",
    "He had injections yesterday and has a mild headache. Would a stiff neck or light sensitivity be a concern?",
]


@pytest.mark.parametrize("text", FIGURES_ELSEWHERE)
def test_figures_of_speech_and_worried_relatives_are_not_reports(text: str) -> None:
    assert detect(text).level == "none"


def test_chest_pain_and_almost_fainting_in_spanish_is_an_emergency() -> None:
    assert detect("me duele mucho el pecho y casi me desmayo, hoy me inyectaron minoxidil").level == "emergency"


DEV21_REPORTS = [
    ("heart rate hasn't dropped below 135 for two hours and I feel awful, injections on Tuesday", "emergency"),
    ("rash all over that doesnt dissapear when i push the glas on it, feverish, meso spot infected", "emergency"),
    ("I can still see the spots through a glass and I have a fever since the injections", "emergency"),
    ("the skin round one injection point is going dark and it is extremely painful", "emergency"),
    ("Is a stiff neck with a bad headache and vomiting serious? I had mesotherapy on Friday.", "emergency"),
    ("my wife has a pus lump on her head from the meso and now she is very confused", "emergency"),
]
DEV21_NOT = [
    "Quiz question: a patient has a rash that doesn't fade under a glass. What does that suggest?",
    "For a case study: a woman develops scalp abscesses after a vitamin cocktail. Management?",
    "The salesman talked so fast I couldn't catch my breath. Which package is cheapest?",
    "anaphylaxis = ?",
    "fainting during meso, common?",
    "had a fever and a swollen spot after meso last year, got treated, fine now. should i tell the new clinic",
    "At what heart rate should I start worrying, 100? 130?",
]


# --- from final11's categories (read after it was measured) ------------------------------------------------------------
FINAL11_REPORTS = [
    ("my dad doesn't know which year it is and asks me the same question again and again since the meso", "emergency"),
    ("is it normal that my scalp has white scars with no hair on them where I had meso?", "urgent"),
    ("it measured 5 mm on Tuesday and 11 mm today", "urgent"),
    ("Is it normal to feel this sense of doom, like something terrible is happening? I had meso injections.", "emergency"),
    ("my daughter's scalp redness is widening out from the needle spot a bit more each day", "urgent"),
    ("the clinic says to massage the nodes that came up four weeks after my session", "urgent"),
    ("my vision has gone doubled up, two of everything, and the meso spot is infected", "emergency"),
    ("102.9F and shaking from head to toe, one injection spot leaking", "emergency"),
    ("she went stiff and started jerking, eyes rolled back, she has a lump from the meso", "emergency"),
    ("all my body muscles is hurting so strong, infected spot from the hair injections", "emergency"),
    ("I'm diabetic. One injection site is still red, swollen and warm, the others healed.", "urgent"),
]
FINAL11_NOT = [
    "At what temperature in Celsius do doctors call it a fever, 38?",
    "What heart rate is dangerously fast at rest, 100 or 130?",
    "My dad had a swollen tongue from a dental injection in the 80s. Should I mention it?",
    "For a school project I'm writing about sepsis: which signs, like confusion or mottled skin, should people know?",
    "so excited, I'm feverish with anticipation, first meso booked",
    "What is the link between diabetes and infections after injections?",
    "people on the hairloss sub say meso gives you abscesses, true?",
    "my wife wants hair meso abroad next year, what should we ask about pus or lumps afterwards?",
    "had some pus from one spot in spring, cleared up ages ago, going back next week",
    "I'd like to understand anaphylaxis: what are the signs (tongue swelling, wheeze, fainting)?",
    "first meso tmrw, how do I make sure I don't end up with lumps?",
    "I want to compare risks: with PRP you get soreness, with meso you get bruising and sometimes abscesses.",
    "at 2pm my pulse is 84",
]


def test_a_red_line_that_appeared_this_morning_is_urgent_not_fast_spreading() -> None:
    text = "There's a sore bump near my ear and since this morning a faint red line runs from it down my neck."
    assert detect(text).level == "urgent"


def test_a_lump_that_doubled_in_a_week_is_growing_not_fast_spreading_redness() -> None:
    assert detect("my scalp lump from the injections keeps growing, it's doubled since last week").level == "urgent"


# every category list above that comes with its level, and every one that must not escalate
LATER_REPORTS = ROUND10_REPORTS + DEV_REPORTS + DEV21_REPORTS + FINAL11_REPORTS
LATER_NOT = ROUND10_NOT[:-1] + DEV_NOT + DEV21_NOT + FINAL11_NOT


@pytest.mark.parametrize("text, level", LATER_REPORTS)
def test_reports_worded_like_the_blind_sets_escalate_to_their_level(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize("text", LATER_NOT)
def test_non_reports_worded_like_the_blind_sets_do_not_escalate(text: str) -> None:
    assert detect(text).level == "none"
