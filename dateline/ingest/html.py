"""HTML input: a web page (a file or a WARC response) to one article.

The main text and the title come from trafilatura, the publication date from htmldate.
Which date wins: one given by the user, then the page's own, then (left to the pipeline)
inference from the text. The page's date is put in ``RawArticle.published`` with
``published_method`` set (``htmldate:url`` when the date is in the page's address, else
``htmldate:metadata``), so the article reports ``published.source == "page"``, not "given".

Decisions:
- htmldate runs with ``extensive_search=False``: only the page's markup is believed (meta tags,
  JSON-LD, <time> elements, elements classed as dates or bylines, the URL). The extensive
  search scans the body text for any date and would promote a date *mentioned* in the story
  to publication date, overriding the pipeline's better-founded inference.
- ``original_date=True``: the first publication, not the last modification.
- ``max_date``: the crawl date for WARC responses (a page cannot be published after it was
  fetched); elsewhere htmldate's own bound, today.
- trafilatura runs without comments (reader comments are not the article) and without tables
  (they come out as cell soup that the sentence splitter mangles), and with ``favor_precision``
  (its documented switch for less text but correct: newsletter boxes, teaser lists and
  trust-principle footers go), unless that keeps under ``MIN_PRECISION_SHARE`` of what the
  default extraction finds: then the page is one whose story trafilatura splits, and precision
  would cost the story itself, so the default extraction is used. The default extraction is
  run for that check only when precision returns under ``RECHECK_CHARS`` characters (8 of the
  20 judged pages; on the other 12, precision kept 84-100% of the default's text).
- What precision leaves of the site's furniture (related-story markers, copyright lines,
  sign-up prompts, contact footers, the site's name) is dropped line by line by
  ``ingest.boilerplate``. On the 20 real pages of /work/pages (issue 18), the bench flagger
  marks lines on 3 pages (was 9; 3 lines, was 35), all three story sentences; read by hand,
  18 pages have no boilerplate line left (was 10). ``bench/boilerplate.py`` recomputes it.
- The text's offsets are into trafilatura's extracted text, which is what the pipeline reads;
  ``RawArticle.extracted`` is set so the contract output carries that text.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path
from typing import Any

from dateline.errors import NoArticleError
from dateline.ingest.boilerplate import boilerplate_lines
from dateline.ingest.checks import check_size, read_bounded, screen_text
from dateline.ingest.detect import decode_bytes
from dateline.types import RawArticle

log = logging.getLogger(__name__)

DATE_FORMAT = "%Y-%m-%d"
# A page is an article only if some paragraph of its extracted text has this many words.
MIN_PROSE_WORDS = 8
# favor_precision is kept unless it finds less than this share of the default extraction's text.
MIN_PRECISION_SHARE = 0.6
# ... a check made only when precision finds fewer characters than this.
RECHECK_CHARS = 2500
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# A page with neither tag in its first FRAGMENT_SCAN_CHARS characters is treated as a fragment.
DOCUMENT_TAG = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
FRAGMENT_SCAN_CHARS = 65536


def read_html_file(path: Path | str, published: str | None = None, id: str | None = None) -> RawArticle:
    """RETURNS the article in an HTML file (id: the file's stem); raises an ArticleError naming it."""
    p = Path(path)
    rid = id or p.stem
    return read_html(read_bounded(p, rid=rid), id=rid, where=str(p), published=published)


def read_html(data: bytes, *, id: str, where: str, url: str | None = None, published: str | None = None,
              charset: str | None = None, crawled: dt.date | None = None) -> RawArticle:
    """Extract the article of one HTML page.

    data (bytes): the page as fetched.
    id (str): the article id to give it.
    where (str): names the page in error messages and becomes ``RawArticle.source``.
    url (str): the page's address, if known (trafilatura and htmldate use it).
    published (str): a date given by the user; wins over the page's.
    charset (str): a charset declared outside the page (an HTTP header).
    crawled (date): when the page was fetched: the latest possible publication date.
    RETURNS (RawArticle): text, title and date of the page.
    Raises EmptyTextError, BinaryInputError, NoArticleError, NotEnglishError, TooLargeError.
    """
    check_size(len(data), where, rid=id)
    if not data.strip():
        raise NoArticleError(f"{where}: empty page", id)
    html = decode_bytes(data, where, declared=(charset,), html=True, rid=id).text
    if not DOCUMENT_TAG.search(html, 0, FRAGMENT_SCAN_CHARS):
        # A fragment (an exported article body: "<p>...</p><p>...</p>") or bare text: trafilatura
        # rejects a single block without a document around it as "dubious HTML", so give it one.
        html = f"<html><body>{html}</body></html>"
    document = _extract(html, where, url, crawled)
    text = main_text(document.text, document.sitename) if document is not None else ""
    if not any(len(par.split()) >= MIN_PROSE_WORDS for par in text.split("\n\n")):
        # trafilatura's fallbacks return a menu's link labels from a page with no article
        # ("Home / World / Business"); a story has at least one sentence-long paragraph.
        raise NoArticleError(f"{where}: no article text found in the page", id)
    screen_text(text, where, id)
    page_date = (document.date if document is not None else None) or None
    method = None if published or not page_date else _date_method(page_date, url)
    return RawArticle(id, text, published or page_date, _clean(document.title), url, where,
                      published_method=method, extracted=True,
                      read_on=crawled.isoformat() if crawled is not None else None)


def _date_method(date: str, url: str | None) -> str:
    """How htmldate found ``date`` (YYYY-MM-DD): in the page's address, or in its markup."""
    y, m, d = date.split("-")
    if url and re.search(rf"{y}[/_-]?{m}[/_-]?{d}|{y}/{m}/", url):
        return "htmldate:url"
    return "htmldate:metadata"


def _extract(html: str, where: str, url: str | None, crawled: dt.date | None):  # -> Document | None
    """Run trafilatura (text, title) with htmldate (date) on one page; None when nothing is found."""
    import trafilatura  # imported here: a third of a second, paid only by HTML input

    date_params = {"original_date": True, "extensive_search": False, "outputformat": DATE_FORMAT}
    if crawled is not None:
        date_params["max_date"] = crawled.strftime(DATE_FORMAT)
    def run(precision: bool) -> Any:  # -> trafilatura Document | None
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=precision, date_extraction_params=date_params,
        )

    try:
        precise = run(True)
        # The second extraction costs as much as the first: only for a short result, where
        # precision may have cut the story itself (a long result is a story's worth).
        short = precise is None or len(precise.text or "") < RECHECK_CHARS
        default = run(False) if short else precise
    except Exception as e:  # lxml and trafilatura fail in many ways on hostile markup
        log.warning("%s: extraction failed: %r", where, e)
        first = (str(e).splitlines() or [""])[0][:200]
        raise NoArticleError(f"{where}: HTML extraction failed: {type(e).__name__}: {first}") from e
    if precise is None or default is None:
        return precise or default
    if len(precise.text or "") < MIN_PRECISION_SHARE * len(default.text or ""):
        return default
    return precise


def main_text(text: str | None, sitename: str | None = None) -> str:
    """The article's paragraphs (see ``_paragraphs``) without the boilerplate lines
    ``ingest.boilerplate`` finds."""
    lines = _paragraphs(text).split("\n\n") if text else []
    drop = boilerplate_lines(lines, sitename)
    return "\n\n".join(line for i, line in enumerate(lines) if i not in drop)


def _paragraphs(text: str | None) -> str:
    """trafilatura puts one paragraph a line; a blank line between them, as in the news text
    the pipeline is tuned on (PolNeAR, the seed), keeps a heading from running into a sentence."""
    if not text:
        return ""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _clean(title: str | None) -> str | None:
    return " ".join(title.split()) or None if title else None
