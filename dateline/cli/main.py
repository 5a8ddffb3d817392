"""Entry point: ``dateline COMMAND ...``; one module per command group.

Decision: argparse (standard library) rather than Typer. Typer only arrives with spaCy as a
transitive dependency whose version we do not control; argparse gives us subcommands, help
and exit codes with nothing to pin.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from dateline import __version__
from dateline.cli.options import error_line
from dateline.errors import DatelineError

# Each module defines register(subparsers) -> None, setting ``func`` on its parser.
COMMAND_MODULES = ("dateline.cli.read", "dateline.cli.ingest", "dateline.cli.query", "dateline.cli.export",
                   "dateline.cli.serve", "dateline.cli.load", "dateline.cli.rebuild")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="Read news and turn it into source-grounded, dated facts.",
    )
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log warnings per article")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.verbose else logging.ERROR,
                        format="dateline: %(levelname)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except DatelineError as e:
        print(error_line(e.message, None, e.code), file=sys.stderr)
        return 1
    except BrokenPipeError:  # `dateline ... | head`: the reader left; not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("dateline: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
