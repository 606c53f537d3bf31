"""How every sign pattern is compiled: filler-word gaps that never cross a negation."""

from __future__ import annotations

import re
from typing import Pattern

GAP_WORD = r"(?!(?:not|no|never|nor|without)\b)\w+"


def gapped(pattern: str) -> Pattern[str]:
    """Compile a sign pattern; its filler-word gaps never cross a negation ("heart is not racing")."""
    return re.compile(pattern.replace(r"(?:\w+ )", f"(?:{GAP_WORD} )").replace(r"(?: \w+)", f"(?: {GAP_WORD})"))
