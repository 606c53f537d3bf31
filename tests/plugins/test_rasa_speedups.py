"""The speed fixes for Rasa keep its behaviour: the same event classes, the same validation errors."""

from __future__ import annotations

import pytest
import rasa
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered

from rasa_plugins.rasa_speedups import WRITTEN_FOR, RasaVersionError, _resolve_by_type_uncached, install


@pytest.fixture(autouse=True, scope="module")
def _installed():
    originals = RemoteAction.__dict__["_validate_action_result"], Event.__dict__["resolve_by_type"]
    install()
    yield
    RemoteAction._validate_action_result, Event.resolve_by_type = originals


def test_the_fixes_are_written_for_the_installed_rasa_version():
    assert rasa.__version__ == WRITTEN_FOR, "Rasa was upgraded: re-check rasa_speedups.py against it"


def test_install_refuses_another_rasa_version():
    with pytest.raises(RasaVersionError, match="3.7.0"):
        install(rasa_version="3.7.0")


def test_importing_rasa_plugins_installs_nothing():
    import subprocess
    import sys

    code = (
        "from rasa.shared.core.events import Event; before = Event.__dict__['resolve_by_type']; "
        "import rasa_plugins, rasa_plugins.channels, rasa_plugins.server; "
        "assert Event.__dict__['resolve_by_type'] is before"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


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
