"""Curated patient-education facts: loaded from `facts.yml` and validated at start-up.

Content is data: clinicians review `facts.yml` in a diff; this module only loads it and refuses
anything malformed, with a message naming the file and the entry to fix. Sources are a catalogue of
structured entries (`bot.citations.Source`) that facts cite by key, so one work is described once and
every answer can link it. A fact whose text changed since its last clinician review carries a
`review:` marker, so the pending changes can be counted and listed until a clinician signs them off;
`--check` also refuses facts whose last review is older than the review interval.
"""

from __future__ import annotations

import datetime
import functools
import re
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import yaml

from bot.citations import SAFE_URL, Source, Strength, review_line, sources_line, strongest_first

DEFAULT_FACTS_PATH = Path(__file__).with_name("facts.yml")

REQUIRED_FACT_IDS: Tuple[str, ...] = (
    "what_is_mesotherapy",
    "efficacy",
    "ingredients",
    "proven_treatments",
    "minoxidil",
    "finasteride",
    "side_effects",
    "infection_risk",
    "abscess",
    "lumps_after_treatment",
    "scalp_risk",
    "choosing_provider",
    "cellulite_fat",
)

FACT_INTENT_PREFIX = "ask_"

MAX_ANSWER_WORDS = 90
MAX_MORE_WORDS = 200
MAX_TITLE_CHARS = 60
MIN_RELATED = 2
MAX_RELATED = 3
MIN_YEAR, MAX_YEAR = 1900, 2100
SIGN_OFF_PENDING = "pending"

_REQUIRED_FIELDS: Tuple[str, ...] = (
    "id",
    "title",
    "answer",
    "sources",
    "related",
    "last_reviewed",
    "reviewed_by",
    "clinician_sign_off",
)
_OPTIONAL_FIELDS: Tuple[str, ...] = ("more", "review", "ask")
_SOURCE_FIELDS: Tuple[str, ...] = ("label", "title", "year", "url", "strength", "seed")
_SIGN_OFF_FIELDS: Tuple[str, ...] = ("by", "date")
_REVIEW_FIELDS: Tuple[str, ...] = ("status", "changed", "reason")
_SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


class FactsError(ValueError):
    """The facts file cannot be used; the message names the file and, if any, the entry."""


class ReviewStatus(str, Enum):
    """Where a changed text stands. On sign-off the clinician removes the `review:` marker and
    updates `last_reviewed` / `reviewed_by`, so `last_reviewed` always means the last sign-off."""

    PENDING_CLINICIAN = "pending_clinician"


@dataclass(frozen=True)
class Review:
    """A text changed on `changed` and waits for a clinician, for the stated reason."""

    status: ReviewStatus
    changed: datetime.date
    reason: str


@dataclass(frozen=True)
class SignOff:
    """A clinician signed the text off: who (name and role) and when."""

    by: str
    date: datetime.date


@dataclass(frozen=True)
class Fact:
    id: str
    title: str
    answer: str
    more: Optional[str]
    sources: Tuple[Source, ...]  # strongest first
    related: Tuple[str, ...]
    last_reviewed: datetime.date
    reviewed_by: str
    sign_off: Optional[SignOff] = None
    review: Optional[Review] = None
    ask: Optional[str] = None  # the topic as a patient would ask it: the "did you mean" button

    @property
    def pending_clinician_review(self) -> bool:
        return self.review is not None and self.review.status is ReviewStatus.PENDING_CLINICIAN

    @property
    def pending_sign_off(self) -> bool:
        """No clinician has signed this text off yet, or it changed since."""
        return self.sign_off is None or self.pending_clinician_review

    @property
    def source_line(self) -> str:
        """The strongest sources, linked in markdown: "Sources: [NHS: Skin abscess, 2023](https://…) · …"."""
        return sources_line(self.sources)

    @property
    def all_sources_line(self) -> str:
        """Every source, strongest first (behind "Tell me more")."""
        return sources_line(self.sources, limit=None)

    @property
    def review_line(self) -> str:
        """ "Reviewed: November 2026 (content team; clinician sign-off pending)"."""
        return review_line(
            self.last_reviewed,
            self.reviewed_by,
            signed_off=not self.pending_sign_off,
            changed=self.review.changed if self.review else None,
        )


class _SafeLoaderWithoutDates(yaml.SafeLoader):
    """A SafeLoader that keeps dates as text, so a bad date is reported with its entry."""


_SafeLoaderWithoutDates.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FactsError(f"{path.name}: cannot read file: {exc.strerror or exc}") from None
    try:
        return yaml.load(text, Loader=_SafeLoaderWithoutDates)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        detail = " ".join(str(exc).split())
        raise FactsError(f"{path.name}: invalid YAML: {detail}") from None


