"""What every chat channel (REST, socket.io, Slack; `make shell` talks REST) does with a user's message
before Rasa sees it, in one wrapper: `guard(on_new_message, app_ref)`.

- **Text is text.** Rasa reads a message starting with "/" as an intent (`/restart`, `/report_emergency`,
  `/ask_efficacy@1.0 ...`), bypassing NLU and the red-flag layer. Only the exact payload of a button the
  bot itself offered in this conversation keeps that meaning; anything else typed with a leading "/"
  loses the slash and is read as natural language.
- **Stored size.** The text is cut to MAX_MESSAGE_CHARS before Rasa stores it.
- **Per-conversation rate limit** (CLIENT_MESSAGES_PER_MINUTE): past it, one "please wait" reply.
- **The conversation so far.** The signs reported in earlier messages (from the tracker) go into the
  message's metadata for the red-flag layer (`rasa_plugins.red_flag_classifier.CONTEXT_KEY`);
  anything a client sent under that key is replaced.
- **A reply to every message** (`with_reply_guarantee`), even when a custom action fails; except while
  clinic staff have the conversation (a live handoff, `rasa_plugins.handoff_desk`): then the bot is
  quiet on purpose, and the message goes to the staff thread (`HandoffDesk.after_turn`).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, Iterable, Optional, Set, Union

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.shared.core.events import BotUttered, UserUttered
from sanic import Blueprint, Sanic

from bot.http_guard import RateLimiter, conversation_ref
from bot.privacy import describe_forget, forget_conversation
from bot.settings import Settings, load_settings
from bot.shared_limits import RedisRateLimiter, rate_limiter
from rasa_plugins.handoff_desk import HandoffDesk, shared_desk
from rasa_plugins.red_flag_classifier import CONTEXT_KEY
from rasa_plugins.tracker_store import STORE_FAILED

logger = logging.getLogger(__name__)
EXTERNAL_PREFIX = "EXTERNAL: "  # Rasa's text for an intent triggered from outside (reminders, the HTTP API)
OnNewMessage = Callable[[UserMessage], Awaitable[Any]]
INTENT_PREFIX = "/"
RATE_LIMITED_REPLY = "You are sending messages faster than I can answer. Please wait a minute, then send again."
CONFIRM_FORGET_PAYLOAD = "/confirm_forget"  # the "Yes, delete it" button of utter_confirm_forget
FORGOTTEN_REPLY = (
    "Done: this conversation has been deleted from our records, and I no longer know anything you told me. "
    "If you need help again, just write."
)


def fallback_text(settings: Optional[Settings] = None) -> str:
    s = settings or load_settings()
    return (
        "Sorry, something went wrong on my side and I can't answer that right now. Please try again in a minute, "
        f"or call {s.clinic_name} on {s.clinic_phone}. If you feel very unwell, call {s.emergency_number} "
        "(or your local emergency number)."
    )


@dataclass
class AppRef:
    """The Sanic app a channel's blueprint was registered on (captured at server start)."""

    app: Optional[Sanic] = None
    desk: Optional[HandoffDesk] = None

    def capture(self, blueprint: Blueprint) -> None:
        @blueprint.listener("before_server_start")
        async def remember(app: Sanic, _loop: Any) -> None:
            self.app = app
            if self.desk is not None:
                self.desk.attach(app)

    def _store(self) -> Any:
        """The tracker store itself, not Rasa's fail-safe wrapper: when it cannot be read (the database
        is down) the message fails here, visibly, instead of starting over on an empty conversation."""
        agent = getattr(getattr(self.app, "ctx", None), "agent", None)
        store: Any = None if agent is None else agent.tracker_store
        while store is not None and hasattr(store, "_tracker_store"):  # FailSafeTrackerStore, AwaitableTrackerStore
            store = store._tracker_store
        return store

    async def tracker(self, sender_id: str) -> Any:
        store = self._store()
        return None if store is None else await store.retrieve(sender_id)

    async def forget(self, sender_id: str, settings: Settings) -> None:
        """Erases a conversation from every store (`bot.privacy`), the Rasa server's cache included."""
        if self.desk is not None:  # first: it reads which Slack posts to delete from the records erased below
            await self.desk.forget(sender_id)
        store = self._store()
        if store is not None and hasattr(store, "forget"):
            await store.forget(sender_id)
        report = await asyncio.get_running_loop().run_in_executor(None, forget_conversation, settings, sender_id)
        logger.info("conversation %s erased at the person's request (%s)", conversation_ref(sender_id), describe_forget(report))


