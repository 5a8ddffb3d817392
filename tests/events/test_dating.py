"""Event and quote dating on the whole pipeline: each rule on sentences written for the test,
including the failure cases of issue 14, reworded (no article text)."""

from __future__ import annotations

import pytest

from dateline.types import Article, Event


def _event(article: Article, trigger: str, nth: int = 0) -> Event:
    hits = [e for e in article.events if e.text == trigger]
    assert len(hits) > nth, f"no event {trigger!r} in {[e.text for e in article.events]}"
    return hits[nth]


def _when(ev: Event) -> tuple[str | None, str | None, str | None, str | None] | None:
    t = ev.time
    return None if t is None else (t.value, t.earliest, t.latest, t.basis)


@pytest.mark.parametrize("text,trigger,expected", [
    # a time expression on the event's own clause: stated
    ("Priya Nair opened the clinic on Tuesday.", "opened", ("2023-04-04", "2023-04-04", "2023-04-04", "stated")),
    ("In 2019, Priya Nair opened the clinic.", "opened", ("2019", "2019-01-01", "2019-12-31", "stated")),
    # the time of an occasion the clause happens at
    ("Priya Nair spoke at a fundraiser in February.", "spoke", ("2023-02", "2023-02-01", "2023-02-28", "stated")),
])
def test_dating_stated_time_of_its_own_clause(reader, text: str, trigger: str, expected) -> None:
    article = reader.read(text, published="2023-04-06")
    assert _when(_event(article, trigger)) == expected


@pytest.mark.parametrize("text,trigger", [
    # a comparison is not the event's date
    ("Shares of Orvane Corp. closed at their highest level since 2001 on Thursday.", "closed"),
    ("Kessler Mining posted its biggest loss since 1996 on Thursday.", "posted"),
])
def test_dating_comparison_year_never_dates_the_event(reader, text: str, trigger: str) -> None:
    ev = _event(reader.read(text, published="2023-04-08"), trigger)
    assert ev.time is not None and (ev.time.value, ev.time.basis) == ("2023-04-06", "stated")


def test_dating_narrative_connective_carries_the_story(reader) -> None:
    text = "On May 2, 2022, the council fired Dana Wu. Days later, Dana Wu sued the council."
    ev = _event(reader.read(text, published="2022-06-30"), "sued")
    assert ev.time is not None and ev.time.basis == "narrative" and ev.time.value.startswith("2022-05")


@pytest.mark.parametrize("text,trigger,dated", [
    ("Rafael Ortiz resigned as coach of the Harbor Hawks.", "resigned", True),     # simple past report
    ("Rafael Ortiz has resigned as coach of the Harbor Hawks.", "resigned", True),  # present perfect
    ("Rafael Ortiz had resigned as coach of the Harbor Hawks.", "resigned", False),  # past perfect: earlier
])
def test_dating_report_frame_of_a_news_story(reader, text: str, trigger: str, dated: bool) -> None:
    ev = _event(reader.read(text, published="2023-04-10"), trigger)
    if dated:  # that day or the day before
        assert _when(ev) == ("2023-04-10", "2023-04-09", "2023-04-10", "report")
    else:
        assert ev.time is None


def test_dating_report_frame_on_the_day_the_lead_states(reader) -> None:
    text = ("Harbor Labs recalled its heaters on Friday. The company refunded every buyer. "
            "In 1994 Harbor Labs sold its first heater.")
    article = reader.read(text, published="2023-04-08")   # a Saturday
    assert _when(_event(article, "refunded")) == ("2023-04-07", "2023-04-07", "2023-04-07", "report")
    assert _event(article, "sold").time.value == "1994"


def test_dating_a_story_about_the_past_reports_nothing_of_the_article_day(reader) -> None:
    text = "On March 17, 2015, Lora Quinn was shot outside her home in Dayton. Lora Quinn died at a hospital."
    article = reader.read(text, published="2023-04-08")
    assert _event(article, "shot").time.value == "2015-03-17"
    assert _event(article, "died").time is None  # not the article date


def test_dating_since_a_year_is_no_date(reader) -> None:
    text = "Since 2012, Orvane Corp. has charged a carbon fee, and it will widen the fee next year."
    article = reader.read(text, published="2023-04-08")
    assert all(e.time is None or e.time.value != "2012" for e in article.events)


def test_dating_a_charge_is_not_dated_by_the_crime(reader) -> None:
    text = "Dev Malik was charged with robbery in the March 3 holdup of a pharmacy."
    ev = _event(reader.read(text, published="2023-04-08"), "charged")
    assert ev.time is None or ev.time.value != "2023-03-03"


