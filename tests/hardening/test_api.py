"""The HTTP API under hostile input, in process (the app, its middleware and the real Reader).

Issue 12, items 7 and 8 (server part) and the audit's passing cases: security headers on
every response (a bug's 500 too), the Host allow-list, a body that trickles, no absolute
paths in messages, the readers' screening on POST /v1/read, strict dates, and no script
injection, SQL injection or path traversal.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.api import ServeSettings, create_app
from dateline.api.limits import BodyLimit, HostCheck, host_of
from dateline.pipeline.ingest import ingest_records
from dateline.store import open_store
from dateline.store.errors import StoreError
from dateline.types import RawArticle
from tests.hardening.loops import run_apart

LOCAL = "http://localhost"
GOOD = ("The harbour council met on Tuesday and agreed to repair the old pier by June. "
        "“We have waited long enough,” said Dana Whitlow, who chairs the council.")
HOSTILE_TITLE = "<img src=x onerror=alert(1)><script>alert('t')</script>\u202egnp.exe"
HOSTILE_ID = "x'); DROP TABLE articles; --<script>"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory, reader) -> Path:
    """A store holding one good article and one whose id, title and url are hostile."""
    db = tmp_path_factory.mktemp("hostile") / "hostile.db"
    with open_store(db) as store:
        report = ingest_records(store, [
            RawArticle("pier", GOOD, "2023-03-02"),
            RawArticle(HOSTILE_ID, GOOD.replace("Tuesday", "Monday") + " <script>alert('x')</script>",
                       "2023-03-03", title=HOSTILE_TITLE, url="javascript:alert(1)"),
        ], lambda: reader)
        assert report.errors == 0
    return db


@pytest.fixture(scope="module")
def client(hostile_db: Path, reader) -> Iterator[TestClient]:
    app = create_app(ServeSettings(db=hostile_db), load_reader=lambda: reader)
    with TestClient(app, base_url=LOCAL) as c:
        yield c


SECURITY = ("content-security-policy", "x-content-type-options", "referrer-policy")


def _has_security_headers(response) -> bool:
    return all(h in response.headers for h in SECURITY) and \
        "script-src 'self'" in response.headers["content-security-policy"]


# -- POST /v1/read screens like every reader (item 8) ----------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("The pier\x00 reopened on Monday after the storm.", "E108"),
    ("\x01\x02\x03\x04\x05 pier " * 20, "E108"),
    ("x" * 5000, "E108"),
    (("Le conseil du port a décidé mardi de réparer la vieille jetée avant le mois de juin, et les "
      "pêcheurs de la ville disent que les travaux sont attendus depuis des années. ") * 2, "E107"),
    ("Совет гавани во вторник решил отремонтировать старый пирс до июня этого года.", "E107"),
])
def test_read_applies_the_readers_screening(client: TestClient, text: str, code: str) -> None:
    response = client.post("/v1/read", json={"text": text})
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == code
    assert response.json()["error"]["message"].startswith("body.text: ")


def test_read_refuses_a_lone_surrogate_without_a_500(client: TestClient) -> None:
    for raw in (b'{"text": "The pier \\ud800 reopened on Monday."}',
                b'{"text": "' + GOOD.encode() + b'", "title": "\\udfff"}'):
        response = client.post("/v1/read", content=raw, headers={"content-type": "application/json"})
        assert 400 <= response.status_code < 500, response.text
        assert response.json()["error"]["code"] in ("E111", "E510")


@pytest.mark.parametrize("published", ["2021-02-20T99:99", "2021-02-30", "2021-13-01", "20210220",
                                       "2021-02-20junk", "٢٠٢١-٠٢-٢٠"])
def test_read_refuses_impossible_dates(client: TestClient, published: str) -> None:
    response = client.post("/v1/read", json={"text": GOOD, "published": published})
    assert response.status_code == 422
    assert "published" in response.json()["error"]["message"]


def test_read_still_reads_good_text(client: TestClient) -> None:
    response = client.post("/v1/read", json={"text": GOOD, "published": "2023-03-02"})
    assert response.status_code == 200
    assert response.json()["quotes"]


# -- security headers, Host allow-list, messages (item 7) ------------------------------------

def test_a_bugs_500_carries_the_security_headers(tmp_path: Path) -> None:
    def broken_store():
        raise RuntimeError("a bug in opening the store")

    app = create_app(ServeSettings(db=tmp_path / "none.db"), open_store=broken_store)
    with TestClient(app, base_url=LOCAL, raise_server_exceptions=False) as c:
        response = c.get("/v1/health")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "E599"
    assert _has_security_headers(response)
    assert "a bug in opening" not in response.text  # the traceback stays in the log


def test_store_errors_do_not_show_absolute_paths(tmp_path: Path) -> None:
    secret = "/srv/private/layout/news.db"

    def locked_store():
        raise StoreError(f"{secret}: database is locked")

    app = create_app(ServeSettings(db=tmp_path / "none.db"), open_store=locked_store)
    with TestClient(app, base_url=LOCAL) as c:
        response = c.get("/v1/health")
    assert response.status_code == 503
    message = response.json()["error"]["message"]
    assert "/srv/private" not in message and "news.db: database is locked" in message
    assert _has_security_headers(response)


@pytest.mark.parametrize(("base", "ok"), [
    ("http://localhost", True), ("http://localhost:8000", True), ("http://127.0.0.1:8000", True),
    ("http://[::1]:8000", True), ("http://evil.example", False), ("http://localhost.evil.example", False),
    ("http://127.0.0.1.nip.io", False),
])
def test_host_header_allow_list(hostile_db: Path, reader, base: str, ok: bool) -> None:
    app = create_app(ServeSettings(db=hostile_db), load_reader=lambda: reader)
    with TestClient(app, base_url=base) as c:
        for path in ("/v1/health", "/", "/v1/articles/pier"):
            response = c.get(path)
            assert (response.status_code != 400) == ok, (base, path, response.text)
            assert _has_security_headers(response)
            if not ok:
                assert response.json()["error"]["code"] == "E517"


def test_allow_host_adds_names_and_domains(hostile_db: Path, reader) -> None:
    settings = ServeSettings(db=hostile_db, allowed_hosts=("localhost", "news.example.org", ".corp.example"))
    app = create_app(settings, load_reader=lambda: reader)
    for base, ok in [("http://news.example.org", True), ("http://a.corp.example:81", True),
                     ("http://corp.example", True), ("http://evilcorp.example", False)]:
        with TestClient(app, base_url=base) as c:
            assert (c.get("/v1/health").status_code == 200) == ok, base


def test_host_of_parses_ports_and_ipv6() -> None:
    assert host_of("LocalHost:8000") == "localhost"
    assert host_of("[::1]:8000") == "::1"
    assert host_of("::1") == "::1"
    assert HostCheck(app=None, allowed=["*"]).allows("anything")  # type: ignore[arg-type]


def test_a_trickling_body_gets_408() -> None:
    """BodyLimit stops waiting for a body after its timeout (a real server test is in
    test_serve.py); the app behind it is never called."""
    sent: list[dict] = []
    called = []

    async def app(scope, receive, send):
        called.append(True)

    async def receive():
        await asyncio.sleep(10)  # a client that sent its headers and then nothing
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "headers": [(b"content-length", b"100")]}
    run_apart(asyncio.wait_for(BodyLimit(app, max_body=1000, timeout=0.2)(scope, receive, send), 5))
    assert not called
    assert sent[0]["status"] == 408
    assert json.loads(sent[1]["body"])["error"]["code"] == "E516"


# -- the audit's passing cases, kept passing -------------------------------------------------

def test_no_script_injection_in_pages(client: TestClient) -> None:
    """Pages are fixed shells (nothing of an article is put into HTML by the server); the data
    comes as JSON, and the page code writes text, never markup."""
    from urllib.parse import quote

    for path in (f"/articles/{quote(HOSTILE_ID, safe='')}", "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                 "/", "/read", "/?q=%3Cscript%3E"):
        page = client.get(path)
        assert page.status_code in (200, 404), path  # an id with "/" in it: issue 18's path ids
        if page.status_code == 200:
            assert page.headers["content-type"].startswith("text/html")
        assert "alert(" not in page.text and "onerror" not in page.text and "<script>" not in page.text
        assert _has_security_headers(page)
    stored = client.get(f"/v1/articles/{quote(HOSTILE_ID, safe='')}")
    assert stored.status_code == 200 and stored.headers["content-type"] == "application/json"
    assert stored.json()["title"] == HOSTILE_TITLE  # data, returned as data
    static = Path(__file__).resolve().parents[2] / "dateline" / "web" / "static"
    for js in static.glob("*.js"):
        code = js.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in code, f"{js.name} uses {sink}"


@pytest.mark.parametrize("q", ["' OR '1'='1", "x'; DROP TABLE entities; --", "%", "_", "\\", "\"", "1 UNION SELECT 1"])
def test_no_sql_injection(client: TestClient, q: str) -> None:
    before = client.get("/v1/health").json()["articles"]
    for path, params in (("/v1/entities", {"q": q}), ("/v1/quotes", {"speaker": q}),
                         (f"/v1/entities/{q}/timeline", None)):
        response = client.get(path, params=params)
        assert response.status_code in (200, 404, 409, 422), (path, response.text)
        if path == "/v1/entities":
            names = [e["name"] for e in response.json()]
            assert len(names) < 3  # a pattern character matched literally, not every entity
    assert client.get("/v1/health").json()["articles"] == before == 2


@pytest.mark.parametrize("path", ["/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                                  "/static/..%2f..%2f..%2fetc%2fpasswd", "/static/%2fetc%2fpasswd",
                                  "/static/....//....//etc/passwd", "/static/../api/app.py"])
def test_no_path_traversal(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    assert "root:" not in response.text and "create_app" not in response.text


def test_no_5xx_under_mixed_concurrent_requests(hostile_db: Path, reader) -> None:
    """The audit's 905 mixed concurrent requests, smaller: queries, pages, bad bodies and reads
    at once against a real server. A read the queue cannot take is 429 (back-pressure), never
    a 5xx."""
    import random
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    from tests.api.serving import running_server

    calls = [("GET", "/v1/health", None), ("GET", "/v1/entities?q=Whitlow", None), ("GET", "/v1/quotes", None),
             ("GET", "/v1/articles/pier", None), ("GET", "/v1/articles/nope", None), ("GET", "/", None),
             ("GET", "/static/style.css", None), ("GET", "/v1/entities?q=%27%20OR%201=1", None),
             ("POST", "/v1/read", {"text": GOOD}), ("POST", "/v1/read", {"text": "x\x00y"}),
             ("POST", "/v1/read", {"txt": "no"}), ("POST", "/v1/read", {"text": GOOD, "published": "2021-02-20T99:99"})]
    rng = random.Random(12)
    plan = [rng.choice(calls) for _ in range(240)]
    with running_server(hostile_db, reader) as url, httpx.Client(base_url=url, timeout=120) as client:
        def call(c: tuple) -> httpx.Response:
            method, path, body = c
            return client.request(method, path, json=body)

        with ThreadPoolExecutor(24) as pool:
            responses = list(pool.map(call, plan))
    statuses = [r.status_code for r in responses]
    assert max(statuses) < 500, sorted(set(statuses))
    for (_, _, body), r in zip(plan, responses, strict=True):
        if body == {"text": GOOD}:
            assert r.status_code in (200, 429)
            if r.status_code == 429:
                assert int(r.headers["retry-after"]) >= 1
        assert _has_security_headers(r)
