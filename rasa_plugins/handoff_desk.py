"""The handoff desk: runs live handoffs to clinic staff inside the Rasa server (docs/handoff.md).

One per Rasa server process (`shared_desk`), because everything it joins arrives there: the
patient's messages (every channel's message guard calls `after_turn`), staff clicks and thread
replies (the Slack channel, Events API or Socket Mode), and the sockets that reach the patient.

Where the state lives:
- the conversation's ``handoff`` slot (none / waiting / active), which `HandoffPolicy` reads to keep
  the bot quiet; the desk changes it by appending events to the tracker under Rasa's lock, with the
  domain response that tells the patient (filled by the server's NLG, like every safety response);
- the durable record in bot.db (`bot.handoff_log`), for `make report` and for erasure;
- here, in memory: how to reach the patient (their output channel), the staff thread and the
  timers. After a restart that is gone: open records are ended as ``unavailable``, and a patient
  whose slot still says waiting/active gets the contact details and safety advice on their next
  message (`after_turn`), never silence.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Dict, List, Optional

import aiohttp
from rasa.core.actions.action import create_bot_utterance
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.shared.core.events import BotUttered, Event, SlotSet, UserUttered
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
from bot.names import INTENT_REPORT_EMERGENCY, INTENT_REPORT_URGENT, SLOT_ESCALATION_LEVEL, SLOT_FACT_ID
from bot.red_flags import SIGN_LABELS
from bot.settings import Settings
from rasa_plugins.handoff_offer_desk import StaffOffers, escalated_this_turn
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


@dataclass
class Live:
    """A handoff in progress, as this process knows it."""

    handoff_id: int
    conversation_id: str
    output: OutputChannel
    state: str = "waiting"
    staff_ts: str = ""
    staff_user: str = ""
    staff_name: str = ""
    told_waiting: bool = False
    timer: Optional[asyncio.Task] = None


class HandoffDesk:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.db = settings.bot_db  # var/bot.db, or PostgreSQL in the cluster (where erasure looks)
        self.staff_channel = settings.slack_staff_channel
        self.web = AsyncWebClient(token=settings.slack_bot_token, base_url=settings.slack_api_base_url, timeout=10)
        self.app: Any = None  # the Sanic app, whose ctx.agent is Rasa's
        self.live: Dict[str, Live] = {}  # conversation id -> handoff
        self.by_thread: Dict[str, str] = {}  # staff post ts -> conversation id
        # Channels whose own output cannot be pushed to later (the shell's REST round trip): a replacement.
        self.push_outputs: Dict[str, OutputChannel] = {}
        self.offers = StaffOffers(self)  # staff offer a chat after an escalation

    # -- set-up -------------------------------------------------------------------------------
    def attach(self, app: Any) -> None:
        """Called when the server starts: records left open by an earlier process are ended."""
        if self.app is not None:
            return
        self.app = app
        try:
            for stale in handoff_log.open_handoffs(self.db):
                handoff_log.end(self.db, stale.id, "unavailable")
            self.offers.end_stale()
        except BotDbError as error:
            logger.error("handoff records could not be read: %s", error)

    def is_quiet(self, conversation_id: str) -> bool:
        """True while staff have (or are asked for) the conversation: no bot reply is expected."""
        return conversation_id in self.live

    # -- the patient's side (the message guard, after Rasa handled a message) ----------------------
    async def after_turn(self, message: UserMessage, output: OutputChannel) -> None:
        sender = message.sender_id or ""
        output = self.push_outputs.get(message.input_channel or "", output)
        tracker = await self._tracker(sender)
        if tracker is None:
            return
        state = tracker.get_slot(HANDOFF_SLOT)
        live = self.live.get(sender)
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
                await self._tell(sender, output, response="utter_handoff_still_waiting")
        # An escalation while staff do not have the conversation: the staff alert, with a chat offer.
        summary: Optional[RequestSummary] = None
        if sender not in self.live and escalated_this_turn(list(tracker.events)) is not None:
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
        live = Live(handoff_id, sender, output, staff_ts=posted)
        handoff_log.set_staff_post(self.db, handoff_id, self.staff_channel, posted)
        self.live[sender] = live
        self.by_thread[posted] = sender
        self._schedule(live, self.settings.handoff_unclaimed_seconds, self._unclaimed)
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
            self._schedule(live, self.settings.handoff_idle_seconds, self._idle)

    # -- the staff side (the Slack channel) -----------------------------------------------------------
    def staff_thread_message(self, envelope: Dict[str, Any]) -> Optional[StaffReply]:
        """A person's reply in the thread of a handoff request in the staff channel, else None."""
        event = envelope.get("event") if envelope.get("type") == "event_callback" else None
        if not isinstance(event, dict) or event.get("type") != "message" or event.get("channel") != self.staff_channel:
            return None
        thread_ts, user, text = event.get("thread_ts"), event.get("user"), event.get("text")
        if event.get("bot_id") or (event.get("subtype") and event.get("subtype") not in USER_SUBTYPES):
            return None
        if not thread_ts or thread_ts not in self.by_thread or not user or not isinstance(text, str) or not text.strip():
            return None
        return StaffReply(event["channel"], thread_ts, user, text)

    def is_staff_action(self, action: Dict[str, Any], channel: Optional[str]) -> bool:
        return action.get("action_id") in (CLAIM_ACTION, CLOSE_ACTION, OFFER_ACTION) and channel == self.staff_channel

    async def staff_action(self, action: Dict[str, Any], user: str) -> None:
        if action.get("action_id") == OFFER_ACTION:
            await self.offers.pressed(action.get("value"), user)
            return
        live = next((h for h in self.live.values() if str(h.handoff_id) == str(action.get("value"))), None)
        if live is None:
            return
        if action.get("action_id") == CLAIM_ACTION:
            await self._claim(live, user)
        else:
            await self._end(live, "closed_by_staff", response="utter_handoff_closed", staff_user=user)

    async def staff_reply(self, reply: StaffReply) -> None:
        sender = self.by_thread.get(reply.thread_ts)
        live = self.live.get(sender or "")
        if live is None:
            return
        if live.state == "waiting":  # replying is claiming
            await self._claim(live, reply.user)
        name = live.staff_name or "clinic team"
        await self._tell(live.conversation_id, live.output, text=staff_message(name, slack_unescape(reply.text)))
        try:
            handoff_log.count_message(self.db, live.handoff_id, "staff")
        except BotDbError as error:
            logger.error("handoff %d: staff message not counted: %s", live.handoff_id, error)
        self._schedule(live, self.settings.handoff_idle_seconds, self._idle)

    async def _claim(self, live: Live, user: str) -> None:
        if not handoff_log.claim(self.db, live.handoff_id, user):
            return
        live.state, live.staff_user = "active", user
        live.staff_name = await self._staff_name(user)
        self._schedule(live, self.settings.handoff_idle_seconds, self._idle)
        await self._update_request(live, claimable=False)
        await self._post(text=claimed_text(user), thread_ts=live.staff_ts)
        await self._tell(live.conversation_id, live.output, response="utter_handoff_claimed", handoff="active")
        logger.info("conversation %s: handoff %d claimed", conversation_ref(live.conversation_id), live.handoff_id)

    def start_live(self, handoff_id: int, conversation_id: str, output: OutputChannel, staff_ts: str, staff_user: str) -> Live:
        """A handoff that starts claimed (a staff offer pressed, `rasa_plugins.handoff_offer_desk`)."""
        live = Live(handoff_id, conversation_id, output, state="active", staff_ts=staff_ts, staff_user=staff_user)
        self.live[conversation_id] = live
        self.by_thread[staff_ts] = conversation_id
        self._schedule(live, self.settings.handoff_idle_seconds, self._idle)
        return live

    # -- endings ----------------------------------------------------------------------------------
    async def _unclaimed(self, live: Live) -> None:
        await self._end(live, "unclaimed_timeout", response="utter_handoff_no_one")

    async def _idle(self, live: Live) -> None:
        await self._end(live, "idle_timeout", response="utter_handoff_idle")

    async def _end(self, live: Live, outcome: handoff_log.Outcome, response: Optional[str], staff_user: str = "") -> None:
        if self.live.get(live.conversation_id) is not live:
            return
        del self.live[live.conversation_id]
        self.by_thread.pop(live.staff_ts, None)
        if live.timer is not None and live.timer is not asyncio.current_task():
            live.timer.cancel()
        try:
            handoff_log.end(self.db, live.handoff_id, outcome)
        except BotDbError as error:
            logger.error("handoff %d: end not recorded: %s", live.handoff_id, error)
        if response is not None:
            await self._tell(live.conversation_id, live.output, response, handoff="none")
        await self._update_request(live, claimable=None, note=ended_text(outcome, staff_user))
        logger.info("conversation %s: handoff %d ended (%s)", conversation_ref(live.conversation_id), live.handoff_id, outcome)

    async def forget(self, conversation_id: str) -> None:
        """The patient erased the conversation: the handoff ends, and the bot's posts of their words
        are deleted from Slack."""
        await self.offers.forget(conversation_id)
        live = self.live.get(conversation_id)
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
    def _schedule(self, live: Live, seconds: float, then: Callable[[Live], Awaitable[None]]) -> None:
        if live.timer is not None and live.timer is not asyncio.current_task():
            live.timer.cancel()

        async def later() -> None:
            await asyncio.sleep(seconds)
            await then(live)

        live.timer = asyncio.ensure_future(later())

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
        self, sender: str, output: OutputChannel, response: Optional[str] = None, text: str = "", handoff: Optional[str] = None
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
                message = await agent.nlg.generate(response, tracker, output.name())
            utterance: Optional[BotUttered] = None
            if message:
                utterance = create_bot_utterance({**message, "utter_action": response} if response else message)
                if text:
                    utterance.metadata = {"handoff": "staff"}
                tracker.update(utterance)
            await agent.tracker_store.save(tracker)
        if utterance is not None:
            try:
                await output.send_response(sender, utterance.message())
            except Exception as error:  # the patient's socket may be gone; the tracker has the message
                logger.error(
                    "conversation %s: handoff message not delivered (%s)", conversation_ref(sender), type(error).__name__
                )


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


def conversation_signs(tracker: Any) -> List[str]:
    signs: List[str] = []
    for event in tracker.events:
        if isinstance(event, UserUttered):
            for sign in ((event.parse_data or {}).get("red_flags") or {}).get("signs") or []:
                if sign not in signs:
                    signs.append(sign)
    return signs


def topics_asked(tracker: Any) -> List[str]:
    topics: List[str] = []
    for event in tracker.events:
        if isinstance(event, SlotSet) and event.key == SLOT_FACT_ID and event.value and event.value not in topics:
            topics.append(str(event.value))
    return topics


def _slack_error(error: Exception) -> str:
    if isinstance(error, SlackApiError):
        return str(error.response.get("error", "unknown error"))
    return type(error).__name__


_DESK: Optional[HandoffDesk] = None


def shared_desk(settings: Settings) -> HandoffDesk:
    """This process's desk (created on first use, never at import)."""
    global _DESK
    if _DESK is None:
        _DESK = HandoffDesk(settings)
    return _DESK
