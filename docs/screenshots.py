"""Take the README's screenshots: the sample's views in headless Chromium (Debian's /usr/bin/chromium).

    python docs/screenshots.py            # writes docs/country-view.png and docs/country-page.png
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from diplograph.settings import Settings
from diplograph.views import write_views

HERE = Path(__file__).resolve().parent


def main() -> None:
    settings = Settings.discover(HERE)
    views = write_views(Path(tempfile.mkdtemp(prefix="diplograph-shots-")), settings=settings)
    shots = [("index", "country-view.png", None), ("country-hungary", "country-page.png", None)]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for name, file, _ in shots:
            ctx = browser.new_context(offline=True, viewport={"width": 1400, "height": 860})
            page = ctx.new_page()
            page.goto(views[name].as_uri())
            page.wait_for_selector("body[data-ready=true]")
            if name == "index":  # the facts between two countries, both ways
                page.evaluate("""() => { const d = diplographView.data;
                    const id = s => d.nodes.find(n => n.slug === s).id;
                    const e = d.edges.find(e => e.from === id('azerbaijan') && e.to === id('hungary') && e.relation === 'visited');
                    diplographView.network.selectEdges([e.id]); diplographView.showEdge(e.id); }""")
            page.wait_for_timeout(200)
            page.screenshot(path=str(HERE / file))
            ctx.close()
        browser.close()


if __name__ == "__main__":
    main()