def _word_count(text: str) -> int:
    return len(text.split())


class _EntryChecker:
    """Validates one raw entry; every error message starts with the file and the entry."""

    def __init__(self, file_name: str, number: int, raw: Any) -> None:
        self.file_name = file_name
        self.number = number
        self.raw = raw
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        if isinstance(raw_id, str) and raw_id.strip():
            self.label = f"entry '{raw_id}' (#{number})"
        else:
            self.label = f"entry #{number}"

    def error(self, problem: str) -> FactsError:
        return FactsError(f"{self.file_name}: {self.label}: {problem}")

    def text(self, field: str, value: Any) -> str:
        if not isinstance(value, str):
            raise self.error(f"field '{field}' must be text, not {type(value).__name__}")
        if not value.strip():
            raise self.error(f"field '{field}' is empty")
        return value.strip()

    def text_list(self, field: str, value: Any) -> Tuple[str, ...]:
        if not isinstance(value, list):
            raise self.error(f"field '{field}' must be a list, not {type(value).__name__}")
        items = tuple(self.text(f"{field}[{index}]", item) for index, item in enumerate(value))
        if not items:
            raise self.error(f"field '{field}' is empty")
        return items

    def date(self, field: str, value: Any) -> datetime.date:
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value.strip())
            except ValueError:
                pass
        raise self.error(f"field '{field}' must be a date YYYY-MM-DD, got {value!r}")

    def review(self, value: Any, last_reviewed: datetime.date) -> Review:
        if not isinstance(value, dict):
            raise self.error(f"field 'review' must be a mapping (status, changed, reason), not {type(value).__name__}")
        unknown = sorted(str(key) for key in value if key not in _REVIEW_FIELDS)
        if unknown:
            raise self.error(f"unknown field 'review.{unknown[0]}'")
        for field in _REVIEW_FIELDS:
            if value.get(field) is None:
                raise self.error(f"missing field 'review.{field}'")
        known = [status.value for status in ReviewStatus]
        if value["status"] not in known:
            raise self.error(f"field 'review.status' is {value['status']!r}, expected one of: {', '.join(known)}")
        changed = self.date("review.changed", value["changed"])
        if changed < last_reviewed:
            raise self.error(
                f"review.changed {changed} is before last_reviewed {last_reviewed}: "
                "a pending change must be newer than the last sign-off"
            )
        return Review(
            status=ReviewStatus(value["status"]),
            changed=changed,
            reason=self.text("review.reason", value["reason"]),
        )

    def sign_off(self, value: Any) -> Optional[SignOff]:
        if value == SIGN_OFF_PENDING:
            return None
        if not isinstance(value, dict):
            raise self.error(f"field 'clinician_sign_off' must be '{SIGN_OFF_PENDING}' or a mapping (by, date), got {value!r}")
        unknown = sorted(str(key) for key in value if key not in _SIGN_OFF_FIELDS)
        if unknown:
            raise self.error(f"unknown field 'clinician_sign_off.{unknown[0]}'")
        for field in _SIGN_OFF_FIELDS:
            if value.get(field) is None:
                raise self.error(f"missing field 'clinician_sign_off.{field}'")
        return SignOff(
            by=self.text("clinician_sign_off.by", value["by"]), date=self.date("clinician_sign_off.date", value["date"])
        )

    def sources(self, value: Any, catalogue: Mapping[str, Source]) -> Tuple[Source, ...]:
        keys = self.text_list("sources", value)
        for key in keys:
            if key not in catalogue:
                raise self.error(f"source '{key}' is not in the sources catalogue")
        if len(set(keys)) != len(keys):
            raise self.error("sources lists the same source twice")
        cited = strongest_first([catalogue[key] for key in keys])
        if not any(source.url for source in cited):
            raise self.error("no source has a url: cite at least one a patient can follow")
        return cited

    def fact(self, catalogue: Mapping[str, Source]) -> Fact:
        raw = self.raw
        if not isinstance(raw, dict):
            raise self.error(f"must be a mapping of fields, not {type(raw).__name__}")
        unknown = sorted(str(key) for key in raw if key not in _REQUIRED_FIELDS + _OPTIONAL_FIELDS)
        if unknown:
            raise self.error(f"unknown field '{unknown[0]}'")
        for field in _REQUIRED_FIELDS:
            if field not in raw or raw[field] is None:
                raise self.error(f"missing field '{field}'")

        fact_id = self.text("id", raw["id"])
        if not _SNAKE_CASE.match(fact_id):
            raise self.error(f"id '{fact_id}' is not snake_case (a-z, 0-9, single underscores)")
        title = self.text("title", raw["title"])
        if len(title) > MAX_TITLE_CHARS:
            raise self.error(f"title is {len(title)} characters, more than {MAX_TITLE_CHARS}")
        answer = self.text("answer", raw["answer"])
        if _word_count(answer) > MAX_ANSWER_WORDS:
            raise self.error(f"answer is {_word_count(answer)} words, more than {MAX_ANSWER_WORDS}")
        more = None if raw.get("more") is None else self.text("more", raw["more"])
        if more is not None and _word_count(more) > MAX_MORE_WORDS:
            raise self.error(f"more is {_word_count(more)} words, more than {MAX_MORE_WORDS}")
        sources = self.sources(raw["sources"], catalogue)
        related = self.text_list("related", raw["related"])
        if not MIN_RELATED <= len(related) <= MAX_RELATED:
            raise self.error(f"related has {len(related)} ids, expected {MIN_RELATED} to {MAX_RELATED}")
        if fact_id in related:
            raise self.error(f"related id '{fact_id}' is the entry itself")
        if len(set(related)) != len(related):
            raise self.error("related lists the same id twice")
        last_reviewed = self.date("last_reviewed", raw["last_reviewed"])
        ask = None if raw.get("ask") is None else self.text("ask", raw["ask"])
        if ask is not None and len(ask) > MAX_TITLE_CHARS:
            raise self.error(f"ask is {len(ask)} characters, more than {MAX_TITLE_CHARS}")
        return Fact(
            id=fact_id,
            title=title,
            answer=answer,
            more=more,
            sources=sources,
            related=related,
            last_reviewed=last_reviewed,
            reviewed_by=self.text("reviewed_by", raw["reviewed_by"]),
            sign_off=self.sign_off(raw["clinician_sign_off"]),
            review=None if "review" not in raw else self.review(raw["review"], last_reviewed),
            ask=ask,
        )


