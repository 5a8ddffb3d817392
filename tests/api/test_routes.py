"""The /v1 endpoints in-process (TestClient): shapes, order, grounding and error messages."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

PERSON = "Helen Carter"  # the person of serving.OWN_ARTICLES, named in both


def _person(client: TestClient) -> dict:
    found = client.get("/v1/entities", params={"q": PERSON}).json()
    return next(e for e in found if e["name"] == PERSON)


@pytest.mark.parametrize("query", ["Helen Carter", "carter", "  HELEN  carter "])
def test_entities_search_finds_by_part_of_name(client: TestClient, query: str) -> None:
    response = client.get("/v1/entities", params={"q": query})
    assert response.status_code == 200
    assert PERSON in [e["name"] for e in response.json()]


@pytest.mark.parametrize("limit", [1])
def test_entities_without_query_lists_most_reported_first(client: TestClient, limit: int) -> None:
    every = client.get("/v1/entities").json()
    assert every and [e["n_articles"] for e in every] == sorted((e["n_articles"] for e in every), reverse=True)
    assert len(client.get("/v1/entities", params={"limit": limit}).json()) == limit


@pytest.mark.parametrize("entity", [PERSON])
def test_timeline_is_in_date_order_with_grounded_sources(client: TestClient, entity: str) -> None:
    person = _person(client)
    data = client.get(f"/v1/entities/{person['id']}/timeline").json()
    assert data["entity"]["id"] == person["id"]
    earliest = [e["earliest"] for e in data["events"]]
    assert len(earliest) >= 2 and earliest == sorted(earliest)
    for event in data["events"]:
        for source in event["sources"]:
            text = client.get(f"/v1/articles/{source['article_id']}").json()["text"]
            assert text[source["start"]:source["end"]] == source["text"]


@pytest.mark.parametrize(("bounds", "inside"), [({"from": "2021-04"}, lambda e: e["earliest"] >= "2021-04-01"),
                                                ({"to": "2020"}, lambda e: e["latest"] <= "2020-12-31")])
def test_timeline_date_bounds_keep_events_inside(client: TestClient, bounds: dict, inside) -> None:
    person = _person(client)
    every = client.get(f"/v1/entities/{person['id']}/timeline").json()["events"]
    kept = client.get(f"/v1/entities/{person['id']}/timeline", params=bounds).json()["events"]
    assert kept == [e for e in every if inside(e)]


@pytest.mark.parametrize("how", ["id", "name"])
def test_quotes_by_speaker_id_or_name(client: TestClient, how: str) -> None:
    person = _person(client)
    found = client.get("/v1/quotes", params={"speaker": person["id"] if how == "id" else PERSON}).json()
    assert found and all(q["speaker_id"] == person["id"] for q in found)


@pytest.mark.parametrize("article_id", ["harbour-1"])
def test_article_has_text_and_grounded_facts(client: TestClient, article_id: str) -> None:
    article = client.get(f"/v1/articles/{article_id}").json()
    text = article["text"]
    spans = [*article["times"], *article["quotes"],
             *(m for e in article["entities"] for m in e["mentions"])]
    assert spans and all(text[s["start"]:s["end"]] == s["text"] for s in spans)


@pytest.mark.parametrize(("path", "status", "code", "words"), [
    ("/v1/articles/no-such-article", 404, "E511", "no article with id 'no-such-article'"),
    ("/v1/entities/e_nope/timeline", 404, "E310", "'e_nope'"),
    ("/v1/quotes?kind=sarcastic", 422, "E510", "query.kind"),
    ("/v1/articles?offset=-1", 422, "E510", "query.offset"),
    ("/v1/quotes?speaker=Nobody%20Atall", 404, "E310", "no entity named 'Nobody Atall'"),
    ("/v1/entities?limit=0", 422, "E510", "query.limit"),
    ("/v1/entities/x/timeline?from=March", 422, "E510", "query.from: not a date: 'March' (use YYYY"),
    ("/v1/entities/x/timeline?to=2021-02-30", 422, "E312", "not a date: '2021-02-30'"),
    ("/v1/nothing-here", 404, "E511", "Not Found"),
])
def test_bad_requests_get_a_4xx_with_a_clear_message(client: TestClient, path: str, status: int,
                                                     code: str, words: str) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert words in response.json()["error"]["message"]


@pytest.mark.parametrize("path", ["/v1/health"])
def test_health_counts_stored_articles(client: TestClient, path: str) -> None:
    assert client.get(path).json() == {"status": "ok", "articles": 2}


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_no_cdn_backed_docs_pages_but_openapi_served(client: TestClient, path: str) -> None:
    # FastAPI's docs pages load Swagger UI from a CDN; Dateline serves nothing from elsewhere.
    assert client.get(path).status_code == 404
    spec = client.get("/openapi.json").json()
    assert {"/v1/read", "/v1/entities", "/v1/entities/{entity_id}/timeline", "/v1/quotes",
            "/v1/articles/{article_id}", "/v1/overview", "/v1/articles"} <= set(spec["paths"])


@pytest.mark.parametrize("kind", ["direct", "indirect"])
def test_quotes_kind_filter(client: TestClient, kind: str) -> None:
    every = client.get("/v1/quotes").json()
    found = client.get("/v1/quotes", params={"kind": kind}).json()
    assert found and all(q["kind"] == kind for q in found)
    assert len(found) == sum(1 for q in every if q["kind"] == kind)


def test_quotes_kind_filter_rejects_other_words(client: TestClient) -> None:
    response = client.get("/v1/quotes", params={"kind": "paraphrase"})
    assert response.status_code == 422


@pytest.fixture(scope="module")
def slashed(tmp_path_factory: pytest.TempPathFactory, reader):
    """The app over a store that also holds an article whose id holds "/"."""
    from dateline.api import ServeSettings, create_app
    from tests.api.serving import SLASHED_ARTICLE, build_store

    db = tmp_path_factory.mktemp("slashed") / "s.db"
    build_store(db, reader, extra=(SLASHED_ARTICLE,))
    app = create_app(ServeSettings(db=db), load_reader=lambda: reader)
    with TestClient(app, base_url="http://localhost") as test_client:  # an allowed Host (issue 12)
        yield test_client


def test_article_ids_with_slashes_are_reachable_by_api_and_page(slashed: TestClient) -> None:
    article = slashed.get("/v1/articles/desk/metro/harbour-3")
    assert article.status_code == 200 and article.json()["id"] == "desk/metro/harbour-3"
    assert slashed.get("/v1/articles/desk%2Fmetro%2Fharbour-3").json()["id"] == "desk/metro/harbour-3"
    page = slashed.get("/articles/desk/metro/harbour-3")
    assert page.status_code == 200 and b"/static/article.js" in page.content
    assert slashed.get("/v1/articles/desk/metro/nope").status_code == 404


@pytest.mark.parametrize("how", ["id", "name", "name in other case"])
def test_timeline_takes_a_name_wherever_an_id_is_taken(client: TestClient, how: str) -> None:
    person = _person(client)
    key = {"id": person["id"], "name": PERSON, "name in other case": PERSON.upper()}[how]
    data = client.get(f"/v1/entities/{key}/timeline").json()
    assert data["entity"]["id"] == person["id"] and data["events"]


def test_timeline_pages_and_counts_per_month(client: TestClient) -> None:
    person = _person(client)
    url = f"/v1/entities/{person['id']}/timeline"
    every = client.get(url).json()
    assert every["total"] == len(every["events"]) >= 3 and every["offset"] == 0
    assert sum(m["events"] for m in every["months"]) + every["other"] == every["total"]
    assert [m["month"] for m in every["months"]] == sorted({e["date"][:7] for e in every["events"]
                                                            if len(e["date"]) >= 7 and e["date"][4] == "-"})
    pages = [client.get(url, params={"limit": 2, "offset": n}).json() for n in range(0, every["total"], 2)]
    assert [e for p in pages for e in p["events"]] == every["events"]
    assert all(p["total"] == every["total"] and p["months"] == every["months"] for p in pages)
    month = every["months"][0]["month"]
    inside = client.get(url, params={"from": month, "to": month}).json()
    assert inside["total"] == every["months"][0]["events"] and inside["months"] == every["months"]


def test_entities_and_quotes_page_with_offset(client: TestClient) -> None:
    every = client.get("/v1/entities", params={"limit": 100}).json()
    paged = [e for n in range(0, len(every), 3)
             for e in client.get("/v1/entities", params={"limit": 3, "offset": n}).json()]
    assert paged == every
    quotes = client.get("/v1/quotes").json()
    assert client.get("/v1/quotes", params={"limit": 1, "offset": 1}).json() == quotes[1:2]
    direct = client.get("/v1/quotes", params={"kind": "direct"}).json()
    indirect = client.get("/v1/quotes", params={"kind": "indirect"}).json()
    assert len(direct) + len(indirect) == len(quotes) and indirect  # the own prose reports statements too
    assert {q["kind"] for q in direct} == {"direct"} and {q["kind"] for q in indirect} == {"indirect"}


def test_overview_counts_what_the_store_holds(client: TestClient) -> None:
    o = client.get("/v1/overview").json()
    people = client.get("/v1/entities", params={"type": "PERSON", "limit": 1000}).json()
    quotes = client.get("/v1/quotes", params={"limit": 1000}).json()
    assert o["articles"] == 2 and o["people"] == len(people) and o["quotes"] == len(quotes)
    assert [a["id"] for a in o["latest_articles"]] == ["harbour-2", "harbour-1"]  # latest published first
    assert o["latest_articles"][0]["published"] == "2021-06-11"
    top = o["most_quoted"][0]
    assert top["entity"]["name"] == PERSON
    assert top["quotes"] == sum(1 for q in quotes if q["speaker_id"] == top["entity"]["id"])
    assert o["most_mentioned"][0]["name"] == PERSON
    listed = client.get("/v1/articles", params={"limit": 1, "offset": 1}).json()
    assert [a["id"] for a in listed] == ["harbour-1"]
