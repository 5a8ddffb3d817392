"""The hand-checked PolNeAR quote merges (polnear_merges_checked.tsv) against the corpus.

The TSV keeps ids, offsets and a verdict per merge, no corpus text: this test reads the
quotes from ../shared at run time and checks that the quote rules still put each merge
judged correct together (with one speaker, as the store had it) and that the file is
complete (20 verdicts, each with a reason).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dateline.store.merge import QuoteIn, merge_quotes

CHECKED = Path(__file__).with_name("polnear_merges_checked.tsv")
if not CHECKED.is_file():  # written by hand from a full PolNeAR ingest (see polnear_merges.py)
    pytest.skip(f"{CHECKED.name} not written yet", allow_module_level=True)


def _rows() -> list[dict[str, str]]:
    with open(CHECKED, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _text(shared: Path, article_id: str) -> str:
    for split in ("train", "dev"):
        path = shared / "data" / "polnear" / split / "text" / f"{article_id}.txt"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(article_id)


def test_polnear_merges_file_is_complete() -> None:
    rows = _rows()
    assert len(rows) == 20
    assert {r["verdict"] for r in rows} <= {"correct", "incorrect"}
    assert all(r["why"].strip() for r in rows)
    assert all(len(r["publishers"].split(",")) >= 2 for r in rows)


def test_polnear_merges_correct_ones_still_merge(shared: Path) -> None:
    checked = 0
    for row in _rows():
        if row["verdict"] != "correct":
            continue
        quotes = []
        for k, src in enumerate(row["sources"].split()):
            aid, span = src.rsplit(":", 1)
            start, end = map(int, span.split("-"))
            quotes.append(QuoteIn(aid, k, _text(shared, aid)[start:end], "S"))
        speaker = {(q.article_id, "S"): "e_speaker" for q in quotes}
        merged = merge_quotes(quotes, speaker, {"e_speaker": row["speaker"]})
        assert len(merged) == 1, f"{row['global_id']} no longer merges"
        checked += 1
    assert checked >= 10
