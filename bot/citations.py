"""Citations a patient can follow: the sources of a fact, strongest first, each with a link where one
is known, and the date the text was last reviewed.

The bot writes links once, as markdown (`[label](https://…)`): the widget renders them, the Slack
channel turns them into `<url|label>` (`split_links`), and the shell prints `label (url)`
(`plain_text`). Only http(s) links are ever produced or converted; anything else stays text.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from enum import Enum
from typing import List, Optional, Sequence, Tuple, Union

# How many sources an answer names; the rest are listed under "Tell me more".
SOURCES_IN_ANSWER = 3


class Strength(str, Enum):
    """The brief's confidence scale for a source. strong: regulator label or decision, national
    guideline, Cochrane review, large RCTs; moderate: systematic reviews of small trials, outbreak
    investigations, case series; weak: case reports, expert opinion, clinic pages, the seed article."""

    STRONG = "strong"
    MODERATE = "moderate"
    WEAK = "weak"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Strength.STRONG: 0, Strength.MODERATE: 1, Strength.WEAK: 2}


@dataclass(frozen=True)
class Source:
    """One cited work. `label` is what a patient reads (publisher or authors and journal, or the
    title); `title` is the work's own title, for the reviewer."""

    key: str
    label: str
    title: str
    year: Optional[int]
    url: Optional[str]
    strength: Strength
    seed: bool = False

    @property
    def year_text(self) -> str:
        """The year; a live web page without one is "web page", anything else "undated"."""
        if self.year:
            return str(self.year)
        return "web page" if self.url else "undated"

    def markdown(self) -> str:
        text = f"{_markdown_text(self.label)}, {self.year_text}"
        return f"[{text}]({self.url})" if self.url else text

    def plain(self) -> str:
        text = f"{self.label}, {self.year_text}"
        return f"{text} ({self.url})" if self.url else text


def _markdown_text(text: str) -> str:
    """Brackets in a label would end the link text early."""
    return text.replace("[", "(").replace("]", ")")


def strongest_first(sources: Sequence[Source]) -> Tuple[Source, ...]:
    """Strong before moderate before weak; within a level the seed article last, a source a patient
    can follow (with a link) before one without, then the file's order."""
    indexed = list(enumerate(sources))
    indexed.sort(key=lambda item: (item[1].strength.rank, item[1].seed, item[1].url is None, item[0]))
    return tuple(source for _, source in indexed)


def sources_line(sources: Sequence[Source], limit: Optional[int] = SOURCES_IN_ANSWER) -> str:
    """ "Sources: a · b · c", strongest first; with a limit, the rest counted and pointed to."""
    ordered = strongest_first(sources)
    shown = ordered if limit is None else ordered[:limit]
    line = "Sources: " + " · ".join(source.markdown() for source in shown)
    hidden = len(ordered) - len(shown)
    if hidden:
        line += f" · {hidden} more under “Tell me more”"
    return line


def review_line(
    last_reviewed: datetime.date, reviewer_role: str, signed_off: bool, changed: Optional[datetime.date] = None
) -> str:
    """ "Reviewed: November 2026 (content team; clinician sign-off pending)", like NHS pages' "last reviewed"."""
    details = [reviewer_role[:1].lower() + reviewer_role[1:]]
    if changed is not None and (changed.year, changed.month) != (last_reviewed.year, last_reviewed.month):
        details.append(f"updated {changed:%B %Y}")
    details.append("signed off by a clinician" if signed_off else "clinician sign-off pending")
    return f"Reviewed: {last_reviewed:%B %Y} ({'; '.join(details)})"


# ---- links in text: one parser for every channel ---------------------------------------------
# A markdown link whose target is an http(s) URL without spaces, angle brackets, quotes or pipes.
_LINK = re.compile(r"\[([^\[\]\n]+)\]\((https?://[^\s()<>|\"']+)\)")
SAFE_URL = re.compile(r"^https?://[^\s()<>|\"']+$")


@dataclass(frozen=True)
class Link:
    text: str
    url: str


def split_links(text: str) -> List[Union[str, Link]]:
    """`text` as plain pieces and the http(s) links between them, in order."""
    pieces: List[Union[str, Link]] = []
    position = 0
    for match in _LINK.finditer(text):
        if match.start() > position:
            pieces.append(text[position : match.start()])
        pieces.append(Link(text=match.group(1), url=match.group(2)))
        position = match.end()
    if position < len(text):
        pieces.append(text[position:])
    return pieces


def plain_text(text: str) -> str:
    """Markdown links as "label (url)", for the terminal."""
    return "".join(piece if isinstance(piece, str) else f"{piece.text} ({piece.url})" for piece in split_links(text))
