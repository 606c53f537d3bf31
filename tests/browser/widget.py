"""Driving the rasa-webchat widget on the demo page, for the browser tests."""

from __future__ import annotations

import json
from typing import Any, List, Optional

from playwright.sync_api import Locator, Page

LAUNCHER = ".rw-launcher"
CONVERSATION = ".rw-conversation-container"
MESSAGES = ".rw-messages-container"
INPUT = ".rw-new-message"
BOT_MESSAGE = ".rw-from-response .rw-response"
USER_MESSAGE = ".rw-from-client .rw-client"
TYPING = ".mesobot-typing, .rw-typing-indication"

GREETING = "Hi! I answer questions about mesotherapy"
DISCLAIMER = "Please note: I give general education, not a diagnosis"


class Chat:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.recorder: Optional[Any] = None  # a conftest.PageRecorder, when the test keeps one

    def goto(self, url: str) -> Chat:
        self.page.goto(url)
        # The widget mounts on window load and connects; its DOM appears once the socket is confirmed.
        self.page.wait_for_selector(f"{LAUNCHER}, {CONVERSATION}", state="attached")
        self.page.wait_for_function("() => !!window.localStorage.getItem('chat_session')")
        return self

    def open(self) -> Chat:
        if not self.page.locator(CONVERSATION).is_visible():
            self.page.locator(LAUNCHER).click()
        self.page.locator(INPUT).wait_for()
        return self

    def send(self, text: str) -> None:
        self.page.locator(INPUT).fill(text)
        self.page.locator(INPUT).press("Enter")

    def bot_message(self, text: str) -> Locator:
        return self.page.locator(BOT_MESSAGE, has_text=text).last

    def wait_for_bot(self, text: str, timeout_ms: float = 20_000) -> Locator:
        message = self.bot_message(text)
        message.wait_for(timeout=timeout_ms)
        return message

    def last_message(self) -> Locator:
        return self.page.locator(f"{MESSAGES} .rw-message").last

    def quick_replies(self) -> Locator:
        """The buttons under the latest bot message (rasa-webchat shows only those)."""
        return self.last_message().locator(".rw-reply")

    def wait_for_quick_reply(self, title: str, timeout_ms: float = 20_000) -> Locator:
        button = self.quick_replies().filter(has_text=title).first
        button.wait_for(timeout=timeout_ms)
        return button

    def quick_reply_titles(self) -> List[str]:
        return [t.strip() for t in self.quick_replies().all_inner_texts()]

    def stored_session(self) -> Optional[dict]:
        raw = self.page.evaluate("() => window.localStorage.getItem('chat_session')")
        return json.loads(raw) if raw else None

    def session_id(self) -> str:
        self.page.wait_for_function(
            "() => { const s = JSON.parse(window.localStorage.getItem('chat_session') || 'null'); return !!(s && s.session_id); }"
        )
        stored = self.stored_session()
        assert stored is not None
        return stored["session_id"]

    def user_texts(self) -> List[str]:
        return [t.strip() for t in self.page.locator(USER_MESSAGE).all_inner_texts()]

    def bot_texts(self) -> List[str]:
        return [t.strip() for t in self.page.locator(BOT_MESSAGE).all_inner_texts()]