def offered_payloads(events: Iterable[Any]) -> Set[str]:
    """Payloads of the buttons the bot offered in a conversation's events."""
    payloads: Set[str] = set()
    for event in events:
        if isinstance(event, BotUttered):
            for button in (event.data or {}).get("buttons") or []:
                payload = button.get("payload") if isinstance(button, dict) else None
                if isinstance(payload, str):
                    payloads.add(payload.strip())
    return payloads


def reported_signs(events: Iterable[Any]) -> Set[str]:
    """Every red-flag sign the detector found in a conversation's user messages."""
    signs: Set[str] = set()
    for event in events:
        if isinstance(event, UserUttered):
            red_flags = (event.parse_data or {}).get("red_flags") or {}
            signs.update(s for s in red_flags.get("signs") or [] if isinstance(s, str))
    return signs


def last_user_text(events: Iterable[Any]) -> str:
    """The text of the conversation's last user message ("" if none)."""
    texts = [
        e.text
        for e in events
        if isinstance(e, UserUttered) and isinstance(e.text, str) and not e.text.startswith(EXTERNAL_PREFIX)
    ]
    return texts[-1] if texts else ""


def as_typed_text(text: str, offered: Set[str]) -> str:
    """The text Rasa should read: unchanged, unless it would be parsed as an intent without being an
    exact payload the bot offered; then without its leading slashes."""
    stripped = text.strip()
    if not stripped.startswith(INTENT_PREFIX) or stripped in offered:
        return text
    plain = stripped.lstrip(INTENT_PREFIX + " \t\n")
    return plain or text.replace(INTENT_PREFIX, " ").strip() or "?"


