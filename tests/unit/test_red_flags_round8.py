"""Round 8 of the detector's wording (development sets 15 and 16, written blind from the brief): questions
framed as general (`general_questions.general_question`), "out of it" as a state of mind only, signs in indirect words,
a relative clause's "years ago", "week four" as a duration, and a reaction still there days after a session."""

from __future__ import annotations

import pytest

from bot.red_flags import detect
from bot.safety_decision import detect_in_context


@pytest.mark.parametrize(
    "text, sign",
    [
        ("he is totally out of it and burning up", "confusion"),
        ("mum out of it, hot, lump on head", "confusion"),
        ("she's out of it since this morning after the meso", "confusion"),
        ("Meso 4 days ago. Confused. Fever. Pus on the scalp.", "confusion"),
        ("my brother keeps mumbling nonsense and he's roasting hot", "confusion"),
        ("my grandad is mixing up his words and has a fever since the injections", "confusion"),
        ("she has a fever and is confused, the injection spots are infected", "confusion"),
        ("small spots like tiny bruises are spreading over his legs and he has a fever", "nonblanching_rash"),
        ("I pressed a glass on the rash and it did not fade", "nonblanching_rash"),
        ("my vision's gone double and my head is pounding", "double_vision"),
        ("I can barely get my words out, my mouth is not doing what I tell it", "slurred_speech"),
        ("I'm breathing like I ran a marathon and I'm just lying in bed", "breathless"),
        ("her neck hurts when she bends it and the light hurts her eyes", "stiff_neck"),
        ("my lips feel a bit tingly and swollen", "airway_swelling"),
        ("the redness went from a small patch to covering half his forehead since lunchtime", "fast_spreading_redness"),
        ("the swelling is not on my forehead, it is around my left eye", "face_eye_swelling"),
        ("when I press on it something creamy comes out", "pus"),
        ("brownish fluid dribbles out of one spot", "pus"),
        ("the scab keeps filling up with goo", "pus"),
        ("Is it normal to feel confused and dizzy with a fever of 39.5°C a week after meso?", "confusion"),
        ("dad isn't making any sense tonight, keeps asking for the shop that closed years ago, he has a fever", "confusion"),
        ("they are red and sore, from the injections ten days ago", "persistent_reaction"),
        ("it is day 10 and the spots are red and swollen", "persistent_reaction"),
        ("Mummy ko tez bukhar hai, kaanp rahi hain aur unko kuch samajh nahi aa raha", "confusion"),
        ("Mi padre tiene fiebre, tiembla sin parar", "rigors"),
        ("pain 11/10 and the spot looks almost normal", "extreme_pain"),
        ("Mein Mann bekommt kaum noch Luft", "breathless"),
        ("Babam titriyor, durduramıyor, dişleri takırdıyor", "rigors"),
        ("papa ko uthaya toh aankh kholte hain phir so jaate hain, utth nahi raha", "drowsy"),
        ("Mama ma słabą prawą rękę, nie może utrzymać kubka", "focal_weakness"),
        ("mi abuela dice que se siente como si se fuera a morir", "feel_dying"),
        ("Manchas en las piernas que no desaparecen al presionar con un vaso", "nonblanching_rash"),
        ("nanginginig siya, hindi mapigilan", "rigors"),
        ("now she says the pain is 10/10", "extreme_pain"),
        ("confused, fever, pus on the scalp", "confusion"),
        ("got a bald spot right where they stuck me", "patchy_hair_loss"),
        ("Je viens de faire ma séance et mes lèvres commencent à gonfler", "airway_swelling"),
        ("Ik ril onophoudelijk en heb hoge koorts", "rigors"),
        ("Hij is nu heel verward en weet niet meer waar hij is", "confusion"),
        ("3andi soda3 fazee3 w ra2abti mashdooda w el nour beyta3ebni", "meningism"),
        ("Apareceu uma falha redonda no cabelo bem onde aplicaram", "patchy_hair_loss"),
        ("the red is way past my pen line after just an hour", "fast_spreading_redness"),
        ("Me está saliendo pus de uno de los puntos donde me pincharon", "pus"),
        ("3andi waga3 gamed fi sedri w 2alby bydo2 besor3a", "chest_pain"),
        ("Mam 130 tętna w spoczynku i zakażenie na głowie", "racing_heart"),
        ("my brother who had meso is now shaking uncontrollably and burning up", "rigors"),
        ("Mi è comparsa una chiazza senza capelli proprio dove mi hanno fatto le punture", "patchy_hair_loss"),
        ("Alby bydo2 besor3a w 3andi alam fi sedri", "chest_pain"),
        ("Day 3: now it's gone all round both eyes and it's getting worse", "face_eye_swelling"),
        ("in the last two hours the redness has shot down my neck", "fast_spreading_redness"),
        ("my mate who had meso is talking nonsense and has had a fever for 2 days", "confusion"),
    ],
)
def test_round_8_wordings_report_their_sign(text: str, sign: str) -> None:
    assert sign in detect(text).signs, detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "pus is oozing out of it",
        "stuff keeps coming out of it and it smells",
    ],
)
def test_something_coming_out_of_a_lump_is_not_confusion(text: str) -> None:
    findings = detect(text)
    assert "confusion" not in findings.signs
    assert findings.level == "urgent", findings


