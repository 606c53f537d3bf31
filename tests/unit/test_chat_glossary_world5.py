"""Tagalog (with Taglish) and Greek (Greek script and Greeklish): the rules only these languages have. Their messages
(tests/unit/glossary_world_cases.py) get the checks every language gets in test_chat_glossary_world.py."""

from __future__ import annotations

import re
import unicodedata

import pytest

from bot.chat_glossary import _spelt, fold, language_of, to_english
from bot.chat_glossary_data_world5 import GREEK
from bot.chat_scripts import transliterate
from bot.chat_text import for_matching
from bot.red_flags import detect

# --- Greek: one reading for Greek script and the usual Greeklish spellings


@pytest.mark.parametrize(
    "greek, greeklish",
    [
        ("Έχω πυρετό και ρίγη", "exw pyreto kai rigi"),
        ("Έχω πυρετό και ρίγη", "eho pireto ke rigi"),
        ("Έχω πυρετό και ρίγη", "echo pyreto kai rigi"),
        ("Δεν μπορώ να αναπνεύσω", "den mporw na anapneusw"),
        ("Δεν μπορώ να αναπνεύσω", "den boro na anapnefso"),
        ("Βγαίνει πύον από την ένεση", "vgainei pyon apo tin enesi"),
        ("Ο άντρας μου είναι μπερδεμένος", "o adras mu ine berdemenos"),
        ("Πρήξιμο στο μέτωπο", "priksimo sto metwpo"),
        ("Δεν ξυπνάει", "den xypnaei"),
        ("Θολή όραση", "8oli orasi"),
        ("Ευχαριστώ, αύριο", "efharistw, avrio"),
        ("Η κοκκινίλα απλώνεται", "i kokinila aplwnetai"),
    ],
)
def test_greek_script_and_greeklish_read_alike(greek: str, greeklish: str) -> None:
    assert language_of(greek.lower()) == language_of(greeklish.lower()) == "el"
    assert for_matching(greek) == for_matching(greeklish)


_PHONETIC = (
    ("ου", "ou"), ("αυ", "af"), ("ευ", "ef"), ("μπ", "b"), ("ντ", "d"), ("γκ", "g"), ("γγ", "g"), ("ει", "i"), ("οι", "i"),
    ("αι", "e"), ("η", "i"), ("θ", "th"), ("ξ", "ks"), ("υ", "y"), ("χ", "h"), ("ψ", "ps"), ("ω", "o"), ("β", "v"), ("ς", "s"),
)  # fmt: skip
_VISUAL = (
    ("ου", "ou"), ("αυ", "au"), ("ευ", "eu"), ("μπ", "mp"), ("ντ", "nt"), ("γκ", "gk"), ("η", "i"), ("θ", "8"), ("ξ", "x"),
    ("υ", "y"), ("χ", "x"), ("ψ", "ps"), ("ω", "w"), ("β", "v"), ("ς", "s"),
)  # fmt: skip
_LETTERS = dict(zip("αγδεζικλμνοπρστφ", "agdeziklmnoprstf"))


def _greeklish(word: str, table: tuple[tuple[str, str], ...]) -> str:
    word = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    for greek, latin in table:
        word = word.replace(greek, latin)
    return "".join(_LETTERS.get(c, c) for c in word)


def test_nearly_every_greek_key_reads_the_same_typed_in_greeklish() -> None:
    """Typed as it sounds ("eho", "ksipnai") or letter for letter ("exw", "xypnaei"), a Greek key is the same key."""
    keys = {" ".join(k.split()) for k in re.split(r"[|;\n]|:[^|;\n]*", GREEK)}
    keys = {k for k in keys if k and not k.isascii() and "*" not in k}
    misses = [
        (key, typed)
        for key in sorted(keys)
        for typed in (_greeklish(key, _PHONETIC), _greeklish(key, _VISUAL))
        if _spelt("el", fold(typed)) != _spelt("el", fold(key))
    ]
    assert len(keys) > 800
    assert len(misses) <= len(keys) // 50, misses  # vowels side by side ("λέει" typed "lei") are the known misses


