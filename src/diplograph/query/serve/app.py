"""The WSGI application: the SPARQL 1.1 Protocol (query operation) over a :class:`~.pool.WorkerPool`.

Routes: ``/query`` and ``/sparql`` answer ``GET ?query=``, ``POST`` of ``application/sparql-query`` or of a
form, and, with no query, ``GET`` gives the SPARQL 1.1 Service Description; ``/`` is the YASGUI editor
(:mod:`.editor`), ``/static/...`` its files, ``/views/...`` the HTML views when a views folder is served.
``HEAD`` answers as ``GET`` without the body. Read-only: updates are refused with 403 however they come.

Requests are checked before a worker sees them: one ``query`` (two are a 400, as is a query in both the
URL and the body), UTF-8 that decodes (else 400), an ``Accept`` we can answer (else 406). The worker
parses the query: an update is a 403, a ``SERVICE`` that was not allowed a 403, a syntax error a 400.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .description import service_description
from .editor import EditorPage, static_file
from .formats import GRAPH_TYPES, acceptable_for_any, choose, render
from .pool import WorkerPool

__all__ = ["AppConfig", "make_app", "STATUS"]

#: HTTP status of each worker status.
STATUS = {
    "syntax": "400 Bad Request", "error": "400 Bad Request", "too-large": "400 Bad Request",
    "update": "403 Forbidden", "forbidden": "403 Forbidden",
    "timeout": "503 Service Unavailable", "busy": "503 Service Unavailable", "died": "500 Internal Server Error",
}

_TEXT = "text/plain; charset=utf-8"


class BadRequest(Exception):
    """A request the protocol does not allow: its status and message."""

    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class AppConfig:
    """What the app needs besides the pool: limits, CORS, the editor page and the views folder."""

    max_bytes: int
    cors: bool = False
    editor: EditorPage | None = None
    views_dir: Path | None = None
    named_graphs: list[str] = field(default_factory=list)


def _params(raw: str, what: str) -> list[tuple[str, str]]:
    """Decode a query string or a form body strictly as UTF-8."""
    try:
        raw.encode("ascii")
    except UnicodeEncodeError:
        # WSGI hands raw bytes as latin-1 text: turn them back to bytes and decode as UTF-8
        try:
            raw = raw.encode("latin-1").decode("utf-8")
        except UnicodeError:
            raise BadRequest("400 Bad Request", f"the {what} is not valid UTF-8") from None
    try:
        return urllib.parse.parse_qsl(raw, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise BadRequest("400 Bad Request", f"the {what} is not valid UTF-8 (after percent-decoding)") from None
    except ValueError as exc:
        raise BadRequest("400 Bad Request", f"the {what} is malformed: {exc}") from None


def _read_request(environ: dict[str, Any]) -> tuple[str | None, list[tuple[str, str]]]:
    """The query text (from the body or the parameters) and all the parameters."""
    method = environ["REQUEST_METHOD"]
    params = _params(environ.get("QUERY_STRING", ""), "query string")
    text = None
    if method == "POST":
        ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        body = environ["wsgi.input"].read()  # waitress has already bounded and read it
        if ctype == "application/sparql-update":
            raise BadRequest("403 Forbidden", "this endpoint is read-only: SPARQL updates are refused")
        if ctype == "application/sparql-query":
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise BadRequest("400 Bad Request", "the query is not valid UTF-8") from None
            if any(k == "query" for k, _ in params):
                raise BadRequest("400 Bad Request", "a query in the body and another in the URL: send one")
        elif ctype == "application/x-www-form-urlencoded":
            try:
                form = body.decode("ascii")
            except UnicodeDecodeError:
                form = body.decode("latin-1")  # _params turns it back into bytes and decodes UTF-8 strictly
            params += _params(form, "form body")
        else:
            raise BadRequest("415 Unsupported Media Type",
                             "POST a query as application/sparql-query or application/x-www-form-urlencoded")
    if any(k == "update" for k, _ in params):
        raise BadRequest("403 Forbidden", "this endpoint is read-only: SPARQL updates are refused")
    queries = [v for k, v in params if k == "query"]
    if len(queries) > 1:
        raise BadRequest("400 Bad Request", f"{len(queries)} 'query' parameters: send exactly one")
    if queries:
        text = queries[0]
    return text, params


def make_app(pool: WorkerPool, config: AppConfig) -> Callable[..., Iterable[bytes]]:
    """The WSGI application of the endpoint."""
    cors = [("Access-Control-Allow-Origin", "*")] if config.cors else []

    def app(environ: dict[str, Any], start: Callable[..., Any]) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"]
        head = method == "HEAD"

        def reply(status: str, body: str | bytes, ctype: str = _TEXT, extra: list[tuple[str, str]] | None = None) -> list[bytes]:
            data = body.encode("utf-8") if isinstance(body, str) else body
            headers = [("Content-Type", ctype), ("Content-Length", str(len(data))), *cors, *(extra or [])]
            start(status, headers)
            return [] if head else [data]

        path = environ.get("PATH_INFO", "/") or "/"
        if method == "OPTIONS":
            extra = [("Allow", "GET, HEAD, POST, OPTIONS")]
            if config.cors:
                extra += [("Access-Control-Allow-Methods", "GET, HEAD, POST"), ("Access-Control-Allow-Headers", "Content-Type, Accept")]
            return reply("204 No Content", "", extra=extra)
        if path not in ("/query", "/sparql"):
            if method not in ("GET", "HEAD"):
                return reply("405 Method Not Allowed", "only GET and HEAD here; send SPARQL queries to /query", extra=[("Allow", "GET, HEAD")])
            found = static_file(path, config.editor, config.views_dir)
            if found is None:
                return reply("404 Not Found", "not found; send SPARQL queries to /query, or open / for the query editor")
            body, ctype, extra = found
            return reply("200 OK", body, ctype, extra)
        if method not in ("GET", "HEAD", "POST"):
            return reply("405 Method Not Allowed", "read-only endpoint: GET, HEAD and POST of queries only", extra=[("Allow", "GET, HEAD, POST, OPTIONS")])
        accept = environ.get("HTTP_ACCEPT", "")
        try:
            text, params = _read_request(environ)
        except BadRequest as exc:
            return reply(exc.status, str(exc))
        vary = [("Vary", "Accept")]
        if text is None:
            if method == "POST":
                return reply("400 Bad Request", "no query: POST application/sparql-query, or a form with query=...")
            mime = choose(accept, "DESCRIBE")
            if mime is None:
                return reply("406 Not Acceptable", f"the service description is given as {', '.join(GRAPH_TYPES)}", extra=vary)
            base = _base_url(environ)
            return reply("200 OK", service_description(f"{base}{path}", mime, config.named_graphs), _ctype(mime), vary)
        if not acceptable_for_any(accept):
            return reply("406 Not Acceptable", _unacceptable(accept), extra=vary)
        request = {
            "query": text,
            "default_graph": [v for k, v in params if k == "default-graph-uri"],
            "named_graphs": [v for k, v in params if k == "named-graph-uri"],
        }
        status, answer = pool.run(request)
        if status != "ok":
            return reply(STATUS.get(status, "500 Internal Server Error"), answer["body"])
        mime = choose(accept, answer["form"])
        if mime is None:
            return reply("406 Not Acceptable", _unacceptable(accept, answer["form"]), extra=vary)
        data = render(answer, mime).encode("utf-8")
        if len(data) > config.max_bytes:
            return reply("400 Bad Request", f"the answer is larger than {config.max_bytes} bytes in {mime}; select fewer or shorter values, or add a LIMIT")
        return reply("200 OK", data, _ctype(mime), vary)

    return app


def _ctype(mime: str) -> str:
    return f"{mime}; charset=utf-8" if mime.startswith("text/") or mime.endswith("+xml") else mime


def _unacceptable(accept: str, form: str | None = None) -> str:
    from .formats import RESULT_TYPES

    if form in ("CONSTRUCT", "DESCRIBE"):
        return f"cannot answer a {form} as {accept!r}; graphs are given as {', '.join(GRAPH_TYPES)}"
    if form:
        return f"cannot answer a {form} as {accept!r}; results are given as {', '.join(RESULT_TYPES)}"
    return f"cannot answer as {accept!r}; results are given as {', '.join(RESULT_TYPES)} and graphs as {', '.join(GRAPH_TYPES)}"


def _base_url(environ: dict[str, Any]) -> str:
    host = environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME', '127.0.0.1')}:{environ.get('SERVER_PORT', '')}"
    return f"{environ.get('wsgi.url_scheme', 'http')}://{host}{environ.get('SCRIPT_NAME', '')}"
