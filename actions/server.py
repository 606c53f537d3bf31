"""The action server as `make run` starts it: `python -m actions.server [rasa_sdk options]`.

rasa-sdk's own server, with one check added through its plugin hook (`attach_sanic_app_extensions`):
requests whose Host header does not name this bot are refused (a DNS-rebinding page cannot call
the actions), and requests must arrive within a time limit.
"""

from __future__ import annotations

from typing import Any, Optional

import pluggy
from rasa_sdk.__main__ import main as rasa_sdk_main
from rasa_sdk.plugin import plugin_manager
from sanic import Sanic, response

from bot.http_guard import host_allowed
from bot.settings import Settings, load_settings

REQUEST_TIMEOUT_S = 15


class _HostCheckPlugin:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def attach_sanic_app_extensions(self, app: Sanic) -> None:
        app.config.REQUEST_TIMEOUT = REQUEST_TIMEOUT_S
        names = self.settings.host_names

        async def check_host(request: Any) -> Optional[response.HTTPResponse]:
            if not host_allowed(request.headers.get("host"), names):
                return response.json({"error": "unexpected Host header"}, status=400)
            return None

        app.register_middleware(check_host, "request")


def main() -> None:
    plugin = _HostCheckPlugin(load_settings())
    plugin.attach_sanic_app_extensions = pluggy.HookimplMarker("rasa_sdk")(plugin.attach_sanic_app_extensions)  # type: ignore[method-assign]
    plugin_manager().register(plugin)
    rasa_sdk_main()


if __name__ == "__main__":
    main()
