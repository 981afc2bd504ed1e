"""The invented held-out sets' gold is what their builders write: each builder, run on a copy of its set,
reproduces the committed gold and catalog byte for byte (the builders share tests/goldbuild.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and p.suffix in (".yaml", ".json")}


@pytest.mark.parametrize("name", ["heldout2", "heldout3"])
def test_the_gold_builder_reproduces_the_committed_gold(tmp_path: Path, name: str) -> None:
    shutil.copy(TESTS / "goldbuild.py", tmp_path / "goldbuild.py")
    shutil.copytree(TESTS / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    for old in (tmp_path / name / "gold").rglob("*.yaml"):
        old.unlink()  # (the folders stay: the builder writes into them)
    (tmp_path / name / "catalog.json").unlink()
    run = subprocess.run([sys.executable, str(tmp_path / name / "build_gold.py")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    built = _files(tmp_path / name)
    assert built and built == _files(TESTS / name)
