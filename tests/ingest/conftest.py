"""Fixtures shared by the ingest tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture
def locked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Listing a folder named "locked" fails (chmod cannot lock out root, so it is simulated)."""
    real = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
