"""The two threads the API hands blocking work to: one owns the store, one the Reader.

Decisions:
* One SQLite connection on one thread. sqlite3 connections are bound to the thread that
  made them, and opening one per request would run the migration check (a write
  transaction) every time, contending with a concurrent ingest. Queries are milliseconds,
  so serialising them is cheap and keeps the connection's page cache warm.
* The Reader is loaded lazily, once per process, on its own thread, on the first
  ``POST /v1/read``: a server that only answers queries never pays for the model, and a
  long read never blocks a timeline query. spaCy pipelines are not documented as safe to
  call from several threads at once, so reads are serialised too.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from dateline.store.base import Store

if TYPE_CHECKING:
    from dateline.pipeline.reader import Reader

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


def reader_worker(load_reader: Callable[[], Reader]) -> Worker[Reader]:
    """A Worker owning the Reader ``load_reader`` loads (the first read pays for it)."""
    return Worker("reader", load_reader)
