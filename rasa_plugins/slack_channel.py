"""Slack: Rasa's own Slack channel, made to give exactly one answer per Slack message, over the Events
API (signed HTTP requests to /webhooks/slack/webhook) or Socket Mode (`rasa_plugins.slack_socket_mode`,
with SLACK_APP_TOKEN: no public URL). Both hand what Slack delivered to the same two methods,
`handle_envelope` and `handle_interaction`, so answers, safety, threads and de-duplication are the same.

`DeduplicatingSlackInput` subclasses Rasa's `SlackInput` and keeps its request-signature check
(`is_request_from_slack_authentic`: HMAC-SHA256 with the signing secret, timestamp within 5
minutes; anything else gets 400). On top of Rasa it:

* answers a request carrying ``X-Slack-Retry-Num`` (whatever ``X-Slack-Retry-Reason`` says) only
  when its event was never received before (a retry whose first delivery never arrived may be a
  symptom report, so it is answered, once);
* de-duplicates the same message delivered twice (`rasa_plugins.slack_events`): as both a
  ``message`` and an ``app_mention`` event, with a repeated ``event_id``, or redelivered over a new
  Socket Mode connection. The cache is per process,
  or in Redis when REDIS_URL is set (`make run-cluster`: a retry delivered to another instance is
  still recognised);
* acknowledges within Slack's 3 seconds: the message is handed to Rasa as a background task;
* ignores bots' messages and message subtypes other than a person writing;
* answers in a channel only when mentioned, then keeps the conversation in that thread (one Rasa
  conversation per user, channel and thread); direct messages are answered in the DM; with
  SLACK_CHANNEL set, only that channel is served;
* routes the staff side of a live handoff (`rasa_plugins.handoff_desk`): Claim / Close clicks on a
  request in SLACK_STAFF_CHANNEL, and staff replies in its thread, never reach Rasa as messages;
* posts through `rasa_plugins.slack_output.ClinicSlackBot` (Block Kit buttons, errors logged).

Patients' message text is never logged here.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import secrets
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Optional, Set, Union

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.slack import SlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.http_guard import conversation_ref
from bot.inbound import WAIT_FOR_REPLY, PendingLimiter, clean_text
from bot.settings import load_settings
from bot.shared_limits import RedisKeyClaims, rate_limiter, shared_key_claims
from rasa_plugins.handoff_desk import HandoffDesk, shared_desk
from rasa_plugins.message_guard import RATE_LIMITED_REPLY, guarded_blueprint
from rasa_plugins.slack_events import (  # noqa: F401  (re-exported: the tests and docs name them here)
    TtlKeyCache,
    classify_event,
    dedupe_keys,
    thread_key,
)
from rasa_plugins.slack_output import (  # noqa: F401  (re-exported)
    DEFAULT_API_BASE_URL,
    ClinicSlackBot,
    button_message,
    slack_escape,
    slack_mrkdwn,
    slack_unescape,
)
from rasa_plugins.slack_socket_mode import SlackSocketMode

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]
logger = logging.getLogger(__name__)

DEDUPE_TTL_S = 600.0  # Slack's last retry comes about 5 minutes after the first delivery
DEDUPE_MAX_KEYS = 20_000
THREAD_TTL_S = 24 * 3600.0  # how long a thread stays "in conversation" without a new mention
THREAD_MAX_KEYS = 20_000


BARE_MENTION_PAYLOAD = "/greet"  # "@bot" with nothing else: treat as hello


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
            app_token=str(credentials.get("app_token") or ""),
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
        app_token: str = "",
    ) -> None:
        super().__init__(
            slack_token,
            slack_channel,
            proxy,
            slack_retry_reason_header,
            slack_retry_number_header,
            errors_ignore_retry,
            use_threads,
            # Rasa refuses an empty secret; with Socket Mode alone the webhook is off (see _blueprint),
            # and a random secret nobody knows keeps Rasa's own check closed too.
            slack_signing_secret or (secrets.token_hex(32) if app_token else ""),
            conversation_granularity,
        )
        self.events_api = bool(slack_signing_secret)
        self.api_base_url = api_base_url or DEFAULT_API_BASE_URL
        self.app_token = app_token  # Socket Mode when set (xapp-...)
        self.desk: Optional[HandoffDesk] = None
        settings = load_settings()
        # In the cluster (REDIS_URL) both live in Redis: a retry that reaches another instance is still
        # recognised, and a thread the bot talks in is known to every instance.
        self.seen: Union[TtlKeyCache, RedisKeyClaims] = shared_key_claims(settings, "slack-event", dedupe_ttl_s) or TtlKeyCache(
            dedupe_ttl_s, dedupe_max_keys
        )
        self.active_threads: Union[TtlKeyCache, RedisKeyClaims] = shared_key_claims(
            settings, "slack-thread", THREAD_TTL_S
        ) or TtlKeyCache(THREAD_TTL_S, THREAD_MAX_KEYS)
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
        on_new_message: OnNewMessage,
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

    # -- what Slack delivered (Events API requests and Socket Mode envelopes alike) --------------
    def handle_envelope(self, envelope: Dict[str, Any], on_new_message: OnNewMessage) -> None:
        """An Events API body (``event_callback``): a staff reply in a handoff thread goes to the
        handoff desk; a patient's message to Rasa, once; anything else is ignored. Returns at once."""
        desk = self.desk
        if desk is not None and (staff := desk.staff_thread_message(envelope)) is not None:
            if self.seen.claim(dedupe_keys(envelope)):
                self._track(asyncio.ensure_future(desk.staff_reply(staff)))
            return
        message, reason = classify_event(envelope, self.slack_channel, self.active_threads)
        if message is None:
            logger.debug("Slack event %s ignored: %s", envelope.get("event_id"), reason)
            return
        if not self.seen.claim(dedupe_keys(envelope)):
            logger.info("Slack event %s ignored: the same message was already received", envelope.get("event_id"))
            return
        users = list(message.bot_user_ids)
        text = clean_text(slack_unescape(self._sanitize_user_message(message.text, users))).strip() or BARE_MENTION_PAYLOAD
        self._dispatch(on_new_message, text, message.user, message.channel, message.thread_root, message.is_direct, users)

    def handle_interaction(self, payload: Dict[str, Any], on_new_message: OnNewMessage) -> None:
        """A button click: Claim / Close on a handoff request go to the desk; a patient's button to Rasa."""
        if not self._is_interactive_message(payload):
            logger.debug("Slack interaction of type %r ignored", payload.get("type"))
            return
        action = payload["actions"][0]
        user = (payload.get("user") or {}).get("id")
        container = payload.get("container") or {}
        channel = (payload.get("channel") or {}).get("id") or container.get("channel_id")
        desk = self.desk
        if desk is not None and desk.is_staff_action(action, channel):
            if user:
                self._track(asyncio.ensure_future(desk.staff_action(action, user)))
            return
        text = self._get_interactive_response(action)
        if text is None or not user or not channel:
            return  # e.g. a link button: Slack opens the link itself
        if self.slack_channel and channel != self.slack_channel:
            logger.debug("Slack interaction ignored: not the configured SLACK_CHANNEL")
            return
        posted = payload.get("message") or {}
        thread_ts = posted.get("thread_ts") or container.get("thread_ts")
        is_direct = channel.startswith("D")
        thread_root = thread_ts or (None if is_direct else posted.get("ts") or container.get("message_ts"))
        self._dispatch(on_new_message, text, user, channel, thread_root, is_direct, [])

    # -- Events API requests ---------------------------------------------------------------------
    def _handle_event(self, request: Request, on_new_message: OnNewMessage) -> HTTPResponse:
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
        self.handle_envelope(envelope, on_new_message)
        return response.text("")

    def _handle_interaction(self, request: Request, on_new_message: OnNewMessage) -> HTTPResponse:
        try:
            payload = json.loads(request.form["payload"][0])
        except (KeyError, IndexError, TypeError, ValueError):
            return response.text("No interaction payload.", status=HTTPStatus.BAD_REQUEST)
        if isinstance(payload, dict):
            self.handle_interaction(payload, on_new_message)
        return response.text("")

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        return guarded_blueprint(self._blueprint, on_new_message)

    def _blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        slack_webhook = Blueprint("slack_webhook", __name__)
        settings = load_settings()
        self.desk = shared_desk(settings) if settings.handoff_enabled else None
        if self.desk is not None:  # a Slack patient reached from any instance (the handoff keeps where)
            self.desk.output_factories[self.name()] = lambda live: self.get_output_channel(
                live.reply_channel or None, live.reply_thread or None
            )
        if self.app_token:
            socket_mode = SlackSocketMode(self, on_new_message, self.app_token, self.api_base_url)

            @slack_webhook.listener("after_server_start")
            async def connect(_app: Any, _loop: Any) -> None:
                await socket_mode.start()

            @slack_webhook.listener("before_server_stop")
            async def disconnect(_app: Any, _loop: Any) -> None:
                await socket_mode.stop()

        @slack_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @slack_webhook.route("/webhook", methods=["GET", "POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self.events_api:  # Socket Mode only: no request can be verified, none is taken
                return response.text("The Events API is off (no SLACK_SIGNING_SECRET).", status=HTTPStatus.NOT_FOUND)
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
