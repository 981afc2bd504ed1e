"""One writer at a time per home: a file lock around everything that writes the store or the graph.

``ingest``, ``remove`` and ``build`` take the lock of the home's ``graph/`` folder (``graph/.lock``,
held with :mod:`filelock`, released by the operating system if the process dies). A second writer
waits, saying so, and gives up with a clear error after ``timeout`` seconds. The lock is re-entrant
within one process, so an ingest that rebuilds the graph holds it once.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from filelock import FileLock, Timeout

from ..errors import BusyError

__all__ = ["writer_lock", "LOCK_FILE", "DEFAULT_TIMEOUT"]

LOCK_FILE = ".lock"
#: how long a second writer waits by default (seconds)
DEFAULT_TIMEOUT = 600.0

_LOCKS: dict[str, FileLock] = {}
_GUARD = threading.Lock()


def _lock_for(path: Path) -> FileLock:
    key = str(path.resolve())
    with _GUARD:
        if key not in _LOCKS:
            _LOCKS[key] = FileLock(key)
        return _LOCKS[key]


@contextmanager
def writer_lock(graph_dir: Path | str, *, timeout: float = DEFAULT_TIMEOUT, notify: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the writer lock of ``graph_dir`` for the ``with`` block; wait up to ``timeout`` seconds
    (``notify`` is told once that we wait), then raise :class:`~diplograph.errors.BusyError`."""
    folder = Path(graph_dir)
    folder.mkdir(parents=True, exist_ok=True)
    lock = _lock_for(folder / LOCK_FILE)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if notify is not None:
            notify(f"another diplograph ingest or build is writing {folder}; waiting for it (up to {timeout:g} s)")
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise BusyError(
                f"{folder}: another diplograph ingest or build still holds {folder / LOCK_FILE} after {timeout:g} s; "
                "run again when it has finished (or wait longer with --wait SECONDS)"
            ) from None
    try:
        yield
    finally:
        lock.release()
