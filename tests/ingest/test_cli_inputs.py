"""The hostile corpus through the command line: `dateline read FILE...` and `--jsonl`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from dateline.contract import problems
from dateline.ingest.sources import iter_inputs
from dateline.types import RawArticle
from tests.conftest import ROOT
from tests.ingest.warcgen import Rec, http_response, warc_bytes

DATELINE = [sys.executable, "-m", "dateline.cli.main"]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
STORY = ("The harbour board said on Monday that the ferry would run again from May 2. "
         "“We are nearly there,” its chair, Agnes Wilde, said.")
FRENCH = ("Le gouvernement a annoncé mardi que la réforme des retraites serait votée avant la fin de "
          "l'année. Selon le ministre, les syndicats ont été consultés pendant plusieurs semaines, mais ils "
          "refusent toujours le projet. La manifestation prévue jeudi devrait rassembler des milliers de "
          "personnes dans les rues de Paris.")


def dateline(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(DATELINE + list(args), input=stdin, capture_output=True, cwd=ROOT, timeout=300)


def hostile_corpus(root: Path) -> list[Path]:
    """Write one file of each hostile kind; RETURNS them in the order they are passed."""
    files = {
        "story.txt": STORY.encode(),
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 8,
        "legacy.txt": STORY.replace("“", "\x93").replace("”", "\x94").encode("latin-1"),
        "french.txt": FRENCH.encode(),
        "page.html": (FIXTURES / "byline.html").read_bytes(),
        "menu.html": (FIXTURES / "nav_only.html").read_bytes(),
        "crawl.warc.gz": warc_bytes([
            Rec("request", "https://x.example/a", b"GET /a HTTP/1.1\r\n\r\n", content_type="application/http; msgtype=request"),
            Rec("response", "https://x.example/a", http_response((FIXTURES / "ferry.html").read_bytes())),
            Rec("response", "https://x.example/b.png", http_response(b"\x89PNG", "image/png")),
        ], gzipped=True),
        "feed.jsonl": "\n".join([json.dumps({"id": "j1", "text": STORY, "published": "2024-04-29"}),
                                 '{"id": "j2", "text": ', json.dumps({"id": "j3"})]).encode() + b"\n",
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    return [root / name for name in files]


def test_read_files_gives_one_contract_line_per_input_record(tmp_path: Path) -> None:
    paths = hostile_corpus(tmp_path)
    proc = dateline("read", "--json", *map(str, paths), str(tmp_path / "missing.txt"))
    assert proc.returncode == 0, proc.stderr.decode()
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    expected = list(iter_inputs(paths + [tmp_path / "missing.txt"]))
    assert len(records) == len(expected) == 12
    codes = [r["error"]["code"] if "error" in r else "ok" for r in records]
    assert codes == ["ok", "E103", "E108", "ok", "E107", "ok", "E106", "ok", "ok", "E101", "E102", "E109"]
    for record, item in zip(records, expected, strict=True):
        if isinstance(item, RawArticle):
            assert record["id"] == item.id
            assert problems(record, item.text) == []
        else:
            assert record["error"]["code"] == item.code
    # The HTML page's date came from its byline; the WARC page's from its meta tags.
    by_id = {r["id"]: r for r in records if "error" not in r}
    assert by_id["page"]["published"]["value"] == "2019-11-14"
    # Found by htmldate in the page, not given by the user: "page", with the method.
    assert by_id["page"]["published"]["source"] == "page"
    assert by_id["page"]["published"]["method"].startswith("htmldate:")
    # Extracted text travels with the record, so its offsets can be checked against it.
    assert by_id["page"]["text"] and problems(by_id["page"], by_id["page"]["text"]) == []
    assert "text" not in by_id["story"] and "text" not in by_id["j1"]  # the input as given
    # Every error is also one line on stderr naming its input.
    errors = [line for line in proc.stderr.decode().splitlines() if line.startswith("dateline: error ")]
    assert [line.split()[2].rstrip(":") for line in errors] == [c for c in codes if c != "ok"]  # coded
    assert str(tmp_path / "missing.txt") in errors[-1]


def test_read_stdin_and_exit_status(tmp_path: Path) -> None:
    proc = dateline("read", "--json", "--published", "2024-04-29", "-", stdin=STORY.encode("cp1252"))
    assert proc.returncode == 0, proc.stderr.decode()
    [record] = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert record["id"] == "stdin" and record["published"]["value"] == "2024-04-29"
    assert problems(record, STORY) == [] and "We are nearly there," in [q["text"] for q in record["quotes"]]
    # Nothing readable at all: non-zero, with the reason on stderr.
    (tmp_path / "empty").mkdir()
    proc = dateline("read", str(tmp_path / "empty"))
    assert proc.returncode == 1 and "no articles found" in proc.stderr.decode()
    proc = dateline("read", "--json", "-", stdin=bytes(range(256)) * 8)
    assert proc.returncode == 1 and "E108" in proc.stdout.decode()


def test_read_jsonl_batch_keeps_one_line_per_hostile_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok", "text": STORY}),
        json.dumps({"id": "fr", "text": FRENCH}),
        json.dumps({"id": "ctl", "text": "\x01\x02\x03\x04 \x05\x06\x07\x08"}),
        json.dumps({"id": "ws", "text": " " * 100_000 + STORY + "\n" * 50_000}),
        '{"id": "cut", "text": "unbalanced',
        json.dumps({"id": "odd", "text": "He said “yes and left. ‘Maybe” \u202e\u200b\ufeff she said."}),
    ]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = dateline("read", "--jsonl", str(src), "--out", str(out), "--no-progress")
    assert proc.returncode == 0, proc.stderr.decode()
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in records] == ["ok", "fr", "ctl", "ws", None, "odd"]
    assert [r["error"]["code"] if "error" in r else "ok" for r in records] == ["ok", "E107", "E108", "ok", "E101", "ok"]
    for line, record in zip(lines, records, strict=True):
        if "error" not in record:
            assert problems(record, json.loads(line)["text"]) == []


def test_read_report_of_an_html_page_shows_its_title_and_page_date() -> None:
    proc = dateline("read", str(FIXTURES / "byline.html"))
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "Library extends opening hours for exam season" in out
    assert "Published: 14 November 2019 (from the page's metadata)" in out
