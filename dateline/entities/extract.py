"""First version: one entity per distinct named-entity string (deepened in issue 5)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.entities.index import EntityIndex
from dateline.types import Entity, Mention

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "NORP": "OTHER", "GPE": "GPE", "LOC": "LOC",
          "FAC": "LOC", "EVENT": "EVENT", "WORK_OF_ART": "WORK", "PRODUCT": "OTHER", "LAW": "WORK"}


def extract_entities(doc: Doc) -> EntityIndex:
    """Cluster the doc's mentions into entities; RETURNS an EntityIndex."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for ent in doc.ents:
        typ = LABELS.get(ent.label_)
        if typ is None:
            continue
        key = (ent.text.lower(), typ)
        groups.setdefault(key, []).append(Mention(ent.start_char, ent.end_char, ent.text, "name"))
    entities = [
        Entity(f"E{i}", ms[0].text, typ, tuple(ms))
        for i, ((_, typ), ms) in enumerate(sorted(groups.items(), key=lambda kv: kv[1][0].start), start=1)
    ]
    return EntityIndex(entities)
