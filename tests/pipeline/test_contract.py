"""The contract holds on real articles: every span grounded, required fields present."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.contract import problems
from tests.conftest import ROOT, SEED_ID, polnear_texts

DATELINE = [sys.executable, "-m", "dateline.cli.main"]


def run_batch(tmp_path: Path, records: list[dict]) -> list[dict]:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    proc = subprocess.run(DATELINE + ["read", "--jsonl", str(src), "--out", str(out), "--no-progress"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_contract_holds_on_reference_article(tmp_path: Path, seed_text: str) -> None:
    [rec] = run_batch(tmp_path, [{"id": SEED_ID, "text": seed_text}])
    assert rec["id"] == SEED_ID
    assert problems(rec, seed_text) == []
    assert rec["published"]["source"] in ("inferred", "unknown")  # no date was given
    for section in ("times", "entities", "quotes", "events"):
        assert rec[section], f"the reference article yields no {section}"


def test_contract_holds_on_polnear_dev_articles(tmp_path: Path, shared: Path) -> None:
    arts = polnear_texts(shared, "dev", limit=20)
    records = [{"id": stem, "text": text} for stem, text in arts]
    out = run_batch(tmp_path, records)
    assert [r["id"] for r in out] == [stem for stem, _ in arts]  # ids kept, order kept
    for (stem, text), rec in zip(arts, out, strict=True):
        assert "error" not in rec, rec
        assert problems(rec, text) == [], stem
    assert sum(len(r["quotes"]) for r in out) > 20
    assert sum(len(r["times"]) for r in out) > 20


@pytest.mark.parametrize("published", ["2016-09-12"])
def test_given_date_is_kept(reader, published: str) -> None:
    art = reader.read("The council met on Monday and voted to close the pool.", published=published)
    assert art.published.value == published and art.published.source == "given"


@pytest.mark.parametrize("read_on,latest,error", [
    ("2025-04-30", "2025-04-30", None),   # the article's day of reading ends its inferred range
    (None, "2099-12-31", None),           # none stated: the era's end
    ("30 April 2025", None, "E104"),      # not a day: this article fails, with the date error's code
])
def test_reading_day_travels_with_the_article(reader, read_on: str | None, latest: str | None,
                                              error: str | None) -> None:
    from dateline.types import RawArticle

    raw = RawArticle("pool", "The pool was built in 1998 and closed last week.", read_on=read_on)
    (result,) = list(reader.read_many([raw]))
    if error is not None:
        assert result.code == error and "'read_on'" in result.message
        return
    assert (result.published.earliest, result.published.latest) == ("1998-01-01", latest)
