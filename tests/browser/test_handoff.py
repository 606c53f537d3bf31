"""Live handoff to clinic staff, end to end (issue 14): the widget in Debian's chromium, the real bot, and
a loopback stand-in for Slack's web API, with the staff side played by signed Events API requests.

The module starts its own bot (web page, action server, Rasa server) with a staff channel, opening
hours that are always open, and a short unclaimed timeout (HANDOFF_UNCLAIMED_SECONDS).
"""

from __future__ import annotations

import io
import json
import re
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
from playwright.sync_api import Browser, Page, expect

from bot.facts import default_facts
from bot.handoff_log import list_handoffs
from bot.handoff_offers import get_offer
from bot.http_guard import conversation_ref
from bot.launcher import Stack
from bot.report import print_report
from bot.settings import PROJECT_ROOT, Settings
from tests.bot_client import BotClient
from tests.browser.widget import GREETING, Chat
from tests.conftest import TEST_API_TOKEN, loopback_settings
from tests.http_capture import CapturedRequest, CaptureServer
from tests.integration.test_slack import SECRET, SlackSender, envelope, message_event, new_ts

pytestmark = [pytest.mark.browser, pytest.mark.integration]

STAFF_CHANNEL = "CSTAFF0001"
STAFF_USER = "USTAFF0001"
UNCLAIMED_S = 6

ASK_PERSON = "can I talk to a real person please"
WAITING = "I've also asked the team at Demo Clinic to join this chat"
CLAIMED = "A member of the clinic team has joined the chat"
CLOSED = "The clinic team has ended this chat"
NO_ONE = "Nobody from the team can join this chat right now"
OFFERED = "has seen your message and can chat with you here now"
EMERGENCY = "🚨 EMERGENCY"


def slack_reply(request: CapturedRequest, index: int) -> Any:
    """Slack's answers, as far as the bot reads them: a ts for each post, a profile for users.info."""
    if request.path.split("?")[0].endswith("/users.info"):
        return 200, {"ok": True, "user": {"id": STAFF_USER, "profile": {"display_name": "Dana", "real_name": "Dana Smith"}}}
    channel = (request.json or {}).get("channel")
    return 200, {"ok": True, "channel": channel, "ts": f"1900000100.{index:06d}"}


@pytest.fixture(scope="module")
def slack_api() -> Iterator[CaptureServer]:
    with CaptureServer(respond=slack_reply) as server:
        yield server


@pytest.fixture(scope="module")
def staff_alerts() -> Iterator[CaptureServer]:
    """The STAFF_WEBHOOK_URL receiver: the alert path that the staff-channel copy must leave as it was."""
    with CaptureServer() as server:
        yield server


@pytest.fixture(scope="module")
def handoff_settings(tmp_path_factory: pytest.TempPathFactory, slack_api: CaptureServer, staff_alerts: CaptureServer) -> Settings:
    return desk_settings(tmp_path_factory.mktemp("handoff-var"), slack_api, staff_webhook_url=staff_alerts.url + "/staff-alert")


def desk_settings(var_dir: Path, slack_api: CaptureServer, **changes: object) -> Settings:
    """A bot with the staff channel on the Slack stand-in, open all hours, short timeouts."""
    values: dict = {
        "slack_bot_token": "xoxb-test",
        "slack_signing_secret": SECRET,
        "slack_api_base_url": slack_api.url + "/api/",
        "slack_staff_channel": STAFF_CHANNEL,
        "clinic_hours": "Mon-Sun 0-24",
        "handoff_unclaimed_seconds": UNCLAIMED_S,
        "handoff_idle_seconds": 120,
        "rasa_api_token": TEST_API_TOKEN,
    }
    return loopback_settings(var_dir, **{**values, **changes})


@pytest.fixture(scope="module")
def handoff_stack(handoff_settings: Settings) -> Iterator[Stack]:
    if not list((PROJECT_ROOT / "models").glob("*.tar.gz")):
        pytest.fail("no trained model in models/: run `make train` first (make test does)")
    stack = Stack(handoff_settings, log_dir=handoff_settings.var_dir / "logs")
    stack.start()
    yield stack
    stack.stop()


@pytest.fixture(scope="module")
def staff(handoff_stack: Stack) -> SlackSender:
    s = handoff_stack.settings
    return SlackSender(f"http://{s.host}:{s.rasa_port}/webhooks/slack/webhook")


