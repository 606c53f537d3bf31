"""Slack output: one Slack message per bot response, Block Kit buttons with the options also in the
text, links as Slack links and everything else escaped; posted through `ClinicSlackBot`, whose
web-API client uses the configured base URL (SLACK_API_BASE_URL, a stand-in in the tests)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, Iterable, List, Mapping, Optional

import aiohttp
from rasa.core.channels.slack import SlackBot
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncConnectionErrorRetryHandler, AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.citations import split_links

logger = logging.getLogger(__name__)

DEFAULT_API_BASE_URL = "https://slack.com/api/"
# Block Kit limits (https://docs.slack.dev/reference/block-kit): section text 3000 characters,
# button text 75, button value 2000, 25 elements per actions block, 50 blocks per message.
SECTION_MAX_CHARS = 3000
BUTTON_TEXT_MAX_CHARS = 75
BUTTON_VALUE_MAX_CHARS = 2000
BUTTONS_PER_ACTIONS_BLOCK = 5  # Slack allows 25; rows of 5 stay readable
MAX_BLOCKS = 50
TEXT_MAX_CHARS = 39_000  # chat.postMessage truncates text after 40,000 characters


# --------------------------------------------------------------------------------------------
# Output: one Slack message per bot response, Block Kit buttons
# --------------------------------------------------------------------------------------------
def slack_escape(text: str) -> str:
    """Escape the three characters Slack's message formatting reserves."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_mrkdwn(text: str) -> str:
    """The bot's text as Slack mrkdwn: its markdown http(s) links become ``<url|label>`` links, and
    everything else is escaped, so no text can form a link, mention or command of its own."""
    parts = []
    for piece in split_links(text):
        if isinstance(piece, str):
            parts.append(slack_escape(piece))
        else:
            parts.append(f"<{piece.url.replace('&', '&amp;')}|{slack_escape(piece.text).replace('|', '/')}>")
    return "".join(parts)


def slack_unescape(text: str) -> str:
    """Slack sends a person's ``&``, ``<`` and ``>`` escaped; NLU should read what they typed."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _chunks(text: str, limit: int) -> List[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at paragraph or line breaks when possible."""
    pieces: List[str] = []
    while len(text) > limit:
        cut = max(text.rfind("\n\n", 0, limit), text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        if cut <= 0:
            cut = limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def _button_title(title: str) -> str:
    title = " ".join(str(title).split()) or "…"
    return title if len(title) <= BUTTON_TEXT_MAX_CHARS else title[: BUTTON_TEXT_MAX_CHARS - 1] + "…"


def usable_buttons(buttons: Iterable[Mapping[str, Any]]) -> List[Dict[str, str]]:
    """Buttons that fit in a Slack message: with a payload of at most 2000 characters."""
    usable = []
    for button in buttons or []:
        payload = button.get("payload")
        if not payload or len(str(payload)) > BUTTON_VALUE_MAX_CHARS:
            logger.warning("button %r has no payload or one too long for Slack: not shown", button.get("title"))
            continue
        usable.append({"title": str(button.get("title") or payload), "payload": str(payload)})
    return usable


def button_message(text: Optional[str], buttons: Iterable[Mapping[str, Any]]) -> Dict[str, Any]:
    """chat.postMessage arguments for a text with buttons: Block Kit sections and buttons, plus a
    plain ``text`` that carries the answer and names the options (shown in notifications, screen
    readers and any client that cannot show blocks; the person can type an option instead)."""
    usable = usable_buttons(buttons)
    body = (text or "").strip()
    blocks: List[Dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": slack_mrkdwn(chunk)}}
        for chunk in _chunks(body, SECTION_MAX_CHARS - 200)  # room for escaping
    ]
    rows = [usable[i : i + BUTTONS_PER_ACTIONS_BLOCK] for i in range(0, len(usable), BUTTONS_PER_ACTIONS_BLOCK)]
    for row_number, row in enumerate(rows):
        if len(blocks) >= MAX_BLOCKS:
            break
        blocks.append(
            {
                "type": "actions",
                "block_id": f"rasa_buttons_{row_number}",
                "elements": [
                    {
                        "type": "button",
                        "action_id": f"rasa_button_{row_number * BUTTONS_PER_ACTIONS_BLOCK + i}",
                        "text": {"type": "plain_text", "text": _button_title(b["title"]), "emoji": True},
                        "value": b["payload"],
                    }
                    for i, b in enumerate(row)
                ],
            }
        )
    options = "\n".join(f"• {' '.join(b['title'].split())}" for b in usable)
    fallback = "\n\n".join(part for part in (body, f"You can reply:\n{options}" if options else "") if part)
    return {"text": slack_mrkdwn(fallback)[:TEXT_MAX_CHARS], "blocks": blocks[:MAX_BLOCKS]}


class ClinicSlackBot(SlackBot):
    """Rasa's Slack output channel, posting to the configured web-API base URL.

    One chat.postMessage per bot response (Rasa splits a text at blank lines into several
    messages); replies go to ``thread_id`` when set; Slack errors are logged, never raised.
    """

    def __init__(
        self,
        token: str,
        slack_channel: Optional[str] = None,
        thread_id: Optional[str] = None,
        proxy: Optional[str] = None,
        api_base_url: str = DEFAULT_API_BASE_URL,
    ) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        self.client = AsyncWebClient(
            token=token,
            base_url=api_base_url or DEFAULT_API_BASE_URL,
            proxy=proxy,
            timeout=15,
            retry_handlers=[
                AsyncConnectionErrorRetryHandler(max_retry_count=1),
                AsyncRateLimitErrorRetryHandler(max_retry_count=2),
            ],
        )

    async def _post_message(self, channel: str, **kwargs: Any) -> None:
        kwargs.pop("as_user", None)  # legacy ("classic apps" only); a bot token posts as the bot anyway
        kwargs.pop("type", None)  # Rasa passes type="mrkdwn", which is no chat.postMessage argument
        if self.thread_id:
            kwargs["thread_ts"] = self.thread_id
        try:
            await self.client.chat_postMessage(channel=channel, **kwargs)
        except SlackApiError as error:
            logger.error("Slack chat.postMessage to %s failed: %s", channel, error.response.get("error", "unknown error"))
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
            logger.error("Slack chat.postMessage to %s failed: %s", channel, type(error).__name__)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        recipient = self.slack_channel or recipient_id
        for chunk in _chunks(text.strip(), TEXT_MAX_CHARS - 1000):
            await self._post_message(channel=recipient, text=slack_mrkdwn(chunk), mrkdwn=True)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: List[Dict[str, Any]], **kwargs: Any) -> None:
        recipient = self.slack_channel or recipient_id
        if not usable_buttons(buttons):
            if text:
                await self.send_text_message(recipient, text)
            return
        await self._post_message(channel=recipient, **button_message(text, buttons))
