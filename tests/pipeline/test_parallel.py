"""Reading on several processes gives exactly what one process gives, in input order."""

from __future__ import annotations

from dateline.errors import EmptyTextError
from dateline.pipeline.parallel import read_parallel
from dateline.types import RawArticle
from tests.conftest import ROOT


def test_parallel_equals_serial_in_order(reader) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    raws: list = [RawArticle(f"a{i}", texts[i % len(texts)] + f"\n\nNote {i}.") for i in range(9)]
    raws.insert(4, EmptyTextError("in.jsonl:5: article text is empty", "bad"))
    serial = list(reader.read_many(raws))
    parallel = list(read_parallel(raws, workers=2, chunk_size=2))
    assert len(parallel) == len(raws)
    assert isinstance(parallel[4], EmptyTextError) and parallel[4].article_id == "bad"
    ok = lambda rs: [r.to_dict() for r in rs if not isinstance(r, Exception)]  # noqa: E731
    assert ok(parallel) == ok(serial)
    assert [getattr(r, "id", None) for r in parallel] == [getattr(r, "id", None) for r in serial]
