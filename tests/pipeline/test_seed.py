"""The reference article, read without a date, through the shared seed scorer.

Every figure is held to the gate's seed floor in eval/baseline.json: the gate measures the
same figures through the CLI, this test in-process.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.baseline import gate_floor
from tests.conftest import SEED_ID


@pytest.fixture(scope="module")
def seed_score(shared: Path, seed_article, seed_text: str, seed_gold: dict) -> dict:
    spec = importlib.util.spec_from_file_location("seed_scorer", shared / "eval" / "seed.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    record = json.loads(json.dumps(seed_article.to_dict()))
    assert record["id"] == SEED_ID
    return mod.score(seed_gold, record, seed_text)


# The gate's seed floor of each figure (eval/baseline.json) and where the scorer puts it.
FIGURES = {
    "quotes_f1": ("quotes_prf", 2), "quotes_e2e_f1": ("quotes_e2e_prf", 2), "speaker_acc": ("speaker_acc", None),
    "times_extent_f1": ("times_extent_prf", 2), "times_value_f1": ("times_value_prf", 2),
    "entities_ok": ("entities_ok", 0), "relations_ok": ("relations_ok", 0), "events_ok": ("events_ok", 0),
    "published_ok": ("published_ok", None),
}


@pytest.mark.parametrize("key", sorted(FIGURES))
def test_seed_figure_holds_its_floor(seed_score: dict, key: str) -> None:
    section, index = FIGURES[key]
    value = seed_score[section] if index is None else seed_score[section][index]
    assert float(value) >= gate_floor("seed", key), seed_score


def test_seed_spans_valid(seed_score: dict) -> None:
    assert seed_score["invalid_spans"] == []


def test_seed_date_inferred_not_given(seed_article) -> None:
    assert seed_article.published.source != "given"
