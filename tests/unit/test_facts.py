"""Unit tests for the curated facts file and its loader (no Rasa)."""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List

import pytest
import yaml

from bot.facts import (
    DEFAULT_FACTS_PATH,
    FACT_INTENT_PREFIX,
    REQUIRED_FACT_IDS,
    Fact,
    FactsError,
    Review,
    ReviewStatus,
    default_facts,
    fact_id_for_intent,
    intent_for,
    load_facts,
    pending_clinician_review,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ONE_SOURCE = "sources:\n  a:\n    label: A\n    title: A\n    strength: strong\n"
EXTRA_FACT_IDS = ("normal_after_session", "regulation", "other_options")

_HARMFUL_ACTION = re.compile(
    r"\b(massag\w*|squeez\w*|lanc(?:e|ed|es|ing)|pop(?:s|ped|ping)?|pierc\w*)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(never|do not|don't|not|no)\b", re.IGNORECASE)
_LUMP_WORDS = re.compile(r"\b(lumps?|nodes?|abscess(?:es)?)\b", re.IGNORECASE)
_BRAND_NAMES = ("Propecia", "Proscar", "Rogaine", "Regaine", "HairMax", "Gals Glam")


def _texts(fact: Fact) -> List[str]:
    return [fact.answer] + ([fact.more] if fact.more else [])


def _sentences(text: str) -> List[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


# --- the shipped file -------------------------------------------------------------------------


def test_default_file_loads_in_file_order() -> None:
    facts = load_facts()
    assert facts, "no facts loaded"
    assert all(isinstance(fact, Fact) for fact in facts.values())
    raw_ids = [entry["id"] for entry in yaml.safe_load(DEFAULT_FACTS_PATH.read_text())["facts"]]
    assert list(facts) == raw_ids


def test_default_facts_is_cached_and_matches_the_file() -> None:
    assert default_facts() is default_facts()
    assert default_facts() == load_facts(DEFAULT_FACTS_PATH)


@pytest.mark.parametrize("fact_id", REQUIRED_FACT_IDS + EXTRA_FACT_IDS)
def test_every_required_and_extra_id_is_present(fact_id: str) -> None:
    assert fact_id in default_facts()


def test_required_ids_are_exactly_the_thirteen_agreed_names() -> None:
    assert len(REQUIRED_FACT_IDS) == 13
    assert set(REQUIRED_FACT_IDS) == {
        "what_is_mesotherapy", "efficacy", "ingredients", "proven_treatments", "minoxidil",
        "finasteride", "side_effects", "infection_risk", "abscess", "lumps_after_treatment",
        "scalp_risk", "choosing_provider", "cellulite_fat",
    }  # fmt: skip


@pytest.mark.parametrize("fact", list(default_facts().values()), ids=lambda f: f.id)
def test_answer_is_at_most_90_words_and_more_at_most_200(fact: Fact) -> None:
    assert len(fact.answer.split()) <= 90
    assert fact.more is None or len(fact.more.split()) <= 200


@pytest.mark.parametrize("fact", list(default_facts().values()), ids=lambda f: f.id)
def test_every_fact_has_sources_and_two_or_three_existing_related_ids(fact: Fact) -> None:
    assert len(fact.sources) >= 1
    assert 2 <= len(fact.related) <= 3
    assert fact.id not in fact.related
    assert len(set(fact.related)) == len(fact.related)
    assert all(related in default_facts() for related in fact.related)


@pytest.mark.parametrize("fact", list(default_facts().values()), ids=lambda f: f.id)
def test_no_text_advises_massaging_squeezing_popping_or_lancing(fact: Fact) -> None:
    for text in _texts(fact):
        for sentence in _sentences(text):
            if _HARMFUL_ACTION.search(sentence):
                assert _NEGATION.search(sentence), f"{fact.id}: not negated: {sentence!r}"


@pytest.mark.parametrize("fact", list(default_facts().values()), ids=lambda f: f.id)
def test_any_text_about_lumps_sends_the_reader_to_a_doctor(fact: Fact) -> None:
    for text in _texts(fact):
        if _LUMP_WORDS.search(text):
            assert "doctor" in text.lower(), f"{fact.id}: mentions a lump but not a doctor"


@pytest.mark.parametrize("fact_id", ["abscess", "lumps_after_treatment"])
def test_abscess_answers_say_drained_by_a_doctor(fact_id: str) -> None:
    assert "drained by a doctor" in default_facts()[fact_id].answer


def test_late_lumps_answer_says_to_mention_the_injections() -> None:
    answer = default_facts()["lumps_after_treatment"].answer
    assert "1 to 12 weeks" in answer and "I had injections" in answer


def test_content_follows_the_brief_where_it_corrects_the_article() -> None:
    assert "70 years" in default_facts()["what_is_mesotherapy"].answer
    assert "50 years" not in " ".join(_texts(default_facts()["what_is_mesotherapy"]))
    assert "cleared" in default_facts()["regulation"].answer


@pytest.mark.parametrize("fact", list(default_facts().values()), ids=lambda f: f.id)
def test_no_product_or_clinic_names_in_user_text(fact: Fact) -> None:
    text = " ".join(_texts(fact) + [fact.title])
    assert not [name for name in _BRAND_NAMES if name.lower() in text.lower()]


# --- malformed files --------------------------------------------------------------------------


def _default_document() -> Dict[str, Any]:
    return yaml.safe_load(DEFAULT_FACTS_PATH.read_text(encoding="utf-8"))


def _write(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / "facts.yml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), "utf-8")
    return path


def _drop_sources(doc: Dict[str, Any]) -> None:
    del doc["facts"][1]["sources"]


def _duplicate_efficacy(doc: Dict[str, Any]) -> None:
    doc["facts"][3]["id"] = "efficacy"


def _unknown_related(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["related"] = ["ingredients", "nope"]


def _long_answer(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["answer"] = " ".join(["word"] * 91)


def _bad_date(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["last_reviewed"] = "2026-02-30"


def _number_title(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["title"] = 42


def _empty_reviewer(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["reviewed_by"] = "   "


def _unknown_field(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["author"] = "someone"


def _related_to_itself(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["related"] = ["efficacy", "ingredients"]


def _one_related(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["related"] = ["ingredients"]


def _no_sources(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["sources"] = []


def _unknown_source(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["sources"] = ["marzban_2017", "nobody_2099"]


def _unlinked_sources_only(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["sources"] = ["abdallah_2009", "seed_article"]


def _sign_off_missing(doc: Dict[str, Any]) -> None:
    del doc["facts"][1]["clinician_sign_off"]


def _sign_off_without_date(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["clinician_sign_off"] = {"by": "Dr A, dermatologist"}


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_drop_sources, "entry 'efficacy' (#2): missing field 'sources'"),
        (_duplicate_efficacy, "entry 'efficacy' (#4): duplicate id 'efficacy'"),
        (_unknown_related, "entry 'efficacy' (#2): related id 'nope' is not a fact"),
        (_long_answer, "entry 'efficacy' (#2): answer is 91 words"),
        (_bad_date, "entry 'efficacy' (#2): field 'last_reviewed' must be a date"),
        (_number_title, "entry 'efficacy' (#2): field 'title' must be text"),
        (_empty_reviewer, "entry 'efficacy' (#2): field 'reviewed_by' is empty"),
        (_unknown_field, "entry 'efficacy' (#2): unknown field 'author'"),
        (_related_to_itself, "entry 'efficacy' (#2): related id 'efficacy' is the entry itself"),
        (_one_related, "entry 'efficacy' (#2): related has 1 ids"),
        (_no_sources, "entry 'efficacy' (#2): field 'sources' is empty"),
        (_unknown_source, "entry 'efficacy' (#2): source 'nobody_2099' is not in the sources catalogue"),
        (_unlinked_sources_only, "entry 'efficacy' (#2): no source has a url"),
        (_sign_off_missing, "entry 'efficacy' (#2): missing field 'clinician_sign_off'"),
        (_sign_off_without_date, "entry 'efficacy' (#2): missing field 'clinician_sign_off.date'"),
    ],
    ids=lambda value: getattr(value, "__name__", "")[1:] or None,
)
def test_malformed_entry_fails_naming_file_and_entry(
    tmp_path: Path, mutate: Callable[[Dict[str, Any]], None], expected: str
) -> None:
    document = _default_document()
    mutate(document)
    with pytest.raises(FactsError) as excinfo:
        load_facts(_write(tmp_path, document))
    assert str(excinfo.value).startswith("facts.yml: ")
    assert expected in str(excinfo.value)


def test_bad_date_written_unquoted_is_reported_for_its_entry(tmp_path: Path) -> None:
    text = DEFAULT_FACTS_PATH.read_text(encoding="utf-8")
    path = tmp_path / "facts.yml"
    path.write_text(text.replace("last_reviewed: 2026-11-25", "last_reviewed: 2026-13-45", 1))
    with pytest.raises(FactsError, match=r"facts\.yml: entry 'what_is_mesotherapy' \(#1\): .*date"):
        load_facts(path)


def test_id_that_is_not_snake_case_is_rejected(tmp_path: Path) -> None:
    document = _default_document()
    document["facts"][1]["id"] = "Efficacy-Check"
    with pytest.raises(FactsError, match=r"entry 'Efficacy-Check' \(#2\): .*not snake_case"):
        load_facts(_write(tmp_path, document))


def test_missing_required_id_is_named(tmp_path: Path) -> None:
    document = _default_document()
    document["facts"] = [entry for entry in document["facts"] if entry["id"] != "cellulite_fat"]
    for entry in document["facts"]:
        entry["related"] = [related for related in entry["related"] if related != "cellulite_fat"]
    with pytest.raises(FactsError, match=r"facts\.yml: missing required fact id\(s\): cellulite_fat"):
        load_facts(_write(tmp_path, document))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("facts:\n  - id: efficacy\n    title: [unclosed\n", "facts.yml: invalid YAML"),
        ("facts:\n\tid: tab\n", "facts.yml: invalid YAML"),
        ("- just a list\n", "facts.yml: expected a top-level key 'facts:'"),
        ("facts: []\n", "facts.yml: expected a top-level key 'sources:'"),
        (ONE_SOURCE + "facts: []\n", "facts.yml: 'facts:' must be a non-empty list"),
        (ONE_SOURCE + "facts:\n  - just text\n", "facts.yml: entry #1: must be a mapping"),
    ],
    ids=["unclosed-bracket", "tab-indent", "no-facts-key", "no-sources-key", "empty-list", "entry-not-mapping"],
)
def test_unusable_file_fails_naming_the_file(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "facts.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FactsError) as excinfo:
        load_facts(path)
    assert str(excinfo.value).startswith(expected)


def test_missing_file_fails_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(FactsError, match=r"^absent\.yml: cannot read file"):
        load_facts(tmp_path / "absent.yml")


# --- clinician review markers -----------------------------------------------------------------


def _pending(reason: str = "Wording changed for safety issue #11") -> Dict[str, Any]:
    return {"status": "pending_clinician", "changed": "2026-12-04", "reason": reason}


def _unmarked_document() -> Dict[str, Any]:
    document = _default_document()
    for entry in document["facts"]:
        entry.pop("review", None)
    return document


def test_review_marker_loads_as_a_pending_clinician_review(tmp_path: Path) -> None:
    document = _unmarked_document()
    document["facts"][1]["review"] = _pending("Time frame added")
    facts = load_facts(_write(tmp_path, document))
    assert facts["efficacy"].review == Review(ReviewStatus.PENDING_CLINICIAN, datetime.date(2026, 12, 4), "Time frame added")
    assert facts["efficacy"].last_reviewed == datetime.date(2026, 11, 25)
    assert [fact.id for fact in pending_clinician_review(facts)] == ["efficacy"]


def test_fact_without_a_review_marker_is_not_pending(tmp_path: Path) -> None:
    facts = load_facts(_write(tmp_path, _unmarked_document()))
    assert all(fact.review is None for fact in facts.values())
    assert pending_clinician_review(facts) == []


def test_pending_facts_are_listed_in_file_order(tmp_path: Path) -> None:
    document = _unmarked_document()
    for number in (4, 1, 2):
        document["facts"][number]["review"] = _pending()
    ids = [entry["id"] for entry in document["facts"]]
    facts = load_facts(_write(tmp_path, document))
    assert [fact.id for fact in pending_clinician_review(facts)] == [ids[1], ids[2], ids[4]]


def _review_field(field: str, value: Any) -> Callable[[Dict[str, Any]], None]:
    def mutate(doc: Dict[str, Any]) -> None:
        doc["facts"][1]["review"] = {**_pending(), field: value}

    return mutate


def _review_without(field: str) -> Callable[[Dict[str, Any]], None]:
    def mutate(doc: Dict[str, Any]) -> None:
        doc["facts"][1]["review"] = {k: v for k, v in _pending().items() if k != field}

    return mutate


def _review_as_text(doc: Dict[str, Any]) -> None:
    doc["facts"][1]["review"] = "pending_clinician"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_review_field("status", "approved"), "field 'review.status' is 'approved', expected one of: pending_clinician"),
        (_review_field("status", "Pending_Clinician"), "field 'review.status' is 'Pending_Clinician'"),
        (_review_field("changed", "2026-12-45"), "field 'review.changed' must be a date"),
        (_review_field("changed", "2026-11-01"), "review.changed 2026-11-01 is before last_reviewed 2026-11-25"),
        (_review_field("reason", "  "), "field 'review.reason' is empty"),
        (_review_field("by", "someone"), "unknown field 'review.by'"),
        (_review_without("status"), "missing field 'review.status'"),
        (_review_without("reason"), "missing field 'review.reason'"),
        (_review_as_text, "field 'review' must be a mapping"),
    ],
    ids=[
        "unknown-status",
        "status-case",
        "bad-date",
        "before-last-review",
        "empty-reason",
        "unknown-key",
        "no-status",
        "no-reason",
        "not-a-mapping",
    ],
)
def test_malformed_review_marker_fails_naming_the_fact(
    tmp_path: Path, mutate: Callable[[Dict[str, Any]], None], expected: str
) -> None:
    document = _unmarked_document()
    mutate(document)
    with pytest.raises(FactsError) as excinfo:
        load_facts(_write(tmp_path, document))
    assert str(excinfo.value).startswith("facts.yml: entry 'efficacy' (#2): ")
    assert expected in str(excinfo.value)


def test_every_shipped_review_marker_is_newer_than_its_last_review() -> None:
    for fact in pending_clinician_review(default_facts()):
        assert fact.review is not None and fact.review.changed >= fact.last_reviewed, fact.id


def test_valid_copy_loads_with_dates_as_dates(tmp_path: Path) -> None:
    facts = load_facts(_write(tmp_path, _default_document()))
    assert facts["efficacy"].last_reviewed == datetime.date(2026, 11, 25)
    assert facts == default_facts()


# --- intents ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fact_id", list(default_facts()))
def test_intent_and_fact_id_round_trip(fact_id: str) -> None:
    intent = intent_for(fact_id)
    assert intent == FACT_INTENT_PREFIX + fact_id
    assert fact_id_for_intent(intent) == fact_id


@pytest.mark.parametrize("intent", ["ask_nope", "efficacy", "greet", "ask_", "", "ASK_efficacy"])
def test_intent_for_no_known_fact_gives_none(intent: str) -> None:
    assert fact_id_for_intent(intent) is None


# --- command line -----------------------------------------------------------------------------


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.facts", *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_reports_ok_and_the_pending_review_count_for_the_default_file() -> None:
    result = _run_cli()
    assert result.returncode == 0, result.stderr
    marked = sum("review" in entry for entry in _default_document()["facts"])
    unsigned = sum(entry["clinician_sign_off"] == "pending" or "review" in entry for entry in _default_document()["facts"])
    assert result.stdout.strip() == (
        f"facts OK: {len(default_facts())} entries, {marked} pending clinician review, {unsigned} awaiting clinician sign-off"
    )


def test_cli_counts_exactly_the_facts_marked_for_review(tmp_path: Path) -> None:
    document = _unmarked_document()
    document["facts"][0]["review"] = _pending()
    document["facts"][2]["review"] = _pending()
    result = _run_cli(str(_write(tmp_path, document)))
    assert result.returncode == 0, result.stderr
    assert ", 2 pending clinician review," in result.stdout.strip()


def test_cli_on_unknown_review_status_names_the_fact_and_exits_1(tmp_path: Path) -> None:
    document = _unmarked_document()
    document["facts"][1]["review"] = {**_pending(), "status": "done"}
    result = _run_cli(str(_write(tmp_path, document)))
    assert result.returncode == 1
    assert "facts.yml: entry 'efficacy' (#2): field 'review.status' is 'done'" in result.stderr


def test_cli_on_bad_file_prints_named_error_and_exits_1_without_traceback(tmp_path: Path) -> None:
    document = _default_document()
    _unknown_related(document)
    result = _run_cli(str(_write(tmp_path, document)))
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "facts.yml: entry 'efficacy' (#2): related id 'nope' is not a fact" in output
    assert "Traceback" not in output


def test_cli_on_invalid_yaml_exits_1_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "facts.yml"
    path.write_text("facts: [unclosed\n", encoding="utf-8")
    result = _run_cli(str(path))
    assert result.returncode == 1
    assert "facts.yml: invalid YAML" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
