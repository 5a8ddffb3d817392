"""Dependency labels (spaCy's English scheme) that more than one layer's rules read."""

from __future__ import annotations

# Dependency labels of a clause's subject (active, passive, clausal).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Who does what a verb says: its subject, or the "by" phrase of a passive ("was hit by X").
ACTOR_DEPS = SUBJECT_DEPS | {"agent"}
