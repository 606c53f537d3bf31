"""Review dates: `python -m bot.facts --check` (run by `make validate`) fails for a fact past
REVIEW_INTERVAL_DAYS or without a reviewer, naming it; the report lists facts pending sign-off."""

from __future__ import annotations

import datetime
import io
from pathlib import Path
from typing import Any, Dict

import pytest
import yaml

from bot.facts import DEFAULT_FACTS_PATH, main, pending_sign_off, review_problems
from bot.report import print_pending_sign_off

TODAY = datetime.date(2026, 12, 4)


def _document() -> Dict[str, Any]:
    return yaml.safe_load(DEFAULT_FACTS_PATH.read_text(encoding="utf-8"))


def _write(tmp_path: Path, document: Dict[str, Any]) -> Path:
    path = tmp_path / "facts.yml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), "utf-8")
    return path


def test_the_shipped_facts_pass_the_review_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check"], today=TODAY) == 0
    assert "every review within the interval" in capsys.readouterr().out


def test_a_stale_fact_fails_the_check_with_its_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = _document()
    document["facts"][2]["last_reviewed"] = "2025-11-01"  # ingredients: 398 days before TODAY
    assert main(["--check", str(_write(tmp_path, document))], today=TODAY) == 1
    err = capsys.readouterr().err
    assert "fact 'ingredients': last reviewed 2025-11-01 (398 days ago), past the review interval of 365 days" in err
    assert "'efficacy'" not in err


def test_the_interval_comes_from_review_interval_days(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEW_INTERVAL_DAYS", "5")
    assert main(["--check"], today=TODAY) == 1
    monkeypatch.setenv("REVIEW_INTERVAL_DAYS", "30")
    assert main(["--check"], today=TODAY) == 0


def test_an_unreviewed_fact_fails_the_check_with_its_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = _document()
    del document["facts"][1]["reviewed_by"]
    assert main(["--check", str(_write(tmp_path, document))], today=TODAY) == 1
    assert "entry 'efficacy' (#2): missing field 'reviewed_by'" in capsys.readouterr().err


def test_review_problems_name_only_the_stale_and_future_facts() -> None:
    from bot.facts import load_facts

    facts = load_facts()
    assert review_problems(facts, TODAY, 365) == []
    later = TODAY + datetime.timedelta(days=400)
    assert len(review_problems(facts, later, 365)) == len(facts)
    earlier = datetime.date(2026, 11, 1)
    problems = review_problems(facts, earlier, 365)
    assert problems and all("is in the future" in p for p in problems)


def test_a_clinician_sign_off_takes_a_fact_off_the_pending_list(tmp_path: Path) -> None:
    from bot.facts import load_facts

    document = _document()
    entry = document["facts"][0]  # what_is_mesotherapy: no changed-text marker
    assert "review" not in entry
    entry["clinician_sign_off"] = {"by": "Dr A. Example, dermatologist", "date": "2026-12-01"}
    facts = load_facts(_write(tmp_path, document))
    pending = [fact.id for fact in pending_sign_off(facts)]
    assert "what_is_mesotherapy" not in pending and "efficacy" in pending
    assert facts["what_is_mesotherapy"].review_line.endswith("signed off by a clinician)")


def test_the_report_lists_the_facts_pending_sign_off(tmp_path: Path) -> None:
    from bot.facts import load_facts

    document = _document()
    document["facts"][0]["clinician_sign_off"] = {"by": "Dr A. Example, dermatologist", "date": "2026-12-01"}
    out = io.StringIO()
    print_pending_sign_off(load_facts(_write(tmp_path, document)), out)
    text = out.getvalue()
    assert text.startswith("Facts pending clinician sign-off (18 of 19):")
    assert "what_is_mesotherapy" not in text
    assert "efficacy" in text and "minoxidil" in text and "changed 2026-12-04" in text
