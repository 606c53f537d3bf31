"""Slack: Rasa's own Slack channel, made to give exactly one answer per Slack message.

`DeduplicatingSlackInput` subclasses Rasa's `SlackInput` and keeps its request-signature check
(`is_request_from_slack_authentic`: HMAC-SHA256 with the signing secret, timestamp within 5
minutes; anything else gets 400). On top of Rasa it:

* answers a request carrying ``X-Slack-Retry-Num`` (whatever ``X-Slack-Retry-Reason`` says) only
  when its event was never received before: a retry of an event already handled is dropped by
  the de-duplication below (Rasa 3.6 answers retries whose reason is ``http_error`` again), while
  one whose first delivery never arrived (bot or tunnel down) may be a symptom report, so it is
  answered, once;
* de-duplicates the same message delivered twice: as both a ``message`` and an ``app_mention``
  event, or with a repeated ``event_id``. Keys are the event id, (channel, message ts) and the
  client's message id, kept in a bounded in-memory TTL cache (`TtlKeyCache`), or in Redis when
  REDIS_URL is set (`make run-cluster`: a retry delivered to another instance is still recognised);
* acknowledges within Slack's 3 seconds: the message is handed to Rasa as a background asyncio
  task and the request is answered with 200 straight away;
* ignores the bot's own and other bots' messages and message subtypes (edits, deletions, joins,
  topic changes...), keeping only plain user messages (and ``thread_broadcast`` / ``file_share``,
  which are user messages too);
* answers in a channel only when mentioned, then keeps the conversation in that thread: one
  Rasa conversation per (user, channel, thread) (``conversation_granularity: thread``), replies
  posted in the thread (``use_threads``), and the person's later messages in that thread are
  answered without a new mention. Direct messages are answered in the DM itself, as one
  conversation per person. With ``slack_channel`` (SLACK_CHANNEL) set, only that channel is
  served, and every message in it is answered;
* posts through `ClinicSlackBot`, whose web-API client uses the configured base URL
  (SLACK_API_BASE_URL, a stand-in for Slack's API in the tests), posts one Slack message per bot
  response, and shows buttons as Block Kit buttons with the answer and the options as the
  message text. A failed post is logged and never aborts the conversation turn, so an
  escalation is still recorded and staff are still alerted when Slack is unreachable.

Patients' message text is never logged here.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Mapping, Optional, Set, Tuple, Union

import aiohttp
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.slack import SlackBot, SlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncConnectionErrorRetryHandler, AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.citations import split_links
from bot.http_guard import conversation_ref
from bot.inbound import WAIT_FOR_REPLY, PendingLimiter, clean_text
from bot.settings import load_settings
from bot.shared_limits import RedisKeyClaims, rate_limiter, shared_key_claims
from rasa_plugins.message_guard import RATE_LIMITED_REPLY, guarded_blueprint

logger = logging.getLogger(__name__)

DEFAULT_API_BASE_URL = "https://slack.com/api/"
DEDUPE_TTL_S = 600.0  # Slack's last retry comes about 5 minutes after the first delivery
DEDUPE_MAX_KEYS = 20_000
THREAD_TTL_S = 24 * 3600.0  # how long a thread stays "in conversation" without a new mention
THREAD_MAX_KEYS = 20_000

# Message subtypes that are still a person writing to the bot; every other subtype (message_changed,
# message_deleted, channel_join, bot_message, ...) is ignored.
USER_SUBTYPES = frozenset({"thread_broadcast", "file_share"})

# Block Kit limits (https://docs.slack.dev/reference/block-kit): section text 3000 characters,
# button text 75, button value 2000, 25 elements per actions block, 50 blocks per message.
SECTION_MAX_CHARS = 3000
BUTTON_TEXT_MAX_CHARS = 75
BUTTON_VALUE_MAX_CHARS = 2000
BUTTONS_PER_ACTIONS_BLOCK = 5  # Slack allows 25; rows of 5 stay readable
MAX_BLOCKS = 50
TEXT_MAX_CHARS = 39_000  # chat.postMessage truncates text after 40,000 characters

BARE_MENTION_PAYLOAD = "/greet"  # "@bot" with nothing else: treat as hello


# --------------------------------------------------------------------------------------------
# De-duplication
# --------------------------------------------------------------------------------------------
class TtlKeyCache:
    """Keys seen in the last ``ttl_s`` seconds, at most ``max_keys`` of them (oldest dropped first).

    In-memory and per process, and not thread-safe: use it from the event loop only (each
    ``claim`` runs without awaiting, so it is atomic there).
    """

    def __init__(self, ttl_s: float, max_keys: int, clock: Callable[[], float] = time.monotonic) -> None:
        if ttl_s <= 0 or max_keys <= 0:
            raise ValueError("ttl_s and max_keys must be positive")
        self.ttl_s = ttl_s
        self.max_keys = max_keys
        self._clock = clock
        self._expiry: OrderedDict[str, float] = OrderedDict()  # insertion order == expiry order

    def _purge(self, now: float) -> None:
        while self._expiry:
            key, expires = next(iter(self._expiry.items()))
            if expires > now:
                break
            del self._expiry[key]

    def __contains__(self, key: object) -> bool:
        self._purge(self._clock())
        return key in self._expiry

    def __len__(self) -> int:
        self._purge(self._clock())
        return len(self._expiry)

    def add(self, key: str) -> None:
        self.claim([key])

    def claim(self, keys: Iterable[str]) -> bool:
        """Remember ``keys``; True if none of them was already known (the caller should go ahead)."""
        now = self._clock()
        self._purge(now)
        keys = [k for k in keys if k]
        fresh = not any(k in self._expiry for k in keys)
        for key in keys:
            self._expiry.pop(key, None)
            self._expiry[key] = now + self.ttl_s
        while len(self._expiry) > self.max_keys:
            self._expiry.popitem(last=False)
        return fresh


def dedupe_keys(envelope: Mapping[str, Any]) -> List[str]:
    """The identities of one delivered message: the event id, (channel, ts) and the client's message id.

    A message that mentions the bot arrives as a ``message`` and an ``app_mention`` event with
    different event ids but the same channel, ts and client_msg_id.
    """
    event = envelope.get("event") or {}
    keys = []
    if envelope.get("event_id"):
        keys.append(f"event:{envelope['event_id']}")
    if event.get("channel") and event.get("ts"):
        keys.append(f"msg:{event['channel']}:{event['ts']}")
    if event.get("client_msg_id"):
        keys.append(f"client:{event['client_msg_id']}")
    return keys


# --------------------------------------------------------------------------------------------
# Which events get an answer
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SlackUserMessage:
    """A person's message the bot should answer, with where the answer goes."""

    text: str  # as sent (mentions of the bot still in it)
    user: str
    channel: str
    ts: str
    thread_ts: Optional[str]  # the thread the message was posted in, if any
    is_direct: bool
    bot_user_ids: Tuple[str, ...]

    @property
    def thread_root(self) -> Optional[str]:
        """The thread this conversation lives in: the message's thread, or the message itself in a
        channel (the answer starts a thread under it). A top-level DM has none."""
        if self.thread_ts:
            return self.thread_ts
        return None if self.is_direct else self.ts