def _source(file_name: str, key: Any, raw: Any) -> Source:
    def error(problem: str) -> FactsError:
        return FactsError(f"{file_name}: source '{key}': {problem}")

    if not isinstance(key, str) or not _SNAKE_CASE.match(key):
        raise error("key is not snake_case (a-z, 0-9, single underscores)")
    if not isinstance(raw, dict):
        raise error(f"must be a mapping of fields, not {type(raw).__name__}")
    unknown = sorted(str(field) for field in raw if field not in _SOURCE_FIELDS)
    if unknown:
        raise error(f"unknown field '{unknown[0]}'")
    texts: Dict[str, str] = {}
    for field in ("label", "title", "strength"):
        value = raw.get(field)
        if not isinstance(value, str) or not value.strip():
            raise error(f"missing or empty field '{field}'")
        texts[field] = value.strip()
    known = [strength.value for strength in Strength]
    if texts["strength"] not in known:
        raise error(f"field 'strength' is {texts['strength']!r}, expected one of: {', '.join(known)}")
    year = raw.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR):
        raise error(f"field 'year' must be a year such as 2019, got {year!r}")
    url = raw.get("url")
    if url is not None and (not isinstance(url, str) or not url.startswith("https://") or not SAFE_URL.match(url)):
        raise error(f"field 'url' must be an https:// address without spaces, quotes, brackets or '|', got {url!r}")
    seed = raw.get("seed", False)
    if not isinstance(seed, bool):
        raise error(f"field 'seed' must be true or false, got {seed!r}")
    return Source(
        key=key, label=texts["label"], title=texts["title"], year=year, url=url, strength=Strength(texts["strength"]), seed=seed
    )


def _catalogue(file_name: str, raw: Any) -> Dict[str, Source]:
    if not isinstance(raw, dict) or not raw:
        raise FactsError(f"{file_name}: 'sources:' must be a non-empty mapping of key: source")
    catalogue = {str(key): _source(file_name, key, value) for key, value in raw.items()}
    seeds = [source.key for source in catalogue.values() if source.seed]
    if len(seeds) > 1:
        raise FactsError(f"{file_name}: only one source may be the seed article, found: {', '.join(seeds)}")
    for source in catalogue.values():
        if source.seed and source.strength is not Strength.WEAK:
            raise FactsError(f"{file_name}: source '{source.key}': the seed article (anonymous, known errors) must be 'weak'")
    return catalogue


