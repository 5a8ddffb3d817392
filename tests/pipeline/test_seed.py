"""The reference article, read without a date, through the shared seed scorer.

Floors here are the whole pipeline's: every section must score. Each layer's own tests
hold it to its issue's stricter figures.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import SEED_ID


@pytest.fixture(scope="module")
def seed_score(shared: Path, seed_article, seed_text: str, seed_gold: dict) -> dict:
    spec = importlib.util.spec_from_file_location("seed_scorer", shared / "eval" / "seed.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    record = json.loads(json.dumps(seed_article.to_dict()))
    assert record["id"] == SEED_ID
    return mod.score(seed_gold, record, seed_text)


@pytest.mark.parametrize("key", ["quotes_prf", "quotes_e2e_prf", "times_extent_prf", "times_value_prf"])
def test_seed_section_scores_above_zero(seed_score: dict, key: str) -> None:
    assert seed_score[key][2] > 0, seed_score


@pytest.mark.parametrize("key", ["entities_ok", "relations_ok", "events_ok"])
def test_seed_counts_above_zero(seed_score: dict, key: str) -> None:
    assert seed_score[key][0] > 0, seed_score


def test_seed_spans_valid(seed_score: dict) -> None:
    assert seed_score["invalid_spans"] == []


def test_seed_date_inferred_not_given(seed_article) -> None:
    assert seed_article.published.source != "given"
