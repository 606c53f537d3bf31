"""Arabic in Arabic script, Russian (Cyrillic and Latin translit), Dutch and Romanian reach the red-flag
detector as English; English text is left exactly as it was. The messages are written for these tests."""

from __future__ import annotations

import pytest

from bot import chat_text
from bot.chat_glossary import glossary, language_of, to_english
from bot.chat_glossary_data import LANGUAGE_DATA
from bot.chat_text import for_matching
from bot.red_flags import detect

# (language, message, expected level): per language §4b signs, §4c signs, and negated, hypothetical, hearsay, past
CASES = [
    ("ar", "عندي كتلة حمراء وسخنة مكان الحقن وبتوجعني", "urgent"),
    ("ar", "بيطلع صديد من مكان الإبرة بعد الميزو", "urgent"),
    ("ar", "الاحمرار بينتشر حوالين الإبرة وعندي حرارة ورعشة", "urgent"),
    ("ar", "عندي السكري والمكان وارم وأحمر", "urgent"),
    ("ar", "مش قادر اتنفس وشفايفي وارمة", "emergency"),
    ("ar", "زوجي مش واعي ونعسان على طول", "emergency"),
    ("ar", "عندي صداع شديد ورقبتي ناشفة والنور بيضايقني", "emergency"),
    ("ar", "عندي ألم في الصدر وأغمي علي من شوي", "emergency"),
    ("ar", "ما عندي حرارة ولا صديد، كله تمام", "none"),
    ("ar", "ليس لدي حمى ولا تورم والحمد لله", "none"),
    ("ar", "لو طلعت حرارة بعد الجلسة اعمل ايه؟", "none"),
    ("ar", "صاحبتي كان عندها صديد بعد الميزو", "none"),
    ("ar", "قبل سنتين كان عندي خراج في راسي", "none"),
    ("ru", "У меня на месте укола красная горячая шишка, очень болит", "urgent"),
    ("ru", "После мезотерапии из места укола течёт гной", "urgent"),
    ("ru", "u menya temperatura i oznob, na golove opuhol", "urgent"),
    ("ru", "krasnota rasprostranyaetsya vokrug ukola i znobit", "urgent"),
    ("ru", "Не могу дышать, губы опухли", "emergency"),
    ("ru", "Муж очень сонливый, спутанный и речь невнятная", "emergency"),
    ("ru", "Сильная головная боль, шея не поворачивается и свет режет глаза", "emergency"),
    ("ru", "Боль в груди и я только что потеряла сознание", "emergency"),
    ("ru", "Температуры и гноя нет, всё хорошо", "none"),
    ("ru", "u menya net temperatury i net gnoya", "none"),
    ("ru", "Если поднимется температура после процедуры, что делать?", "none"),
    ("ru", "У подруги после мезотерапии был гной", "none"),
    ("ru", "Два года назад у меня был абсцесс на голове", "none"),
    ("nl", "Ik heb een rode, warme en pijnlijke bult op de prikplek", "urgent"),
    ("nl", "Sinds gisteren komt er etter uit een prikplek op mijn hoofd", "urgent"),
    ("nl", "De roodheid breidt zich uit rond de prik en ik heb koorts met rillingen", "urgent"),
    ("nl", "Drie weken na de mesotherapie heb ik nieuwe bulten", "urgent"),
    ("nl", "Ik kan niet ademen en mijn lippen zijn gezwollen", "emergency"),
    ("nl", "Mijn man is verward en heel slaperig, hij praat onduidelijk", "emergency"),
    ("nl", "Ik heb hevige hoofdpijn, een stijve nek en het licht doet pijn aan mijn ogen", "emergency"),
    ("nl", "Ik heb pijn op de borst en ben net flauwgevallen", "emergency"),
    ("nl", "Ik heb geen koorts en geen pus, alles goed", "none"),
    ("nl", "Als ik koorts krijg na de behandeling, wat moet ik doen?", "none"),
    ("nl", "Mijn vriendin had pus na mesotherapie", "none"),
    ("nl", "Twee jaar geleden had ik een abces op mijn hoofd", "none"),
    ("ro", "Am o umflătură roșie, caldă și dureroasă pe cap după ședință", "urgent"),
    ("ro", "De ieri iese puroi din locul injecției", "urgent"),
    ("ro", "Am febră și frisoane, iar capul e umflat", "urgent"),
    ("ro", "Roșeața se extinde în jurul înțepăturii", "urgent"),
    ("ro", "Nu pot respira și mi s-au umflat buzele", "emergency"),
    ("ro", "Soțul meu e confuz și foarte somnoros", "emergency"),
    ("ro", "Am o durere de cap puternică, gât înțepenit și lumina mă deranjează", "emergency"),
    ("ro", "Mă doare pieptul și am leșinat", "emergency"),
    ("ro", "N-am febră și nici puroi, totul e bine", "none"),
    ("ro", "Dacă fac febră după ședință, ce să fac?", "none"),
    ("ro", "Prietena mea a avut puroi după mezoterapie", "none"),
    ("ro", "Acum doi ani am avut un abces pe cap", "none"),
]

