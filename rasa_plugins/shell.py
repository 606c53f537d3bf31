"""`rasa shell`, set up like the server (`rasa_plugins.server.prepare_rasa`, the guarded REST channel),
with the staff side of a live handoff when Slack Socket Mode and SLACK_STAFF_CHANNEL are set (staff
claim and reply in Slack; what they write is printed here, marked "Clinic staff"), and one Rasa 3.6
bug fixed: Ctrl-C at a button prompt crashed the console
(`'NoneType' object has no attribute 'rfind'`) and left the shell's server running. Here Ctrl-C at
any prompt ends the chat, as it does at the text prompt. Links in the bot's messages (markdown, for
the widget) are printed as plain "label (url)". Run as `python -m rasa_plugins.shell ARGS`."""

from __future__ import annotations

import asyncio
import functools
import sys
from typing import Any, Callable, Dict, Optional, Set

import rasa.cli.utils as cli_utils
import rasa.core.channels as rasa_channels
import rasa.core.channels.console as rasa_console
from rasa.__main__ import main as rasa_main
from rasa.core.channels.channel import OutputChannel
from sanic import Blueprint

from bot.citations import plain_text
from bot.settings import load_settings
from rasa_plugins.channels import ValidatingRestInput
from rasa_plugins.handoff_desk import HandoffDesk, shared_desk
from rasa_plugins.server import prepare_rasa
from rasa_plugins.slack_events import TtlKeyCache, dedupe_keys
from rasa_plugins.slack_socket_mode import SlackSocketMode

DEDUPE_TTL_S = 600.0
DEDUPE_MAX_KEYS = 20_000


class ConsoleOutput(OutputChannel):
    """Prints in this terminal what arrives outside a turn: staff messages and handoff notices."""

    @classmethod
    def name(cls) -> str:
        return "cmdline"

    async def send_response(self, recipient_id: str, message: Dict[str, Any]) -> None:
        # A stored bot utterance (`BotUttered.message()`) lists every kind of content, empty ones as None;
        # the console's printer takes a key's presence for content ("buttons": None crashed it).
        rasa_console._print_bot_output({key: value for key, value in message.items() if value is not None})


class StaffEvents:
    """What Socket Mode delivers in the shell: only the staff side of handoffs (Claim / Close, thread
    replies); the patient is this terminal. De-duplicated like the Slack channel."""

    def __init__(self, desk: HandoffDesk, slack_token: str) -> None:
        self.desk = desk
        self.slack_token = slack_token
        self.seen = TtlKeyCache(DEDUPE_TTL_S, DEDUPE_MAX_KEYS)
        self._tasks: Set[asyncio.Task] = set()

    def _start(self, coroutine: Any) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def handle_envelope(self, envelope: Dict[str, Any], _on_new_message: Any) -> None:
        staff = self.desk.staff_thread_message(envelope)
        if staff is not None and self.seen.claim(dedupe_keys(envelope)):
            self._start(self.desk.staff_reply(staff))

    def handle_interaction(self, payload: Dict[str, Any], _on_new_message: Any) -> None:
        action = (payload.get("actions") or [{}])[0]
        user = (payload.get("user") or {}).get("id")
        channel = (payload.get("channel") or {}).get("id") or (payload.get("container") or {}).get("channel_id")
        if user and self.desk.is_staff_action(action, channel):
            self._start(self.desk.staff_action(action, user))


class GuardedCmdlineInput(ValidatingRestInput):
    """The console's channel (`rasa shell` posts to /webhooks/rest/webhook): the REST channel with
    the same message guard as every other channel."""

    @classmethod
    def name(cls) -> str:
        return "cmdline"

    def url_prefix(self) -> str:
        return ValidatingRestInput.name()

    def blueprint(self, on_new_message: Any) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        settings = load_settings()
        if settings.handoff_enabled and settings.slack_socket_mode:
            desk = shared_desk(settings)
            desk.push_outputs[self.name()] = ConsoleOutput()
            socket_mode = SlackSocketMode(
                StaffEvents(desk, settings.slack_bot_token), on_new_message, settings.slack_app_token, settings.slack_api_base_url
            )

            @blueprint.listener("after_server_start")
            async def connect(_app: Any, _loop: Any) -> None:
                await socket_mode.start()

            @blueprint.listener("before_server_stop")
            async def disconnect(_app: Any, _loop: Any) -> None:
                await socket_mode.stop()

        return blueprint


async def payload_from_button_question(button_question: Any) -> Optional[str]:
    response = await button_question.ask_async()
    if response is None:  # Ctrl-C or Ctrl-D: the console loop ends the chat on None
        return None
    if response != cli_utils.FREE_TEXT_INPUT_PROMPT:
        response = response[response.rfind("(") + 1 : response.rfind(")")]
    return response


def with_plain_links(print_bot_output: Callable[..., Any]) -> Callable[..., Any]:
    """The console's printer, given the message with its markdown links as "label (url)"."""

    @functools.wraps(print_bot_output)
    def printer(message: Dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        if isinstance(message.get("text"), str):
            message = {**message, "text": plain_text(message["text"])}
        return print_bot_output(message, *args, **kwargs)

    return printer


def main() -> None:
    prepare_rasa(load_settings())
    cli_utils.payload_from_button_question = payload_from_button_question
    rasa_console._print_bot_output = with_plain_links(rasa_console._print_bot_output)
    rasa_channels.BUILTIN_CHANNELS["cmdline"] = GuardedCmdlineInput
    sys.argv = ["rasa", "shell", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
