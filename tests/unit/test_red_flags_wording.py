"""Wording nobody here wrote: numbers, third person, rambling, typos and non-native English, and
messages that name a sign without reporting it (definitions, hypotheticals, hearsay, resolved or past
symptoms, all-clear lists). Development cases for issue #11; the blind sets are elsewhere."""

from __future__ import annotations

from typing import List, Tuple

import pytest

from bot.chat_text import for_matching
from bot.red_flags import detect

E, U, N = "emergency", "urgent", "none"


# numbers
NUMBERS: List[Tuple[str, str]] = [
    ("my temp is 39.5", U),
    ("39.5 and shivering", U),
    ("thermometer says 102F", U),
    ("temp 38,6 since this morning", U),
    ("temperature 37.8", N),
    ("my pulse is 135", E),
    ("heart rate 140 bpm", E),
    ("pulse 110", N),
    ("I'm breathing 30 times a minute", E),
    ("BP 85/50", E),
    ("my blood pressure was 88 over 55 at the pharmacy", E),
    ("bp 125/80", N),
    ("pain 9/10 at the injection site", E),
    ("it hurts like 10 out of 10", E),
    ("pain is 8/10", U),
    ("pain 3/10", N),
    ("haven't peed since yesterday morning", E),
    ("no wee for 20 hours", E),
    ("no wee for 3 hours", N),
    ("he hasn't passed urine all day", E),
    ("temp of 38.4 and a lump on my scalp", U),
    ("my son has 39.2 fever and he is not making sense", E),
]

# third person
THIRD_PERSON: List[Tuple[str, str]] = [
    ("my wife is confused and doesn't know what day it is", E),
    ("my dad can't be woken", E),
    ("he isn't responding", E),
    ("my mum is not responding to me", E),
    ("she's slurring her words", E),
    ("my husband collapsed in the kitchen", E),
    ("my brother's lips have gone blue", E),
    ("his skin is mottled and cold", E),
    ("she had a fit", E),
    ("my partner says his vision is blurry and doubled", E),
    ("my girlfriend's scalp has pus coming out", U),
]

# rambling
RAMBLING: List[Tuple[str, str]] = [  # long messages on purpose
    (
        "so I had the meso on friday at the clinic in town and it was fine really, the nurse was lovely, but since last "
        "night my throat feels tight and I can hardly swallow, anyway is it normal? also what is the price of the next session",
        E,
    ),
    (
        "hi hello, long story short, went for mesotherapy two weeks ago, all good at first, then this week one of the "
        "injection spots turned into a hard red lump and it is still growing, not sure what to do, thanks",
        U,
    ),
    (
        "Sorry for the long message. My appointment was on Tuesday and I was told to avoid washing my hair for 24 hours "
        "which I did. Today my head hurts a lot and I keep throwing up and the light hurts my eyes. Also when is my next "
        "session?",
        E,
    ),
]

# typos / slang / non-native
TYPOS_AND_NON_NATIVE: List[Tuple[str, str]] = [
    ("my lips is swelling very much after the injection", E),
    ("i cant breth proper", E),
    ("got a massive absess on me head", U),
    ("scalp full of puss and feel proper rough", U),
    ("i am having the fever with the shaking very strong i cannot stop", E),
    ("the red is going bigger and bigger every hour", E),
    ("chest is paining me", E),
    ("feeling like i will die", E),
    ("rash not fading when i press glass", E),
    ("i feel very very sleepy cannot keep eyes open", E),
    ("severe headach and neck stif", E),
    ("my eyes puffy and closing after scalp meso", U),
]

# extreme pain / severe muscle pain / out of proportion
EXTREME_PAIN: List[Tuple[str, str]] = [
    ("the pain is unbearable", E),
    ("my muscles ache terribly and I am shivering", E),
    ("it looks like nothing but it hurts so much I can't sleep", E),  # noqa: E501
    ("pain way worse than it looks", E),
]

# skin colour
SKIN_COLOUR: List[Tuple[str, str]] = [
    ("my lips look very pale", E),
    ("she went grey and clammy", E),
    ("my fingertips are blue", E),
]

