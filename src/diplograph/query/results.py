"""Query results, the same whatever the backend, and their formats.

JSON, CSV and TSV follow the W3C SPARQL 1.1 Query Results formats; ``table`` and ``markdown`` are for
people (literal values and IRIs, no datatypes). Terms are rdflib terms; ``xsd:string`` literals are plain.

>>> from rdflib import Literal, URIRef
>>> r = Result(form="SELECT", vars=["x", "n"], rows=[{"x": URIRef("http://e/a"), "n": Literal(2)}])
>>> print(to_csv(r), end="")
x,n\r
http://e/a,2\r
>>> r.to_dicts()
[{'x': 'http://e/a', 'n': 2}]
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from dataclasses import dataclass, field
from typing import Any, Iterator

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from ..errors import QueryError

__all__ = ["Result", "Page", "FORMATS", "format_result", "to_json", "to_csv", "to_tsv", "to_markdown", "term_from_json", "term_to_json", "plain"]

FORMATS = ("table", "csv", "tsv", "json", "markdown")


def normalise(term: Node | None) -> Node | None:
    """A plain literal for ``xsd:string`` (engines differ in saying so); other terms unchanged."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        # engines differ in the lexical form of decimals ("1.0" or "1"): write the shortest one
        try:
            value = Decimal(str(term))
        except ArithmeticError:
            return term
        text = format(value.normalize(), "f")
        return Literal(text, datatype=XSD.decimal)
    return term


@dataclass(frozen=True)
class Page:
    """Which rows of the whole answer a result holds: page ``number`` of ``size`` rows, starting at row
    ``first`` (1-based); ``more`` says that rows follow, ``total`` is the whole answer's size when known."""

    number: int
    size: int
    first: int
    rows: int
    more: bool
    total: int | None = None

    def describe(self) -> str:
        """One line for people, e.g. ``page 2: rows 51-100; more rows follow (--page 3)``."""
        span = f"rows {self.first}-{self.first + self.rows - 1}" if self.rows else "no rows"
        if self.more:
            return f"page {self.number}: {span}; more rows follow (--page {self.number + 1})"
        of = f" of {self.total}" if self.total is not None else ""
        return f"page {self.number}: {span}{of}; the last page"


@dataclass
class Result:
    """A query's answer: rows of a SELECT, the boolean of an ASK, the graph of a CONSTRUCT/DESCRIBE.

    ``page`` says which part of the whole answer the rows are when it was asked for page by page;
    ``note`` says why an answer may be incomplete (a path search that ran out of time).
    """

    form: str
    vars: list[str] = field(default_factory=list)
    rows: list[dict[str, Node | None]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    page: Page | None = None
    note: str = ""

    def __iter__(self) -> Iterator[dict[str, Node | None]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows) if self.graph is None else len(self.graph)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.form == "ASK" else len(self) > 0

    def column(self, var: str) -> list[Any]:
        """The Python values of one column."""
        return [plain(row.get(var)) for row in self.rows]

    def to_dicts(self) -> list[dict[str, Any]]:
        """Rows as dicts of Python values (IRIs as strings, literals as their Python value)."""
        return [{v: plain(row.get(v)) for v in self.vars} for row in self.rows]

    def to_dataframe(self) -> Any:
        """The rows as a pandas DataFrame (needs pandas)."""
        try:
            import pandas as pd
        except ImportError:
            raise QueryError("to_dataframe() needs pandas: pip install pandas") from None
        return pd.DataFrame(self.to_dicts(), columns=self.vars)


def plain(term: Node | None) -> Any:
    """A Python value for a term: ``str`` for IRIs and blank nodes, the literal's value (or text)."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)


def _text(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return "_:" + str(term)
    return str(term)


def term_to_json(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and term.datatype != XSD.string:
            out["datatype"] = str(term.datatype)
        return out
    raise QueryError(f"cannot write {term!r} as a SPARQL JSON result term")


def term_from_json(obj: dict[str, str]) -> Node:
    kind = obj.get("type")
    if kind == "uri":
        return URIRef(obj["value"])
    if kind == "bnode":
        return BNode(obj["value"])
    if kind in ("literal", "typed-literal"):
        lang = obj.get("xml:lang")
        datatype = obj.get("datatype")
        if lang:
            return Literal(obj["value"], lang=lang)
        if datatype and datatype != str(XSD.string):
            return Literal(obj["value"], datatype=URIRef(datatype))
        return Literal(obj["value"])
    raise QueryError(f"the endpoint answered a term of unknown type {kind!r}")


def to_json(result: Result) -> str:
    if result.form == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}, indent=1)
    bindings = [{v: term_to_json(t) for v, t in row.items() if t is not None} for row in result.rows]
    return json.dumps({"head": {"vars": result.vars}, "results": {"bindings": bindings}}, indent=1, ensure_ascii=False)


def to_csv(result: Result) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if result.form == "ASK":
        writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
        return buf.getvalue()
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow([_text(row.get(v)) for v in result.vars])
    return buf.getvalue()


def to_tsv(result: Result) -> str:
    if result.form == "ASK":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join("?" + v for v in result.vars)]
    for row in result.rows:
        lines.append("\t".join("" if row.get(v) is None else row[v].n3() for v in result.vars))  # type: ignore[union-attr]
    return "\n".join(lines) + "\n"


def _cells(result: Result) -> tuple[list[str], list[list[str]]]:
    if result.form == "ASK":
        return ["boolean"], [["true" if result.boolean else "false"]]
    return result.vars, [[_text(row.get(v)) for v in result.vars] for row in result.rows]


def to_markdown(result: Result) -> str:
    head, rows = _cells(result)

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(map(esc, head)) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(map(esc, r)) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def to_table(result: Result) -> str:
    """A fixed-width text table (rich), for the terminal."""
    from rich.console import Console
    from rich.table import Table

    head, rows = _cells(result)
    table = Table(show_lines=False)
    for h in head:
        table.add_column(h, overflow="fold")
    for r in rows:
        table.add_row(*r)
    console = Console(file=io.StringIO(), width=200, highlight=False, soft_wrap=False)
    console.print(table)
    footer = "" if result.form == "ASK" else f"{len(rows)} row(s)\n"
    return console.file.getvalue() + footer  # type: ignore[attr-defined]


def format_result(result: Result, fmt: str) -> str:
    """The result as text in one of :data:`FORMATS` (a CONSTRUCT graph as Turtle, or N-Triples for csv/tsv)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if result.graph is not None:
        rdf = {"json": "json-ld", "csv": "nt", "tsv": "nt"}.get(fmt, "turtle")
        return result.graph.serialize(format=rdf)
    return {"table": to_table, "csv": to_csv, "tsv": to_tsv, "json": to_json, "markdown": to_markdown}[fmt](result) + ("\n" if fmt == "json" else "")
