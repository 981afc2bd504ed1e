"""Replace the graph files of a folder together: a build is published whole, never mixed with another.

The files of a build are written into a staging folder beside them with a manifest (each file's name,
size and SHA-256). Renaming the staging folder to ``.swap`` commits the build; its files are then moved
into place one by one, the manifest last, and ``.swap`` is removed. A process killed before the commit
leaves the old files untouched (the staging folder is deleted by the next writer); one killed after it
leaves ``.swap``, whose remaining files the next writer (or :func:`recover`) moves into place. The files
of the previous build are kept in ``.previous/`` (for ``diplograph diff``).

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> sorted(publish({"a.ttl": "x\\n", "b.nq": "y\\n"}, d))
['a.ttl', 'b.nq']
>>> check(d)
[]
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Mapping

from ..errors import ExportError

__all__ = ["publish", "recover", "check", "MANIFEST", "PREVIOUS", "previous_dir"]

MANIFEST = "manifest.json"
SWAP = ".swap"
PREVIOUS = ".previous"
_STAGING = ".staging-"


def previous_dir(folder: Path | str) -> Path:
    """Where the files of the build before the last one are kept."""
    return Path(folder) / PREVIOUS


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _manifest(files: Mapping[str, bytes]) -> str:
    entries = {name: {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()} for name, data in sorted(files.items())}
    return json.dumps({"files": entries}, indent=1, sort_keys=True) + "\n"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def recover(folder: Path | str) -> bool:
    """Finish a publication that was committed but interrupted, and delete uncommitted staging folders.
    Call it holding the writer lock. Returns whether a committed build was completed."""
    out = Path(folder)
    if not out.is_dir():
        return False
    for stale in out.glob(f"{_STAGING}*"):
        shutil.rmtree(stale, ignore_errors=True)
    swap = out / SWAP
    if not swap.is_dir():
        return False
    manifest = swap / MANIFEST
    previous = swap / PREVIOUS
    if previous.is_dir():  # the old files, kept for diff
        target = out / PREVIOUS
        if target.exists():
            shutil.rmtree(target)
        os.replace(previous, target)
    names = json.loads(manifest.read_text(encoding="utf-8"))["files"] if manifest.is_file() else {}
    for name in sorted(names):
        if (swap / name).is_file():
            os.replace(swap / name, out / name)
    if manifest.is_file():
        os.replace(manifest, out / MANIFEST)
    _fsync_dir(out)
    shutil.rmtree(swap, ignore_errors=True)
    return True


def _published_names(out: Path, new: Mapping[str, bytes]) -> list[str]:
    """The files of the build now in place (by its manifest, or the new build's names found there)."""
    manifest = out / MANIFEST
    names: list[str] = sorted(new)
    if manifest.is_file():
        try:
            names = sorted(json.loads(manifest.read_text(encoding="utf-8"))["files"]) + [MANIFEST]
        except (ValueError, KeyError, TypeError):
            pass
    return [n for n in names if (out / n).is_file() and "/" not in n and n not in (SWAP, PREVIOUS)]


def publish(files: Mapping[str, str | bytes], folder: Path | str, *, keep_previous: bool = True) -> dict[str, Path]:
    """Write ``files`` (name -> text) into ``folder`` as one build (see the module docstring)."""
    out = Path(folder)
    data = {name: (text.encode("utf-8") if isinstance(text, str) else text) for name, text in files.items()}
    try:
        out.mkdir(parents=True, exist_ok=True)
        recover(out)
        staging = Path(tempfile.mkdtemp(dir=out, prefix=_STAGING))
        mode = 0o666 & ~_umask()
        for name, blob in sorted(data.items()):
            with open(staging / name, "wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(staging / name, mode)
        old = _published_names(out, data)
        if keep_previous and old:
            (staging / PREVIOUS).mkdir()
            for name in old:
                try:
                    os.link(out / name, staging / PREVIOUS / name)
                except OSError:
                    shutil.copy2(out / name, staging / PREVIOUS / name)
        (staging / MANIFEST).write_text(_manifest(data), encoding="utf-8")
        os.chmod(staging / MANIFEST, mode)
        _fsync_dir(staging)
        os.rename(staging, out / SWAP)  # the commit: from here on the new build is the one
        _fsync_dir(out)
        recover(out)
    except OSError as exc:
        raise ExportError(f"cannot write the graph to {out}: {exc.strerror or exc}") from None
    return {name: out / name for name in sorted(data)}


def check(folder: Path | str) -> list[str]:
    """Problems of a published folder: files that differ from its manifest, or an unfinished publication."""
    out = Path(folder)
    manifest = out / MANIFEST
    problems = []
    if (out / SWAP).exists():
        problems.append(f"{out}: a build was interrupted while its files were replaced; run 'diplograph build' (it completes it)")
    if not manifest.is_file():
        return problems + [f"{manifest}: missing"]
    for name, entry in sorted(json.loads(manifest.read_text(encoding="utf-8"))["files"].items()):
        path = out / name
        if not path.is_file():
            problems.append(f"{path}: missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != entry["sha256"]:
            problems.append(f"{path}: not the file of this build (SHA-256 differs from {MANIFEST})")
    return problems
