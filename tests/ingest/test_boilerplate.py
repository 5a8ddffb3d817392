"""ingest.boilerplate: the site's lines go, the story's stay (lines written for this test)."""

from __future__ import annotations

import pytest

from dateline.ingest.boilerplate import boilerplate_lines

STORY = [
    "The harbour board voted on Tuesday to rebuild the north pier before winter.",
    "“We cannot wait another season,” the board's chair, Ana Lopes, told reporters.",
    "Work is due to begin in March and should take eight months.",
]


def dropped(lines: list[str], sitename: str | None = None) -> list[str]:
    return [lines[i] for i in sorted(boilerplate_lines(lines, sitename))]


@pytest.mark.parametrize("line", [
    "READ MORE: Ferry fares to rise in the spring",
    "Also read | Council approves the new budget",
    "Read more:",
    "Related",
    "More information",
    "© 2024 The Harbour Gazette",
    "Copyright 2024 Harbour Media Group. All rights reserved.",
    "Sign up for our morning newsletter",
    "Get the latest news delivered to your inbox!",
    "Be the first to know",
    "CLICK HERE TO GET THE GAZETTE APP",
    "Newsletter Signup",
    "Contact reporter Sam Reid at sreid@gazette.example or 555-201-3344.",
    "- - -",
    "***",
])
def test_boilerplate_lines_in_the_middle_of_a_story_go(line: str) -> None:
    assert dropped([STORY[0], line, *STORY[1:]]) == [line]


def test_a_related_marker_takes_its_bullet_list_with_it() -> None:
    lines = [*STORY[:2], "READ MORE:", "* Pier closed after storm damage", "* Board names new chair", *STORY[2:]]
    assert dropped(lines) == lines[2:5]


def test_teaser_runs_edge_labels_and_the_site_name_go() -> None:
    teasers = ["Ferry fares will rise by a tenth from April, the operator said on ...",
               "The lighthouse reopened to visitors after a two-year repair that ..."]
    lines = ["Analysis", *STORY, *teasers, "The Harbour Gazette"]
    assert dropped(lines, sitename="The Harbour Gazette") == ["Analysis", *teasers, "The Harbour Gazette"]
    # One line ending in an ellipsis is a sentence trailing off, not a teaser list.
    assert dropped([*STORY, "The chair paused. “And then ...”", STORY[0]]) == []


@pytest.mark.parametrize("line", [
    "About 2 million people subscribe to the gazette's newsletter, its editor said.",
    "She told reporters to contact the harbour office for details.",
    "Get ready for delays, the board warned drivers on Monday.",
    "Related measures were approved last year.",
    "Copyright lawyers for the operator declined to comment.",
    "Readers can follow her on Twitter, where she posts daily updates about the pier and the harbour "
    "works, and where she has answered questions from residents since the repairs began last spring.",
])
def test_story_sentences_that_hold_one_signal_stay(line: str) -> None:
    assert dropped([STORY[0], line, *STORY[1:]]) == []


def test_a_short_first_or_last_line_with_punctuation_stays() -> None:
    assert dropped(["Will it last?", *STORY, "Nobody knows."]) == []


@pytest.mark.parametrize("line", ["The copyright case returns to court in 2025, a lawyer said.",
                                  "Copyright lawyers for the operator declined to comment."])
def test_copyright_needs_the_sign_or_a_leading_word_and_a_year_or_rights(line: str) -> None:
    assert dropped([*STORY, line]) == []
    assert dropped([*STORY, "The Harbour Gazette © 2024"]) == ["The Harbour Gazette © 2024"]
