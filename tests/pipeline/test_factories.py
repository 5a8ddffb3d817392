"""The component registrations (dateline/pipeline/factories.py): what each reads and writes.

The golden file ``factory_registrations.json`` holds every ``dateline_*`` factory's
``requires``/``assigns``, as spaCy's own test of its factory registrations does: a change to
what a component declares, or a new component, must change that file too, in the same commit.
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.util import registry

import dateline.pipeline.factories as factories

GOLDEN = Path(__file__).parent / "factory_registrations.json"


def _registered() -> dict[str, dict]:
    names = sorted(n for n in registry.factories.get_all() if n.startswith("dateline_"))
    out = {}
    for name in names:
        meta = Language.get_factory_meta(name)
        out[name] = {"assigns": list(meta.assigns), "requires": list(meta.requires),
                     "retokenizes": meta.retokenizes}
    return out


def test_registrations_match_the_golden_file() -> None:
    got = _registered()
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8")), json.dumps(got, indent=1, sort_keys=True)


def test_every_component_the_reader_adds_is_registered() -> None:
    assert set(factories.COMPONENTS) | {"dateline_apostrophes", "dateline_sentences"} == set(_registered())


def test_analyze_pipes_reports_no_problems(nlp) -> None:
    analysis = nlp.analyze_pipes(pretty=False)
    assert {name: p for name, p in analysis["problems"].items() if p} == {}
    assert [n for n in nlp.pipe_names if n.startswith("dateline_")] == \
        ["dateline_apostrophes", "dateline_sentences", *factories.COMPONENTS]
    assert nlp.pipe_names[0] == "dateline_apostrophes"  # before the model reads the features


def test_pos_is_there_although_no_component_declares_it(nlp) -> None:
    """token.pos is left out of ``requires`` (the attribute_ruler sets it undeclared): it must be set."""
    doc = nlp("The mayor said on Monday that the bridge would reopen.")
    assert all(tok.pos_ for tok in doc)


def test_quotes_carry_the_time_they_were_said(nlp) -> None:
    """The time layer writes the dated quotes back: doc._.quotes and the time result agree."""
    doc = nlp.make_doc('“We will open the new wing in May,” the director said on Tuesday.')
    doc._.published_given = "2021-02-18"  # a Thursday: "on Tuesday" is two days before
    for _, component in nlp.pipeline:
        doc = component(doc)
    doc_quotes = doc._.quotes
    assert doc_quotes and list(doc_quotes) == list(doc._.time_result.quotes)
    assert [q.time for q in doc_quotes] == ["2021-02-16"]
