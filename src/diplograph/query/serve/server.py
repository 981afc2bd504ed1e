"""The endpoint: load the graph into an Oxigraph store, start the workers, and serve the app with waitress.

waitress (a maintained pure-Python WSGI server) does the HTTP: it bounds the request body
(``max_request_body_size``, so a negative or huge ``Content-Length`` or a long chunked body is refused
before the app), the header block (``max_request_header_size``), times out idle and slow connections
(``channel_timeout``), keeps a real listen backlog and a connection limit, and answers ``400`` for a
malformed request line or ``Content-Length``.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import DiplographError, QueryError
from .app import AppConfig, make_app
from .editor import editor_page
from .pool import WorkerPool

__all__ = ["ServeConfig", "Endpoint", "HttpServer", "start_endpoint", "serve_in_thread"]


@dataclass(frozen=True)
class ServeConfig:
    """Limits of the endpoint: seconds per query, rows (or triples) and bytes per answer, worker processes,
    bytes per request body, seconds a connection may stay idle, the listen backlog, allowed SERVICE prefixes."""

    timeout: float = 10.0
    max_rows: int = 10_000
    max_bytes: int = 16_000_000
    workers: int = 2
    cors: bool = False
    max_body: int = 1_000_000
    max_header: int = 16_384
    idle_timeout: float = 30.0
    backlog: int = 1024
    connection_limit: int = 200
    allow_service: tuple[str, ...] = field(default_factory=tuple)


class Endpoint:
    """The store folder and the worker pool."""

    def __init__(self, location: Path, config: ServeConfig, *, owns_location: bool = False) -> None:
        self.location = location
        self.config = config
        self._owns = owns_location
        worker_config = {"location": str(location), "max_rows": config.max_rows, "max_bytes": config.max_bytes,
                         "allow_service": list(config.allow_service)}
        try:
            self.pool = WorkerPool(worker_config, config.workers, config.timeout)
        except BaseException:
            self._remove()
            raise

    def _remove(self) -> None:
        if self._owns:
            shutil.rmtree(self.location, ignore_errors=True)

    def close(self) -> None:
        """Stop the workers and remove a temporary store."""
        self.pool.close()
        self._remove()


class HttpServer:
    """A waitress server bound to its socket: :meth:`serve_forever`, :meth:`shutdown`, ``server_address``."""

    def __init__(self, app: Any, host: str, port: int, config: ServeConfig, *, quiet: bool = False) -> None:
        from waitress.server import create_server

        self._server = create_server(
            app, host=host, port=port, threads=max(4, 2 * config.workers), backlog=config.backlog,
            connection_limit=config.connection_limit, channel_timeout=int(max(1, config.idle_timeout)),
            cleanup_interval=max(1, min(30, int(config.idle_timeout) // 2)),
            max_request_body_size=config.max_body, max_request_header_size=config.max_header,
            ident="diplograph", expose_tracebacks=False, clear_untrusted_proxy_headers=True,
        )
        # requests waiting for a thread are normal under load (they wait for a query worker): no warning per request
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)
        if quiet:
            logging.getLogger("waitress").setLevel(logging.ERROR)
        self._stopped = threading.Event()

    @property
    def server_address(self) -> tuple[str, int]:
        host, port = self._server.effective_host, self._server.effective_port
        return str(host), int(port)

    def serve_forever(self) -> None:
        try:
            self._server.run()
        except (OSError, ValueError):  # the socket map was closed by shutdown()
            if not self._stopped.is_set():
                raise

    def shutdown(self) -> None:
        self._stopped.set()
        self._server.close()

    def server_close(self) -> None:
        if not self._stopped.is_set():
            self.shutdown()


def start_endpoint(
    graph: Path | str | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    config: ServeConfig = ServeConfig(),
    store: Path | str | None = None,
    settings: Any = None,
    views: Path | str | None = None,
    quiet: bool = False,
) -> tuple[HttpServer, Endpoint]:
    """Load ``graph`` (default ``graph/``) into a store (``store`` or a temporary folder) and bind the server.

    Returns the server (call ``serve_forever()``; ``server_address`` has the port when ``port=0``) and
    the endpoint (call ``close()`` after ``server_close()``). ``views``: a folder of HTML views to serve
    at ``/views/`` and link from the editor (default ``out/views`` when it exists).
    """
    from ..backends import OxigraphBackend
    from ..catalog import load_catalog
    from ...graph.io import load_dataset
    from ...namespace import PREFIXES
    from ...settings import Settings

    if config.timeout <= 0 or config.max_rows <= 0 or config.max_bytes <= 0:
        raise QueryError("--timeout, --max-rows and --max-bytes must be positive")
    s = settings or Settings.discover()
    location = Path(store) if store else Path(tempfile.mkdtemp(prefix="diplograph-store-"))
    try:
        data = load_dataset(graph if graph is not None else s.graph_dir)
        backend = OxigraphBackend.from_graph(data, location=location)
        backend.store.flush()
        named = sorted(g.value for g in backend.store.named_graphs() if hasattr(g, "value"))
        del backend  # the workers open the store read-only
    except BaseException:
        if not store:
            shutil.rmtree(location, ignore_errors=True)
        raise
    views_dir = Path(views) if views else (s.home / "out" / "views")
    if views and not views_dir.is_dir():
        raise QueryError(f"{views_dir}: no views folder there; run 'diplograph run' first, or leave --views out")
    examples = [{"name": q.name, "title": q.title, "description": q.description, "text": q.text}
                for q in load_catalog(s.queries_dir).values()] if s.queries_dir.is_dir() else []
    endpoint = Endpoint(location, config, owns_location=store is None)
    app_config = AppConfig(max_bytes=config.max_bytes, cors=config.cors, named_graphs=named,
                           editor=editor_page(PREFIXES, examples, views=views_dir.is_dir()),
                           views_dir=views_dir if views_dir.is_dir() else None)
    try:
        server = HttpServer(make_app(endpoint.pool, app_config), host, port, config, quiet=quiet)
    except OSError as exc:
        endpoint.close()
        raise DiplographError(f"cannot listen on {host}:{port}: {exc.strerror}; pick another --port") from None
    return server, endpoint


def serve_in_thread(server: HttpServer) -> threading.Thread:
    """Run ``server`` in a daemon thread (for tests and notebooks)."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