@pytest.mark.parametrize(
    "text",
    [
        "I was totally out of it after the party on Saturday, so I missed my session",
        "so out of it today from lack of sleep, is biotin worth taking?",
        "dad's been out of it all week with jet lag, is meso worth it at his age?",
        "I'm not making any sense of these trial numbers",
        "my heart is racing just thinking about the needles, is there numbing cream?",
        "there's a video going round of someone with pus pouring out of their scalp. is that likely?",
    ],
)
def test_figures_of_speech_and_stories_are_not_reports(text: str) -> None:
    assert detect(text).level == "none", detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why don't ordinary antibiotics work on these mycobacteria?",
        "Why are people with injection infections so often misdiagnosed at first?",
        "Do you always need antibiotics after an abscess is drained, or is drainage enough?",
        "How long does a scalp abscess take to heal once a doctor has drained it?",
        "My aunt read that scalp infections can cause meningitis. Is that true for mesotherapy?",
        "explain why a scalp infection can reach the brain",
        "kind of terrified of sepsis from a cosmetic treatment, is that even realistic",
        "Does a past cellulitis on the leg raise my risk from scalp injections?",
        "just checking the thresholds: is 37.9 a fever or still normal?",
        "meso lumps vs ordinary swelling, how do I tell them apart?",
        "How worried should I be about infection from dirty needles?",
        "Is there actually an infection risk if it is only vitamins?",
        "bumps weeks after meso",
        "meso lumps under skin",
        "ok real talk can meso on ur head give u meningitis",
        "Redness on day one vs redness that spreads later: what's the difference?",
        "Why does pus collect in a pocket instead of draining out?",
        "So which lumps count as 'see a doctor today' and which can wait?",
        "My partner has diabetes and is considering scalp meso. How careful should she be about infection?",
        "A forum user said her lumps were just a reaction until a lab found mycobacteria. Why do these get missed?",
        "how do these mycobacteria infections even get diagnosed? do they swab it?",
        "so im trying to understnad the diffrence between a normal bump and an absess",
        "this hair loss has me in a fever lol, meso, minox or fin?",
        "this hair loss is killing me, I'm dying inside every time I see my crown",
        "Day 5: temp 36.7, no lumps, no pus, redness gone. Can I restart minoxidil?",
        "Können Sie mir erklären, warum man einen Abszess nicht ausdrücken soll?",
        "Kunnen jullie uitleggen hoe een abces ontstaat? Ik heb zelf niks, gewoon nieuwsgierig.",
        "she says lumps are normal after meso",
        "wait can a scalp infection actually reach ur brain?? 😳",
        "Minoxidil can make the heart beat fast? I read this on the box.",
        "My son wants scalp meso. He's totally healthy. Is there any risk an infection there could affect his brain?",
        "My husband is having meso next week. He has no lumps, we just want to know if pressing on nodes is good advice.",
        "Would a lump that's still there two weeks after a session be something to get looked at?",
        "Une infection du cuir chevelu peut-elle provoquer une méningite ?",
        "No symptoms here, just curious: how would a doctor tell an abscess from a normal bump?",
        "If someone gets a fever and confusion after scalp injections, is that sepsis?",
        "Why are confusion, mottled skin or not passing urine considered red flags?",
        "what counts as feeling shivery vs proper rigors?",
        "my sis had a bad abscess from meso like 2 yrs back, all sorted now. should that put me off",
        "Had a 38.5°C fever last week from flu, totally recovered now, session is tomorrow, ok to go ahead?",
        "The clinic not want say me what is inside the injection. Is normal this?",
        "My friend who's a nurse mentioned the SIRS criteria, temperature over 38. What do they mean?",
        "No tengo ningún síntoma, solo quiero informarme: ¿cómo se distingue un bultito normal de un absceso?",
        "shaking chills after injections, confusion, trouble breathing: why are those treated as an emergency?",
        "swelling, warmth, pus, fever: which of these are never part of a normal recovery?",
        "lump that leaks pus after injections, how soon should someone see a doctor?",
        "My dad, a retired GP, says the scalp drains into the brain. Is he right that scalp infections are that dangerous?",
        "Why are painless lumps after meso sometimes still dangerous?",
        "is a bump that is still there after 2 weeks a reason to get it checked?",
        "old lump from 2022, gone. fine now.",
        "if i got a lump wuold u say go to the doctor or wait",
        "my dad says I'm dying of vanity for spending so much on my hair",
        "The sepsis guidance lists numbers like a heart rate of 130 or more. What do they mean?",
        # Hinglish "no problem", read after the rule that moves "nahi hai" before the word it negates
        "Mujhe koi problem nahi hai, sirf jaanna hai ki abscess kaise banta hai?",
    ],
)
def test_general_questions_are_not_reports(text: str) -> None:
    findings = detect(text)
    assert findings.level == "none" and not set(findings.signs) - {"immunocompromised"}, findings  # a standing risk factor


