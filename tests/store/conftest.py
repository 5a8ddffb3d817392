"""Every store test runs on SQLite and on a real PostgreSQL server.

The server is the one at $DATELINE_TEST_PG (``.ci/run`` starts one and sets it). Without a
reachable server the PostgreSQL runs are skipped with the reason, except under CI=true,
where a missing server fails them: CI must test both backends. Tests marked
``sqlite_only`` (files, file modes, sqlite3 itself) run on SQLite only, tests marked
``postgresql_only`` (the server's locks) on PostgreSQL only.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.store import stores

PG_ENV = "DATELINE_TEST_PG"
_reachable: dict[str, str | None] = {}


def _server() -> str:
    url = os.environ.get(PG_ENV)
    problem = None
    if not url:
        problem = f"no PostgreSQL server for the tests (set {PG_ENV}=postgresql://...; .ci/run does)"
    elif url not in _reachable:
        try:
            import psycopg

            with psycopg.connect(url, connect_timeout=5):
                pass
            _reachable[url] = None
        except (psycopg.Error, OSError) as e:  # any failure to connect means: not reachable
            _reachable[url] = f"PostgreSQL at {PG_ENV} is not reachable: {str(e).strip().splitlines()[0]}"
    if url:
        problem = _reachable.get(url)
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{problem}; CI must run the PostgreSQL tests")
        pytest.skip(problem)
    return url  # type: ignore[return-value]


@pytest.fixture(params=["sqlite", "postgresql"], autouse=True)
def backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """The backend of this run of the test (see module docstring)."""
    if request.param == "postgresql":
        if request.node.get_closest_marker("sqlite_only"):
            pytest.skip("SQLite-specific test")
        stores.use_postgres(_server())
        try:
            yield "postgresql"
        finally:
            stores.drop_schemas()
            stores.use_sqlite()
    else:
        if request.node.get_closest_marker("postgresql_only"):
            pytest.skip("PostgreSQL-specific test")
        stores.use_sqlite()
        yield "sqlite"