def test_dating_never_from_an_unrelated_earlier_sentence(reader) -> None:
    # the story has moved to 1994: the next report is neither 1994 nor the article date
    text = "In 1994 Rafael Ortiz founded a youth club in Tacoma. Rafael Ortiz hired three assistants."
    article = reader.read(text, published="2023-04-10")
    assert _event(article, "founded").time.value == "1994"
    assert _event(article, "hired").time is None
    assert all(e.text != "hired" for e in article.timeline())  # undated: out of the timeline


def test_dating_past_report_with_a_later_time_is_undated(reader) -> None:
    # "the next day" resolved after the article date cannot date a past report
    text = "Protesters marched through Lisbon the next day."
    ev = _event(reader.read(text, published="2021-03-20"), "marched")
    assert ev.time is None or ev.time.latest <= "2021-03-20"


def test_dating_participle_happens_with_its_clause(reader) -> None:
    text = "Mia Tran opened the bakery on Monday, saying the town needed it."
    article = reader.read(text, published="2023-05-10")
    assert _event(article, "saying").time == _event(article, "opened").time
    assert _event(article, "opened").time.value == "2023-05-08"


def test_dating_nominal_event_with_its_own_time(reader) -> None:
    text = "Bankers still argue about the 2019 merger of Alder Bank and Birch Trust."
    article = reader.read(text, published="2023-05-10")
    merger = _event(article, "merger")
    assert merger.time is not None and (merger.time.value, merger.time.basis) == ("2019", "stated")
    by_id = {e.id: e.name for e in article.entities}
    names = {by_id[p.entity] for p in merger.participants}
    assert "Alder Bank" in names


def test_dating_nominal_without_its_own_time_stays_undated(reader) -> None:
    article = reader.read("Bankers still argue about the merger of Alder Bank and Birch Trust.", published="2023-05-10")
    assert _event(article, "merger").time is None
    assert all(e.text != "merger" for e in article.timeline())


def test_dating_nouns_that_name_things_are_no_events(reader) -> None:
    article = reader.read("The nation of Erevia remembers the foundation of its capital.", published="2023-05-10")
    assert all(e.text not in ("nation", "foundation", "capital") for e in article.events)


def test_dating_headline_and_date_line_are_sentences_of_their_own(reader) -> None:
    text = "Mayor quits over budget\n\nMarch 3, 2021\n\nMayor Ines Soto resigned on Tuesday."
    ev = _event(reader.read(text, published="2021-03-03"), "resigned")
    assert text[ev.sentence[0]:ev.sentence[1]].startswith("Mayor Ines Soto")
    assert ev.time is not None and ev.time.value == "2021-03-02"


def test_dating_passive_with_a_resolved_pronoun_subject_is_an_event(reader) -> None:
    # "she was dismissed": the pronoun is the one dismissed (a patient), named once resolved
    text = "Lena Ford joined Carver Mills in 1990. Two years later she was dismissed."
    ev = _event(reader.read(text, published="2023-05-10"), "dismissed")
    assert ev.time is not None and ev.time.value == "1992" and ev.time.basis == "narrative"
    assert ev.summary.startswith("Lena Ford was dismissed")


def test_dating_unresolved_pronoun_subject_is_no_entry(reader) -> None:
    article = reader.read("It was dismissed in 1992.", published="2023-05-10")
    assert all(e.text != "dismissed" for e in article.events)


@pytest.mark.parametrize("text,trigger,who", [
    # a reduced relative takes part through the noun it hangs on (the one born, founded)
    ("The film's director, Ada Lund, born in Oslo on May 3, 1961, has made nine films.", "born", "Ada Lund"),
    ("Orvane Corp., founded in Leeds in 1988, makes pumps.", "founded", "Orvane Corp."),
])
def test_dating_reduced_relative_names_its_noun(reader, text: str, trigger: str, who: str) -> None:
    article = reader.read(text, published="2023-05-10")
    ev = _event(article, trigger)
    assert ev.time is not None and ev.time.basis == "stated"
    names = {e.id: e.name for e in article.entities}
    assert [(names[p.entity], p.role) for p in ev.participants] == [(who, "patient")]


