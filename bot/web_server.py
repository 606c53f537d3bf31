"""Serves the demo clinic page with the chat widget, bound to loopback (`WEB_PORT`, default 8080).

Files come from `web/`; the widget's script from the pinned npm package under `node_modules/`.
Every response carries a Content-Security-Policy: scripts only from this server (no inline script,
so nothing injected into the page can run), connections only to this server and the Rasa server.
"""

from __future__ import annotations

import functools
import json
import os
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Dict

from bot.http_guard import host_allowed
from bot.settings import PROJECT_ROOT, Settings, load_settings

WEB_DIR = PROJECT_ROOT / "web"
VENDOR_FILES: Dict[str, Path] = {
    "/vendor/webchat.js": PROJECT_ROOT / "node_modules" / "rasa-webchat" / "lib" / "index.js",
}
SOCKET_PATH = "/socket.io/"
REQUEST_TIMEOUT_S = 15


def socket_url(settings: Settings) -> str:
    return f"http://{settings.host}:{settings.rasa_port}"


def content_security_policy(settings: Settings) -> str:
    rasa = socket_url(settings)
    rasa_ws = "ws://" + rasa.split("://", 1)[1]
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            # rasa-webchat injects <style> elements and style attributes.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            f"connect-src 'self' {rasa} {rasa_ws}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


class DemoPageHandler(SimpleHTTPRequestHandler):
    settings: Settings
    timeout = REQUEST_TIMEOUT_S  # a slow partial request or an idle connection is closed after this

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if not host_allowed(self.headers.get("Host"), self.settings.host_names):
            self.send_error(400, "Unexpected Host header")
            return
        path = self.path.split("?", 1)[0]
        if path == "/config.js":
            self._send_bytes(self._config_js(), "application/javascript")
        elif path in VENDOR_FILES:
            target = VENDOR_FILES[path]
            if target.exists():
                self._send_bytes(target.read_bytes(), "application/javascript")
            else:
                self.send_error(404, f"{target.name} is not installed: run `make run` (it installs the widget)")
        else:
            super().do_GET()

    def _config_js(self) -> bytes:
        s = self.settings
        config = {
            "socketUrl": socket_url(s),
            "socketPath": SOCKET_PATH,
            "clinicName": s.clinic_name,
            "clinicPhone": s.clinic_phone,
            "emergencyNumber": s.emergency_number,
            "maxMessageChars": s.max_message_chars,
        }
        # json.dumps escapes quotes; "<" is escaped too so a value can never close a <script>.
        payload = json.dumps(config).replace("<", "\\u003c")
        return f"window.MESOBOT_CONFIG = {payload};\n".encode()

    def _send_bytes(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self) -> None:
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", content_security_policy(self.settings))
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        super().end_headers()

    def do_HEAD(self) -> None:  # noqa: N802
        if not host_allowed(self.headers.get("Host"), self.settings.host_names):
            self.send_error(400, "Unexpected Host header")
            return
        super().do_HEAD()

    def list_directory(self, path: str | os.PathLike[str]) -> None:  # no directory listings
        self.send_error(404, "Not found")
        return None

    def log_message(self, format: str, *args: object) -> None:
        pass


def make_server(settings: Settings) -> ThreadingHTTPServer:
    """An HTTP server for the demo page, bound to settings.host:settings.web_port (not yet serving)."""
    handler_class = type("BoundDemoPageHandler", (DemoPageHandler,), {"settings": settings})
    handler = functools.partial(handler_class, directory=str(WEB_DIR))
    return ThreadingHTTPServer((settings.host, settings.web_port), handler)


def serve(settings: Settings) -> None:
    with make_server(settings) as server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    serve(load_settings())
