"""The Rasa server as `make run` starts it: `python -m rasa_plugins.server [rasa run options]`.

What plain `rasa run` would not do, set up here in one place through Rasa's own plugin hook
(`configure_commandline`), not as a side effect of an import:
- the measured speed fixes (`rasa_speedups`) are installed, after checking the Rasa version;
- the HTTP API is on only when `RASA_API_TOKEN` is set, and the token comes from the environment,
  never from the command line (where `ps` shows it to every user of the machine);
- no CORS on Rasa's routes: only the socket.io channel answers other origins (WEB_ALLOWED_ORIGINS);
- every request is checked first (`secure_app`): Host header, API only from loopback, a per-client
  rate limit on chat messages, over-deep JSON refused, and timeouts for slow partial requests.
"""

from __future__ import annotations

import logging
import sys
from functools import partial
from typing import Any, Optional

import pluggy
from sanic import Sanic, response
from sanic.request import Request

from bot.http_guard import client_address, host_allowed, is_api_path, is_loopback
from bot.inbound import MAX_BODY_BYTES, MAX_JSON_DEPTH, json_too_deep
from bot.settings import Settings, load_settings
from bot.shared_limits import rate_limiter
from rasa_plugins.rasa_speedups import installed as speedups_installed

logger = logging.getLogger(__name__)

MESSAGE_PATHS = ("/webhooks/rest/webhook",)
hookimpl = pluggy.HookimplMarker("rasa")


def secure_app(settings: Settings, app: Sanic, _loop: Any = None) -> None:
    """Adds the request checks and limits to the Rasa server's Sanic app (a before_server_start listener)."""
    # Timeouts and the body cap reach Sanic through SANIC_* variables (bot.settings.child_environment):
    # by the time this listener runs, the server has read them.
    logger.info("Rasa speed fixes (rasa_plugins.rasa_speedups): %s", "installed" if speedups_installed() else "NOT installed")
    per_client = rate_limiter(settings, "client")  # in Redis in the cluster: one count across instances
    app.ctx.client_limiter = per_client

    async def check_request(request: Request) -> Optional[response.HTTPResponse]:
        if not host_allowed(request.headers.get("host"), settings.host_names):
            return response.json({"error": "unexpected Host header"}, status=400)
        if is_api_path(request.path):
            if not settings.api_enabled:
                return response.json({"error": "not found"}, status=404)
            if not is_loopback(request.ip) or request.headers.get("x-forwarded-for"):
                return response.json({"error": "Rasa's HTTP API answers only on this machine (loopback)"}, status=403)
        body = request.body or b""
        content_type = (request.headers.get("content-type") or "").lower()
        binary = any(kind in content_type for kind in ("octet-stream", "tar", "gzip", "zip", "multipart"))
        if body and not binary and len(body) <= 4 * MAX_BODY_BYTES and json_too_deep(body):
            return response.json({"error": f"JSON nested deeper than {MAX_JSON_DEPTH} levels"}, status=400)
        if request.method == "POST" and request.path in MESSAGE_PATHS:
            client = client_address(request.ip, request.headers.get("x-forwarded-for"), settings.trusted_proxies)
            if not per_client.allow(client):
                return response.json(
                    {"error": "too many messages from this address: wait a minute, then send again"},
                    status=429,
                    headers={"Retry-After": "60"},
                )
        return None

    app.register_middleware(check_request, "request")


class _ServerPlugin:
    """Rasa plugin (pluggy) that turns `rasa run`'s arguments into this product's server."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @hookimpl
    def configure_commandline(self, cmdline_arguments: Any) -> Optional[str]:
        args = cmdline_arguments
        args.enable_api = self.settings.api_enabled
        args.auth_token = self.settings.rasa_api_token or None
        args.cors = None
        args.server_listeners = [(partial(secure_app, self.settings), "before_server_start")]
        return None


def prepare_rasa(settings: Settings) -> None:
    """Everything this product changes in Rasa, from one call at start-up (server and shell)."""
    from rasa.plugin import plugin_manager

    from rasa_plugins.rasa_speedups import install as install_speedups

    install_speedups()
    plugin_manager().register(_ServerPlugin(settings))


def main(argv: Optional[list] = None) -> None:
    from rasa.__main__ import main as rasa_main

    prepare_rasa(load_settings())
    sys.argv = ["rasa", "run", *(sys.argv[1:] if argv is None else argv)]
    rasa_main()


if __name__ == "__main__":
    main()
