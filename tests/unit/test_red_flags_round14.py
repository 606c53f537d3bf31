"""Round 14 of the detector and the safety decision (2026-12, from the categories missed on final19 to final22, each
read only after it had been measured). Each case is written here, not copied from a set."""

from __future__ import annotations

import pytest

from bot.red_flags import detect
from bot.safety_decision import ClassifierTrust, decide, red_flags_parse_data
from bot.safety_model import SafetyScores

CASES = [
    # --- suicidal thoughts as relatives and patients tell them: goodbyes, plans, "better off if I was gone"
    ("my son's on finasteride and tonight he messaged me goodbye", "emergency"),
    ("she texted us last night saying goodbye, she has been so low on finasteride", "emergency"),
    ("he wrote a farewell note this morning, he started finasteride in spring", "emergency"),
    ("my partner has a plan to end it, it started after the finasteride", "emergency"),
    ("lately I think my family would be better off if I were gone", "emergency"),
    ("tbh i dont wanna be alive since starting fin", "emergency"),
    ("I keep thinking about ending it all since the tablets", "emergency"),
    ("I'd be better off without the hassle of booking, any slots on Friday?", "none"),
    ("time to say goodbye to my receding hairline haha", "none"),
    ("I can't go on like this with the itching, what cream helps?", "none"),
    # --- other languages: the glossaries' words for the same thoughts
    ("Meu pai toma finasterida e disse que não quer viver mais", "emergency"),  # Portuguese
    ("Sejak pakai finasteride aku ingin mati terus", "emergency"),  # Indonesian
    ("Từ khi uống finasteride tôi hay có ý định tự tử", "emergency"),  # Vietnamese
    ("Tangu nianze finasteride nina mawazo ya kujiua", "emergency"),  # Swahili
    ("Anh cứ từ từ đọc hướng dẫn sau buổi mesotherapy", "none"),  # Vietnamese "từ từ": slowly
    # --- a relative back from the session is no hearsay; a friend's old story still is
    ("my sister just got back from her scalp injections and her lips are swelling and she's wheezing", "emergency"),
    ("my colleague got an abscess from meso two years ago", "none"),
    # --- disorientation in place, told plainly; a busy week is not
    ("I honestly don't know which room I am in right now, the fever is so high", "emergency"),
    ("dad doesn't know what year it is since the infection on his head", "emergency"),
    ("so busy I have no idea what day it is, can I move my session?", "none"),
    # --- pain that has become unbearable, told with some words between
    ("the pain from the injection spots keeps building and is now unbearable", "emergency"),
    # --- glossary words found missing: Ukrainian, Chinese, Czech, Russian, Swedish, Dutch, Turkish
    ("Почервоніння розширюється з кожним днем після мезотерапії", "urgent"),
    ("打针的地方一块一块掉头发", "urgent"),
    ("Najednou nemůžu hýbat pravou rukou", "emergency"),
    ("Пропила курс антибиотиков, никакого эффекта, шишки всё там же", "urgent"),
    ("Jag ser dubbelt sedan i morse", "emergency"),
    ("Mijn vrouw ademt heel snel en heeft koorts na de mesotherapie", "emergency"),
    ("Mezoterapi izlerinde kel kalan alanlar var", "urgent"),
    ("Мене трусить, зуби цокотять і не можу зупинитися після мезотерапії", "emergency"),  # Ukrainian rigors
    # --- not reports: a streak that looks paler, screens that tire the eyes, an influencer's story, a regrown patch
    ("the bruise looks a bit fainter now", "none"),
    ("I'm going blind reading all these studies, which one should I trust?", "none"),
    ("an instagram influencer said she fainted after minoxidil shots, true?", "none"),
    ("the bald patch from my injections grew back by summer, can I go again?", "none"),
    ("Может ли миноксидил вызывать учащённое сердцебиение?", "none"),  # asks whether minoxidil can cause it
    # --- a collapse told as a story; time out running errands is not one
    ("got up from the sofa and the next thing I knew I was on the bathroom floor", "emergency"),
    ("my wife says I was out for about 20 seconds after I stood up", "emergency"),
    ("I was out for 20 minutes getting lunch after the session", "none"),
    # --- Vietnamese "bây giờ" (now), Ukrainian seizures, Korean round hair loss
    ("Bố em tiêm meso, bây giờ nói lung tung, không nhận ra ai", "emergency"),
    ("У нього зараз судоми, після мезотерапії голови", "emergency"),
    ("메조 맞은 곳에 원형 탈모가 생겼어요", "urgent"),
    # --- a question about how often, asked beside pus that is coming out now; too much reading is no headache
    ("I feel fine but there's pus coming out of one spot, how often does that happen?", "urgent"),
    ("how often does pus come out after meso in general?", "none"),
    ("my head is exploding from all the conflicting info online", "none"),
    ("bukhar kise kehte hain?", "none"),  # Hinglish: what is called a fever
    # --- a risk factor makes even slight warmth count (§4b); alone it is usual (§4a)
    ("is it bad that one spot feels a bit warm? I'm on chemo", "urgent"),
    ("one spot feels a bit warm today", "none"),
    # --- Turkish "geçti" (went past, not went away), Ukrainian and French bald patches
    ("Kızarıklık çok hızlı yayılıyor, çizdiğim çizgiyi bir saatte geçti", "emergency"),
    ("Після мезотерапії з'явилася лиса пляма", "urgent"),
    ("Une plaque sans cheveux est apparue à l'endroit des injections, c'est normal ?", "urgent"),
    ("Roșeața a trecut de linia pe care am tras-o într-o oră", "emergency"),  # Romanian: went past the line
    ("Umflătura a trecut, acum sunt bine", "none"),  # went away
    # --- "is it normal ...?" about the writer's own state: a risk factor told beside it, a new patch, a lump still growing
    ("Is it normal for one spot to be red and sore 4 days after? I'm on steroids", "urgent"),
    ("is it normal to have a bald spot where the scalp injections went in? it's new", "urgent"),
    ("Is it normal for a lump after meso to keep growing after two weeks?", "urgent"),
    ("is it normal to have bruises after a week?", "none"),
    ("I have diabetes, is it normal to get lumps after meso?", "none"),  # asks; the answer carries the net
    # --- a mark drawn hours ago with more words between; Spanish shaking that will not stop
    ("I drew a black pen line around the whole red area 3 hours ago and it's past the line", "emergency"),
    ("no puedo dejar de temblar y tengo fiebre desde la meso", "emergency"),
]


