"""The handoff desk: runs live handoffs to clinic staff inside the Rasa server (docs/handoff.md).

One per Rasa server process (`shared_desk`), because everything it joins arrives there: the
patient's messages (every channel's message guard calls `after_turn`), staff clicks and thread
replies (the Slack channel, Events API or Socket Mode), and the sockets that reach the patient.

Where the state lives:
- the conversation's ``handoff`` slot (none / waiting / active), which `HandoffPolicy` reads to keep
  the bot quiet; the desk changes it by appending events to the tracker under Rasa's lock, with the
  domain response that tells the patient (filled by the server's NLG, like every safety response);
- the durable record in bot.db (`bot.handoff_log`), for `make report` and for erasure;
- the live handoffs (state, staff thread, timers; `rasa_plugins.handoff_desk_store`): in this
  process's memory for `make run`, in Redis in the cluster (REDIS_URL), where a staff reply that
  reaches another instance finds the handoff, and each timer fires on one instance only. How to
  reach the patient is rebuilt from the handoff on any instance (`output_factories`): a Slack DM by
  its channel and thread; the widget by its socket.io room, which the socket.io channel's Redis
  manager delivers to whichever instance holds the patient's socket.
  Without Redis a restart loses them: open records are ended as ``unavailable``, and a patient whose
  slot still says waiting/active gets the contact details and safety advice on their next message
  (`after_turn`), never silence.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Union

import aiohttp
import redis
from rasa.core.actions.action import create_bot_utterance
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.shared.core.events import BotUttered, Event, SlotSet
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import handoff_log
from bot.bot_db import BotDbError
from bot.handoff import (
    CLAIM_ACTION,
    CLOSE_ACTION,
    HANDOFF_SLOT,
    OFFER_ACTION,
    RequestSummary,
    claimed_text,
    ended_text,
    patient_relay_text,
    request_text,
    staff_message,
)
from bot.http_guard import conversation_ref
from bot.names import INTENT_REPORT_EMERGENCY, INTENT_REPORT_URGENT, SLOT_ESCALATION_LEVEL
from bot.red_flags import SIGN_LABELS
from bot.settings import Settings
from bot.shared_limits import redis_client
from rasa_plugins.handoff_desk_store import DeskStore, Live, MemoryDeskStore, RedisDeskStore, TimerKind
from rasa_plugins.handoff_offer_desk import StaffOffers, conversation_signs, escalated_this_turn, topics_asked
from rasa_plugins.slack_events import USER_SUBTYPES
from rasa_plugins.slack_output import slack_escape, slack_unescape

logger = logging.getLogger(__name__)
REQUEST_INTENT = "request_human"
LEVEL_OF_INTENT = {INTENT_REPORT_EMERGENCY: "emergency", INTENT_REPORT_URGENT: "urgent"}


@dataclass(frozen=True)
class StaffReply:
    channel: str
    thread_ts: str
    user: str
    text: str


class HandoffDesk:
    def __init__(self, settings: Settings, store: Optional[DeskStore] = None) -> None:
        self.settings = settings
        self.db = settings.bot_db  # var/bot.db, or PostgreSQL in the cluster (where erasure looks)
        self.staff_channel = settings.slack_staff_channel
        self.web = AsyncWebClient(token=settings.slack_bot_token, base_url=settings.slack_api_base_url, timeout=10)
        self.app: Any = None  # the Sanic app, whose ctx.agent is Rasa's
        self.store: DeskStore = store or desk_store(settings)
        self.shared = isinstance(self.store, RedisDeskStore)
        # How this process last reached each patient (the channel's own output, kept by `after_turn`).
        self.outputs: Dict[str, OutputChannel] = {}
        # Per Rasa channel name: the patient's output rebuilt from a handoff, on any instance.
        self.output_factories: Dict[str, Callable[[Live], OutputChannel]] = {}
        # Channels whose own output cannot be pushed to later (the shell's REST round trip): a replacement.
        self.push_outputs: Dict[str, OutputChannel] = {}
        self.offers = StaffOffers(self)  # staff offer a chat after an escalation

    # -- set-up -------------------------------------------------------------------------------
    def attach(self, app: Any) -> None:
        """Called when the server starts: records left open by an earlier process are ended (in the
        cluster only those no instance holds), and the timers start."""
        if self.app is not None:
            return
        self.app = app
        self.store.start(self._fire)
        try:
            held = set(self.store.open_handoff_ids())
            for stale in handoff_log.open_handoffs(self.db):
                # In the cluster a record with no staff post yet may be opening on another instance.
                if stale.id not in held and (not self.shared or stale.staff_ts):
                    handoff_log.end(self.db, stale.id, "unavailable")
            if not self.shared:  # in the cluster another instance may hold them (and a press is rebuilt anywhere)
                self.offers.end_stale()
        except BotDbError as error:
            logger.error("handoff records could not be read: %s", error)
        except redis.RedisError as error:
            logger.error("live handoffs could not be read from Redis (%s)", type(error).__name__)

    def is_quiet(self, conversation_id: str) -> bool:
        """True while staff have (or are asked for) the conversation: no bot reply is expected."""
        try:
            return self.store.get(conversation_id) is not None
        except redis.RedisError as error:
            logger.error("live handoffs could not be read from Redis (%s)", type(error).__name__)
            return False

    # -- the patient's side (the message guard, after Rasa handled a message) ----------------------
    async def after_turn(self, message: UserMessage, output: OutputChannel) -> None:
        sender = message.sender_id or ""
        output = self.push_outputs.get(message.input_channel or "", output)
        tracker = await self._tracker(sender)
        if tracker is None:
            return
        state = tracker.get_slot(HANDOFF_SLOT)
        live = self.store.get(sender)
        if live is not None:
            self.outputs[sender] = output
        else:
            self.outputs.pop(sender, None)
        intent = (tracker.latest_message.intent or {}).get("name") if tracker.latest_message else None
        if state == "waiting" and live is None and intent == REQUEST_INTENT:
            await self._open(sender, message.input_channel or "unknown", output, tracker)
        elif state in ("waiting", "active") and live is None:
            logger.warning("conversation %s: handoff state without a live handoff (restart?): ended", conversation_ref(sender))
            await self._tell(sender, output, response="utter_handoff_no_one", handoff="none")
        elif live is not None and state in ("waiting", "active"):
            parse = tracker.latest_message.parse_data if tracker.latest_message else {}
            signs = (parse.get("red_flags") or {}).get("signs") or []
            level = LEVEL_OF_INTENT.get(intent or "", "none")
            await self._relay(live, tracker.latest_message.text or "", [SIGN_LABELS.get(s, s) for s in signs], level)
            if live.state == "waiting" and not live.told_waiting and level == "none":
                live.told_waiting = True
                self.store.save(live, "told_waiting")
                await self._tell(sender, output, response="utter_handoff_still_waiting")
        # An escalation while staff do not have the conversation: the staff alert, with a chat offer.
        summary: Optional[RequestSummary] = None
        if self.store.get(sender) is None and escalated_this_turn(list(tracker.events)) is not None:
            level_now = tracker.get_slot(SLOT_ESCALATION_LEVEL) or "urgent"
            channel = message.input_channel or "unknown"
            summary = RequestSummary(
                conversation_ref(sender), channel, level_now, conversation_signs(tracker), topics_asked(tracker)
            )
        self.offers.after_turn(sender, output, summary)

    async def _open(self, sender: str, channel: str, output: OutputChannel, tracker: Any) -> None:
        level = tracker.get_slot(SLOT_ESCALATION_LEVEL) or "none"
        try:
            handoff_id = handoff_log.open_handoff(self.db, sender, channel, level)
        except BotDbError as error:
            logger.error("HANDOFF NOT RECORDED (conversation %s): %s", conversation_ref(sender), error)
            await self._tell(sender, output, response="utter_handoff_no_one", handoff="none")
            return
        summary = RequestSummary(conversation_ref(sender), channel, level, conversation_signs(tracker), topics_asked(tracker))
        text = request_text(summary, SIGN_LABELS, self.settings.handoff_unclaimed_seconds)
        posted = await self._post(text=text, blocks=request_blocks(text, handoff_id, claimable=True))
        if posted is None:
            handoff_log.end(self.db, handoff_id, "unavailable")
            await self._tell(sender, output, response="utter_handoff_no_one", handoff="none")
            return
        reply_channel, reply_thread = getattr(output, "slack_channel", None), getattr(output, "thread_id", None)
        live = Live(
            handoff_id, sender, channel, staff_ts=posted, reply_channel=reply_channel or "", reply_thread=reply_thread or ""
        )
        self.store.add(live)
        self.outputs[sender] = output
        handoff_log.set_staff_post(self.db, handoff_id, self.staff_channel, posted)
        self.store.schedule(live, self.settings.handoff_unclaimed_seconds, "unclaimed")
        logger.info("conversation %s: handoff %d requested", conversation_ref(sender), handoff_id)

    async def _relay(self, live: Live, text: str, sign_labels: List[str], level: str) -> None:
        ts = await self._post(text=slack_escape(patient_relay_text(text, sign_labels, level)), thread_ts=live.staff_ts)
        if ts is None:
            return
        try:
            handoff_log.record_post(self.db, live.handoff_id, live.conversation_id, self.staff_channel, ts)
            handoff_log.count_message(self.db, live.handoff_id, "patient")
        except BotDbError as error:
            logger.error("handoff %d: relayed message not recorded: %s", live.handoff_id, error)
        if live.state == "active":
            self.store.schedule(live, self.settings.handoff_idle_seconds, "idle")

    # -- the staff side (the Slack channel) -----------------------------------------------------------
    def staff_thread_message(self, envelope: Dict[str, Any]) -> Optional[StaffReply]:
        """A person's reply in the thread of a handoff request in the staff channel, else None."""
        event = envelope.get("event") if envelope.get("type") == "event_callback" else None
        if not isinstance(event, dict) or event.get("type") != "message" or event.get("channel") != self.staff_channel:
            return None
        thread_ts, user, text = event.get("thread_ts"), event.get("user"), event.get("text")
        if event.get("bot_id") or (event.get("subtype") and event.get("subtype") not in USER_SUBTYPES):
            return None
        if not thread_ts or not user or not isinstance(text, str) or not text.strip():
            return None
        if self.store.conversation_of_thread(thread_ts) is None:
            return None
        return StaffReply(event["channel"], thread_ts, user, text)

    def is_staff_action(self, action: Dict[str, Any], channel: Optional[str]) -> bool:
        return action.get("action_id") in (CLAIM_ACTION, CLOSE_ACTION, OFFER_ACTION) and channel == self.staff_channel

    async def staff_action(self, action: Dict[str, Any], user: str) -> None:
        if action.get("action_id") == OFFER_ACTION:
            await self.offers.pressed(action.get("value"), user)
            return
        try:
            handoff_id = int(str(action.get("value")))
        except ValueError:
            return
        sender = self.store.conversation_of_handoff(handoff_id)
        live = self.store.get(sender) if sender is not None else None
        if live is None or live.handoff_id != handoff_id:
            return
        if action.get("action_id") == CLAIM_ACTION:
            await self._claim(live, user)
        else:
            await self._end(live, "closed_by_staff", response="utter_handoff_closed", staff_user=user)

    async def staff_reply(self, reply: StaffReply) -> None:
        sender = self.store.conversation_of_thread(reply.thread_ts)
        live = self.store.get(sender) if sender is not None else None
        if live is None:
            return
        if live.state == "waiting":  # replying is claiming
            await self._claim(live, reply.user)
            current = self.store.get(live.conversation_id)  # another instance may have claimed or ended it
            if current is None or current.handoff_id != live.handoff_id:
                return
            live = current
        name = live.staff_name or "clinic team"
        await self._tell(live.conversation_id, self._output(live), text=staff_message(name, slack_unescape(reply.text)))
        try:
            handoff_log.count_message(self.db, live.handoff_id, "staff")
        except BotDbError as error:
            logger.error("handoff %d: staff message not counted: %s", live.handoff_id, error)
        self.store.schedule(live, self.settings.handoff_idle_seconds, "idle")

    async def _claim(self, live: Live, user: str) -> None:
        if not handoff_log.claim(self.db, live.handoff_id, user):
            return
        live.state, live.staff_user = "active", user
        live.staff_name = await self._staff_name(user)
        if not self.store.save(live, "state", "staff_user", "staff_name"):
            return  # ended meanwhile (a timeout or a Close on another instance)
        self.store.schedule(live, self.settings.handoff_idle_seconds, "idle")
        await self._update_request(live, claimable=False)
        await self._post(text=claimed_text(user), thread_ts=live.staff_ts)
        await self._tell(live.conversation_id, self._output(live), response="utter_handoff_claimed", handoff="active")
        logger.info("conversation %s: handoff %d claimed", conversation_ref(live.conversation_id), live.handoff_id)

    def start_live(
        self, handoff_id: int, conversation_id: str, channel: str, output: OutputChannel, staff_ts: str, staff_user: str
    ) -> Live:
        """A handoff that starts claimed (a staff offer pressed, `rasa_plugins.handoff_offer_desk`)."""
        reply_channel, reply_thread = getattr(output, "slack_channel", None), getattr(output, "thread_id", None)
        live = Live(
            handoff_id,
            conversation_id,
            channel,
            state="active",
            staff_ts=staff_ts,
            staff_user=staff_user,
            reply_channel=reply_channel or "",
            reply_thread=reply_thread or "",
        )
        self.store.add(live)
        self.outputs[conversation_id] = output
        self.store.schedule(live, self.settings.handoff_idle_seconds, "idle")
        return live

    # -- endings ----------------------------------------------------------------------------------
    async def _fire(self, conversation_id: str, handoff_id: int, kind: TimerKind) -> None:
        """A timer is due (on this instance only, in the cluster)."""
        live = self.store.get(conversation_id)
        if live is None or live.handoff_id != handoff_id:
            return
        if kind == "unclaimed" and live.state == "waiting":
            await self._end(live, "unclaimed_timeout", response="utter_handoff_no_one")
        elif kind == "idle" and live.state == "active":
            await self._end(live, "idle_timeout", response="utter_handoff_idle")

    async def _end(self, live: Live, outcome: handoff_log.Outcome, response: Optional[str], staff_user: str = "") -> None:
        if not self.store.remove(live):
            return
        output = self._output(live)
        self.outputs.pop(live.conversation_id, None)
        try:
            handoff_log.end(self.db, live.handoff_id, outcome)
        except BotDbError as error:
            logger.error("handoff %d: end not recorded: %s", live.handoff_id, error)
        if response is not None:
            await self._tell(live.conversation_id, output, response, handoff="none")
        await self._update_request(live, claimable=None, note=ended_text(outcome, staff_user))
        logger.info("conversation %s: handoff %d ended (%s)", conversation_ref(live.conversation_id), live.handoff_id, outcome)

    async def forget(self, conversation_id: str) -> None:
        """The patient erased the conversation: the handoff ends, and the bot's posts of their words
        are deleted from Slack."""
        await self.offers.forget(conversation_id)
        live = self.store.get(conversation_id)
        if live is not None:
            await self._end(live, "erased", None)
        try:
            posts = handoff_log.posts_of(self.db, conversation_id)
        except BotDbError as error:
            logger.error("handoff posts could not be read for erasure: %s", error)
            return
        for channel, ts in posts:
            try:
                await self.web.chat_delete(channel=channel, ts=ts)
            except (SlackApiError, aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
                logger.error("Slack chat.delete of a relayed message failed: %s", _slack_error(error))
        try:
            handoff_log.forget_posts(self.db, conversation_id)
        except BotDbError as error:
            logger.error("handoff posts not forgotten: %s", error)

    # -- helpers ----------------------------------------------------------------------------------
    def _output(self, live: Live) -> Optional[OutputChannel]:
        """How to reach the patient from this process: the shell's replacement, the output this process
        last used for them, or one rebuilt from the handoff (another instance took their messages)."""
        if live.channel in self.push_outputs:
            return self.push_outputs[live.channel]
        local = self.outputs.get(live.conversation_id)
        if local is not None:
            return local
        factory = self.output_factories.get(live.channel)
        return factory(live) if factory is not None else None

    async def _post(self, *, text: str, blocks: Optional[list] = None, thread_ts: Optional[str] = None) -> Optional[str]:
        """chat.postMessage in the staff channel; the new message's ts, or None (logged) if it failed."""
        try:
            result = await self.web.chat_postMessage(channel=self.staff_channel, text=text, blocks=blocks, thread_ts=thread_ts)
            return str(result.get("ts") or "") or None
        except (SlackApiError, aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
            logger.error("Slack post to the staff channel failed: %s", _slack_error(error))
            return None

    async def _update_request(self, live: Live, claimable: Optional[bool], note: str = "") -> None:
        try:
            original = request_blocks("", live.handoff_id, claimable=False)
            text = note or claimed_text(live.staff_user)
            blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
            if claimable is False:
                blocks.append(original[-1])
            await self.web.chat_update(channel=self.staff_channel, ts=live.staff_ts, text=text, blocks=blocks)
        except (SlackApiError, aiohttp.ClientError, asyncio.TimeoutError, OSError) as error:
            logger.error("Slack chat.update of a handoff request failed: %s", _slack_error(error))

    async def _staff_name(self, user: str) -> str:
        try:
            info = await self.web.users_info(user=user)
            profile = (info.get("user") or {}).get("profile") or {}
            return str(profile.get("display_name") or profile.get("real_name") or "clinic team")
        except (SlackApiError, aiohttp.ClientError, asyncio.TimeoutError, OSError):
            return "clinic team"

    async def _tracker(self, sender: str) -> Any:
        agent = getattr(getattr(self.app, "ctx", None), "agent", None)
        return None if agent is None else await agent.tracker_store.retrieve(sender)

    async def _tell(
        self,
        sender: str,
        output: Optional[OutputChannel],
        response: Optional[str] = None,
        text: str = "",
        handoff: Optional[str] = None,
    ) -> None:
        """Tell the patient (a domain response, or a staff member's text) and set the handoff slot,
        both written to the conversation under Rasa's lock."""
        agent = getattr(getattr(self.app, "ctx", None), "agent", None)
        if agent is None:
            return
        async with agent.lock_store.lock(sender):
            tracker = await agent.tracker_store.retrieve(sender)
            if tracker is None:
                return
            events: List[Event] = [SlotSet(HANDOFF_SLOT, handoff)] if handoff is not None else []
            for event in events:
                tracker.update(event)
            message: Optional[Dict[str, Any]] = {"text": text} if text else None
            if response is not None:
                message = await agent.nlg.generate(response, tracker, output.name() if output is not None else "")
            utterance: Optional[BotUttered] = None
            if message:
                utterance = create_bot_utterance({**message, "utter_action": response} if response else message)
                if text:
                    utterance.metadata = {"handoff": "staff"}
                tracker.update(utterance)
            await agent.tracker_store.save(tracker)
        if utterance is None:
            return
        if output is None:
            logger.error(
                "conversation %s: handoff message kept in the conversation, not delivered (no way to reach the patient)",
                conversation_ref(sender),
            )
            return
        try:
            await output.send_response(sender, utterance.message())
        except Exception as error:  # the patient's socket may be gone; the tracker has the message
            logger.error("conversation %s: handoff message not delivered (%s)", conversation_ref(sender), type(error).__name__)


def request_blocks(text: str, handoff_id: int, claimable: bool) -> List[Dict[str, Any]]:
    buttons = [
        {"type": "button", "action_id": CLOSE_ACTION, "text": {"type": "plain_text", "text": "Close"}, "value": str(handoff_id)}
    ]
    if claimable:
        claim = {"type": "button", "action_id": CLAIM_ACTION, "style": "primary", "value": str(handoff_id)}
        buttons.insert(0, {**claim, "text": {"type": "plain_text", "text": "Claim"}})
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": text or " "}},
        {"type": "actions", "block_id": f"handoff_{handoff_id}", "elements": buttons},
    ]


def _slack_error(error: Exception) -> str:
    if isinstance(error, SlackApiError):
        return str(error.response.get("error", "unknown error"))
    return type(error).__name__


def desk_store(settings: Settings) -> Union[MemoryDeskStore, RedisDeskStore]:
    """In Redis when REDIS_URL is set (the cluster), as `bot.shared_limits` does; else in memory."""
    if settings.redis_url:
        return RedisDeskStore(redis_client(settings.redis_url))
    return MemoryDeskStore()


_DESK: Optional[HandoffDesk] = None


def shared_desk(settings: Settings) -> HandoffDesk:
    """This process's desk (created on first use, never at import)."""
    global _DESK
    if _DESK is None:
        _DESK = HandoffDesk(settings)
    return _DESK
