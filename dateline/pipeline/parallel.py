"""Reading on all cores: worker processes, each loading the model once, results in input order.

``read_parallel(raws, workers=N)`` yields exactly what ``Reader.read_many`` yields (an
Article or an ArticleError per input, in order), using N processes. Work is sent in chunks
of ``chunk_size`` articles; at most ``2 * workers`` chunks are in flight, so a stream of
any length (a WARC of millions of pages) never sits in memory.

Decision: ``multiprocessing`` with the "spawn" start method. spaCy's own ``n_process``
would parse in parallel but run our components in the parent; forking a process that holds
a loaded model is fragile with some BLAS builds. Spawned workers each load the model once
(``_init``) and keep it for the whole run.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from dateline.errors import ArticleError
from dateline.types import Article, RawArticle

_READER = None  # the worker's Reader, loaded once by _init


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init(model: str | None, batch_size: int, log_level: int) -> None:
    global _READER
    import logging

    logging.basicConfig(level=log_level, format="dateline: %(levelname)s: %(message)s")
    from dateline.pipeline.reader import Reader

    _READER = Reader.load(model)
    _READER.batch_size = batch_size  # type: ignore[attr-defined]


def _work(chunk: list[RawArticle | ArticleError]) -> list[Article | ArticleError]:
    """Read a chunk in the worker (records and errors both pickle)."""
    assert _READER is not None
    return list(_READER.read_many(chunk, batch_size=getattr(_READER, "batch_size", 32)))


def read_parallel(raws: Iterable[RawArticle | ArticleError], workers: int, model: str | None = None,
                  batch_size: int = 32, chunk_size: int = 16) -> Iterator[Article | ArticleError]:
    """Yield an Article or ArticleError per input, in order, reading on ``workers`` processes."""
    from dateline.nlp.loading import find_model

    # Fail here, with one line, rather than in workers that the pool would respawn forever.
    model = model or find_model()
    ctx = mp.get_context("spawn")
    it = iter(raws)
    import logging

    level = logging.getLogger().getEffectiveLevel()  # workers log as the parent does
    with ctx.Pool(workers, initializer=_init, initargs=(model, batch_size, level)) as pool:
        pending: deque = deque()

        def submit() -> bool:
            chunk = list(islice(it, chunk_size))
            if chunk:
                pending.append(pool.apply_async(_work, (chunk,)))
            return bool(chunk)

        for _ in range(2 * workers):
            if not submit():
                break
        while pending:
            results = pending.popleft().get()
            submit()
            yield from results
