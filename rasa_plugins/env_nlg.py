"""Domain responses filled with the clinic's settings and the facts module's safety advice.

Runs inside the Rasa server, so the emergency and urgent advice still go out with the action
server down. Loading it validates the facts file: a malformed one stops the server at start-up
with a message naming the entry.
"""

from __future__ import annotations

from typing import Any, Dict, Optional

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.response_variables import response_variables
from bot.settings import load_settings


class EnvTemplatedNLG(TemplatedNaturalLanguageGenerator):
    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, domain: Optional[Domain] = None) -> None:
        super().__init__((domain or Domain.empty()).responses)
        self.variables: Dict[str, str] = response_variables(load_settings())

    async def generate(
        self, utter_action: str, tracker: DialogueStateTracker, output_channel: str, **kwargs: Any
    ) -> Optional[Dict[str, Any]]:
        return await super().generate(utter_action, tracker, output_channel, **{**self.variables, **kwargs})
