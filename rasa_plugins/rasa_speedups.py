"""Two hot spots of Rasa 3.6, measured with cProfile on this bot (see README, "Performance"), fixed
without changing behaviour. Installed by one explicit call, `install()`, from the server and shell
entry points (`rasa_plugins.server.prepare_rasa`), and only on the Rasa version they were written for.

* Each custom action's response is checked with `jsonschema.validate()`, which also re-checks the
  large schema itself on every call: about 50 ms of CPU per action. Here the validator is built once.
* Every stored event is turned back into its class by scanning all subclasses of `Event`
  (`Event.resolve_by_type`), for every event of the conversation on every message: most of the
  tracker store's read time. Here each type name is looked up once.
"""

from __future__ import annotations

import functools
from typing import Any, Dict, Optional, Type

from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event

_resolve_by_type_uncached = Event.resolve_by_type
WRITTEN_FOR = "3.6.21"  # the Rasa version whose internals these replace; any other version is refused


@functools.lru_cache(maxsize=1)
def _action_response_validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
    try:
        _action_response_validator().validate(result)
        return True
    except ValidationError as error:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response from the "
            f"Action endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise error


@functools.cache
def _event_class(type_name: str) -> Optional[Type[Event]]:
    return _resolve_by_type_uncached(type_name)  # an unknown name raises, and is not cached


def resolve_by_type(type_name: str, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
    try:
        return _event_class(type_name)
    except ValueError:
        if default is not None:
            return default
        raise


class RasaVersionError(RuntimeError):
    """The installed Rasa is not the version these fixes were written and measured for."""


def install(rasa_version: Optional[str] = None) -> None:
    import rasa

    installed = rasa_version or rasa.__version__
    if installed != WRITTEN_FOR:
        raise RasaVersionError(
            f"rasa_plugins/rasa_speedups.py replaces internals of Rasa {WRITTEN_FOR}, but Rasa {installed} is installed: "
            "check the two replaced functions against the new version, then update WRITTEN_FOR"
        )
    RemoteAction._validate_action_result = validate_action_result
    Event.resolve_by_type = staticmethod(resolve_by_type)


def installed() -> bool:
    """Whether both fixes are in place in this process (the server logs it at start; the cluster tests read it)."""
    return (
        getattr(RemoteAction, "_validate_action_result", None) is validate_action_result
        and Event.resolve_by_type is resolve_by_type
    )
