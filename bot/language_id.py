"""Which language a message is written in, by langdetect (a port of Google's language-detection library: character
n-gram profiles shipped as JSON, nothing unpickled), to tell a language no glossary here covers (Finnish, Welsh,
Somali...) from English and from the languages the detector reads (`bot.chat_glossary`, `bot.chat_cjk`). A report in
such a language may be one nobody here can check, so it counts as possibly about symptoms: it gets the conditional
safety net rather than "not sure", and the multilingual safety model may read it (docs/safety-model.md, round 13)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional, Tuple

# langdetect's codes of English and of the languages the glossaries read
READ_LANGUAGES = frozenset(
    "en ar cs sk de el es et fa fi fr hi hu id it nl pl pt ro ru uk sv sw tl tr ur vi zh-cn zh-tw ja ko".split()
)
# languages read with a neighbour's glossary: langdetect's code -> the glossary's
SHARED_GLOSSARY = {"uk": "ru", "sk": "cs"}
MIN_LETTERS = 20  # shorter texts are too little to tell ("Привет, как дела?" read as Bulgarian)
MIN_PROBABILITY = 0.9


@lru_cache(maxsize=1)
def _factory() -> Any:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0  # the same answer for the same text
    return factory


@lru_cache(maxsize=256)  # the detector asks twice of the same text (`unread_language`, `maybe_not_english`)
def _probabilities(text: str) -> Tuple[Tuple[str, float], ...]:
    """langdetect's languages for the text, likeliest first; none for short or unclear text."""
    if sum(1 for c in text if c.isalpha()) < MIN_LETTERS:
        return ()
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory().create()
    detector.append(text)
    try:
        found = detector.get_probabilities()
    except LangDetectException:
        return ()
    return tuple(sorted(((language.lang, float(language.prob)) for language in found), key=lambda pair: -pair[1]))


def confident_language(text: str) -> Optional[str]:
    """langdetect's code for the text ("fi", "vi", "zh-cn"), when it is confident; None for short or unclear text."""
    found = _probabilities(text)
    return found[0][0] if found and found[0][1] >= MIN_PROBABILITY else None


def unread_language(text: str) -> bool:
    """Whether the text is, with some confidence, in a language none of the glossaries covers."""
    language = confident_language(text)
    return language is not None and language not in READ_LANGUAGES


def maybe_not_english(text: str) -> bool:
    """Whether a text long enough to tell is not confidently English: langdetect gives English under
    `MIN_PROBABILITY`. Zulu and Hausa, which it has no profile for, come out as Swahili or Indonesian."""
    found = dict(_probabilities(text))
    return bool(found) and found.get("en", 0.0) < MIN_PROBABILITY
