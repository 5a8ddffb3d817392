"""Reader: the loaded pipeline, turning RawArticles into Articles.

    reader = Reader.load()
    article = reader.read("Text ...", published="2021-02-20")
    for result in reader.read_many(raw_articles):   # Article or ArticleError, in input order
        ...
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from dateline.errors import ArticleError, EmptyTextError, ProcessingError
from dateline.ingest.checks import check_date, check_day, check_encodable, safe_text
from dateline.nlp.loading import load_spacy
from dateline.pipeline.chunks import CHUNK_CHARS, split_text, stitch
from dateline.pipeline.factories import add_dateline_components
from dateline.types import Article, Entity, RawArticle

log = logging.getLogger(__name__)

BATCH_SIZE = 32
# Texts are cut into chunks of CHUNK_CHARS (chunks.py) long before spaCy's max_length.
MAX_LENGTH = 10_000_000


def article_id(text: str) -> str:
    """A stable id for an article given without one: a hash of its text."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Reader:
    """Dateline's pipeline: spaCy plus the entities, quotes, times and events components."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = add_dateline_components(nlp)
        self.nlp.max_length = MAX_LENGTH
        self.chunk_chars = CHUNK_CHARS

    @classmethod
    def load(cls, model: str | None = None) -> Reader:
        """Load the spaCy model and add Dateline's components. RETURNS a Reader."""
        return cls(load_spacy(model))

    def read(self, text: str, published: str | None = None, id: str | None = None,
             title: str | None = None, url: str | None = None) -> Article:
        """Read one article. Raises ArticleError when it cannot be read."""
        raw = RawArticle(id or article_id(text), text, published, title, url)
        result = next(self.read_many([raw]))
        if isinstance(result, ArticleError):
            raise result
        return result

    def read_many(self, raws: Iterable[RawArticle | ArticleError], batch_size: int = BATCH_SIZE
                  ) -> Iterator[Article | ArticleError]:
        """Read articles in batches; yields an Article or an ArticleError per input, in order.

        An ArticleError in the input (a reader's verdict on a bad record) passes through in
        its place, so output stays aligned with input.
        """
        batch: list[RawArticle | ArticleError] = []
        for raw in raws:
            batch.append(raw)
            if len(batch) >= batch_size:
                yield from self._read_batch(batch)
                batch = []
        if batch:
            yield from self._read_batch(batch)

    def _read_batch(self, batch: list[RawArticle | ArticleError]) -> Iterator[Article | ArticleError]:
        """Every step that touches one article's content (checks, tokenizer, pipeline, assembly)
        runs inside that article's own error handling: a record no step can read costs itself only."""
        docs: list[Doc] = []
        # Per input: its error, a long article (read chunk by chunk, see _read_long), or
        # (raw, doc index) into this batch's docs.
        slots: list[ArticleError | RawArticle | tuple[RawArticle, int]] = []
        for raw in batch:
            if isinstance(raw, ArticleError):
                slots.append(raw)
                continue
            try:
                published = self._check(raw)
                if len(raw.text) > self.chunk_chars:
                    slots.append(raw)  # made and parsed chunk by chunk later, never all at once
                    continue
                made = self._make_doc(raw.text, published, raw.read_on)
            except ArticleError as e:
                slots.append(e)
                continue
            except Exception as e:  # the tokenizer failing on this text: this article only  # noqa: BLE001
                slots.append(_internal(raw, "tokenizing", e))
                continue
            slots.append((raw, len(docs)))
            docs.append(made)
        try:
            done: list[Doc | ArticleError] = list(self.nlp.pipe(docs))
        except Exception:  # one bad doc must not cost the batch: retry one by one  # noqa: BLE001
            done = [self._pipe_one(doc) for doc in docs]
        for slot in slots:
            if isinstance(slot, ArticleError):
                yield slot
            elif isinstance(slot, RawArticle):
                yield self._read_long(slot)
            else:
                raw, i = slot
                doc = done[i]
                done[i] = None  # type: ignore[call-overload]  # free the doc once assembled
                yield self._assemble(raw, doc)

    def _read_long(self, raw: RawArticle) -> Article | ArticleError:
        """A text over ``chunk_chars``: each chunk parsed, assembled and let go before the
        next, so memory stays that of one chunk whatever the article's length."""
        parts: list[tuple[int, Article]] = []
        try:
            published = self._check(raw)
            for offset, chunk in split_text(raw.text, self.chunk_chars):
                got = self._assemble(raw, self._pipe_one(self._make_doc(chunk, published, raw.read_on)))
                if isinstance(got, ArticleError):
                    return got
                parts.append((offset, got))
            return stitch(parts)
        except ArticleError as e:
            return e
        except Exception as e:  # a bug in splitting or stitching: this article only  # noqa: BLE001
            return _internal(raw, "reading a long article", e)

    def _assemble(self, raw: RawArticle, doc: Doc | ArticleError) -> Article | ArticleError:
        if isinstance(doc, ArticleError):
            return ProcessingError(f"{raw.id}: {doc.message}", raw.id)
        try:
            return assemble(raw, doc)
        except Exception as e:  # a bug in assembly: cost this article only  # noqa: BLE001
            return _internal(raw, "assembling", e)

    def _pipe_one(self, doc: Doc) -> Doc | ArticleError:
        try:
            return self.nlp(doc)
        except Exception as e:
            log.warning("processing failed: %r", e)
            log.debug("processing failed", exc_info=True)
            return ProcessingError(f"internal error while reading: {e!r}")

    def _check(self, raw: RawArticle) -> str | None:
        """Validate a record; RETURNS its given date (or None). Raises ArticleError.

        Every reader screens its records already (``ingest.checks``); this catches what reaches
        the Reader from Python or HTTP directly: empty text, a bad date, and strings with no
        UTF-8 form (which would break the tokenizer and every writer after it).
        """
        if not isinstance(raw.text, str) or not raw.text.strip():
            raise EmptyTextError(f"{safe_text(str(raw.id))}: article text is empty", raw.id)
        for field in ("id", "text", "title", "url"):
            value = getattr(raw, field)
            if isinstance(value, str):
                check_encodable(value, safe_text(str(raw.id)), safe_text(str(raw.id)), field=f"'{field}'")
        if raw.read_on is not None:
            check_day(raw.read_on, safe_text(str(raw.id)), raw.id)
        return check_date(raw.published, safe_text(str(raw.id)), raw.id)

    def _make_doc(self, text: str, published: str | None, read_on: str | None = None) -> Doc:
        doc = self.nlp.make_doc(text)
        doc._.published_given = published
        doc._.read_on = read_on
        return doc


