"""Round 7 of the detector's wording (development sets 8-10 and the blind intent sets already measured):
general questions about a condition, habitual low blood pressure, seizures and confusion in few words,
heart rate and chest in everyday words, how fast redness spreads, pain out of proportion, "is it normal"
questions from someone who reports signs, hearsay without "my", and figures of speech about prices."""

from __future__ import annotations

import pytest

from bot.red_flags import detect


@pytest.mark.parametrize(
    "text, sign",
    [
        ("only a small thing, my husband's having a bit of a fit on the sofa, jerking all over", "seizure"),
        ("he did a shaking fit n now hes not makin sense", "seizure"),
        ("my mother had a fit in the night", "seizure"),
        ("husband confused, fever, had meso", "confusion"),
        ("he had meso, now confused + fever", "confusion"),
        ("my wife is confuse, she not answer correct what is the name of our son", "confusion"),
        ("grandad had the hair jabs, now hes away with the fairies", "confusion"),
        ("tbh i'm kind of confused, i forgot my own postcode", "confusion"),
        ("my heart beat very fast after the meso injection", "racing_heart"),
        ("heart going like the clappers since the session", "racing_heart"),
        ("Dad is clutching his chest after his meso session", "chest_pain"),
        ("redness from the injection site spreading by the minute", "fast_spreading_redness"),
        ("drew round the red patch with a pen an hour ago and its already way past the line", "fast_spreading_redness"),
        ("red go very fast to my neck from the injection place", "fast_spreading_redness"),
        ("rash no go away when I press the glass, I have fever", "nonblanching_rash"),
        ("My mum keeps saying she feels like she's dying", "feel_dying"),
        ("my breath is very short and fast since the injections", "breathless"),
        ("I see the double, two of every thing", "double_vision"),
        ("My mum says she can see two TVs, her scalp is red after meso", "double_vision"),
        ("The pain is so bad I'm being sick, and the skin only looks slightly pink", "extreme_pain"),
        ("the pain in my head skin is very very strong, I cannot sleep, but it look small", "extreme_pain"),
        ("lips puffin up n throat feels weird rn", "airway_swelling"),
    ],
)
def test_round_7_wordings_report_their_sign(text: str, sign: str) -> None:
    findings = detect(text)
    assert sign in findings.signs, findings


@pytest.mark.parametrize(
    "text",
    [
        "my sister had a fit of laughter when she saw my hair",
        "my mum will have a fit when she sees the bill",
        "my wife will have a fit about the price",
        "now confused about which clinic to pick",
        "that price had me catching a fever ngl",
        "The cost of a full course gave me a fever just looking at it.",
        "friend got abscess. common?",
        "had a lil bump after my sesh but it dipped after 2 days, we good?",
        "is sepsis actually a thing with this or just scaremongering",
        "I already run low blood pressure. Could minoxidil injected into the scalp affect it?",
        "I do not have a rash that does not fade under a glass",
        "if i got a temprature after mesotheraphy wud that be infecton or just my body reacting",
        "if a lump comes up weeks later who do i see, gp or the clinc",
        "Would a fever after a session mean I have an infection?",
        "diabetic here, is meso risky for infection?",
        "lowkey wanna know if PRP slaps harder than meso, n does it come w the same lumps n infection risk",
        "Pulse over 130 is an emergency? What about 100?",
        "What temperature counts as a fever?",
        "I'm a nurse, so I know what sepsis and cellulitis look like. What is in the injections?",
        "Every time I google anything about mesotherapy I end up on pages about sepsis and meningitis.",
        "friend's abscess story scared me",
        "My lump went away last month; do I still need to mention it to a doctor?",
        "is 38 degrees a fever or nah, just curious for when i get it done",
        "My sister's clinic told her to rub out any lumps after meso. Should she?",
        "My father is thinking of scalp injections abroad; what kinds of infections have been linked to mesotherapy?",
    ],
)
def test_round_7_non_reports_do_not_escalate(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none", findings


@pytest.mark.parametrize(
    "text, sign",
    [
        ("Abscess is going away alone or need doctor?", "abscess"),
        ("abscess vs boil, are they the same thing?", "abscess"),
        ("Infection on the head skin can go inside to brain?", "infection"),
        ("lumps after mesoterapy should you massage them", "lump"),
    ],
)
def test_a_general_question_about_a_condition_names_it_without_reporting_it(text: str, sign: str) -> None:
    findings = detect(text)
    assert findings.level == "none" and sign in findings.asked_signs, findings


@pytest.mark.parametrize(
    "text",
    [
        "What exactly is an abscess and how is it dealt with?",
        "my mum asked me what an abscess is after reading about mesotherapy risks, how do I explain it?",
    ],
)
def test_a_definition_followed_by_another_question_is_not_a_report(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Is a lump that's lasted three weeks after scalp injections something to get checked?",
        "antibiotics did nothing for the meso lumps, what's the next step?",
        "Is it normal for new bumps to show up a month after the injections when everything had already healed?",
        "patchy bald bits where meso went, skin looks kinda scarred??",
        "my blood pressure is 85/50 and I feel faint, the meso spot is infected",
    ],
)
def test_questions_about_the_writers_own_case_stay_reports(text: str) -> None:
    assert detect(text).level != "none"


