"""The query worker process: opens the Oxigraph store read-only and answers one query per line.

Started by :mod:`.pool` as ``python -m diplograph.query.serve.worker CONFIG_JSON``. It reads one JSON
request per line on stdin (``{"query": ..., "default_graph": [...], "named_graphs": [...]}``) and writes
one JSON answer per line on stdout. Before anything runs, the query is parsed (rdflib's parser): an update
is refused, and so is a ``SERVICE`` that the server was not told to allow. Answers are bounded in rows
(or triples) and in bytes; a larger one is refused with a message, never cut.
"""

from __future__ import annotations

import json
import signal
import sys
from typing import Any, Iterator

__all__ = ["answer", "main"]


class TooLarge(Exception):
    """The answer passes the row or byte limit."""


def _term_size(term: Any) -> int:
    if term is None:
        return 0
    size = len(term.value) if hasattr(term, "value") else len(str(term))
    datatype = getattr(term, "datatype", None)
    return size + 16 + (len(datatype.value) if datatype is not None else 0)


def _bounded(items: Iterator[Any], max_rows: int, max_bytes: int, what: str, size: Any) -> list[Any]:
    out = []
    total = 0
    for n, item in enumerate(items):
        if n >= max_rows:
            raise TooLarge(f"the answer has more than {max_rows} {what}; add a LIMIT (at most {max_rows}) or narrow the query")
        total += size(item)
        if total > max_bytes:
            raise TooLarge(f"the answer is larger than {max_bytes} bytes (after {n} {what}); "
                           f"select fewer or shorter values, or add a LIMIT")
        out.append(item)
    return out


def answer(store: Any, request: dict[str, Any], config: dict[str, Any]) -> dict[str, Any]:
    """The answer to one request, as a JSON-able dict with a ``status``."""
    import pyoxigraph as ox

    from ..federation import FederationError, UpdateRefused, analyse, check_federation
    from ..backends import from_ox
    from ..results import Result, to_json
    from ...errors import QueryError

    text = request["query"]
    max_rows, max_bytes = int(config["max_rows"]), int(config["max_bytes"])
    try:
        shape = analyse(text)
        check_federation(shape, config.get("allow_service", ()))
    except UpdateRefused as exc:
        return {"status": "update", "body": f"this endpoint is read-only: {exc}"}
    except FederationError as exc:
        return {"status": "forbidden", "body": str(exc)}
    except QueryError as exc:
        return {"status": "syntax", "body": str(exc)}
    kwargs: dict[str, Any] = {}
    if request.get("default_graph"):
        kwargs["default_graph"] = [ox.NamedNode(g) for g in request["default_graph"]]
    elif not shape.default_graphs:
        kwargs["use_default_graph_as_union"] = False  # the store's default graph is already the set union
    if request.get("named_graphs"):
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in request["named_graphs"]]
    try:
        res = store.query(text, **kwargs)
        if isinstance(res, ox.QueryBoolean):
            return {"status": "ok", "form": "ASK", "body": to_json(Result(form="ASK", boolean=bool(res)))}
        if isinstance(res, ox.QueryTriples):
            triples = _bounded(iter(res), max_rows, max_bytes, "triples",
                               lambda t: _term_size(t.subject) + _term_size(t.predicate) + _term_size(t.object))
            body = "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples)
            return {"status": "ok", "form": shape.form, "body": body}
        names = [v.value for v in res.variables]
        solutions = _bounded(iter(res), max_rows, max_bytes, "rows", lambda s: sum(_term_size(s[v]) for v in names))
        rows = [{v: from_ox(sol[v]) for v in names} for sol in solutions]
        return {"status": "ok", "form": "SELECT", "body": to_json(Result(form="SELECT", vars=names, rows=rows))}
    except TooLarge as exc:
        return {"status": "too-large", "body": str(exc)}
    except SyntaxError as exc:
        return {"status": "syntax", "body": f"SPARQL syntax error: {exc}"}
    except Exception as exc:  # the engine's evaluation errors go back to the client as a 400
        return {"status": "error", "body": f"{type(exc).__name__}: {exc}"}


def main(argv: list[str]) -> None:
    """Open the store named in the JSON config ``argv[0]``, say ready, answer requests until stdin closes."""
    from ..backends import OxigraphBackend

    config = json.loads(argv[0])
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which then ends its workers
    store = OxigraphBackend.open(config["location"]).store
    out = sys.stdout
    out.write(json.dumps({"status": "ready"}) + "\n")  # start-up is not counted against a query's timeout
    out.flush()
    for line in sys.stdin:
        out.write(json.dumps(answer(store, json.loads(line), config)) + "\n")
        out.flush()


if __name__ == "__main__":  # pragma: no cover - the worker process
    main(sys.argv[1:])
