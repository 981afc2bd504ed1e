"""The query stage: named SPARQL queries over the built graph, on any backend.

:mod:`.catalog` (the ``.rq`` files and their metadata), :mod:`.params` (typed parameters),
:mod:`.sparql` (parsing, safe binding), :mod:`.backends` (rdflib, Oxigraph, a remote endpoint),
:mod:`.results` (tables and formats), :mod:`.knowledge` (``KnowledgeGraph``, the entry point),
:mod:`.connections` (shortest relation paths), :mod:`.federation` (SERVICE and FROM, found by the parser and
refused unless allowed), :mod:`.serve` (a SPARQL 1.1 endpoint over HTTP with a query editor).
"""
