"""The query editor at ``/``: YASGUI (``@zazuko/yasgui`` from the npm registry, shipped in ``static/``).

The page loads nothing from another site (a Content-Security-Policy says so to the browser): the editor's
script and style come from ``/static/``, the endpoint is this server's ``/query``, and the autocompleters
that would ask web services (prefix.cc, LOV) are switched off. It opens with the project's prefixes, and each
named query is an example button that opens it in a new tab. When the server was given the views folder
(``out/views``), the page links to them. Data reaches the page as JSON in a ``<script type=application/json>``
with ``<``, ``>`` and ``&`` escaped; the page builds its own elements with ``textContent``.
"""

from __future__ import annotations

import json
import mimetypes
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

__all__ = ["EditorPage", "editor_page", "static_file", "CSP", "STATIC_FILES"]

#: What the browser may load: this server only (YASGUI sets inline styles, and draws icons as data: URLs).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

#: The files under ``/static/``, from the package's ``static/`` folder.
STATIC_FILES = ("yasgui.min.js", "yasgui.min.css", "editor.js", "editor.css")

_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".html": "text/html; charset=utf-8",
          ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png"}


@dataclass(frozen=True)
class EditorPage:
    """The editor's HTML, made once when the server starts."""

    html: bytes


def _json_for_html(data: object) -> str:
    return json.dumps(data, ensure_ascii=False).replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def editor_page(prefixes: dict[str, str], examples: list[dict[str, str]], *, views: bool = False) -> EditorPage:
    """The page, with the PREFIX lines and the examples (``name``, ``title``, ``description``, ``text``)."""
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(prefixes.items()))
    start = prologue + "\nSELECT ?class (COUNT(?x) AS ?instances) WHERE {\n  ?x a ?class .\n  FILTER(STRSTARTS(STR(?class), STR(dg:)))\n}\nGROUP BY ?class\nORDER BY DESC(?instances)\n"
    config = {"endpoint": "query", "start": start, "examples": examples, "views": "views/" if views else None}
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>diplograph SPARQL endpoint</title>
<link rel="stylesheet" href="static/yasgui.min.css">
<link rel="stylesheet" href="static/editor.css">
</head>
<body>
<header>
<h1>diplograph</h1>
<p>A read-only SPARQL 1.1 endpoint at <code>/query</code> over the diplomatic-relations graph. The default graph is the union of
the named graphs (one per source document). <span id="views-link"></span></p>
<nav id="examples" aria-label="Named queries"><span class="label">Named queries:</span></nav>
</header>
<main id="yasgui"></main>
<script type="application/json" id="dg-config">{_json_for_html(config)}</script>
<script src="static/yasgui.min.js"></script>
<script src="static/editor.js"></script>
</body>
</html>
"""
    return EditorPage(html.encode("utf-8"))


def _static_dir() -> Path:
    return Path(str(resources.files(__package__) / "static"))


def static_file(path: str, editor: EditorPage | None, views_dir: Path | None) -> tuple[bytes, str, list[tuple[str, str]]] | None:
    """The body, content type and extra headers for a GET of ``path``, or ``None`` (404)."""
    security = [("X-Content-Type-Options", "nosniff")]
    if path in ("/", "/index.html"):
        if editor is None:
            return None
        return editor.html, _TYPES[".html"], [("Content-Security-Policy", CSP), ("Referrer-Policy", "no-referrer"), *security]
    if path.startswith("/static/"):
        name = path[len("/static/"):]
        if name not in STATIC_FILES:
            return None
        data = (_static_dir() / name).read_bytes()
        return data, _TYPES[Path(name).suffix], [("Cache-Control", "max-age=3600"), *security]
    if views_dir is not None and (path == "/views" or path.startswith("/views/")):
        rel = path[len("/views/"):] or "index.html"
        if any(part in ("", ".", "..") or part.startswith(".") for part in rel.split("/")):
            return None
        root = views_dir.resolve()
        target = (root / rel).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            return None
        ctype = _TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return target.read_bytes(), ctype, security
    return None
