"""The query editor at `/` in real headless Chromium: YASGUI from this server only (every other request is
refused and recorded), the project's prefixes, the named queries as examples, a query run, the views link."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.query.serve import ServeConfig, serve_in_thread, start_endpoint

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.endpoint,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not at /usr/bin/chromium (apt-get install chromium; .ci/run does)"),
]


@pytest.fixture(scope="module")
def endpoint(sample_dataset, tmp_path_factory):
    root = tmp_path_factory.mktemp("served")
    graph = root / "diplograph.trig"
    sample_dataset.serialize(graph, format="trig")
    views = root / "views"
    views.mkdir()
    (views / "index.html").write_text("<!DOCTYPE html><title>network</title><p id=net>the network view</p>")
    server, ep = start_endpoint(graph, port=0, config=ServeConfig(workers=1), views=views, quiet=True)
    serve_in_thread(server)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        ep.close()


def test_the_editor_works_offline(browser, endpoint, settings, tmp_path):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []
    errors: list[str] = []

    def route(r):
        if r.request.url.startswith(endpoint + "/"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(endpoint + "/")
    page.wait_for_selector(".yasqe .CodeMirror", timeout=20000)
    text = page.evaluate("() => window.diplographEditor.getTab().getQuery()")
    assert "PREFIX dg: <https://w3id.org/diplograph/ontology#>" in text
    buttons = page.locator("button.example")
    names = sorted(p.stem for p in settings.queries_dir.glob("*.rq"))
    assert buttons.count() == len(names)
    page.locator("button.example[data-name=visits]").click()
    assert "dg:Visit" in page.evaluate("() => window.diplographEditor.getTab().getQuery()")
    page.evaluate("() => window.diplographEditor.getTab().query()")
    page.wait_for_selector(".yasr table.dataTable tbody tr", timeout=20000)
    rows = page.locator(".yasr table.dataTable tbody tr").count()
    assert rows >= 10
    page.screenshot(path=str(tmp_path / "editor.png"))
    page.locator("#views").click()
    page.wait_for_selector("#net", timeout=10000)
    assert outside == [], outside
    assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors
    context.close()
