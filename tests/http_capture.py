"""A real loopback HTTP server that records every request, for tests (no HTTP mocking).

Usage::

    with CaptureServer() as srv:                  # 200 {"ok": true} to everything
        requests.post(srv.url + "/hook", json={"text": "hi"})
        [req] = srv.wait_for(1, timeout=5)
        assert req.json == {"text": "hi"} and req.path == "/hook"

    CaptureServer(fail_first=2)                  # first 2 requests get 500, later ones 200
    CaptureServer(delay_s=2.0)                   # every response is sent 2 s late
    CaptureServer(respond=lambda req, n: (200, {"ok": True, "ts": str(n)}))   # custom replies

The server binds 127.0.0.1 on an ephemeral port (``srv.port``, ``srv.url``) and serves each
request in its own thread (``ThreadingHTTPServer``), so a delayed response does not hold up
other requests. A request is recorded as soon as it has been read, before any delay, so
``wait_for`` sees it even while its response is still pending. Leaving the ``with`` block (or
``close()``) cuts delays short and stops the server.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

Body = Union[bytes, str, Dict[str, Any], List[Any]]
# respond(request, index) -> (status, body) or (status, body, headers); index counts from 0.
Responder = Callable[["CapturedRequest", int], Union[Tuple[int, Body], Tuple[int, Body, Dict[str, str]]]]


@dataclass(frozen=True)
class CapturedRequest:
    method: str
    path: str  # including any query string
    headers: Dict[str, str]  # keys lower-cased
    body: bytes
    json: Any  # parsed body, or None if the body is not JSON
    status: int  # the status the server answered (or is about to answer) with
    received_at: float = field(default_factory=time.monotonic)

    @property
    def form(self) -> Dict[str, List[str]]:
        """The body parsed as application/x-www-form-urlencoded."""
        from urllib.parse import parse_qs

        return parse_qs(self.body.decode("utf-8", "replace"))


class CaptureServer:
    """Loopback HTTP server recording requests; see the module docstring for the behaviours."""

    def __init__(
        self,
        fail_first: int = 0,
        fail_status: int = 500,
        delay_s: float = 0.0,
        status: int = 200,
        body: Body = b'{"ok": true}',
        respond: Optional[Responder] = None,
    ) -> None:
        self.fail_first = fail_first
        self.fail_status = fail_status
        self.delay_s = delay_s
        self.status = status
        self.body = body
        self.respond = respond
        self._requests: List[CapturedRequest] = []
        self._count = 0
        self._cond = threading.Condition()
        self._closing = threading.Event()
        self._server: Optional[ThreadingHTTPServer] = None
        self._thread: Optional[threading.Thread] = None

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> CaptureServer:
        server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        self._closing.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> CaptureServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- inspection ------------------------------------------------------------------------
    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("CaptureServer is not running")
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        """Base URL without a trailing slash, e.g. ``http://127.0.0.1:54321``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def requests(self) -> List[CapturedRequest]:
        """A snapshot of the requests received so far, in arrival order."""
        with self._cond:
            return list(self._requests)

    def wait_for(self, n: int, timeout: float = 5.0) -> List[CapturedRequest]:
        """Block until at least ``n`` requests arrived; returns all of them. AssertionError on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self._requests) < n:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"expected {n} request(s) within {timeout}s, got {len(self._requests)}: "
                        f"{[(r.method, r.path) for r in self._requests]}"
                    )
                self._cond.wait(remaining)
            return list(self._requests)

    # -- serving ---------------------------------------------------------------------------
    def _reply(self, request: CapturedRequest, index: int) -> Tuple[int, bytes, Dict[str, str]]:
        headers: Dict[str, str] = {}
        if self.respond is not None:
            result = self.respond(request, index)
            status, body = result[0], result[1]
            if len(result) > 2:
                headers = dict(result[2])  # type: ignore[misc]
        elif index < self.fail_first:
            status, body = self.fail_status, b"simulated failure"
        else:
            status, body = self.status, self.body
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            body = body.encode()
        headers.setdefault("Content-Type", "application/json" if body[:1] in (b"{", b"[") else "text/plain")
        return status, body, headers

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        with self._cond:
            index = self._count
            self._count += 1
        probe = CapturedRequest(
            method=handler.command,
            path=handler.path,
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=raw,
            json=parsed,
            status=0,
        )
        status, body, headers = self._reply(probe, index)
        captured = CapturedRequest(probe.method, probe.path, probe.headers, raw, parsed, status, probe.received_at)
        with self._cond:
            self._requests.append(captured)
            self._cond.notify_all()
        if self.delay_s > 0 and self._closing.wait(self.delay_s):
            handler.close_connection = True  # shutting down: drop the connection without answering
            return
        try:
            handler.send_response(status)
            for key, value in headers.items():
                handler.send_header(key, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (e.g. its timeout expired)

    def _handler_class(self) -> type:
        owner = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                owner._handle(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence stderr
                pass

        return _Handler
