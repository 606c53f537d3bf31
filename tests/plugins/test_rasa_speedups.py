"""The speed fixes for Rasa keep its behaviour: the same event classes, the same validation errors."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered

import rasa_plugins  # noqa: F401  (installs the fixes)
from rasa_plugins.rasa_speedups import _resolve_by_type_uncached


@pytest.mark.parametrize("type_name", ["user", "action", "slot", "bot", "active_loop", "session_started", "followup"])
def test_event_types_resolve_to_the_same_classes_as_rasa_does(type_name: str):
    assert Event.resolve_by_type(type_name) is _resolve_by_type_uncached(type_name)


def test_unknown_event_types_still_fail_or_fall_back_to_the_default():
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")
    assert Event.resolve_by_type("no_such_event", default=SlotSet) is SlotSet
    assert Event.resolve_by_type("topic") is None


def test_events_round_trip_through_their_dicts():
    for event in [UserUttered("hi", {"name": "greet"}), ActionExecuted("action_listen"), SlotSet("fact_id", "efficacy")]:
        assert Event.from_parameters(event.as_dict()) == event


def test_action_server_responses_are_validated_as_before():
    action = RemoteAction("action_answer_fact", None)
    assert action._validate_action_result(
        {"events": [{"event": "slot", "name": "fact_id", "value": "efficacy"}], "responses": []}
    )
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result({"events": "not a list", "responses": []})
