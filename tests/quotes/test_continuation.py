"""Reports that run past their sentence (quotes/continuation.py): a paragraph ending
"X said:" introduces the next paragraph, on sentences written for these tests, through
the real pipeline (session ``reader`` fixture)."""

from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"


def reported(reader, text: str) -> list[tuple[str, str | None, str | None]]:
    article = reader.read(text, published="2022-03-01")
    return [(q.text, q.speaker.mention.text if q.speaker.mention else None, q.cue.text if q.cue else None)
            for q in article.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the verb of saying closes its paragraph; the next paragraph is what was said
        ("The mayor spoke for an hour. Near the end, she added:\n\n"
         "The ferry will run all winter, and the fares will not rise.\n\nThe crowd cheered.",
         [("The ferry will run all winter, and the fares will not rise", "she", "added")]),
        # a hearer between the verb and the colon
        ("Ortiz told reporters:\nThe council has the votes to pass the budget.",
         [("The council has the votes to pass the budget", "Ortiz", "told")]),
    ],
)
def test_paragraph_after_said_colon_is_its_content(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a noun before the colon, no verb of saying
        "Areas where the plan would change things include:\nSchools, roads and the harbor.",
        # the next paragraph is a transcript line with its own label
        "The mayor said:\nQ: Will the ferry run all winter?",
        # a plan to say something says nothing yet
        "The mayor will say:\nThe ferry will run all winter.",
    ],
)
def test_no_continuation_without_a_verb_introducing_it(reader, text):
    assert reported(reader, text) == []


def test_quoted_paragraph_after_colon_stays_a_direct_quote(reader):
    text = f"The mayor said:\n{L}The ferry will run all winter.{R}"
    article = reader.read(text, published="2022-03-01")
    assert [(q.kind, q.text) for q in article.quotes] == [("direct", "The ferry will run all winter.")]


def test_no_continuation_after_a_verb_with_its_own_object(reader):
    # a verb with its own object is no introduction: the next paragraph is a list (the
    # object is what was listed, the paragraph is not)
    text = "The clerk listed three reasons for the delay:\nThe roads were closed for a week."
    assert reported(reader, text) == [("three reasons for the delay", "The clerk", "listed")]