# English messages, some with words that are also Dutch, Romanian or Russian glossary words
ENGLISH = [
    "I had meso 3 days ago and now there is a red, hot lump that hurts, 39.5 fever",
    "Are you sure the net result is fine? I am careful with my scalp",
    "Multiple abscesses from one session possible? The procedure was in a clinic",
    "The man at the clinic said it was over in two days, no pus, no fever",
    "My mare has been warm and a bit stiff since the injection, is that normal",
    "If I get a fever after the session, what should I do? I have diabetes",
    "hey hey, is it normal to have small bruises and mild redness for 2 days?",
]


def test_the_new_glossaries_parse() -> None:
    assert {"ar", "ru", "nl", "ro"} <= set(LANGUAGE_DATA)
    for code in ("ar", "ru", "nl", "ro"):
        assert len(glossary(code).exact) > 400, code


@pytest.mark.parametrize("language, text, expected", CASES)
def test_the_language_is_recognised(language: str, text: str, expected: str) -> None:
    assert language_of(text.lower()) == language


@pytest.mark.parametrize("language, text, expected", CASES)
def test_the_detector_reads_the_message(language: str, text: str, expected: str) -> None:
    assert detect(text).level == expected, for_matching(text)


@pytest.mark.parametrize("language, text, expected", [c for c in CASES if c[2] != "none"])
def test_without_the_glossary_the_report_would_be_missed_or_misread(
    language: str, text: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chat_text, "to_english", lambda text, language=None: text)
    assert detect(text).level != expected


@pytest.mark.parametrize("text", ENGLISH)
def test_english_text_is_left_exactly_as_it_was(text: str) -> None:
    assert language_of(text.lower()) is None
    assert to_english(text.lower()) == text.lower()
    assert for_matching(text) == for_matching(text, translate=False)


def test_arabic_words_written_onto_the_next_are_split() -> None:
    assert to_english("والحرارة", "ar") == "and fever"
    assert to_english("وبتوجعني", "ar") == "and hurts"  # "و" + "بتوجعني", not "وب" + "توجعني"
    assert language_of("والحرارة وبتوجعني") == "ar"  # words with a prefix still count as Arabic


def test_arabic_ago_goes_after_its_span() -> None:
    assert for_matching("قبل اسبوعين") == "two weeks ago"
    assert for_matching("قبل 3 ايام") == "3 days ago"


def test_cyrillic_and_latin_translit_read_alike() -> None:
    cyrillic = to_english("у меня температура и болит голова", "ru")
    assert cyrillic == to_english("u menya temperatura i bolit golova", "ru") == "i have fever and headache"
    assert to_english("u menja sil'naja bol'", "ru") == to_english("у меня сильная боль", "ru")
    assert to_english("opukhol", "ru") == to_english("опухоль", "ru") == "swelling"


def test_russian_negation_goes_before_the_sign() -> None:
    assert to_english("температуры и гноя нет", "ru") == "no fever nor pus"
    assert to_english("температура есть, а гноя нет", "ru").endswith("no pus")


def test_romanian_acum_is_now_or_ago() -> None:
    assert to_english("acum doua saptamani", "ro") == "two weeks ago"
    assert for_matching("acum două săptămâni am avut febră").startswith("two weeks ago")
    assert to_english("acum ma doare", "ro") == "now hurts"


def test_dutch_and_romanian_contractions_are_split() -> None:
    assert to_english("n-am febră", "ro") == "i do not have fever"
    assert to_english("m'n hoofd", "nl") == "my head"
