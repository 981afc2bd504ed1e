"""The package's layering: cli -> api -> stages -> base, with no import running backwards and no cycle.

Walks every module's imports (also those inside functions) with :mod:`ast`, so the rule holds for lazy
imports too. Stages: ``graph`` (the base of the others), ``extract`` and ``query`` (both above ``graph``),
``views`` (above ``query``). Base modules import nothing of the package but other base modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

import diplograph

ROOT = Path(diplograph.__file__).parent
BASE = {"errors", "settings", "namespace", "model", "dates", "files", "names"}
#: rank of each part; a module may import parts of lower or equal rank (equal only within its own part)
RANK = {"base": 0, "graph": 1, "extract": 2, "query": 2, "views": 3, "api": 4, "cli": 5, "__main__": 6, "__init__": 6}


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"] or ["__init__"]
    return ".".join(parts)


def _part(module: str) -> str:
    head = module.split(".")[0]
    return "base" if head in BASE else head


def _imports(path: Path) -> set[str]:
    module = _module_name(path)
    package = module.split(".")[:-1] if path.name != "__init__.py" else module.split(".")
    if module == "__init__":
        package = []
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                target = ".".join(base + ([node.module] if node.module else []))
                if node.module is None:  # from . import a, b: each name may be a module
                    for alias in node.names:
                        cand = ".".join(base + [alias.name])
                        found.add(cand if (ROOT / cand.replace(".", "/")).exists() or (ROOT / (cand.replace(".", "/") + ".py")).exists() else target)
                    continue
                found.add(target)
            elif node.module and node.module.startswith("diplograph"):
                found.add(node.module.removeprefix("diplograph").lstrip(".") or "__init__")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("diplograph"):
                    found.add(alias.name.removeprefix("diplograph").lstrip(".") or "__init__")
    return {f for f in found if f}


def _graph() -> nx.DiGraph:
    g = nx.DiGraph()
    for path in sorted(ROOT.rglob("*.py")):
        src = _module_name(path)
        g.add_node(src)
        for dst in _imports(path):
            if dst != src:
                g.add_edge(src, dst)
    return g


def test_no_import_runs_against_the_layers() -> None:
    bad = []
    for src, dst in _graph().edges:
        ps, pd = _part(src), _part(dst)
        if ps == pd:
            continue
        if RANK[pd] >= RANK[ps]:
            bad.append(f"{src} -> {dst}")
    assert not bad, "imports against the layering (cli -> api -> views -> query/extract -> graph -> base):\n" + "\n".join(bad)


def test_extract_and_query_do_not_know_each_other() -> None:
    bad = [f"{s} -> {d}" for s, d in _graph().edges if {_part(s), _part(d)} == {"extract", "query"}]
    assert not bad, bad


def test_cli_uses_only_its_common_module_and_the_api() -> None:
    allowed = {"api", "errors", "settings"}
    bad = [f"{s} -> {d}" for s, d in _graph().edges
           if _part(s) == "cli" and _part(d) != "cli" and d not in allowed]
    assert not bad, bad


def test_no_import_cycle() -> None:
    g = _graph()
    # a package's __init__ importing its own modules is not a cycle of the design
    g.remove_edges_from([(s, d) for s, d in list(g.edges) if d.startswith(s + ".") or s == "__init__"])
    cycles = [c for c in nx.strongly_connected_components(g) if len(c) > 1]
    assert not cycles, cycles


@pytest.mark.parametrize("module", ["diplograph.cli.query", "diplograph.cli.view", "diplograph.cli.extract", "diplograph.cli"])
def test_every_cli_module_imports_first(module: str) -> None:
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_python_dash_m_diplograph() -> None:
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "diplograph", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "Usage:" in r.stdout and "build" in r.stdout, r.stderr
