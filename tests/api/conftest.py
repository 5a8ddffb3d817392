"""Fixtures of the API tests: a store of our own prose, the app in-process, a real server.

(A local conftest rather than the global one: these fixtures belong to the serving
layer's tests only, and the global conftest.py is not this layer's file.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.api import ServeSettings, create_app
from tests.api.serving import build_store, running_server


@pytest.fixture(scope="session")
def own_db(tmp_path_factory: pytest.TempPathFactory, reader) -> Path:
    """A SQLite store holding the two articles of serving.OWN_ARTICLES."""
    db = tmp_path_factory.mktemp("api") / "own.db"
    build_store(db, reader)
    return db


@pytest.fixture(scope="module")
def client(own_db: Path, reader) -> Iterator[TestClient]:
    """The app in-process (lifespan run), sharing the session's Reader."""
    app = create_app(ServeSettings(db=own_db), load_reader=lambda: reader)
    with TestClient(app, base_url="http://localhost") as test_client:
        yield test_client


@pytest.fixture(scope="module")
def base_url(own_db: Path, reader) -> Iterator[str]:
    """A real uvicorn server over ``own_db`` on 127.0.0.1; its base URL."""
    with running_server(own_db, reader) as url:
        yield url
