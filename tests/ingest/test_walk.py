"""ingest/walk.py: the one folder walk, and both engines agreeing on an unreadable folder."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from dateline.errors import UnreadableInputError
from dateline.ingest.sources import iter_inputs
from dateline.ingest.walk import relative_id, walk
from dateline.pipeline.ingest import count_records
from dateline.scale.splits import Split, input_files, plan_splits, read_split

STORY = "The bridge opened on Monday after two years of work."


def _tree(root: Path) -> Path:
    for folder in ("a", "locked", "z"):
        (root / folder).mkdir(parents=True)
        (root / folder / "s.txt").write_text(f"{STORY} ({folder})", encoding="utf-8")
    (root / "top.txt").write_text(STORY, encoding="utf-8")
    (root / "notes.md").write_text("not read", encoding="utf-8")
    (root / ".hidden.txt").write_text("not read", encoding="utf-8")
    return root


def test_walk_order_skips_and_error_in_place(tmp_path: Path, locked: None) -> None:
    root = _tree(tmp_path / "c")
    skipped: Counter[str] = Counter()
    got = list(walk(root, skipped))
    assert [x if isinstance(x, UnreadableInputError) else x.relative_to(root).as_posix() for x in got][:2] == \
        ["top.txt", "a/s.txt"]
    assert isinstance(got[2], UnreadableInputError)
    assert got[2].message == f"{root / 'locked'}: cannot read folder: Permission denied"
    assert [p.relative_to(root).as_posix() for p in got[3:]] == ["z/s.txt"]
    assert skipped == Counter({"hidden": 1, ".md": 1})
    assert relative_id(root / "a" / "s.txt", root) == "a/s"


def test_walk_both_engines_agree_on_an_unreadable_folder(tmp_path: Path, locked: None) -> None:
    root = _tree(tmp_path / "c")
    local = list(iter_inputs([root]))
    splits = plan_splits(input_files([root]), actors=1, records_per_split=1)
    ray = [x for s in splits for x in read_split(Split.from_dict(s.to_dict()))]

    def key(x: object) -> tuple[str, str]:
        return (type(x).__name__, x.message if isinstance(x, UnreadableInputError) else x.id)  # type: ignore[attr-defined]

    assert [key(x) for x in ray] == [key(x) for x in local]
    assert [k for k, _ in map(key, local)] == ["RawArticle", "RawArticle", "UnreadableInputError", "RawArticle"]
    assert count_records([root]) == 3
