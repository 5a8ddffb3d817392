"""Shared fixtures: the real spaCy model (loaded once), the Reader, and ../shared.

Tests that need ../shared (the reference article, corpora, scorers) use the ``shared``
fixture or the ``needs_shared`` marker: they skip with a clear reason where ../shared is
absent (a user's fresh clone) and run in CI, where it is present.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_ID = "000_00e053a3da7bf9fa"
SKIP_REASON = f"needs ../shared (reference article, corpora, scorers), not found at {SHARED}"

needs_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason=SKIP_REASON)


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; skips the test where it is absent."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip(SKIP_REASON)
    return SHARED


@pytest.fixture(scope="session")
def reader():
    """The whole Dateline pipeline on the real model, loaded once per test session."""
    import dateline

    return dateline.load()


@pytest.fixture(scope="session")
def nlp(reader):
    """The loaded spaCy pipeline (with Dateline's components)."""
    return reader.nlp


@pytest.fixture(scope="session")
def seed_text(shared: Path) -> str:
    return (shared / "seeds" / f"{SEED_ID}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold(shared: Path) -> dict:
    return json.loads((shared / "gold" / f"{SEED_ID}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_article(reader, seed_text):
    """The reference article read WITHOUT a date (it must be inferred)."""
    return reader.read(seed_text, id=SEED_ID)


def polnear_texts(shared: Path, split: str = "dev", limit: int | None = None) -> list[tuple[str, str]]:
    """(stem, text) of PolNeAR articles of a split, sorted by name."""
    paths = sorted((shared / "data" / "polnear" / split / "text").glob("*.txt"))[:limit]
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
