"""``python -m bench.country_view [--triples 1e6] [--runs 5]``: the country-level view of a generated graph.

Generates a graph (``bench/generate.py``: 200 countries, 50 organisations), parses it with rdflib, projects it
(relations from ``ontology/rules``), folds it to countries and organisations and writes the page; then opens
the page in headless Chromium (Debian's ``/usr/bin/chromium``, offline, 1400x900) ``--runs`` times and reports,
from navigation start: when the network's canvas is first drawn (``first_draw``, a mark the page sets), when the
page's controls are ready (``ready``), and the next animation frame as Playwright sees it (an upper bound that
includes the round trips of the driver). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from .generate import generate_file

_FIRST_FRAME = """async () => { await new Promise(r => requestAnimationFrame(() => r())); return performance.now(); }"""
#: the page marks when the network's canvas is first drawn (labels included), and when its controls are ready
_MARKS = """() => Object.fromEntries(performance.getEntriesByType("mark").map(m => [m.name.replace("diplograph:", ""), m.startTime]))"""


def build_page(triples: int, folder: Path, *, seed: int = 0) -> dict[str, Any]:
    """Generate, parse, project, fold and render; the timings and sizes, and the page's path."""
    from diplograph.graph.io import load_dataset, union_graph
    from diplograph.settings import Settings
    from diplograph.views.countries import country_network, homes
    from diplograph.views.projection import project_graph
    from diplograph.views.render import render_network

    out: dict[str, Any] = {"triples_target": triples}
    nq = folder / f"graph-{triples}.nq"
    if not nq.exists():
        generate_file(nq, triples, seed=seed)
    t = time.perf_counter()
    g = union_graph(load_dataset(nq))
    out.update(parse_s=time.perf_counter() - t, triples=len(g))
    t = time.perf_counter()
    net = project_graph(g, rules_dir=Settings.discover().rules_dir)
    out.update(project_s=time.perf_counter() - t, entities=net.number_of_nodes(), entity_relations=net.number_of_edges())
    t = time.perf_counter()
    top = country_network(net, g, home=homes(net, g))
    out.update(fold_s=time.perf_counter() - t, nodes=top.number_of_nodes(), edges=top.number_of_edges())
    t = time.perf_counter()
    html = render_network(top, title=f"countries of a {triples:,}-triple graph", level="country", entity_net=net)
    out.update(render_s=time.perf_counter() - t, html_mb=round(len(html.encode()) / 1e6, 1))
    page = folder / f"country-{triples}.html"
    page.write_text(html, encoding="utf-8")
    out.update(page=str(page), peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    return out


def first_frames(page: Path, runs: int, chromium: str = "/usr/bin/chromium") -> dict[str, Any]:
    """Open ``page`` ``runs`` times: ready and first-frame times (ms from navigation start), what is drawn."""
    from playwright.sync_api import sync_playwright

    frames, ready, drawn_at = [], [], []
    drawn: dict[str, Any] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium,
                                    args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for _ in range(runs):
            ctx = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
            tab = ctx.new_page()
            tab.set_default_timeout(120_000)
            tab.goto(page.as_uri())
            tab.wait_for_selector("body[data-ready=true]")
            marks = tab.evaluate(_MARKS)
            drawn_at.append(marks["first-draw"])
            ready.append(marks["ready"])
            frames.append(tab.evaluate(_FIRST_FRAME))
            drawn = tab.evaluate("""() => ({nodes: diplographView.visibleNodes().length, lines: diplographView.visibleEdges().length,
                labels: diplographView.labels().length, minFacts: +document.getElementById('min-count').value})""")
            ctx.close()
        browser.close()
    return {"runs": runs, "first_draw_ms": [round(x) for x in drawn_at], "first_draw_median_ms": round(statistics.median(drawn_at)),
            "ready_ms": [round(x) for x in ready], "frame_after_ready_ms": [round(x) for x in frames],
            "frame_after_ready_median_ms": round(statistics.median(frames)), "shown": drawn}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.country_view", description=__doc__)
    ap.add_argument("--triples", default="1e6", help="Size of the generated graph (default 1e6).")
    ap.add_argument("--runs", type=int, default=5, help="Page loads measured (default 5).")
    ap.add_argument("--dir", type=Path, default=None, help="Where to keep the graph and the page (default: a temporary folder).")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    folder = a.dir or Path(tempfile.mkdtemp(prefix="diplograph-country-view-"))
    folder.mkdir(parents=True, exist_ok=True)
    result = build_page(int(float(a.triples)), folder, seed=a.seed)
    result.update(first_frames(Path(result["page"]), a.runs))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
