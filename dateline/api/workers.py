"""Where the API's blocking work runs: one thread owns the store; reads go through a ReadPool.

Decisions:
* One SQLite connection on one thread. sqlite3 connections are bound to the thread that
  made them, and opening one per request would repeat the store's opening checks (its
  schema and migrations) every time. Queries are milliseconds,
  so serialising them is cheap and keeps the connection's page cache warm.
* Reads (``POST /v1/read``) go through a ReadPool: a bounded queue in front of N reader
  slots. A full queue is refused at once (429 with Retry-After) rather than piling up work
  nobody will wait for; a read whose client went away is dropped from the queue or, when it
  runs, stopped; a read over the time limit is stopped and answered 503.
* ``dateline serve`` reads in worker processes (``--workers N``, each loading the model once,
  lazily, on the first read): only a process can be stopped mid-read (a spaCy call cannot be
  interrupted), and N processes read N articles at once. Stopping one kills it; a fresh one
  is started at once (its model load is the cost of a cancelled read).
* In-process slots (a thread holding the Reader) serve tests and embedding, where the Reader
  is already loaded: queued reads are dropped the same way, but a running read cannot be
  stopped; its thread finishes it and the slot stays busy until then.
* spaCy pipelines are not documented as safe to call from several threads at once, so each
  slot reads one article at a time.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from dateline.errors import (
    ArticleError,
    BusyError,
    ClientGoneError,
    ProcessingError,
    ReadTimeoutError,
    ShuttingDownError,
)
from dateline.store.base import Store
from dateline.types import Article, RawArticle

if TYPE_CHECKING:
    from starlette.requests import Request

    from dateline.pipeline.parallel import ReaderProcess
    from dateline.pipeline.reader import Reader

log = logging.getLogger(__name__)

R = TypeVar("R")  # the resource a worker owns
T = TypeVar("T")  # what a call returns


class Worker(Generic[R]):
    """A single thread that lazily builds one resource and runs calls against it.

    make (Callable[[], R]): builds the resource, on the worker thread, at the first call.
    close (Callable[[R], None] | None): releases it at shutdown, on the same thread.
    """

    def __init__(self, name: str, make: Callable[[], R], close: Callable[[R], None] | None = None) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"dateline-{name}")
        self._make = make
        self._close = close
        self._resource: R | None = None

    def _get(self) -> R:
        if self._resource is None:
            self._resource = self._make()
        return self._resource

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """RETURNS ``fn(resource, *args)``, computed on the worker thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, lambda: fn(self._get(), *args))

    def shutdown(self) -> None:
        """Release the resource on its own thread, then stop the thread."""
        if self._close is not None:
            self._pool.submit(self._release).result()
        self._pool.shutdown(wait=True)

    def _release(self) -> None:
        if self._resource is not None and self._close is not None:
            self._close(self._resource)
        self._resource = None


def store_worker(open_store: Callable[[], Store]) -> Worker[Store]:
    """A Worker owning the store ``open_store`` opens."""
    return Worker("store", open_store, lambda store: store.close())


class ReadSlot(Protocol):
    """One place a read can run: a worker process or a thread holding the Reader."""

    async def read(self, raw: RawArticle, time_limit: float) -> Article | ArticleError:
        """RETURNS the Reader's result. Raises ReadTimeoutError after ``time_limit`` seconds
        of reading (the read is then stopped if the slot can stop it)."""

    def stop(self) -> None:
        """Stop the read in progress, if the slot can (called when its caller gives up)."""

    def close(self) -> None:
        """Release the slot for good (server shutdown)."""


class ProcessSlot:
    """A ReaderProcess, replaced by a fresh one whenever a read in it is stopped."""

    def __init__(self, start: Callable[[], ReaderProcess]) -> None:
        self._start = start
        self._proc: ReaderProcess | None = None
        # One thread per slot does the blocking pipe calls; killing the process unblocks it.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dateline-read-pipe")
        self._closed = False

    def _process(self) -> ReaderProcess:
        if self._proc is None:
            self._proc = self._start()
        return self._proc

    async def read(self, raw: RawArticle, time_limit: float) -> Article | ArticleError:
        from dateline.pipeline.parallel import ProcessGone

        loop = asyncio.get_running_loop()
        proc = self._process()
        try:
            await loop.run_in_executor(self._pool, proc.wait_ready)  # a model load is not reading time
        except ProcessGone as e:  # it died loading (or was stopped at shutdown): start another
            self._replace(proc)
            raise ShuttingDownError("the reader process stopped while loading the model") from e
        future = loop.run_in_executor(self._pool, proc.read, raw)
        try:
            return await asyncio.wait_for(future, time_limit)
        except TimeoutError:
            self.stop()
            raise ReadTimeoutError(f"reading took longer than the limit of {time_limit:g} s "
                                   "(see dateline serve --read-timeout); it was stopped") from None
        except ProcessGone as e:
            if self._closed:
                raise ShuttingDownError("the server is shutting down; the read was stopped") from e
            self._replace(proc)  # it died under this article (out of memory, a native crash)
            return ProcessingError(f"{raw.id}: the reader process died while reading this article "
                                   "(out of memory, or a crash in native code)", raw.id)
        except BaseException:  # cancelled (client gone, shutdown): stop the read, not just the wait
            self.stop()
            raise

    def _replace(self, dead: ReaderProcess) -> None:
        """Stop ``dead`` (and start a fresh process) unless another already took its place."""
        if self._proc is dead:
            self.stop()

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.kill()
            log.info("stopped reader process %s", proc.pid)
        if not self._closed:
            self._process()  # the replacement starts loading now, not when the next read comes

    def close(self) -> None:
        self._closed = True
        self.stop()
        self._pool.shutdown(wait=True)


