"""`make shell` in a real terminal (tmux): ask a question, pick a button, quit; nothing left running."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from bot.facts import default_facts
from bot.settings import PROJECT_ROOT
from tests.bot_client import free_port

pytestmark = pytest.mark.integration


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
