"""`make shell` in a real terminal (tmux): ask a question, pick a button, quit; nothing left running. And a
live handoff in the shell: with Slack Socket Mode (a loopback stand-in, `tests.slack_socket_standin`) and
a staff channel, staff claim and reply in Slack and the shell prints their messages, marked as staff."""

from __future__ import annotations

import shlex
import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator

import pytest

from bot.facts import default_facts
from bot.settings import PROJECT_ROOT
from tests.bot_client import free_port
from tests.integration.test_slack import envelope, message_event, new_ts
from tests.slack_socket_standin import STAFF_NAME, SlackSocketStandIn, post_ts

pytestmark = pytest.mark.integration
STAFF_CHANNEL = "CSTAFF0001"
STAFF_USER = "USTAFF0001"


def _screen(session: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-J", "-S", "-200", "-t", session], capture_output=True, text=True
    ).stdout


def _wait_for(session: str, text: str, timeout_s: float) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        screen = _screen(session)
        if text in " ".join(screen.split()):
            return screen
        time.sleep(0.5)
    raise AssertionError(f"{text!r} not on screen after {timeout_s:.0f} s:\n{_screen(session)}")


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_make_shell_answers_in_a_terminal_and_stops_its_action_server(tmp_path: Path):
    session = f"shell-{uuid.uuid4().hex[:8]}"
    rasa_port, action_port = free_port(), free_port()
    command = f"env RASA_PORT={rasa_port} ACTION_PORT={action_port} VAR_DIR={tmp_path} make -s shell"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "60", "-c", str(PROJECT_ROOT), command], check=True
    )
    try:
        _wait_for(session, "Type a message and press enter", 180)
        subprocess.run(["tmux", "send-keys", "-t", session, "does mesotherapy regrow hair", "Enter"], check=True)
        _wait_for(session, " ".join(default_facts()["efficacy"].answer.split()[:8]), 60)
        assert _listening(action_port)
        subprocess.run(["tmux", "send-keys", "-t", session, "Enter"], check=True)  # picks the first button: Tell me more
        _wait_for(session, " ".join(default_facts()["efficacy"].more.split()[:6]), 60)
        subprocess.run(["tmux", "send-keys", "-t", session, "C-c"], check=True)
        deadline = time.monotonic() + 30
        while _listening(action_port) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _listening(action_port), "the action server was left running after the shell ended"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def _typed(session: str, text: str) -> None:
    subprocess.run(["tmux", "send-keys", "-t", session, text, "Enter"], check=True)


def _buttons(body: Dict[str, Any]) -> Dict[str, str]:
    return {e["action_id"]: e["value"] for b in body.get("blocks") or [] if b.get("type") == "actions" for e in b["elements"]}


@pytest.fixture
def slack() -> Iterator[SlackSocketStandIn]:
    with SlackSocketStandIn() as standin:
        yield standin


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_make_shell_shows_staff_messages_in_a_handoff_and_sends_the_patients_reply_to_the_thread(
    tmp_path: Path, slack: SlackSocketStandIn
):
    session = f"shell-{uuid.uuid4().hex[:8]}"
    settings = {
        "RASA_PORT": free_port(),
        "ACTION_PORT": free_port(),
        "VAR_DIR": tmp_path,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_APP_TOKEN": "xapp-1-test",
        "SLACK_API_BASE_URL": slack.api_url,
        "SLACK_STAFF_CHANNEL": STAFF_CHANNEL,
        "CLINIC_HOURS": "Mon-Sun 0-24",
    }
    command = "env " + " ".join(f"{name}={shlex.quote(str(value))}" for name, value in settings.items())
    subprocess.run(
        [
            "tmux",
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            "200",
            "-y",
            "80",
            "-c",
            str(PROJECT_ROOT),
            command + " make -s shell",
        ],
        check=True,
    )
    try:
        _wait_for(session, "Type a message and press enter", 180)
        slack.wait_until(lambda: slack.connections >= 1, what="the shell's Socket Mode connection")

        # The patient asks for a person: the staff channel gets the request.
        _typed(session, "can I talk to a real person please")
        _wait_for(session, "I've also asked the team", 60)
        slack.wait_until(lambda: any(_buttons(p) for p in slack.posts(STAFF_CHANNEL)), what="the handoff request")
        [index] = [i for i, c in enumerate(slack.calls, 1) if c.method == "chat.postMessage" and _buttons(c.body)]
        request, thread = slack.calls[index - 1].body, post_ts(index)
        assert "terminal (make shell)" in request["text"]

        # A staff member claims it and replies in the thread: the shell prints it, marked as staff.
        claim = {"action_id": "handoff_claim", "value": _buttons(request)["handoff_claim"], "type": "button"}
        slack.send(
            "interactive",
            {"type": "block_actions", "user": {"id": STAFF_USER}, "channel": {"id": STAFF_CHANNEL}, "actions": [claim]},
        )
        _wait_for(session, "A member of the clinic team has joined the chat", 30)
        reply = message_event(
            "Hello, how can I help?", STAFF_USER, STAFF_CHANNEL, new_ts(), channel_type="channel", thread_ts=thread
        )
        slack.send("events_api", envelope(reply))
        _wait_for(session, f"Clinic staff ({STAFF_NAME}): Hello, how can I help?", 30)

        # The patient answers in the shell: it goes to the thread.
        _typed(session, "it itches a bit where the injections were")
        slack.wait_until(
            lambda: any(
                p.get("thread_ts") == thread and p.get("text") == "Patient: it itches a bit where the injections were"
                for p in slack.posts(STAFF_CHANNEL)
            ),
            timeout_s=30,
            what="the patient's reply in the thread",
        )
    finally:
        subprocess.run(["tmux", "send-keys", "-t", session, "C-c"], capture_output=True)
        time.sleep(2)
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
