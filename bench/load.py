"""A bounded load test of ``diplograph serve`` on loopback: C concurrent clients, a fixed number of requests
each, a deadline, the named queries in turn; requests/s, p50/p99 latency, errors and the server's memory.

Only 127.0.0.1 is ever contacted, and every loop stops at its count or its deadline, whichever comes first.
Used by the benchmark suite (``python -m bench --stages load-test``, results in BENCHMARKS.md) and by
``tests/test_load.py`` (16 clients, zero errors asserted; no timing is asserted).
"""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

__all__ = ["LoadResult", "named_query_texts", "run_load", "running_serve", "process_tree_rss_mb"]


@dataclass
class LoadResult:
    """What one load run measured."""

    clients: int
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    error_kinds: dict[str, int] = field(default_factory=dict)
    server_rss_mb: float | None = None

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float | None:
        if not self.latencies_ms:
            return None
        values = sorted(self.latencies_ms)
        return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]

    def summary(self) -> dict[str, Any]:
        return {"clients": self.clients, "requests": self.requests, "errors": self.errors, "seconds": round(self.seconds, 3),
                "rps": round(self.rps, 2), "p50_ms": _round(self.percentile(50)), "p99_ms": _round(self.percentile(99)),
                "error_kinds": dict(self.error_kinds), "server_rss_mb": _round(self.server_rss_mb)}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def named_query_texts(queries_dir: Path) -> list[str]:
    """The named queries with their default parameters bound, as ``diplograph query --endpoint`` sends them."""
    from diplograph.query.catalog import load_catalog
    from diplograph.query.params import bind_params
    from diplograph.query.sparql import inject_values

    texts = []
    for nq in load_catalog(queries_dir).values():
        if nq.paths:  # the connections query is answered in Python after its SPARQL: send the SPARQL part
            bindings = {k: v for k, v in bind_params(nq.params, {}, query=nq.name).items() if k not in nq.paths.values()}
        else:
            bindings = bind_params(nq.params, {}, query=nq.name)
        texts.append(inject_values(nq.text, bindings))
    return texts


def process_tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc), in MB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ppid, pages = int(fields[1]), int(fields[21])
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(children.get(p, []))
    return total * os.sysconf("SC_PAGE_SIZE") / 1e6


def run_load(url: str, texts: list[str], *, clients: int, requests_per_client: int, deadline_s: float,
             timeout_s: float = 60.0, server_pid: int | None = None) -> LoadResult:
    """``clients`` threads, each sending ``requests_per_client`` GET/POST queries (keep-alive) until ``deadline_s``."""
    parts = urllib.parse.urlsplit(url)
    if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"the load test only targets loopback, not {parts.hostname}")
    result = LoadResult(clients=clients)
    lock = threading.Lock()
    start_gate = threading.Barrier(clients + 1)
    stop_at = [0.0]
    peak = [0.0]

    def client(index: int) -> None:
        conn: http.client.HTTPConnection | None = None
        start_gate.wait()
        for i in range(requests_per_client):
            if time.monotonic() > stop_at[0]:
                break
            text = texts[(index + i) % len(texts)]
            body = urllib.parse.urlencode({"query": text})
            t0 = time.perf_counter()
            kind = None
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout_s)
                if len(body) < 1800:
                    conn.request("GET", f"{parts.path}?{body}", headers={"Accept": "application/sparql-results+json"})
                else:
                    conn.request("POST", parts.path, body=body, headers={"Accept": "application/sparql-results+json",
                                                                         "Content-Type": "application/x-www-form-urlencoded"})
                resp = conn.getresponse()
                resp.read()
                if resp.status != 200:
                    kind = f"HTTP {resp.status}"
                if resp.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as exc:
                kind = type(exc).__name__
                if conn is not None:
                    conn.close()
                conn = None
            elapsed = (time.perf_counter() - t0) * 1e3
            with lock:
                result.requests += 1
                if kind is None:
                    result.latencies_ms.append(elapsed)
                else:
                    result.errors += 1
                    result.error_kinds[kind] = result.error_kinds.get(kind, 0) + 1
        if conn is not None:
            conn.close()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    done = threading.Event()

    def sample() -> None:
        while not done.is_set() and server_pid is not None:
            peak[0] = max(peak[0], process_tree_rss_mb(server_pid))
            done.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    t0 = time.monotonic()
    stop_at[0] = t0 + deadline_s
    start_gate.wait()
    for t in threads:
        t.join(deadline_s + timeout_s + 5)
    result.seconds = time.monotonic() - t0
    done.set()
    sampler.join(2)
    result.server_rss_mb = peak[0] or None
    return result


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_serve(graph: Path, *, workers: int = 2, timeout: float = 30.0, home: Path | None = None,
                  extra: list[str] | None = None, startup_s: float = 120.0) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``diplograph serve GRAPH`` in its own process on a free loopback port: ``(url of /query, process)``."""
    import urllib.request

    port = _free_port()
    cmd = [sys.executable, "-m", "diplograph", "serve", str(graph), "--port", str(port), "--workers", str(workers),
           "--timeout", str(timeout), *(["--home", str(home)] if home else []), *(extra or [])]
    # the server's log goes to a file: a pipe nobody reads would fill up and block the server
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + startup_s
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"diplograph serve exited with {proc.returncode}: {log.read().decode(errors='replace')[-500:]}")
            try:
                urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=5).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"diplograph serve did not answer within {startup_s} s") from None
                time.sleep(0.3)
        yield url, proc
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()
