"""Browser tests of the website widget: Playwright driving Debian's chromium against the real bot.

The bot (action server, Rasa server, web page) is the integration tests' session fixture `bot_stack`.
No browser is downloaded: chromium comes from the system (`make browser`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator, List

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from bot.settings import PROJECT_ROOT, Settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"


# Module scope: Playwright's sync API keeps an event loop running while it is open; it is closed
# before the next test module, so later tests can use asyncio freely.
@pytest.fixture(scope="module")
def playwright_instance() -> Iterator[Playwright]:
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="module")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (installs Debian's chromium)")
    browser = playwright_instance.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def web_url(bot_stack: object, bot_settings: Settings) -> str:
    return f"http://{bot_settings.host}:{bot_settings.web_port}/"


class PageRecorder:
    """A page with the dialogs and console lines it produced."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.dialogs: List[str] = []
        self.console: List[str] = []
        self.page_errors: List[str] = []
        page.on("dialog", self._on_dialog)
        page.on("console", lambda message: self.console.append(message.text))
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))

    def _on_dialog(self, dialog) -> None:  # type: ignore[no-untyped-def]
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def open_page(browser: Browser) -> Iterator[Callable[..., PageRecorder]]:
    """open_page(width=1280, height=800): a page in a fresh browser context (empty storage)."""
    contexts: List[BrowserContext] = []

    def _open(width: int = 1280, height: int = 800, **context_options: object) -> PageRecorder:
        context = browser.new_context(viewport={"width": width, "height": height}, **context_options)
        context.set_default_timeout(20_000)
        contexts.append(context)
        return PageRecorder(context.new_page())

    yield _open
    for context in contexts:
        context.close()
