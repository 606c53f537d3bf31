"""Faults the bot must survive: the action server down, a Rasa server restart, a full or read-only var/."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Iterator

import pytest

from bot.launcher import LaunchError, Stack, latest_model
from tests.bot_client import BotClient, new_sender, texts
from tests.conftest import log_text, loopback_settings

pytestmark = pytest.mark.integration


def test_with_the_action_server_down_every_message_still_gets_a_reply_and_recovers(action_server_down: Stack, bot: BotClient):
    sender = new_sender()
    down = texts(bot.send(sender, "does mesotherapy regrow hair?"))
    assert down and "something went wrong on my side" in down[0] and "+44 20 7946 0000" in down[0]
    assert texts(bot.send(new_sender(), "I have a fever and pus on my scalp and I can't breathe properly"))[0].startswith(
        "🚨 EMERGENCY"
    )
    assert "no reply was produced" in log_text(bot.settings, "rasa")
    action_server_down.start_action_server()
    back = texts(bot.send(sender, "does mesotherapy regrow hair?"))
    assert any("evidence" in t for t in back)


def test_conversations_survive_a_rasa_server_restart(bot_stack: Stack, bot: BotClient):
    sender = new_sender()
    bot.send(sender, "what is in the injections")
    bot.send(sender, "there is a red painful lump on my scalp")
    before = bot.tracker(sender)
    bot_stack.stop_rasa_server()
    bot_stack.start_rasa_server(latest_model(bot_stack.models_dir))
    after = bot.tracker(sender)
    assert [e for e in after["events"] if e["event"] in ("user", "bot")] == [
        e for e in before["events"] if e["event"] in ("user", "bot")
    ]
    # the escalation sent the urgent advice, so "Tell me more" gives its sources (issue 15)
    assert after["slots"]["escalation_level"] == "urgent" and after["slots"]["fact_id"] == "urgent_advice"


@pytest.fixture
def small_var_dir(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs for var/, so the test can make it read-only; skipped where mounting is not allowed."""
    mount_point = tmp_path / "var"
    mount_point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill(directory: Path) -> None:
    """Writes a file until the file system is full."""
    with open(directory / "filler", "wb") as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
                filler.flush()
        except OSError:
            pass


def test_a_full_var_disk_gives_a_clear_log_line_and_still_a_reply(small_var_dir: Path):
    settings = loopback_settings(small_var_dir)
    log_dir = small_var_dir.parent / "logs"
    stack = Stack(settings, log_dir=log_dir, with_web=False)
    stack.start()
    try:
        client = BotClient(settings)
        sender = new_sender()
        assert texts(client.send(sender, "hello"))
        fill(small_var_dir)
        replies = texts(client.send(sender, "I have a fever and pus on my scalp and I can't breathe properly"))
        assert replies and replies[0].startswith("🚨 EMERGENCY")
        time.sleep(0.5)
        rasa_log = (log_dir / "rasa.log").read_text(errors="replace")
        actions_log = (log_dir / "actions.log").read_text(errors="replace")
        # Rasa's fail-safe tracker store names the problem and keeps the conversation in memory.
        assert "Error happened when trying to save conversation tracker" in rasa_log and "disk is full" in rasa_log
        assert "ESCALATION NOT RECORDED" in actions_log
        (small_var_dir / "filler").unlink()
        assert texts(client.send(sender, "does mesotherapy regrow hair?"))  # space again: still answering
    finally:
        stack.stop()


def test_a_read_only_var_dir_stops_the_start_with_one_clear_line(small_var_dir: Path):
    subprocess.run(["mount", "-o", "remount,ro", str(small_var_dir)], check=True)
    try:
        with pytest.raises(LaunchError, match=f"^{small_var_dir} is not writable: .*Read-only file system.*VAR_DIR"):
            Stack(loopback_settings(small_var_dir), with_web=False).preflight()
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_var_dir)], capture_output=True)
