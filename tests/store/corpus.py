"""A small invented news corpus (written for these tests) as grounded Article records.

Three outlets report one fictional story; a fourth article names a second Marlow, which
makes the bare surname ambiguous in the store.
"""

from __future__ import annotations

from dateline.store.sql_store import SQLStore
from dateline.types import Article
from tests.store.builders import Doc, build

A1 = Doc(
    "wire-1",
    "Senator Jane Ellen Marlow met Governor Tom Reyes in Denver on Monday. "
    "\u201cThe talks were productive and long overdue for the whole region,\u201d Jane Ellen Marlow said. "
    "Reyes called the meeting useful. \u201cYes,\u201d Jane Ellen Marlow said.",
    published="2016-09-12",
    title="Marlow and Reyes meet",
    url="https://wire.example/1",
    entities=[
        ("Jane Ellen Marlow", "PERSON", ["Jane Ellen Marlow", "Jane Ellen Marlow", "Jane Ellen Marlow"]),
        ("Tom Reyes", "PERSON", ["Tom Reyes", "Reyes"]),
        ("Denver", "GPE", ["Denver"]),
    ],
    quotes=[
        ("The talks were productive and long overdue for the whole region", "Jane Ellen Marlow"),
        ("Yes", "Jane Ellen Marlow"),
    ],
    events=[
        (
            "met",
            "2016-09-12",
            ["Jane Ellen Marlow", "Tom Reyes"],
            "Jane Ellen Marlow met Tom Reyes in Denver",
        ),
        ("called", "2016-09-12", ["Tom Reyes"], "Tom Reyes called the meeting useful"),
    ],
)
A2 = Doc(
    "daily-7",
    "Jane Marlow met Tom Reyes for talks in Denver on Monday. "
    '"the talks were PRODUCTIVE, and long overdue for the whole region!" Jane Marlow told reporters. '
    '"Yes", Jane Marlow added. In 2015 Jane Marlow won her seat.',
    published="2016-09-13",
    title="Talks in Denver",
    entities=[
        ("Jane Marlow", "PERSON", ["Jane Marlow", "Jane Marlow", "Jane Marlow", "Jane Marlow"]),
        ("Tom Reyes", "PERSON", ["Tom Reyes"]),
        ("Denver", "GPE", ["Denver"]),
    ],
    quotes=[
        ("the talks were PRODUCTIVE, and long overdue for the whole region!", "Jane Marlow"),
        ("Yes", "Jane Marlow"),
    ],
    events=[
        ("met", "2016-09-12", ["Jane Marlow", "Tom Reyes"], "Jane Marlow met Tom Reyes in Denver"),
        ("won", "2015", ["Jane Marlow"], "Jane Marlow won her seat"),
    ],
)
A3 = Doc(
    "gazette-3",
    "Marlow said the deal was \u2018long overdue for the whole region\u2019 after meeting Tom Reyes. "
    "Marlow met Tom Reyes again on Tuesday. Tom Reyes termed the meeting useful. "
    "The governor said \u201cthe talks were productive and long overdue for the whole region\u201d too.",
    published="2016-09-14",
    title="Gazette: Marlow",
    entities=[
        ("Marlow", "PERSON", ["Marlow", "Marlow"]),
        ("Tom Reyes", "PERSON", ["Tom Reyes", "Tom Reyes", "Tom Reyes"]),
        ("the governor", "PERSON", ["governor"]),
    ],
    quotes=[
        ("long overdue for the whole region", "Marlow"),
        ("the talks were productive and long overdue for the whole region", "Tom Reyes"),
    ],
    events=[
        ("met", "2016-09-13", ["Marlow", "Tom Reyes"], "Marlow met Tom Reyes again"),
        ("termed", "2016-09-12", ["Tom Reyes"], "Tom Reyes called the meeting useful"),
    ],
)
A4 = Doc(
    "sport-9",
    "Rob Marlow scored twice for the Denver Owls on Sunday. The Marlow Group sponsored the game.",
    published="2016-09-11",
    entities=[
        ("Rob Marlow", "PERSON", ["Rob Marlow"]),
        ("Denver Owls", "ORG", ["Denver Owls"]),
        ("Marlow Group", "ORG", ["Marlow Group"]),
    ],
    events=[("scored", "2016-09-11", ["Rob Marlow"], "Rob Marlow scored twice")],
)
DOCS = (A1, A2, A3, A4)
TEXTS = {d.id: d.text for d in DOCS}


def articles(docs: tuple[Doc, ...] = DOCS) -> list[Article]:
    return [build(d) for d in docs]


def filled_store(docs: tuple[Doc, ...] = DOCS, path: str = ":memory:") -> SQLStore:
    """A store holding ``docs`` (added in the order given), merged."""
    from tests.store.stores import new_store

    store = new_store(path)
    for doc in docs:
        store.add(build(doc), doc.text)
    store.merge()
    return store
