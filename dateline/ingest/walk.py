"""The one directory walk every engine reads a folder with (local ingest, Ray splits, counts).

    skipped = Counter()
    for item in walk(Path("corpus/"), skipped):
        ...  # a Path to read, or an UnreadableInputError in place of a folder it cannot list

Decisions:
- Order: a folder's files, then its sub-folders, each sorted by name, so every file system
  and every engine sees the same sequence (and gives the same ids).
- Only files with a suffix Dateline knows (``sources.suffix_kind``) are yielded; hidden
  entries, files of unknown kinds and entries that are not regular files (a FIFO would
  block a reader; a dangling link) are skipped and counted in ``skipped`` by reason.
- A folder that cannot be listed is an UnreadableInputError in its place, and the walk goes
  on: one unreadable folder costs only what is in it, as one bad record costs only itself.
- An explicit stack, not recursion, so a hostile depth cannot overflow; symlinked folders are
  not entered, so loops cannot occur.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from dateline.errors import UnreadableInputError


def walk(root: Path, skipped: Counter[str] | None = None) -> Iterator[Path | UnreadableInputError]:
    """Yield the known files under ``root`` in walk order (see module docstring)."""
    from dateline.ingest.sources import suffix_kind

    skipped = Counter() if skipped is None else skipped
    stack: list[Path] = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            yield UnreadableInputError(f"{folder}: cannot read folder: {e.strerror or e}")
            continue
        subfolders: list[Path] = []
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                skipped["hidden"] += 1
            elif entry.is_dir(follow_symlinks=False):
                subfolders.append(path)
            elif not entry.is_file():
                skipped["not a regular file"] += 1
            elif suffix_kind(path) is None:
                skipped[path.suffix.lower() or "no suffix"] += 1
            else:
                yield path
        stack.extend(reversed(subfolders))


def relative_id(path: Path, root: Path) -> str:
    """The id of a one-article file found under ``root``: its path relative to it, no suffix."""
    rel = path.relative_to(root)
    return rel.with_suffix("").as_posix() if rel.suffix else rel.as_posix()
