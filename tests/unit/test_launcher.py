"""What an operator can get wrong before start-up gives one clear line naming the problem."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.launcher import LaunchError, Stack, check_port_free, check_yaml_files, latest_model
from bot.settings import PROJECT_ROOT, Settings


def test_a_port_in_use_is_named_with_its_setting():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(LaunchError, match=rf"port {port} \(RASA_PORT\).*already in use"):
            check_port_free("127.0.0.1", port, "RASA_PORT")


def test_a_missing_model_says_how_to_train(tmp_path: Path):
    with pytest.raises(LaunchError, match="no trained model.*make train"):
        latest_model(tmp_path)


def test_a_malformed_config_file_is_named_with_its_line(tmp_path: Path):
    for name in ("config.yml", "domain.yml", "endpoints.yml", "credentials.yml"):
        (tmp_path / name).write_text("a: 1\n")
    (tmp_path / "data").mkdir()
    (tmp_path / "domain.yml").write_text("intents:\n  - greet\n bad: [\n")
    with pytest.raises(LaunchError, match=r"domain.yml: line \d+, column \d+"):
        check_yaml_files(tmp_path)


def test_the_command_prints_one_line_and_no_traceback_when_a_port_is_taken():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "bot.launcher", "check"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "RASA_PORT": str(port), "HOME": str(Path.home())},
            timeout=120,
        )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: port {port} (RASA_PORT) on 127.0.0.1 is already in use: stop what is using it or set RASA_PORT in .env"
    ]
    assert "Traceback" not in result.stdout + result.stderr


def test_stopping_one_server_after_the_whole_stack_stopped_is_harmless(tmp_path: Path):
    stack = Stack(Settings(var_dir=tmp_path), with_web=False)
    stack.action_server = subprocess.Popen(["sleep", "30"], start_new_session=True)
    stack.processes.append(stack.action_server)
    process = stack.action_server
    stack.stop()
    assert process.poll() is not None and stack.action_server is None
    stack.stop_action_server()  # raised ValueError (list.remove) before
    assert not stack.processes
