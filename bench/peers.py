"""Dateline beside the peers a user would otherwise pick, on the same texts, in one run.

    python bench/peers.py                 # PolNeAR dev quotes, TimeBank times, PolNeAR dev dates
    python bench/peers.py --limit 20      # a quicker look

Peers (optional dependencies: `pip install textacy dateparser`; each is skipped with a
message when absent):
  - textacy's ``direct_quotations`` (quotes and speakers), on the same spaCy model;
  - dateparser's ``search_dates`` (temporal expressions; and, for article dates, the
    simplest heuristic built on it: the latest date it finds in the text).
Every system's output is written in the contract's shape and scored by the shared scorers
(``../shared/eval``), so the figures are comparable with Dateline's. Throughput is articles/s
of each system's whole processing (parse included where it parses).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
DEV = SHARED / "data" / "polnear" / "dev"
META = SHARED / "data" / "polnear" / "metadata.tsv"
TIMEBANK = SHARED / "data" / "timebank"
PY = sys.executable


def run(args: list, out: Path | None = None) -> str:
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(f"peers: failed: {' '.join(map(str, args))}\n{proc.stderr[-1500:]}")
    if out is not None:
        out.write_text(proc.stdout, encoding="utf-8")
    return proc.stdout


def read_jsonl(path: Path, limit: int | None) -> list[dict]:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return rows[:limit] if limit else rows


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def empty_record(rid: str) -> dict:
    return {"id": rid, "published": {"value": None, "source": "unknown", "earliest": None, "latest": None},
            "times": [], "entities": [], "quotes": [], "events": []}


# -- peers -------------------------------------------------------------------------------

def textacy_quotes(rows: list[dict]) -> tuple[list[dict], float, int]:
    """textacy's direct_quotations over each article; RETURNS records, seconds, refusals."""
    import spacy
    from textacy.extract.triples import direct_quotations

    from dateline.nlp.loading import find_model

    nlp = spacy.load(find_model())
    out, refused = [], 0
    t0 = time.perf_counter()
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=True):
        rec = empty_record(row["id"])
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # textacy refuses texts with an odd number of quotation marks
            refused += 1
            triples = []
        for sp, _cue, content in triples:
            start, end = content.start_char, content.end_char
            text = doc.text
            while start < end and not text[start].isalnum():
                start += 1
            while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".!?,":
                end -= 1
            mention = None
            if sp:
                ms, me = sp[0].idx, sp[-1].idx + len(sp[-1].text)
                mention = {"start": ms, "end": me, "text": text[ms:me]}
            rec["quotes"].append({
                "start": start, "end": end, "text": text[start:end],
                "speaker": {"entity": None, "name": mention["text"] if mention else None, "mention": mention},
                "cue": None, "time": None})
        out.append(rec)
    return out, time.perf_counter() - t0, refused


def dateparser_times(rows: list[dict]) -> tuple[list[dict], float]:
    """dateparser's search_dates, anchored at the given article date; offsets found in order."""
    from dateparser.search import search_dates

    out = []
    t0 = time.perf_counter()
    for row in rows:
        rec = empty_record(row["id"])
        settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(row["published"])} if row.get("published") else {}
        found = search_dates(row["text"], languages=["en"], settings=settings) or []
        pos = 0
        for sub, when in found:
            i = row["text"].find(sub, pos)
            if i < 0:
                continue
            pos = i + len(sub)
            day = when.date().isoformat()
            rec["times"].append({"start": i, "end": pos, "text": sub, "type": "DATE", "value": day,
                                 "earliest": day, "latest": day})
        out.append(rec)
    return out, time.perf_counter() - t0


def dateparser_dct(rows: list[dict]) -> tuple[list[dict], float]:
    """The simplest article-date heuristic on dateparser: the latest date it finds."""
    from dateparser.search import search_dates

    out = []
    t0 = time.perf_counter()
    for row in rows:
        rec = empty_record(row["id"])
        found = search_dates(row["text"], languages=["en"]) or []
        if found:
            day = max(w for _, w in found).date().isoformat()
            rec["published"] = {"value": day, "source": "inferred", "earliest": day, "latest": day}
        out.append(rec)
    return out, time.perf_counter() - t0


# -- Dateline ----------------------------------------------------------------------------

_READER = None


def dateline_read(src: Path, dst: Path) -> float:
    """Dateline in this process on one core, as `dateline read --jsonl --workers 1` reads;
    RETURNS the seconds spent reading (the model is loaded once, before the clock starts)."""
    global _READER
    import dateline
    from dateline.cli.batch import error_record
    from dateline.ingest.jsonl import read_jsonl as read_records

    if _READER is None:
        _READER = dateline.load()
    t0 = time.perf_counter()
    with open(dst, "w", encoding="utf-8") as out:
        for i, res in enumerate(_READER.read_many(read_records(src)), start=1):
            rec = error_record(res, i) if isinstance(res, dateline.ArticleError) else res.to_dict()
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return time.perf_counter() - t0


