"""The contract's batch form: ``dateline read --jsonl IN --out OUT``.

Exactly one output line per input line, in order, with the input's id; a record that cannot
be read becomes ``{"id": ..., "error": {"code", "message"}, "line": N}`` and the batch goes on.
Exit 0 when the batch ran; InputError (non-zero, one line) when it cannot run at all.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TextIO

from dateline.errors import ArticleError, InputError
from dateline.types import Article


def run_batch(src: Path, out: Path, model: str | None = None, batch_size: int = 32,
              progress: bool = True, workers: int = 1) -> int:
    from dateline.ingest.jsonl import count_lines, read_jsonl
    from dateline.pipeline.reader import Reader

    if not src.is_file():
        raise InputError(f"{src}: no such file")
    if not os.access(src, os.R_OK):
        raise InputError(f"{src}: not readable")
    total = count_lines(src)
    # A worker costs a model load (~1 s, ~0.5 GB): not worth it for a handful of articles.
    workers = max(1, min(workers, total // 16))
    if workers > 1:
        from dateline.pipeline.parallel import read_parallel

        results = read_parallel(read_jsonl(src), workers, model=model, batch_size=batch_size)
    else:
        results = Reader.load(model).read_many(read_jsonl(src), batch_size=batch_size)
    n_ok = n_err = 0
    with _open_out(out) as fout, _progress(total, progress) as advance:
        for lineno, result in enumerate(results, start=1):
            if isinstance(result, Article):
                record = result.to_dict()
                n_ok += 1
            else:
                record = error_record(result, lineno)
                n_err += 1
            fout.write(_line(record, result, lineno))
            advance()
    print(f"dateline: {n_ok} articles read, {n_err} errors -> {out}", file=sys.stderr)
    return 0


def _line(record: dict, result: Article | ArticleError, lineno: int) -> str:
    """The output line of one record; an error line in its place if it cannot be written as UTF-8
    (the readers refuse such text, so this is a last guard: one record never ends the batch)."""
    line = json.dumps(record, ensure_ascii=False) + "\n"
    try:
        line.encode("utf-8")
    except UnicodeEncodeError as e:
        from dateline.errors import UnencodableTextError
        from dateline.ingest.checks import safe_text

        rid = safe_text(str(getattr(result, "id", None) or getattr(result, "article_id", None)))
        err = UnencodableTextError(f"line {lineno}: {rid}: output holds U+{ord(e.object[e.start]):04X}, "
                                   "a character with no UTF-8 form", rid)
        return json.dumps(error_record(err, lineno), ensure_ascii=False) + "\n"
    return line


def _open_out(out: Path) -> TextIO:
    """RETURNS ``out`` opened for writing; InputError (one line) when it cannot be."""
    try:
        return open(out, "w", encoding="utf-8")
    except OSError as e:
        raise InputError(f"{out}: cannot write: {e.strerror or e}") from e


def error_record(err: ArticleError, lineno: int) -> dict:
    return {"id": err.article_id, "error": err.to_dict(), "line": lineno}


class _progress:
    """A rich progress bar on stderr (or nothing), used as ``with _progress(n, on) as advance``."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled, self.bar = total, enabled, None

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
                            TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True))
        self.bar.start()
        task = self.bar.add_task("read", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
