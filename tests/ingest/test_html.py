"""HTML pages: text and title by trafilatura, date by htmldate, and which date wins."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.errors import BinaryInputError, NoArticleError, NotEnglishError
from dateline.ingest.html import read_html, read_html_file
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "ingest"


@pytest.mark.parametrize("name,date,title,first_words", [
    ("ferry.html", "2022-04-05", "Harbor ferry returns after winter repairs", "The small ferry"),
    ("byline.html", "2019-11-14", "Library extends opening hours for exam season", "The central library"),
    ("legacy.html", None, "Bakery wins regional prize", "A family bakery"),
])
def test_read_html_file_finds_text_title_and_page_date(name: str, date: str | None, title: str,
                                                       first_words: str) -> None:
    raw = read_html_file(FIXTURES / name)
    assert raw.id == Path(name).stem and raw.source == str(FIXTURES / name)
    assert raw.published == date and raw.title == title
    assert first_words in raw.text
    # Page furniture is not article text.
    assert "Copyright" not in raw.text and "Advertise" not in raw.text and "Home" not in raw.text


def test_read_html_file_decodes_a_declared_legacy_charset() -> None:
    raw = read_html_file(FIXTURES / "legacy.html")
    assert "“It is the flour and the patience,” said the owner, Renée Castellan" in raw.text


def test_read_html_paragraphs_are_separated_by_blank_lines() -> None:
    raw = read_html_file(FIXTURES / "ferry.html")
    assert raw.text.startswith("Harbor ferry returns after winter repairs\n\nThe small ferry")


@pytest.mark.parametrize("given,expected", [(None, "2022-04-05"), ("2022-04-07", "2022-04-07")])
def test_read_html_user_date_wins_over_page_date(given: str | None, expected: str) -> None:
    raw = read_html((FIXTURES / "ferry.html").read_bytes(), id="f", where="f.html", published=given)
    assert raw.published == expected


@pytest.mark.parametrize("crawled,expected", [(dt.date(2022, 4, 6), "2022-04-05"), (dt.date(2021, 1, 1), None)])
def test_read_html_crawl_date_bounds_the_page_date(crawled: dt.date, expected: str | None) -> None:
    # A page cannot be published after it was fetched: a later meta date is not believed.
    raw = read_html((FIXTURES / "ferry.html").read_bytes(), id="f", where="f.html", crawled=crawled)
    assert raw.published == expected


def test_read_html_ignores_dates_mentioned_in_the_story() -> None:
    # No markup date: htmldate's extensive search would promote "March 3, 2015" to publication
    # date; we leave the date to the pipeline's inference instead.
    page = (b"<html><body><article><p>The bridge, which opened on March 3, 2015, was closed again for "
            b"repairs after inspectors found cracks in two of its supports, the county said.</p>"
            b"</article></body></html>")
    assert read_html(page, id="b", where="b.html").published is None


@pytest.mark.parametrize("page,error,needle", [
    ((FIXTURES / "nav_only.html").read_bytes(), NoArticleError, "no article text found"),
    (b"   \n ", NoArticleError, "empty page"),
    (b"<html><body></body></html>", NoArticleError, "no article text found"),
    (b"<html>" + b"<div>" * 50_000 + b"deep" + b"</div>" * 50_000 + b"</html>", NoArticleError, "no article"),
    (b"\x00\x01\x02<html>", BinaryInputError, "binary data"),
    ("<html><body><article><p>Le gouvernement a annoncé mardi que la réforme des retraites serait votée "
     "avant la fin de l'année. Selon le ministre, les syndicats ont été consultés pendant plusieurs "
     "semaines, mais ils refusent toujours le projet et la manifestation de jeudi devrait rassembler des "
     "milliers de personnes.</p></article></body></html>".encode(), NotEnglishError, "looks French"),
])
def test_read_html_refuses_pages_without_an_english_article(page: bytes, error: type, needle: str) -> None:
    with pytest.raises(error) as err:
        read_html(page, id="p1", where="site/p1.html")
    assert err.value.article_id == "p1"
    assert err.value.message.startswith("site/p1.html: ") and needle in err.value.message
    assert "\n" not in err.value.message


@pytest.mark.parametrize("page", [
    b"<p>The council met on Tuesday and agreed to repair the old bridge before the winter storms.</p>",
    b"<h2>Bridge</h2><p>The council met on Tuesday and agreed to repair the old bridge before the winter "
    b"storms.</p><p>Work starts in March.</p>",
    b"The council met on Tuesday and agreed to repair the old bridge before the winter storms.",
])
def test_read_html_reads_fragments_and_bare_text(page: bytes) -> None:
    raw = read_html(page, id="frag", where="frag.html")
    assert "The council met on Tuesday and agreed to repair the old bridge" in raw.text
    assert "<p>" not in raw.text
