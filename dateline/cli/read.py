"""``dateline read``: read articles and print reports, contract JSON, or a JSONL batch.

Examples:
    dateline read examples/*.txt
    dateline read story.txt --published 2021-02-20 --json
    dateline read --jsonl in.jsonl --out out.jsonl
    dateline read --json page.html crawl.warc.gz corpus/
    cat story.txt | dateline read -
    curl -s https://example.org/story.html | dateline read -

Exit status (the same rule as ``dateline ingest``): 0 when at least one article was read,
1 when none could be (every record failed, or there were none) or the command cannot run;
each record that fails is one line on stderr naming its input.
With --json, an article read from a web page (HTML, WARC) carries ``text``, the extracted
text its offsets point into.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from dateline.cli import options
from dateline.errors import ArticleError, InputError
from dateline.types import Article, RawArticle


def register(sub: argparse._SubParsersAction) -> None:
    p = options.add_command(sub, "read", "read articles: a report per article, --json, or a --jsonl batch", __doc__)
    p.add_argument("files", nargs="*", type=Path, metavar="FILE",
                   help="articles: .txt, .html/.htm, .json, .jsonl, .warc/.warc.gz, directories "
                        "(recursively), or - for standard input (text, HTML or JSON Lines)")
    options.add_published(p)
    options.add_read_on(p)
    p.add_argument("--json", action="store_true", help="print contract JSON, one object per line")
    p.add_argument("--jsonl", type=Path, metavar="IN", help="batch: read a JSON Lines file of articles")
    p.add_argument("--out", type=Path, metavar="OUT", help="batch: write contract JSON Lines here")
    p.add_argument("--with-text", action="store_true",
                   help="batch: add each article's input text to its record (for: dateline load)")
    p.add_argument("--batch-size", type=int, default=32, help="articles per spaCy batch (default 32)")
    options.add_workers(p)
    options.add_model(p)
    options.add_progress(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dateline.ingest.checks import check_date

    published = check_date(args.published, "--published")
    read_on = options.read_on_of(args)
    if args.jsonl is not None or args.out is not None:
        if args.jsonl is None or args.out is None:
            raise InputError("--jsonl IN and --out OUT go together")
        if args.files:
            raise InputError("give either FILE... or --jsonl IN --out OUT, not both")
        from dateline.cli.batch import run_batch

        return run_batch(args.jsonl, args.out, model=args.model, batch_size=args.batch_size,
                         progress=not args.no_progress, workers=options.workers_of(args), published=published,
                         with_text=args.with_text, read_on=read_on)
    if not args.files:
        raise InputError("nothing to read: give FILE... or --jsonl IN --out OUT")
    options.quiet_extractors(getattr(args, "verbose", False))
    if args.json:
        def emit(result: Article | ArticleError, item: Any) -> None:
            sys.stdout.write(json.dumps(contract_record(result, item), ensure_ascii=False) + "\n")
    else:
        from dateline.cli.report import print_report

        def emit(result: Article | ArticleError, item: Any) -> None:
            if isinstance(result, Article):
                print_report(result, item.text)
    read, failed = read_files(args.files, emit, published=published, model=args.model,
                              batch_size=args.batch_size, read_on=read_on)
    if read + failed == 0:
        print(options.error_line("no articles found in the given inputs", None, InputError.code), file=sys.stderr)
    return options.exit_status(read, failed)


def contract_record(result: Article | ArticleError, item: RawArticle | ArticleError) -> dict[str, Any]:
    """The JSON line of one record: the contract record (with ``text`` when it was extracted from
    a web page, so its offsets can be checked), or ``{"id", "error", "source"}``."""
    if isinstance(result, ArticleError):
        return {"id": result.article_id, "error": result.to_dict(), "source": getattr(item, "source", None)}
    record = result.to_dict()
    if isinstance(item, RawArticle) and item.extracted:
        record["text"] = item.text
    return record


def read_files(files: Iterable[Path | str], emit: Callable[[Article | ArticleError, Any], None], *,
               published: str | None = None, model: str | None = None, batch_size: int = 32,
               read_on: str | None = None) -> tuple[int, int]:
    """Read FILE... (any kind ``dateline.ingest.sources.iter_inputs`` takes), calling ``emit(result,
    input record)`` for each record in order; a failed record's error line goes to stderr.
    ``read_on``: the day they are read (no inferred date is later); None: no such bound.

    Streams: inputs are read as the pipeline asks for them, so a large crawl or directory is
    never held in memory. RETURNS (articles read, records failed).
    """
    from collections import deque

    from dateline.ingest.sources import iter_inputs, stamp_read_on
    from dateline.pipeline.reader import Reader

    reader = Reader.load(model)
    pending: deque = deque()  # the inputs in flight, to pair each result with its text/source

    def inputs():
        for item in stamp_read_on(iter_inputs(files, published), read_on):
            pending.append(item)
            yield item

    read = failed = 0
    for result in reader.read_many(inputs(), batch_size=batch_size):
        item = pending.popleft()  # read_many yields exactly one result per input, in order
        if isinstance(result, ArticleError):
            failed += 1
            print(options.error_line(result.message, getattr(item, "source", None), result.code), file=sys.stderr)
        else:
            read += 1
        emit(result, item)
    return read, failed
