"""dateline/lexicon/titles.py: the one home of the title words, and the two layer views built from it."""

from __future__ import annotations

from itertools import combinations

from dateline.entities import lexicon as entities_lexicon
from dateline.lexicon import titles
from dateline.store import normalize

SETS = {"COURTESY_TITLES": frozenset(titles.COURTESY_TITLES), "WORD_TITLES": frozenset(titles.WORD_TITLES),
        "OTHER_COURTESY_TITLES": titles.OTHER_COURTESY_TITLES, "OFFICE_TITLES": titles.OFFICE_TITLES,
        "NAME_QUALIFIERS": titles.NAME_QUALIFIERS}


def test_title_words_lower_case_without_dots_each_in_one_set():
    for name, words in SETS.items():
        assert words and all(w == w.lower() and w.isalpha() for w in words), name
    for (a, wa), (b, wb) in combinations(SETS.items(), 2):
        assert not wa & wb, (a, b)
    assert set(titles.HONORIFICS.values()) <= {"m", "f", None}


def test_entities_view_is_the_gendered_titles():
    assert entities_lexicon.HONORIFICS is titles.HONORIFICS
    assert dict(titles.HONORIFICS) == {**titles.COURTESY_TITLES, **titles.WORD_TITLES}


def test_store_key_titles_are_the_sets_it_names():
    named = frozenset(titles.COURTESY_TITLES) | titles.OTHER_COURTESY_TITLES | titles.OFFICE_TITLES | titles.NAME_QUALIFIERS
    assert named == normalize.KEY_TITLES
    assert not normalize.KEY_TITLES & frozenset(titles.WORD_TITLES)


def test_store_drops_key_titles_and_keeps_word_titles():
    assert normalize.name_tokens("Former Sen. Ada Quillfeather") == ["ada", "quillfeather"]
    assert normalize.name_tokens("Messrs. Quillfeather") == ["quillfeather"]
    assert normalize.name_tokens("Father Quillfeather") == ["father", "quillfeather"]
