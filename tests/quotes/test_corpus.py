"""The quotes layer on real news, read from ../shared at run time: a PolNeAR train
subset scored by the project's scorer, and the reference article against its gold.

No corpus text is copied here. The train-subset floors are in eval/baseline.json
(tests.quotes_polnear_train_stride10), at the measured figures rounded down like every floor:
the parse is deterministic, so any regression fails the test.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from dateline.types import RawArticle
from tests.baseline import floor

# Every STRIDE-th train article: spread over all publishers, ~85 articles, ~20 s.
STRIDE = 10
FLOORS = "quotes_polnear_train_stride10"  # the group of floors in eval/baseline.json
ATTRIBUTION_FLOORS = "quotes_polnear_attr_train_stride10"  # the same subset, every attribution


def load_scorer(shared: Path) -> ModuleType:
    """Import shared/eval/polnear.py by path (it is not a package)."""
    path = shared / "eval" / "polnear.py"
    spec = importlib.util.spec_from_file_location("polnear_scorer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def polnear_train_subset(reader, shared: Path) -> tuple[list[RawArticle], list]:
    """Every STRIDE-th PolNeAR train article and Dateline's reading of it."""
    scorer = load_scorer(shared)
    split = shared / "data" / "polnear" / "train"
    stems = scorer.list_articles(str(split))[::STRIDE]
    raws = [RawArticle(stem, scorer.read_text(str(split / "text" / f"{stem}.txt"))) for stem in stems]
    return raws, list(reader.read_many(raws))


@pytest.fixture(scope="module")
def polnear_train_scores(polnear_train_subset, shared: Path) -> dict[str, float]:
    scorer = load_scorer(shared)
    split = shared / "data" / "polnear" / "train"
    meta = scorer.read_meta(str(shared / "data" / "polnear" / "metadata.tsv"))
    files = scorer.annotation_files(str(split))
    raws, articles = polnear_train_subset
    totals = dict.fromkeys(("gold", "pred", "strict_tp", "relaxed_tp", "e2e_tp", "bad_mention", "invalid"), 0)
    for raw, article in zip(raws, articles, strict=True):
        pick = scorer.choose_annotation(raw.id, files.get(raw.id, []), meta)
        if pick is None:
            continue
        spans, events = scorer.parse_ann(pick[1])
        gold, _ = scorer.gold_quotes(raw.text, spans, events)
        preds = [q.to_dict() for q in getattr(article, "quotes", ()) if q.kind == "direct"]
        result = scorer.match_article(raw.text, gold, preds)
        result["invalid"] = len(result["invalid"])  # quotes whose text is not text[start:end]
        for key in totals:
            totals[key] += result[key]

    def f1(tp: int) -> float:
        return scorer.prf(tp, totals["pred"], totals["gold"])["f1"]

    return {"offset_errors": totals["invalid"] + totals["bad_mention"],
            "relaxed": f1(totals["relaxed_tp"]), "strict": f1(totals["strict_tp"]),
            "speaker": totals["e2e_tp"] / max(1, totals["relaxed_tp"]), "e2e": f1(totals["e2e_tp"])}


def test_corpus_polnear_offsets_exact(polnear_train_scores: dict[str, float]) -> None:
    """Every quote and speaker mention satisfies text[start:end] == text."""
    assert polnear_train_scores["offset_errors"] == 0


@pytest.mark.parametrize("metric", ["relaxed", "strict", "speaker", "e2e"])
def test_corpus_polnear_train_subset_floor(polnear_train_scores: dict[str, float], metric: str) -> None:
    assert polnear_train_scores[metric] >= floor(FLOORS, metric), polnear_train_scores


@pytest.fixture(scope="module")
def polnear_train_attributions(polnear_train_subset, shared: Path, tmp_path_factory) -> dict[str, float]:
    """``polnear.py score --attributions`` on the subset: a split folder of links to its
    texts and annotation files, and the subset's contract output."""
    scorer = load_scorer(shared)
    split = shared / "data" / "polnear" / "train"
    raws, articles = polnear_train_subset
    sub = tmp_path_factory.mktemp("polnear_subset")
    (sub / "text").mkdir()
    (sub / "attributions").mkdir()
    wanted = {raw.id for raw in raws}
    for raw in raws:
        (sub / "text" / f"{raw.id}.txt").symlink_to(split / "text" / f"{raw.id}.txt")
    for ann in (split / "attributions").glob("*.ann"):
        if ann.stem.rsplit("_", 1)[0] in wanted:
            (sub / "attributions" / ann.name).symlink_to(ann)
    out = sub / "out.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for article in articles:
            fh.write(json.dumps(article.to_dict()) + "\n")
    m = scorer.score_attributions(str(sub), str(out), str(shared / "data" / "polnear" / "metadata.tsv"))
    return {"e2e_f1": m["e2e"]["f1"], "e2e_precision": m["e2e"]["precision"],
            "content_relaxed_f1": m["content_relaxed"]["f1"], "content_strict_f1": m["content_strict"]["f1"],
            "source_acc": m["source"]["accuracy"], "cue_acc": m["cue"]["accuracy"],
            "indirect_e2e_f1": m["by_kind"]["indirect"]["e2e"]["f1"]}


@pytest.mark.parametrize("metric", ["e2e_f1", "e2e_precision", "content_relaxed_f1", "content_strict_f1",
                                    "source_acc", "cue_acc", "indirect_e2e_f1"])
def test_corpus_polnear_train_subset_attributions_floor(polnear_train_attributions: dict[str, float],
                                                        metric: str) -> None:
    """Every attribution, direct and reported, scored by the shared scorer (issue 16)."""
    assert polnear_train_attributions[metric] >= floor(ATTRIBUTION_FLOORS, metric), polnear_train_attributions


def test_corpus_reference_article_quotes(seed_article, seed_gold, seed_text) -> None:
    """All gold quotes found with the gold speaker mention; no song title taken."""
    direct = [q for q in seed_article.quotes if q.kind == "direct"]
    predicted = {(q.start, q.end): q for q in direct}
    for gold in seed_gold["quotes"]:
        quote = predicted.get((gold["start"], gold["end"]))
        assert quote is not None, gold["text"]
        mention = gold["speaker_mention"]
        assert quote.speaker.mention is not None
        span = (quote.speaker.mention.start, quote.speaker.mention.end)
        assert span == (mention["start"], mention["end"]), gold["text"]
        assert quote.cue is not None and seed_text[quote.cue.start:quote.cue.end] == quote.cue.text
    for non_quote in seed_gold["non_quotes"]:
        assert not any(q.start < non_quote["end"] and non_quote["start"] < q.end for q in direct)
    assert len(direct) == len(seed_gold["quotes"])



@pytest.mark.parametrize("cue_stem", ["reveal", "admit"])
def test_corpus_reference_article_reported_statements(seed_article, seed_gold, cue_stem) -> None:
    """The reference article's reported statements (a revelation, an admission) are
    indirect quotes of the article's main speaker (who says most of its gold quotes),
    each dated."""
    main = Counter(g["speaker"] for g in seed_gold["quotes"]).most_common(1)[0][0]
    hits = [q for q in seed_article.quotes
            if q.kind == "indirect" and q.cue is not None and q.cue.text.lower().startswith(cue_stem)]
    assert hits, cue_stem
    for quote in hits:
        assert quote.speaker.name == main
        assert quote.time is not None
