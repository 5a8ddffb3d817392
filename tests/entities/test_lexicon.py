"""The rule data of the entities layer is well-formed (lower-case keys, known values)."""

from __future__ import annotations

import pytest

from dateline.entities import lexicon
from dateline.types import ENTITY_TYPES

RELATIONS = {"spouse", "child", "parent", "sibling"}


@pytest.mark.parametrize("table", ["GIVEN_NAMES", "KINSHIP", "PRONOUNS", "HONORIFICS",
                                   "TITLE_ROLES"])
def test_lexicon_keys_lower_case(table):
    keys = getattr(lexicon, table)
    assert keys and all(k == k.lower() and k.strip() == k for k in keys)


def test_lexicon_values_known():
    assert set(lexicon.LABELS.values()) <= set(ENTITY_TYPES)
    assert {rel for rel, _, _ in lexicon.KINSHIP.values()} <= RELATIONS
    assert {g for g in lexicon.GIVEN_NAMES.values()} <= {"m", "f"}
    assert {n for _, _, n in lexicon.KINSHIP.values()} <= {"sg", "pl"}


def test_lexicon_ambiguous_given_names_have_no_gender():
    # names common for both sexes must not decide a pronoun
    assert not {"kim", "taylor", "jordan", "alex"} & set(lexicon.GIVEN_NAMES)


def test_tag_sets_are_tags_the_tagger_writes(nlp):
    """The layer's tag sets name Penn tags the real model's tagger can give; the descriptor
    heads are the common nouns plus the singular proper noun only."""
    tags = set(nlp.get_pipe("tagger").labels)
    for name in ("COMMON_NOUN_TAGS", "PROPER_NOUN_TAGS", "DESCRIPTOR_HEAD_TAGS"):
        assert getattr(lexicon, name) <= tags, name
    assert not lexicon.COMMON_NOUN_TAGS & lexicon.PROPER_NOUN_TAGS
    assert {"NNP"} == lexicon.DESCRIPTOR_HEAD_TAGS - lexicon.COMMON_NOUN_TAGS


def test_tag_sets_defined_once():
    """No module of the package but the entities lexicon assigns a noun tag set: the copies
    under one name held two different contents before."""
    import re

    from tests.conftest import ROOT

    pattern = re.compile(r"^\s*((?:\w+_)?(?:NOUN|NAME|PLACE|HEAD)_TAGS)\s*(:[^=]*)?=", re.MULTILINE)
    found = {(str(p.relative_to(ROOT)), m.group(1)) for p in sorted((ROOT / "dateline").rglob("*.py"))
             for m in pattern.finditer(p.read_text(encoding="utf-8"))}
    assert found == {("dateline/entities/lexicon.py", n)
                     for n in ("COMMON_NOUN_TAGS", "PROPER_NOUN_TAGS", "NOUN_TAGS", "DESCRIPTOR_HEAD_TAGS")}
