"""``dateline read``: read articles and print reports, contract JSON, or a JSONL batch.

Examples:
    dateline read examples/*.txt
    dateline read story.txt --published 2021-02-20 --json
    dateline read --jsonl in.jsonl --out out.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dateline.errors import ArticleError, InputError
from dateline.types import Article


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "read", help="read articles: a report per article, --json, or a --jsonl batch",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", type=Path, metavar="FILE", help="plain-text articles (.txt)")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="the articles' publication date (otherwise inferred from the text)")
    p.add_argument("--json", action="store_true", help="print contract JSON, one object per line")
    p.add_argument("--jsonl", type=Path, metavar="IN", help="batch: read a JSON Lines file of articles")
    p.add_argument("--out", type=Path, metavar="OUT", help="batch: write contract JSON Lines here")
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
                         progress=not args.no_progress, workers=workers)
    if not args.files:
        raise InputError("nothing to read: give FILE... or --jsonl IN --out OUT")
    return read_files(args)


def read_files(args: argparse.Namespace) -> int:
    from dateline.ingest.text import read_text_file
    from dateline.pipeline.reader import Reader, check_date

    published = check_date(args.published, "--published")
    raws, failed = [], 0
    for path in args.files:
        try:
            raws.append(read_text_file(path, published))
        except (ArticleError, InputError) as e:
            print(f"dateline: error: {e.message}", file=sys.stderr)
            failed += 1
    reader = Reader.load(args.model)
    if not args.json:
        from dateline.cli.report import print_report
    for result in reader.read_many(raws, batch_size=args.batch_size):
        if isinstance(result, ArticleError):
            print(f"dateline: error: {result.message}", file=sys.stderr)
            failed += 1
        elif args.json:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        else:
            print_report(result, _text_of(raws, result))
    return 1 if failed and failed == len(args.files) else 0


def _text_of(raws: list, article: Article) -> str:
    for raw in raws:
        if raw.id == article.id:
            return raw.text
    return ""