@pytest.mark.parametrize(
    "text, sign",
    [
        ("Is it normal not to pee for 18 hours? I have a fever from my infected hair injections.", "no_urine"),
        ("Is it normal for my throat to feel like it's closing after mesotherapy? Started just now.", "airway_swelling"),
        ("Is it normal to feel kind of foggy and not know what day it is? I have an infected bump", "confusion"),
        ("Is 90/55 too low? I had mesotherapy 3 days ago, my scalp's infected and I feel terrible.", "low_blood_pressure"),
        (
            "Is a stiff neck with a really bad headache and being sick something to worry about? I've got all three now.",
            "meningism",
        ),
    ],
)
def test_an_emergency_sign_asked_about_by_someone_who_has_it_is_reported(text: str, sign: str) -> None:
    findings = detect(text)
    assert findings.level == "emergency" and sign in findings.signs, findings


def test_an_is_it_normal_question_that_speaks_of_the_writer_is_a_report() -> None:
    text = "Is it normal to feel feverish and shivery with a sore lump on my head after injections?"
    findings = detect(text)
    assert findings.level == "urgent" and {"fever", "lump"} <= set(findings.signs), findings


def test_an_is_it_normal_question_with_nobody_in_it_only_names_the_sign() -> None:
    findings = detect("is it normal to get lumps after meso?")
    assert findings.level == "none" and "lump" in findings.asked_signs, findings


def test_a_mates_present_boil_is_a_report_but_a_friends_past_abscess_is_not() -> None:
    assert detect("mate's got a boil come up on his scalp where the needles went in, he's on steroids").level == "urgent"
    assert detect("friend got a nasty abscess from salon meso, how common is that?").level == "none"


@pytest.mark.parametrize(
    "text, sign",
    [
        ("day 6 and my scalp is actually more swollen and sore than on day 2, is that a thing?", "worsening"),
        ("Day 5: swelling 7/10, worse than day 2.", "worsening"),
        ("One injection site on my scalp looks a bit inflamed and sore today, I'm on tacrolimus", "immunocompromised"),
        ("No fever, no pus, I'm just wondering about the bump that's been there since my session 3 weeks ago.", "lump"),
    ],
)
def test_round_7_reports_with_question_words_stay_reports(text: str, sign: str) -> None:
    findings = detect(text)
    assert findings.level == "urgent" and sign in findings.signs, findings


def test_contracted_head_and_neck_still_name_meningism() -> None:
    findings = detect("my head's splitting, neck's gone stiff n i've puked twice, had meso last week")
    assert findings.level == "emergency" and "meningism" in findings.signs, findings


def test_asking_because_of_a_present_sign_is_a_report() -> None:
    findings = detect("I ask because on my scalp there is a red line going down to my neck from the injection.")
    assert "spreading_redness" in findings.signs, findings


def test_a_question_about_the_sepsis_advice_is_not_a_report_of_sepsis() -> None:
    assert detect("In the sepsis advice, what counts as a fever?").level == "none"


