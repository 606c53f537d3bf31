"""Round 12 of the detector (2026-12, from the categories missed on final15, on fresh8's escalated questions and on
the development sets, each read only after it had been measured). Each case is written here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.chat_scripts import unread_script
from bot.chat_text import for_matching
from bot.names import INTENT_SYMPTOM_UNCLEAR
from bot.red_flags import detect
from bot.safety_decision import NLU_FALLBACK, decide, detect_in_context

# (message, the level brief §4 gives it), by category
CASES = [
    # --- drowsy, confused, slurred, weak: the ways relatives say it
    ("I can hardly wake my dad up, he has had a fever since the scalp injections", "emergency"),
    ("he's way sleepier than normal and hard to keep awake, infected lump on his head", "emergency"),
    ("my husband is total confused since this morning and the abscess on his head is bigger", "emergency"),
    ("she's proper out of it, can't put two words together, meso site is red and hot", "emergency"),
    ("my son is talking weirdly and does not know where he is, he has an infected scalp", "emergency"),
    ("I've had to shake him to wake him twice tonight, he had meso last week and has a fever", "emergency"),
    ("Die Oma ist kaum noch wach zu bekommen, am Kopf eitert eine Stelle", "emergency"),
    # --- breathing, heart, skin colour, feeling of dying
    ("my breathing got very fast and shallow and the lump on my head has pus", "emergency"),
    ("is it normal for my heart to pound like this after minoxidil this morning?", "emergency"),
    ("heart beating really really fast since the minoxidil injections", "emergency"),
    ("my legs look like marble, grey and patchy, and the meso lump is infected", "emergency"),
    ("I feel awful, honestly like I am going to die, the meso spot is infected", "emergency"),
    # --- pain out of proportion, spread within hours
    ("the pain went through the roof tonight, the spot looks small", "urgent"),
    ("the pain is far worse than it looks, the spot is tiny and red", "emergency"),
    ("the red patch was 2 cm at breakfast and two hours later it reaches my eyebrow", "emergency"),
    ("light hurts so much it makes me want to hide, and I have a bad headache since the injections", "emergency"),
    # --- lumps that stay, counted by dates or by sessions already had
    ("the few small bumps from the session on the 3rd are still there, it's the 21st today", "urgent"),
    ("the few small bumps from the session on the 18th are still there, it's the 21st today", "none"),
    ("why isn't my lump going away? the injections were a month ago", "urgent"),
    ("a lump from my last session is still there after five weeks, my next session is booked for Friday", "urgent"),
    ("I have a fever and a lump, my first session is booked for Friday", "none"),
    ("is it fine that the lump is still there after four weeks? the clinic says so", "urgent"),
    ("should I be worried if the antibiotics have not helped the bumps? second course now", "urgent"),
    ("is it normal to feel chest tightness after minoxidil meso this morning?", "emergency"),
    ("is it normal to see double when the injection spot is infected?", "emergency"),
    ("my heart won't stop pounding, had minoxidil meso today", "emergency"),
    ("the redness was small at breakfast and by lunch it has spread down to my eyebrow", "emergency"),
    ("the clinic said to massage the node but it has been there three and a half weeks", "urgent"),
    ("is it normal to have a bald patch where the injections were given?", "urgent"),
    # --- other languages
    ("Jag har en knöl på huvudet sedan mesoterapin för fyra veckor sedan och den försvinner inte", "urgent"),
    ("Min fru är förvirrad och har feber, det kommer var ur en bula på huvudet", "emergency"),
    ("Mám bulku na hlavě po mezoterapii a teče z ní hnis", "urgent"),
    ("Manžel je zmatený a nejde ho probudit, má absces na hlavě", "emergency"),
    ("Il rossore è passato da una moneta a tutta la fronte in un'ora", "emergency"),
    ("Раптом ослабла права рука, на голові абсцес після мезотерапії", "emergency"),
    ("میری بیوی الجھن میں ہے اور اسے جگانا مشکل ہے، سر پر پھوڑا ہے", "emergency"),
    ("میسو کے بعد سر پر گانٹھ ہے جس میں سے پیپ نکل رہی ہے", "urgent"),
    ("me cuesta mucho respirar y tengo la cabeza infectada después de la mesoterapia", "emergency"),
    ("j'ai de la fièvre et je tremble sans pouvoir m'arrêter depuis la mésothérapie", "emergency"),
    ("babamın kafası çok karışık, nerede olduğunu bilmiyor, başında apse var", "emergency"),
    ("मुझे साँस लेने में बहुत तकलीफ़ है, मेसो के बाद सिर में पस वाला फोड़ा है", "emergency"),
    ("nothing since yesterday morning, not a drop of wee, fever from the meso infection", "emergency"),
    ("почервоніння навколо уколу поширюється дуже швидко, за годину вийшло за лінію", "emergency"),
    ("is it normal to get a stiff neck and a bad headache after an infected injection spot?", "emergency"),
    ("my sister is sitting with me, she says she's seeing double, her scalp is infected since meso", "emergency"),
    # --- not reports: healed, hearsay, general, figures of speech, all-clear with zeros
    ("the swelling by my eye after the last session was gone after 3 days, normal?", "none"),
    ("I had a fever and a sore lump after meso in May, treated, gone by June, I'm well now", "none"),
    ("I had a temperature one night after my session but it went away and never came back", "none"),
    ("my coworker claims her cousin got sepsis from meso, is that even possible?", "none"),
    ("my aunt is scared the injections could give her meningitis, can they?", "none"),
    ("these prices have me wheezing 😂", "none"),
    ("lol my head's killing me, 14 tabs of price lists", "none"),
    ("day 5: temp 36.7, redness 0 cm, pain 0/10, no lumps", "none"),
    ("wtf is an abscess anyway", "none"),
    ("had a temperature the night after my session last month, normal by morning, no issues since", "none"),
    ("people on tiktok say meso gives you sepsis, is that real?", "none"),
    ("what is the medical word for skin that looks marbled?", "none"),
    ("I read a few websites saying bumps should be massaged, others say never touch them. Which is right?", "none"),
    ("my friend got lumps after meso but she's fine now, and it made me wonder: are lumps serious?", "none"),
    ("is an infected spot on the scalp riskier than one on the leg, given how close it is to the brain?", "none"),
    ("my daughter is doing a school project on infections, nobody is ill, what is sepsis?", "none"),
    ("Co je to absces a čím se liší od boláku?", "none"),
    ("Vad är mesoterapi och fungerar det?", "none"),
    ("مجھے بخار نہیں ہے اور پیپ بھی نہیں ہے، کیا یہ نارمل ہے؟", "none"),
]


@pytest.mark.parametrize("text, level", CASES)
def test_each_round12_message_gets_the_level_the_brief_gives(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my neck's rigid", "my neck is rigid"),
        ("my mate's been sick", "my mate has been sick"),
        ("my mate's scalp", "my mates scalp"),  # a possessive stays a possessive
        ("cud it spread", "could it spread"),
    ],
)
def test_a_nouns_s_before_a_state_reads_as_is_or_has(text: str, expected: str) -> None:
    assert for_matching(text) == expected


def test_a_why_not_question_does_not_negate_its_sign() -> None:
    assert "lump" in detect("why aren't my lumps going down?").signs
    assert detect("my lumps are not there any more").level == "none"


def test_a_feared_illness_given_to_someone_is_not_their_sign() -> None:
    assert detect("could meso give her meningitis?").level == "none"
    assert detect("the injections gave her meningitis, she is in hospital now").level == "emergency"


def test_a_relative_beside_the_writer_now_is_no_hearsay() -> None:
    text = "I'm with my brother, he had meso on Tuesday, his lips have gone blue and he is very breathless"
    assert detect(text).level == "emergency"
    assert detect("my brother had some swelling after his meso but he is fine").level == "none"


# --- conversations ------------------------------------------------------------------------------------------------
QUESTION = "How long do bumps usually last after mesotherapy?"


def test_asking_because_the_writer_has_one_is_a_report() -> None:
    assert detect_in_context("Asking because I've still got one, my session was 20 days ago.", QUESTION).level == "urgent"


def test_asking_because_of_a_session_next_week_is_no_report() -> None:
    assert detect_in_context("asking because I'm having it done next week", QUESTION).level == "none"


# --- a script nothing here reads ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["יש לי שאלה על הטיפול בקרקפת", "มีคำถามเกี่ยวกับการรักษา", "আমার একটা প্রশ্ন আছে"])
def test_a_message_in_a_script_nobody_here_reads_gets_the_safety_net_not_only_clarify(text: str) -> None:
    findings = detect(text)
    assert unread_script(for_matching(text)) and findings.symptom_related and findings.level == "none"
    assert decide(findings, NLU_FALLBACK).intent == INTENT_SYMPTOM_UNCLEAR


def test_cyrillic_that_no_glossary_recognised_also_gets_the_net() -> None:
    # Ukrainian too short for langdetect (which would pick the Russian glossary) that the glossary does not know
    findings = detect("клініка працює вранці?")
    assert findings.level == "none" and findings.symptom_related


@pytest.mark.parametrize("text", ["hello there", "Привет, как дела?", "مرحبا كيف حالك", "你好", "ok 👍"])
def test_a_script_the_glossaries_read_is_not_unread(text: str) -> None:
    assert not unread_script(for_matching(text)) and not detect(text).symptom_related
