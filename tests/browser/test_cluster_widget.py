"""The widget (Debian's chromium) and the live handoff on `make run-cluster` with 2 Rasa instances behind
nginx, PostgreSQL and Redis (issue 13): a widget session survives a restart of the instance it was on,
and a handoff requested through one instance is claimed, answered and closed through the other.

The module starts its own cluster (with the web page, a staff channel on a loopback stand-in for
Slack's web API, opening hours that are always open and a short unclaimed timeout).
"""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from typing import Iterator, List, Tuple

import pytest
from playwright.sync_api import Browser, expect

from bot.bot_db_pg import PostgresDb
from bot.cluster import ClusterStack, Instance
from bot.facts import default_facts
from bot.handoff_log import list_handoffs
from bot.launcher import check_port_free, latest_model
from bot.settings import Settings
from bot.shared_limits import redis_client
from rasa_plugins.handoff_desk_store import Live, RedisDeskStore
from tests.bot_client import BotClient
from tests.browser.conftest import PageRecorder
from tests.browser.test_handoff import (
    ASK_PERSON,
    CLAIMED,
    CLOSED,
    EMERGENCY,
    NO_ONE,
    OFFERED,
    STAFF_USER,
    WAITING,
    click,
    desk_settings,
    request_of,
    request_of_body,
    request_ts,
    slack_reply,
    staff_says,
    wait_for_post,
)
from tests.browser.widget import GREETING, Chat
from tests.http_capture import CaptureServer
from tests.integration.test_slack import SlackSender

pytestmark = [pytest.mark.browser, pytest.mark.integration]

UNCLAIMED_S = 8
EFFICACY = default_facts()["efficacy"].answer[:40]
SIDE_EFFECTS = default_facts()["side_effects"].answer[:40]


@pytest.fixture(scope="module")
def slack_api() -> Iterator[CaptureServer]:
    with CaptureServer(respond=slack_reply) as server:
        yield server


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory, slack_api: CaptureServer) -> Iterator[ClusterStack]:
    root = tmp_path_factory.mktemp("cluster-widget")
    settings = desk_settings(root / "var", slack_api, handoff_unclaimed_seconds=UNCLAIMED_S)
    stack = ClusterStack(settings, instances=2, log_dir=root / "logs")
    stack.start()
    yield stack
    stack.stop()
    assert stack.pids() == []
    check_port_free(settings.host, settings.rasa_port, "RASA_PORT")


def api(cluster: ClusterStack, member: Instance) -> BotClient:
    """Rasa's HTTP API on one instance's own port (it refuses requests forwarded by nginx)."""
    return BotClient(dataclasses.replace(cluster.settings, rasa_port=member.rasa_port))


def slack_to(cluster: ClusterStack, member: Instance) -> SlackSender:
    return SlackSender(f"http://{cluster.settings.host}:{member.rasa_port}/webhooks/slack/webhook")


def access_lines(cluster: ClusterStack) -> List[str]:
    assert cluster.balancer is not None
    return cluster.balancer.access_log.read_text().splitlines()


def socket_instance(cluster: ClusterStack, since: int) -> Instance:
    """The instance nginx sent the widget's socket.io requests to (logged since line `since`)."""
    lines = [line for line in access_lines(cluster)[since:] if "/socket.io/" in line and "transport=polling" in line]
    upstreams = {line.split()[-2] for line in lines}  # logged at once (a websocket only when it closes)
    [upstream] = upstreams  # one session, one instance
    return next(m for m in cluster.members if upstream == f"127.0.0.1:{m.rasa_port}")


def open_chat(browser: Browser, settings: Settings) -> Chat:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(30_000)
    page = context.new_page()
    chat = Chat(page)
    chat.recorder = PageRecorder(page)
    chat.goto(f"http://{settings.host}:{settings.web_port}/").open()
    chat.wait_for_bot(GREETING)
    return chat


def confirmations(chat: Chat) -> int:
    assert chat.recorder is not None
    return sum(1 for line in chat.recorder.console if line.startswith("session_confirm:"))


def wait_for_confirmations(chat: Chat, count: int, timeout_s: float = 60.0) -> None:
    """Until the widget has been confirmed its session `count` times (rasa-webchat logs each)."""
    deadline = time.monotonic() + timeout_s
    while confirmations(chat) < count:
        assert time.monotonic() < deadline, f"the widget did not reconnect: {chat.recorder.console if chat.recorder else []}"
        chat.page.wait_for_timeout(200)


