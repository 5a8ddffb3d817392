"""The pages load nothing from elsewhere and are served with a policy that forbids it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import dateline.web
from dateline.api import ServeSettings, create_app

WEB = Path(dateline.web.__file__).parent
ASSETS = sorted(p for p in WEB.rglob("*") if p.suffix in {".html", ".js", ".css"})
# Anything that would make a browser fetch from another host, or need a build step.
# (The SVG namespace is a name, never fetched: createElementNS needs it.)
OFF_SITE = re.compile(r"https?://(?!www\.w3\.org/2000/svg\b)|//cdn|@import|@font-face|"
                      r"\bimport\s.+from\s+['\"](?!\./)|require\(")


@pytest.mark.parametrize("asset", ASSETS, ids=[p.name for p in ASSETS])
def test_assets_reference_nothing_off_site(asset: Path) -> None:
    found = [line.strip() for line in asset.read_text(encoding="utf-8").splitlines() if OFF_SITE.search(line)]
    assert found == []


@pytest.mark.parametrize("path", ["/", "/timeline", "/read", "/api", "/articles/anything", "/articles/a/b",
                                  "/static/style.css", "/static/chart.js", "/v1/health", "/v1/overview"])
def test_every_response_carries_the_content_security_policy(tmp_path: Path, path: str) -> None:
    from dateline.store import open_store

    open_store(tmp_path / "empty.db").close()
    app = create_app(ServeSettings(db=tmp_path / "empty.db"))
    with TestClient(app, base_url="http://localhost") as client:
        response = client.get(path)
    assert response.status_code == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