def _parse(file_name: str, document: Any) -> Dict[str, Fact]:
    if not isinstance(document, dict) or "facts" not in document:
        raise FactsError(f"{file_name}: expected a top-level key 'facts:' holding a list")
    if "sources" not in document:
        raise FactsError(f"{file_name}: expected a top-level key 'sources:' (the catalogue facts cite by key)")
    catalogue = _catalogue(file_name, document["sources"])
    extra = sorted(str(key) for key in document if key not in ("facts", "sources"))
    if extra:
        raise FactsError(f"{file_name}: unknown top-level key '{extra[0]}'")
    entries = document["facts"]
    if not isinstance(entries, list) or not entries:
        raise FactsError(f"{file_name}: 'facts:' must be a non-empty list")

    facts: Dict[str, Fact] = {}
    checkers: List[_EntryChecker] = []
    for number, raw in enumerate(entries, start=1):
        checker = _EntryChecker(file_name, number, raw)
        fact = checker.fact(catalogue)
        if fact.id in facts:
            raise checker.error(f"duplicate id '{fact.id}'")
        facts[fact.id] = fact
        checkers.append(checker)

    for checker, fact in zip(checkers, facts.values(), strict=True):
        for related_id in fact.related:
            if related_id not in facts:
                raise checker.error(f"related id '{related_id}' is not a fact")

    missing = [fact_id for fact_id in REQUIRED_FACT_IDS if fact_id not in facts]
    if missing:
        raise FactsError(f"{file_name}: missing required fact id(s): {', '.join(missing)}")
    return facts


def load_facts(path: Path = DEFAULT_FACTS_PATH) -> Dict[str, Fact]:
    """Load and validate a facts file; facts keyed by id in file order, or a FactsError."""
    path = Path(path)
    return _parse(path.name, _read_yaml(path))


@functools.lru_cache(maxsize=1)
def default_facts() -> Dict[str, Fact]:
    """The validated default facts, loaded once (treat the returned dict as read-only)."""
    return load_facts(DEFAULT_FACTS_PATH)


def pending_clinician_review(facts: Mapping[str, Fact]) -> List[Fact]:
    """The facts whose text changed since the last clinician sign-off, in file order."""
    return [fact for fact in facts.values() if fact.pending_clinician_review]


def intent_for(fact_id: str) -> str:
    return FACT_INTENT_PREFIX + fact_id


def fact_id_for_intent(intent: str, facts: Optional[Mapping[str, Fact]] = None) -> Optional[str]:
    """The fact id for an "ask_<fact id>" intent, or None if the intent asks for no known fact."""
    if not isinstance(intent, str) or not intent.startswith(FACT_INTENT_PREFIX):
        return None
    fact_id = intent[len(FACT_INTENT_PREFIX) :]
    known = default_facts() if facts is None else facts
    return fact_id if fact_id in known else None


def pending_sign_off(facts: Mapping[str, Fact]) -> List[Fact]:
    """Facts no clinician has signed off, or whose text changed since, in file order."""
    return [fact for fact in facts.values() if fact.pending_sign_off]


def review_problems(facts: Mapping[str, Fact], today: datetime.date, interval_days: int) -> List[str]:
    """One message per fact whose review is overdue, dated in the future, or has no reviewer,
    each naming the fact, so `--check` can say exactly what to review."""
    problems: List[str] = []
    for fact in facts.values():
        age = (today - fact.last_reviewed).days
        if not fact.reviewed_by.strip():
            problems.append(f"fact '{fact.id}': no reviewer (reviewed_by is empty)")
        if age > interval_days:
            problems.append(
                f"fact '{fact.id}': last reviewed {fact.last_reviewed} ({age} days ago), past the review interval "
                f"of {interval_days} days (REVIEW_INTERVAL_DAYS): review the text and update last_reviewed"
            )
        elif age < 0:
            problems.append(f"fact '{fact.id}': last_reviewed {fact.last_reviewed} is in the future")
    return problems


def main(argv: Optional[Sequence[str]] = None, today: Optional[datetime.date] = None) -> int:
    """`python -m bot.facts [--check] [path]`: validate a facts file and report in one line; with
    --check, also fail when a fact is past REVIEW_INTERVAL_DAYS or lacks a reviewer."""
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    args = [arg for arg in args if arg != "--check"]
    if len(args) > 1 or any(arg.startswith("-") for arg in args):
        print("usage: python -m bot.facts [--check] [path/to/facts.yml]", file=sys.stderr)
        return 2
    path = Path(args[0]) if args else DEFAULT_FACTS_PATH
    try:
        facts = load_facts(path)
    except FactsError as exc:
        print(exc, file=sys.stderr)
        return 1
    if check:
        from bot.settings import SettingsError, load_settings

        try:
            interval = load_settings().review_interval_days
        except SettingsError as exc:
            print(exc, file=sys.stderr)
            return 1
        problems = review_problems(facts, today or datetime.date.today(), interval)
        for problem in problems:
            print(f"{path.name}: {problem}", file=sys.stderr)
        if problems:
            print(f"facts review check FAILED: {len(problems)} problem(s)", file=sys.stderr)
            return 1
    print(
        f"facts OK: {len(facts)} entries, {len(pending_clinician_review(facts))} pending clinician review, "
        f"{len(pending_sign_off(facts))} awaiting clinician sign-off" + (", every review within the interval" if check else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
