"""Cut the inputs into splits: the units of work a cluster reads in parallel.

The driver plans, the workers read. A split names what to read, never the text itself, so
planning a month of a crawl costs a pass over the file sizes and line counts, not memory.

* JSON Lines: a byte range of one file holding ``records_per_split`` lines, with the number
  of its first line, so ``source`` ("path:line") and error messages read exactly as in a
  local ``dateline read`` of the same file.
* ``.txt``: a group of files, one article each (id = stem, as ``dateline.ingest.text``).
* WARC (``.warc``, ``.warc.gz``): one whole shard; a gzipped WARC cannot be entered in the
  middle without an index, and crawls ship as many ~1 GB shards, which parallelise well.

Decision: we plan splits ourselves rather than let ``ray.data.read_json`` parse the files.
Arrow's JSON reader infers a schema per block (an ``id`` of digits becomes an int, a date a
timestamp) and fails a whole block on one broken line; Dateline's own line parser keeps a
bad line as an error record in its place, which is the contract.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from dateline.errors import ArticleError, InputError, UnreadableInputError
from dateline.types import RawArticle

JSONL_SUFFIXES = (".jsonl",)
TXT_SUFFIXES = (".txt",)
WARC_SUFFIXES = (".warc", ".warc.gz")
# Enough splits that a slow split does not leave the other actors idle at the end of a run.
SPLITS_PER_ACTOR = 4
# Bounds the memory of one split in flight (~5 KB an article: ~5 MB of text at 1000).
MAX_SPLIT_RECORDS = 1000

WarcReader = Callable[[Path], Iterator[RawArticle | ArticleError]]


@dataclass(frozen=True)
class Split:
    """One unit of reading work.

    kind (str): "jsonl", "txt" or "warc".
    paths (tuple[str, ...]): one file (jsonl, warc) or several (txt).
    start, end (int): byte range of a jsonl split, end exclusive; ``end == -1``: to the end.
    first_line (int): the 1-based line number at ``start``.
    """

    kind: str
    paths: tuple[str, ...]
    start: int = 0
    end: int = -1
    first_line: int = 1

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["paths"] = list(self.paths)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Split:
        return cls(str(d["kind"]), tuple(str(p) for p in d["paths"]), int(d["start"]), int(d["end"]),
                   int(d["first_line"]))


def kind_of(path: Path) -> str | None:
    """RETURNS "jsonl", "txt", "warc" or None (not an input Dateline reads) for a file name."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(TXT_SUFFIXES):
        return "txt"
    return None


def input_files(inputs: Sequence[Path | str]) -> list[Path]:
    """The files the inputs stand for: files as given, directories expanded (sorted, recursive).

    Raises InputError for a path that does not exist or a file of a format we cannot read:
    on a cluster it is better to refuse at once than after an hour of work.
    """
    files: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p)))
        elif path.is_file():
            if kind_of(path) is None:
                raise InputError(f"{path}: unsupported input format (use .jsonl, .txt, .warc or .warc.gz)")
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    if not files:
        raise InputError("no input files (give .jsonl, .txt or .warc[.gz] files or directories)")
    return files


def split_size(n_records: int, actors: int) -> int:
    """RETURNS records per split: about SPLITS_PER_ACTOR splits per actor, at most MAX_SPLIT_RECORDS."""
    return max(1, min(MAX_SPLIT_RECORDS, math.ceil(n_records / (SPLITS_PER_ACTOR * max(1, actors)))))


def plan_splits(files: Sequence[Path], actors: int, records_per_split: int | None = None) -> list[Split]:
    """RETURNS the splits of ``files`` (see the module docstring), in input order."""
    from dateline.ingest.jsonl import count_lines

    if records_per_split is None:
        n = sum(count_lines(f) if kind_of(f) == "jsonl" else 1 for f in files)
        records_per_split = split_size(n, actors)
    splits: list[Split] = []
    txt: list[str] = []
    for f in files:
        kind = kind_of(f)
        if kind == "txt":
            txt.append(str(f))
            if len(txt) >= records_per_split:
                splits.append(Split("txt", tuple(txt)))
                txt = []
        elif kind == "jsonl":
            splits.extend(_jsonl_splits(f, records_per_split))
        elif kind == "warc":
            splits.append(Split("warc", (str(f),)))
    if txt:
        splits.append(Split("txt", tuple(txt)))
    return splits


def _jsonl_splits(path: Path, records_per_split: int) -> Iterator[Split]:
    """Byte ranges of ``records_per_split`` lines each (one scan of the file)."""
    start = pos = 0
    first = line = 1
    with open(path, "rb") as f:
        for raw in f:
            pos += len(raw)
            if line - first + 1 >= records_per_split:
                yield Split("jsonl", (str(path),), start, pos, first)
                start, first = pos, line + 1
            line += 1
    if pos > start:
        yield Split("jsonl", (str(path),), start, -1, first)


def read_split(split: Split, warc_reader: WarcReader | None = None) -> Iterator[RawArticle | ArticleError]:
    """Yield a RawArticle or ArticleError per record of ``split``, in order (runs on a worker)."""
    if split.kind == "jsonl":
        yield from _read_jsonl_range(split)
    elif split.kind == "txt":
        yield from _read_txt(split.paths)
    elif split.kind == "warc":
        reader = warc_reader or find_warc_reader()
        for path in split.paths:
            yield from reader(Path(path))
    else:
        raise InputError(f"unknown split kind {split.kind!r}")


def _read_jsonl_range(split: Split) -> Iterator[RawArticle | ArticleError]:
    from dateline.ingest.jsonl import parse_line

    path = split.paths[0]
    try:
        f = open(path, "rb")
    except OSError as e:  # vanished or unreadable between planning and reading
        yield UnreadableInputError(f"{path}: cannot read: {e.strerror or e}")
        return
    with f:
        f.seek(split.start)
        pos, line = split.start, split.first_line
        for raw in f:
            if split.end != -1 and pos >= split.end:
                break
            # The same parser as read_jsonl, with the same "path:line", so records match.
            yield parse_line(raw, f"{path}:{line}")
            pos += len(raw)
            line += 1


def _read_txt(paths: Sequence[str]) -> Iterator[RawArticle | ArticleError]:
    from dateline.ingest.text import read_text_file

    for path in paths:
        try:
            yield read_text_file(path)
        except ArticleError as e:
            yield e
        except InputError as e:  # one unreadable file costs that file only
            yield UnreadableInputError(e.message)


def find_warc_reader() -> WarcReader:
    """RETURNS Dateline's WARC reader: ``ingest.sources.iter_inputs`` if present, else ``ingest.warc``.

    Raises InputError when this build has neither (WARC support is issue 7's work).
    """
    try:
        from dateline.ingest import sources  # type: ignore[attr-defined]

        iter_inputs = sources.iter_inputs
        return lambda path: iter_inputs([path])
    except (ImportError, AttributeError):
        pass
    try:
        from dateline.ingest.warc import read_warc
    except ImportError as e:
        raise InputError("this build of Dateline cannot read WARC files (no dateline.ingest.warc)") from e
    return lambda path: read_warc(path)
