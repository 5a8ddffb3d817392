"""The word lists and dependency sets every layer shares (dateline/lexicon/): well-formed,
and defined once."""

from __future__ import annotations

import ast
import re

import pytest

from dateline import lexicon
from tests.conftest import ROOT


def test_person_nouns_lower_case_with_known_genders():
    nouns = lexicon.PERSON_NOUNS
    assert nouns and all(k == k.lower() and k.strip() == k and " " not in k for k in nouns)
    assert set(nouns.values()) <= {"m", "f", None}
    assert (nouns["woman"], nouns["man"], nouns["teacher"]) == ("f", "m", None)


def test_person_nouns_cannot_be_changed_at_run_time():
    with pytest.raises(TypeError):
        lexicon.PERSON_NOUNS["dragon"] = None  # type: ignore[index]
    assert "dragon" not in lexicon.PERSON_NOUNS


def test_actor_deps_are_the_subjects_and_the_passive_agent():
    assert lexicon.SUBJECT_DEPS < lexicon.ACTOR_DEPS
    assert {"agent"} == lexicon.ACTOR_DEPS - lexicon.SUBJECT_DEPS


def test_layers_read_the_shared_lists():
    from dateline.quotes import lexicon as quotes_lexicon

    assert quotes_lexicon.SUBJECT_DEPS is lexicon.SUBJECT_DEPS
    assert set(lexicon.PERSON_NOUNS) <= quotes_lexicon.SPEAKER_NOUNS


def test_one_definition_each():
    """No module but the lexicon package's assigns these names: the copies drifted apart before."""
    pattern = re.compile(r"^\s*(SUBJECT_DEPS|ACTOR_DEPS|PERSON_NOUNS)\s*(:[^=]*)?=", re.MULTILINE)
    found = [(str(p.relative_to(ROOT)), m.group(1)) for p in sorted((ROOT / "dateline").rglob("*.py"))
             for m in pattern.finditer(p.read_text(encoding="utf-8"))]
    assert found == [("dateline/lexicon/people.py", "PERSON_NOUNS"), ("dateline/lexicon/syntax.py", "SUBJECT_DEPS"),
                     ("dateline/lexicon/syntax.py", "ACTOR_DEPS")]


def test_no_module_assigns_a_constant_twice():
    """A module-level constant is built in one expression: a second assignment hides the first."""
    twice = []
    for path in sorted((ROOT / "dateline").rglob("*.py")):
        counts: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, (ast.AnnAssign, ast.AugAssign)) else []
            for target in targets:
                if isinstance(target, ast.Name) and target.id.isupper():
                    counts[target.id] = counts.get(target.id, 0) + 1
        twice += [f"{path.relative_to(ROOT)}: {name}" for name, n in counts.items() if n > 1]
    assert twice == []
