"""Article-date inference: evidence, honest ranges, never the clock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.time import resolve_times

TIME_PKG = Path(__file__).resolve().parents[2] / "dateline" / "time"


def parse(nlp, text: str):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("dateline_"):
            doc = proc(doc)
    return doc


def test_dct_weekday_date_pair_fixes_the_year(nlp) -> None:
    text = ("The band played its last show in August 2022. On Sunday, March 5, the singer "
            "said she was resting. Earlier this month she had cancelled a tour.")
    pub = resolve_times(parse(nlp, text), None, []).published
    assert pub.source == "inferred"
    assert pub.value == "2023-03-05"  # March 5 is a Sunday in 2023, the first such year after 2022
    assert pub.earliest <= pub.value <= pub.latest <= "2023-03-31"
    assert any("2023" in clue for clue in pub.clues)


def test_dct_future_dates_bound_the_range(nlp) -> None:
    text = "The council met on May 2, 2018. It will vote again on May 9, 2018."
    pub = resolve_times(parse(nlp, text), None, []).published
    assert pub.value == "2018-05-02"
    assert pub.latest <= "2018-05-09"


def test_dct_no_evidence_is_unknown(nlp) -> None:
    pub = resolve_times(parse(nlp, "The committee met and the chair spoke at length."), None, []).published
    assert pub.source == "unknown" and pub.value is None


def test_dct_year_alone_is_a_lower_bound(nlp) -> None:
    pub = resolve_times(parse(nlp, "The company was founded in 1998 and grew quickly."), None, []).published
    assert pub.value is None
    assert pub.earliest == "1998-01-01"


@pytest.mark.parametrize("path", sorted(TIME_PKG.rglob("*.py")), ids=lambda p: p.name)
def test_dct_never_reads_the_clock(path: Path) -> None:
    assert not re.search(r"\b(?:now|today|utcnow)\(\)", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("bad", ["2021-02-30", "20 Feb 2021", "2021-2-3"])
def test_dct_rejects_a_malformed_given_date(nlp, bad: str) -> None:
    from dateline.errors import BadDateError

    with pytest.raises(BadDateError):
        resolve_times(parse(nlp, "The mayor spoke."), bad, [])
