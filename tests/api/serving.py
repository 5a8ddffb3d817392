"""Helpers for the API and web tests: a store built through the store's ingest API, and a
real uvicorn server on 127.0.0.1 (a free port), run in a thread of the test process so
it can share the session's already-loaded Reader.

The articles in OWN_ARTICLES are prose written for these tests (no corpus text).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

from dateline.api import ServeSettings, create_app
from dateline.pipeline.ingest import ingest_paths, ingest_records
from dateline.store import open_store
from dateline.types import RawArticle

OWN_ARTICLES = (
    RawArticle("harbour-1", (
        "Helen Carter opened the new harbour bridge in Ridgeford on 3 March 2021. "
        "“This bridge joins two halves of one town,” Carter said at the ceremony. "
        "Two weeks earlier the council had approved the last payment to the builders. "
        "Carter, 52, was elected mayor of Ridgeford in May 2019."), published="2021-03-04"),
    RawArticle("harbour-2", (
        "The mayor of Ridgeford, Helen Carter, announced on 10 June 2021 that ferry fares would fall. "
        "“Nobody should pay twice to cross the water,” she told reporters. "
        "Councillor Tomas Reyes said the plan was rushed."), published="2021-06-11"),
)


# An article whose id holds "/" (as a file in a subfolder gets) and whose title holds a
# right-to-left override and a zero-width space (text that could display spoofed).
SLASHED_ARTICLE = RawArticle("desk/metro/harbour-3", (
    "Helen Carter reopened the Ridgeford ferry pier on 2 August 2021. "
    "“The pier is ours again,” Carter said. Three days later the first ferry docked there."),
    published="2021-08-03", title="Pier \u202eslaed\u202c reopens\u200b in Ridgeford")


def build_store(db: Path, reader: Any, seed: Path | None = None, extra: tuple[RawArticle, ...] = ()) -> None:
    """Create ``db`` holding OWN_ARTICLES and ``extra`` (and the ``seed`` file when given), via ingest."""
    with open_store(db) as store:
        report = ingest_records(store, (*OWN_ARTICLES, *extra), lambda: reader)
        assert report.errors == 0, report.to_dict()
        if seed is not None:
            seeded = ingest_paths(store, [seed], lambda: reader)
            assert seeded.errors == 0, seeded.to_dict()


def free_port() -> int:
    """RETURNS a TCP port nobody listens on right now (the system picks it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(db: Path, reader: Any, *, max_body: int = 1_000_000,
                   load_reader: Callable[[], Any] | None = None) -> Iterator[str]:
    """Serve ``db`` with uvicorn on 127.0.0.1; yields the base URL, stops the server after."""
    app = create_app(ServeSettings(db=db, max_body=max_body), load_reader=load_reader or (lambda: reader))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
