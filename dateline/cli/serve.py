"""``dateline serve``: the store's API and web pages over HTTP (FastAPI + uvicorn).

Examples:
    dateline serve                              # ./dateline.db (or $DATELINE_DB) on http://127.0.0.1:8000/
    dateline serve --db news.db
    dateline serve --db news.db --port 8080 --max-body 2M
    dateline serve --db news.db --workers 2      # two reader processes: two reads at once
    dateline serve --db news.db --host 0.0.0.0 --allow-host news.example.org  # no auth!

Pages: / (search and timelines), /articles/ID, /read (paste an article).
API: /v1/... (see /openapi.json and docs/api.md).

Reads (POST /v1/read) run in --workers processes, each loading the model at its first read;
at most --read-queue more wait, others get 429 with Retry-After; a read whose client
disconnects is dropped or stopped, one running past --read-timeout is stopped. The server
answers only requests whose Host header is localhost (or the address it is bound to, or an
--allow-host name): a web page cannot reach it by DNS rebinding. The first SIGTERM or Ctrl-C
stops it within a few seconds, running reads included.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from dateline.cli.options import add_command, add_db, db_path

if TYPE_CHECKING:
    from dateline.api.settings import ServeSettings


def register(sub: argparse._SubParsersAction) -> None:
    from dateline.api.settings import (
        DEFAULT_BODY_TIMEOUT,
        DEFAULT_HOST,
        DEFAULT_PORT,
        DEFAULT_READ_QUEUE,
        DEFAULT_READ_TIMEOUT,
    )

    p = add_command(sub, "serve", "serve a store over HTTP: JSON API and web pages", __doc__)
    add_db(p)
    p.add_argument("--host", default=DEFAULT_HOST, help=f"interface to listen on (default {DEFAULT_HOST})")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"TCP port (default {DEFAULT_PORT})")
    p.add_argument("--max-body", default="1M", metavar="SIZE",
                   help="largest request body, e.g. 1000000, 512K, 2M (default 1M); larger gets 413")
    p.add_argument("--model", help="spaCy model for POST /v1/read (default: the installed English model)")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="reader processes for POST /v1/read, each loading the model once (default 1)")
    p.add_argument("--read-queue", type=int, default=DEFAULT_READ_QUEUE, metavar="N",
                   help=f"reads that may wait for a reader; more get 429 (default {DEFAULT_READ_QUEUE})")
    p.add_argument("--read-timeout", type=float, default=DEFAULT_READ_TIMEOUT, metavar="SECONDS",
                   help=f"stop a read running longer than this (default {DEFAULT_READ_TIMEOUT:g})")
    p.add_argument("--body-timeout", type=float, default=DEFAULT_BODY_TIMEOUT, metavar="SECONDS",
                   help=f"refuse a request body slower to arrive (408; default {DEFAULT_BODY_TIMEOUT:g})")
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="also answer requests whose Host header is NAME (repeatable; .example.org: "
                        "a domain and its subdomains; *: any). Default: localhost and the bound address")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dateline.api.settings import ServeSettings, check_port, hosts_for, parse_size

    settings = ServeSettings(db=db_path(args), max_body=parse_size(args.max_body), model=args.model,
                             workers=_at_least_one(args.workers),
                             read_queue=args.read_queue, read_timeout=args.read_timeout,
                             body_timeout=args.body_timeout,
                             allowed_hosts=hosts_for(args.host, tuple(args.allow_host)))
    return serve(settings, host=args.host, port=check_port(args.port))


def _at_least_one(workers: int) -> int:
    """``--workers`` for ``serve``: 1 or more (0, a thread in this process, is for embedding)."""
    from dateline.errors import SettingsError

    if workers < 1:
        raise SettingsError(f"--workers must be at least 1, got {workers}")
    return workers


def serve(settings: ServeSettings, host: str, port: int) -> int:
    """Check the store opens, then serve until interrupted. RETURNS the exit status."""
    import uvicorn

    from dateline.api import create_app
    from dateline.api.settings import SHUTDOWN_GRACE, is_loopback
    from dateline.store import open_store

    # Fail now with one readable line (missing file, not a store), not on the first request.
    open_store(settings.db, create=False).close()
    if not is_loopback(host):
        print(f"dateline: warning: listening on {host}: the API has no authentication; anyone who can "
              f"reach port {port} can read this store and run reads", file=sys.stderr)
    # timeout_graceful_shutdown: on SIGTERM, requests get SHUTDOWN_GRACE seconds, then are
    # cancelled (a cancelled read stops its process), so the first SIGTERM ends the server.
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info",
                timeout_graceful_shutdown=SHUTDOWN_GRACE)
    return 0
