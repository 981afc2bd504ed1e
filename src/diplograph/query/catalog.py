"""The named queries of ``queries/*.rq``: SPARQL files with their metadata in ``#+`` comment lines.

The header is YAML behind ``#+``, before the query (grlc's convention). ``title`` and ``description`` are
required; ``tags``, ``params`` (name -> type, default, description, required) and ``paths`` (for
:mod:`diplograph.query.connections`) and ``lists`` (columns of ``"; "``-joined values, sorted after the query
so that every engine prints them alike) are optional. Anything else, or a parameter that the query never uses, is an
error: a catalogue that loads is a catalogue whose metadata is true.

A line of the query of the form ``#?name PATTERN`` is a comment for every SPARQL parser, and takes part in the
query only when parameter ``name`` is given (:meth:`NamedQuery.text_for`): a query starts from the pattern
that binds its parameter, so the engine looks the parameter up in an index instead of filtering every row,
and without the parameter it costs nothing. The value is still bound by the backend, never pasted as text;
``inline`` lists parameters whose terms are written into the query (escaped, by token) because an engine plans
them better as constants (Oxigraph does not carry a ``VALUES`` binding into the branches of a ``UNION``).
``order`` names the variable a row is about (the fact, person or tally: the *key* of the row), for the order
the build computes once (:mod:`diplograph.graph.order`) and the pager reads (:mod:`diplograph.query.paging`).

>>> from diplograph.settings import Settings
>>> catalog = load_catalog(Settings.discover().queries_dir)
>>> catalog["visits"].title
'Visits'
>>> sorted(catalog["visits"].params)
['country', 'from', 'person', 'to']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import QueryError
from .params import TYPES, ParamSpec, to_term
from .sparql import check_syntax

__all__ = ["NamedQuery", "parse_query", "load_query_file", "load_catalog", "text_for", "when_lines"]

_KEYS = {"title", "description", "tags", "params", "paths", "lists", "inline", "order"}
_PARAM_KEYS = {"type", "default", "description", "required"}
_PATH_KEYS = {"source", "target", "limit", "depth", "seconds", "node"}
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_WHEN = re.compile(r"^([ \t]*)#\?([A-Za-z_][A-Za-z0-9_]*)[ \t](.*)$", re.M)


def when_lines(text: str) -> set[str]:
    """The parameters named by the ``#?name ...`` lines of ``text``."""
    return {m.group(2) for m in _WHEN.finditer(text)}


def text_for(text: str, given: set[str] | frozenset[str]) -> str:
    """``text`` with the ``#?name ...`` lines of the ``given`` parameters taken in (the others stay comments)."""
    return _WHEN.sub(lambda m: m.group(1) + m.group(3) if m.group(2) in given else m.group(0), text)


