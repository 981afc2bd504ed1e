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
import re
from decimal import Decimal
from dataclasses import dataclass, field
from typing import Any, Iterator

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from ..errors import QueryError

__all__ = ["Result", "Page", "FORMATS", "format_result", "to_json", "to_csv", "to_tsv", "to_markdown", "to_table", "to_html", "term_from_json",
           "term_to_json", "plain", "date_columns", "iri_columns"]

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
        of = f" of {self.total}" if self.total is not None else ""
        if self.more:
            return f"page {self.number}: {span}{of}; more rows follow (--page {self.number + 1})"
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
        """The rows as a pandas DataFrame of plain Python values (needs pandas).

        A column of dates (``xsd:date``, ``xsd:gYearMonth``, ``xsd:gYear``) becomes a ``datetime64`` column at
        the start of each period, with a ``<column>_precision`` column beside it (``day``, ``month`` or ``year``),
        so ``2010`` and ``2010-09-13`` sort and filter together without losing what the source said.
        """
        try:
            import pandas as pd
        except ImportError:
            raise QueryError("to_dataframe() needs pandas: pip install pandas") from None
        frame = pd.DataFrame(self.to_dicts(), columns=self.vars)
        for var in date_columns(self):
            values = [self.rows[i].get(var) for i in range(len(self.rows))]
            position = list(frame.columns).index(var)
            frame[var] = pd.to_datetime([_period_start(v) for v in values], format="%Y-%m-%d")
            frame.insert(position + 1, f"{var}_precision", [precision(v) for v in values])
        return frame

    def _repr_html_(self) -> str:
        """An HTML table for notebooks: labels and values as text, IRI-only columns left out (see :func:`to_html`)."""
        return to_html(self)


_PRECISION = {XSD.date: "day", XSD.gYearMonth: "month", XSD.gYear: "year"}
_DATE_TEXT = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def precision(term: Node | None) -> str | None:
    """``day``, ``month`` or ``year`` for a date literal (typed, or plain text such as ``2010-09``); else None."""
    if not isinstance(term, Literal):
        return None
    if term.datatype in _PRECISION:
        return _PRECISION[term.datatype]
    if term.datatype in (None, XSD.string) and _DATE_TEXT.match(str(term)):
        return {4: "year", 7: "month", 10: "day"}[len(str(term))]
    return None


def _period_start(term: Node | None) -> str | None:
    p = precision(term)
    return None if p is None else str(term) + {"day": "", "month": "-01", "year": "-01-01"}[p]


def date_columns(result: "Result") -> list[str]:
    """The columns whose values are all dates of some precision (and at least one is set)."""
    out = []
    for var in result.vars:
        values = [row.get(var) for row in result.rows if row.get(var) is not None]
        if values and all(precision(v) is not None for v in values):
            out.append(var)
    return out


def iri_columns(result: "Result") -> list[str]:
    """The columns whose values are all IRIs (ids a person does not read; their labels are in other columns)."""
    out = []
    for var in result.vars:
        values = [row.get(var) for row in result.rows if row.get(var) is not None]
        if values and all(isinstance(v, URIRef) for v in values):
            out.append(var)
    return out


def _shown(result: "Result", iris: bool) -> tuple[list[str], list[str]]:
    hidden = [] if iris or result.form == "ASK" else iri_columns(result)
    if len(hidden) == len(result.vars):
        hidden = []
    return [v for v in result.vars if v not in hidden], hidden


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


def to_table(result: Result, *, width: int | None = None, iris: bool = False) -> str:
    """A text table (rich) as wide as the terminal (or ``width``): long cells wrap, IRI-only columns are left out unless ``iris``."""
    import shutil

    from rich.console import Console
    from rich.table import Table

    shown, hidden = _shown(result, iris)
    head, rows = _cells(result)
    keep = [head.index(v) for v in shown] if result.form != "ASK" else list(range(len(head)))
    table = Table(show_lines=False, expand=False)
    for k in keep:
        table.add_column(head[k], overflow="fold")
    for r in rows:
        table.add_row(*(r[k] for k in keep))
    columns = width or shutil.get_terminal_size((120, 24)).columns
    console = Console(file=io.StringIO(), width=max(40, columns), highlight=False, soft_wrap=False)
    console.print(table)
    footer = "" if result.form == "ASK" else f"{len(rows)} row(s)" + (
        f"; IRI columns left out: {', '.join(hidden)} (show them with --iris)" if hidden else "") + "\n"
    return console.file.getvalue() + footer  # type: ignore[attr-defined]


def to_html(result: Result, *, iris: bool = False, max_rows: int = 500) -> str:
    """An HTML table (every value escaped); IRI-only columns left out unless ``iris``; at most ``max_rows`` rows."""
    import html as _html

    if result.graph is not None:
        return "<pre>" + _html.escape(result.graph.serialize(format="turtle")) + "</pre>"
    shown, hidden = _shown(result, iris)
    head, rows = _cells(result)
    keep = [head.index(v) for v in shown] if result.form != "ASK" else list(range(len(head)))
    out = ["<table>", "<thead><tr>" + "".join(f"<th>{_html.escape(head[k])}</th>" for k in keep) + "</tr></thead>", "<tbody>"]
    for r in rows[:max_rows]:
        out.append("<tr>" + "".join(f"<td>{_html.escape(r[k])}</td>" for k in keep) + "</tr>")
    out.append("</tbody></table>")
    note = f"{len(rows)} row(s)" + (f", first {max_rows} shown" if len(rows) > max_rows else "") + (
        f"; IRI columns left out: {', '.join(hidden)}" if hidden else "")
    return "".join(out) + f"<p>{_html.escape(note)}</p>"


def format_result(result: Result, fmt: str, *, iris: bool = False, width: int | None = None) -> str:
    """The result as text in one of :data:`FORMATS` (a CONSTRUCT graph as Turtle, or N-Triples for csv/tsv).

    ``iris`` and ``width`` are for the ``table`` format (see :func:`to_table`); the other formats keep every column.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if result.graph is not None:
        rdf = {"json": "json-ld", "csv": "nt", "tsv": "nt"}.get(fmt, "turtle")
        return result.graph.serialize(format=rdf)
    if fmt == "table":
        return to_table(result, iris=iris, width=width)
    return {"csv": to_csv, "tsv": to_tsv, "json": to_json, "markdown": to_markdown}[fmt](result) + ("\n" if fmt == "json" else "")
