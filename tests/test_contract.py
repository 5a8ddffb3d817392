"""dateline.contract.problems: one golden row per rule it checks, on a record made here.

Each row breaks one thing in a valid record and names the one problem it must report, so
every branch of the checker is shown to fire (the corpus tests only show it stays quiet).
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from dateline.contract import problems

TEXT = "Ana Ruiz said on Monday: “The ferry will run again.” She thanked the crew."


def _record() -> dict:
    q_start, q_end = TEXT.index("The ferry"), TEXT.index("again.") + len("again.")
    return {
        "id": "a1",
        "published": {"value": "2024-05-08", "source": "given", "earliest": "2024-05-08", "latest": "2024-05-08"},
        "times": [{"start": 14, "end": 23, "text": "on Monday", "type": "DATE", "value": "2024-05-06",
                   "earliest": "2024-05-06", "latest": "2024-05-06"}],
        "entities": [
            {"id": "E1", "name": "Ana Ruiz", "type": "PERSON",
             "mentions": [{"start": 0, "end": 8, "text": "Ana Ruiz", "kind": "name"},
                          {"start": TEXT.index("She"), "end": TEXT.index("She") + 3, "text": "She",
                           "kind": "pronoun"}],
             "attributes": [], "relations": []},
            {"id": "E2", "name": "the crew", "type": "ORG", "mentions": [], "attributes": [],
             "relations": [{"type": "thanked_by", "target": "E1", "start": None, "end": None}]},
        ],
        "quotes": [{"start": q_start, "end": q_end, "text": TEXT[q_start:q_end], "kind": "direct",
                    "speaker": {"entity": "E1", "name": "Ana Ruiz",
                                "mention": {"start": 0, "end": 8, "text": "Ana Ruiz"}},
                    "cue": {"start": 9, "end": 13, "text": "said"}, "time": "2024-05-06"}],
        "events": [{"start": 9, "end": 13, "text": "said", "sentence": {"start": 0, "end": 52},
                    "summary": "Ana Ruiz said", "participants": [{"entity": "E1", "role": "agent"}],
                    "time": {"value": "2024-05-06", "earliest": "2024-05-06", "latest": "2024-05-06"}}],
    }


def test_the_record_made_here_holds() -> None:
    assert problems(_record(), TEXT) == []


def _set(path: str, value: object) -> Callable[[dict], None]:
    """A change that sets the value at ``path`` ("quotes.0.cue.text"); a value of DROP deletes the key."""
    *parents, last = path.split(".")

    def change(record: dict) -> None:
        node = record
        for p in parents:
            node = node[int(p)] if p.isdigit() else node[p]
        key = int(last) if last.isdigit() else last
        if value is DROP:
            del node[key]
        else:
            node[key] = value
    return change


DROP = object()

ROWS = [
    # whole record
    (_set("events", DROP), ["missing field 'events'"]),
    # published
    (_set("published.latest", DROP), ["published lacks 'latest'"]),
    (_set("published.source", "guessed"), ["published.source 'guessed'"]),
    (_set("published.value", "May 8"), ["published.value not a date: 'May 8'"]),
    (_set("published.earliest", "2024-06-01"), ["published.earliest > latest"]),
    # spans (checked the same way everywhere)
    (_set("times.0.text", "on Sunday"), ["times[0]: text[14:23]='on Monday' != 'on Sunday'"]),
    (_set("times.0.end", 999), ["times[0]: offsets 14:999 out of range"]),
    (_set("times.0.start", DROP), ["times[0]: not a span"]),
    # times
    (_set("times.0.type", "WHEN"), ["times[0].type 'WHEN'"]),
    (_set("times.0.value", ""), ["times[0] has no value"]),
    (_set("times.0.latest", DROP), ["times[0] lacks 'latest'"]),
    (_set("times.0.earliest", "2024-05-07"), ["times[0] earliest > latest"]),
    # entities
    (_set("entities.1.relations", DROP), ["entities[1] lacks 'relations'"]),
    (_set("entities.0.type", "ANIMAL"), ["entities[0].type 'ANIMAL'"]),
    (_set("entities.0.mentions.1.kind", "nickname"), ["entities[0].mentions[1].kind 'nickname'"]),
    (_set("entities.0.attributes", [{"name": "age", "value": "40", "start": 0, "end": 3}]),
     ["entities[0].attributes[0]: age not grounded at its offsets"]),
    (_set("entities.1.relations.0.target", "E9"), ["entities[1].relations[0] targets unknown entity 'E9'"]),
    # quotes
    (_set("quotes.0.speaker", {"entity": "E1"}), ["quotes[0].speaker lacks entity/name/mention"]),
    (_set("quotes.0.speaker.mention.end", 7), ["quotes[0].speaker.mention: text[0:7]='Ana Rui' != 'Ana Ruiz'"]),
    (_set("quotes.0.speaker.entity", "E9"), ["quotes[0].speaker.entity 'E9' unknown"]),
    (_set("quotes.0.kind", "paraphrase"), ["quotes[0].kind 'paraphrase'"]),
    (_set("quotes.0.time", DROP), ["quotes[0] lacks cue/time"]),
    (_set("quotes.0.cue.text", "says"), ["quotes[0].cue: text[9:13]='said' != 'says'"]),
    # events
    (_set("events.0.summary", DROP), ["events[0] lacks 'summary'"]),
    (_set("events.0.sentence", {"start": 20, "end": 52}), ["events[0].sentence does not hold the trigger"]),
    (_set("events.0.participants.0.entity", "E9"), ["events[0] participant 'E9' unknown"]),
    (_set("events.0.time.value", None), ["events[0].time has no value"]),
]


@pytest.mark.parametrize("change,expected", ROWS, ids=[r[1][0][:60] for r in ROWS])
def test_each_broken_rule_is_reported(change, expected: list[str]) -> None:
    record = copy.deepcopy(_record())
    change(record)
    assert problems(record, TEXT) == expected


@pytest.mark.parametrize("error,expected", [
    ({"code": "E103", "message": "x: article text is empty"}, []),
    ({"message": "no code"}, ["error object lacks code/message"]),
    ("a string", ["error object lacks code/message"]),
])
def test_error_records(error: object, expected: list[str]) -> None:
    assert problems({"id": "a1", "error": error}, TEXT) == expected
