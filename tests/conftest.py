"""Shared fixtures. One real bot (action server + Rasa server + web page) for the whole test session,
started only when a test asks for it (integration and browser tests; unit tests never do).

Started with the same launcher as `make run`, on free loopback ports, with its own var/ directory
and a loopback HTTP server standing in as the staff webhook. Needs a trained model (`make train`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from bot.cluster_services import REDIS_SERVER, Redis
from bot.launcher import Stack
from bot.settings import PROJECT_ROOT, Settings
from tests.bot_client import BotClient, free_port
from tests.http_capture import CaptureServer

TEST_API_TOKEN = "test-api-token-" + "0123456789abcdef"
TEST_CLINIC = dict(
    clinic_name="Demo Clinic", clinic_phone="+44 20 7946 0000", clinic_hours="Mon-Fri 9-17", emergency_number="999"
)


# emoji, right-to-left, HTML, SQL-looking, control characters, 100 KB: the same for each channel
ODD_TEXTS = [
    "hello 👋😀 does meso work? 💉",
    "هل العلاج بالميزو يعيد نمو الشعر؟",
    "<script>alert(1)</script> what is in the injections",
    "'; DROP TABLE events; -- does mesotherapy work",
    "hi\u0000\u0007\u001b[31m there",
    "x" * 100_000,
]


@pytest.fixture(scope="session")
def staff_webhook() -> Iterator[CaptureServer]:
    with CaptureServer() as server:
        yield server


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Redis]:
    """A private redis-server (Debian's; `make test` installs it) on a free loopback port."""
    if not REDIS_SERVER.exists():
        pytest.skip("needs Debian's redis-server (make cluster-deps)")
    root = tmp_path_factory.mktemp("redis")
    service = Redis("redis", root / "redis.log", data_dir=root / "data", port=free_port())
    service.start()
    yield service
    service.stop()


def loopback_settings(var_dir: Path, **changes: object) -> Settings:
    """Settings for a bot of the tests' own: free loopback ports, its own var/, the test clinic."""
    # The tests all come from 127.0.0.1 and the load test sends 1000 messages: per-client limits are
    # tested on a bot of their own (tests/integration/test_security.py).
    values = {**TEST_CLINIC, "client_messages_per_minute": 1_000_000, **changes}
    return Settings(rasa_port=free_port(), action_port=free_port(), web_port=free_port(), var_dir=var_dir, **values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def bot_settings(tmp_path_factory: pytest.TempPathFactory, staff_webhook: CaptureServer) -> Settings:
    # The tests read conversations through Rasa's HTTP API, as outside tools do: on, with a token.
    return loopback_settings(
        tmp_path_factory.mktemp("var"), staff_webhook_url=staff_webhook.url + "/staff-alert", rasa_api_token=TEST_API_TOKEN
    )


@pytest.fixture(scope="session")
def bot_stack(bot_settings: Settings) -> Iterator[Stack]:
    if not list((PROJECT_ROOT / "models").glob("*.tar.gz")):
        pytest.fail("no trained model in models/: run `make train` first (make test does)")
    stack = Stack(bot_settings, log_dir=bot_settings.var_dir / "logs")
    stack.start()
    yield stack
    stack.stop()


@pytest.fixture(scope="session")
def bot(bot_stack: Stack) -> BotClient:
    return BotClient(bot_stack.settings)


def log_text(settings: Settings, name: str) -> str:
    path: Path = settings.var_dir / "logs" / f"{name}.log"
    return path.read_text(errors="replace") if path.exists() else ""


@pytest.fixture
def action_server_down(bot_stack: Stack) -> Iterator[Stack]:
    """The session's bot with its action server stopped; started again afterwards if the test did not."""
    bot_stack.stop_action_server()
    yield bot_stack
    if bot_stack.action_server is None:
        bot_stack.start_action_server()
