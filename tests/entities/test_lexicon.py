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