def available(name: str) -> bool:
    if importlib.util.find_spec(name) is None:
        print(f"  ({name} is not installed: skipped; pip install {name})")
        return False
    return True


def subset(tmp: Path, limit: int | None) -> tuple[Path, Path]:
    """PolNeAR dev and TimeBank, or their first ``limit`` documents as symlinked copies, so
    the scorers judge only what was read."""
    if not limit:
        return DEV, TIMEBANK
    dev, tb = tmp / "dev_subset", tmp / "tb_subset"
    (dev / "text").mkdir(parents=True)
    (dev / "attributions").mkdir()
    tb.mkdir()
    for p in sorted((DEV / "text").glob("*.txt"))[:limit]:
        (dev / "text" / p.name).symlink_to(p)
        for ann in (DEV / "attributions").glob(p.stem + "_*.ann"):
            (dev / "attributions" / ann.name).symlink_to(ann)
    for p in sorted(TIMEBANK.glob("*.tml"))[:limit]:
        (tb / p.name).symlink_to(p)
    return dev, tb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="articles per corpus (default: all)")
    a = ap.parse_args(argv)
    if not EVAL.is_dir():
        sys.exit(f"peers: {SHARED} not found")
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        dev, timebank = subset(tmp, a.limit)
        print("Quotes, PolNeAR dev (polnear.py score):")
        src = tmp / "dev.jsonl"
        run([PY, EVAL / "polnear.py", "input", "--split", dev, "--meta", META], src)
        rows = read_jsonl(src, None)
        write_jsonl(src, rows)
        secs = dateline_read(src, tmp / "dl.jsonl")
        summary = run([PY, EVAL / "polnear.py", "score", "--split", dev, "--pred", tmp / "dl.jsonl", "--meta", META])
        print(f"  Dateline  {len(rows) / secs:6.2f} art/s  {summary.strip().splitlines()[-1]}")
        if available("textacy"):
            recs, secs, refused = textacy_quotes(rows)
            write_jsonl(tmp / "tx.jsonl", recs)
            summary = run([PY, EVAL / "polnear.py", "score", "--split", dev, "--pred", tmp / "tx.jsonl", "--meta", META])
            print(f"  textacy   {len(rows) / secs:6.2f} art/s  {summary.strip().splitlines()[-1]}"
                  f"  ({refused} articles refused)")

        print("Times, TimeBank with dates (timeml.py score):")
        tb = tmp / "tb.jsonl"
        run([PY, EVAL / "timeml.py", "input", "--dir", timebank], tb)
        rows_tb = read_jsonl(tb, None)
        write_jsonl(tb, rows_tb)
        secs = dateline_read(tb, tmp / "dl_tb.jsonl")
        summary = run([PY, EVAL / "timeml.py", "score", "--dir", timebank, "--pred", tmp / "dl_tb.jsonl"])
        print(f"  Dateline  {len(rows_tb) / secs:6.2f} art/s  {summary.strip().splitlines()[-1]}")
        if available("dateparser"):
            recs, secs = dateparser_times(rows_tb)
            write_jsonl(tmp / "dp_tb.jsonl", recs)
            summary = run([PY, EVAL / "timeml.py", "score", "--dir", timebank, "--pred", tmp / "dp_tb.jsonl"])
            print(f"  dateparser {len(rows_tb) / secs:5.2f} art/s  {summary.strip().splitlines()[-1]}")

        print("Article dates hidden, PolNeAR dev (dct.py score):")
        blind, truth = tmp / "blind.jsonl", tmp / "truth.jsonl"
        run([PY, EVAL / "dct.py", "hide", "--in", src, "--out", blind, "--truth", truth])
        secs = dateline_read(blind, tmp / "dl_dct.jsonl")
        summary = run([PY, EVAL / "dct.py", "score", "--truth", truth, "--pred", tmp / "dl_dct.jsonl"])
        print(f"  Dateline  {summary.strip().splitlines()[-1]}")
        if importlib.util.find_spec("dateparser"):
            recs, secs = dateparser_dct(read_jsonl(blind, None))
            write_jsonl(tmp / "dp_dct.jsonl", recs)
            summary = run([PY, EVAL / "dct.py", "score", "--truth", truth, "--pred", tmp / "dp_dct.jsonl"])
            print(f"  dateparser (latest date found)  {summary.strip().splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
