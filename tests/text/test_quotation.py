"""Quotation marks found in raw text (no parse needed): dateline.text.quotation.

Golden rows, one per mark rule: (text, outermost quotations, nested ones). The
texts are made up for these tests.
"""

from __future__ import annotations

import pytest

from dateline.text.quotation import find_quotations, outer_quotations


def outer(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotations(text) if q.depth == 0]


def inner(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotations(text) if q.depth > 0]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("He said \u201cwe are ready,\u201d and left.", ["we are ready,"]),
        ('He said "we are ready," and left.', ["we are ready,"]),
        ("He said ''we are ready,'' and left.", ["we are ready,"]),
        ("He said \u00abwe are ready\u00bb and left.", ["we are ready"]),
        ("He said \u201ewe are ready\u201c and left.", ["we are ready"]),
        ("He said \u201ewe are ready\u201d and left.", ["we are ready"]),
        ("\u2018It\u2019s over,\u2019 he said.", ["It\u2019s over,"]),
        ("'It's over,' he said.", ["It's over,"]),
        ("He said \u201cyes.\u201d Then \u201cno.\u201d", ["yes.", "no."]),
        ('A 6\'2" guard said "hello" to us.', ["hello"]),
    ],
)
def test_quotation_mark_styles(text: str, expected: list[str]) -> None:
    assert outer(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("\u201cWe are ready,\u201c she said.", ["We are ready,"]),  # \u201c typed for \u201d
        ("He said \u201dwe are ready,\u201d and left.", ["we are ready,"]),  # \u201d typed for \u201c
    ],
)
def test_quotation_mistyped_marks_by_flanking(text: str, expected: list[str]) -> None:
    assert outer(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the space typed on the wrong side of an opening mark, closed later in the paragraph
        ('The coach said," we were outplayed today". Then he left.', ["we were outplayed today"]),
        ('Her note read:" back at noon." It was signed.', ["back at noon."]),
        # nothing closes it: a closing mark of a quotation opened in an earlier paragraph
        ('The plan works," she said.', []),
        ('The plan works," she said, "and it is cheap."', ["and it is cheap."]),
    ],
)
def test_quotation_misplaced_opening_mark(text: str, expected: list[str]) -> None:
    assert outer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It's the mayor's plan, and they don't like it.",
        "The voters\u2019 mood changed in the \u201990s and it\u2019s still low.",
        "The Smiths\u2019 house was sold, Jones\u2019 too.",
        "Jones' dog and the Smiths' cat met.",
    ],
)
def test_quotation_apostrophes_are_not_quotations(text: str) -> None:
    assert outer(text) == []


@pytest.mark.parametrize(
    "text,outers,inners",
    [
        ("\u201cThey told me \u2018no way\u2019 and hung up,\u201d she said.",
         ["They told me \u2018no way\u2019 and hung up,"], ["no way"]),
        ("\u201cHe told me \u201cnot now\u201d and left,\u201d she said.",
         ["He told me \u201cnot now\u201d and left,"], ["not now"]),
        ("\"He told me 'not now' and left,\" she said.",
         ["He told me 'not now' and left,"], ["not now"]),
        ("The O'Neills' farm is 'closed,' they said.", ["closed,"], []),
    ],
)
def test_quotation_nesting(text: str, outers: list[str], inners: list[str]) -> None:
    assert outer(text) == outers
    assert inner(text) == inners


def test_quotation_running_over_paragraphs() -> None:
    text = ("\u201cThe first part ends without a closing mark.\n\n"
            "\u201cThe second part closes it,\u201d the mayor said.")
    quotations = find_quotations(text)
    parts = [text[q.start:q.end] for q in quotations]
    assert parts == ["The first part ends without a closing mark.", "The second part closes it,"]
    assert quotations[0].runs_on and not quotations[1].runs_on


@pytest.mark.parametrize(
    "text,expected",
    [
        # a double mark left open ends at its paragraph, never in the next one
        ("She wrote \u201cthe end is near\n\nThe next paragraph is narrative.", ["the end is near"]),
        ('She wrote "the end is near\nThe next line is narrative.', ["the end is near"]),
        # a single mark left open was an apostrophe
        ("She wrote \u2018the end is near\n\nThe next paragraph is narrative.", []),
    ],
)
def test_quotation_unclosed_at_paragraph_end(text: str, expected: list[str]) -> None:
    assert outer(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Governor: \u2018We Will Not Back Down\u2019 On Tax Plan", ["We Will Not Back Down"]),
        ("Mayor Says 'Enough Is Enough' After Vote", ["Enough Is Enough"]),
    ],
)
def test_quotation_single_mark_headlines(text: str, expected: list[str]) -> None:
    assert outer(text) == expected


def test_quotation_offsets_exclude_marks_and_spaces() -> None:
    text = 'She said: " it works "'
    (q,) = find_quotations(text)
    assert text[q.start:q.end] == "it works"
    assert text[q.open_at] == '"'


@pytest.mark.parametrize(
    "text,single,expected",
    [
        ("\u201cThey said \u2018no\u2019 twice,\u201d she wrote.", False, ["They said \u2018no\u2019 twice,"]),
        ("Mayor Says 'Enough' After \u201cthe vote\u201d", False, ["the vote"]),
        ("Mayor Says 'Enough' After \u201cthe vote\u201d", True, ["Enough", "the vote"]),
    ],
)
def test_quotation_outer_quotations(text: str, single: bool, expected: list[str]) -> None:
    assert [text[q.start:q.end] for q in outer_quotations(text, single=single)] == expected


def test_quotation_stray_marks_stay_in_their_paragraph() -> None:
    text = "\u201c" * 500 + " a\n\n\u201cClosed here,\u201d he said."
    assert outer(text)[-1] == "Closed here,"
    assert all(q.end <= text.index("\n") for q in find_quotations(text)[:-1])


def test_parse_tokens_of_quotation_are_made_of_the_scanners_marks() -> None:
    """The sentence-start rule's tokens (pipeline/factories.py) are spelled with marks the
    scanner knows, so the two cannot drift to different characters."""
    from dateline.text.quotation import CLOSING_TOKENS, MARKS, OPENING_TOKENS

    assert all(set(token) <= MARKS for token in CLOSING_TOKENS | OPENING_TOKENS)
    assert "\u201c" in OPENING_TOKENS and "\u201d" in CLOSING_TOKENS and "\u201c" not in CLOSING_TOKENS
