"""Serves the demo clinic page with the chat widget, bound to loopback (`WEB_PORT`, default 8080).

Files come from `web/`; the widget's script from the pinned npm package under `node_modules/`.
"""

from __future__ import annotations

import functools
import json
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Dict

from bot.settings import PROJECT_ROOT, Settings, load_settings

WEB_DIR = PROJECT_ROOT / "web"
VENDOR_FILES: Dict[str, Path] = {
    "/vendor/webchat.js": PROJECT_ROOT / "node_modules" / "rasa-webchat" / "lib" / "index.js",
}


class DemoPageHandler(SimpleHTTPRequestHandler):
    settings: Settings

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
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
        config = {"socketUrl": f"http://{s.host}:{s.rasa_port}", "clinicName": s.clinic_name}
        return f"window.MESOBOT_CONFIG = {json.dumps(config)};\n".encode()

    def _send_bytes(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self) -> None:
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(settings: Settings) -> None:
    handler = functools.partial(DemoPageHandler, directory=str(WEB_DIR))
    DemoPageHandler.settings = settings
    with ThreadingHTTPServer((settings.host, settings.web_port), handler) as server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    serve(load_settings())
