"""codec.check_offsets: one golden row per step and per way a span can break the rule.

The rule is contract.span_fault, the one contract.problems applies to a record's dict;
these rows check the store's refusal (OffsetError, its message) for every section of an
Article and the cases the rule tells apart.
"""

from __future__ import annotations

import dataclasses

import pytest

from dateline.contract import span_fault
from dateline.store.codec import check_offsets
from dateline.store.errors import OffsetError
from dateline.types import (
    Article,
    Entity,
    Event,
    EventTime,
    Mention,
    Published,
    Quote,
    SpanRef,
    Speaker,
    Time,
)

pytestmark = pytest.mark.sqlite_only  # no database here: once is enough

TEXT = 'On Tuesday Mira Holt said "the ferry runs again" to the harbour board.'


def _at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def _article() -> Article:
    t, who, said, quote, board = _at("Tuesday"), _at("Mira Holt"), _at("said"), _at("the ferry runs again"), _at("board")
    return Article(
        "a1",
        Published("2024-05-07", "given", "2024-05-07", "2024-05-07"),
        (Time(*t, "Tuesday", "DATE", "2024-05-07", "2024-05-07", "2024-05-07", "article"),),
        (Entity("E1", "Mira Holt", "PERSON", (Mention(*who, "Mira Holt", "name"),)),),
        (Quote(*quote, "the ferry runs again", Speaker("E1", "Mira Holt", SpanRef(*who, "Mira Holt")),
               SpanRef(*said, "said"), "2024-05-07"),),
        (Event(*said, "said", (0, len(TEXT)), "Mira Holt said", (), EventTime("2024-05-07", "2024-05-07", "2024-05-07")),
         Event(*board, "board", (0, len(TEXT)), "the board", (), None)),
    )


def _quote(a: Article, **change: object) -> Article:
    return dataclasses.replace(a, quotes=(dataclasses.replace(a.quotes[0], **change),))


CASES = {
    "time text differs": (
        lambda a: dataclasses.replace(a, times=(dataclasses.replace(a.times[0], text="Monday"),)),
        "a1: time [3:10] 'Monday' does not match the text"),
    "mention offsets past the end": (
        lambda a: dataclasses.replace(a, entities=(dataclasses.replace(
            a.entities[0], mentions=(Mention(11, 500, "Mira Holt", "name"),)),)),
        "a1: mention of E1 [11:500] 'Mira Holt' does not match the text"),
    "quote start after end": (
        lambda a: _quote(a, start=40, end=30),
        "a1: quote [40:30] 'the ferry runs again' does not match the text"),
    "speaker mention shifted": (
        lambda a: _quote(a, speaker=Speaker("E1", "Mira Holt", SpanRef(12, 21, "Mira Holt"))),
        "a1: speaker mention [12:21] 'Mira Holt' does not match the text"),
    "cue negative": (
        lambda a: _quote(a, cue=SpanRef(-4, 0, "said")),
        "a1: cue [-4:0] 'said' does not match the text"),
    "event text differs": (
        lambda a: dataclasses.replace(a, events=(dataclasses.replace(a.events[0], text="says"), a.events[1])),
        "a1: event [21:25] 'says' does not match the text"),
    "event sentence outside the text": (
        lambda a: dataclasses.replace(a, events=(a.events[0], dataclasses.replace(a.events[1], sentence=(0, 999)))),
        "a1: event sentence [0:999] is outside the text"),
}


def test_codec_sound_article_passes() -> None:
    check_offsets(_article(), TEXT)
    # Spans without offsets (a speaker not named in the text, no cue) have none to break.
    check_offsets(_quote(_article(), speaker=Speaker(None, "Mira Holt", None), cue=None), TEXT)


@pytest.mark.parametrize("case", sorted(CASES))
def test_codec_each_step_refuses_an_ungrounded_span(case: str) -> None:
    change, message = CASES[case]
    with pytest.raises(OffsetError) as info:
        check_offsets(change(_article()), TEXT)
    assert info.value.message == message and info.value.article_id == "a1"


@pytest.mark.parametrize("start,end,span,fault", [
    (3, 10, "Tuesday", None),
    (3, 10, "Monday", "text[3:10]='Tuesday' != 'Monday'"),
    (10, 3, "", "offsets 10:3 out of range"),
    (0, len(TEXT) + 1, TEXT, f"offsets 0:{len(TEXT) + 1} out of range"),
    ("3", 10, "Tuesday", "offsets 3:10 out of range"),
])
def test_codec_shares_the_contract_span_rule(start: object, end: object, span: str, fault: str | None) -> None:
    assert span_fault(start, end, span, TEXT) == fault
