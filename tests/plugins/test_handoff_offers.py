"""Staff offer a chat after an escalation: the handoff desk's state transitions, in process.

The real desk (`rasa_plugins.handoff_desk`) with Rasa's own in-memory tracker and lock stores, the
server's NLG over the project's domain.yml, var/bot.db in a temporary directory, and a loopback
stand-in for Slack's web API (`tests.http_capture.CaptureServer`). No model, no server: each test
plays the turns the message guard would hand over.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Dict, Iterator, List

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import handoff_log, handoff_offers
from bot.handoff import CLAIM_ACTION, CLOSE_ACTION, HANDOFF_SLOT, OFFER_ACTION
from bot.names import INTENT_REPORT_EMERGENCY, SLOT_ESCALATION_LEVEL
from bot.settings import PROJECT_ROOT, Settings
from rasa_plugins.env_nlg import EnvTemplatedNLG
from rasa_plugins.handoff_desk import REQUEST_INTENT, HandoffDesk, StaffReply
from tests.async_helpers import run_async
from tests.conftest import loopback_settings
from tests.http_capture import CapturedRequest, CaptureServer

STAFF_CHANNEL = "CSTAFF0001"
PATIENT = "patient-conversation-1"
EMERGENCY_WORDS = "I'm confused and I can't breathe properly"
OFFERED = "has seen your message and can chat with you here now"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def slack_reply(request: CapturedRequest, index: int) -> Any:
    if request.path.split("?")[0].endswith("/users.info"):
        return 200, {"ok": True, "user": {"profile": {"display_name": "Dana"}}}
    return 200, {"ok": True, "ts": f"1900000300.{index:06d}"}


@pytest.fixture
def slack() -> Iterator[CaptureServer]:
    with CaptureServer(respond=slack_reply) as server:
        yield server


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


def closed_now() -> str:
    return f"{DAYS[(datetime.now(timezone.utc).weekday() + 3) % 7].title()} 9-17"


def make_settings(tmp_path: Path, slack: CaptureServer, **changes: Any) -> Settings:
    values: Dict[str, Any] = dict(
        slack_bot_token="xoxb-test",
        slack_signing_secret="secret",
        slack_api_base_url=slack.url + "/api/",
        slack_staff_channel=STAFF_CHANNEL,
        clinic_hours="Mon-Sun 0-24",
    )
    return loopback_settings(tmp_path, **{**values, **changes})


class Bench:
    """A desk attached to an app whose agent has Rasa's in-memory stores; plays the patient's turns."""

    def __init__(self, settings: Settings, domain: Domain) -> None:
        self.domain = domain
        self.store = InMemoryTrackerStore(domain)
        self.desk = HandoffDesk(settings)
        agent = SimpleNamespace(tracker_store=self.store, lock_store=InMemoryLockStore(), nlg=EnvTemplatedNLG(domain=domain))
        self.desk.attach(SimpleNamespace(ctx=SimpleNamespace(agent=agent)))
        self.output = CollectingOutputChannel()

    async def turn(self, text: str, intent: str, events: List[Event], sender: str = PATIENT, channel: str = "socketio") -> None:
        """A patient message and what Rasa did with it, stored, then handed to the desk as the guard does."""
        tracker = await self.store.retrieve(sender) or DialogueStateTracker(sender, self.domain.slots)
        signs = ["confusion", "breathless"] if intent == INTENT_REPORT_EMERGENCY else []
        parse = {"intent": {"name": intent, "confidence": 1.0}, "entities": [], "red_flags": {"signs": signs}}
        tracker.update(UserUttered(text, parse["intent"], [], parse))
        for event in events:
            tracker.update(event)
        tracker.update(ActionExecuted("action_listen"))
        await self.store.save(tracker)
        await self.desk.after_turn(UserMessage(text, self.output, sender, input_channel=channel), self.output)
        await self.desk.offers.settle()  # the staff alert is posted in the background

    async def emergency(self, sender: str = PATIENT, channel: str = "socketio") -> None:
        done = [ActionExecuted("utter_emergency"), ActionExecuted("action_escalate"), SlotSet(SLOT_ESCALATION_LEVEL, "emergency")]
        await self.turn(EMERGENCY_WORDS, INTENT_REPORT_EMERGENCY, done, sender, channel)

    async def ask_for_person(self) -> None:
        await self.turn(
            "can I talk to a person", REQUEST_INTENT, [ActionExecuted("utter_handoff"), SlotSet(HANDOFF_SLOT, "waiting")]
        )

    async def press(self, action_id: str, value: Any, user: str = "USTAFF0001") -> None:
        await self.desk.staff_action({"action_id": action_id, "value": str(value)}, user)

    async def slot(self, name: str, sender: str = PATIENT) -> Any:
        tracker = await self.store.retrieve(sender)
        return tracker.get_slot(name) if tracker is not None else None

    def told(self) -> List[str]:
        return [m.get("text", "") for m in self.output.messages]

    def offers(self) -> List[handoff_offers.StaffOffer]:
        return [o for o in (handoff_offers.get_offer(self.desk.db, i) for i in range(1, 20)) if o is not None]


def posts(slack: CaptureServer, method: str = "chat.postMessage") -> List[Dict[str, Any]]:
    return [r.json or {} for r in slack.requests if r.path.endswith("/" + method)]


def buttons(body: Dict[str, Any]) -> Dict[str, str]:
    return {e["action_id"]: e["value"] for b in body.get("blocks") or [] if b.get("type") == "actions" for e in b["elements"]}


def offer_post(slack: CaptureServer) -> Dict[str, Any]:
    [post] = [p for p in posts(slack) if OFFER_ACTION in buttons(p)]
    return post


def offer_ts(slack: CaptureServer) -> str:
    """The ts the stand-in gave the offer post (its request index, see `slack_reply`)."""
    [index] = [
        i for i, r in enumerate(slack.requests) if r.path.endswith("/chat.postMessage") and OFFER_ACTION in buttons(r.json)
    ]
    return f"1900000300.{index:06d}"


def play(settings: Settings, domain: Domain, scenario: Any) -> Bench:
    async def run() -> Bench:
        bench = Bench(settings, domain)
        await scenario(bench)
        for task in [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]:
            task.cancel()  # the desk's timers
        return bench

    return run_async(run())


@pytest.mark.parametrize("hours", ["Mon-Sun 0-24", "closed"])
def test_an_escalation_posts_the_staff_alert_with_an_offer_and_a_press_opens_the_chat_at_once(
    tmp_path: Path, slack: CaptureServer, domain: Domain, hours: str
) -> None:
    """Outside opening hours too: whoever pressed is there now, so nobody is left waiting."""
    settings = make_settings(tmp_path, slack, clinic_hours=closed_now() if hours == "closed" else hours)

    async def scenario(bench: Bench) -> None:
        await bench.emergency()
        post = offer_post(slack)
        assert post["channel"] == STAFF_CHANNEL
        assert post["text"].startswith(":rotating_light: EMERGENCY escalation in conversation ")
        assert "confusion" in post["text"] and "website chat" in post["text"]
        assert EMERGENCY_WORDS not in str(post) and PATIENT not in str(post)  # no patient words, no raw id
        assert bench.told() == []  # nothing for the patient until staff press
        await bench.press(OFFER_ACTION, buttons(post)[OFFER_ACTION])
        assert await bench.slot(HANDOFF_SLOT) == "active"
        assert OFFERED in bench.told()[-1] and "does not replace the emergency advice" in bench.told()[-1]
        # The alert post became the chat's thread: staff reply there, the patient's answer goes there.
        thread = offer_ts(slack)
        await bench.desk.staff_reply(StaffReply(STAFF_CHANNEL, thread, "USTAFF0001", "Hello, Dana here. Have you called 999?"))
        assert bench.told()[-1] == "Clinic staff (Dana): Hello, Dana here. Have you called 999?"
        await bench.turn("yes, the ambulance is coming", "affirm", [])
        last = posts(slack)[-1]
        assert (last["thread_ts"], last["text"]) == (thread, "Patient: yes, the ambulance is coming")
        [update] = [u for u in posts(slack, "chat.update") if u["ts"] == thread]
        assert "offered a chat" in update["text"] and buttons(update) == {CLOSE_ACTION: buttons(update)[CLOSE_ACTION]}
        await bench.press(CLOSE_ACTION, buttons(update)[CLOSE_ACTION])
        assert await bench.slot(HANDOFF_SLOT) == "none"

    bench = play(settings, domain, scenario)
    [offer] = bench.offers()
    [record] = handoff_log.list_handoffs(bench.desk.db)
    assert (offer.outcome, offer.offered_by, offer.handoff_id) == ("chat_started", "USTAFF0001", record.id)
    assert (record.claimed_by, record.outcome, record.escalation_level) == ("USTAFF0001", "closed_by_staff", "emergency")
    assert (record.patient_messages, record.staff_messages) == (1, 1)


def test_an_offer_pressed_twice_opens_one_chat_claimed_by_the_first(tmp_path: Path, slack: CaptureServer, domain: Domain) -> None:
    async def scenario(bench: Bench) -> None:
        await bench.emergency()
        value = buttons(offer_post(slack))[OFFER_ACTION]
        await bench.press(OFFER_ACTION, value, user="UFIRST0001")
        await bench.press(OFFER_ACTION, value, user="USECOND001")
        await bench.press(OFFER_ACTION, value, user="UFIRST0001")

    bench = play(make_settings(tmp_path, slack), domain, scenario)
    assert sum(OFFERED in text for text in bench.told()) == 1
    [record] = handoff_log.list_handoffs(bench.desk.db)
    assert (record.state, record.claimed_by) == ("active", "UFIRST0001")
    assert [(o.outcome, o.offered_by) for o in bench.offers()] == [("chat_started", "UFIRST0001")]


def test_an_offer_pressed_while_the_patients_own_request_waits_claims_that_request(
    tmp_path: Path, slack: CaptureServer, domain: Domain
) -> None:
    async def scenario(bench: Bench) -> None:
        await bench.emergency()
        value = buttons(offer_post(slack))[OFFER_ACTION]
        await bench.ask_for_person()  # the request is posted, waiting
        assert await bench.slot(HANDOFF_SLOT) == "waiting"
        await bench.press(OFFER_ACTION, value)
        assert await bench.slot(HANDOFF_SLOT) == "active"

    bench = play(make_settings(tmp_path, slack), domain, scenario)
    [record] = handoff_log.list_handoffs(bench.desk.db)  # no second handoff
    assert (record.state, record.claimed_by) == ("active", "USTAFF0001")
    [offer] = bench.offers()
    assert (offer.outcome, offer.handoff_id) == ("joined_request", record.id)
    assert not any(OFFERED in text for text in bench.told())  # the request's "joined" message instead
    assert "A member of the clinic team has joined the chat" in bench.told()[-1]


def test_an_offer_pressed_while_another_staff_member_has_the_chat_changes_nothing(
    tmp_path: Path, slack: CaptureServer, domain: Domain
) -> None:
    async def scenario(bench: Bench) -> None:
        await bench.emergency()
        value = buttons(offer_post(slack))[OFFER_ACTION]
        await bench.ask_for_person()
        request = next(p for p in posts(slack) if CLAIM_ACTION in buttons(p))
        await bench.press(CLAIM_ACTION, buttons(request)[CLAIM_ACTION], user="UOTHER0001")
        told = len(bench.told())
        await bench.press(OFFER_ACTION, value, user="USTAFF0001")
        assert len(bench.told()) == told  # the patient hears nothing new

    bench = play(make_settings(tmp_path, slack), domain, scenario)
    [record] = handoff_log.list_handoffs(bench.desk.db)
    assert record.claimed_by == "UOTHER0001"
    [offer] = bench.offers()
    assert (offer.outcome, offer.offered_by) == ("already_with_staff", "USTAFF0001")
    assert any("already in a chat with <@UOTHER0001>" in u["text"] for u in posts(slack, "chat.update"))


def test_while_staff_have_the_conversation_an_escalation_posts_no_offer(
    tmp_path: Path, slack: CaptureServer, domain: Domain
) -> None:
    async def scenario(bench: Bench) -> None:
        await bench.ask_for_person()
        await bench.emergency()  # goes to the handoff thread, called out (HandoffDesk._relay)

    bench = play(make_settings(tmp_path, slack), domain, scenario)
    assert not any(OFFER_ACTION in buttons(p) for p in posts(slack))
    assert posts(slack)[-1]["text"].startswith(":rotating_light: EMERGENCY sign")
    assert bench.offers() == []


@pytest.mark.parametrize("where", ["in the chat", "outside the server"])
def test_an_offer_after_erasure_opens_no_chat(tmp_path: Path, slack: CaptureServer, domain: Domain, where: str) -> None:
    """ "Delete my conversation" in the chat ends the offer at once; an erasure the server did not see
    (`make forget`) is found when staff press."""

    async def scenario(bench: Bench) -> None:
        await bench.emergency()
        value = buttons(offer_post(slack))[OFFER_ACTION]
        if where == "in the chat":
            await bench.desk.forget(PATIENT)
        else:
            bench.store.store.pop(PATIENT)
        await bench.press(OFFER_ACTION, value)

    bench = play(make_settings(tmp_path, slack), domain, scenario)
    assert handoff_log.list_handoffs(bench.desk.db) == []
    assert bench.told() == []
    [offer] = bench.offers()
    assert offer.outcome == "erased"
    assert any("deleted the conversation" in u["text"] for u in posts(slack, "chat.update"))


def test_an_offer_nobody_presses_lapses_and_its_button_goes(tmp_path: Path, slack: CaptureServer, domain: Domain) -> None:
    async def scenario(bench: Bench) -> None:
        await bench.emergency()
        await asyncio.sleep(1.5)
        await bench.press(OFFER_ACTION, buttons(offer_post(slack))[OFFER_ACTION])  # too late

    bench = play(make_settings(tmp_path, slack, handoff_idle_seconds=1), domain, scenario)
    [offer] = bench.offers()
    assert (offer.outcome, offer.offered_by) == ("expired", "")
    assert handoff_log.list_handoffs(bench.desk.db) == [] and bench.told() == []
    assert any("Offer lapsed" in u["text"] and not buttons(u) for u in posts(slack, "chat.update"))


def test_a_second_escalation_goes_in_the_offers_thread_and_a_rest_conversation_gets_no_button(
    tmp_path: Path, slack: CaptureServer, domain: Domain
) -> None:
    async def scenario(bench: Bench) -> None:
        await bench.emergency()
        await bench.emergency()
        await bench.emergency(sender="rest-conversation", channel="rest")

    play(make_settings(tmp_path, slack), domain, scenario)
    first, second, rest = posts(slack)
    assert OFFER_ACTION in buttons(first)
    assert second["thread_ts"] == offer_ts(slack) and not buttons(second)
    assert second["text"].startswith(":rotating_light: EMERGENCY escalation in conversation ")
    assert not buttons(rest) and "A chat is not possible on this channel" in rest["text"]


def test_after_a_restart_open_offers_end_and_their_old_buttons_say_so(
    tmp_path: Path, slack: CaptureServer, domain: Domain
) -> None:
    settings = make_settings(tmp_path, slack)

    async def before(bench: Bench) -> None:
        await bench.emergency()

    play(settings, domain, before)
    value = buttons(offer_post(slack))[OFFER_ACTION]

    async def after(bench: Bench) -> None:  # a new process: a new desk over the same records
        await bench.press(OFFER_ACTION, value)

    bench = play(settings, domain, after)
    [offer] = bench.offers()
    assert offer.outcome == "unavailable" and bench.told() == []
    assert "no longer open (the bot restarted)" in posts(slack, "chat.update")[-1]["text"]


def test_stale_presses_are_ignored_without_an_error(tmp_path: Path, slack: CaptureServer, domain: Domain) -> None:
    async def scenario(bench: Bench) -> None:
        await bench.press(OFFER_ACTION, "not-a-number")
        await bench.press(OFFER_ACTION, 404)

    bench = play(make_settings(tmp_path, slack), domain, scenario)
    assert posts(slack, "chat.update") == [] and bench.offers() == []


def test_the_turn_never_waits_for_slack_to_take_the_staff_alert(tmp_path: Path, domain: Domain) -> None:
    """The REST reply (and the shell's last line, printed when the reply ends) is the emergency
    instruction: it must not wait for a slow Slack."""
    with CaptureServer(respond=slack_reply, delay_s=3.0) as slow_slack:
        settings = make_settings(tmp_path, slow_slack)

        async def scenario(bench: Bench) -> None:
            started = time.monotonic()
            done = [
                ActionExecuted("utter_emergency"),
                ActionExecuted("action_escalate"),
                SlotSet(SLOT_ESCALATION_LEVEL, "emergency"),
            ]
            tracker = DialogueStateTracker(PATIENT, domain.slots)
            parse = {"intent": {"name": INTENT_REPORT_EMERGENCY}, "entities": [], "red_flags": {"signs": ["breathless"]}}
            for event in [UserUttered(EMERGENCY_WORDS, parse["intent"], [], parse), *done]:
                tracker.update(event)
            await bench.store.save(tracker)
            await bench.desk.after_turn(
                UserMessage(EMERGENCY_WORDS, bench.output, PATIENT, input_channel="socketio"), bench.output
            )
            assert time.monotonic() - started < 1.5
            await bench.desk.offers.settle()
            assert OFFER_ACTION in buttons(offer_post(slow_slack))

        play(settings, domain, scenario)
