"""``dateline read``: read articles and print reports, contract JSON, or a JSONL batch.

Examples:
    dateline read examples/*.txt
    dateline read story.txt --published 2021-02-20 --json
    dateline read --jsonl in.jsonl --out out.jsonl
    dateline read --json page.html crawl.warc.gz corpus/
    cat story.txt | dateline read -
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dateline.errors import ArticleError, InputError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "read", help="read articles: a report per article, --json, or a --jsonl batch",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", type=Path, metavar="FILE",
                   help="articles: .txt, .html/.htm, .jsonl, .warc/.warc.gz, directories (recursively), "
                        "or - for standard input")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="the articles' publication date (otherwise inferred from the text)")
    p.add_argument("--json", action="store_true", help="print contract JSON, one object per line")
    p.add_argument("--jsonl", type=Path, metavar="IN", help="batch: read a JSON Lines file of articles")
    p.add_argument("--out", type=Path, metavar="OUT", help="batch: write contract JSON Lines here")
    p.add_argument("--with-text", action="store_true",
                   help="batch: add each article's input text to its record (for: dateline load)")
    p.add_argument("--batch-size", type=int, default=32, help="articles per spaCy batch (default 32)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="batch: worker processes, each loading the model once (default: all cores)")
    p.add_argument("--model", help="spaCy model package or path (default: the installed English model)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.jsonl is not None or args.out is not None:
        if args.jsonl is None or args.out is None:
            raise InputError("--jsonl IN and --out OUT go together")
        if args.files:
            raise InputError("give either FILE... or --jsonl IN --out OUT, not both")
        from dateline.cli.batch import run_batch
        from dateline.pipeline.parallel import default_workers

        workers = args.workers if args.workers is not None else default_workers()
        if workers < 1:
            raise InputError(f"--workers must be at least 1, got {workers}")
        return run_batch(args.jsonl, args.out, model=args.model, batch_size=args.batch_size,
                         progress=not args.no_progress, workers=workers, with_text=args.with_text)
    if not args.files:
        raise InputError("nothing to read: give FILE... or --jsonl IN --out OUT")
    return read_files(args)


def read_files(args: argparse.Namespace) -> int:
    """Read FILE... (any kind ``dateline.ingest.sources.iter_inputs`` takes) and print each result.

    Streams: inputs are read as the pipeline asks for them, so a large crawl or directory is
    never held in memory. One result per input record, in order: a report or a contract JSON
    line per article; per record errors go to stderr as one line each and, with --json, also
    to stdout as ``{"id", "error", "source"}`` so the output keeps one line per record.
    RETURNS (int): 1 if nothing could be read (every record failed, or there were none), else 0.
    """
    import logging
    from collections import deque

    from dateline.ingest.sources import iter_inputs
    from dateline.pipeline.reader import Reader, check_date

    published = check_date(args.published, "--published")
    if not getattr(args, "verbose", False):
        # trafilatura and htmldate log at ERROR about pages they cannot use; the reason is
        # already in our one-line ArticleError, so their lines would only be noise on stderr.
        for name in ("trafilatura", "htmldate", "justext"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    reader = Reader.load(args.model)
    if not args.json:
        from dateline.cli.report import print_report
    pending: deque = deque()  # the inputs in flight, to pair each result with its text/source

    def inputs():
        for item in iter_inputs(args.files, published):
            pending.append(item)
            yield item

    total = failed = 0
    for result in reader.read_many(inputs(), batch_size=args.batch_size):
        item = pending.popleft()  # read_many yields exactly one result per input, in order
        total += 1
        if isinstance(result, ArticleError):
            failed += 1
            print(f"dateline: error: {result.message}", file=sys.stderr)
            if args.json:
                record = {"id": result.article_id, "error": result.to_dict(),
                          "source": getattr(item, "source", None)}
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif args.json:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        else:
            print_report(result, item.text)
    if total == 0:
        print("dateline: error: no articles found in the given inputs", file=sys.stderr)
    return 1 if failed == total else 0