def open_chat(browser: Browser, settings: Settings, width: int = 1280, height: int = 800) -> Chat:
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(20_000)
    chat = Chat(context.new_page()).goto(f"http://{settings.host}:{settings.web_port}/")
    chat.open()
    chat.wait_for_bot(GREETING)
    return chat


def staff_posts(slack_api: CaptureServer, since: int = 0) -> List[CapturedRequest]:
    return [
        r
        for r in slack_api.requests[since:]
        if r.path.endswith("/chat.postMessage") and (r.json or {}).get("channel") == STAFF_CHANNEL
    ]


def wait_for_post(slack_api: CaptureServer, since: int, match: Any, timeout_s: float = 20.0) -> CapturedRequest:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = [r for r in staff_posts(slack_api, since) if match(r.json or {})]
        if found:
            return found[0]
        time.sleep(0.1)
    raise AssertionError(f"no matching staff-channel post; got {[r.json for r in staff_posts(slack_api, since)]}")


def click(staff: SlackSender, action_id: str, value: str, user: str = STAFF_USER) -> None:
    payload = {
        "type": "block_actions",
        "user": {"id": user},
        "channel": {"id": STAFF_CHANNEL},
        "container": {"type": "message", "channel_id": STAFF_CHANNEL},
        "actions": [{"action_id": action_id, "value": value, "type": "button"}],
    }
    assert staff.interaction(payload).status_code == 200


def staff_says(staff: SlackSender, thread_ts: str, text: str) -> None:
    event = message_event(text, STAFF_USER, STAFF_CHANNEL, new_ts(), channel_type="channel", thread_ts=thread_ts)
    assert staff.post(envelope(event)).status_code == 200


def request_of(post: CapturedRequest) -> Dict[str, str]:
    """The request post's buttons: action id -> value (the handoff id; the offer id for "Offer a chat")."""
    return request_of_body(post.json or {})


def request_ts(slack_api: CaptureServer, post: CapturedRequest) -> str:
    """The ts the stand-in gave a post (its request index, see `slack_reply`)."""
    index = next(i for i, r in enumerate(slack_api.requests) if r.received_at == post.received_at and r.body == post.body)
    return f"1900000100.{index:06d}"


def wait_quiet(page: Page, seconds: float) -> None:
    page.wait_for_timeout(seconds * 1000)


def test_a_patient_talks_to_staff_in_the_widget_and_the_bot_resumes_after(
    browser: Browser, handoff_stack: Stack, staff: SlackSender, slack_api: CaptureServer, artifacts_dir: Path
) -> None:
    settings = handoff_stack.settings
    bot = BotClient(settings)
    chat = open_chat(browser, settings)
    conversation = bot.web_conversation(chat.session_id())

    # The patient asks for a person: the contact details at once, then the live offer.
    since = len(slack_api.requests)
    chat.send(ASK_PERSON)
    chat.wait_for_bot("You can talk to a person at Demo Clinic")
    chat.wait_for_bot(WAITING)
    request = wait_for_post(slack_api, since, lambda body: any(b.get("type") == "actions" for b in body.get("blocks") or []))
    assert "A patient asks to talk to a person (website chat" in request.json["text"]
    assert ASK_PERSON not in json.dumps(request.json)  # the request carries no patient words
    handoff_id = request_of(request)["handoff_claim"]
    thread = request_ts(slack_api, request)

    # A staff member claims it and replies in the thread: the widget shows it, marked as staff.
    click(staff, "handoff_claim", handoff_id)
    chat.wait_for_bot(CLAIMED)
    staff_says(staff, thread, "Hello, I'm Dana from the clinic. How can I help?")
    reply = chat.wait_for_bot("Clinic staff (Dana): Hello, I'm Dana from the clinic")
    expect(reply).to_have_class(re.compile(r"\bmesobot-staff\b"))
    assert bot.slot(conversation, "handoff") == "active"
    chat.page.screenshot(path=str(artifacts_dir / "widget-handoff-desktop.png"))
    chat.page.set_viewport_size({"width": 390, "height": 844})
    reply.scroll_into_view_if_needed()
    chat.page.screenshot(path=str(artifacts_dir / "widget-handoff-390.png"))
    chat.page.set_viewport_size({"width": 1280, "height": 800})

    # The patient answers: it goes to the thread, and the bot stays quiet.
    shown = len(chat.bot_texts())
    since = len(slack_api.requests)
    chat.send("It itches a bit where the injections were, is that normal")
    relay = wait_for_post(slack_api, since, lambda body: body.get("thread_ts") == thread)
    assert relay.json["text"] == "Patient: It itches a bit where the injections were, is that normal"
    wait_quiet(chat.page, 2)
    assert chat.bot_texts()[shown:] == []

    # An emergency sign during the handoff gets the emergency instruction first, and staff see it.
    since = len(slack_api.requests)
    chat.send("now I'm confused and I can't breathe properly")
    chat.wait_for_bot(EMERGENCY)
    assert chat.bot_texts()[shown].startswith(EMERGENCY)
    relay = wait_for_post(slack_api, since, lambda body: body.get("thread_ts") == thread)
    assert relay.json["text"].startswith(":rotating_light: EMERGENCY sign")
    assert bot.slot(conversation, "escalation_level") == "emergency"

    # Staff close it: the patient is told, and the bot answers again.
    click(staff, "handoff_close", handoff_id)
    chat.wait_for_bot(CLOSED)
    efficacy = default_facts()["efficacy"]
    chat.send("does mesotherapy regrow hair")
    chat.wait_for_bot(efficacy.answer[:40])
    assert bot.slot(conversation, "handoff") == "none"

    [record] = [h for h in list_handoffs(settings.bot_db_path) if h.conversation_id == conversation]
    assert (record.state, record.outcome, record.claimed_by) == ("ended", "closed_by_staff", STAFF_USER)
    assert (record.patient_messages, record.staff_messages) == (2, 1)
    chat.page.context.close()


