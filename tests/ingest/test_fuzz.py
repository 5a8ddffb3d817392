"""Fuzz the pipeline's entry point: no exception escapes ``Reader.read_many`` and every span
of every article holds (``dateline.contract.problems`` is empty), whatever the text."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.contract import problems
from dateline.errors import ArticleError
from dateline.ingest.sources import iter_inputs
from dateline.types import Article, RawArticle

# Pieces that break naive offset arithmetic and quote pairing: curly and straight quotation
# marks left open, combining marks, surrogate-free astral characters (two UTF-16 units, one
# code point), zero-width and bidi controls, a BOM, CRLF, form feeds, C0/C1 controls, runs of
# whitespace, dates and reporting verbs so that every component has something to chew on.
ODDITIES = ["“", "”", "‘", "’", '"', "'", "«", "»", "e\u0301", "👩‍👩‍👧", "𝔘𝔫𝔦", "\u200b", "\u202e",
            "\ufeff", "\r\n", "\x0c", "\x00", "\x85", "\u2028", "   ", "\n\n\n", "\t", "—", "…",
            " said ", " told reporters ", "Mr. Smith", "She", "on Tuesday", "March 3, 2020", "last year",
            "in 1999", "two weeks later", "Jan.", "5 p.m.", "U.S.", ". ", ", ", "?", "!"]
WORDS = ["the", "mayor", "council", "voted", "Paris", "Ann", "Lee", "announced", "will", "and"]

pieces = st.one_of(st.sampled_from(ODDITIES), st.sampled_from(WORDS).map(lambda w: w + " "),
                   st.text(max_size=8))
texts = st.one_of(
    st.lists(pieces, min_size=1, max_size=60).map("".join),
    st.text(min_size=1, max_size=300),
    st.builds(lambda n, s: " " * n + s + "\n" * n, st.integers(0, 5000), st.text(max_size=40)),
)


# Each example runs spaCy: keep the default run short; DATELINE_FUZZ_EXAMPLES=500 for a long hunt.
MAX_EXAMPLES = int(os.environ.get("DATELINE_FUZZ_EXAMPLES", "30"))


@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(batch=st.lists(st.tuples(texts, st.sampled_from([None, "2021-02-20", "not a date"])),
                      min_size=1, max_size=3))
def test_read_many_never_raises_and_spans_hold(reader, batch: list[tuple[str, str | None]]) -> None:
    raws = [RawArticle(f"f{i}", text, published) for i, (text, published) in enumerate(batch)]
    results = list(reader.read_many(raws, batch_size=2))
    assert len(results) == len(raws)
    for raw, result in zip(raws, results, strict=True):
        if isinstance(result, ArticleError):
            # Refusals are for the reasons the contract allows, never a crash in a component.
            assert result.code in ("E103", "E104"), result.message
            continue
        assert isinstance(result, Article) and result.id == raw.id
        assert problems(result.to_dict(), raw.text) == []


@settings(max_examples=200, deadline=None)
@given(data=st.one_of(st.binary(max_size=600), st.text(max_size=300).map(lambda t: t.encode("utf-8")),
                      st.lists(st.sampled_from([b"{", b"}", b'"id"', b'"text"', b":", b",", b'"x"', b"\n",
                                                b"<html>", b"<p>", b"WARC/1.0\r\n", b"\x00", b"\xff",
                                                b"Content-Length: 5\r\n", b"\r\n\r\n", b"the mayor said "]),
                               max_size=40).map(b"".join)),
       suffix=st.sampled_from([".txt", ".html", ".jsonl", ".warc", ".warc.gz", ".bin"]))
def test_iter_inputs_never_raises_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"in{suffix}"
        path.write_bytes(data)
        out = list(iter_inputs([path]))
    assert all(isinstance(x, (RawArticle, ArticleError)) for x in out)
    for x in out:
        if isinstance(x, ArticleError):
            assert str(path) in x.message and "\n" not in x.message
        else:
            assert x.text.strip() and x.source.startswith(str(path))
    if suffix in (".txt", ".html"):
        assert len(out) == 1  # one file, one record
    elif suffix == ".jsonl":
        lines = data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
        assert len(out) == lines  # one line, one record
