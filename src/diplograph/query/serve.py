"""``diplograph serve``: a read-only SPARQL 1.1 Protocol endpoint over the graph, for YASGUI and the like.

A small WSGI app (standard library only) in front of Oxigraph. The graph is loaded once into an Oxigraph
store in a directory; each query runs in a worker process (``python -m diplograph.query.serve --worker``) that opens that store read-only, so a query
that passes its time limit is stopped for certain (the worker is killed and replaced) and the server
keeps answering. Answers hold at most ``max_rows`` rows; a larger one is refused with a message asking
for a ``LIMIT``, never cut silently. Updates (``application/sparql-update``, an ``update=`` form field,
or an update in ``query=``) are refused with 403: there is no code path that writes.

Routes: ``GET /query?query=...``, ``POST /query`` (``application/sparql-query`` or a form), the same on
``/sparql``; results as SPARQL JSON (default), CSV or TSV by ``Accept``; CONSTRUCT as N-Triples or Turtle.
"""

from __future__ import annotations

import json
import queue
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any, Callable, Iterable
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from ..errors import DiplographError, QueryError
from .results import Result, term_from_json, to_csv, to_json, to_tsv
from .sparql import query_form

__all__ = ["ServeConfig", "Endpoint", "make_app", "start_endpoint"]

MAX_BODY = 1_000_000


@dataclass(frozen=True)
class ServeConfig:
    """Limits of the endpoint: seconds per query, rows (or triples) per answer, worker processes."""

    timeout: float = 10.0
    max_rows: int = 10_000
    workers: int = 2
    cors: bool = False


def _worker_main(location: str, max_rows: int) -> None:
    """The worker process: read one JSON query per line on stdin, answer one JSON line on stdout."""
    import json

    import pyoxigraph as ox

    from .backends import OxigraphBackend, from_ox

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which then ends its workers
    store = OxigraphBackend.open(location).store
    out = sys.stdout
    out.write(json.dumps({"status": "ready"}) + "\n")  # start-up is not counted against a query's timeout
    out.flush()
    for line in sys.stdin:
        text = json.loads(line)["query"]
        answer: dict[str, Any]
        try:
            res = store.query(text)
            if isinstance(res, ox.QueryBoolean):
                answer = {"status": "ok", "form": "ASK", "body": to_json(Result(form="ASK", boolean=bool(res)))}
            elif isinstance(res, ox.QueryTriples):
                triples = []
                for n, t in enumerate(res):
                    if n >= max_rows:
                        raise QueryError(f"the answer has more than {max_rows} triples; narrow the query or add a LIMIT")
                    triples.append(f"{t.subject} {t.predicate} {t.object} .")
                answer = {"status": "ok", "form": "CONSTRUCT", "body": "\n".join(triples) + "\n"}
            else:
                names = [v.value for v in res.variables]
                rows = []
                for n, sol in enumerate(res):
                    if n >= max_rows:
                        raise QueryError(f"the answer has more than {max_rows} rows; add a LIMIT (at most {max_rows}) or narrow the query")
                    rows.append({v: from_ox(sol[v]) for v in names})
                answer = {"status": "ok", "form": "SELECT", "body": to_json(Result(form="SELECT", vars=names, rows=rows))}
        except QueryError as exc:
            answer = {"status": "too-large", "body": str(exc)}
        except SyntaxError as exc:
            answer = {"status": "syntax", "body": f"SPARQL syntax error: {exc}"}
        except Exception as exc:  # the engine's evaluation errors go back to the client as a 400
            answer = {"status": "error", "body": f"{type(exc).__name__}: {exc}"}
        out.write(json.dumps(answer) + "\n")
        out.flush()


#: Seconds a new worker may take to import its libraries and open the store.
STARTUP_TIMEOUT = 60.0