def test_an_unclaimed_request_times_out_with_contact_details_and_safety_advice(
    browser: Browser, handoff_stack: Stack, slack_api: CaptureServer
) -> None:
    settings = handoff_stack.settings
    chat = open_chat(browser, settings, width=390, height=844)
    conversation = BotClient(settings).web_conversation(chat.session_id())
    since = len(slack_api.requests)
    chat.send(ASK_PERSON)
    chat.wait_for_bot(WAITING)
    wait_for_post(slack_api, since, lambda body: bool(body.get("blocks")))
    message = chat.wait_for_bot(NO_ONE, timeout_ms=(UNCLAIMED_S + 15) * 1000)
    text = message.inner_text()
    assert "call Demo Clinic on +44 20 7946 0000 (Mon-Sun 0-24)" in text
    assert "call 999 if you have any of these" in text  # the safety net: no escalation in this conversation
    [record] = [h for h in list_handoffs(settings.bot_db_path) if h.conversation_id == conversation]
    assert (record.state, record.outcome, record.claimed_by) == ("ended", "unclaimed_timeout", "")
    chat.page.context.close()


def test_staff_offer_a_chat_after_an_emergency_and_the_patient_sees_them_marked_as_staff(
    browser: Browser, handoff_stack: Stack, staff: SlackSender, slack_api: CaptureServer, staff_alerts: CaptureServer
) -> None:
    settings = handoff_stack.settings
    bot = BotClient(settings)
    chat = open_chat(browser, settings)
    conversation = bot.web_conversation(chat.session_id())

    # An emergency report: the instruction in the widget, then the staff alert with "Offer a chat".
    since = len(slack_api.requests)
    words = "I'm confused and I can't breathe properly since the injections"
    chat.send(words)
    chat.wait_for_bot(EMERGENCY)
    alert = wait_for_post(slack_api, since, lambda body: "handoff_offer" in request_of_body(body))
    assert alert.json["text"].startswith(":rotating_light: EMERGENCY escalation in conversation ")
    assert f"conversation {conversation_ref(conversation)} (website chat)" in alert.json["text"]
    assert "Signs found: breathing difficulty" in alert.json["text"]
    assert words not in json.dumps(alert.json)  # no patient words
    emergency_said = next(
        e["timestamp"]
        for e in bot.tracker(conversation)["events"]
        if e.get("metadata", {}).get("utter_action") == "utter_emergency"
    )
    assert emergency_said < wall_time(alert)  # the instruction went out first
    assert bot.slot(conversation, "handoff") == "none"  # nothing changes until staff press

    # Staff press it: the patient is told at once, and the chat is on, claimed by whoever pressed.
    click(staff, "handoff_offer", request_of(alert)["handoff_offer"])
    chat.wait_for_bot(OFFERED)
    assert bot.slot(conversation, "handoff") == "active"
    thread = request_ts(slack_api, alert)
    staff_says(staff, thread, "Hello, Dana from the clinic here. Have you called 999?")
    reply = chat.wait_for_bot("Clinic staff (Dana): Hello, Dana from the clinic here")
    expect(reply).to_have_class(re.compile(r"\bmesobot-staff\b"))

    # The patient's reply reaches the alert's thread; the bot stays quiet.
    since = len(slack_api.requests)
    shown = len(chat.bot_texts())
    chat.send("I have called 999 and they are sending someone")
    relay = wait_for_post(slack_api, since, lambda body: body.get("thread_ts") == thread)
    assert relay.json["text"] == "Patient: I have called 999 and they are sending someone"
    wait_quiet(chat.page, 2)
    assert chat.bot_texts()[shown:] == []

    # The webhook alert went out as before, exactly once for this escalation.
    ref = conversation_ref(conversation)
    assert [a.json["level"] for a in staff_alerts.requests if (a.json or {}).get("conversation_ref") == ref] == ["emergency"]

    # Staff close it; the record says the chat came from an offer, who took it and how it ended.
    update = next(r.json for r in reversed(slack_api.requests) if r.path.endswith("/chat.update") and r.json["ts"] == thread)
    click(staff, "handoff_close", request_of_body(update)["handoff_close"])
    chat.wait_for_bot(CLOSED)
    [record] = [h for h in list_handoffs(settings.bot_db_path) if h.conversation_id == conversation]
    assert (record.outcome, record.claimed_by, record.escalation_level) == ("closed_by_staff", STAFF_USER, "emergency")
    assert (record.patient_messages, record.staff_messages) == (1, 1)
    offer = get_offer(settings.bot_db_path, int(request_of(alert)["handoff_offer"]))
    assert offer is not None and (offer.outcome, offer.offered_by, offer.handoff_id) == ("chat_started", STAFF_USER, record.id)
    out = io.StringIO()
    print_report(settings.bot_db_path, out=out)
    assert "chat_started 1" in next(line for line in out.getvalue().splitlines() if line.startswith("Staff offers of a chat"))
    chat.page.context.close()


