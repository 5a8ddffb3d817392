"""Events layer on hand-built inputs: parse from the real model, times and entities given."""

from __future__ import annotations

import pytest

from dateline.entities.index import EntityIndex
from dateline.events import extract_events
from dateline.time.result import TimeResult
from dateline.types import Entity, EventTime, Mention, Published, Time


def _span(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return i, i + len(sub)


def _entity(eid: str, name: str, text: str, *subs: str) -> Entity:
    ms = []
    for sub in subs:
        s, e = _span(text, sub)
        kind = "pronoun" if sub.lower() in ("he", "she", "they") else "name"
        ms.append(Mention(s, e, sub, kind))
    return Entity(eid, name, "PERSON", tuple(ms))


def _time(text: str, sub: str, value: str, earliest: str, latest: str) -> Time:
    s, e = _span(text, sub)
    return Time(s, e, sub, "DATE", value, earliest, latest)


@pytest.fixture(scope="module")
def spacy_only(nlp):
    """The bare spaCy parse (Dateline's own components disabled)."""
    names = [n for n in nlp.pipe_names if n.startswith("dateline_")]
    return lambda text: nlp(text, disable=names)


def test_events_extract_attached_time_agent_and_summary(spacy_only) -> None:
    text = "Nadia Brooks sold the bakery in March 2019. She opened a bookshop two years later."
    doc = spacy_only(text)
    index = EntityIndex([_entity("E1", "Nadia Brooks", text, "Nadia Brooks", "She")])
    t = _time(text, "March 2019", "2019-03", "2019-03-01", "2019-03-31")
    tr = TimeResult(Published("2021-05-01", "given", "2021-05-01", "2021-05-01"), [t], [], [(t.start, t)])
    events = extract_events(doc, index, tr)
    sold = next(e for e in events if e.text == "sold")
    assert sold.time is not None and sold.time.value == "2019-03"
    assert [(p.entity, p.role) for p in sold.participants] == [("E1", "agent")]
    assert sold.summary.startswith("Nadia Brooks sold the bakery")
    opened = next(e for e in events if e.text == "opened")
    assert opened.summary.startswith("Nadia Brooks opened a bookshop")  # pronoun resolved in the summary
    assert text[opened.sentence[0]:opened.sentence[1]].startswith("She opened")


def test_events_never_inherit_an_earlier_sentence_time(spacy_only) -> None:
    text = "In June 2018 the club hired Omar Haddad. Haddad rebuilt the squad. Fans cheered loudly."
    doc = spacy_only(text)
    index = EntityIndex([_entity("E1", "Omar Haddad", text, "Omar Haddad", "Haddad rebuilt")])
    t = _time(text, "June 2018", "2018-06", "2018-06-01", "2018-06-30")
    pub = Published("2020-01-10", "given", "2020-01-10", "2020-01-10")
    with_story = extract_events(doc, index, TimeResult(pub, [t], [], [(t.start, t)]))
    hired = next(e for e in with_story if e.text == "hired")
    assert hired.time is not None and (hired.time.value, hired.time.basis) == ("2018-06", "stated")
    rebuilt = next(e for e in with_story if e.text == "rebuilt")
    assert rebuilt.time is None  # the story just moved to 2018: neither June 2018 nor the article date
    without_story = extract_events(doc, index, TimeResult(pub, [], [], []))
    rebuilt = next(e for e in without_story if e.text == "rebuilt")
    assert rebuilt.time is not None and (rebuilt.time.value, rebuilt.time.basis) == ("2020-01-10", "report")


@pytest.mark.parametrize("text", ["She seems happy.", "They want more time."])
def test_events_skip_states_and_wishes(spacy_only, text: str) -> None:
    doc = spacy_only(text)
    index = EntityIndex([_entity("E1", "X", text, text.split()[0])])
    assert extract_events(doc, index, TimeResult(Published.unknown())) == []


def test_events_record_recipient(spacy_only) -> None:
    text = "Lena Ortiz gave the award to Sam Reyes on Friday."
    doc = spacy_only(text)
    index = EntityIndex([_entity("E1", "Lena Ortiz", text, "Lena Ortiz"),
                         _entity("E2", "Sam Reyes", text, "Sam Reyes")])
    [gave] = [e for e in extract_events(doc, index, TimeResult(Published.unknown())) if e.text == "gave"]
    assert ("E1", "agent") in [(p.entity, p.role) for p in gave.participants]
    assert ("E2", "recipient") in [(p.entity, p.role) for p in gave.participants]


def test_events_first_person_in_quote_is_the_speaker(spacy_only) -> None:
    from dateline.types import Quote, SpanRef, Speaker

    text = "“I sign the contract tomorrow,” Mia Chen said."
    doc = spacy_only(text)
    index = EntityIndex([_entity("E1", "Mia Chen", text, "Mia Chen")])
    qs, qe = _span(text, "I sign the contract tomorrow,")
    ms, me = _span(text, "Mia Chen")
    cs, ce = _span(text, "said")
    quote = Quote(qs, qe, text[qs:qe], Speaker("E1", "Mia Chen", SpanRef(ms, me, "Mia Chen")),
                  SpanRef(cs, ce, "said"), "2024-05-06")
    t = _time(text, "tomorrow", "2024-05-07", "2024-05-07", "2024-05-07")
    said = {("direct", qs, qe): EventTime("2024-05-06", "2024-05-05", "2024-05-06", "report")}
    tr = TimeResult(Published("2024-05-06", "given", "2024-05-06", "2024-05-06"), [t], [quote], [], said)
    events = extract_events(doc, index, tr)
    sign = next(e for e in events if e.text == "sign")
    assert sign.time is not None and sign.time.value == "2024-05-07"
    assert ("E1", "agent") in [(p.entity, p.role) for p in sign.participants]
    assert sign.summary.startswith("Mia Chen sign")
    said = next(e for e in events if e.text == "said")
    assert said.kind == "quote" and said.time is not None and said.time.value == "2024-05-06"


def test_events_subordinate_clause_without_time_is_not_an_entry(spacy_only) -> None:
    text = "Ravi Patel admitted that he regretted the decision."
    doc = spacy_only(text)
    index = EntityIndex([_entity("E1", "Ravi Patel", text, "Ravi Patel", "he")])
    pub = Published("2022-02-02", "given", "2022-02-02", "2022-02-02")
    triggers = [e.text for e in extract_events(doc, index, TimeResult(pub))]
    assert "admitted" in triggers and "regretted" not in triggers
