"""``dateline serve``: the store's API and web pages over HTTP (FastAPI + uvicorn).

Examples:
    dateline serve --db news.db                 # http://127.0.0.1:8000/
    dateline serve --db news.db --port 8080 --max-body 2M
    dateline serve --db news.db --host 0.0.0.0  # reachable from other machines: no auth!

Pages: / (search and timelines), /articles/ID, /read (paste an article).
API: /v1/... (see /openapi.json and docs/api.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.api.settings import ServeSettings


def register(sub: argparse._SubParsersAction) -> None:
    from dateline.api.settings import DEFAULT_HOST, DEFAULT_PORT

    p = sub.add_parser(
        "serve", help="serve a store over HTTP: JSON API and web pages",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--db", type=Path, required=True, metavar="FILE", help="the SQLite store to serve")
    p.add_argument("--host", default=DEFAULT_HOST, help=f"interface to listen on (default {DEFAULT_HOST})")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"TCP port (default {DEFAULT_PORT})")
    p.add_argument("--max-body", default="1M", metavar="SIZE",
                   help="largest request body, e.g. 1000000, 512K, 2M (default 1M); larger gets 413")
    p.add_argument("--model", help="spaCy model for POST /v1/read (default: the installed English model)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dateline.api.settings import ServeSettings, check_port, parse_size

    settings = ServeSettings(db=args.db, max_body=parse_size(args.max_body), model=args.model)
    return serve(settings, host=args.host, port=check_port(args.port))


def serve(settings: ServeSettings, host: str, port: int) -> int:
    """Check the store opens, then serve until interrupted. RETURNS the exit status."""
    import uvicorn

    from dateline.api import create_app
    from dateline.store import open_store

    # Fail now with one readable line (missing file, not a store), not on the first request.
    open_store(settings.db, create=False).close()
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
    return 0
