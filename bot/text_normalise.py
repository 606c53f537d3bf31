"""Normalises patient text before intent classification: brand names and casual forms become one
word per concept, so "rogaine", "regaine" and "minoxidill" all count as evidence for minoxidil."""

from __future__ import annotations

import re
import unicodedata
from typing import Dict, Pattern

# Word (or phrase) -> canonical word. Keep entries lower-case; they are matched on word boundaries.
SYNONYMS: Dict[str, str] = {
    "rogaine": "minoxidil",
    "regaine": "minoxidil",
    "minox": "minoxidil",
    "minoxidill": "minoxidil",
    "minoxodil": "minoxidil",
    "minoxidyl": "minoxidil",
    "monoxidil": "minoxidil",
    "propecia": "finasteride",
    "proscar": "finasteride",
    "fin": "finasteride",
    "finasterid": "finasteride",
    "finastride": "finasteride",
    "finesteride": "finasteride",
    "finasteryd": "finasteride",
    "meso": "mesotherapy",
    "mezotherapy": "mesotherapy",
    "mesotheraphy": "mesotherapy",
    "mesoterapy": "mesotherapy",
    "mesotherapie": "mesotherapy",
    "mesoterapia": "mesotherapy",
    "mesotheraphy's": "mesotherapy",
    "abcess": "abscess",
    "absess": "abscess",
    "abscesses": "abscess",
    "abcesses": "abscess",
    "absces": "abscess",
    "puss": "pus",
    "lumps": "lump",
    "bumps": "bump",
    "nodules": "nodule",
    "nodes": "node",
    "shots": "injections",
    "shot": "injection",
    "jabs": "injections",
    "jab": "injection",
    "needles": "injections",
    "injected": "injection",
    "injecting": "injection",
    "inject": "injection",
    "injections": "injection",
    "docs": "doctor",
    "doc": "doctor",
    "dr": "doctor",
    "derm": "dermatologist",
    "derma": "dermatologist",
    "ppl": "people",
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "balding": "baldness",
    "bald": "baldness",
    "thinning": "hairloss",
    "hair loss": "hairloss",
    "alopecia": "hairloss",
    "fda approved": "approved",
    "fda-approved": "approved",
    "cleared": "approved",
    "legal": "approved",
}

_PATTERN: Pattern[str] = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(map(re.escape, SYNONYMS), key=len, reverse=True)) + r")(?![\w-])"
)
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-cased, accents folded, whitespace collapsed, synonyms replaced."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    replaced = _PATTERN.sub(lambda m: SYNONYMS[m.group(1)], folded)
    return _SPACES.sub(" ", replaced).strip()