class _Worker:
    def __init__(self, location: str, max_rows: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "diplograph.query.serve", "--worker", location, str(max_rows)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
        )
        self.ready = False

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT) -> None:
        """Wait for the worker to have opened the store (its first line); OSError if it does not."""
        assert self.process.stdout is not None
        if self.ready:
            return
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        line = self.process.stdout.readline() if ready else ""
        if not line or json.loads(line).get("status") != "ready":
            raise OSError(f"the query worker did not start within {timeout:g} s")
        self.ready = True

    def ask(self, text: str, timeout: float) -> dict[str, Any] | None:
        """The worker's answer, or None when it did not come within ``timeout`` seconds."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.wait_ready()
        self.process.stdin.write(json.dumps({"query": text}) + "\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return None
        line = self.process.stdout.readline()
        if not line:
            raise OSError("the worker exited")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)
        for f in (self.process.stdin, self.process.stdout):
            if f:
                f.close()


class Endpoint:
    """The store, the worker pool and the limits; :meth:`run` answers one query text."""

    def __init__(self, location: Path, config: ServeConfig, *, owns_location: bool = False) -> None:
        self.location = location
        self.config = config
        self._owns = owns_location
        self._pool: queue.Queue[_Worker] = queue.Queue()
        workers = [_Worker(str(location), config.max_rows) for _ in range(max(1, config.workers))]
        for worker in workers:
            worker.wait_ready()
            self._pool.put(worker)

    def run(self, text: str) -> tuple[str, Any]:
        try:
            worker = self._pool.get(timeout=self.config.timeout)
        except queue.Empty:
            return "busy", {"body": "all query workers are busy; try again"}
        try:
            answer = worker.ask(text, self.config.timeout)
            if answer is not None:
                return answer["status"], answer
            worker.kill()
            worker = _Worker(str(self.location), self.config.max_rows)
            return "timeout", {"body": f"the query ran longer than the {self.config.timeout:g} s limit and was stopped"}
        except (OSError, ValueError):
            worker.kill()
            worker = _Worker(str(self.location), self.config.max_rows)
            return "died", {"body": "the query worker died; the query was not answered"}
        finally:
            self._pool.put(worker)

    def close(self) -> None:
        while not self._pool.empty():
            self._pool.get_nowait().kill()
        if self._owns:
            shutil.rmtree(self.location, ignore_errors=True)


_STATUS = {
    "syntax": "400 Bad Request", "error": "400 Bad Request", "too-large": "400 Bad Request",
    "timeout": "503 Service Unavailable", "busy": "503 Service Unavailable", "died": "500 Internal Server Error",
}


def _result(answer: dict[str, Any]) -> Result:
    data = json.loads(answer["body"])
    if "boolean" in data:
        return Result(form="ASK", boolean=data["boolean"])
    names = data["head"]["vars"]
    rows = [{n: (term_from_json(b[n]) if n in b else None) for n in names} for b in data["results"]["bindings"]]
    return Result(form="SELECT", vars=names, rows=rows)


def _negotiate(accept: str, form: str) -> tuple[str, Callable[[dict[str, Any]], str]]:
    accept = accept.lower()
    if form == "CONSTRUCT":
        if "turtle" in accept:
            def turtle(a: dict[str, Any]) -> str:
                from rdflib import Graph

                return Graph().parse(data=a["body"], format="nt").serialize(format="turtle")

            return "text/turtle; charset=utf-8", turtle
        return "application/n-triples", lambda a: a["body"]
    if "text/csv" in accept:
        return "text/csv; charset=utf-8", lambda a: to_csv(_result(a))
    if "text/tab-separated-values" in accept:
        return "text/tab-separated-values; charset=utf-8", lambda a: to_tsv(_result(a))
    return "application/sparql-results+json", lambda a: a["body"]


def make_app(endpoint: Endpoint) -> Callable[..., Iterable[bytes]]:
    """The WSGI application of the endpoint."""
    cors = [("Access-Control-Allow-Origin", "*")] if endpoint.config.cors else []

    def reply(start: Callable[..., Any], status: str, body: str, ctype: str = "text/plain; charset=utf-8", extra: list[tuple[str, str]] | None = None) -> list[bytes]:
        data = body.encode("utf-8")
        start(status, [("Content-Type", ctype), ("Content-Length", str(len(data))), *cors, *(extra or [])])
        return [data]

    def app(environ: dict[str, Any], start: Callable[..., Any]) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "/")
        if path not in ("/query", "/sparql", "/"):
            return reply(start, "404 Not Found", "not found; send SPARQL queries to /query")
        if method == "OPTIONS":
            extra = [("Access-Control-Allow-Methods", "GET, POST"), ("Access-Control-Allow-Headers", "Content-Type, Accept")]
            return reply(start, "204 No Content", "", extra=extra)
        if method not in ("GET", "POST"):
            return reply(start, "405 Method Not Allowed", "read-only endpoint: only GET and POST of queries", extra=[("Allow", "GET, POST")])
        args = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
        ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        text = None
        if method == "POST":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            if length > MAX_BODY:
                return reply(start, "413 Payload Too Large", f"a request body holds at most {MAX_BODY} bytes")
            body = environ["wsgi.input"].read(length).decode("utf-8", "replace")
            if ctype == "application/sparql-update":
                return reply(start, "403 Forbidden", "this endpoint is read-only: SPARQL updates are refused")
            if ctype == "application/sparql-query":
                text = body
            elif ctype == "application/x-www-form-urlencoded":
                args.update(urllib.parse.parse_qs(body))
            else:
                return reply(start, "415 Unsupported Media Type", "POST a query as application/sparql-query or application/x-www-form-urlencoded")
        if "update" in args:
            return reply(start, "403 Forbidden", "this endpoint is read-only: SPARQL updates are refused")
        if "default-graph-uri" in args or "named-graph-uri" in args:
            return reply(start, "400 Bad Request", "default-graph-uri and named-graph-uri are not supported; use FROM / GRAPH in the query")
        if text is None:
            if "query" not in args:
                if path == "/" and method == "GET":
                    return reply(start, "200 OK", "diplograph read-only SPARQL endpoint: send queries to /query (GET ?query= or POST)")
                return reply(start, "400 Bad Request", "no query: pass ?query=... or POST application/sparql-query")
            text = args["query"][0]
        try:
            form = query_form(text)
        except QueryError as exc:
            status = "403 Forbidden" if "update" in str(exc) else "400 Bad Request"
            return reply(start, status, str(exc))
        status, answer = endpoint.run(text)
        if status != "ok":
            return reply(start, _STATUS.get(status, "500 Internal Server Error"), answer["body"])
        mime, write = _negotiate(environ.get("HTTP_ACCEPT", ""), answer["form"])
        return reply(start, "200 OK", write(answer), mime)

    return app


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        sys.stderr.write("%s - %s\n" % (self.address_string(), format % args))


def start_endpoint(
    graph: Path | str | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    config: ServeConfig = ServeConfig(),
    store: Path | str | None = None,
    settings: Any = None,
    quiet: bool = False,
) -> tuple[WSGIServer, Endpoint]:
    """Load ``graph`` (default ``graph/``) into a store (``store`` or a temporary folder) and bind the server.

    Returns the server (call ``serve_forever()``; ``server_address`` has the port when ``port=0``) and
    the endpoint (call ``close()`` after ``server_close()``).
    """
    from .backends import OxigraphBackend
    from ..graph.io import load_dataset
    from ..settings import Settings

    if config.timeout <= 0 or config.max_rows <= 0:
        raise QueryError("--timeout and --max-rows must be positive")
    location = Path(store) if store else Path(tempfile.mkdtemp(prefix="diplograph-store-"))
    s = settings or Settings.discover()
    data = load_dataset(graph if graph is not None else s.graph_dir)
    backend = OxigraphBackend.from_graph(data, location=location)
    backend.store.flush()
    del backend  # the workers open the store read-only
    endpoint = Endpoint(location, config, owns_location=store is None)
    try:
        server = make_server(host, port, make_app(endpoint), server_class=_Server,
                             handler_class=_QuietHandler if not quiet else type("H", (WSGIRequestHandler,), {"log_message": lambda *a: None}))
    except OSError as exc:
        endpoint.close()
        raise DiplographError(f"cannot listen on {host}:{port}: {exc.strerror}; pick another --port") from None
    return server, endpoint


def serve_in_thread(server: WSGIServer) -> threading.Thread:
    """Run ``server`` in a daemon thread (for tests and notebooks)."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


if __name__ == "__main__" and sys.argv[1:2] == ["--worker"]:  # pragma: no cover - the worker process
    _worker_main(sys.argv[2], int(sys.argv[3]))