class ThreadSlot:
    """A thread holding a Reader (loaded by ``load`` on that thread, at the first read)."""

    def __init__(self, load: Callable[[], Reader]) -> None:
        self._worker: Worker[Reader] = Worker("reader", load)

    async def read(self, raw: RawArticle, time_limit: float) -> Article | ArticleError:
        def read(reader: Reader) -> Article | ArticleError:
            return next(reader.read_many([raw]))

        try:
            return await asyncio.wait_for(self._worker.run(read), time_limit)
        except TimeoutError:
            raise ReadTimeoutError(f"reading took longer than the limit of {time_limit:g} s "
                                   "(see dateline serve --read-timeout)") from None

    def stop(self) -> None:
        pass  # a thread cannot be stopped: it finishes the read, and its slot waits for it

    def close(self) -> None:
        self._worker.shutdown()


class ReadPool:
    """A bounded queue of reads in front of ``slots``; each slot reads one article at a time.

    max_queue (int): reads that may wait for a slot; one more is refused with BusyError.
    time_limit (float): seconds a read may take once it runs.
    """

    def __init__(self, slots: list[ReadSlot], max_queue: int, time_limit: float) -> None:
        self.slots = slots
        self.max_queue = max_queue
        self.time_limit = time_limit
        self.waiting = 0
        self.running = 0
        self._idle: asyncio.Queue[ReadSlot] | None = None  # made on the server's event loop
        self._closed = False
        self._mean_seconds = 5.0  # a running mean of read times, for Retry-After

    def _queue(self) -> asyncio.Queue[ReadSlot]:
        if self._idle is None:
            self._idle = asyncio.Queue()
            for slot in self.slots:
                self._idle.put_nowait(slot)
        return self._idle

    def retry_after(self) -> int:
        """Seconds until a slot is likely free: the queue ahead, read at the mean pace."""
        ahead = self.waiting + self.running
        return max(1, round(self._mean_seconds * ahead / max(1, len(self.slots))))

    async def read(self, raw: RawArticle) -> Article | ArticleError:
        """RETURNS the result of reading ``raw``; raises BusyError when the queue is full.

        Cancelling the calling task (the client went away) drops a queued read and stops a
        running one.
        """
        if self._closed:
            raise ShuttingDownError("the server is shutting down")
        idle = self._queue()
        if idle.empty() and self.waiting >= self.max_queue:
            raise BusyError(f"{self.running} reads running and {self.waiting} waiting, the most "
                            "this server queues (see dateline serve --read-queue); retry later",
                            retry_after=self.retry_after())
        self.waiting += 1
        try:
            slot = await idle.get()
        finally:
            self.waiting -= 1
        if self._closed:
            idle.put_nowait(slot)
            raise ShuttingDownError("the server is shutting down")
        self.running += 1
        began = time.monotonic()
        try:
            result = await slot.read(raw, self.time_limit)
            self._mean_seconds = 0.8 * self._mean_seconds + 0.2 * (time.monotonic() - began)
            return result
        finally:
            self.running -= 1
            idle.put_nowait(slot)

    async def read_for(self, raw: RawArticle, request: Request) -> Article | ArticleError:
        """``read(raw)`` for an HTTP request: given up (dropped or stopped) as soon as the
        client disconnects. Raises ClientGoneError then (no one is left to answer)."""
        work = asyncio.ensure_future(self.read(raw))
        gone = asyncio.ensure_future(_disconnected(request))
        try:
            await asyncio.wait({work, gone}, return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:  # the server cancels its requests at shutdown: say so
            cancelled = True
        else:
            cancelled = False
        finally:
            for task in (work, gone):
                if not task.done():
                    task.cancel()
        if work.done() and not work.cancelled():
            return work.result()
        await asyncio.gather(work, return_exceptions=True)  # let the cancelled read clean up
        if cancelled:
            raise ShuttingDownError("the server is shutting down; the read was stopped")
        raise ClientGoneError("the client closed the connection before the read finished")

    def close(self) -> None:
        """Stop every read and release every slot (server shutdown)."""
        self._closed = True
        for slot in self.slots:
            slot.close()


async def _disconnected(request: Request) -> None:
    """Return when the client of ``request`` has gone away (its body is already read)."""
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return


def read_pool(slots: list[ReadSlot], max_queue: int, time_limit: float) -> ReadPool:
    """A ReadPool over ``slots``."""
    return ReadPool(slots, max_queue, time_limit)
