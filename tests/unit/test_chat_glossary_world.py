"""Turkish, Arabic in Latin letters (Arabizi), Hindi in Devanagari and Urdu in Latin letters reach the red-flag
detector as English; English text is left exactly as it was. The messages are written for these tests."""

from __future__ import annotations

import pytest

from bot import chat_text
from bot.chat_glossary import glossary, language_of, to_english
from bot.chat_glossary_data import LANGUAGE_DATA
from bot.chat_scripts import transliterate
from bot.chat_text import for_matching
from bot.red_flags import detect

# (language, message, expected level): per language §4b signs, §4c signs, and negated, hypothetical, hearsay, past
CASES = [
    ("tr", "İğne yerinde kırmızı, sıcak ve ağrılı bir şişlik var", "urgent"),
    ("tr", "Mezoterapiden sonra başımda iltihap akıyor", "urgent"),
    ("tr", "Seanstan iki hafta sonra yeni yumrular çıktı ve büyüyor", "urgent"),
    ("tr", "Ateşim var ve titriyorum, başımda şişlik var", "urgent"),
    ("tr", "Nefes alamıyorum ve dudaklarım şişti", "emergency"),
    ("tr", "Kocam çok uykulu, kafası karışık ve konuşması bozuk", "emergency"),
    ("tr", "Şiddetli baş ağrısı var, boynum tutuldu ve ışığa bakamıyorum", "emergency"),
    ("tr", "Göğüs ağrısı var ve az önce bayıldım", "emergency"),
    ("tr", "Ateşim yok ve iltihap yok, her şey yolunda", "none"),
    ("tr", "Ateşim ve irinim yok", "none"),
    ("tr", "Eğer ateşim olursa ne yapmalıyım?", "none"),
    ("tr", "Arkadaşımda mezoterapiden sonra iltihap olmuştu", "none"),
    ("tr", "Yıllar önce başımda bir apse olmuştu", "none"),
    ("arabizi", "3andi kora 7amra w so5na makan el ebra w btewga3ni", "urgent"),
    ("arabizi", "fi sadid tale3 men makan el 7o2na ba3d el mesotherapy", "urgent"),
    ("arabizi", "el 7omra 3am tentesher 7awalen el ebra w 3andi 7arara", "urgent"),
    ("arabizi", "3andi sokkar w el makan warem w a7mar", "urgent"),
    ("arabizi", "mesh 2ader atnafas w shafayfi warma", "emergency"),
    ("arabizi", "gozi mesh wa3i w na3san 3ala tool", "emergency"),
    ("arabizi", "3andi sda3 shedid w ra2abti nashfa w el nour beyday2ni", "emergency"),
    ("arabizi", "3andi wag3 fe sadri w oghmi 3alaya delwa2ti", "emergency"),
    ("arabizi", "ma3andish 7arara wala sadid, kollo tamam", "none"),
    ("arabizi", "mafish 7arara w mafish waram", "none"),
    ("arabizi", "law 7arara tel3et ba3d el gelsa a3mel eh?", "none"),
    ("arabizi", "sa7bti kan 3andha sadid ba3d el mesotherapy", "none"),
    ("hi", "इंजेक्शन वाली जगह पर लाल और गरम गांठ है, बहुत दर्द हो रहा है", "urgent"),
    ("hi", "मुझे बुखार है और कंपकंपी हो रही है, सिर पर सूजन है", "urgent"),
    ("hi", "सिर में जहां सुई लगी थी वहां से पीप निकल रही है", "urgent"),
    ("hi", "मुझे सांस नहीं आ रही और होंठ सूज गए हैं", "emergency"),
    ("hi", "तेज़ सिर दर्द है, गर्दन अकड़ गई है और रोशनी से आंखों में दर्द है", "emergency"),
    ("hi", "मुझे बुखार नहीं है और दर्द भी नहीं है", "none"),
    ("hi", "अगर सिर में गांठ बन जाए तो क्या करना चाहिए?", "none"),
    ("hi", "mujhe bukhaar hai aur injection wali jagah par surkh waram hai", "urgent"),
    ("hi", "sar mein peep wali ganth hai aur dard ho raha hai", "urgent"),
    ("hi", "meri saans phool rahi hai aur honton par soojan hai", "emergency"),
    ("hi", "ammi behosh ho gayi hain aur seene mein dard tha", "emergency"),
    ("hi", "mujhe na bukhaar hai na peep, sab theek hai", "none"),
    ("hi", "agar bukhaar ho jaye to kya karoon?", "none"),
]

# English messages, some with words that are also Turkish or Arabizi glossary words ("ana", "mesh", "on", "bas")
ENGLISH = [
    "I had meso 3 days ago and now there is a red, hot lump that hurts, 39.5 fever",
    "Ana says the mesh on my scalp is fine, no fever, no pus",
    "If I get a fever after the session, what should I do? I have diabetes",
    "my temperature was 38c at 7pm, 2x paracetamol, spo2 97",
    "Is it normal to have small bruises and mild redness for 2 days?",
    "On day 2 the swelling went down, Ana said it was normal",
]


def test_the_new_glossaries_parse() -> None:
    assert {"tr", "arabizi"} <= set(LANGUAGE_DATA)
    for code in ("tr", "arabizi", "hi"):
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


def test_arabizi_digit_letters_are_read_but_numbers_stay_numbers() -> None:
    english = to_english("3andi 7arara 39.5 men 3 ayam w mesh 2ader atnafas", "arabizi")
    assert "fever 39.5" in english and "3" in english.split() and "can not breathe" in english
    assert to_english("7arara", "arabizi") == to_english("harara", "arabizi") == "fever"


def test_arabizi_words_written_onto_the_next_are_split() -> None:
    assert to_english("el7arara w el sadid", "arabizi") == "fever and the pus"
    assert to_english("w7arara", "arabizi") == "and fever"


def test_turkish_negation_goes_before_the_sign() -> None:
    assert to_english("başımda şişlik yok", "tr").startswith("no ")
    assert to_english("ateşim olursa", "tr").startswith("if ")


def test_devanagari_is_romanised_the_way_hinglish_is_typed() -> None:
    assert transliterate("मुझे बुखार है") == "mujhe bukhar hai"
    assert transliterate("पहले सरदर्द") == "pahle sardard"
    assert transliterate("तेज़ धड़कन") == "tez dhadkan"
    assert transliterate("सांस नहीं आ रही") == "sans nahi aa rahi"


def test_other_scripts_are_transliterated_and_arabic_spellings_unified() -> None:
    assert transliterate("у меня температура") == "u menya temperatura"
    assert transliterate("حرارة ٣٩٫٥") == "حراره 39.5"