def settled_bot_texts(chat: Chat, quiet_ms: int = 2000, timeout_s: float = 30.0) -> List[str]:
    """The bot messages once none has appeared for `quiet_ms` (the widget shows a turn's replies one by one)."""
    deadline = time.monotonic() + timeout_s
    texts = chat.bot_texts()
    while time.monotonic() < deadline:
        chat.page.wait_for_timeout(quiet_ms)
        now = chat.bot_texts()
        if now == texts:
            return now
        texts = now
    raise AssertionError(f"the widget kept adding messages for {timeout_s} s")


def tracker_user_texts(client: BotClient, conversation: str) -> List[str]:
    events = client.tracker(conversation)["events"]
    return [e["text"] for e in events if e["event"] == "user" and e.get("text") != "hello"]  # "hello": the widget's init


def wait_for_user_texts(client: BotClient, conversation: str, expected: List[str], timeout_s: float = 20.0) -> List[str]:
    """The tracker's user texts once they match `expected` (the reply is sent before the turn is saved)."""
    deadline = time.monotonic() + timeout_s
    while (texts := tracker_user_texts(client, conversation)) != expected and time.monotonic() < deadline:
        time.sleep(0.2)
    return texts


def test_a_widget_session_survives_a_restart_of_the_instance_it_was_on(browser: Browser, cluster: ClusterStack) -> None:
    began = time.monotonic()
    mark = len(access_lines(cluster))
    chat = open_chat(browser, cluster.settings)
    token = chat.session_id()
    chat.send("does mesotherapy regrow hair")
    chat.wait_for_bot(EFFICACY)
    victim = socket_instance(cluster, mark)
    survivor = next(m for m in cluster.members if m is not victim)
    users, bots = chat.user_texts(), settled_bot_texts(chat)
    assert confirmations(chat) == 1

    # The instance holding the socket dies: the widget reconnects through nginx to the other one and
    # resumes the same session; nothing on the page is lost.
    killed = time.monotonic()
    cluster.kill_rasa(victim)
    wait_for_confirmations(chat, 2)
    reconnected_s = time.monotonic() - killed
    assert chat.session_id() == token
    assert (chat.user_texts(), chat.bot_texts()) == (users, bots)
    conversation = api(cluster, survivor).web_conversation(token)
    assert tracker_user_texts(api(cluster, survivor), conversation) == users

    # The next message is answered (by the survivor), and stored after the earlier ones.
    chat.send("what are the side effects")
    chat.wait_for_bot(SIDE_EFFECTS)

    # The instance comes back; a reload of the page shows the whole conversation, still the same session.
    cluster.start_rasa(victim, latest_model(cluster.models_dir))
    chat.goto(f"http://{cluster.settings.host}:{cluster.settings.web_port}/").open()
    chat.wait_for_bot(SIDE_EFFECTS)
    assert chat.session_id() == token
    assert chat.user_texts() == [*users, "what are the side effects"]
    assert chat.bot_texts()[: len(bots)] == bots
    chat.send("does mesotherapy regrow hair")
    expect(chat.page.locator(".rw-from-response .rw-response", has_text=EFFICACY)).to_have_count(2)
    expected = [*users, "what are the side effects", "does mesotherapy regrow hair"]
    for member in cluster.members:  # both instances read the same, complete conversation from PostgreSQL
        assert wait_for_user_texts(api(cluster, member), conversation, expected) == expected
    print(f"\nwidget reconnected {reconnected_s:.1f} s after the kill; whole test {time.monotonic() - began:.1f} s")
    chat.page.context.close()


def chat_and_staff_apart(browser: Browser, cluster: ClusterStack) -> Tuple[Chat, Instance, SlackSender]:
    """A widget chat, the instance that does not hold its socket, and staff events sent only to that one."""
    mark = len(access_lines(cluster))
    chat = open_chat(browser, cluster.settings)
    patient_side = socket_instance(cluster, mark)
    staff_side = next(m for m in cluster.members if m is not patient_side)
    return chat, staff_side, slack_to(cluster, staff_side)


def test_a_handoff_requested_through_one_instance_is_claimed_answered_and_closed_through_the_other(
    browser: Browser, cluster: ClusterStack, slack_api: CaptureServer
) -> None:
    chat, staff_side, staff = chat_and_staff_apart(browser, cluster)

    since = len(slack_api.requests)
    chat.send(ASK_PERSON)
    chat.wait_for_bot(WAITING)
    request = wait_for_post(slack_api, since, lambda body: any(b.get("type") == "actions" for b in body.get("blocks") or []))
    handoff_id = request_of(request)["handoff_claim"]
    thread = request_ts(slack_api, request)

    click(staff, "handoff_claim", handoff_id)
    chat.wait_for_bot(CLAIMED)
    staff_says(staff, thread, "Hello, I'm Dana from the clinic.")
    reply = chat.wait_for_bot("Clinic staff (Dana): Hello, I'm Dana from the clinic.")
    expect(reply).to_have_class(re.compile(r"\bmesobot-staff\b"))

    since = len(slack_api.requests)
    chat.send("thank you, it itches a little")
    relay = wait_for_post(slack_api, since, lambda body: body.get("thread_ts") == thread)
    assert relay.json is not None and relay.json["text"] == "Patient: thank you, it itches a little"

    click(staff, "handoff_close", handoff_id)
    chat.wait_for_bot(CLOSED)
    conversation = api(cluster, staff_side).web_conversation(chat.session_id())
    assert api(cluster, staff_side).slot(conversation, "handoff") == "none"
    [record] = [h for h in list_handoffs(PostgresDb(cluster.settings.database_url)) if h.conversation_id == conversation]
    assert (record.state, record.outcome, record.claimed_by) == ("ended", "closed_by_staff", STAFF_USER)
    assert (record.patient_messages, record.staff_messages) == (1, 1)
    chat.page.context.close()


