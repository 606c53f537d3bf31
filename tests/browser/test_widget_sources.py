"""Sources and review dates in the widget (issue 15): links in answers open safely, in a new tab that
cannot reach back into the page; the greeting links the privacy notice."""

from __future__ import annotations

from typing import Callable

import pytest
from playwright.sync_api import expect

from bot.facts import default_facts
from bot.settings import PROJECT_ROOT, Settings
from tests.browser.conftest import PageRecorder
from tests.browser.widget import BOT_MESSAGE, GREETING, Chat

pytestmark = [pytest.mark.browser, pytest.mark.integration]

SCREENSHOT = PROJECT_ROOT / "test-artifacts" / "widget-answer-sources.png"


def test_links_in_answers_open_safely_in_a_new_tab(
    open_page: Callable[..., PageRecorder], web_url: str, bot_settings: Settings
) -> None:
    fact = default_facts()["efficacy"]
    recorder = open_page(width=1280, height=900)
    page = recorder.page
    # The sources are on the internet; here every outside page is a local stand-in.
    page.context.route("https://**/*", lambda route: route.fulfill(status=200, content_type="text/html", body="<p>source</p>"))
    chat = Chat(page).goto(web_url).open()
    chat.wait_for_bot(GREETING)

    privacy = page.locator(BOT_MESSAGE, has_text="Privacy:").first.locator("a")
    expect(privacy).to_have_attribute("href", bot_settings.privacy_notice_url)
    expect(privacy).to_have_attribute("target", "_blank")
    assert "noopener" in (privacy.get_attribute("rel") or "")

    chat.send("does mesotherapy regrow hair")
    sources = chat.wait_for_bot("Sources:")
    expect(sources).to_contain_text(f"Reviewed: {fact.last_reviewed:%B %Y}")
    links = sources.locator("a")
    assert links.count() >= 1
    for link in links.all():
        assert (link.get_attribute("href") or "").startswith("https://")
        assert link.get_attribute("target") == "_blank"
        assert {"noopener", "noreferrer"} <= set((link.get_attribute("rel") or "").split())
    assert links.first.get_attribute("href") == fact.sources[0].url

    with page.expect_popup() as popup_info:
        links.first.click()
    popup = popup_info.value
    popup.wait_for_load_state()
    assert popup.url == fact.sources[0].url
    assert popup.evaluate("() => window.opener") is None  # the source page cannot script the chat page
    assert page.url == web_url  # the chat page itself did not navigate away
    popup.close()

    chat.page.locator(BOT_MESSAGE, has_text="Sources:").last.scroll_into_view_if_needed()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert recorder.page_errors == []