def bot_user_ids(envelope: Mapping[str, Any]) -> Tuple[str, ...]:
    """The bot's own Slack user id(s), from the event's authorizations (or legacy authed_users)."""
    ids = [a.get("user_id") for a in envelope.get("authorizations") or [] if a.get("is_bot") and a.get("user_id")]
    ids += [u for u in envelope.get("authed_users") or [] if isinstance(u, str)]
    return tuple(dict.fromkeys(ids))


def thread_key(channel: str, thread_root: str, user: str) -> str:
    return f"thread:{channel}:{thread_root}:{user}"


def classify_event(
    envelope: Mapping[str, Any],
    restrict_channel: Optional[str] = None,
    active_threads: Optional[Any] = None,
) -> Tuple[Optional[SlackUserMessage], str]:
    """(the message to answer, "") or (None, why it is ignored) for an Events API request body.

    ``active_threads`` is a container of `thread_key` s for threads the bot is talking in.
    """
    if envelope.get("type") != "event_callback":
        return None, f"request type {envelope.get('type')!r}"
    event = envelope.get("event")
    if not isinstance(event, dict):
        return None, "no event object"
    event_type = event.get("type")
    if event_type not in ("message", "app_mention"):
        return None, f"event type {event_type!r}"
    subtype = event.get("subtype")
    if subtype and subtype not in USER_SUBTYPES:
        return None, f"message subtype {subtype!r}"
    bots = bot_user_ids(envelope)
    user = event.get("user")
    if event.get("bot_id") or event.get("bot_profile") or not user or user in bots:
        return None, "a bot's message"
    channel, ts = event.get("channel"), event.get("ts")
    if not channel or not ts:
        return None, "no channel or ts"
    text = event.get("text") or ""
    if not isinstance(text, str):
        return None, "text is not a string"
    if not text.strip():
        return None, "no text"
    message = SlackUserMessage(
        text=text,
        user=user,
        channel=channel,
        ts=ts,
        thread_ts=event.get("thread_ts") or None,
        is_direct=event.get("channel_type") == "im",
        bot_user_ids=bots,
    )
    if restrict_channel:
        if channel != restrict_channel:
            return None, "not the configured SLACK_CHANNEL"
        return message, ""
    if message.is_direct or event_type == "app_mention":
        return message, ""
    if message.thread_ts and active_threads is not None and thread_key(channel, message.thread_ts, user) in active_threads:
        return message, ""
    return None, "a channel message that does not mention the bot"


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