def test_accented_greek_digraphs_are_transliterated_as_digraphs() -> None:
    assert transliterate("αύριο") == "avrio"
    assert transliterate("φεύγει") == "fevgei"
    assert transliterate("αυτό") == "avto"


def test_greek_negation_comes_before_the_sign() -> None:
    assert for_matching("δεν έχω πυρετό") == "i do not have fever"
    assert for_matching("den exw pyreto oute pyon") == "i do not have fever nor pus"
    assert detect("Δεν έχω πυρετό ούτε ρίγη ούτε πύον").level == "none"


def test_greek_ago_and_for_a_span() -> None:
    assert for_matching("πριν από δύο μέρες") == "two days ago"
    assert for_matching("πριν 3 εβδομάδες είχα πυρετό").startswith("3 weeks ago")
    assert for_matching("εδώ και τρεις μέρες έχω πυρετό").startswith("for three days")


def test_greek_question_mark_and_owner() -> None:
    assert for_matching("τι να κάνω;") == "what should i do?"
    assert "my friend had pus" in for_matching("η φίλη μου είχε πύον")
    assert "my husband is confused" in for_matching("ο άντρας μου είναι μπερδεμένος")


def test_greek_words_told_apart_by_their_accent() -> None:
    assert for_matching("πότε θα περάσει;").startswith("when")
    assert for_matching("ποτέ δεν είχα πυρετό") == "never i do not have fever"
    assert for_matching("πυρετό ή ρίγη") == "fever or chills"
    assert detect("Δεν έχω πυρετό ή ρίγη ή πύον").level == "none"


def test_english_words_are_not_read_as_greeklish() -> None:
    """Greeklish spellings ("w" -> "o", "y" -> "i", "ee" -> "e") must not turn English "my", "new", "see" into Greek."""
    for text in ("new lumps appeared 4 weeks after my session", "see ya", "is scalp mesotherapy worse than body mesotherapy"):
        assert language_of(text) is None, text


# --- Tagalog and Taglish


def test_tagalog_owner_goes_before_the_person() -> None:
    assert for_matching("yung kaibigan ko nagkaroon ng nana") == "my friend got pus"
    assert for_matching("nahimatay ang nanay ko").endswith("my mum")


def test_tagalog_may_ako_is_i_have() -> None:
    assert for_matching("may lagnat ako") == "i have fever"
    assert for_matching("meron akong bukol sa ulo").startswith("i have lump")
    assert for_matching("may lagnat at nana siya") == "he has fever and pus"


def test_tagalog_negation() -> None:
    assert for_matching("wala akong lagnat") == "i do not have fever"
    assert for_matching("walang nana") == "no pus"
    assert for_matching("hindi naman ako nilalagnat") == for_matching("hindi ako nilalagnat") == "i am not fever"
    assert detect("Walang lagnat, walang nana at hindi mainit").level == "none"


def test_tagalog_hyphens_and_chat_spellings() -> None:
    assert to_english("pulang-pula", "tl") == to_english("pulang pula", "tl") == "red"
    assert to_english("wla aq lgnat", "tl") == to_english("wala ako lagnat", "tl")


def test_tagalog_ago() -> None:
    assert for_matching("dalawang linggo na ang nakalipas") == "two weeks ago"
    assert for_matching("tatlong araw na ang nakaraan").startswith("three days ago")


def test_who_is_confused_comes_first() -> None:
    assert for_matching("nalilito ang asawa ko") == "my husband is confused"
    assert detect("nalilito si mama").level == "emergency"
    assert detect("nalilito ako kung normal ba ito").level == "none"  # the writer is unsure whether it is normal


def test_taglish_is_tagalog_and_english_stays_english() -> None:
    assert language_of("may bukol ako sa ulo since last week, super sakit") == "tl"
    for text in ("My nana had meso in Lima last year", "Hong Kong had an outbreak", "See ya, thanks"):
        assert language_of(text.lower()) is None, text
