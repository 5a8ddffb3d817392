"""The contract's batch form: ``dateline read --jsonl IN --out OUT``.

Exactly one output line per input line, in order, with the input's id; a record that cannot
be read becomes ``{"id": ..., "error": {"code", "message"}, "line": N}`` and the batch goes on;
its error is also one line on stderr (``dateline: error E101: in.jsonl:3: ...``), as for
every reading command.
Exit status as for every reading command (``options.exit_status``): 0 when some record was
read, 1 when every one failed; InputError (one line, 1) when the batch cannot run at all.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from dateline.cli.options import Progress, counted, exit_status
from dateline.errors import ArticleError, InputError
from dateline.types import Article


def run_batch(src: Path, out: Path, model: str | None = None, batch_size: int = 32,
              progress: bool = True, workers: int = 1, published: str | None = None,
              with_text: bool = False, read_on: str | None = None) -> int:
    """Read the JSON Lines file ``src`` into ``out``; RETURNS the exit status (0: the batch ran).

    published: a date for records that carry none (a record's own ``published`` wins).
    with_text: add each article's input ``text`` to its record (what ``dateline load`` stores
    without reading again).
    read_on: the day the batch is read (no inferred date is later); None: no such bound.
    """
    from collections import deque

    from dateline.ingest.jsonl import count_lines, read_jsonl
    from dateline.ingest.sources import stamp_read_on
    from dateline.pipeline.reader import Reader
    from dateline.types import RawArticle

    if not src.is_file():
        raise InputError(f"{src}: no such file")
    if not os.access(src, os.R_OK):
        raise InputError(f"{src}: not readable")
    total = count_lines(src)
    # A worker costs a model load (~1 s, ~0.5 GB): not worth it for a handful of articles.
    workers = max(1, min(workers, total // 16))
    texts: deque[str | None] = deque()  # input texts, in step with the results (one per input)

    def inputs() -> Iterator[RawArticle | ArticleError]:
        for rec in stamp_read_on(read_jsonl(src, published), read_on):
            if with_text:
                texts.append(rec.text if isinstance(rec, RawArticle) else None)
            yield rec

    if workers > 1:
        from dateline.pipeline.parallel import read_parallel

        results = read_parallel(inputs(), workers, model=model, batch_size=batch_size)
    else:
        results = Reader.load(model).read_many(inputs(), batch_size=batch_size)
    n_ok = n_err = 0
    with _open_out(out) as fout, Progress(total, "reading", progress, kinds=("read",)) as bar:
        for lineno, result in enumerate(results, start=1):
            text = texts.popleft() if with_text else None
            if isinstance(result, Article):
                record = result.to_dict()
                if with_text:
                    record["text"] = text
                n_ok += 1
                bar.advance("read")
            else:
                record = error_record(result, lineno)
                n_err += 1
                # on its own output line (the contract) and, as every reading command
                # does, one line on stderr: a user watching the run sees what failed
                bar.error(result.message, None, result.code)
            fout.write(_line(record, result, lineno))
    print(f"dateline: {counted(n_ok, 'article')} read, {counted(n_err, 'error')} -> {out}", file=sys.stderr)
    return exit_status(n_ok, n_err)


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
