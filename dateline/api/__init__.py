"""Dateline over HTTP: a FastAPI app serving a store's queries and the NLP (issue 9).

    from dateline.api import ServeSettings, create_app
    app = create_app(ServeSettings(db="news.db"))      # then: uvicorn.run(app)

Only this package and ``dateline.web`` import FastAPI; the core never does.
Layout: settings.py (validated options), workers.py (the store's thread; the ReadPool of
reader processes), limits.py (body size and timeout, Host allow-list, security headers),
screening.py (a pasted article checked as every reader checks), errors.py (one error
shape), schemas.py (Pydantic bodies, the API's edge), lookup.py (entity search over the
Store Protocol), routes.py (the /v1 endpoints), app.py (assembly).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dateline.api.app import create_app
    from dateline.api.settings import DEFAULT_MAX_BODY, ServeSettings

__all__ = ["DEFAULT_MAX_BODY", "ServeSettings", "create_app"]


def __getattr__(name: str) -> Any:
    # Imported on first use: the command line reads its defaults from ``settings`` for every
    # command, and importing the app (FastAPI and spaCy, seconds) made even ``--help`` slow.
    if name == "create_app":
        from dateline.api.app import create_app

        return create_app
    if name in ("DEFAULT_MAX_BODY", "ServeSettings"):
        from dateline.api import settings

        return getattr(settings, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
