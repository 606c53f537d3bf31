"""`rasa shell`, set up like the server (`rasa_plugins.server.prepare_rasa`, the guarded REST channel),
with one Rasa 3.6 bug fixed: Ctrl-C at a button prompt crashed the console
(`'NoneType' object has no attribute 'rfind'`) and left the shell's server running. Here Ctrl-C at
any prompt ends the chat, as it does at the text prompt. Links in the bot's messages (markdown, for
the widget) are printed as plain "label (url)". Run as `python -m rasa_plugins.shell ARGS`."""

from __future__ import annotations

import functools
import sys
from typing import Any, Callable, Dict, Optional

import rasa.cli.utils as cli_utils
import rasa.core.channels as rasa_channels
import rasa.core.channels.console as rasa_console
from rasa.__main__ import main as rasa_main

from bot.citations import plain_text
from bot.settings import load_settings
from rasa_plugins.channels import ValidatingRestInput
from rasa_plugins.server import prepare_rasa


class GuardedCmdlineInput(ValidatingRestInput):
    """The console's channel (`rasa shell` posts to /webhooks/rest/webhook): the REST channel with
    the same message guard as every other channel."""

    @classmethod
    def name(cls) -> str:
        return "cmdline"

    def url_prefix(self) -> str:
        return ValidatingRestInput.name()


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
