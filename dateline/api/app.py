"""Assemble the FastAPI app: the /v1 API, the web pages, middleware and error handlers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI

from dateline import __version__
from dateline.api.errors import install_handlers
from dateline.api.limits import BodyLimit, HostCheck, SecurityHeaders
from dateline.api.routes import router
from dateline.api.settings import ServeSettings
from dateline.api.workers import ProcessSlot, ReadPool, ReadSlot, ThreadSlot, store_worker
from dateline.store.base import Store

if TYPE_CHECKING:
    from dateline.pipeline.reader import Reader

DESCRIPTION = """Dateline reads news articles into source-grounded, dated facts and serves
a store of them: entity search, timelines, quotes, stored articles, and reading a new
article on demand. Errors are `{"error": {"code", "message"}}`. Offsets are Unicode code
point indices into the article text (see spec/contract.md)."""


def create_app(settings: ServeSettings, *, open_store: Callable[[], Store] | None = None,
               load_reader: Callable[[], Reader] | None = None) -> FastAPI:
    """RETURNS the ASGI app serving ``settings.db``.

    open_store / load_reader: override how the store is opened and the Reader loaded
    (tests pass the session's already-loaded Reader instead of loading a second model; a
    given ``load_reader`` reads on a thread, whatever ``settings.workers`` says).
    """
    if open_store is None:
        open_store = _default_store(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store_worker = store_worker(open_store)
        app.state.reads = ReadPool(_slots(settings, load_reader), settings.read_queue, settings.read_timeout)
        yield
        app.state.reads.close()  # first: a read in progress is stopped, not waited for
        app.state.store_worker.shutdown()

    # No /docs or /redoc: FastAPI's pages load Swagger UI and fonts from a CDN, and
    # Dateline serves nothing from elsewhere. The OpenAPI document itself is served.
    app = FastAPI(title="Dateline", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    install_handlers(app)
    app.include_router(router)
    from dateline.web import mount_web  # the pages are part of the same app (issue 9)

    mount_web(app)
    # Outermost first at request time: security headers wrap everything (refusals included),
    # then the Host check, then the body limits, before anything parses a body.
    app.add_middleware(BodyLimit, max_body=settings.max_body, timeout=settings.body_timeout)
    app.add_middleware(HostCheck, allowed=settings.allowed_hosts)
    app.add_middleware(SecurityHeaders)
    return app


def _slots(settings: ServeSettings, load_reader: Callable[[], Reader] | None) -> list[ReadSlot]:
    """The reader slots: a thread with the given Reader, else ``settings.workers`` processes
    (each started, and its model loaded, at its first read)."""
    if load_reader is not None:
        return [ThreadSlot(load_reader)]
    if settings.workers == 0:
        return [ThreadSlot(_default_reader(settings))]

    def start():  # -> ReaderProcess
        from dateline.pipeline.parallel import ReaderProcess

        return ReaderProcess(settings.model)

    return [ProcessSlot(start) for _ in range(settings.workers)]


def _default_store(settings: ServeSettings) -> Callable[[], Store]:
    def open_db() -> Store:
        from dateline.store import open_store

        return open_store(settings.db, create=False)

    return open_db


def _default_reader(settings: ServeSettings) -> Callable[[], Reader]:
    def load() -> Reader:
        from dateline.pipeline.reader import Reader

        return Reader.load(settings.model)

    return load
