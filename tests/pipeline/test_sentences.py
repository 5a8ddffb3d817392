"""A quotation that closes a sentence ends it, whatever the small parser thinks."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,second", [
    ("He called it “a fine day for the town.” “We earned it,” he said.", "“We earned it,” he said."),
    ("She said it was “over.” Officials disagreed on Monday.", "Officials disagreed on Monday."),
])
def test_sentence_starts_after_closing_quote(nlp, text: str, second: str) -> None:
    sents = [s.text.strip() for s in nlp(text).sents]
    assert second in sents


def test_sentence_rule_runs_before_the_parser(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("dateline_sentences") < names.index("parser")


def test_sentence_starts_after_quote_and_paragraph_break(nlp) -> None:
    text = "He said it was “the end of a long road.”\n\n“We start again on Monday,” he added."
    sents = [s.text.strip() for s in nlp(text).sents]
    assert "“We start again on Monday,” he added." in sents


@pytest.mark.parametrize("text,second", [
    # a name with a capital inside ("McAllister") opens the next paragraph's sentence too
    ("The panel rated the nominee as “qualified.”\n\nMcAllister, who chairs it, said the vote is set.",
     "McAllister, who chairs it, said the vote is set."),
    ("The panel rated the nominee as “qualified.” DeSouza said the vote is set.", "DeSouza said the vote is set."),
])
def test_sentence_starts_at_a_name_with_an_inner_capital(nlp, text: str, second: str) -> None:
    sents = [s.text.strip() for s in nlp(text).sents]
    assert second in sents
