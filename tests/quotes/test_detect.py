"""Quotation marks found in raw text (no parse needed): dateline.quotes.detect."""

from __future__ import annotations

import pytest

from dateline.quotes.detect import find_quotations


def outer(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotations(text) if q.depth == 0]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("He said \u201cwe are ready,\u201d and left.", ["we are ready,"]),
        ('He said "we are ready," and left.', ["we are ready,"]),
        ("He said ''we are ready,'' and left.", ["we are ready,"]),
    ],
)
def test_detect_mark_styles(text: str, expected: list[str]) -> None:
    assert outer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It's the mayor's plan, and they don't like it.",
        "The voters\u2019 mood changed in the \u201990s and it\u2019s still low.",
        "The Smiths\u2019 house was sold, Jones\u2019 too.",
    ],
)
def test_detect_apostrophes_are_not_quotations(text: str) -> None:
    assert outer(text) == []


def test_detect_nested_marks_do_not_start_a_quote() -> None:
    text = "\u201cThey told me \u2018no way\u2019 and hung up,\u201d she said."
    quotations = find_quotations(text)
    assert [text[q.start:q.end] for q in quotations if q.depth == 0] == ["They told me \u2018no way\u2019 and hung up,"]
    assert [text[q.start:q.end] for q in quotations if q.depth == 1] == ["no way"]


def test_detect_quotation_running_over_paragraphs() -> None:
    text = ("\u201cThe first part ends without a closing mark.\n\n"
            "\u201cThe second part closes it,\u201d the mayor said.")
    quotations = find_quotations(text)
    parts = [text[q.start:q.end] for q in quotations]
    assert parts == ["The first part ends without a closing mark.", "The second part closes it,"]
    assert quotations[0].runs_on and not quotations[1].runs_on


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Governor: \u2018We Will Not Back Down\u2019 On Tax Plan", ["We Will Not Back Down"]),
        ("Mayor Says 'Enough Is Enough' After Vote", ["Enough Is Enough"]),
    ],
)
def test_detect_single_mark_headlines(text: str, expected: list[str]) -> None:
    assert outer(text) == expected


def test_detect_offsets_exclude_marks_and_spaces() -> None:
    text = 'She said: " it works "'
    (q,) = find_quotations(text)
    assert text[q.start:q.end] == "it works"
    assert text[q.open_at] == '"'