# --------------------------------------------------------------------------------------------
# Input
# --------------------------------------------------------------------------------------------
class DeduplicatingSlackInput(SlackInput):
    """Rasa's Slack input channel (same URL: /webhooks/slack/webhook), see the module docstring."""

    @classmethod
    def name(cls) -> str:
        return "slack"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> DeduplicatingSlackInput:
        if not credentials:
            cls.raise_missing_credentials_exception()
        assert credentials is not None
        use_threads = credentials.get("use_threads", True)
        return cls(
            slack_token=str(credentials.get("slack_token") or ""),
            slack_channel=credentials.get("slack_channel") or None,
            proxy=credentials.get("proxy"),
            slack_retry_reason_header=credentials.get("slack_retry_reason_header", "x-slack-retry-reason"),
            slack_retry_number_header=credentials.get("slack_retry_number_header", "x-slack-retry-num"),
            use_threads=use_threads,
            slack_signing_secret=credentials.get("slack_signing_secret", ""),
            conversation_granularity=credentials.get("conversation_granularity", "thread" if use_threads else "channel"),
            api_base_url=load_settings().slack_api_base_url,
        )

    def __init__(
        self,
        slack_token: str,
        slack_channel: Optional[str] = None,
        proxy: Optional[str] = None,
        slack_retry_reason_header: Optional[str] = "x-slack-retry-reason",
        slack_retry_number_header: Optional[str] = "x-slack-retry-num",
        errors_ignore_retry: Optional[List[str]] = None,
        use_threads: Optional[bool] = True,
        slack_signing_secret: str = "",
        conversation_granularity: Optional[str] = "thread",
        api_base_url: str = DEFAULT_API_BASE_URL,
        dedupe_ttl_s: float = DEDUPE_TTL_S,
        dedupe_max_keys: int = DEDUPE_MAX_KEYS,
    ) -> None:
        super().__init__(
            slack_token,
            slack_channel,
            proxy,
            slack_retry_reason_header,
            slack_retry_number_header,
            errors_ignore_retry,
            use_threads,
            slack_signing_secret,
            conversation_granularity,
        )
        self.api_base_url = api_base_url or DEFAULT_API_BASE_URL
        settings = load_settings()
        # In the cluster (REDIS_URL) both live in Redis: a retry that reaches another instance is still
        # recognised, and a thread the bot talks in is known to every instance.
        self.seen: Union[TtlKeyCache, RedisKeyClaims] = (
            shared_key_claims(settings, "slack-event", dedupe_ttl_s) or TtlKeyCache(dedupe_ttl_s, dedupe_max_keys)
        )
        self.active_threads: Union[TtlKeyCache, RedisKeyClaims] = (
            shared_key_claims(settings, "slack-thread", THREAD_TTL_S) or TtlKeyCache(THREAD_TTL_S, THREAD_MAX_KEYS)
        )
        self._tasks: Set[asyncio.Task] = set()
        self.pending = PendingLimiter()  # a burst from one conversation: the first few answered, then one "please wait"
        self._told_to_wait: Set[str] = set()
        # Per Slack user, across their threads and channels (the message guard limits each conversation).
        self.per_user = rate_limiter(settings, "slack-user")

    # -- output ----------------------------------------------------------------------------
    def get_output_channel(self, channel: Optional[str] = None, thread_id: Optional[str] = None) -> OutputChannel:
        return ClinicSlackBot(self.slack_token, channel or self.slack_channel, thread_id, self.proxy, self.api_base_url)

    def _get_conversation_id(
        self, sender_id: Optional[str], channel_id: Optional[str], thread_id: Optional[str]
    ) -> Optional[str]:
        """Rasa's ids (``user``, ``user_channel``, ``user_channel_thread``), except that a top-level
        DM under thread granularity is ``user_channel`` (Rasa would fall back to ``user``)."""
        if not sender_id or not channel_id or self.conversation_granularity == "sender":
            return sender_id
        if self.conversation_granularity == "thread" and thread_id:
            return f"{sender_id}_{channel_id}_{thread_id}"
        return f"{sender_id}_{channel_id}"

    # -- handing a message to Rasa -----------------------------------------------------------
    def _dispatch(
        self,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        text: str,
        user: str,
        channel: str,
        thread_root: Optional[str],
        is_direct: bool,
        users: List[str],
    ) -> None:
        """Start Rasa's handling of the message in the background; returns at once."""
        conversation_id = self._get_conversation_id(user, channel, thread_root) or user
        reply_thread = thread_root if self.use_threads else None
        if not self.per_user.allow(user):
            logger.warning("Slack: a user is over %d messages a minute", self.per_user.per_minute)
            self._track(
                asyncio.ensure_future(
                    self.get_output_channel(channel, reply_thread).send_text_message(conversation_id, RATE_LIMITED_REPLY)
                )
            )
            return
        if not self.pending.try_acquire(conversation_id):
            logger.warning(
                "Slack: dropped a message of %s: %d already in flight", conversation_ref(conversation_id), self.pending.limit
            )
            if conversation_id not in self._told_to_wait:
                self._told_to_wait.add(conversation_id)
                self._track(
                    asyncio.create_task(
                        self.get_output_channel(channel, reply_thread).send_text_message(conversation_id, WAIT_FOR_REPLY)
                    )
                )
            return
        if thread_root and not is_direct:
            self.active_threads.add(thread_key(channel, thread_root, user))
        metadata = {"out_channel": channel, "thread_id": reply_thread, "users": users}
        message = UserMessage(
            text, self.get_output_channel(channel, reply_thread), conversation_id, input_channel=self.name(), metadata=metadata
        )
        task = self._track(asyncio.ensure_future(on_new_message(message)))
        task.add_done_callback(functools.partial(self._message_done, conversation_id))

    def _track(self, task: asyncio.Task) -> asyncio.Task:
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _message_done(self, conversation_id: str, _task: asyncio.Task) -> None:
        self.pending.release(conversation_id)
        if not self.pending.pending(conversation_id):
            self._told_to_wait.discard(conversation_id)

    def _task_done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("handling a Slack message failed", exc_info=task.exception())

    # -- requests ----------------------------------------------------------------------------
    def _handle_event(self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> HTTPResponse:
        try:
            envelope = json.loads(request.body or b"{}")
        except ValueError:
            return response.text("The body is not JSON.", status=HTTPStatus.BAD_REQUEST)
        if not isinstance(envelope, dict):
            return response.text("The body is not a JSON object.", status=HTTPStatus.BAD_REQUEST)
        if envelope.get("type") == "url_verification":
            return response.json({"challenge": envelope.get("challenge", "")})
        if envelope.get("type") == "app_rate_limited":
            logger.warning("Slack is rate-limiting event deliveries to this app (minute %s)", envelope.get("minute_rate_limited"))
            return response.text("")
        message, reason = classify_event(envelope, self.slack_channel, self.active_threads)
        if message is None:
            logger.debug("Slack event %s ignored: %s", envelope.get("event_id"), reason)
            return response.text("")
        if not self.seen.claim(dedupe_keys(envelope)):
            logger.info("Slack event %s ignored: the same message was already received", envelope.get("event_id"))
            return response.text("")
        users = list(message.bot_user_ids)
        text = clean_text(slack_unescape(self._sanitize_user_message(message.text, users))).strip() or BARE_MENTION_PAYLOAD
        self._dispatch(on_new_message, text, message.user, message.channel, message.thread_root, message.is_direct, users)
        return response.text("")

    def _handle_interaction(self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> HTTPResponse:
        try:
            payload = json.loads(request.form["payload"][0])
        except (KeyError, IndexError, TypeError, ValueError):
            return response.text("No interaction payload.", status=HTTPStatus.BAD_REQUEST)
        if not isinstance(payload, dict) or not self._is_interactive_message(payload):
            logger.debug("Slack interaction of type %r ignored", payload.get("type") if isinstance(payload, dict) else None)
            return response.text("")
        text = self._get_interactive_response(payload["actions"][0])
        user = (payload.get("user") or {}).get("id")
        container = payload.get("container") or {}
        channel = (payload.get("channel") or {}).get("id") or container.get("channel_id")
        if text is None or not user or not channel:
            return response.text("")  # e.g. a link button: Slack opens the link itself
        if self.slack_channel and channel != self.slack_channel:
            logger.debug("Slack interaction ignored: not the configured SLACK_CHANNEL")
            return response.text("")
        posted = payload.get("message") or {}
        thread_ts = posted.get("thread_ts") or container.get("thread_ts")
        is_direct = channel.startswith("D")
        thread_root = thread_ts or (None if is_direct else posted.get("ts") or container.get("message_ts"))
        self._dispatch(on_new_message, text, user, channel, thread_root, is_direct, [])
        return response.text("")

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        return guarded_blueprint(self._blueprint, on_new_message)

    def _blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        slack_webhook = Blueprint("slack_webhook", __name__)

        @slack_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @slack_webhook.route("/webhook", methods=["GET", "POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self.is_request_from_slack_authentic(request):
                return response.text(
                    "Message is not properly signed with a valid X-Slack-Signature header",
                    status=HTTPStatus.BAD_REQUEST,
                )
            retry_number = request.headers.get(self.retry_num_header or "x-slack-retry-num")
            if retry_number is not None:
                # Whatever the reason: a retry of an event already received is dropped by the
                # de-duplication cache below; one whose first delivery never arrived (the bot or
                # the tunnel was down) is answered, once, since it may be a symptom report.
                logger.info(
                    "Slack retry #%s (%s): answered only if its first delivery never arrived",
                    retry_number,
                    request.headers.get(self.retry_reason_header or "x-slack-retry-reason", "no reason"),
                )
            content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
            if content_type == "application/json":
                return self._handle_event(request, on_new_message)
            if content_type == "application/x-www-form-urlencoded":
                return self._handle_interaction(request, on_new_message)
            return response.text("")

        return slack_webhook
