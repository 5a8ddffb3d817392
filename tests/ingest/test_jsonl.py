"""JSON Lines records: the optional fields a record states about itself, checked line by line."""

from __future__ import annotations

import json

import pytest

from dateline.errors import BadDateError
from dateline.ingest.jsonl import parse_line
from dateline.types import RawArticle

TEXT = "The harbour crane was taken down over the weekend."


def line(**fields: object) -> bytes:
    return json.dumps({"id": "r1", "text": TEXT, **fields}).encode()


@pytest.mark.parametrize("read_on,expected", [
    ("2024-02-10", "2024-02-10"),  # the record's own day of reading
    (None, None),                  # stated as null: none
    ("", None),                    # an empty string: none, as for 'published'
])
def test_jsonl_record_states_its_reading_day(read_on: str | None, expected: str | None) -> None:
    record = parse_line(line(read_on=read_on), "feed.jsonl:7", "2023-01-01")
    assert isinstance(record, RawArticle)
    assert (record.read_on, record.published) == (expected, "2023-01-01")


@pytest.mark.parametrize("read_on,shown", [
    ("2024-02-30", "'2024-02-30'"),                    # no such day
    ("2024-02-10T09:00:00Z", "'2024-02-10T09:00:00Z'"),  # a timestamp is not a day
    ("last Tuesday", "'last Tuesday'"),
    (20240210, "20240210"),                            # a number, shown as it is
])
def test_jsonl_bad_reading_day_costs_its_line(read_on: object, shown: str) -> None:
    record = parse_line(line(read_on=read_on), "feed.jsonl:7")
    assert isinstance(record, BadDateError)
    assert record.code == "E104" and record.article_id == "r1"
    assert record.message == f"feed.jsonl:7: 'read_on' is not a YYYY-MM-DD date: {shown}"
