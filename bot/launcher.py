"""Starts and stops the whole bot: action server, Rasa server and web page, bound to loopback.

`python -m bot.launcher run` is `make run`; `python -m bot.launcher shell` is `make shell`;
`python -m bot.launcher run-cluster` is `make run-cluster` (`bot.cluster`).
Problems an operator can fix (a port in use, no model, a malformed file) print one line and exit 1.
"""

from __future__ import annotations

import argparse
import errno
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, List, Mapping, Optional, Sequence

import yaml

from bot.facts import FactsError, load_facts
from bot.privacy import PrivacyError, purge_due, run_retention, secure_var_dir
from bot.settings import PROJECT_ROOT, Settings, SettingsError, child_environment, load_settings

BIN = Path(sys.executable).parent
CONFIG_FILES = ("config.yml", "domain.yml", "endpoints.yml", "credentials.yml")


class LaunchError(RuntimeError):
    """A problem the operator can fix; the message is one line naming it."""


def check_yaml_files(root: Path = PROJECT_ROOT) -> None:
    for path in [root / name for name in CONFIG_FILES] + sorted((root / "data").glob("*.yml")):
        try:
            yaml.safe_load(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise LaunchError(f"{path.relative_to(root)} is missing") from None
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" line {mark.line + 1}, column {mark.column + 1}:" if mark else ""
            problem = getattr(error, "problem", None) or str(error).splitlines()[0]
            raise LaunchError(f"{path.relative_to(root)}:{where} {problem}") from None


def check_writable(var_dir: Path) -> None:
    """The conversations, escalations and staff alerts are written under var/: refuse to start without it."""
    probe = var_dir / f".write-test-{os.getpid()}"
    try:
        var_dir.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as error:
        raise LaunchError(
            f"{var_dir} is not writable: {error.strerror or error}. Conversations and escalations are stored there; "
            "fix it or set VAR_DIR to a writable directory."
        ) from None


MIN_API_TOKEN_CHARS = 16


def check_api_token(settings: Settings) -> None:
    """The HTTP API reads and rewrites health data: it is on only with a token that cannot be guessed."""
    if settings.api_enabled and len(settings.rasa_api_token) < MIN_API_TOKEN_CHARS:
        raise LaunchError(
            f"RASA_API_TOKEN is shorter than {MIN_API_TOKEN_CHARS} characters: use a long random value "
            "(e.g. `python3 -c 'import secrets; print(secrets.token_hex(24))'`), or leave it empty to keep the API off"
        )


def check_port_free(host: str, port: int, setting: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As the servers do: a port held only by closed connections (TIME_WAIT) is free to listen on.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise LaunchError(
                    f"port {port} ({setting}) on {host} is already in use: stop what is using it or set {setting} in .env"
                ) from None
            raise LaunchError(f"cannot use {host}:{port} ({setting}): {error.strerror}") from None


def latest_model(models_dir: Path) -> Path:
    models = sorted(models_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise LaunchError(f"no trained model in {models_dir}: run `make train` (or `make run`, which trains)")
    return models[-1]


def runtime_credentials(settings: Settings) -> Path:
    """credentials.yml, plus the Slack channel when its settings are present.

    Secrets stay `${...}` placeholders here; Rasa reads their values from the environment.
    """
    credentials = yaml.safe_load((PROJECT_ROOT / "credentials.yml").read_text(encoding="utf-8")) or {}
    if settings.slack_enabled:
        credentials["rasa_plugins.slack_channel.DeduplicatingSlackInput"] = {
            "slack_token": "${SLACK_BOT_TOKEN}",
            "slack_signing_secret": "${SLACK_SIGNING_SECRET}",
            "slack_channel": settings.slack_channel or None,
            "use_threads": settings.slack_use_threads,
            "conversation_granularity": "thread" if settings.slack_use_threads else "channel",
        }
        if settings.slack_socket_mode:
            credentials["rasa_plugins.slack_channel.DeduplicatingSlackInput"]["app_token"] = "${SLACK_APP_TOKEN}"
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    path = settings.var_dir / "credentials.runtime.yml"
    path.write_text(yaml.safe_dump(credentials, sort_keys=False), encoding="utf-8")
    return path


def wait_until_up(url: str, timeout_s: float, process: Optional[subprocess.Popen] = None) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise LaunchError(f"the process serving {url} exited with code {process.returncode}; see its log above")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.25)
    raise LaunchError(f"{url} did not answer within {timeout_s:.0f} s")


@dataclass
class Stack:
    """The bot's processes. Used by `make run`, `make shell`, the integration tests and the benchmark."""

    settings: Settings
    models_dir: Path = PROJECT_ROOT / "models"
    log_dir: Optional[Path] = None  # None: children write to this terminal
    with_web: bool = True
    processes: List[subprocess.Popen] = field(default_factory=list)
    action_server: Optional[subprocess.Popen] = None
    rasa_server: Optional[subprocess.Popen] = None
    _logs: List[IO[bytes]] = field(default_factory=list)

    def preflight(self) -> Path:
        check_api_token(self.settings)
        check_writable(self.settings.var_dir)
        try:  # var/ 0700, its files 0600, and everything the servers create from now on (umask 077)
            secure_var_dir(self.settings.var_dir)
        except PrivacyError as error:
            raise LaunchError(str(error)) from None
        check_yaml_files()
        try:
            load_facts()
        except FactsError as error:
            raise LaunchError(str(error)) from None
        model = latest_model(self.models_dir)
        ports = [(self.settings.rasa_port, "RASA_PORT"), (self.settings.action_port, "ACTION_PORT")]
        if self.with_web:
            ports.append((self.settings.web_port, "WEB_PORT"))
        for port, name in ports:
            check_port_free(self.settings.host, port, name)
        return model

    def _spawn(self, name: str, argv: Sequence[str], env: Optional[Mapping[str, str]] = None) -> subprocess.Popen:
        out: Optional[IO[bytes]] = None
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            out = open(self.log_dir / f"{name}.log", "ab")
            self._logs.append(out)
        process = subprocess.Popen(
            list(argv),
            cwd=PROJECT_ROOT,
            env=child_environment(self.settings, env),
            stdout=out,
            stderr=subprocess.STDOUT if out else None,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def start_action_server(self) -> subprocess.Popen:
        s = self.settings
        process = self._spawn(
            "actions", [str(BIN / "python"), "-m", "actions.server", "--actions", "actions", "--port", str(s.action_port)]
        )
        self.action_server = process
        wait_until_up(f"http://{s.host}:{s.action_port}/health", 60, process)
        return process

    def stop_action_server(self) -> None:
        """Stops only the action server (the fault tests use this); start_action_server brings it back."""
        self._stop_one(self.action_server)
        self.action_server = None

    def stop_rasa_server(self) -> None:
        self._stop_one(self.rasa_server)
        self.rasa_server = None

    def _stop_one(self, process: Optional[subprocess.Popen]) -> None:
        if process is not None and process in self.processes:
            _terminate([process], timeout_s=15.0)
            self.processes.remove(process)

    def rasa_run_args(self, model: Path, port: Optional[int] = None, endpoints: str = "endpoints.yml") -> List[str]:
        """`rasa run` through our entry point (rasa_plugins/server.py). No API flag, token or CORS list
        here: the API is on only when RASA_API_TOKEN is set, and the token reaches Rasa through the
        environment, never the command line."""
        s = self.settings
        return [
            str(BIN / "python"),
            "-m",
            "rasa_plugins.server",
            "-i",
            s.host,
            "-p",
            str(port or s.rasa_port),
            "-m",
            str(model),
            "--endpoints",
            endpoints,
            "--credentials",
            str(runtime_credentials(s)),
            "--response-timeout",  # a request (a slow body included) is answered or dropped within this
            "60",
        ]

    def start_rasa_server(self, model: Path) -> subprocess.Popen:
        process = self._spawn("rasa", self.rasa_run_args(model))
        self.rasa_server = process
        wait_until_up(f"http://{self.settings.host}:{self.settings.rasa_port}/", 240, process)
        return process

    def start_web(self) -> subprocess.Popen:
        s = self.settings
        process = self._spawn("web", [str(BIN / "python"), "-m", "bot.web_server"])
        wait_until_up(f"http://{s.host}:{s.web_port}/", 30, process)
        return process

    def start(self) -> None:
        model = self.preflight()
        try:
            self.start_action_server()
            if self.with_web:
                self.start_web()
            self.start_rasa_server(model)
        except BaseException:
            self.stop()
            raise

    def stop(self, timeout_s: float = 15.0) -> None:
        _terminate(self.processes, timeout_s)
        self.processes.clear()
        self.action_server = self.rasa_server = None
        for log in self._logs:
            log.close()
        self._logs.clear()

    def describe(self) -> str:
        """A line on what runs besides the endpoints (the cluster's parts); empty for `make run`."""
        return ""

    def first_exited(self) -> Optional[subprocess.Popen]:
        return next((p for p in self.processes if p.poll() is not None), None)


def _terminate(processes: Sequence[subprocess.Popen], timeout_s: float) -> None:
    """SIGTERM to each process group, then SIGKILL to any still running after `timeout_s` in all."""
    for process in processes:
        if process.poll() is None:
            _signal_group(process, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            _signal_group(process, signal.SIGKILL)
            process.wait(timeout=5)


def _signal_group(process: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(process.pid, sig)
    except ProcessLookupError:
        pass


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _stop_on_hangup_and_terminate() -> None:
    """Ctrl-C (SIGINT), SIGTERM, or the terminal closing (SIGHUP) stop everything. SIGINT is set
    explicitly: a shell that starts `make run` in the background hands it over ignored."""
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _interrupted)


def run(stack: Stack) -> int:
    _stop_on_hangup_and_terminate()
    s = stack.settings
    started = time.monotonic()
    slack = (
        "Slack on (Socket Mode: no public URL needed)"
        if s.slack_socket_mode
        else f"Slack on: /webhooks/slack/webhook on port {s.rasa_port}"
        if s.slack_enabled
        else "Slack off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) in .env to turn it on"
    )
    if s.slack_enabled:
        handoff = f"on, channel {s.slack_staff_channel}" if s.handoff_enabled else "off (SLACK_STAFF_CHANNEL)"
        slack += f"; live handoff to staff: {handoff}"
    try:
        stack.start()
        if stack.describe():
            print(stack.describe(), flush=True)
        print(slack, flush=True)
        print(
            f"Bot ready in {time.monotonic() - started:.0f} s: REST http://{s.host}:{s.rasa_port}/webhooks/rest/webhook, "
            f"web page http://{s.host}:{s.web_port}/. Ctrl-C stops everything.",
            flush=True,
        )
        last_purge: Optional[datetime] = None
        while stack.first_exited() is None:  # retention (RETENTION_DAYS): at start, then daily
            now = datetime.now(timezone.utc)
            if purge_due(last_purge, now):
                last_purge = now
                run_retention(stack.settings, now)
            time.sleep(0.5)
        exited = stack.first_exited()
        print(f"a bot process exited unexpectedly (code {exited.returncode if exited else '?'}): stopping", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("stopping…", flush=True)
        return 0
    finally:
        stack.stop()


def shell(stack: Stack) -> int:
    """`rasa shell` in this terminal, with the action server started and stopped with it."""
    _stop_on_hangup_and_terminate()
    stack.with_web = False
    model = stack.preflight()
    run_retention(stack.settings, datetime.now(timezone.utc))
    try:
        stack.start_action_server()
        argv = [
            str(BIN / "python"),
            "-m",
            "rasa_plugins.shell",
            "-m",
            str(model),
            "--endpoints",
            "endpoints.yml",
            "-i",
            stack.settings.host,
            "-p",
            str(stack.settings.rasa_port),
        ]
        return subprocess.call(argv, cwd=PROJECT_ROOT, env=child_environment(stack.settings))
    except KeyboardInterrupt:
        return 0
    finally:
        stack.stop()


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.launcher", description=__doc__)
    parser.add_argument("command", choices=["run", "run-cluster", "shell", "check"])
    args = parser.parse_args(argv)
    try:
        if args.command == "run-cluster":
            from bot.cluster import ClusterStack

            settings = load_settings()
            return run(ClusterStack(settings, instances=settings.rasa_instances))
        stack = Stack(load_settings())
        if args.command == "check":
            stack.preflight()
            print("configuration OK")
            return 0
        return run(stack) if args.command == "run" else shell(stack)
    except (LaunchError, SettingsError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
