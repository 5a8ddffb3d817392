"""Reading on all cores: worker processes, each loading the model once, results in input order.

``read_parallel(raws, workers=N)`` yields exactly what ``Reader.read_many`` yields (an
Article or an ArticleError per input, in order), using N processes. Work is sent in chunks
of ``chunk_size`` articles; at most ``2 * workers`` chunks are in flight, so a stream of
any length (a WARC of millions of pages) never sits in memory.

``ReaderProcess`` is the other use of a worker process: one article at a time, on demand
(the HTTP API's reads), with ``kill()`` to stop a read that is no longer wanted or took too
long, whatever it is doing: a running spaCy call cannot be interrupted any other way.

Decision: processes started with the "spawn" method, for batches in a ProcessPoolExecutor (it
reports a dead worker, where ``multiprocessing.Pool`` would wait for its task forever).
spaCy's own ``n_process`` would parse in parallel but run our components in the parent;
forking a process that holds a loaded model is fragile with some BLAS builds. Spawned workers each load the model once
(``_init``) and keep it for the whole run.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from dateline.errors import ArticleError, InputError, ModelNotFoundError, ProcessingError
from dateline.types import Article, RawArticle

log = logging.getLogger(__name__)

_READER = None  # the worker's Reader, loaded once by _init


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init(model: str | None, batch_size: int, log_level: int) -> None:
    global _READER
    _die_with_parent()
    logging.basicConfig(level=log_level, format="dateline: %(levelname)s: %(message)s")
    from dateline.pipeline.reader import Reader

    _READER = Reader.load(model)
    _READER.batch_size = batch_size  # type: ignore[attr-defined]


def _work(chunk: list[RawArticle | ArticleError]) -> list[Article | ArticleError]:
    """Read a chunk in the worker (records and errors both pickle). The Reader isolates each
    article; should a chunk still fail as a whole, it is read again one record at a time, so
    no failure leaves the worker and ends the batch."""
    assert _READER is not None
    try:
        return list(_READER.read_many(chunk, batch_size=getattr(_READER, "batch_size", 32)))
    except Exception:  # noqa: BLE001
        return [_one(raw) for raw in chunk]


def _one(raw: RawArticle | ArticleError) -> Article | ArticleError:
    assert _READER is not None
    if isinstance(raw, ArticleError):
        return raw
    try:
        return next(_READER.read_many([raw]))
    except Exception as e:  # noqa: BLE001
        return ProcessingError(f"{raw.id}: internal error while reading: {e!r}", raw.id)


def read_parallel(raws: Iterable[RawArticle | ArticleError], workers: int, model: str | None = None,
                  batch_size: int = 32, chunk_size: int = 16) -> Iterator[Article | ArticleError]:
    """Yield an Article or ArticleError per input, in order, reading on ``workers`` processes.

    A worker that dies (killed for memory, a crash in native code) costs no more than the
    article that killed it: the chunk it was reading is read again one article at a time in
    fresh workers, so that article gets E199 in its place and its neighbours are read; the
    other chunks that were in flight are sent again.
    """
    from concurrent.futures.process import BrokenProcessPool

    from dateline.nlp.loading import find_model

    # Fail here, with one line, rather than in workers that would die one after another.
    model = model or find_model()
    pool = _Pool(workers, model, batch_size)
    it = iter(raws)
    pending: deque[tuple[list[RawArticle | ArticleError], Future]] = deque()

    def submit() -> bool:
        chunk = list(islice(it, chunk_size))
        if chunk:
            pending.append((chunk, pool.submit(chunk)))
        return bool(chunk)

    finished = False
    try:
        for _ in range(2 * workers):
            if not submit():
                break
        while pending:
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                pool.restart()
                results = [pool.read_alone(raw) for raw in chunk]
                again = [c for c, _ in pending]  # they died with the pool: send them again
                pending.clear()
                pending.extend((c, pool.submit(c)) for c in again)
            submit()
            yield from results
        finished = True
    finally:
        pool.shutdown(wait=finished)


class _Pool:
    """The worker processes of ``read_parallel``: a ProcessPoolExecutor that can be replaced
    when one of its processes dies (the executor is then broken for good)."""

    MAX_DEATHS_IN_A_ROW = 3  # a worker dying on every article alone: the workers cannot run

    def __init__(self, workers: int, model: str, batch_size: int) -> None:
        import logging

        self.args = (model, batch_size, logging.getLogger().getEffectiveLevel())  # workers log as we do
        self.workers = workers
        self.deaths = 0
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"), initializer=_init,
                                   initargs=self.args)

    def submit(self, chunk: list[RawArticle | ArticleError]) -> Future:
        return self.pool.submit(_work, chunk)

    def restart(self) -> None:
        log.warning("a worker process died; restarting the workers")
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new()

    def read_alone(self, raw: RawArticle | ArticleError) -> Article | ArticleError:
        """Read one record in its own task; E199 in its place if a worker dies on it."""
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(raw, ArticleError):
            return raw
        try:
            result = self.pool.submit(_work, [raw]).result()[0]
        except BrokenProcessPool:
            self.deaths += 1
            if self.deaths >= self.MAX_DEATHS_IN_A_ROW:
                raise InputError("worker processes die on every article: the pipeline cannot run "
                                 "(see the log above; try --workers 1)") from None
            self.restart()
            return ProcessingError(f"{raw.id}: the worker process died while reading this article "
                                   "(out of memory, or a crash in native code)", raw.id)
        self.deaths = 0
        return result

    def shutdown(self, wait: bool) -> None:
        self.pool.shutdown(wait=wait, cancel_futures=True)


class ReaderProcess:
    """A spawned process holding one loaded Reader, reading one article at a time over a pipe.

        proc = ReaderProcess(model)       # starts loading at once
        proc.wait_ready()                 # blocks until the model is loaded
        result = proc.read(raw)           # blocks; an Article or an ArticleError
        proc.kill()                       # from any thread: the read in progress ends at once

    After ``kill()`` a blocked ``read`` raises ``ProcessGone``; make a new ReaderProcess to go on.
    The methods that block are meant for one thread at a time (the caller's worker thread).
    """

    def __init__(self, model: str | None = None, log_level: int | None = None) -> None:
        from dateline.nlp.loading import find_model

        ctx = mp.get_context("spawn")
        self._conn, child = ctx.Pipe()
        level = logging.getLogger().getEffectiveLevel() if log_level is None else log_level
        self._proc = ctx.Process(target=_serve_reads, args=(child, model or find_model(), level),
                                 name="dateline-reader", daemon=True)
        self._proc.start()
        child.close()  # else the parent holds the child's end open and never sees EOF
        self._ready = False

    @property
    def pid(self) -> int | None:
        return self._proc.pid

    def alive(self) -> bool:
        return self._proc.is_alive()

    def wait_ready(self) -> None:
        """Block until the model is loaded. Raises ModelNotFoundError if loading failed,
        ProcessGone if the process was killed meanwhile."""
        if self._ready:
            return
        reply = self._recv()
        if reply[0] != "ready":
            raise ModelNotFoundError(f"the reader process could not load the model: {reply[1]}")
        self._ready = True

    def read(self, raw: RawArticle) -> Article | ArticleError:
        """RETURNS the Reader's result for ``raw`` (blocking). Raises ProcessGone if killed."""
        self.wait_ready()
        try:
            self._conn.send(raw)
        except (OSError, ValueError) as e:
            raise ProcessGone("the reader process is gone") from e
        return self._recv()[1]

    def kill(self) -> None:
        """Stop the process now (SIGKILL): nothing it holds can be lost, it only reads."""
        if self._proc.is_alive():
            self._proc.kill()
        self._proc.join(timeout=5)
        self._conn.close()

    def _recv(self) -> tuple:
        try:
            return self._conn.recv()
        except (EOFError, OSError, ValueError) as e:
            raise ProcessGone("the reader process is gone") from e


class ProcessGone(RuntimeError):
    """A ReaderProcess was killed (or died) while a caller waited on it."""


def _serve_reads(conn, model: str, log_level: int) -> None:  # conn: multiprocessing Connection
    """The ReaderProcess main loop: load the model, then read one RawArticle per message."""
    _die_with_parent()
    logging.basicConfig(level=log_level, format="dateline: %(levelname)s: %(message)s")
    try:
        from dateline.pipeline.reader import Reader

        reader = Reader.load(model)
    except Exception as e:  # noqa: BLE001  # the parent reports it as one line
        conn.send(("failed", f"{type(e).__name__}: {e}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            raw = conn.recv()
        except (EOFError, OSError):  # the parent closed the pipe: nothing more to read
            return
        try:
            result: Article | ArticleError = next(reader.read_many([raw]))
        except Exception as e:  # noqa: BLE001  # read_many isolates articles; a last guard
            result = ProcessingError(f"{raw.id}: internal error while reading: {e!r}", raw.id)
        conn.send(("done", result))


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (a server killed with SIGKILL must
    not leave a reader running on). Best effort: elsewhere the pipe's EOF ends the loop."""
    try:
        import ctypes
        import signal

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL))
    except (OSError, AttributeError):
        pass
