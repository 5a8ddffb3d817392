"""When a quote was said (``anchor.time_said`` through the pipeline): the cue's own time, else
the article date as a short range; a time dating something else never dates the quote.
Sentences written for the test, including the failure cases of issue 14, reworded."""

from __future__ import annotations

import pytest

from dateline.types import Article, Quote


def _quote(article: Article, words: str) -> Quote:
    hits = [q for q in article.quotes if words in q.text]
    assert hits, f"no quote with {words!r} in {[q.text for q in article.quotes]}"
    return hits[0]


def _said(article: Article, q: Quote):
    ev = next(e for e in article.events if q.cue is not None and e.start == q.cue.start)
    return ev.time


def test_anchor_cue_time_dates_the_quote(reader) -> None:
    text = "“We will rebuild the pier,” Mayor Ana Diaz wrote on March 3."
    article = reader.read(text, published="2023-03-20")
    q = _quote(article, "rebuild")
    assert q.time == "2023-03-03"
    assert _said(article, q).basis == "stated"


@pytest.mark.parametrize("text,words", [
    # a time in an earlier sentence that dates something else (voters' birth years)
    ("Voters born in 1958 lined up before dawn. “Turnout is strong,” said Mayor Lena Park.", "Turnout"),
    # a poll taken months before
    ("A survey taken in January found support falling. “People are tired,” said Omar Reyes.", "tired"),
    # an award a colleague won years ago
    ("Nora Quist, who won the prize in 2009, presented it. “I am nervous,” Ben Kale said.", "nervous"),
])
def test_anchor_said_is_the_article_date_whatever_else_the_text_dates(reader, text: str, words: str) -> None:
    article = reader.read(text, published="2023-04-06")
    q = _quote(article, words)
    assert q.time == "2023-04-06"
    t = _said(article, q)
    assert (t.earliest, t.latest, t.basis) == ("2023-04-05", "2023-04-06", "report")


def test_anchor_forecast_decade_never_dates_the_hope(reader) -> None:
    text = "The glacier could vanish in the 2040s. “I hope we are wrong,” said researcher Ivo Lind."
    article = reader.read(text, published="2023-04-06")
    assert _quote(article, "hope").time == "2023-04-06"


def test_anchor_lead_day_dates_the_story_quotes(reader) -> None:
    text = ("Harbor Labs recalled its heaters on Friday. “Safety comes first,” said Carla Mendes, "
            "the company's chief executive.")
    article = reader.read(text, published="2023-04-08")   # a Saturday
    q = _quote(article, "Safety")
    assert q.time == "2023-04-07"


def test_anchor_past_perfect_saying_is_not_the_article_date(reader) -> None:
    text = "“I will never sell,” Tomas Berg had said."
    article = reader.read(text, published="2023-04-06")
    assert _quote(article, "never").time is None


@pytest.mark.parametrize("text,dated", [
    # the past month sits in the noun-phrase content the cue acts on: the report is about
    # then, so the article day would be wrong; left undated (no stated link to the cue)
    ("Velt announced her plans for a curfew in September after four teenagers died from overdoses.", None),
    # a clause of its own: its month dates what was said, not the saying
    ("Velt said that she would visit the plant in September.", "2020-01-02"),
])
def test_anchor_past_time_inside_a_noun_phrase_content_undates_the_report(reader, text: str, dated) -> None:
    article = reader.read(text, published="2020-01-02")
    (q,) = [q for q in article.quotes if q.kind == "indirect"]
    assert q.time == dated


def test_anchor_quote_times_written_back_to_the_doc(nlp) -> None:
    text = "“The bridge opens soon,” said Mayor Ana Diaz."
    doc = nlp.make_doc(text)
    doc._.published_given = "2023-04-06"
    doc = nlp(doc)
    assert doc._.quotes and all(q.time == "2023-04-06" for q in doc._.quotes)
