"""The machine a run happened on: cores, memory, CPU model, load, Python and library versions."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = ["machine_info"]


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine_info() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    exe = Path(sys.executable).with_name("oxigraph")
    cli = "not installed"
    if exe.exists():
        cli = subprocess.run([str(exe), "--version"], capture_output=True, text=True).stdout.strip()
    chromium = "not installed"
    if Path("/usr/bin/chromium").exists():
        try:
            chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True, timeout=20).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            pass
    return {
        "nproc": os.cpu_count(), "memory_gib": mem_gib, "cpu": cpu, "platform": platform.platform(),
        "python": platform.python_version(), "loadavg": [round(x, 2) for x in os.getloadavg()],
        "versions": {d: _version(d) for d in ("diplograph", "rdflib", "pyoxigraph", "networkx", "pyvis", "playwright")},
        "oxigraph_cli": cli, "chromium": chromium,
    }
