"""`python -m bot.launcher run` (what `make run` starts): answers on REST, then Ctrl-C leaves nothing listening."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from bot.settings import PROJECT_ROOT
from tests.bot_client import free_port

pytestmark = pytest.mark.integration


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_run_answers_hello_and_ctrl_c_stops_every_process(tmp_path: Path):
    ports = {"RASA_PORT": free_port(), "ACTION_PORT": free_port(), "WEB_PORT": free_port()}
    env = {"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), "VAR_DIR": str(tmp_path), **{k: str(v) for k, v in ports.items()}}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.launcher", "run"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lines = []
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            lines.append(line)
            if "Bot ready" in line or process.poll() is not None:
                break
        assert any("Bot ready" in line for line in lines), "".join(lines[-30:])
        assert any(line.startswith("Slack off:") for line in lines)
        reply = requests.post(
            f"http://127.0.0.1:{ports['RASA_PORT']}/webhooks/rest/webhook", json={"sender": "a", "message": "hello"}, timeout=30
        )
        assert reply.json()[0]["text"].startswith("Hi!")
        assert requests.get(f"http://127.0.0.1:{ports['WEB_PORT']}/", timeout=5).status_code == 200
        base = f"http://127.0.0.1:{ports['RASA_PORT']}"
        # No RASA_API_TOKEN: Rasa's HTTP API is off (health data, model replacement, event rewriting).
        assert requests.get(f"{base}/conversations/a/tracker", timeout=10).status_code == 404
        assert requests.get(f"{base}/status", timeout=10).status_code == 404
        assert requests.put(f"{base}/model", json={"model_file": "/tmp/x.tar.gz"}, timeout=10).status_code == 404
        assert requests.post(f"{base}/conversations/a/tracker/events", json=[], timeout=10).status_code == 404
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert [name for name, port in ports.items() if _listening(port)] == []


def test_with_rasa_api_token_set_the_http_api_requires_it(tmp_path: Path):
    from bot.launcher import Stack
    from tests.conftest import loopback_settings

    token = "s3cret-token-0123456789"
    settings = loopback_settings(tmp_path, rasa_api_token=token)
    stack = Stack(settings, log_dir=tmp_path / "logs", with_web=False)
    stack.start()
    try:
        base = f"http://127.0.0.1:{settings.rasa_port}"
        requests.post(f"{base}/webhooks/rest/webhook", json={"sender": "tok", "message": "hello"}, timeout=30)
        assert requests.get(f"{base}/conversations/tok/tracker", timeout=10).status_code == 401
        assert requests.get(f"{base}/conversations/tok/tracker", params={"token": "wrong"}, timeout=10).status_code == 401
        tracker = requests.get(f"{base}/conversations/tok/tracker", params={"token": token}, timeout=10)
        assert tracker.status_code == 200 and tracker.json()["sender_id"] == "tok"
        assert tracker.json()["slots"]["escalation_level"] == "none"  # outside tools read this slot
        # The token reaches Rasa through the environment: no process shows it in its command line.
        assert stack.rasa_server is not None
        assert token not in Path(f"/proc/{stack.rasa_server.pid}/cmdline").read_bytes().decode(errors="replace")
        # Even with the API on, a request forwarded by a proxy (someone else's) is refused.
        forwarded = requests.get(
            f"{base}/conversations/tok/tracker", params={"token": token}, headers={"X-Forwarded-For": "203.0.113.5"}, timeout=10
        )
        assert forwarded.status_code == 403
    finally:
        stack.stop()