@pytest.mark.parametrize("text, level", CASES)
def test_each_round14_message_gets_the_level_the_brief_gives(text: str, level: str) -> None:
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text, unread",
    [
        ("Pēc mezoterapijas galvas ādā ir pumpa, un tā ir karsta", True),  # Latvian: no glossary (Estonian has one)
        ("ตรงที่ฉีดเมโสมีหนองไหลออกมา", True),  # Thai script
        ("there is a hot lump where the injections went", False),
        ("Tengo un bulto caliente en la cabeza desde la mesoterapia", False),  # Spanish: a glossary reads it
    ],
)
def test_the_findings_say_whether_the_message_is_in_a_language_nothing_here_reads(text: str, unread: bool) -> None:
    assert detect(text).unread is unread


TRUST = ClassifierTrust(
    escalate_at=0.8,
    emergency_at=0.7,
    multilingual_escalate_at=0.9,
    multilingual_emergency_at=0.9,
    unread_escalate_at=0.5,
    unread_emergency_at=0.6,
)
LATVIAN = "Pēc mezoterapijas galvas ādā ir pumpa, un tā ir karsta"  # a hot lump on the scalp since mesotherapy
ENGLISH_NOTHING = "something feels off with my scalp tonight"


@pytest.mark.parametrize(
    "text, multilingual, level",
    [
        (LATVIAN, (0.45, 0.1), "none"),
        (LATVIAN, (0.55, 0.1), "urgent"),
        (LATVIAN, (0.7, 0.65), "emergency"),
        (ENGLISH_NOTHING, (0.55, 0.1), "none"),  # a language the detector reads: the general thresholds
        (ENGLISH_NOTHING, (0.7, 0.65), "none"),
        (ENGLISH_NOTHING, (0.95, 0.1), "urgent"),
    ],
)
def test_in_an_unread_language_the_multilingual_model_counts_from_its_lower_thresholds(
    text: str, multilingual: tuple, level: str
) -> None:
    findings = detect(text)
    assert findings.level == "none" and findings.symptom_related
    scores = SafetyScores(0.1, 0.05, multilingual_escalate=multilingual[0], multilingual_emergency=multilingual[1])
    assert decide(findings, "nlu_fallback", (), 0.2, TRUST, scores).level == level


def test_the_unread_thresholds_never_make_the_multilingual_model_stricter() -> None:
    findings = detect(LATVIAN)
    lenient = ClassifierTrust(escalate_at=0.8, multilingual_escalate_at=0.9, multilingual_emergency_at=0.9)  # unread: never
    scores = SafetyScores(0.1, 0.05, multilingual_escalate=0.95, multilingual_emergency=0.95)
    assert decide(findings, "nlu_fallback", (), 0.2, lenient, scores).level == "emergency"


def test_the_parse_data_says_when_only_the_multilingual_model_could_read_the_message() -> None:
    latvian = detect(LATVIAN)
    assert red_flags_parse_data(latvian, decide(latvian, "nlu_fallback"))["unread"] is True
    english = detect("there is a hot lump where the injections went")
    assert red_flags_parse_data(english, decide(english, "nlu_fallback"))["unread"] is False
