"""The curator's HTML report renders in Chromium: a chart of answers and helpfulness per fact, the
tables, nothing loaded from elsewhere. The screenshot is written to test-artifacts/report.png (a reviewed
copy is in docs/screenshots/)."""

from __future__ import annotations

from pathlib import Path
from typing import List

import pytest
from playwright.sync_api import Browser, expect

from bot.facts import default_facts
from bot.report_html import BAR_AREA
from bot.settings import PROJECT_ROOT
from tests.unit.test_report import curator_db, run_report

pytestmark = pytest.mark.browser
SCREENSHOT = PROJECT_ROOT / "test-artifacts" / "report.png"


def test_the_html_report_renders_in_chromium(browser: Browser, tmp_path: Path) -> None:
    db, page_path = tmp_path / "bot.db", tmp_path / "report.html"
    curator_db(db)
    result = run_report("--db", str(db), "--html", str(page_path))
    assert result.returncode == 0, result.stderr

    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    requested: List[str] = []
    errors: List[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_path.as_uri())
    page.wait_for_load_state("load")

    expect(page.get_by_role("heading", name="Curator's report")).to_be_visible()
    chart = page.locator("svg[role='img']")
    expect(chart).to_be_visible()
    facts = default_facts()
    efficacy = facts["efficacy"].title
    # One answers bar per fact; the efficacy bar is the longest (4 answers), its helpful bar 3 of 4.
    assert chart.locator("rect[fill='#2f5d8a']").count() == len(facts)
    answers_bar = chart.locator("rect[fill='#2f5d8a']", has=page.locator("title", has_text=f"{efficacy}: 4 answers"))
    helpful_bar = chart.locator(
        "rect[fill='#2e7d32']", has=page.locator("title", has_text=f"{efficacy}: 3 of 4 found it helpful")
    )
    assert answers_bar.get_attribute("width") == str(BAR_AREA)
    assert helpful_bar.get_attribute("width") == str(round(BAR_AREA * 0.75))
    box = answers_bar.bounding_box()
    assert box is not None and box["width"] > 100  # drawn, not just present
    expect(page.get_by_role("cell", name="nothing about the <b>price</b>")).to_be_visible()
    handoffs = page.locator("h2", has_text="Handoffs to a person").locator("xpath=following-sibling::*[1]")
    expect(handoffs).to_have_text("None recorded.")  # no live handoff in this database
    assert requested == [page_path.as_uri()]  # self-contained
    assert errors == []

    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    context.close()
    assert SCREENSHOT.stat().st_size > 10_000
