"""Routes for the page shells and the static files (mounted on the API's app).

    /                 home: the store at a glance, search
    /timeline         ?q=NAME&type=T search; ?entity=ID-OR-NAME&from=&to= a timeline with its chart
    /articles/{id}    a stored article (ids may hold "/"), its text highlighted, its facts and events
    /read             paste an article
    /api              the API, generated in the page from /openapi.json
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cache
from pathlib import Path
from string import Template

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
# Shells are tiny and change only with the package; modules are revalidated (no stale JS
# after an upgrade) but may be cached between pages.
SHELL_HEADERS = {"cache-control": "no-cache"}


# The site's pages in menu order: (template, menu path, title). Every shell is
# templates/_layout.html (head, skip link, menu with the current page marked) followed by
# the page's own templates/<name>.html, which starts at <main>.
PAGES = (
    ("home", "/", "Home"),
    ("timeline", "/timeline", "Timelines"),
    ("read", "/read", "Read an article"),
    ("api", "/api", "API"),
)
TITLES = {"article": "Article"}  # pages reached by link, not from the menu
# Every page's route. An article's shell is the same for every id (ids may hold "/"): its
# module reads the id from the URL and reports a missing article (the API answers 404).
ROUTES = {**{path: name for name, path, _ in PAGES}, "/articles/{article_id:path}": "article"}


def _nav(current: str) -> str:
    """RETURNS the menu's list items, ``current``'s marked as the page shown."""
    items = []
    for name, path, title in PAGES:
        mark = ' aria-current="page"' if name == current else ""
        items.append(f'      <li><a href="{path}"{mark}>{title}</a></li>\n')
    return "".join(items)


@cache
def _shell(name: str) -> str:
    """RETURNS the page shell: the layout, then ``templates/<name>.html`` (built once per process)."""
    titles = {**TITLES, **{page: title for page, _, title in PAGES}}
    layout = Template((TEMPLATES / "_layout.html").read_text(encoding="utf-8"))
    head = layout.substitute(title=titles[name], nav=_nav(name))
    return head + (TEMPLATES / f"{name}.html").read_text(encoding="utf-8")


def _page(name: str) -> HTMLResponse:
    return HTMLResponse(_shell(name), headers=SHELL_HEADERS)


def _endpoint(name: str) -> Callable[[], Awaitable[HTMLResponse]]:
    """RETURNS the route function serving page ``name``'s shell."""

    async def page() -> HTMLResponse:
        return _page(name)

    return page


def mount_web(app: FastAPI) -> None:
    """Add the pages (ROUTES) and ``/static`` to ``app`` (left out of the OpenAPI document)."""
    for path, name in ROUTES.items():
        app.add_api_route(path, _endpoint(name), methods=["GET"], include_in_schema=False,
                          name=f"{name}_page", response_class=HTMLResponse)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
