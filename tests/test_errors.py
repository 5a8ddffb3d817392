"""The error catalogue (dateline/errors.py): one place for every code, each unique and documented.

Every DatelineError subclass anywhere in the package must be defined in the catalogue, carry a
code of its own, and appear in README's error table with its name; no module spells a code as
a bare string.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re

import pytest

import dateline
from dateline import errors
from tests.conftest import ROOT

CODE = re.compile(r"^E\d{3}$")
README_ROW = re.compile(r"^\|\s*`(E\d{3})`\s*\|\s*`(\w+)`\s*\|")
OPTIONAL = ("ray", "pyarrow")  # extras a module may need; without them it is not imported


def _all_error_classes() -> list[type[errors.DatelineError]]:
    for info in pkgutil.walk_packages(dateline.__path__, "dateline."):
        try:
            importlib.import_module(info.name)
        except ModuleNotFoundError as e:  # an optional extra missing: its module holds no class
            if e.name is None or e.name.split(".")[0] not in OPTIONAL:
                raise
    found, todo = [], [errors.DatelineError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted({c for c in found if c.__module__.split(".")[0] == "dateline"}, key=lambda c: c.code)


def _readme_table() -> dict[str, str]:
    rows = {}
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        m = README_ROW.match(line)
        if m:
            assert m[1] not in rows, f"README lists {m[1]} twice"
            rows[m[1]] = m[2]
    return rows


def test_every_error_class_is_in_the_catalogue() -> None:
    outside = [f"{c.__module__}.{c.__name__}" for c in _all_error_classes() if c.__module__ != errors.__name__]
    assert outside == []


def test_codes_are_unique_and_well_formed() -> None:
    classes = _all_error_classes()
    codes = [c.code for c in classes]
    assert all(CODE.match(code) for code in codes), codes
    assert len(codes) == len(set(codes)), sorted(code for code in codes if codes.count(code) > 1)
    assert len(classes) >= 30


def test_readme_error_table_matches_the_catalogue() -> None:
    catalogue = {c.code: c.__name__ for c in _all_error_classes()}
    assert _readme_table() == catalogue


@pytest.mark.parametrize("path", sorted((ROOT / "dateline").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(ROOT / "dateline")))
def test_no_bare_code_strings_outside_the_catalogue(path) -> None:
    if path == ROOT / "dateline" / "errors.py":
        return
    bare = [node.lineno for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.match(node.value)]
    assert bare == []



def test_article_error_class_finds_the_class_of_a_code() -> None:
    assert errors.article_error_class(errors.EmptyTextError.code) is errors.EmptyTextError
    assert errors.article_error_class(errors.ArticleConflictError.code) is errors.ArticleConflictError
    # not an article's error, not a code, or no code at all: the generic article error
    for other in (errors.StoreBusyError.code, "E9999", None, 103):
        assert errors.article_error_class(other) is errors.ArticleError


def test_every_code_the_docs_and_the_package_name_is_in_the_catalogue() -> None:
    """A code written in README.md, docs/*.md or a comment or docstring of the package exists
    (a removed or renumbered code cannot stay documented)."""
    codes = {c.code for c in _all_error_classes()}
    paths = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "dateline").rglob("*.py")),
             *sorted((ROOT / "dateline" / "web").rglob("*.js"))]
    unknown = [f"{p.relative_to(ROOT)}: {m.group()}" for p in paths
               for m in re.finditer(r"\bE\d{3}\b", p.read_text(encoding="utf-8")) if m.group() not in codes]
    assert unknown == []
