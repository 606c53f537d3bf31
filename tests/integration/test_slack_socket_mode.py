"""Slack over Socket Mode (issue 14): the real bot with SLACK_APP_TOKEN and no signing secret connects out
to a loopback stand-in for Slack (`tests.slack_socket_standin`: the web API and the WebSocket, as far as
slack_sdk's client uses them). The bot's hours are set so that the clinic is closed now.
"""

from __future__ import annotations

import time
import uuid
from datetime import datetime, timezone
from typing import Any, Dict, Iterator

import pytest
import requests

from bot.clinic_hours import DAYS
from bot.facts import default_facts
from bot.handoff_log import list_handoffs
from bot.launcher import Stack
from bot.settings import PROJECT_ROOT, Settings
from tests.conftest import loopback_settings
from tests.integration.test_slack import envelope, message_event, new_ts
from tests.slack_socket_standin import SlackSocketStandIn

pytestmark = pytest.mark.integration

STAFF_CHANNEL = "CSTAFF0002"
QUIET_S = 3.0


def closed_now() -> str:
    """Opening hours that exclude the present moment (UTC): three days from today only."""
    today = datetime.now(timezone.utc).weekday()
    return f"{DAYS[(today + 3) % 7].title()} 9-17"


@pytest.fixture(scope="module")
def slack() -> Iterator[SlackSocketStandIn]:
    with SlackSocketStandIn() as standin:
        yield standin


@pytest.fixture(scope="module")
def socket_stack(tmp_path_factory: pytest.TempPathFactory, slack: SlackSocketStandIn) -> Iterator[Stack]:
    if not list((PROJECT_ROOT / "models").glob("*.tar.gz")):
        pytest.fail("no trained model in models/: run `make train` first (make test does)")
    settings: Settings = loopback_settings(
        tmp_path_factory.mktemp("socket-var"),
        slack_bot_token="xoxb-test",
        slack_app_token="xapp-1-test",
        slack_api_base_url=slack.api_url,
        slack_staff_channel=STAFF_CHANNEL,
        clinic_hours=closed_now(),
    )
    stack = Stack(settings, log_dir=settings.var_dir / "logs", with_web=False)
    stack.start()
    slack.wait_until(lambda: slack.connections >= 1, what="the bot's Socket Mode connection")
    yield stack
    stack.stop()


def dm(text: str, user: str, channel: str) -> Dict[str, Any]:
    return envelope(message_event(text, user, channel, new_ts()))


def answers(slack: SlackSocketStandIn, channel: str, fragment: str) -> int:
    return sum(fragment in (p.get("text") or "") for p in slack.posts(channel))


def test_an_event_is_acknowledged_and_answered_once_even_when_redelivered_after_a_reconnect(
    socket_stack: Stack, slack: SlackSocketStandIn
) -> None:
    user, channel = f"U{uuid.uuid4().hex[:8].upper()}", f"D{uuid.uuid4().hex[:8].upper()}"
    efficacy = default_facts()["efficacy"].answer[:40]
    event = dm("does mesotherapy regrow hair", user, channel)
    first = slack.send("events_api", event)
    slack.wait_until(lambda: slack.acked(first), what="the acknowledgement")
    slack.wait_until(lambda: answers(slack, channel, efficacy) == 1, timeout_s=60, what="the answer")

    # Slack asks the client to reconnect; the client opens a new connection and Slack redelivers.
    opened = sum(c.method == "apps.connections.open" for c in slack.calls)
    slack.disconnect()
    slack.wait_until(lambda: slack.connections >= 2, what="the reconnection")
    assert sum(c.method == "apps.connections.open" for c in slack.calls) == opened + 1
    again = slack.send("events_api", event, retry_attempt=1)
    slack.wait_until(lambda: slack.acked(again), what="the redelivery's acknowledgement")

    # Positive control: a new question on the new connection is answered; the first one still once.
    ingredients = default_facts()["ingredients"].answer[:40]
    slack.send("events_api", dm("what is in the injections", user, channel))
    slack.wait_until(lambda: answers(slack, channel, ingredients) == 1, timeout_s=60, what="the control answer")
    time.sleep(QUIET_S)
    assert answers(slack, channel, efficacy) == 1
    assert all(p.get("channel") == channel for p in slack.posts(channel))


def test_the_events_api_url_is_off_without_a_signing_secret(socket_stack: Stack) -> None:
    s = socket_stack.settings
    reply = requests.post(f"http://{s.host}:{s.rasa_port}/webhooks/slack/webhook", json={"type": "url_verification"}, timeout=10)
    assert reply.status_code == 404


def test_outside_clinic_hours_a_request_for_a_person_gets_contact_details_at_once(
    socket_stack: Stack, slack: SlackSocketStandIn
) -> None:
    user, channel = f"U{uuid.uuid4().hex[:8].upper()}", f"D{uuid.uuid4().hex[:8].upper()}"
    slack.send("events_api", dm("can I talk to a real person please", user, channel))
    slack.wait_until(lambda: answers(slack, channel, "outside the clinic's opening hours") == 1, timeout_s=60, what="the reply")
    [reply] = [p["text"] for p in slack.posts(channel) if "opening hours" in (p.get("text") or "") and "outside" in p["text"]]
    assert "Call Demo Clinic on +44 20 7946 0000 when it opens" in reply
    assert "call 999 if you have any of these" in reply
    assert slack.posts(STAFF_CHANNEL) == []  # nobody is asked: no wait
    conversation = f"{user}_{channel}"
    [record] = [h for h in list_handoffs(socket_stack.settings.bot_db_path) if h.conversation_id == conversation]
    assert (record.state, record.outcome) == ("ended", "outside_hours")