@dataclass(frozen=True)
class NamedQuery:
    """A query of the catalogue (or an ad-hoc one): its SPARQL text and what its header says."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    params: dict[str, ParamSpec] = field(default_factory=dict)
    paths: dict[str, str] | None = None
    lists: tuple[str, ...] = ()
    form: str = "SELECT"
    path: Path | None = None
    #: parameters written into the text as constants (an engine may plan them better than a VALUES binding)
    inline: tuple[str, ...] = ()
    #: the variable a row is about (its key in the order computed at build time), or None
    order: str | None = None

    def text_for(self, given: set[str] | frozenset[str]) -> str:
        """The SPARQL text to run when the parameters ``given`` are bound (see ``#?name`` lines above)."""
        return text_for(self.text, given)


def _metadata(text: str, source: str) -> dict[str, Any]:
    lines = []
    for line in text.splitlines():
        if line.startswith("#+"):
            lines.append(line[2:].removeprefix(" "))
        elif line.strip() and not line.lstrip().startswith("#"):
            break
    if not lines:
        return {}
    try:
        meta = yaml.safe_load("\n".join(lines))
    except yaml.YAMLError as exc:
        raise QueryError(f"{source}: the '#+' metadata is not valid YAML: {exc}") from None
    if not isinstance(meta, dict):
        raise QueryError(f"{source}: the '#+' metadata must be a mapping of {', '.join(sorted(_KEYS))}")
    return meta


def _param(source: str, name: Any, decl: Any, text: str, used_elsewhere: set[str]) -> ParamSpec:
    if not isinstance(name, str) or not _VAR.match(name):
        raise QueryError(f"{source}: parameter name {name!r} is not a SPARQL variable name (letters, digits, _)")
    if isinstance(decl, str):
        decl = {"type": decl}
    if not isinstance(decl, dict) or "type" not in decl:
        raise QueryError(f"{source}: parameter {name!r} needs at least a type, e.g. '{name}: {{type: string}}'")
    extra = set(decl) - _PARAM_KEYS
    if extra:
        raise QueryError(f"{source}: parameter {name!r} has unknown key(s) {', '.join(sorted(extra))}; use {', '.join(sorted(_PARAM_KEYS))}")
    if decl["type"] not in TYPES:
        raise QueryError(f"{source}: parameter {name!r} has unknown type {decl['type']!r}; use one of {', '.join(TYPES)}")
    spec = ParamSpec(name, decl["type"], decl.get("default"), str(decl.get("description", "")), bool(decl.get("required", False)))
    if spec.default is not None:
        try:
            to_term(spec, spec.default)
        except QueryError as exc:
            raise QueryError(f"{source}: the default of {exc}") from None
    if name not in used_elsewhere and not re.search(rf"[?$]{re.escape(name)}\b", text):
        raise QueryError(f"{source}: parameter {name!r} is declared but the query never uses ?{name}")
    return spec


def parse_query(text: str, *, name: str = "query", path: Path | None = None) -> NamedQuery:
    """Read a query and its ``#+`` header; check the SPARQL and the metadata (hard errors, no warnings)."""
    source = str(path) if path else name
    meta = _metadata(text, source)
    extra = set(meta) - _KEYS
    if extra:
        raise QueryError(f"{source}: unknown metadata key(s) {', '.join(sorted(extra))}; the keys are {', '.join(sorted(_KEYS))}")
    if path is not None:
        for key in ("title", "description"):
            if not isinstance(meta.get(key), str) or not meta[key].strip():
                raise QueryError(f"{source}: the metadata needs a '{key}' (a line '#+ {key}: ...')")
    tags = meta.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise QueryError(f"{source}: 'tags' must be a list of words, e.g. '#+ tags: [visits, events]'")
    paths = meta.get("paths")
    if paths is not None:
        if not isinstance(paths, dict) or set(paths) - _PATH_KEYS or not {"source", "target", "node"} <= set(paths):
            raise QueryError(f"{source}: 'paths' must map source, target (and optionally limit, depth, seconds) to parameter "
                             "names, and node to the variable the search binds to the entities it expands")
    lists = meta.get("lists") or []
    if not isinstance(lists, list) or not all(isinstance(c, str) and re.search(rf"AS\s+\?{re.escape(c)}\b", text) for c in lists):
        raise QueryError(f"{source}: 'lists' names the result columns made with GROUP_CONCAT(...; SEPARATOR=\"; \") AS ?column, e.g. '#+ lists: [parties]'")
    raw_params = meta.get("params") or {}
    if not isinstance(raw_params, dict):
        raise QueryError(f"{source}: 'params' must be a mapping of parameter name to its declaration")
    form = check_syntax(text, source=source)
    post = {v for k, v in paths.items() if k != "node"} if paths else set()
    params = {str(n): _param(source, n, d, text, post) for n, d in raw_params.items()}
    if paths and not post <= set(params):
        raise QueryError(f"{source}: 'paths' names parameters that are not declared: {', '.join(sorted(post - set(params)))}")
    inline = meta.get("inline") or []
    if not isinstance(inline, list) or not set(inline) <= set(params):
        raise QueryError(f"{source}: 'inline' lists declared parameters to write into the query as constants, e.g. '#+ inline: [subject]'")
    order = meta.get("order")
    if order is not None and (not isinstance(order, str) or not _VAR.match(order) or not re.search(rf"\?{re.escape(order)}\b", text)):
        raise QueryError(f"{source}: 'order' names the variable each row is about (its fact, person or tally), e.g. '#+ order: visit'")
    unknown = when_lines(text) - set(params)
    if unknown:
        raise QueryError(f"{source}: '#?{sorted(unknown)[0]} ...' lines must name a declared parameter")
    if when_lines(text):
        check_syntax(text_for(text, set(params)), source=f"{source} (with every '#?' line)")
    return NamedQuery(
        name=name, text=text, title=str(meta.get("title", "")).strip(), description=" ".join(str(meta.get("description", "")).split()),
        tags=tuple(tags), params=params, lists=tuple(lists), paths=dict(paths) if paths else None, form=form, path=path,
        inline=tuple(inline), order=order,
    )


_CACHE: dict[tuple[Path, str], NamedQuery] = {}


def load_query_file(path: Path | str) -> NamedQuery:
    """A ``.rq`` file as a :class:`NamedQuery` named after the file (parsed once per content)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"{p}: cannot read the query file: {exc.strerror}") from None
    key = (p.resolve(), text)
    if key not in _CACHE:
        _CACHE[key] = parse_query(text, name=p.stem, path=p)
    return _CACHE[key]


def load_catalog(queries_dir: Path | str) -> dict[str, NamedQuery]:
    """Every ``*.rq`` of ``queries_dir`` by name, sorted; file names must be lowercase words with hyphens."""
    d = Path(queries_dir)
    if not d.is_dir():
        raise QueryError(f"{d}: no queries folder; pass --home or run from the diplograph checkout")
    catalog = {}
    for p in sorted(d.glob("*.rq")):
        if not _NAME.match(p.stem):
            raise QueryError(f"{p}: query names are lowercase words joined by hyphens, e.g. visits-per-year.rq")
        catalog[p.stem] = load_query_file(p)
    return catalog
