"""Run one measurement in a child process under a time budget; its JSON records and its peak RSS.

A worker (``python -m bench.worker TASK ARGS``) prints one JSON record per line. Each expected record has
a deadline; when it passes, the child is killed and the measurement is recorded as ``> budget`` instead of
hanging. Peak RSS comes from ``wait4``'s resource usage for that child alone.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

__all__ = ["Child", "run_command", "OVER"]

OVER = "> budget"
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Child:
    """A worker process and what it has said so far."""

    args: list[str]
    proc: subprocess.Popen[bytes] = field(init=False)
    records: list[dict[str, Any]] = field(default_factory=list)
    peak_rss_mb: float | None = None
    returncode: int | None = None
    _buf: bytes = b""

    def __post_init__(self) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        self.proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env,
                                     start_new_session=True)
        self._sel = selectors.DefaultSelector()
        assert self.proc.stdout is not None
        os.set_blocking(self.proc.stdout.fileno(), False)
        self._sel.register(self.proc.stdout, selectors.EVENT_READ)

    @classmethod
    def worker(cls, task: str, args: dict[str, Any]) -> "Child":
        return cls([sys.executable, "-m", "bench.worker", task, json.dumps(args)])

    def next_record(self, seconds: float) -> dict[str, Any] | None:
        """The next JSON line, or None if the child ended or ``seconds`` passed (the caller decides)."""
        deadline = time.monotonic() + seconds
        while b"\n" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            if not self._sel.select(timeout=min(left, 0.5)):
                if self._exited() and not self._drain():
                    return None
                continue
            if not self._drain():
                if b"\n" not in self._buf:
                    return None
        line, _, self._buf = self._buf.partition(b"\n")
        rec = json.loads(line)
        self.records.append(rec)
        return rec

    def _exited(self) -> bool:
        """Whether the child has ended, without reaping it (``finish`` reaps it with ``wait4`` for its peak RSS;
        ``Popen.poll`` would reap it first and leave ``wait4`` without a child)."""
        if self.returncode is not None:
            return True
        try:
            return os.waitid(os.P_PID, self.proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
        except ChildProcessError:
            return True

    def _drain(self) -> bool:
        assert self.proc.stdout is not None
        try:
            chunk = self.proc.stdout.read()
        except BlockingIOError:
            return True
        if not chunk:
            return False
        self._buf += chunk
        return True

    def finish(self, seconds: float = 10.0) -> None:
        """Wait for the child (killing it after ``seconds``) and take its peak RSS."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                pid, status, usage = os.wait4(self.proc.pid, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere: the exit code is known, the peak RSS is not
                self.returncode = self.proc.returncode if self.proc.returncode is not None else -1
                break
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
                self.proc.returncode = self.returncode
                self.peak_rss_mb = round(usage.ru_maxrss / 1024, 1)
                break
            if time.monotonic() > deadline:
                self.kill()
                deadline = time.monotonic() + 10
            time.sleep(0.05)
        self._sel.close()

    def kill(self) -> None:
        if self.returncode is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def stderr_tail(self) -> str:
        try:
            assert self.proc.stderr is not None
            return self.proc.stderr.read().decode("utf-8", "replace")[-800:]
        except (OSError, ValueError):
            return ""


def run_command(args: list[str], budget: float, *, on_tick: Callable[[], None] | None = None) -> tuple[float | None, float | None, str]:
    """Run a command (e.g. ``oxigraph load``): (seconds or None if over budget, peak RSS MB, stderr tail)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    rss = None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            elapsed = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            rss = round(usage.ru_maxrss / 1024, 1)
            err = proc.stderr.read().decode("utf-8", "replace")[-800:] if proc.stderr else ""
            if proc.returncode != 0:
                return None, rss, err or f"exit {proc.returncode}"
            return elapsed, rss, err
        if time.perf_counter() - start > budget:
            os.killpg(proc.pid, signal.SIGKILL)
            os.wait4(proc.pid, 0)
            return None, None, OVER
        if on_tick:
            on_tick()
        time.sleep(0.05)
