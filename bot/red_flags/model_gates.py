"""Messages whose reading the safety models may not overrule alone (`bot.safety_decision`, rule 2), beyond the
detector's framings: a small bump and nothing else; feeling unwell (or "a bit tired") in mild words that name no sign;
soreness said to be mild and nothing else; swelling that dropped down in §4a's first days (`drop_down`). Each gets the
conditional safety net (2026-12, final60-66: every such line the helpers wrote was labelled "none"; pending clinician
review). Vocabulary on `bot.chat_text.for_matching` text."""

from __future__ import annotations

import re
from typing import Iterable

from bot.red_flags.drop_down import dropped_swelling
from bot.red_flags.matching import Hit
from bot.red_flags.patterns import MILDLY

__all__ = ["dropped_swelling_only", "mild_soreness_only", "small_bump_only", "vague_malaise_only"]

# cues that name no sign: how long, and where ("at one of the sites")
_PLACE_AND_TIME = frozenset({"_duration", "_hair_site"})
_SMALL_BUMP_CUES = _PLACE_AND_TIME | {"_small_lump", "_hair_shape"}
_SORE_SPOT_CUES = _PLACE_AND_TIME | {"_hair_shape", "pain"}
_DROP_CUES = _PLACE_AND_TIME | {"_spread", "swelling", "face_eye_swelling"}
# said to be mild: "my scalp's a bit sore at one of the meso spots" (final65); and no other local word, even one read as
# usual ("a bit warm and tender": warmth said mildly is no sign alone, but it is not soreness alone either)
_OTHER_LOCAL = re.compile(
    r"\b(?:warm\w*|hot|heat|red\w*|pink\w*|swol\w*|swell\w*|puff\w*|pus|ooz\w*|lumps?|bumps?|hard|grow\w*"
    r"|spread\w*|bigger)\b"
)

# Feeling unwell in words that name no sign, said mildly: "feeling a bit rough today", "I feel unwell since the injections"
_VAGUE_MALAISE = re.compile(
    r"\b(?:feel|feels|feeling|felt|been)\b(?: \w+){0,3}? (?:unwell|rough|rubbish|run down|flu ?ish|under the weather|off"
    r"|poorly|crap|meh|not (?:myself|herself|himself|right|great|(?:so |too )?well))\b"
    r"(?! (?:with|on|at|about|around|in|near) )"  # "something feels off with my scalp" is the scalp's, not malaise
    # "I had it yesterday and I'm tired" (final66); not "so tired I can't stay awake" (drowsy: `_NOT_MILD`)
    r"|\b(?:i am|he is|she is|feeling|feel|felt) (?:a bit |a little |quite |kind of |kinda )?tired\b"
)
_NOT_MILD = re.compile(
    r"\b(?:very|really|extremely|so|super|incredibly|seriously|terribly|awfully|properly|dreadfully|horribly|worse|worst"
    r"|worsening|die|dying|collaps\w*|faint\w*|confus\w*|can not|could not|help|emergency|ambulance|diabet\w*|steroids?"
    r"|immun\w*|chemo\w*|transplant)\b"
)


def small_bump_only(hits: Iterable[Hit]) -> bool:
    """ "There's a small bump near my parting", and nothing else: no §4b sign (painful, red, hot, swollen, growing,
    weeks later or over 2 weeks)."""
    found = {h.sign for h in hits}
    return "_small_lump" in found and found <= _SMALL_BUMP_CUES


def vague_malaise_only(text: str, hits: Iterable[Hit]) -> bool:
    """Unwell in mild words ("a bit rough today"), and no match that names a sign; not "very unwell", nor with a risk
    factor or a plea."""
    return bool(_VAGUE_MALAISE.search(text)) and not _NOT_MILD.search(text) and all(h.sign in _PLACE_AND_TIME for h in hits)


def mild_soreness_only(text: str, hits: Iterable[Hit]) -> bool:
    """ "My scalp's a bit sore at one of the meso spots", and nothing else: soreness said to be mild, where no other
    sign is named (§4a: tenderness is usual; a painful lump, a hot or a red spot is §4b)."""
    found = list(hits)
    pains = [h for h in found if h.sign == "pain"]
    return (
        bool(pains)
        and all(h.mild for h in pains)
        and {h.sign for h in found} <= _SORE_SPOT_CUES
        and bool(MILDLY.search(text))
        and not _NOT_MILD.search(text)
        and not _OTHER_LOCAL.search(text)
    )


def dropped_swelling_only(text: str, hits: Iterable[Hit]) -> bool:
    """ "It slid down around my eyes on day 2", and nothing else: §4a's forehead or eyelid swelling that drops down
    (1-4 days), told after the swelling itself was (final65-66: every such line was labelled "none")."""
    found = list(hits)
    signs = {h.sign for h in found}
    spreads = [(h.start, h.end) for h in found if h.sign == "_spread"]
    return signs <= _DROP_CUES and dropped_swelling(text, signs, spreads) and not _NOT_MILD.search(text)