def test_a_staff_offer_posted_by_one_instance_is_pressed_through_the_other(
    browser: Browser, cluster: ClusterStack, slack_api: CaptureServer
) -> None:
    chat, staff_side, staff = chat_and_staff_apart(browser, cluster)

    since = len(slack_api.requests)
    chat.send("I'm confused and I can't breathe properly since the injections")
    chat.wait_for_bot(EMERGENCY)
    alert = wait_for_post(slack_api, since, lambda body: "handoff_offer" in request_of_body(body))
    click(staff, "handoff_offer", request_of(alert)["handoff_offer"])  # reaches the instance that did not post it
    chat.wait_for_bot(OFFERED)
    conversation = api(cluster, staff_side).web_conversation(chat.session_id())
    assert api(cluster, staff_side).slot(conversation, "handoff") == "active"
    staff_says(staff, request_ts(slack_api, alert), "Hello, Dana from the clinic here.")
    expect(chat.wait_for_bot("Clinic staff (Dana): Hello, Dana from the clinic here.")).to_have_class(
        re.compile(r"\bmesobot-staff\b")
    )
    [record] = [h for h in list_handoffs(PostgresDb(cluster.settings.database_url)) if h.conversation_id == conversation]
    assert (record.state, record.claimed_by) == ("active", STAFF_USER)
    chat.page.context.close()


def test_an_unclaimed_request_times_out_once_with_two_instances_watching_the_timer(
    browser: Browser, cluster: ClusterStack, slack_api: CaptureServer
) -> None:
    chat = open_chat(browser, cluster.settings)
    since = len(slack_api.requests)
    chat.send(ASK_PERSON)
    chat.wait_for_bot(WAITING)
    request = wait_for_post(slack_api, since, lambda body: bool(body.get("blocks")))
    thread = request_ts(slack_api, request)
    chat.wait_for_bot(NO_ONE, timeout_ms=(UNCLAIMED_S + 15) * 1000)
    chat.send("does mesotherapy regrow hair")  # the bot is back; a second ending would have come before this answer
    chat.wait_for_bot(EFFICACY)

    assert len([t for t in chat.bot_texts() if NO_ONE in t]) == 1
    member = cluster.members[0]
    conversation = api(cluster, member).web_conversation(chat.session_id())
    events = api(cluster, member).tracker(conversation)["events"]
    assert len([e for e in events if e["event"] == "bot" and NO_ONE in (e.get("text") or "")]) == 1
    updates = [r for r in slack_api.requests[since:] if r.path.endswith("/chat.update") and (r.json or {}).get("ts") == thread]
    assert len(updates) == 1, [r.json for r in updates]
    [record] = [h for h in list_handoffs(PostgresDb(cluster.settings.database_url)) if h.conversation_id == conversation]
    assert (record.state, record.outcome) == ("ended", "unclaimed_timeout")
    chat.page.context.close()


def test_a_due_handoff_timer_is_won_by_exactly_one_of_several_instances(cluster: ClusterStack) -> None:
    client = redis_client(cluster.settings.redis_url)
    stores = [RedisDeskStore(client, prefix="test:handoff") for _ in range(4)]
    live = Live(handoff_id=987_654, conversation_id="timer-race", channel="socketio", staff_ts="1.000001")
    stores[0].add(live)
    stores[1].schedule(live, 0.0, "unclaimed")
    won: List[object] = []
    barrier = threading.Barrier(len(stores))

    def race(store: RedisDeskStore) -> None:
        barrier.wait()
        won.extend(store.due())

    threads = [threading.Thread(target=race, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert won == [("timer-race", 987_654, "unclaimed")]
    assert stores[2].remove(live) and not stores[3].remove(live)  # ending it: once, too
    assert not stores[0].save(live, "state") and stores[1].get("timer-race") is None
    assert client.keys("test:handoff:*") == []
