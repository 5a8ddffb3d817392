"""The bookkeeping the jobs that fill a store share: each record's input until its outcome."""

from __future__ import annotations

import pytest

from dateline.errors import EmptyTextError
from dateline.pipeline.storing import Inputs


@pytest.mark.parametrize("ids", [("a", "a", "b")])
def test_storing_inputs_two_records_of_one_id_keep_their_own_input(ids: tuple[str, ...]) -> None:
    inputs = Inputs()
    for n, rid in enumerate(ids, start=1):
        inputs.add(rid, f"feed.jsonl:{n}")
    assert inputs.pop("b") == "feed.jsonl:3"  # outcomes may come in another order than the reads
    assert [inputs.pop("a"), inputs.pop("a"), inputs.pop("a")] == ["feed.jsonl:1", "feed.jsonl:2", None]


@pytest.mark.parametrize("source", [None, "crawl.warc#r1"])
def test_storing_inputs_an_error_is_matched_by_itself_not_by_its_id(source: str | None) -> None:
    inputs = Inputs()
    inputs.add("a", "feed.jsonl:1")  # waits for its batch
    error = EmptyTextError("feed.jsonl:2: article text is empty", "a")
    inputs.add_error(error, source)
    assert inputs.pop("a", error) == source  # told at once: the pending record keeps its input
    assert inputs.pop("a") == "feed.jsonl:1"
