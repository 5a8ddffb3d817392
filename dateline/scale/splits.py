"""Cut the inputs into splits: the units of work a cluster reads in parallel.

The driver plans, the workers read. A split names what to read, never the text itself, so
planning a month of a crawl costs a walk of the folders and a count of lines, not memory.
Files are chosen, classified and read exactly as ``dateline.ingest.sources`` does for the
local engine (same files, same ids, same ``source``), so both engines give the same records:

* JSON Lines (``.jsonl``, ``.ndjson``): a byte range of one file holding ``records_per_split``
  lines, with the number of its first line, so ``source`` ("path:line") and error messages
  read exactly as in a local run over the same file.
* WARC (``.warc``, ``.warc.gz``): one whole shard per split; a gzipped WARC cannot be entered
  in the middle without an index, and crawls ship as many ~1 GB shards, which spread well.
* one-article files (``.txt``, ``.html`` ...): groups of ``records_per_split`` files, each
  with the id the local engine gives it (its stem, or its path relative to a folder given).

Decision: we plan splits ourselves rather than let ``ray.data.read_json`` parse the files.
Arrow's JSON reader infers a schema per block (an ``id`` of digits becomes an int, a date a
timestamp) and fails a whole block on one broken line; Dateline's own line parser keeps a
bad line as an error record in its place, which is the contract.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.errors import ArticleError, InputError, UnreadableInputError
from dateline.types import RawArticle

# Enough splits that a slow split does not leave the other actors idle at the end of a run.
SPLITS_PER_ACTOR = 4
# Bounds the memory of one split in flight (~5 KB an article: ~5 MB of text at 1000).
MAX_SPLIT_RECORDS = 1000


@dataclass(frozen=True)
class InputFile:
    """One file to read: its kind ("jsonl", "warc", "html", "text") and the id it gets, if any;
    or (kind "error") a folder the walk could not list, with the message of its error record."""

    path: str
    kind: str
    id: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Split:
    """One unit of reading work.

    kind (str): "jsonl" (a line range of one file), "files" (whole files, read one by one) or
        "error" (a folder that could not be listed: one error record, as the local engine gives).
    paths, ids (tuple): the files, and for one-article files the id each gets (None: default).
    start, end (int): byte range of a jsonl split, end exclusive; ``end == -1``: to the end.
    first_line (int): the 1-based line number at ``start``.
    error (str | None): the message of an "error" split's record.
    """

    kind: str
    paths: tuple[str, ...]
    ids: tuple[str | None, ...] = ()
    start: int = 0
    end: int = -1
    first_line: int = 1
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "paths": list(self.paths), "ids": list(self.ids), "start": self.start,
                "end": self.end, "first_line": self.first_line, "error": self.error}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Split:
        ids = tuple(None if i is None else str(i) for i in (d.get("ids") or ()))
        error = d.get("error")
        return cls(str(d["kind"]), tuple(str(p) for p in d["paths"]), ids, int(d["start"]), int(d["end"]),
                   int(d["first_line"]), None if error is None else str(error))


def input_files(inputs: Sequence[Path | str]) -> list[InputFile]:
    """The files the inputs stand for, as ``dateline.ingest.sources`` would read them.

    A file named explicitly is taken whatever its name (its kind sniffed if need be); a
    directory contributes its known files, recursively, without hidden ones. Raises
    InputError for a path that does not exist, or when there is nothing to read: on a
    cluster it is better to refuse at once than after an hour of work.
    """
    from dateline.ingest.sources import file_kind

    files: list[InputFile] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            files.extend(_walk(path))
        elif path.is_file():
            try:
                files.append(InputFile(str(path), file_kind(path)))
            except OSError as e:
                raise InputError(f"{path}: cannot read: {e.strerror or e}") from e
        else:
            raise InputError(f"{path}: no such file or directory")
    if not files:
        raise InputError("no input files (give .jsonl, .txt, .html, .warc[.gz] files or directories)")
    return files


def _walk(root: Path) -> Iterator[InputFile]:
    """The files under ``root`` as the local engine reads them (``ingest.walk``: same order,
    same ids, an unreadable folder an error in its place)."""
    from dateline.ingest.sources import suffix_kind
    from dateline.ingest.walk import relative_id, walk

    for entry in walk(root):
        if isinstance(entry, ArticleError):
            yield InputFile(str(root), "error", error=entry.message)
            continue
        kind = suffix_kind(entry) or "text"
        yield InputFile(str(entry), kind, relative_id(entry, root) if kind in ("text", "html") else None)


def split_size(n_records: int, actors: int) -> int:
    """RETURNS records per split: about SPLITS_PER_ACTOR splits per actor, at most MAX_SPLIT_RECORDS."""
    return max(1, min(MAX_SPLIT_RECORDS, math.ceil(n_records / (SPLITS_PER_ACTOR * max(1, actors)))))


def plan_splits(files: Sequence[InputFile], actors: int, records_per_split: int | None = None) -> list[Split]:
    """RETURNS the splits of ``files`` (see the module docstring), in input order."""
    from dateline.ingest.jsonl import count_lines

    if records_per_split is None:
        n = sum(count_lines(Path(f.path)) if f.kind == "jsonl" else int(f.kind != "error") for f in files)
        records_per_split = split_size(n, actors)
    splits: list[Split] = []
    group: list[InputFile] = []

    def flush() -> None:
        if group:
            splits.append(Split("files", tuple(f.path for f in group), tuple(f.id for f in group)))
            group.clear()

    for f in files:
        if f.kind == "error":
            flush()  # the error record keeps its place among the records
            splits.append(Split("error", (f.path,), error=f.error))
        elif f.kind == "jsonl":
            splits.extend(_jsonl_splits(Path(f.path), records_per_split))
        elif f.kind == "warc":
            splits.append(Split("files", (f.path,), (None,)))
        else:
            group.append(f)
            if len(group) >= records_per_split:
                flush()
    flush()
    return splits


def _jsonl_splits(path: Path, records_per_split: int) -> Iterator[Split]:
    """Byte ranges of ``records_per_split`` lines each, found by counting newlines in 1 MB chunks
    (a hostile file with one endless line is never held whole, as ``count_lines``)."""
    start = offset = 0
    first, in_split = 1, 0  # first line of the open split, lines counted in it
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            pos = 0
            while (need := records_per_split - in_split) <= chunk.count(b"\n", pos):
                for _ in range(need):  # the end of the split's last line
                    pos = chunk.index(b"\n", pos) + 1
                end = offset + pos
                yield Split("jsonl", (str(path),), start=start, end=end, first_line=first)
                start, first, in_split = end, first + records_per_split, 0
            in_split += chunk.count(b"\n", pos)
            offset += len(chunk)
    if offset > start:  # the rest (a last line without a newline counts too, as in count_lines)
        yield Split("jsonl", (str(path),), start=start, end=-1, first_line=first)


def read_split(split: Split, published: str | None = None) -> Iterator[RawArticle | ArticleError]:
    """Yield a RawArticle or ArticleError per record of ``split``, in order (runs on a worker).
    ``published``: a date for records that carry none, as ``iter_inputs`` gives it locally."""
    if split.kind == "jsonl":
        yield from _read_jsonl_range(split, published)
    elif split.kind == "error":
        yield UnreadableInputError(split.error or f"{split.paths[0]}: cannot read folder")
    elif split.kind == "files":
        from dateline.ingest.sources import read_file

        ids = split.ids or (None,) * len(split.paths)
        for path, rid in zip(split.paths, ids, strict=True):
            yield from read_file(Path(path), published, rid)
    else:
        raise InputError(f"unknown split kind {split.kind!r}")


def _read_jsonl_range(split: Split, published: str | None) -> Iterator[RawArticle | ArticleError]:
    """The records of a line range, parsed and named exactly as ``jsonl.parse_lines`` does."""
    from dateline.errors import TooLargeError
    from dateline.ingest.checks import MAX_INPUT_BYTES
    from dateline.ingest.jsonl import parse_line

    path = split.paths[0]
    try:
        f = open(path, "rb")  # noqa: SIM115 (opened apart, to tell a missing file from a bad line)
    except OSError as e:  # vanished or unreadable between planning and reading
        yield UnreadableInputError(f"{path}: cannot read: {e.strerror or e}")
        return
    with f:
        f.seek(split.start)
        line = split.first_line
        while split.end == -1 or f.tell() < split.end:
            raw = f.readline(MAX_INPUT_BYTES + 1)
            if not raw:
                return
            where = f"{path}:{line}"
            line += 1
            if len(raw) <= MAX_INPUT_BYTES or raw.endswith(b"\n"):
                yield parse_line(raw, where, published)
                continue
            while raw and not raw.endswith(b"\n"):  # skip the rest of an over-long line unread
                raw = f.readline(1 << 20)
            yield TooLargeError(f"{where}: line longer than {MAX_INPUT_BYTES:,} bytes, skipped")