@pytest.mark.parametrize(
    "text, sign",
    [
        ("I was faint and fall down after the mesotherapy, now I am on floor", "fainting"),
        ("Is a resting heart rate of 132 bad? I've got an infected lump from mesotherapy and feel awful.", "racing_heart"),
        ("the red patch has doubled in like 2 hours?? it was just round one spot this morning", "fast_spreading_redness"),
        ("headache is absolutely brutal and my neck is locked up stiff, cant handle the lights on", "meningism"),
        ("Is it bad that my husband is suddenly really confused? He's had a fever since his mesotherapy.", "confusion"),
        ("antibiotics done, lumps unchanged", "antibiotics_failed"),
        ("Why has hair fallen out in a round patch where the injections were? It happened two weeks after.", "patchy_hair_loss"),
    ],
)
def test_round_7_dev_11_wordings_report_their_sign(text: str, sign: str) -> None:
    findings = detect(text)
    assert sign in findings.signs, findings


@pytest.mark.parametrize(
    "text",
    [
        "guy at the gym reckons the injections gave him chest pains back when he did them, sounds like rubbish to me?",
        "Not gonna lie, I nearly fainted when they said 12 sessions",
        "im feverishly researching hair treatments at 2am send help",
        "just planning ahead, if my lips started swelling after the injections what would I do",
        "Is a heart rate of 130 dangerous in general?",
    ],
)
def test_round_7_dev_11_non_reports_do_not_escalate(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none", findings


def test_short_misspellings_are_read_in_full() -> None:
    assert detect("bump on scalp for 3 weks now, salon says its normal and to masage it").level == "urgent"
    assert detect("small bruse on my scalp from the injecton 3 days ago, going yellowish, doesnt hurt").level == "none"
    assert detect("if i get a lump after, shoud i massage it or not").level == "none"
    assert detect("I had abscess on head last year, doctor open it and now is completely heal. Can I do again?").level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Me muero de ganas de ver resultados jaja, ¿cuánto tarda en notarse?",
        "Sto morendo dal ridere, mio fratello ha prenotato la mesoterapia per la pelata, ma quanto costa?",
        "Умираю от любопытства, когда будет результат?",
        "Ich sterbe vor Neugier, wann sieht man was?",
        "Umieram z ciekawości, kiedy będą efekty",
        "Tô morrendo de rir aqui, meu marido quer fazer mesoterapia na careca, funciona pra quem já é careca total?",
    ],
)
def test_dying_of_curiosity_or_laughter_is_an_idiom_in_every_glossary(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize(
    "text", ["Ich sterbe, ich bekomme keine Luft", "Tô morrendo, não consigo respirar", "Me muero, no puedo respirar"]
)
def test_dying_without_the_idiom_is_still_an_emergency(text: str) -> None:
    assert detect(text).level == "emergency"


@pytest.mark.parametrize(
    "text, level",
    [
        ("Redness around the injection site: 3 cm at 2pm, 12 cm at 4pm.", "emergency"),
        ("Redness 2 cm across on Monday, 4 cm Wednesday, 6 cm today. Session was last Friday.", "urgent"),
        ("is it normel the lump is hot and geting biger?", "urgent"),
        ("Is it a side effect of the antibiotics that I haven't passed urine for 20 hours?", "emergency"),
        ("the red patch was 4 cm on Monday and 2 cm today, fading nicely", "none"),
        ("what are the side effects of minoxidil that i should know about?", "none"),
    ],
)
def test_measured_growth_and_own_questions_inside_question_frames(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text, sign",
    [
        ("my arm is week cant grip anythng since this morning, had meso 5 days ago", "focal_weakness"),
        ("im so done, now my left hand wont do what i tell it, cant even hold the phone properly", "focal_weakness"),
        ("Probably nothing, just can't seem to grip the kettle with my left hand today", "focal_weakness"),
        ("my partner slept 20 hours straight and when I woke him he went straight back under", "drowsy"),
        ("my husband keeps calling me by his sister's name since the injections", "confusion"),
        ("my mum has asked me three times what year it is", "confusion"),
        ("just dropped on the stairs, came round a minute later. had the injections earlier", "fainting"),
        ("she fall down and shake all the body, foam from mouth", "seizure"),
        (
            "my voice has gone croaky and it's like there's a golf ball in my throat, 15 min after the injections",
            "airway_swelling",
        ),
        ("I honestly don't think I'll make it to morning", "feel_dying"),
        ("something is really, really wrong with me", "feel_dying"),
        ("she looks like a ghost, white as paper, and her lips are a funny colour", "mottled_skin"),
        ("last wee 19h ago, temp 39.0, scalp abscess", "no_urine"),
        ("red area 2cm at 3pm, 9cm at 5pm", "fast_spreading_redness"),
        ("I marked the edge of the red with a pen at 6 and at 8 it's three fingers past the line", "fast_spreading_redness"),
        ("Little dark red dots on my tummy, didn't fade when I did the glass thing", "nonblanching_rash"),
        ("I'm screaming every time anything touches that side of my head, and it only looks a bit pink", "extreme_pain"),
        ("I'd rather give birth again than feel this scalp pain, and there's hardly any redness to see", "extreme_pain"),
        ("she's lying in the dark with the curtains shut, cries out if I turn the light on", "light_sensitivity"),
        ("my heart's going like a drum since the session", "racing_heart"),
        ("when I look at my husband he's got four eyes, started this afternoon", "double_vision"),
        ("I can only get a few words out between breaths", "breathless"),
    ],
)
def test_round_7_dev_14_wordings_report_their_sign(text: str, sign: str) -> None:
    findings = detect(text)
    assert sign in findings.signs, findings


@pytest.mark.parametrize(
    "text",
    [
        "A TikTok creator said she collapsed after her mesotherapy session. Is that a real risk or just clickbait?",
        "I've had migraines with light sensitivity for years, long before any hair treatment. Will meso make them worse?",
        "I did the glass test on the tiny red dots on my scalp and they faded completely under the glass. Just marks, right?",
    ],
)
def test_round_7_dev_14_look_alikes_do_not_escalate(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "I'm 31 and have a low pain threshold; I nearly fainted getting my ears pierced. Is meso painful?",
        "I'm nervous about fainting during the procedure, I've fainted at blood tests before. Can I lie down for it?",
        "why's a scalp infection such a big deal",
        "The leaflet from my mesotherapy clinic mentions 'abscess' as a rare complication. What exactly is an abscess?",
        "I've read that head infections can cause blood clots in the brain. How likely is that?",
        "lumps weeks after mesoterapy, is that normal?",
    ],
)
def test_round_7_questions_with_past_faints_leaflets_and_reading_do_not_escalate(text: str) -> None:
    assert detect(text).level == "none"


