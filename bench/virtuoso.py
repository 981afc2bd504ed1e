"""Virtuoso Open Source (Debian ``virtuoso-opensource``) on loopback: start, bulk-load, stop.

One module for the parity test (``tests/test_virtuoso.py``) and the benchmark suite (``bench/``). Each
server gets its own folder (database, ``virtuoso.ini``, log) and two free loopback ports (SQL and HTTP);
:func:`running_virtuoso` stops it and removes the folder. Files are loaded with Virtuoso's bulk loader
(``ld_dir`` + ``rdf_loader_run``), N-Quads keeping their named graphs; the SPARQL endpoint is
``http://127.0.0.1:PORT/sparql``, whose default graph (no ``FROM``) is the union of all graphs.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

__all__ = ["Virtuoso", "VirtuosoError", "binaries", "running_virtuoso"]

#: Graph IRI that files without graphs (Turtle, N-Triples) are loaded into.
DEFAULT_GRAPH = "https://w3id.org/diplograph/graph/default"


class VirtuosoError(RuntimeError):
    """Virtuoso could not be started, loaded or stopped."""


def binaries() -> tuple[str, str] | None:
    """The server and ``isql`` programs of the Debian package, or None when it is not installed."""
    server = shutil.which("virtuoso-t")
    isql = shutil.which("isql-vt") or shutil.which("isql")
    return (server, isql) if server and isql else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


_INI = """[Database]
DatabaseFile = {root}/virtuoso.db
ErrorLogFile = {root}/virtuoso.log
LockFile = {root}/virtuoso.lck
TransactionFile = {root}/virtuoso.trx
xa_persistent_file = {root}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {root}/virtuoso-temp.db
TransactionFile = {root}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {root}, {data}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
CheckpointInterval = 0
CaseMode = 2
MaxQueryMem = {query_mem}M

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {root}
ServerThreads = 8
MaxClientConnections = 8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = {query_timeout}
MaxQueryCostEstimationTime = 0
"""


@dataclass
class Virtuoso:
    """A running Virtuoso: its folder, ports and process."""

    root: Path
    data: Path
    sql_port: int
    http_port: int
    process: subprocess.Popen[bytes]
    isql: str

    @property
    def endpoint(self) -> str:
        """The SPARQL endpoint URL."""
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def sql(self, statements: str, timeout: float = 3600.0) -> str:
        """Run SQL through ``isql`` as ``dba``; the output, or :class:`VirtuosoError` on an error."""
        proc = subprocess.run([self.isql, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statements}"],
                              capture_output=True, text=True, timeout=timeout)
        out = proc.stdout + proc.stderr
        if proc.returncode != 0 or "*** Error" in out:
            raise VirtuosoError(f"isql failed ({proc.returncode}): {out.strip()[-800:]}")
        return out

    def load(self, path: Path | str, graph: str = DEFAULT_GRAPH, timeout: float = 3600.0) -> float:
        """Bulk-load one RDF file (N-Quads keep their graphs); the seconds it took, checkpoint included."""
        src = Path(path).resolve()
        target = self.data / src.name
        if target != src:
            try:
                target.hardlink_to(src)
            except OSError:
                shutil.copyfile(src, target)
        started = time.perf_counter()
        self.sql(f"ld_dir('{self.data}', '{src.name}', '{graph}'); rdf_loader_run(); checkpoint;", timeout)
        seconds = time.perf_counter() - started
        out = self.sql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        if src.name in out:
            raise VirtuosoError(f"Virtuoso's bulk loader failed on {src.name}: {out.strip()[-800:]}")
        return seconds

    def stop(self) -> None:
        """Shut the server down (kill it if it does not stop)."""
        if self.process.poll() is None:
            try:
                subprocess.run([self.isql, f"127.0.0.1:{self.sql_port}", "dba", "dba", "exec=shutdown;"],
                               capture_output=True, timeout=60)
            except (OSError, subprocess.TimeoutExpired):
                pass
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    def peak_rss_mb(self) -> float | None:
        """The server's peak resident memory so far (``VmHWM``), in MB; None once it has stopped."""
        try:
            for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
        except OSError:
            pass
        return None

    def log_tail(self) -> str:
        try:
            return (self.root / "virtuoso.log").read_text(errors="replace")[-2000:]
        except OSError:
            return ""


def _wait_up(v: Virtuoso, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    url = v.endpoint + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while True:
        if v.process.poll() is not None:
            raise VirtuosoError(f"virtuoso-t exited with {v.process.returncode}: {v.log_tail()}")
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                resp.read()
                return
        except (OSError, urllib.error.URLError):
            if time.monotonic() > deadline:
                raise VirtuosoError(f"Virtuoso did not answer at {v.endpoint} within {seconds:g} s: {v.log_tail()}") from None
            time.sleep(0.5)


@contextmanager
def running_virtuoso(*, workdir: Path | str | None = None, memory_mb: int = 400, query_timeout: int = 120,
                     startup_s: float = 120.0) -> Iterator[Virtuoso]:
    """A fresh Virtuoso on loopback in a temporary folder (``memory_mb`` of page buffers), stopped and removed after."""
    found = binaries()
    if found is None:
        raise VirtuosoError("Virtuoso is not installed: apt-get install virtuoso-opensource")
    server, isql = found
    root = Path(tempfile.mkdtemp(prefix="diplograph-virtuoso-", dir=workdir)).resolve()
    data = root / "data"
    data.mkdir()
    sql_port, http_port = _free_port(), _free_port()
    while http_port == sql_port:
        http_port = _free_port()
    buffers = max(2000, memory_mb * 1_000_000 // 8192 * 2 // 3)
    (root / "virtuoso.ini").write_text(_INI.format(root=root, data=data, sql_port=sql_port, http_port=http_port,
                                                   buffers=buffers, dirty=buffers * 3 // 4, query_timeout=query_timeout,
                                                   query_mem=max(1000, memory_mb // 4)))
    log = open(root / "stdout.log", "wb")
    proc = subprocess.Popen([server, "+foreground", "+configfile", str(root / "virtuoso.ini")], cwd=root,
                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    v = Virtuoso(root=root, data=data, sql_port=sql_port, http_port=http_port, process=proc, isql=isql)
    try:
        _wait_up(v, startup_s)
        yield v
    finally:
        v.stop()
        log.close()
        shutil.rmtree(root, ignore_errors=True)