def _internal(raw: RawArticle, step: str, e: Exception) -> ProcessingError:
    """The E199 error of an unexpected failure on one article (logged: it is a bug)."""
    rid = safe_text(str(raw.id))
    log.warning("article %s: %s: %r", rid, step, e)
    log.debug("article %s", rid, exc_info=e)
    return ProcessingError(f"{rid}: internal error while {step}: {safe_text(repr(e))}", raw.id)


def assemble(raw: RawArticle, doc: Doc) -> Article:
    """Turn a processed doc into the Article record of the contract."""
    tr = doc._.time_result
    index = doc._.entity_index
    published = tr.published
    if raw.published_method is not None and published.source == "given":
        published = replace(published, source="page", method=raw.published_method)  # not the user's date
    pub_value = published.value
    entities = tuple(_date_ages(e, pub_value) for e in (index.entities if index else []))
    return Article(
        id=raw.id,
        published=published,
        times=tuple(tr.times),
        entities=entities,
        quotes=tuple(tr.quotes),
        events=tuple(doc._.events or ()),
        title=raw.title,
        url=raw.url,
    )


def _date_ages(entity: Entity, published: str | None) -> Entity:
    """An age stated without its own date ("Santos, 35,") holds as of the article date."""
    if not any(a.as_of is None and a.name == "age" for a in entity.attributes):
        return entity
    attrs = tuple(replace(a, as_of=published) if a.as_of is None and a.name == "age" else a
                  for a in entity.attributes)
    return replace(entity, attributes=attrs)
