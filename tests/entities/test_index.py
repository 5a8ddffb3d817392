"""EntityIndex (index.py): immutable once built, look-ups from spans to entities."""

from __future__ import annotations

import dataclasses

import pytest

from dateline.entities.index import EntityIndex
from dateline.types import Entity, Mention

TEXT = "Mara Quist met Olek Brandt. Quist thanked him."


def _index() -> EntityIndex:
    for start, end, word in ((0, 10, "Mara Quist"), (15, 26, "Olek Brandt"), (28, 33, "Quist"), (42, 45, "him")):
        assert TEXT[start:end] == word
    mara = Entity("E1", "Mara Quist", "PERSON", (Mention(0, 10, "Mara Quist", "name"),
                                                   Mention(28, 33, "Quist", "name")))
    olek = Entity("E2", "Olek Brandt", "PERSON", (Mention(15, 26, "Olek Brandt", "name"),
                                                   Mention(42, 45, "him", "pronoun")))
    return EntityIndex([mara, olek])


def test_index_is_immutable():
    index = _index()
    assert isinstance(index.entities, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        index.entities = ()  # type: ignore[misc]


def test_lookups_by_id_and_span():
    index = _index()
    assert index.get("E2").name == "Olek Brandt"
    assert index.get("E9") is None and index.get(None) is None
    assert index.entity_at(42, 45).id == "E2"
    assert index.entity_at(29, 31).id == "E1"
    mention, eid = index.mention_at(0, 4)
    assert (mention.text, eid) == ("Mara Quist", "E1")
    assert index.mention_at(10, 15) is None  # " met " touches no mention


def test_empty_index():
    index = EntityIndex()
    assert index.entities == () and index.entity_at(0, 5) is None
