"""The entities layer on the reference article and on the hand-made PolNeAR dev gold.

Both read ../shared at run time (the ``shared`` fixture skips them without it).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.baseline import floor

from .eval_mentions import load_gold, score

# the tuning set and the held-out set (annotated after tuning, scored once)
GOLD_FILES = ["polnear_dev_gold.json", "polnear_dev_gold_heldout.json"]


def _norm(name: str | None) -> str:
    return " ".join((name or "").lower().replace("’", "'").split())


def test_seed_every_gold_entity_with_its_mentions_and_age(seed_article, seed_gold):
    """Each gold entity is one predicted entity of that name holding every listed mention."""
    for gold in seed_gold["entities"]:
        cands = [e for e in seed_article.entities if _norm(e.name) == _norm(gold["name"])]
        assert len(cands) == 1, gold["name"]
        ent = cands[0]
        assert ent.type == gold["type"], gold["name"]
        have = {_norm(m.text) for m in ent.mentions}
        assert [x for x in gold["must_include"] if _norm(x) not in have] == [], gold["name"]
        age = (gold.get("attributes") or {}).get("age")
        if age:
            ages = [a for a in ent.attributes if a.name == "age"]
            assert [a.value for a in ages] == [age["value"]], gold["name"]


def test_seed_relations_stated(seed_article, seed_gold):
    name_of = {e.id: _norm(e.name) for e in seed_article.entities}
    stated = set()
    for e in seed_article.entities:
        for r in e.relations:
            a, b = name_of[e.id], name_of[r.target]
            stated.add((r.type, a, b))
            if r.type == "spouse":
                stated.add(("spouse", b, a))
            if r.type == "parent":
                stated.add(("child", b, a))
    missing = [r for r in seed_gold["relations"] if (r["type"], _norm(r["a"]), _norm(r["b"])) not in stated]
    assert missing == []


def test_seed_mention_offsets_exact(seed_article, seed_text):
    for e in seed_article.entities:
        for m in e.mentions:
            assert seed_text[m.start:m.end] == m.text


@pytest.mark.parametrize("gold", GOLD_FILES)
def test_polnear_gold_offsets_match_texts(shared: Path, gold: str):
    """The gold file's offsets still point at its mention strings in ../shared texts."""
    for rec in load_gold(gold):
        text = (shared / "data" / "polnear" / "dev" / "text" / f"{rec['stem']}.txt").read_text(encoding="utf-8")
        for ent in rec["entities"]:
            for m in ent["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"], (rec["stem"], m)


@pytest.mark.parametrize("gold", GOLD_FILES)
def test_polnear_gold_bcubed_floor(reader, shared: Path, gold: str):
    precision, recall, f1 = score(reader, shared, gold=gold)
    assert f1 >= floor("entities_bcubed_f1", gold), f"B-cubed P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"


@pytest.mark.parametrize("gold", GOLD_FILES)
def test_polnear_gold_file_is_offsets_not_text(gold: str):
    """The gold keeps offsets and short mention strings only, never article text."""
    raw = json.loads((Path(__file__).parent / gold).read_text(encoding="utf-8"))
    longest = max(len(m["text"]) for r in raw for e in r["entities"] for m in e["mentions"])
    assert longest <= 80


@pytest.mark.parametrize("gold,pred,expected", [
    # perfect
    ([[(0, 3), (10, 13)]], [[(0, 3), (10, 13)]], (1.0, 1.0)),
    # split in two: recall halves, precision stays
    ([[(0, 3), (10, 13)]], [[(0, 3)], [(10, 13)]], (0.5, 1.0)),
    # a foreign mention merged in: precision 2/3 for the pair and 1/3 for it
    ([[(0, 3), (10, 13)]], [[(0, 3), (10, 13), (20, 23)]], (1.0, (2 / 3 * 2 + 1 / 3) / 3)),
])
def test_bcubed_cases(gold, pred, expected):
    from dateline.entities.bcubed import bcubed

    r, p, ng, npred = bcubed(gold, pred)
    assert (round(r / ng, 6), round(p / npred, 6)) == (round(expected[0], 6), round(expected[1], 6))


def test_speaker_link_sample_checked_by_hand(reader, shared: Path):
    """The 100 hand-checked quotes whose speaker is a pronoun/descriptor (speaker_links.py):
    Dateline, run again on their articles, must still give most of them the same speaker
    mention and entity, and of those it still gives, the share checked correct must hold
    (floors in eval/baseline.json, tests.speaker_links_sample)."""
    import csv

    from dateline.types import RawArticle

    path = Path(__file__).parent / "speaker_links_sample.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert len(rows) == 100 and all(r["verdict"] == "correct" or r["verdict"].startswith("wrong") for r in rows)
    texts = {r["stem"]: (shared / "data" / "polnear" / "dev" / "text" / f"{r['stem']}.txt").read_text(encoding="utf-8")
             for r in rows}
    for r in rows:  # the offsets still point at the mention strings
        assert texts[r["stem"]][int(r["mention_start"]):int(r["mention_end"])] == r["mention"]
    # (stem, quote start) -> the (speaker mention span, entity name) Dateline gives now to the
    # quotes starting there: the sample checks speakers, and the quotes layer may move where
    # a quotation's content ends (a dangling "but" cut off) without changing its speaker
    answers: dict[tuple[str, int], list] = {}
    for article in reader.read_many(RawArticle(stem, text) for stem, text in sorted(texts.items())):
        names = {e.id: e.name for e in article.entities}
        for q in article.quotes:
            m = q.speaker.mention
            answers.setdefault((article.id, q.start), []).append(
                (None if m is None else (m.start, m.end), names.get(q.speaker.entity or "")))
    same = [r for r in rows if ((int(r["mention_start"]), int(r["mention_end"])), r["entity_name"] or None)
            in answers.get((r["stem"], int(r["quote_start"])), [])]
    correct = sum(r["verdict"] == "correct" for r in same)
    group = "speaker_links_sample"
    assert len(same) / len(rows) >= floor(group, "same_answer"), f"{len(same)} of {len(rows)} answered as checked"
    assert correct / len(same) >= floor(group, "precision"), f"{correct} of {len(same)} correct"