# non-reports
REPORT_OR_NOT: List[Tuple[str, str]] = [
    ("what exactly is a boil?", N),
    ("how is pus drained?", N),
    ("what temperature is a fever?", N),
    ("what if I get a lump", N),
    ("a forum says the nodules should be kneaded", N),
    ("my friend had pus after hers last year", N),
    ("the swelling I had in spring cleared up", N),
    ("my temperature is back to normal since Tuesday", N),
    ("I had an abscess years ago", N),
    ("no heat, no pus, nothing spreading", N),
    ("my fever went away yesterday", N),
    ("my sister got a lump after her meso", U),
    ("people on reddit say they get bumps for weeks", N),
    ("the lump went away but came back", U),
    ("the fever has gone but the lump is hot", U),
    ("I had a fever on Monday, it has gone now", N),
    ("the lump has not gone away", U),
    ("is it normal that my lump is hot and growing?", U),
    ("should I worry about the pus?", U),
    ("what happens if a blood pressure is 85/50", N),
    ("can mesotherapy cause seizures?", N),
    ("my clinic said lumps can appear weeks later", N),
    ("my doctor told me my blood pressure is low", E),
    ("I'm diabetic and the spot is a bit red", U),
    ("I'm on steroids and have a lump", U),
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


# third round (issue #11 development set): one list per class of miss, each case in our own words.
# Past episodes that say they are over (in the next sentence too); a pluperfect is not an ending.
PAST_EPISODES: List[Tuple[str, str]] = [
    ("Two months ago a spot on my scalp got infected. It was drained and has healed completely.", N),
    ("I fainted at the clinic in March, but I was fine after ten minutes.", N),
    ("had a bald spot after my spring session, it has grown back now", N),
    ("back in may my forehead was swollen, it go away in three days. nothing now", N),
    ("my temperature hit 38.5 the night after, it was gone by breakfast", N),
    ("a nodule came up at a spot that had healed already", U),
    ("the redness settled, but now there is a hot lump", U),
]
# someone else's story, even with a relative clause or "fine now" at the end; "after his session" is not hearsay
HEARSAY_MORE: List[Tuple[str, str]] = [
    ("my cousin, who lives abroad, got a nasty abscess after meso but is completely fine now", N),
    ("lots of reviews mention people getting lumps, should I be put off?", N),
    ("my son has a fever after his session", U),
    ("my friend, who is a nurse, says my lump is infected", U),
    ("my flatmate said I have a fever", U),
]
# definitions and words seen somewhere
DEFINITIONS: List[Tuple[str, str]] = [
    ("what does necrotising mean?", N),
    ("can you explain me what erysipelas is", N),
    ("I saw the term mycobacteria in a leaflet, what is it?", N),
]
# "let's say", "suppose", list items inside an "if", and "my throat"/"my wife" (not a sign) inside an "if"
HYPOTHETICALS: List[Tuple[str, str]] = [
    ("let's say I got a pus spot, would the clinic see me?", N),
    ("suppose my lips swelled up during the session, what would you do?", N),
    ("if something went wrong after, like a red streak or a temperature, who do I call?", N),
    ("if my wife got confused after her session what should I do?", N),
]
# questions about one's own state: "worried that ... keeps", "is it normal that ...", a follow-up sentence
ASKING_ABOUT_ONESELF: List[Tuple[str, str]] = [
    ("should I be concerned that the bump on my crown keeps oozing?", U),
    ("is it normal that the spot is agonising even though it looks fine?", E),
    ("Is a fever of 38.7 normal after meso? I measured it three times.", U),
    ("Is it normal to see double a day after injections? It started this morning.", E),
]
# risk wording, standing traits, figures of speech, mild warmth; a lasting risk factor from years ago
TRAITS_AND_FIGURES: List[Tuple[str, str]] = [
    ("does diabetes raise my infection risk with meso?", N),
    ("my blood pressure is usually low, is minoxidil ok?", N),
    ("my mum almost fainted when she saw the bill haha", N),
    ("scalp slightly warm after today's session, nothing else", N),
    ("I had a liver transplant years ago and take immunosuppressants, one spot is pink today", U),
]
# other ways of saying a sign: non-native, voice-to-text (spoken numbers, "red streets"), chat ("hard 2 wake")
MORE_WORDING: List[Tuple[str, str]] = [
    ("he lost the consciousness for a moment", E),
    ("she can not grip her fork with her left hand since this morning", E),
    ("his foot is dragging since lunch", E),
    ("my left side went numb", E),
    ("my dad keeps asking what year it is and has a fever", E),
    ("she got lost driving home and has a temperature", E),
    ("he does not seem to recognise his own house", E),
    ("his words come out all jumbled", E),
    ("she talks like she is drunk and has a fever", E),
    ("I can barely rouse him", E),
    ("we can not get her to wake", E),
    ("my heart feels like it is hammering", E),
    ("my watch shows 142 and I'm sitting still", E),
    ("his knees look marbled", E),
    ("her lips have turned a blueish colour", E),
    ("the rash remains visible when I push a tumbler on it", E),
    ("he has not passed any water since yesterday morning", E),
    ("every muscle is so sore I can't get up", E),
    ("my entire body hurts terribly", E),
    ("my whole body keeps shaking and I have a fever", E),
    ("shivering attacks all night", E),
    ("the pain at the spot behind my left ear is excruciating", E),
    ("the pain where the needle went in is terrible", U),
    ("I traced the red edge with a marker and it is now outside the line", U),
    ("the red area is creeping fast towards my ear", E),
    ("the redness is going down to my neck", U),
    ("the red patch is twice the size it was this morning", U),
    ("the pink area is getting more big", U),
    ("there is a round area with no hair where I had the shots", U),
    ("a bald circle appeared at one of the jab spots", U),
    ("the tiny bumps are still there three weeks later", U),
    ("a few small bumps today after my session", N),
    ("temperature reads thirty eight point six", U),
    ("bp ninety over fifty five", E),
    ("pressure 84 on 52", E),
    ("it says 85/52 right now", E),
    ("it is 38.6 now", U),
    ("he is hard 2 wake", E),
    ("red streets running up from the spot", U),
    ("swelling round my eys", U),
]
THIRD_ROUND = (
    PAST_EPISODES + HEARSAY_MORE + DEFINITIONS + HYPOTHETICALS + ASKING_ABOUT_ONESELF + TRAITS_AND_FIGURES + MORE_WORDING
)

CASES = (
    NUMBERS
    + THIRD_PERSON
    + RAMBLING
    + TYPOS_AND_NON_NATIVE
    + EXTREME_PAIN
    + SKIN_COLOUR
    + REPORT_OR_NOT
    + SECOND_ROUND
    + THIRD_ROUND
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
        ("temperature reads thirty eight point six", "fever"),
        ("bp ninety over fifty five", "low_blood_pressure"),
        ("it says 85/52 right now", "low_blood_pressure"),
        ("the tiny bumps are still there three weeks later", "late_or_persistent_lump"),
        ("he lost the consciousness for a moment", "fainting"),
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
        ("my bmi is 38.5", "fever"),
        ("my temperature is ninety eight point six", "fever"),
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


@pytest.mark.parametrize(
    "text, normal", [("hard 2 wake", "hard to wake"), ("going 2 call", "going to call"), ("I have 2 lumps", "i have 2 lumps")]
)
def test_a_chat_two_means_to_only_before_a_verb(text: str, normal: str) -> None:
    assert for_matching(text) == normal


# Round 2 (issue #11): the EFFECT of a sign described instead of its name, and traps sharing its words.
# Our own paraphrases of each family, not sentences from any development set.
EFFECTS: List[Tuple[str, str]] = [
    # breathlessness: effort, broken speech, posture, noise
    ("walking to the kitchen leaves me gasping and I have to sit", E),
    ("he has to pause for breath after every couple of words", E),
    ("my mum can not lie flat tonight, she keeps sitting up fighting for air", E),
    ("there's a whistling sound when I breathe in since the injections", E),
    # anaphylaxis
    ("my top lip has gone huge since the session an hour ago", E),
    ("my tongue feels too big and fat and my throat is closing up", E),
    # chest
    ("it feels like someone is sitting on my chest", E),
    ("there's a heavy pressing feeling across my chest", E),
    # confusion
    ("dad keeps asking us what year it is", E),
    ("my wife did not recognise me when I got home", E),
    ("she forgot her own grandson's name this morning and seems muddled", E),
    # slurred speech
    ("his words keep coming out mushy and slow", E),
    ("her mouth sounds full of cotton when she talks", E),
    # drowsiness
    ("I shook her and she only mumbles then falls back to sleep", E),
    ("he keeps drifting off in the middle of a sentence", E),
    # fainting / collapse
    ("I woke up on the bathroom floor and don't know how I got there", E),
    ("she slumped to the floor at dinner", E),
    # colour
    ("his fingers and lips have a dark blue tint like ink", E),
    ("my daughter has gone grey in the face", E),
    ("her legs are blotchy and purple like lace", E),
    # non-blanching rash
    ("I pressed a tumbler on the spots and they're still there through the glass", E),
    # no urine
    ("I haven't needed to go to the toilet since yesterday lunchtime", E),
    ("the baby's nappy has been dry all day", E),
    # rigors
    ("my teeth are chattering and the whole bed is shaking", E),
    ("I'm shivering and I can't control it even under three blankets", E),
    # extreme and muscle pain
    ("this scalp pain is worse than giving birth", E),
    ("every muscle in my body aches and I can barely get out of bed", E),
    # vision and weakness
    ("I'm seeing a ghost image next to everything since this afternoon", E),
    ("my left hand won't grip, I can't hold the mug", E),
    ("she's dragging her right leg when she walks", E),
    # fast spread, told in time or on the skin
    ("the red patch went from a coin to half my forehead in about two hours", E),
    ("I marked the edge at 3pm and by 5pm the redness was well past it", E),
    # feel like dying
    ("honestly I don't think I'm going to make it till morning", E),
    # urgent: pus, lumps, hair loss, growth, risk factor
    ("there are crusty yellow stains on my pillowcase from the injection spots", U),
    ("I can feel small hard balls under the skin of my scalp", U),
    ("my hair has come out in little circles where the needle went in", U),
    ("the redness was 2 cm this morning and is wider now", U),
    ("I'm on steroid tablets and one injection point is a bit red", U),
    ("I've had diabetes for 20 years and a spot on my scalp is swollen", U),
]

TRAPS: List[str] = [
    # figures of speech
    "I was breathless with anticipation before my first session",
    "my wallet collapsed after paying for the course haha",
    "the waiting for my results is pure agony",
    "I was seeing double the quote at the other clinic",
    "I nearly fainted when I saw what the clinic charged",
    "trembling from nerves before tomorrow's appointment",
    # unrelated body problems and exercise
    "my period cramps are awful today, is ibuprofen ok before meso?",
    "pollen season has my eyes all puffy, should I postpone?",
    "my watch read 140 bpm during my run, fine to have meso?",
    # hearsay, definitions, topics, hypotheticals
    "an influencer on youtube said her face swelled up after meso",
    "one client at my clinic had swelling near her eyes, is that common?",
    "what is the difference between a cyst and an abscess?",
    "my leaflet lists fainting as a minoxidil side effect, how rare is that?",
    "the sepsis awareness leaflet at my GP scared me",
    "just so I know for later, what counts as redness spreading fast?",
    "hypothetically, if my throat swelled during a session what would you do?",
    "I do not want to end up with pus-filled lumps, how do I prevent that?",
    "I check my scalp for lumps every morning just in case",
    # resolved or long past
    "I had a fever after meso ages ago, it had been gone for weeks before my next one",
    "my face swelled a little last winter, all fine now, thinking of booking again",
    "the pain was 10/10 during the injections but stopped as soon as they finished",
    "my bruise is turning yellowish as it heals",
]


@pytest.mark.parametrize("text, level", EFFECTS)
def test_an_effect_described_in_other_words_is_found(text: str, level: str) -> None:
    assert detect(text).level == level, detect(text)


@pytest.mark.parametrize("text", TRAPS)
def test_the_same_words_in_a_figure_of_speech_or_a_topic_do_not_escalate(text: str) -> None:
    assert detect(text).level == N, detect(text)


@pytest.mark.parametrize(
    "text, level",
    [
        ("Is it normal for a lump to be sore and hot? Mine is, since Tuesday.", U),
        ("Is it a fit if I'm twitching all over and can't stop it?", E),
        ("I thought it was my hay fever but my eyelids puffed up straight after the injections", U),
        ("my friend just collapsed on the sofa, she had meso on Friday", E),
    ],
)
def test_a_question_or_third_party_about_now_is_a_report(text: str, level: str) -> None:
    assert detect(text).level == level, detect(text)


def test_meningism_told_over_several_messages_is_an_emergency() -> None:
    from bot.red_flags import level_of

    seen = set(detect("I've got a headache since the session").signs) | set(detect("now the light hurts my eyes").signs)
    assert level_of(seen) == E, seen


# Issue #11, round 3: one family per class of misses, each checked with paraphrases of our own
# (different verbs, order and person from the development sentences).
ROUND3_FAMILIES: List[Tuple[str, str]] = [
    # patchy hair loss: a loss word with a site or a shape
    ("the hair has stopped growing in a small circle where they injected", U),
    ("I can see bare skin in a patch at one of the needle points", U),
    ("my hair is shedding in two round spots since the session", U),
    # spreading redness: wider / further / past the line / doubling fast
    ("the pink area is wider than it was yesterday", U),
    ("the red patch has crept further down towards my ear", U),
    ("redness now extends past the outline I drew", U),
    ("the redness has doubled within an hour", E),
    # vital-sign formats: spoken, O for zero, the nearest context word
    ("my pulse just read one thirty five", E),
    ("pulse 12O and BP 8O/50", E),
    ("he's on 39.6 and his teeth are chattering so hard his jaw hurts", E),
    # §4c vocabulary families
    ("My partner's words are all mashed together since tea time", E),
    ("Feels harder to breathe every minute, lips are numb", E),
    ("there is a crushing ache in the centre of my chest", E),
    ("the left side of my eyesight has gone black", E),
    ("my dad is unable to hold his cup with his right hand", E),
    ("grandad keeps repeating the same thing over and over, had meso on Tuesday", E),
    ("she is confused about what day it is and has a fever", E),
    ("his fingertips have turned bluish and he's freezing", E),
    ("the marks stayed when I pressed a glass on them", E),
    ("catheter bag is still empty this evening", E),
    ("I came round on the bathroom tiles a minute ago", E),
    ("I have this sense of impending doom", E),
    ("my throat is starting to close up after the injection", E),
    # §4b vocabulary: wet crusts, risk factors in other words, eyes closing
    ("a crust forms, and underneath it is wet and sticky", U),
    ("type 2 diabetic and the injection point is red", U),
    ("on prednisolone and the site is red", U),
    ("my eyelid is nearly shut from the puffiness", U),
    # a question about one's own state, with the tag that says so
    ("Could a temperature of 38.6 be from the injections? That's what I have now.", U),
    ("Are swollen glands normal after meso? Mine are, and the lump is hot.", U),
    ("is 140 too fast for a resting pulse? that's me at the moment", E),
    # not reports: hearsay, media, resolved, exertion, nerves, figures of speech, definitions, ordinary thinning
    ("the clinic told me bald patches never happen with their technique", N),
    ("my aunt had a swollen eye after her session and was told that was normal", N),
    ("I watched a video about people fainting at clinics", N),
    ("my nephew's mate got a fever after his session and needed antibiotics", N),
    ("the swelling went down within two days and I feel fine", N),
    ("my temp was 38.5 last week but I recovered fully", N),
    ("panting after jogging to the clinic", N),
    ("my pulse was pounding because I was anxious about the needles", N),
    ("I'll pass out when I see the invoice", N),
    ("does shaking count as rigors?", N),
    ("I'm going bald at the crown, will meso injections help?", N),
    ("I'm shedding a bit more since I started the injections", N),
]


@pytest.mark.parametrize("text, level", ROUND3_FAMILIES)
def test_round3_families_generalise_to_our_own_paraphrases(text: str, level: str) -> None:
    assert detect(text).level == level, detect(text)


# Round 4 (development sets 6 and 7): our own paraphrases of the families that were missed or over-escalated.
ROUND4_REPORTS: List[Tuple[str, str]] = [
    ("Can a sore, warm bump after meso turn into an abscess? Because I think I have one", U),
    ("Is it normal to run 38.3 with one tender lump a week after meso? Otherwise I'm fine", U),
    ("Is it normal to be this short of breath? My head got infected after the injections", E),
    ("Is a stiff neck plus being sick normal after meso? This headache is the worst I've had", E),
    ("can hardly open my left eye it's so puffy, had meso on Monday", U),
    ("the spot has gone black and it hurts like nothing I have ever felt", E),
    ("tiny purple dots on my legs, I pressed a glass on them and they stay", E),
    ("he says he can see two of everything since lunch", E),
]
ROUND4_NOT_REPORTS: List[str] = [
    "honestly I'm shaking in my boots before my consultation",
    "I break out in a cold sweat thinking about the needles",
    "I complained to the receptionist till I was blue in the face",
    "got a knot in my stomach about the results",
    "burning up with impatience to see if it works",
    "the bill almost gave me a heart attack",
    "My mum had sepsis twice years ago, is meso riskier for me?",
    "My brother had anaphylaxis to a wasp sting once. Is that relevant?",
    "The swelling from my last course is long gone, can I book again?",
    "In June 2021 I had two infected lumps after meso, all fine now. Safe to go again?",
    "had some pus on one spot last month, the antibiotics cleared it up, booking again",
    "years ago I had red bumps after a session, the doctor drained them, now all healthy",
    "I've got a cold and 38.2 at the moment, my first session is booked for Friday - should I move it?",
    "A review says 'got an abscess, avoid' but most are five stars. Worth worrying?",
    "Someone in my hair loss support group on Facebook posted a picture of her infected scalp. Does that happen often?",
]


def test_an_emergency_is_still_one_before_the_first_session() -> None:
    assert detect("haven't had my first session yet but my lips are swelling and I can't breathe").level == "emergency"
    assert detect("I broke out in a cold sweat and my chest is tight").level == "emergency"  # not the idiom


# Round 5 (development sets 6 and 7): effects told as images, in our own words.
ROUND5_REPORTS: List[Tuple[str, str]] = [
    ("since this morning it's like I'm sucking air through a straw", E),
    ("feels like there's a drum going inside my chest and it won't calm down", E),
    ("heart going mad, I counted 142 in a minute", E),
    ("my neck is stiff as a board, my head is in a vice and I've been sick twice", E),
    ("I had to put my sunglasses on inside, the light hurts my eyes, and I have a head pain like never before", E),
    ("there's like an iron band around my chest since the injections", E),
    ("whole-body shaking that I can't stop, and I'm burning hot", E),
    ("lots of welts on my arms and my throat feels weird after the jabs", E),
    ("why are my fingernails this grey? had meso two days ago", E),
    ("the pain at the site is off the scale", E),
]
ROUND5_NOT_REPORTS: List[str] = [
    "I always wear sunglasses indoors because of migraines, is meso ok for me?",
    "my resting heart rate is 62",
    "I walked 135 steps to the clinic",
    "what does breathing through a straw mean?",
    "is chest discomfort a side effect people get from minoxidil?",
]


@pytest.mark.parametrize("text, level", ROUND4_REPORTS + ROUND5_REPORTS)
def test_own_paraphrases_of_the_round4_and_round5_report_families_are_found(text: str, level: str) -> None:
    assert detect(text).level == level, detect(text)


@pytest.mark.parametrize("text", ROUND4_NOT_REPORTS + ROUND5_NOT_REPORTS)
def test_idioms_relatives_past_episodes_reviews_habits_and_numbers_do_not_escalate(text: str) -> None:
    assert detect(text).level == "none", detect(text)


def test_beating_is_a_word_not_a_misspelt_breathing() -> None:
    assert "beating" in for_matching("my heart is beating hard") and "breathing" not in for_matching("my heart is beating")