def test_dating_a_time_in_a_subordinate_clause_before_does_not_move_the_story(reader) -> None:
    # "to be finished in 2026" dates the hull, not the story: the next report keeps the frame
    text = ("Kora Lines unveiled a new ferry on Friday. The yard showed a larger hull, to be finished "
            "in 2026. Kora Lines cut its fares.")
    article = reader.read(text, published="2023-04-08")  # a Saturday
    assert _when(_event(article, "cut")) == ("2023-04-07", "2023-04-07", "2023-04-07", "report")
    # the same report after a main clause dated elsewhere stays undated
    moved = reader.read("Kora Lines unveiled a new ferry on Friday. In 2019 the yard showed a larger hull. "
                        "Kora Lines cut its fares.", published="2023-04-08")
    assert _event(moved, "cut").time is None


def test_dating_back_reference_to_an_occasion_dated_earlier(reader) -> None:
    # the conference was dated by the clause that placed it; "at the conference" two sentences on refers back
    text = ("Kora Lines showed its new ferry at this year's Harbor Trade Conference on Tuesday. "
            "In March the yard had finished the hull. At the conference, Ines Moreau signed the lease.")
    article = reader.read(text, published="2023-04-08")
    assert _when(_event(article, "signed")) == ("2023-04-04", "2023-04-04", "2023-04-04", "narrative")


@pytest.mark.parametrize("text", [
    "At a conference, Ines Moreau signed the lease.",         # a new occasion, not one told of
    "Ines Moreau will speak at the conference.",               # a plan is not dated by it
])
def test_dating_no_back_reference_without_a_dated_occasion(reader, text: str) -> None:
    article = reader.read("Kora Lines held a conference in 2019. Crews repaired the pier in 2020. " + text,
                          published="2023-04-08")
    assert all(e.time is None or e.time.value != "2019" for e in article.events if e.text in ("signed", "speak"))


@pytest.mark.parametrize("text,verb,noun", [
    ("Mayor Ines Soto gave her farewell speech on Monday.", "gave", "speech"),
    ("The council held a hearing on Tuesday.", "held", "hearing"),
])
def test_dating_support_verb_and_its_event_noun_are_one_entry(reader, text: str, verb: str, noun: str) -> None:
    # "gave a speech on Monday" is one happening: one timeline entry, dated Monday
    article = reader.read(text, published="2023-04-08")
    entries = [e for e in article.timeline() if e.text in (verb, noun)]
    assert len(entries) == 1 and entries[0].time.basis == "stated"


def test_dating_gave_birth_is_no_event_noun_of_its_own(reader) -> None:
    article = reader.read("Mia Tran gave birth to twins in May 2022.", published="2023-04-08")
    assert [e.text for e in article.timeline()] == ["gave"]


@pytest.mark.parametrize("text,trigger", [
    # the date a race was moved from is not when it was moved
    ("The Harbor Cup was postponed from its usual first Sunday in June because of the storm.", "postponed"),
    ("The Harbor Cup was postponed from May 2.", "postponed"),
])
def test_dating_a_from_date_is_not_the_events_date(reader, text: str, trigger: str) -> None:
    article = reader.read(text, published="2023-04-08")
    assert all(e.time is None for e in article.events if e.text == trigger)


def test_dating_a_cause_after_from_keeps_the_events_date(reader) -> None:
    ev = _event(reader.read("Ana Ruiz died from her injuries on Monday.", published="2023-04-08"), "died")
    assert ev.time is not None and ev.time.value == "2023-04-03"


@pytest.mark.parametrize("text,trigger,event", [
    ("The press office had no further comment on Monday.", "had", False),   # nothing happened
    ("The council took no action on Monday.", "took", False),
    ("Ana Ruiz had surgery on Monday.", "had", True),
])
def test_extract_light_verb_with_a_negated_object_is_no_event(reader, text: str, trigger: str, event: bool) -> None:
    article = reader.read(text, published="2023-04-08")
    assert any(e.text == trigger for e in article.events) is event


def test_dating_relative_clause_on_a_dated_occasion_happens_then(reader) -> None:
    text = "Nora Quist announced the plan on Monday at a conference, where she thanked the staff."
    article = reader.read(text, published="2023-04-08")
    assert _when(_event(article, "thanked")) == ("2023-04-03", "2023-04-03", "2023-04-03", "narrative")


def test_dating_by_participle_happens_with_its_act(reader) -> None:
    text = "At a conference on Monday, Nora Quist promoted the new ferry by saying that it was the fastest on the coast."
    article = reader.read(text, published="2023-04-08")
    assert _event(article, "saying").time == _event(article, "promoted").time
    assert _event(article, "promoted").time.value == "2023-04-03"


def test_dating_relative_clause_on_an_undated_noun_stays_undated(reader) -> None:
    article = reader.read("Nora Quist praised the depot, where crews repaired the buses.", published="2023-04-08")
    assert all(e.time is None for e in article.events if e.text == "repaired")
