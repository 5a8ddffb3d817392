"""The API's models of the store's rows are generated from the records (api/schemas.record_model):
the served JSON of any record validates, round-trips, and has exactly the record's fields."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.api.schemas import RECORD_MODELS, SourceOut, record_model
from dateline.store.records import EntityEntry, QuoteEntry, Source, TimelineEntry


@pytest.mark.parametrize("record", list(RECORD_MODELS))
def test_schemas_fields_are_the_records_fields(record: type) -> None:
    model = RECORD_MODELS[record]
    assert list(model.model_fields) == [f.name for f in dataclasses.fields(record)]
    assert all(f.is_required() for f in model.model_fields.values())  # to_dict writes every field


@pytest.mark.parametrize("record", [Source, EntityEntry, TimelineEntry, QuoteEntry])
def test_schemas_served_json_validates_and_round_trips(record: type) -> None:
    @settings(max_examples=25, deadline=None)
    @given(st.from_type(record))
    def check(row) -> None:
        served = row.to_dict()
        assert RECORD_MODELS[record].model_validate(served).model_dump() == served

    check()


@dataclasses.dataclass(frozen=True)
class _Annotated(Source):
    """A record grown by two fields."""

    note: str | None = None
    tags: tuple[str, ...] = ()


@pytest.mark.parametrize("record", [_Annotated])
def test_schemas_a_new_record_field_is_served(record: type) -> None:
    model = record_model(record, "AnnotatedOut", {})
    assert list(model.model_fields)[-2:] == ["note", "tags"]
    schema = model.model_json_schema()
    assert schema["properties"]["tags"]["type"] == "array"
    assert schema["description"] == "A record grown by two fields."
    old_row = Source("a1", None, None, None, 0, 4, "text").to_dict()
    assert SourceOut.model_validate(old_row).model_dump() == old_row
    with pytest.raises(ValueError, match="note"):
        model.model_validate(old_row)  # the new fields are served, so required


def test_schemas_a_nested_record_needs_its_model() -> None:
    with pytest.raises(TypeError, match="nested record"):
        record_model(TimelineEntry, "TimelineEntryOut", {})
