"""Citations a patient can follow: every fact answer names linked sources, strongest first, and a
review date; the links survive each channel's format (widget markdown, Slack mrkdwn, shell text)."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import List

import pytest

from bot.citations import Link, Source, Strength, plain_text, review_line, sources_line, split_links, strongest_first
from bot.fact_replies import answer_reply, more_reply
from bot.facts import DEFAULT_FACTS_PATH, Fact, _read_yaml, default_facts, load_facts
from bot.response_variables import SAFETY_ADVICE_FACTS

FACTS = default_facts()
TOPIC_FACTS = [fact for fact in FACTS.values() if fact.id not in SAFETY_ADVICE_FACTS]
MARKDOWN_LINK = re.compile(r"\[[^\]]+\]\((https://[^)\s]+)\)")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
REVIEWED = re.compile(rf"^Reviewed: ({MONTHS}) \d{{4}}\b", re.M)


def _source(key: str, strength: Strength, url: str | None = "https://example.org/x", seed: bool = False) -> Source:
    return Source(key=key, label=key.upper(), title=key, year=2020, url=url, strength=strength, seed=seed)


@pytest.mark.parametrize("fact", TOPIC_FACTS, ids=lambda f: f.id)
def test_every_fact_answer_carries_a_linked_source_and_a_review_date(fact: Fact) -> None:
    text = answer_reply(fact, FACTS).text
    assert text.startswith(fact.answer)
    footer = text[len(fact.answer) :]
    assert MARKDOWN_LINK.search(footer), f"{fact.id}: no linked source in {footer!r}"
    assert REVIEWED.search(footer), f"{fact.id}: no 'Reviewed: <Month YYYY>' line in {footer!r}"
    assert f"Reviewed: {fact.last_reviewed:%B %Y}" in footer


@pytest.mark.parametrize("fact", list(FACTS.values()), ids=lambda f: f.id)
def test_tell_more_lists_every_source_of_the_fact_with_its_link(fact: Fact) -> None:
    text = more_reply(fact, FACTS).text
    for source in fact.sources:
        assert source.markdown() in text, f"{fact.id}: {source.key} missing behind Tell me more"
    assert REVIEWED.search(text)


@pytest.mark.parametrize("fact", list(FACTS.values()), ids=lambda f: f.id)
def test_source_order_puts_the_strongest_first(fact: Fact) -> None:
    ranks = [source.strength.rank for source in fact.sources]
    assert ranks == sorted(ranks), f"{fact.id}: {[s.key for s in fact.sources]}"
    shown = re.findall(r"\[([^\]]+)\]|(?:· |Sources: )([^·\[\n]+?)(?= ·|$)", fact.all_sources_line)
    assert len(shown) == len(fact.sources)


@pytest.mark.parametrize("fact", list(FACTS.values()), ids=lambda f: f.id)
def test_the_seed_article_is_named_by_its_title_and_never_above_a_stronger_source(fact: Fact) -> None:
    seeds = [index for index, source in enumerate(fact.sources) if source.seed]
    for index in seeds:
        assert all(other.strength.rank <= fact.sources[index].strength.rank for other in fact.sources[:index])
        assert "Is Mesotherapy Effective in Treating Hair Loss?" in fact.sources[index].label
    assert "Source article" not in fact.all_sources_line


def test_strongest_first_sorts_by_strength_then_link_then_file_order_with_the_seed_last() -> None:
    weak_seed = _source("seed", Strength.WEAK, url=None, seed=True)
    weak = _source("weak", Strength.WEAK, url=None)
    moderate_unlinked = _source("moderate_unlinked", Strength.MODERATE, url=None)
    moderate = _source("moderate", Strength.MODERATE)
    strong = _source("strong", Strength.STRONG)
    ordered = strongest_first([weak_seed, weak, moderate_unlinked, moderate, strong])
    assert [s.key for s in ordered] == ["strong", "moderate", "moderate_unlinked", "weak", "seed"]


def test_sources_line_links_the_first_three_and_points_to_the_rest() -> None:
    sources = [_source(f"s{i}", Strength.MODERATE) for i in range(5)]
    line = sources_line(sources)
    assert line.startswith("Sources: [S0, 2020](https://example.org/x) · [S1, 2020]")
    assert "[S3" not in line and line.endswith("2 more under “Tell me more”")
    assert "[S4, 2020]" in sources_line(sources, limit=None)


def test_a_source_without_a_url_is_plain_text_and_never_a_link() -> None:
    source = Source(key="a", label="Label [x]", title="t", year=None, url=None, strength=Strength.WEAK)
    assert source.markdown() == "Label (x), undated"
    assert split_links(source.markdown()) == ["Label (x), undated"]


def test_review_line_shows_month_year_role_and_sign_off_state() -> None:
    line = review_line(
        datetime.date(2026, 11, 25), "Patient-education content team", signed_off=False, changed=datetime.date(2026, 12, 4)
    )
    assert line == "Reviewed: November 2026 (patient-education content team; updated December 2026; clinician sign-off pending)"
    signed = review_line(datetime.date(2027, 1, 3), "Dermatologist", signed_off=True)
    assert signed == "Reviewed: January 2027 (dermatologist; signed off by a clinician)"


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("see [NHS](https://www.nhs.uk/a/) now", ["see ", Link("NHS", "https://www.nhs.uk/a/"), " now"]),
        ("[x](javascript:alert(1))", ["[x](javascript:alert(1))"]),
        ("[x](https://a.b/<script>)", ["[x](https://a.b/<script>)"]),
        ("[x](https://a.b/c|d)", ["[x](https://a.b/c|d)"]),
    ],
    ids=["http-link", "javascript-stays-text", "angle-brackets-stay-text", "pipe-stays-text"],
)
def test_split_links_accepts_only_plain_http_links(text: str, pieces: List[object]) -> None:
    assert split_links(text) == pieces


def test_plain_text_prints_label_and_url_for_the_shell() -> None:
    text = answer_reply(FACTS["abscess"], FACTS).text
    plain = plain_text(text)
    assert "](" not in plain
    assert "NHS: Skin abscess, 2023 (https://www.nhs.uk/conditions/skin-abscess/)" in plain


def test_the_loader_puts_the_strongest_first_whatever_order_the_file_lists(tmp_path: Path) -> None:
    """The checks above read facts.yml as written; this one reverses a fact's list (seed article first)
    and shows that the answer still names the strongest source first and the seed article last."""
    document = _read_yaml(DEFAULT_FACTS_PATH)
    [efficacy] = [f for f in document["facts"] if f["id"] == "efficacy"]
    efficacy["sources"] = list(reversed(efficacy["sources"]))
    assert efficacy["sources"][0] == "seed_article"  # the weakest listed first
    path = tmp_path / "facts.yml"
    path.write_text(json.dumps(document), encoding="utf-8")  # JSON is YAML
    fact = load_facts(path)["efficacy"]
    ranks = [source.strength.rank for source in fact.sources]
    assert ranks == sorted(ranks) and ranks[0] < ranks[-1]
    assert fact.sources[-1].seed
    assert fact.source_line.startswith(f"Sources: {fact.sources[0].markdown()}")
