"""Staff offer a chat after an escalation: the handoff desk's side of `bot.handoff_offers` (docs/handoff.md).

After a turn that escalated (the instruction has already gone out: the message guard calls the desk
after Rasa has answered), the staff alert is posted in the staff channel, in the handoff request's
at-a-glance form, with an "Offer a chat" button where staff can reach the patient. A later
escalation of the same conversation while the offer is open goes in its thread (at most
STAFF_ALERTS_PER_CONVERSATION posts per offer); while the conversation is already with staff, the
handoff thread gets it instead (`HandoffDesk._relay`). The STAFF_WEBHOOK_URL alert (the action server's
outbox) is unchanged: this is a second, interactive copy.

A press opens the chat at once with the presser as claimer (why: `bot.handoff_offers`); the staff
post becomes the chat's thread, with Close. In memory, like the desk's handoffs: how to reach the
patient and the lapse timer. After a restart the open offers' records are ended as ``unavailable``
and a press on an old button only says so.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Set

import aiohttp
from rasa.core.channels.channel import OutputChannel
from rasa.shared.core.events import SlotSet, UserUttered
from slack_sdk.errors import SlackApiError

from bot import handoff_log, handoff_offers
from bot.bot_db import BotDbError
from bot.handoff import CLOSE_ACTION, OFFER_ACTION, RequestSummary, staff_can_reach
from bot.handoff_offers import OfferOutcome, alert_text, escalation_text, offered_text, outcome_note, press_outcome
from bot.http_guard import conversation_ref
from bot.names import SLOT_ESCALATION_LEVEL, SLOT_FACT_ID
from bot.red_flags import SIGN_LABELS
from rasa_plugins.handoff_desk_store import Live

if TYPE_CHECKING:
    from rasa_plugins.handoff_desk import HandoffDesk

logger = logging.getLogger(__name__)
ESCALATED_LEVELS = ("urgent", "emergency")
SLACK_ERRORS = (SlackApiError, aiohttp.ClientError, asyncio.TimeoutError, OSError)


@dataclass
class Offered:
    """An open offer: the staff post with the button, and how to reach the patient if it is pressed."""

    offer_id: int
    conversation_id: str
    channel: str
    level: str
    output: OutputChannel
    staff_ts: str
    text: str
    posts: int = 1
    timer: Optional[asyncio.Task] = None


def escalated_this_turn(events: List[Any]) -> Optional[str]:
    """The level this turn escalated to (an escalation_level slot set to urgent/emergency since the
    latest user message, by action_escalate or the triage form), else None."""
    for event in reversed(events):
        if isinstance(event, UserUttered):
            return None
        if isinstance(event, SlotSet) and event.key == SLOT_ESCALATION_LEVEL and event.value in ESCALATED_LEVELS:
            return str(event.value)
    return None


def offer_blocks(text: str, offer_id: int) -> List[Dict[str, Any]]:
    button = {"type": "button", "action_id": OFFER_ACTION, "style": "primary", "value": str(offer_id)}
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": text}},
        {
            "type": "actions",
            "block_id": f"offer_{offer_id}",
            "elements": [{**button, "text": {"type": "plain_text", "text": "Offer a chat"}}],
        },
    ]


class StaffOffers:
    def __init__(self, desk: HandoffDesk) -> None:
        self.desk = desk
        self.open: Dict[str, Offered] = {}  # conversation id -> its open offer
        self.posting: Set[str] = set()  # conversations whose alert is on its way to Slack
        self._tasks: Set[asyncio.Task] = set()

    @property
    def lapse_seconds(self) -> int:
        return self.desk.settings.handoff_idle_seconds

    def end_stale(self) -> None:
        """At start-up: offers left open by an earlier process cannot reach their patient any more."""
        for stale in handoff_offers.open_offers(self.desk.db):
            handoff_offers.resolve(self.desk.db, stale.id, "unavailable")

    # -- the patient's side: after every turn ----------------------------------------------------------
    def after_turn(self, sender: str, output: OutputChannel, summary: Optional[RequestSummary]) -> None:
        """``summary``: the conversation at a glance when this turn escalated and staff do not have it yet.
        Slack is called in the background: the turn (a REST reply, the shell's last line) never waits for it."""
        offered = self.open.get(sender)
        if offered is not None:
            offered.output = output  # e.g. the widget reconnected
            self._lapse_later(offered)
        if summary is None or sender in self.posting:
            return
        if offered is None:
            self.posting.add(sender)
            self._start(self._offer(sender, output, summary))
        elif offered.posts < self.desk.settings.staff_alerts_per_conversation:
            offered.posts += 1
            self._start(self.desk._post(text=escalation_text(summary, SIGN_LABELS), thread_ts=offered.staff_ts))

    def _start(self, coroutine: Any) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def settle(self) -> None:
        """Waits for the Slack posts under way (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _offer(self, sender: str, output: OutputChannel, summary: RequestSummary) -> None:
        try:
            await self._post_offer(sender, output, summary)
        finally:
            self.posting.discard(sender)

    async def _post_offer(self, sender: str, output: OutputChannel, summary: RequestSummary) -> None:
        can_chat = staff_can_reach(self.desk.settings, summary.channel)
        text = alert_text(summary, SIGN_LABELS, can_chat, self.lapse_seconds)
        if not can_chat:
            await self.desk._post(text=text)
            return
        try:
            offer_id = handoff_offers.open_offer(self.desk.db, sender, summary.channel, summary.escalation_level)
        except BotDbError as error:
            logger.error("STAFF OFFER NOT RECORDED (conversation %s): %s", conversation_ref(sender), error)
            await self.desk._post(text=text)
            return
        ts = await self.desk._post(text=text, blocks=offer_blocks(text, offer_id))
        if ts is None:
            self._resolve(offer_id, "unavailable")
            return
        handoff_offers.set_offer_post(self.desk.db, offer_id, self.desk.staff_channel, ts)
        offered = Offered(offer_id, sender, summary.channel, summary.escalation_level, output, ts, text)
        self.open[sender] = offered
        self._lapse_later(offered)
        logger.info("conversation %s: staff alert %d posted with a chat offer", conversation_ref(sender), offer_id)

    # -- the staff side: a press -----------------------------------------------------------------------
    async def pressed(self, value: Any, user: str) -> None:
        offered = next((o for o in self.open.values() if str(o.offer_id) == str(value)), None)
        if offered is None and self.desk.shared:
            offered = await self._posted_elsewhere(value)
        if offered is None:
            await self._stale_press(value)
            return
        self._close(offered)  # before any await: a second press finds nothing open
        conversation = offered.conversation_id
        tracker = await self.desk._tracker(conversation)
        exists = tracker is not None and any(isinstance(e, UserUttered) for e in tracker.events)
        live = self.desk.store.get(conversation)
        outcome = press_outcome(exists, live.state if live is not None else None)
        handoff_id = live.handoff_id if live is not None else None
        if outcome == "chat_started":
            try:
                handoff_id = handoff_log.open_handoff(self.desk.db, conversation, offered.channel, offered.level)
                handoff_log.claim(self.desk.db, handoff_id, user)
                handoff_log.set_staff_post(self.desk.db, handoff_id, self.desk.staff_channel, offered.staff_ts)
            except BotDbError as error:
                logger.error("HANDOFF NOT RECORDED (conversation %s): %s", conversation_ref(conversation), error)
                outcome, handoff_id = "unavailable", None
        if not self._resolve(offered.offer_id, outcome, user, handoff_id):
            if outcome == "chat_started" and handoff_id is not None:  # resolved elsewhere meanwhile: no chat
                handoff_log.end(self.desk.db, handoff_id, "unavailable")
            return
        logger.info("conversation %s: staff offer %d pressed (%s)", conversation_ref(conversation), offered.offer_id, outcome)
        if outcome == "chat_started" and handoff_id is not None:
            await self._start_chat(offered, user, handoff_id)
            return
        claimer = live.staff_user if live is not None else ""
        await self._update(offered, outcome_note(outcome, user, claimer, self.lapse_seconds))
        if outcome == "joined_request" and live is not None:
            await self.desk._claim(live, user)

    async def _start_chat(self, offered: Offered, user: str, handoff_id: int) -> None:
        live = self.desk.start_live(handoff_id, offered.conversation_id, offered.channel, offered.output, offered.staff_ts, user)
        live.staff_name = await self.desk._staff_name(user)
        self.desk.store.save(live, "staff_name")
        close = {
            "type": "button",
            "action_id": CLOSE_ACTION,
            "value": str(handoff_id),
            "text": {"type": "plain_text", "text": "Close"},
        }
        await self._update(offered, offered_text(user), buttons=[close])
        await self.desk._tell(offered.conversation_id, offered.output, response="utter_handoff_offered", handoff="active")

    async def _posted_elsewhere(self, value: Any) -> Optional[Offered]:
        """In the cluster, an offer still open that another instance posted, rebuilt from its record
        (shared database) and the tracker, for a widget patient (reachable from any instance through
        socket.io's Redis manager). Slack DM patients' offers stay with the instance that posted them."""
        try:
            record = handoff_offers.get_offer(self.desk.db, int(value))
        except (BotDbError, TypeError, ValueError):
            return None
        factory = self.desk.output_factories.get(record.channel) if record is not None else None
        if record is None or record.state != "open" or not record.staff_ts or record.channel != "socketio" or factory is None:
            return None
        tracker = await self.desk._tracker(record.conversation_id)
        if tracker is None:
            return None
        summary = RequestSummary(
            conversation_ref(record.conversation_id),
            record.channel,
            record.escalation_level,
            conversation_signs(tracker),
            topics_asked(tracker),
        )
        text = alert_text(summary, SIGN_LABELS, True, self.lapse_seconds)
        output = factory(Live(0, record.conversation_id, record.channel))
        return Offered(record.id, record.conversation_id, record.channel, record.escalation_level, output, record.staff_ts, text)

    async def _stale_press(self, value: Any) -> None:
        """A press on an offer that is no longer open here (pressed already, lapsed, erased, or from
        before a restart): the post says so instead of a button that does nothing."""
        try:
            stale = handoff_offers.get_offer(self.desk.db, int(value))
        except (BotDbError, TypeError, ValueError):
            return
        if stale is None or not stale.staff_ts or stale.outcome in ("chat_started", "joined_request", "already_with_staff"):
            return  # its post already says what happened
        note = outcome_note(stale.outcome or "unavailable", lapse_seconds=self.lapse_seconds)
        await self._chat_update(stale.staff_ts, note, [{"type": "section", "text": {"type": "mrkdwn", "text": note}}])

    # -- endings -----------------------------------------------------------------------------------
    async def forget(self, conversation_id: str) -> None:
        """The patient erased the conversation: its open offer ends and its button goes."""
        offered = self.open.get(conversation_id)
        if offered is not None:
            self._close(offered)
            self._resolve(offered.offer_id, "erased")
            await self._update(offered, outcome_note("erased"))

    async def _lapse(self, offered: Offered) -> None:
        if self.open.get(offered.conversation_id) is not offered:
            return
        self._close(offered)
        if self._resolve(offered.offer_id, "expired"):
            await self._update(offered, outcome_note("expired", lapse_seconds=self.lapse_seconds))

    def _lapse_later(self, offered: Offered) -> None:
        if offered.timer is not None and offered.timer is not asyncio.current_task():
            offered.timer.cancel()

        async def later() -> None:
            await asyncio.sleep(self.lapse_seconds)
            await self._lapse(offered)

        offered.timer = asyncio.ensure_future(later())

    def _close(self, offered: Offered) -> None:
        if self.open.get(offered.conversation_id) is offered:
            del self.open[offered.conversation_id]
        if offered.timer is not None and offered.timer is not asyncio.current_task():
            offered.timer.cancel()

    def _resolve(self, offer_id: int, outcome: OfferOutcome, user: str = "", handoff_id: Optional[int] = None) -> bool:
        try:
            return handoff_offers.resolve(self.desk.db, offer_id, outcome, user, handoff_id)
        except BotDbError as error:
            logger.error("staff offer %d: outcome %s not recorded: %s", offer_id, outcome, error)
            return True  # the patient and staff are still told; the record is what failed

    # -- the staff post ------------------------------------------------------------------------------
    async def _update(self, offered: Offered, note: str, buttons: Optional[List[Dict[str, Any]]] = None) -> None:
        blocks: List[Dict[str, Any]] = [
            {"type": "section", "text": {"type": "mrkdwn", "text": offered.text}},
            {"type": "section", "text": {"type": "mrkdwn", "text": note}},
        ]
        if buttons:
            blocks.append({"type": "actions", "block_id": f"offer_{offered.offer_id}", "elements": buttons})
        await self._chat_update(offered.staff_ts, f"{offered.text}\n{note}", blocks)

    async def _chat_update(self, ts: str, text: str, blocks: List[Dict[str, Any]]) -> None:
        try:
            await self.desk.web.chat_update(channel=self.desk.staff_channel, ts=ts, text=text, blocks=blocks)
        except SLACK_ERRORS as error:
            detail = error.response.get("error", "unknown error") if isinstance(error, SlackApiError) else type(error).__name__
            logger.error("Slack chat.update of a staff alert failed: %s", detail)


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
