"""HandoffPolicy's decision: quiet while staff have the conversation, safety advice still first."""

from __future__ import annotations

from typing import List, Optional

import pytest

from rasa_plugins.handoff_policy import quiet_next_action


@pytest.mark.parametrize(
    "handoff, intent, done, expected",
    [
        ("none", "ask_efficacy", [], None),  # no handoff: the rules decide
        (None, "report_emergency", [], None),
        ("active", "ask_efficacy", [], "action_listen"),  # a person is on: the bot says nothing
        ("waiting", "greet", [], "action_listen"),
        ("active", "report_emergency", [], "utter_emergency"),  # the instruction at once
        ("active", "report_emergency", ["utter_emergency"], "action_escalate"),
        ("active", "report_emergency", ["utter_emergency", "action_escalate"], "action_listen"),
        ("active", "report_urgent", [], "utter_urgent"),
        ("active", "report_urgent", ["utter_urgent", "action_escalate"], "action_listen"),  # no triage form
        ("active", "forget_conversation", [], None),  # the delete confirmation still works
    ],
)
def test_the_bot_is_quiet_during_a_handoff_except_for_safety_advice(
    handoff: Optional[str], intent: str, done: List[str], expected: Optional[str]
) -> None:
    assert quiet_next_action(handoff, intent, done) == expected
