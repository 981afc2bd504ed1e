"""``diplograph serve``: a read-only SPARQL 1.1 Protocol endpoint over the graph, with a query editor.

The graph is loaded once into an Oxigraph store in a folder; each query runs in a worker process
(:mod:`.worker`, pooled by :mod:`.pool`) that opens that store read-only, so a query that passes its time
limit is stopped for certain and the server keeps answering. The HTTP side is waitress (:mod:`.server`)
in front of a WSGI app (:mod:`.app`) that speaks the protocol: GET and POST (form or
``application/sparql-query``), HEAD, the service description (:mod:`.description`), results as JSON, XML,
CSV and TSV and graphs as Turtle, N-Triples, JSON-LD and RDF/XML by ``Accept`` (:mod:`.formats`), and
the YASGUI editor at ``/`` (:mod:`.editor`). Updates are refused (403), ``SERVICE`` too unless allowed.
"""

from __future__ import annotations

from .server import Endpoint, HttpServer, ServeConfig, serve_in_thread, start_endpoint

__all__ = ["ServeConfig", "Endpoint", "HttpServer", "start_endpoint", "serve_in_thread"]
