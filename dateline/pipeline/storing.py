"""Storing what was read: batches of articles into a store, one outcome counted per record.

The two jobs that fill a store share this: ``pipeline/ingest.py`` (read with the NLP,
then store) and ``pipeline/load.py`` (records read before: no NLP). Both store a batch at
a time (``Store.add_many``: the batch and its merge in one transaction) and count every
input record as exactly one of stored, skipped (its text was stored already) or error.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from dateline.errors import ArticleError, InputError
from dateline.store.base import Store
from dateline.store.records import MergeStats
from dateline.types import Article

log = logging.getLogger(__name__)

Outcome = Literal["stored", "skipped", "error"]
# Called once per input record: (outcome, article id or None, the error for an "error":
# its ``code`` and one-line ``message`` are what a CLI prints; None otherwise).
OnOutcome = Callable[[Outcome, "str | None", "ArticleError | None"], None]


@dataclass
class IngestReport:
    """Counts of one ingest or load run (every input record is in exactly one of the three)."""

    stored: int = 0
    skipped: int = 0
    errors: int = 0
    merge: MergeStats | None = field(default=None)

    def to_dict(self) -> dict[str, object]:
        return {
            "stored": self.stored,
            "skipped": self.skipped,
            "errors": self.errors,
            "merge": self.merge.to_dict() if self.merge else None,
        }


class Tally:
    """Counts outcomes into ``report`` and passes each to ``on_outcome``.

        tally("stored", article.id)       # or "skipped"
        tally.error(err)                  # an ArticleError: its code and message go along

    Without ``on_outcome`` nobody reports an error for us (a CLI prints its own coded
    lines), so it is logged as a warning, code first.
    """

    def __init__(self, on_outcome: OnOutcome | None = None) -> None:
        self.report = IngestReport()
        self.on_outcome = on_outcome

    def __call__(self, outcome: Literal["stored", "skipped"], article_id: str | None) -> None:
        if outcome == "stored":
            self.report.stored += 1
        else:
            self.report.skipped += 1
        if self.on_outcome:
            self.on_outcome(outcome, article_id, None)

    def error(self, error: ArticleError, article_id: str | None = None) -> None:
        """Count one record that failed; ``error`` carries its code and one-line message.

        article_id: the record's id when the error does not carry it (a store refusal).
        """
        self.report.errors += 1
        if self.on_outcome:
            self.on_outcome("error", article_id or error.article_id, error)
        else:
            log.warning("%s %s", error.code, error.message)


class Inputs:
    """The input of each record ("path:line"), kept from when it is read until its outcome is
    told: what an error line names (the outcome of a batch comes after the batch is read).

        inputs.add(raw.id, raw.source)       # a record going on to be read or stored
        inputs.add_error(error, source)      # an error met in its place (source None: its message names it)
        source = inputs.pop(article_id, error)

    Records are matched by id, first in first out, so two records with one id (an id clash)
    each keep their own input; an error added with ``add_error`` is matched by itself.
    """

    def __init__(self) -> None:
        self._by_id: dict[str | None, deque[str | None]] = {}
        self._by_error: dict[int, str | None] = {}

    def add(self, article_id: str | None, source: str | None) -> None:
        self._by_id.setdefault(article_id, deque()).append(source)

    def add_error(self, error: ArticleError, source: str | None = None) -> None:
        self._by_error[id(error)] = source

    def pop(self, article_id: str | None, error: ArticleError | None = None) -> str | None:
        """RETURNS the input of one outcome (None if unknown), and forgets it."""
        if error is not None and id(error) in self._by_error:
            return self._by_error.pop(id(error))
        sources = self._by_id.get(article_id)
        if not sources:
            return None
        source = sources.popleft()
        if not sources:
            del self._by_id[article_id]
        return source


def check_paths(paths: Sequence[Path | str]) -> list[Path]:
    """RETURNS PATH... as Paths; raises InputError (the run cannot start) for a missing one.

    Decision: a missing PATH is a typo on the command line, so the run refuses to start
    rather than store part of what was meant; once started, a bad *record* costs only itself.
    """
    checked = [Path(p) for p in paths]
    for path in checked:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
    return checked


def store_batch(store: Store, batch: Sequence[tuple[Article, str]], tally: Tally) -> None:
    """Store (and merge) one batch of (article, text) in one transaction; one outcome each.

    A store failure (StoreError: locked, read-only, damaged) is raised: no later article
    could be stored either.
    """
    if not batch:
        return
    results = store.add_many(batch)
    for (article, _text), result in zip(batch, results, strict=True):
        if isinstance(result, ArticleError):
            tally.error(result, article.id)
        else:
            tally("stored" if result else "skipped", article.id)