def test_a_faint_after_the_session_is_still_an_emergency() -> None:
    assert detect("I fainted at the bus stop after my session").level == "emergency"


@pytest.mark.parametrize(
    "text, level",
    [
        ("The redness went from coin-sized to covering half my forehead in about three hours.", "emergency"),
        (
            "The redness has spread down over my eye and cheek within the last couple of hours, it's extremely painful.",
            "emergency",
        ),
        ("my dauhgter is confussed and very hot, she has the infected bump on her head from the meso", "emergency"),
        ("theres yelow stuff comming out of one of the needle marks when i wash my hair", "urgent"),
        ("How worried should I be about redness slowly spreading from a meso spot? It's crept out a bit every day.", "urgent"),
    ],
)
def test_round_7_dev_13_wordings(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "scenario: I get home after meso and start shaking uncontrollably, what would I do? just want to be prepared",
        "lol I passed out at my ear piercing when I was 14, will I be ok getting meso?",
        "my receding hairline is giving me chest pains jk, what's better, PRP or meso",
        "I had a stiff neck and a headache after my session, but it turned out I'd slept funny and it went within a day.",
        "was super shivery the night of the session but i think it was just cold in my flat, woke up fine, no lumps, no temp",
        "Last year I had red lump after mesotherapy, doctor cut it and give antibiotic, now is finish. Is it ok to start again?",
        "1 week post meso: 0 lumps, 0 pain, temp 36.6. Ok to restart finasteride?",
        "My brother's ex apparently had lumps after meso that needed surgery. What makes some people get that?",
    ],
)
def test_round_7_stories_scenarios_and_all_clears_do_not_escalate(text: str) -> None:
    assert detect(text).level == "none"


def test_wors_is_read_as_worse_and_the_worst_pain_of_a_life_is_still_extreme() -> None:
    assert "worsening" in detect("the redness is wors today").signs
    assert "extreme_pain" in detect("pain on my head is unbelievble, wors pain of my life, only a small red spot").signs
