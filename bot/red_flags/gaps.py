"""How every sign pattern is compiled: filler-word gaps that never cross a negation."""

from __future__ import annotations

import re
from typing import Pattern

# a filler word, or a run of emoji and pictographs ("my lips 👄 swelling up"), never a negation
GAP_WORD = r"(?:(?!(?:not|no|never|nor|without)\b)\w+|[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+)"


def gapped(pattern: str) -> Pattern[str]:
    """Compile a sign pattern; its filler-word gaps never cross a negation ("heart is not racing")."""
    return re.compile(pattern.replace(r"(?:\w+ )", f"(?:{GAP_WORD} )").replace(r"(?: \w+)", f"(?: {GAP_WORD})"))
