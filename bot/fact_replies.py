"""What the bot says for a curated fact: the answer, its strongest sources (linked) and review date,
and related topics as buttons. "Tell me more" gives the longer text with every source; for the
safety advice, whose instruction carries no source line, it gives the sources alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Mapping, Sequence, Tuple

from bot.facts import Fact, fact_id_for_intent, intent_for

TELL_MORE = "Tell me more"
SAFETY_ADVICE_SOURCES_INTRO = "Where this safety advice comes from:"


@dataclass(frozen=True)
class Button:
    title: str
    payload: str

    def as_dict(self) -> Dict[str, str]:
        return {"title": self.title, "payload": self.payload}


@dataclass(frozen=True)
class FactReply:
    fact_id: str
    text: str
    buttons: Tuple[Button, ...]


def topic_button(fact: Fact) -> Button:
    """A button that asks for a fact directly (the payload bypasses NLU)."""
    return Button(title=fact.title, payload=f"/{intent_for(fact.id)}")


def tell_more_button() -> Button:
    return Button(title=TELL_MORE, payload="/tell_more")


def citation_footer(fact: Fact, every_source: bool = False) -> str:
    """The sources line and the review line, one per line (one message on every channel)."""
    sources = fact.all_sources_line if every_source else fact.source_line
    return f"{sources}  \n{fact.review_line}"


def clarify_button(fact: Fact) -> Button:
    """A "did you mean" button: the topic as a patient would ask it (`ask` in facts.yml), else its title."""
    return Button(title=fact.ask or fact.title, payload=f"/{intent_for(fact.id)}")


def answer_reply(fact: Fact, facts: Mapping[str, Fact]) -> FactReply:
    text = f"{fact.answer}\n\n{citation_footer(fact)}"
    buttons = tuple(topic_button(facts[related]) for related in fact.related)
    more = () if not fact.more else (tell_more_button(),)
    return FactReply(fact_id=fact.id, text=text, buttons=more + buttons)


def two_topic_replies(main: Fact, second: Fact, facts: Mapping[str, Fact], max_related: int = 3) -> Tuple[FactReply, FactReply]:
    """A question about two topics gets both answers, main first, each with its source; the buttons come once,
    under the second: "Tell me more" (about the second, the answer just read) and the related topics of both."""
    first = FactReply(fact_id=main.id, text=f"{main.answer}\n\n{citation_footer(main)}", buttons=())
    related: List[str] = []
    for fact_id in main.related + second.related:
        if fact_id not in (main.id, second.id) and fact_id not in related:
            related.append(fact_id)
    more = () if not second.more else (tell_more_button(),)
    buttons = more + tuple(topic_button(facts[r]) for r in related[:max_related])
    return first, FactReply(fact_id=second.id, text=f"{second.answer}\n\n{citation_footer(second)}", buttons=buttons)


def more_reply(fact: Fact, facts: Mapping[str, Fact]) -> FactReply:
    """The longer text of a fact with every source; without a longer text (the safety advice), the
    sources and review date alone, since the instruction itself carries none."""
    buttons = tuple(topic_button(facts[related]) for related in fact.related)
    if fact.more:
        text = f"{fact.more}\n\n{citation_footer(fact, every_source=True)}"
    else:
        text = f"{SAFETY_ADVICE_SOURCES_INTRO}\n{citation_footer(fact, every_source=True)}"
    return FactReply(fact_id=fact.id, text=text, buttons=buttons)


def closest_topics(intent_ranking: Sequence[Mapping[str, object]], facts: Mapping[str, Fact], limit: int = 3) -> List[Fact]:
    """The facts behind the best-ranked intents, for "did you mean" buttons."""
    found: List[Fact] = []
    for entry in intent_ranking:
        fact_id = fact_id_for_intent(str(entry.get("name", "")))
        if fact_id and fact_id in facts and facts[fact_id] not in found:
            found.append(facts[fact_id])
        if len(found) == limit:
            break
    return found
