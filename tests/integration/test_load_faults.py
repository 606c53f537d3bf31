"""Faults in the middle of the load (bench/run.py's action-server-down run, at a CI size): the action
server stopped while 20 conversations are in flight, then the Rasa server restarted. `make bench` runs
the same with 50 conversations of 20 messages."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from bench.load import check_trackers
from bench.run import BenchStack, action_server_down_run
from bot.launcher import latest_model
from tests.conftest import TEST_API_TOKEN, loopback_settings

pytestmark = [pytest.mark.integration, pytest.mark.load]

SIZE = (20, 12, 20)  # conversations, messages each, at once


@pytest.fixture
def own_stack(tmp_path: Path) -> Iterator[BenchStack]:
    settings = loopback_settings(tmp_path / "var", rasa_api_token=TEST_API_TOKEN)
    stack = BenchStack(settings, log_dir=tmp_path / "logs", with_web=False)
    stack.start()
    yield stack
    stack.stop()


def test_with_the_action_server_stopped_mid_load_every_message_is_answered_and_it_recovers(own_stack: BenchStack):
    result, down = action_server_down_run(own_stack, SIZE)

    assert down["errors"] == 0 and down["http_200"] == down["messages"] == SIZE[0] * SIZE[1], down["error_examples"]
    gap = down["phases"]["action_server_down"]
    assert gap["requests"] > 0 and gap["with_a_reply"] == gap["requests"]
    stopped = down["phases"]["stop_to_restart"]
    assert stopped["symptom_reports"] > 0 and stopped["symptom_reports_with_advice"] == stopped["symptom_reports"]
    before, after = down["phases"]["before_stop"], down["phases"]["after_restart"]
    rate = lambda phase: phase["fact_questions_answered_from_facts"] / max(1, phase["fact_questions"])  # noqa: E731
    assert after["fact_questions_answered_from_facts"] > 0 and rate(after) >= 0.9 * rate(before)
    check = down["tracker_check"]
    assert check["user_messages_in_tracker"] == check["user_messages_sent"] == SIZE[0] * SIZE[1]
    assert not (check["user_missing"] or check["user_duplicated"] or check["user_unexpected"])

    # then the Rasa server restarts: every conversation's history is still there, exactly once
    own_stack.stop_rasa_server()
    own_stack.start_rasa_server(latest_model(own_stack.models_dir))
    again = check_trackers(own_stack.base_url, result, own_stack.settings.rasa_api_token).summary()
    assert again["user_messages_in_tracker"] == SIZE[0] * SIZE[1]
    assert not (again["user_missing"] or again["user_duplicated"] or again["user_unexpected"])
    assert again["bot_replies_in_tracker"] == check["bot_replies_in_tracker"] > 0