@pytest.mark.parametrize(
    "text, level",
    [
        ("How worried should I be about redness slowly spreading from a meso spot? It's crept out a bit every day.", "urgent"),
        ("Why does my lump keep getting bigger? Is that true of all infections?", "urgent"),
        ("How do people get infections from meso? I have a hot swollen lump since Monday.", "urgent"),
        ("Why would the redness on my scalp spread across my whole forehead in an hour?", "emergency"),
        ("Why is the bump from my injections growing instead of going down?", "urgent"),
        ("three weeks after the session new lumps", "urgent"),
        ("My immune system is low after chemo. Is it a problem that one injection spot has gone red and warm?", "urgent"),
        ("Got a lump 6 weeks after my last dutasteride meso session. Doesn't hurt. Should I just wait?", "urgent"),
        ("I use minoxidil and now I have chest pain, can it do that?", "emergency"),
        ("I'm on prednisone. Does it matter that one of the injection sites has turned red and feels warm?", "urgent"),
        ("clinic says massage. lump hot + growing", "urgent"),
    ],
)
def test_a_general_frame_does_not_hide_the_writers_own_case(text: str, level: str) -> None:
    assert detect(text).level == level, detect(text)


def test_trying_again_does_not_bring_a_past_abscess_back() -> None:
    findings = detect_in_context(
        "Can I try again at a proper dermatology clinic?", "Two years ago I had an abscess after meso, it was drained and healed"
    )
    assert findings.level == "none", findings


@pytest.mark.parametrize(
    "text, level",
    [
        ("it is week four and the lump is still there and getting bigger", "urgent"),
        ("day 2 after meso, my forehead is a bit puffy", "none"),
    ],
)
def test_week_and_day_numbers_read_as_durations(text: str, level: str) -> None:
    assert detect(text).level == level, detect(text)
