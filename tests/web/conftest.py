"""Fixtures of the browser tests: the reference article in a temp store, a real server,
and Debian's Chromium driven by Playwright.

Without /usr/bin/chromium the browser tests skip with the reason, except in CI (the CI
environment variable is set), where they fail: CI must never silently skip them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.store import open_store
from tests.api.serving import build_store, running_server
from tests.conftest import ROOT, SEED_ID

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = ROOT / "build" / "screenshots"  # stable path; /build/ is git-ignored
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _no_browser(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the browser tests (install: apt-get install -y chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium, launched once per session."""
    if not CHROMIUM.is_file():
        _no_browser(f"browser tests need Debian's Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _no_browser("browser tests need Playwright for Python (pip install -e '.[test]')")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory, reader, shared: Path) -> Path:
    """A temp store holding the reference article (and our own two), built by ingest."""
    db = tmp_path_factory.mktemp("web") / "seed.db"
    build_store(db, reader, seed=shared / "seeds" / f"{SEED_ID}.txt")
    return db


@pytest.fixture(scope="session")
def web_url(seed_db: Path, reader) -> Iterator[str]:
    """A real uvicorn server over ``seed_db``; its base URL."""
    with running_server(seed_db, reader) as url:
        yield url


@pytest.fixture(scope="session")
def own_url(tmp_path_factory: pytest.TempPathFactory, reader) -> Iterator[str]:
    """A real server over a store of our own prose only (no ../shared needed)."""
    db = tmp_path_factory.mktemp("web-own") / "own.db"
    build_store(db, reader)
    with running_server(db, reader) as url:
        yield url


@pytest.fixture(scope="session")
def slashed_url(tmp_path_factory: pytest.TempPathFactory, reader) -> Iterator[str]:
    """A real server over our own prose plus an article whose id holds "/" and whose title
    holds bidi and zero-width controls (serving.SLASHED_ARTICLE)."""
    from tests.api.serving import SLASHED_ARTICLE

    db = tmp_path_factory.mktemp("web-slashed") / "slashed.db"
    build_store(db, reader, extra=(SLASHED_ARTICLE,))
    with running_server(db, reader) as url:
        yield url


@pytest.fixture()
def slashed_page(browser, slashed_url: str) -> Iterator[Any]:
    yield from _page(browser, slashed_url, DESKTOP)


@pytest.fixture(scope="session")
def main_person(seed_db: Path) -> dict[str, str]:
    """The reference article's main person, found at run time from the store.

    The article names its subject in its first words, so: the PERSON entity of the
    stored article with the earliest name mention, and the global entity it merged into.
    """
    with open_store(seed_db, create=False) as store:
        stored = store.get(SEED_ID)
        assert stored is not None
        named = {e.id: min(m.start for m in e.mentions if m.kind == "name")
                 for e in stored.article.entities if e.type == "PERSON" and any(m.kind == "name" for m in e.mentions)}
        assert named, "the reference article yielded no named PERSON entity"
        first = next(e for e in stored.article.entities if e.id == min(named, key=named.__getitem__))
        merged = [g for g in store.find_entities(first.name) if g.type == "PERSON"]
        assert merged, f"{first.name!r} is not among the store's global entities"
        return {"name": first.name, "id": merged[0].id, "local_id": first.id}


@pytest.fixture()
def page(browser, web_url: str) -> Iterator[Any]:
    """A fresh desktop page; the test fails on any script error or off-site request."""
    yield from _page(browser, web_url, DESKTOP)


@pytest.fixture()
def own_page(browser, own_url: str) -> Iterator[Any]:
    """A fresh desktop page on the own-prose server."""
    yield from _page(browser, own_url, DESKTOP)


@pytest.fixture()
def phone_page(browser, web_url: str) -> Iterator[Any]:
    """A fresh page at a phone's width (390 CSS px)."""
    yield from _page(browser, web_url, PHONE)


def _page(browser: Any, web_url: str, viewport: dict[str, int]) -> Iterator[Any]:
    context = browser.new_context(viewport=viewport)
    context.set_default_timeout(15_000)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}")
            if msg.type == "error" and not _api_refusal(msg) else None)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("request", lambda req: problems.append(f"off-site request: {req.url}")
            if not req.url.startswith((web_url, "data:")) else None)
    yield page
    context.close()
    assert not problems, problems


def _api_refusal(msg: Any) -> bool:
    # Chromium logs every 4xx fetch as a console error; an API refusal the page shows the
    # user (a test's deliberate bad request) is behaviour, not a script problem.
    return "/v1/" in (msg.location or {}).get("url", "") and "status of 4" in msg.text


def screenshot(page: Any, name: str) -> Path:
    """Write a full-page screenshot to build/screenshots/NAME.png; RETURNS its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
