"""Small invented articles made from name, phrase and date pools (no NLP), for merge tests.

The pools are small on purpose: the same full names, bare surnames and first names, the
same phrases cut differently, and the same days come back across articles, so one-word
names change target as full names arrive and quotes and events meet across articles.
"""

from __future__ import annotations

import random

from tests.store.builders import Doc

PEOPLE = ("Ann Vale", "Rob Vale", "Ann Kerr", "Tom Reyes", "Lia Reyes Ortiz")
ONE_WORD = ("Vale", "Kerr", "Reyes", "Ann", "Ortiz")
ORGS = ("Harbor Council", "the Harbor Council", "Vale Works")
PHRASES = (
    "we will rebuild the old harbor wall before the winter storms arrive",
    "the old harbor wall will not survive another winter",
    "nobody asked the fishermen what they need from the council",
    "we will rebuild",
    "not now",
)
DAYS = ("2021-03-01", "2021-03-02", "2021-03")
# How other outlets date the same days: a report "that day or the day before" overlaps them.
REPORTED = {"2021-03-01": "2021-03-01/2021-02-28", "2021-03-02": "2021-03-02/2021-03-01"}
TRIGGERS = ("met", "visited", "said")


def make_docs(seed: int, n: int) -> list[Doc]:
    """RETURNS ``n`` articles drawn from the pools with ``random.Random(seed)``."""
    rng = random.Random(seed)
    return [_doc(rng, i) for i in range(n)]


def _doc(rng: random.Random, i: int) -> Doc:
    names = rng.sample(PEOPLE + ONE_WORD, rng.randint(1, 3))
    org = rng.choice(ORGS)
    sentences = [f"{' and '.join(names)} spoke at {org}."]
    quotes: list[tuple[str, str | None]] = []
    for _ in range(rng.randint(0, 2)):
        phrase = rng.choice(PHRASES)
        words = phrase.split()
        if len(words) > 6 and rng.random() < 0.5:  # another outlet's cut of the same words
            start = rng.randint(0, 2)
            phrase = " ".join(words[start : len(words) - rng.randint(0, 2)])
        speaker = rng.choice([*names, None])
        sentences.append(f"\u201c{phrase},\u201d {speaker or 'someone'} said." if speaker else f"\u201c{phrase}.\u201d")
        quotes.append((phrase, speaker))
    events: list[tuple[str, str | None, list[str], str]] = []
    for _ in range(rng.randint(0, 2)):
        trigger = rng.choice(TRIGGERS)
        who = rng.sample(names, rng.randint(1, len(names)))
        day = rng.choice(DAYS)
        sentences.append(f"They {trigger} on {day} by the water.")
        when = REPORTED[day] if day in REPORTED and rng.random() < 0.4 else day
        events.append((trigger, when, who, f"{' and '.join(who)} {trigger} by the water"))
    text = " ".join(sentences)
    # Now and then a tagger types a full name ORG: a person's wherever an article says PERSON.
    entities = [(n, "ORG" if " " in n and rng.random() < 0.2 else "PERSON", [n]) for n in names]
    entities.append((org, "ORG", [org]))
    # A quote's speaker must be named after its quote for the builder's speaker span.
    return Doc(f"syn-{i:03d}", text, published=rng.choice(DAYS[:2]), entities=entities,
               quotes=quotes, events=[(t, d, w, s) for t, d, w, s in events
                                      if all(text.count(x) for x in w)])
