"""A bounded load test of `diplograph serve` on loopback: 16 concurrent clients over the named queries, zero
errors (no timing is asserted; the figures at 1-64 clients are in BENCHMARKS.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench/ lives at the repo root, beside src/

from bench.load import named_query_texts, run_load, running_serve  # noqa: E402

pytestmark = pytest.mark.endpoint


def test_sixteen_clients_get_no_errors(settings):
    texts = named_query_texts(settings.queries_dir)
    assert len(texts) >= 10
    with running_serve(settings.graph_dir, workers=2, timeout=60, home=settings.home) as (url, proc):
        result = run_load(url, texts, clients=16, requests_per_client=6, deadline_s=240, server_pid=proc.pid)
    summary = result.summary()
    assert result.requests == 16 * 6, summary
    assert result.errors == 0, summary
    assert summary["server_rss_mb"] and summary["server_rss_mb"] > 10