def wall_time(request: CapturedRequest) -> float:
    """When the stand-in received a request, on the clock tracker events use."""
    return time.time() - (time.monotonic() - request.received_at)


def request_of_body(body: Dict[str, Any]) -> Dict[str, str]:
    return {e["action_id"]: e["value"] for b in body.get("blocks") or [] if b.get("type") == "actions" for e in b["elements"]}


def dm_posts(slack_api: CaptureServer, channel: str) -> List[str]:
    return [
        (r.json or {}).get("text") or ""
        for r in slack_api.requests
        if r.path.endswith("/chat.postMessage") and (r.json or {}).get("channel") == channel
    ]


def wait_for_dm(slack_api: CaptureServer, channel: str, fragment: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if any(fragment in text for text in dm_posts(slack_api, channel)):
            return
        time.sleep(0.1)
    raise AssertionError(f"no DM post with {fragment!r}; got {dm_posts(slack_api, channel)}")


def test_a_patient_in_a_slack_dm_gets_the_staff_reply_in_the_dm(
    handoff_stack: Stack, staff: SlackSender, slack_api: CaptureServer
) -> None:
    patient, dm = "UPATIENT01", "DPATIENT01"
    since = len(slack_api.requests)
    assert staff.post(envelope(message_event(ASK_PERSON, patient, dm, new_ts()))).status_code == 200
    wait_for_dm(slack_api, dm, "also asked the team at Demo Clinic")
    request = wait_for_post(slack_api, since, lambda body: bool(body.get("blocks")))
    assert "Slack direct message" in request.json["text"]
    click(staff, "handoff_claim", request_of(request)["handoff_claim"])
    wait_for_dm(slack_api, dm, CLAIMED)
    staff_says(staff, request_ts(slack_api, request), "Hi, Dana here.")
    wait_for_dm(slack_api, dm, "Clinic staff (Dana): Hi, Dana here.")
    since = len(slack_api.requests)
    assert staff.post(envelope(message_event("thanks, that helps", patient, dm, new_ts()))).status_code == 200
    relay = wait_for_post(slack_api, since, lambda body: body.get("thread_ts") == request_ts(slack_api, request))
    assert relay.json["text"] == "Patient: thanks, that helps"
    click(staff, "handoff_close", request_of(request)["handoff_claim"])
    wait_for_dm(slack_api, dm, CLOSED)
