"""POST /v1/read: contract JSON of a pasted article, lazy model loading, clear refusals."""

from __future__ import annotations

import json
import threading

import pytest
from fastapi.testclient import TestClient

from dateline.api import ServeSettings, create_app

TEXT = ("Nadia Brooks, the head of the Ashcombe rowing club, retired on 14 May 2022. "
        "“Forty seasons on the river is enough,” Brooks said.")


@pytest.mark.parametrize("published", ["2022-05-15", None])
def test_read_returns_contract_json_grounded_in_the_text(client: TestClient, published: str | None) -> None:
    body = {"text": TEXT} | ({"published": published} if published else {})
    response = client.post("/v1/read", json=body)
    assert response.status_code == 200
    article = response.json()
    assert {"id", "published", "times", "entities", "quotes", "events"} <= set(article)
    assert article["published"]["source"] == ("given" if published else "inferred")
    spans = [*article["times"], *article["quotes"], *(m for e in article["entities"] for m in e["mentions"])]
    assert spans and all(TEXT[s["start"]:s["end"]] == s["text"] for s in spans)
    assert any(t["value"] == "2022-05-14" for t in article["times"])


# The day of reading bounds an inferred date from above, never a given one; without it the era's end.
@pytest.mark.parametrize(("read_on", "published", "latest"), [
    ("2023-04-09", None, "2023-04-09"), (None, None, "2099-12-31"), ("2023-04-09", "2022-05-15", "2022-05-15")])
def test_read_on_bounds_the_inferred_date_as_the_cli(client: TestClient, read_on: str | None,
                                                     published: str | None, latest: str) -> None:
    body = {"text": TEXT} | ({"read_on": read_on} if read_on else {}) | ({"published": published} if published else {})
    response = client.post("/v1/read", json=body)
    assert response.status_code == 200, response.text
    dated = response.json()["published"]
    assert dated["latest"] == latest
    if published is None:  # the text's own lower bound (the retirement it reports) is kept
        assert dated["source"] == "inferred" and dated["earliest"] == "2022-05-14"


@pytest.mark.parametrize(("body", "code", "words"), [
    ({}, "E510", "body.text: Field required"),
    ({"text": ""}, "E510", "body.text"),
    ({"text": "   \n "}, "E510", "body.text: must contain some non-space text"),
    ({"text": "x", "published": "2021-02-30"}, "E510", "body.published: not a YYYY-MM-DD date: '2021-02-30'"),
    ({"text": "x", "published": "20 May"}, "E510", "body.published: not a YYYY-MM-DD date: '20 May'"),
    ({"text": "x", "read_on": "2023-02-29"}, "E510", "body.read_on: not a YYYY-MM-DD date: '2023-02-29'"),
    ({"text": "x", "read_on": "today"}, "E510", "body.read_on: not a YYYY-MM-DD date: 'today'"),
    ({"text": "x", "read_on": 20230409}, "E510", "body.read_on"),
    ({"text": "x", "publised": "2021-02-20"}, "E510", "body.publised: Extra inputs are not permitted"),
    ({"text": 42}, "E510", "body.text"),
])
def test_read_refuses_bad_bodies_with_a_clear_message(client: TestClient, body: dict, code: str,
                                                      words: str) -> None:
    response = client.post("/v1/read", json=body)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == code
    assert words in response.json()["error"]["message"]


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2"])
def test_read_refuses_malformed_json(client: TestClient, raw: bytes) -> None:
    response = client.post("/v1/read", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith("body: not valid JSON")


@pytest.mark.parametrize("max_body", [200])
def test_bodies_over_max_body_get_413_declared_or_chunked(own_db, reader, max_body: int) -> None:
    app = create_app(ServeSettings(db=own_db, max_body=max_body), load_reader=lambda: reader)
    big = json.dumps({"text": "word " * 100}).encode()
    with TestClient(app, base_url="http://localhost") as client:
        declared = client.post("/v1/read", content=big, headers={"content-type": "application/json"})
        chunked = client.post("/v1/read", content=iter([big[:150], big[150:]]),
                              headers={"content-type": "application/json"})
        small = client.post("/v1/read", json={"text": "Hi."})
    for response in (declared, chunked):
        assert response.status_code == 413
        assert response.json()["error"] == {
            "code": "E513", "message": f"request body is larger than the limit of {max_body} bytes "
                                       "(see dateline serve --max-body)"}
    assert small.status_code == 200


@pytest.mark.parametrize("reads", [3])
def test_reader_loads_lazily_once_per_process(own_db, reader, reads: int) -> None:
    loads: list[str] = []

    def load():
        loads.append(threading.current_thread().name)
        return reader

    app = create_app(ServeSettings(db=own_db), load_reader=load)
    with TestClient(app, base_url="http://localhost") as client:
        client.get("/v1/entities", params={"q": "Carter"})
        assert loads == []  # queries never load the model
        for _ in range(reads):
            assert client.post("/v1/read", json={"text": TEXT}).status_code == 200
    assert len(loads) == 1 and loads[0].startswith("dateline-reader")
