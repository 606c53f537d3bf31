"""The action server as `make run` starts it: `python -m actions.server [rasa_sdk options]`.

rasa-sdk's own server, with one check added through its plugin hook (`attach_sanic_app_extensions`):
requests whose Host header does not name this bot are refused (a DNS-rebinding page cannot call
the actions). Timeouts come from SANIC_* variables set by the launcher.
"""

from __future__ import annotations

from typing import Any, Optional

import pluggy
from rasa_sdk.__main__ import main as rasa_sdk_main
from rasa_sdk.plugin import plugin_manager
from sanic import Sanic, response

from bot.http_guard import host_allowed
from bot.settings import Settings, load_settings

hookimpl = pluggy.HookimplMarker("rasa_sdk")


class _HostCheckPlugin:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @hookimpl
    def attach_sanic_app_extensions(self, app: Sanic) -> None:
        names = self.settings.host_names

        async def check_host(request: Any) -> Optional[response.HTTPResponse]:
            if not host_allowed(request.headers.get("host"), names):
                return response.json({"error": "unexpected Host header"}, status=400)
            return None

        app.register_middleware(check_host, "request")


def main() -> None:
    plugin_manager().register(_HostCheckPlugin(load_settings()))
    rasa_sdk_main()


if __name__ == "__main__":
    main()
