"""A loopback HTTP listener that records every request it gets and answers with SPARQL JSON (test helper)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

__all__ = ["Recorder"]

ROW = {"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "uri", "value": "http://example.org/from-the-listener"}}]}}


class Recorder:
    """``with Recorder() as rec:`` ... ``rec.url``, ``rec.requests`` (method, path, headers, body)."""

    def __init__(self, answer: Callable[[BaseHTTPRequestHandler, bytes], tuple[int, str, bytes]] | None = None) -> None:
        self.requests: list[dict[str, Any]] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length > 0 else b""
                recorder.requests.append({"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body})
                status, ctype, data = (answer or _default)(self, body)
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _handle

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        self.prefix = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self) -> "Recorder":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()


def _default(handler: BaseHTTPRequestHandler, body: bytes) -> tuple[int, str, bytes]:
    return 200, "application/sparql-results+json", json.dumps(ROW).encode()