class _CountingOutputChannel(OutputChannel):
    """Passes every reply on to the real channel and counts them."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner
        self.sent = 0

    @classmethod
    def name(cls) -> str:
        return "counting"

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        self.sent += 1
        await self.inner.send_response(recipient_id, message)


def with_reply_guarantee(on_new_message: OnNewMessage, quiet: Callable[[str], bool] = lambda _sender: False) -> OnNewMessage:
    """Every user message gets at least one reply: when the dialogue produced none (a custom action
    failed, e.g. the action server is down), a short apology with the clinic's contact goes out.
    ``quiet(sender)``: a person from the clinic has the conversation, so no bot reply is expected."""

    async def handle(message: UserMessage) -> Any:
        counter = _CountingOutputChannel(message.output_channel)
        message.output_channel = counter
        result = None
        STORE_FAILED.set(False)
        failed = False
        try:
            result = await on_new_message(message)
        except Exception as error:  # the person still gets a reply; the operator gets one clear line
            failed = True
            logger.error(
                "conversation %s: message not processed or not saved (%s); if this is the tracker store, "
                "check that VAR_DIR is writable and not full (in the cluster: that PostgreSQL is up)",
                conversation_ref(message.sender_id or ""),
                type(error).__name__,
            )
        if (failed or STORE_FAILED.get()) and counter.sent:
            # Answered, but the turn failed or is not in the tracker store: the person must not take
            # the answer as the end of a turn that went through.
            logger.error(
                "conversation %s: the turn was answered but failed or was not stored; sent the fallback reply too",
                conversation_ref(message.sender_id or ""),
            )
            await counter.inner.send_response(message.sender_id, {"text": fallback_text()})
            return result
        if counter.sent == 0 and not quiet(message.sender_id or ""):
            logger.error(
                "conversation %s: no reply was produced; sent the fallback reply", conversation_ref(message.sender_id or "")
            )
            await counter.inner.send_response(message.sender_id, {"text": fallback_text()})
        return result

    return handle


@dataclass
class MessageGuard:
    settings: Settings
    app_ref: AppRef = field(default_factory=AppRef)
    per_conversation: Optional[Union[RateLimiter, RedisRateLimiter]] = None

    def __post_init__(self) -> None:
        if self.per_conversation is None:
            self.per_conversation = rate_limiter(self.settings, "conversation")
        if self.settings.handoff_enabled:
            self.app_ref.desk = shared_desk(self.settings)

    async def prepare(self, message: UserMessage) -> Optional[str]:
        """Makes the message safe to hand to Rasa; returns a reply to send instead, if it must not be."""
        assert self.per_conversation is not None
        sender = message.sender_id or ""
        if not self.per_conversation.allow(sender):
            logger.warning(
                "conversation %s: over %d messages a minute", conversation_ref(sender), self.per_conversation.per_minute
            )
            return RATE_LIMITED_REPLY
        text = message.text or ""
        if len(text) > self.settings.max_message_chars:
            text = text[: self.settings.max_message_chars]
        tracker = await self.app_ref.tracker(sender)
        events = list(tracker.events) if tracker is not None else []
        if text.strip().startswith(INTENT_PREFIX):
            offered = offered_payloads(events)
            if text.strip() == CONFIRM_FORGET_PAYLOAD and CONFIRM_FORGET_PAYLOAD in offered:
                await self.app_ref.forget(sender, self.settings)
                return FORGOTTEN_REPLY
            typed = as_typed_text(text, offered)
            if typed != text:
                logger.info("conversation %s: a typed '/' message was read as text", conversation_ref(sender))
            text = typed
        message.text = text
        metadata = message.metadata if isinstance(message.metadata, dict) else {}
        context = {"signs": sorted(reported_signs(events)), "previous_text": last_user_text(events)}
        message.metadata = {**metadata, CONTEXT_KEY: context}
        return None

    def wrap(self, on_new_message: OnNewMessage) -> OnNewMessage:
        async def guarded(message: UserMessage) -> Any:
            refusal = await self.prepare(message)
            if refusal is not None:
                await message.output_channel.send_response(message.sender_id, {"text": refusal})
                return None
            result = await on_new_message(message)
            desk = self.app_ref.desk
            if desk is not None:
                # The patient's own channel (under the reply counter), kept to reach them when staff write.
                output = getattr(message.output_channel, "inner", message.output_channel)
                turn_not_stored = STORE_FAILED.get()  # the reply guarantee judges the turn, not the desk's own saves
                try:
                    await desk.after_turn(message, output)
                except Exception as error:  # the turn itself is done and saved; the safety advice went out
                    logger.error(
                        "conversation %s: handoff step failed (%s)",
                        conversation_ref(message.sender_id or ""),
                        type(error).__name__,
                    )
                STORE_FAILED.set(turn_not_stored)
            return result

        desk = self.app_ref.desk
        return with_reply_guarantee(guarded, quiet=desk.is_quiet if desk is not None else lambda _sender: False)


def guarded_blueprint(make_blueprint: Callable[[OnNewMessage], Blueprint], on_new_message: OnNewMessage) -> Blueprint:
    """A channel's blueprint built around the guarded handler (see the module docstring); the guard
    finds the conversation's tracker through the app the blueprint is registered on."""
    message_guard = MessageGuard(load_settings())
    blueprint = make_blueprint(message_guard.wrap(on_new_message))
    message_guard.app_ref.capture(blueprint)
    return blueprint
