"""What the bot says for a curated fact: the answer, a one-line source, and related topics as buttons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Mapping, Sequence, Tuple

from bot.facts import Fact, fact_id_for_intent, intent_for


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


def clarify_button(fact: Fact) -> Button:
    """A "did you mean" button: the topic as a patient would ask it (`ask` in facts.yml), else its title."""
    return Button(title=fact.ask or fact.title, payload=f"/{intent_for(fact.id)}")


def answer_reply(fact: Fact, facts: Mapping[str, Fact]) -> FactReply:
    text = f"{fact.answer}\n\n{fact.source_line}"
    buttons = tuple(topic_button(facts[related]) for related in fact.related)
    more = () if not fact.more else (Button(title="Tell me more", payload="/tell_more"),)
    return FactReply(fact_id=fact.id, text=text, buttons=more + buttons)


def two_topic_replies(main: Fact, second: Fact, facts: Mapping[str, Fact], max_related: int = 3) -> Tuple[FactReply, FactReply]:
    """A question about two topics gets both answers, main first, each with its source; the buttons come once,
    under the second: "Tell me more" (about the second, the answer just read) and the related topics of both."""
    first = FactReply(fact_id=main.id, text=f"{main.answer}\n\n{main.source_line}", buttons=())
    related: List[str] = []
    for fact_id in main.related + second.related:
        if fact_id not in (main.id, second.id) and fact_id not in related:
            related.append(fact_id)
    more = () if not second.more else (Button(title="Tell me more", payload="/tell_more"),)
    buttons = more + tuple(topic_button(facts[r]) for r in related[:max_related])
    return first, FactReply(fact_id=second.id, text=f"{second.answer}\n\n{second.source_line}", buttons=buttons)


def more_reply(fact: Fact, facts: Mapping[str, Fact]) -> FactReply:
    """The longer text of a fact; without one, the answer again is no use, so only related topics."""
    buttons = tuple(topic_button(facts[related]) for related in fact.related)
    text = f"{fact.more}\n\n{fact.source_line}" if fact.more else ""
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
