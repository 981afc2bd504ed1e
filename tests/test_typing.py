"""The package type-checks (mypy settings in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_mypy_is_clean(settings):
    pytest.importorskip("mypy")
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary"], cwd=settings.home, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
