"""``dateline timeline`` and ``GET /v1/entities/{name}/timeline`` answer the same events in the
same order: both go through store.queries.order_timeline (the API once kept the store's
own order and the off-calendar events). The articles are prose written for this test.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.api import ServeSettings, create_app
from dateline.cli.main import main
from dateline.types import RawArticle
from tests.api.serving import build_store

NAME = "Mara Ellison"
# A year and a month of that year start on the same day: the store lists the year first
# (by its value), the timeline the month first (it ends sooner). "now" has no calendar place.
ARTICLES = (
    RawArticle("bakery-1", (
        "Mara Ellison opened a bakery in Dunmore in 2016. In January 2016 Mara Ellison signed the "
        "lease for the shop. Mara Ellison hired two bakers on 4 March 2016. Mara Ellison now "
        "employs nine people."), published="2018-05-02"),
    RawArticle("bakery-2", (
        "Mara Ellison won a regional prize in spring 2017. Mara Ellison bought a second oven in 2017."),
        published="2018-06-01"),
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, reader) -> Path:
    path = tmp_path_factory.mktemp("parity") / "bakery.db"
    build_store(path, reader, extra=ARTICLES)
    return path


@pytest.fixture(scope="module")
def client(db: Path, reader) -> Iterator[TestClient]:
    app = create_app(ServeSettings(db=db), load_reader=lambda: reader)
    with TestClient(app, base_url="http://localhost") as test_client:
        yield test_client


def _cli(db: Path, capsys, *extra: str) -> list[str]:
    assert main(["timeline", NAME, "--db", str(db), "--json", *extra]) == 0
    return [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines() if line.strip()]


def _api(client: TestClient, **params: str) -> list[str]:
    response = client.get(f"/v1/entities/{NAME}/timeline", params=params)
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["events"]]


@pytest.mark.parametrize("cli_args,params", [
    ((), {}),
    (("--from", "2016"), {"from": "2016"}),
    (("--from", "2016-01", "--to", "2016-12"), {"from": "2016-01", "to": "2016-12"}),
    (("--to", "2017-06-30"), {"to": "2017-06-30"}),
    (("--all-times",), {"all_times": "true"}),
])
def test_timeline_parity_cli_and_api_same_order(db: Path, client: TestClient, capsys,
                                                cli_args: tuple[str, ...], params: dict[str, str]) -> None:
    from_cli = _cli(db, capsys, *cli_args)
    assert from_cli, "the store holds dated events of the test's person"
    assert _api(client, **params) == from_cli


def test_timeline_parity_order_differs_from_the_store_order(db: Path, client: TestClient) -> None:
    """The case the parity test needs: the store's own order (by value) is not the timeline's."""
    from dateline.store import open_store

    with open_store(db, create=False) as store:
        entity = next(e for e in store.find_entities(NAME) if e.type == "PERSON")
        stored = [e.id for e in store.events_of(entity.id)]
    served = _api(client, all_times="true")
    assert sorted(stored) == sorted(served) and stored != served
