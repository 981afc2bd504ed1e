"""A pool of query worker processes (:mod:`.worker`), each checked before it is given a query.

A worker that passes the time limit is killed and replaced; a worker found dead before a query (killed
from outside, out of memory) is replaced and the query goes to the new one, so the client never sees it;
a worker that dies while answering is replaced and the query is tried once more on a fresh worker.
"""

from __future__ import annotations

import json
import queue
import select
import subprocess
import sys
import threading
import time
from typing import Any

from ...errors import DiplographError

__all__ = ["Worker", "WorkerPool", "STARTUP_TIMEOUT"]

#: Seconds a new worker may take to import its libraries and open the store.
STARTUP_TIMEOUT = 60.0


class WorkerDied(OSError):
    """The worker process exited or wrote something that is not an answer."""


class Worker:
    """One worker process and its pipes."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "diplograph.query.serve.worker", json.dumps(config)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
        )
        self.ready = False

    @property
    def pid(self) -> int:
        return int(self.process.pid)

    def alive(self) -> bool:
        """True while the process runs and its pipes are open."""
        return self.process.poll() is None

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT) -> None:
        """Wait for the worker to have opened the store (its first line); :class:`WorkerDied` if it does not."""
        assert self.process.stdout is not None
        if self.ready:
            return
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        line = self.process.stdout.readline() if ready else ""
        try:
            ok = bool(line) and json.loads(line).get("status") == "ready"
        except ValueError:
            ok = False
        if not ok:
            self.kill()
            raise WorkerDied(f"the query worker did not start within {timeout:g} s")
        self.ready = True

    def ask(self, request: dict[str, Any], timeout: float) -> dict[str, Any] | None:
        """The worker's answer, or None when it did not come within ``timeout`` seconds."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.wait_ready()
        try:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError) as exc:
            raise WorkerDied("the worker exited") from exc
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return None
        line = self.process.stdout.readline()
        if not line:
            raise WorkerDied("the worker exited")
        try:
            answer: dict[str, Any] = json.loads(line)
        except ValueError as exc:
            raise WorkerDied("the worker wrote no answer") from exc
        return answer

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            pass
        for f in (self.process.stdin, self.process.stdout):
            if f:
                try:
                    f.close()
                except OSError:
                    pass


class WorkerPool:
    """``size`` workers; :meth:`run` hands a request to a free, live one and answers ``(status, answer)``."""

    def __init__(self, config: dict[str, Any], size: int, timeout: float) -> None:
        self.config = config
        self.timeout = timeout
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._all: list[Worker] = []
        self.replaced = 0
        workers = [self._spawn() for _ in range(max(1, size))]
        try:
            for worker in workers:
                worker.wait_ready()
        except WorkerDied as exc:
            self.close()
            raise DiplographError(f"cannot start the query workers: {exc}") from None
        for worker in workers:
            self._idle.put(worker)

    def _spawn(self) -> Worker:
        worker = Worker(self.config)
        with self._lock:
            self._all.append(worker)
        return worker

    def _replace(self, worker: Worker) -> Worker:
        worker.kill()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
            self.replaced += 1
        return self._spawn()

    def pids(self) -> list[int]:
        """The process ids of the workers (for tests and memory figures)."""
        with self._lock:
            return [w.pid for w in self._all]

    def run(self, request: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """Run one request: ``("ok", answer)`` or an error status with a message in ``answer["body"]``."""
        started = time.monotonic()
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return "busy", {"body": f"all query workers stayed busy for {self.timeout:g} s; try again"}
        retried = False
        try:
            while True:
                if not worker.alive():  # checked before reuse: killed from outside, out of memory
                    worker = self._replace(worker)
                try:
                    left = max(0.1, self.timeout - (time.monotonic() - started))
                    answer = worker.ask(request, left)
                except WorkerDied:
                    worker = self._replace(worker)
                    if retried:
                        return "died", {"body": "the query worker died twice on this query; it was not answered"}
                    retried = True
                    continue
                if answer is None:
                    worker = self._replace(worker)
                    return "timeout", {"body": f"the query ran longer than the {self.timeout:g} s limit and was stopped"}
                return str(answer.get("status", "error")), answer
        finally:
            self._idle.put(worker)

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            workers, self._all = list(self._all), []
        for worker in workers:
            worker.kill()
