"""Dateline's English lexicon: the one home of the word lists and label sets rules read.

How lexicons are organised (issue 13):

- **One package, one module per topic.** A list that more than one layer reads lives here,
  in the module of its topic, defined once: ``people`` (nouns of people, with gender),
  ``syntax`` (dependency-label sets), ``calendar`` (month and weekday names, the words of
  TIMEX3 codes). Topics to come as lists move in: ``speech`` (verbs and nouns of saying),
  ``kinship``, ``titles`` (honorifics, offices), ``places``. Layers import from the topic
  module or from this package (``from dateline.lexicon import PERSON_NOUNS``).
- **A layer's own lexicon is a thin view.** A list only one layer reads may stay in that
  layer's lexicon module (``entities/lexicon.py``, ``quotes/lexicon.py``,
  ``events/lexicon.py``, ``time/data/lexicon.py``), next to the shared lists it imports
  from here; it never redefines a shared one (``tests/test_lexicon.py`` checks the names
  of the shared lists are assigned once). No word list in a logic module.
- **Lists are data, not code.** Lower case unless the list is of display words; immutable
  (``frozenset``, ``tuple``, ``MappingProxyType``); built in one expression, never
  reassigned or grown by ``|=`` in a later line; a comment says what the list is for and
  where its words come from (general knowledge of English news, TimeML guidelines: never
  a corpus).
- **Tables derived from data are derived, or checked.** A table that follows from another
  (a gender table from three word lists, number words of years from the cardinal words)
  is computed from it at import time; a copy that cannot import it (the web page's
  JavaScript, a layer table keyed differently) has an in-sync test against the source
  (``tests/lexicon/test_calendar.py``).

The plan for the lists still inside the layers (their owners move them; layer folders
were being edited by their own issues when this package was made):

- ``speech``: ``quotes/lexicon.SPEECH_VERBS`` (today grown over three assignments),
  ``entities/quoted.SPEECH_VERBS`` (its own, shorter list), ``time/data/lexicon.REPORTING``
  and ``time/context``'s reporting lemmas: one base set of verbs of saying here, each
  layer's narrower or wider view derived from it in its lexicon module.
- ``syntax``: the ``*_DEPS`` sets of ``entities/`` (``CLIMB_DEPS``), ``time/context.py``
  (``DATING_DEPS``, ``OCCASION_DEPS``, ``NOUN_TIME_DEPS``) and ``events/``: shared ones here,
  one-layer ones in that layer's lexicon module.
- ``calendar``: ``time/data/lexicon.MONTHS``/``WEEKDAYS`` keyed by the names here (the
  in-sync test holds them together until then); ``cli/words.py`` and the web page use
  these already.
- Word sets still in logic modules of ``entities/``, ``quotes/``, ``time/``, ``ingest/``
  (about 15, e.g. ``time/context.OCCASION_NOUNS``, ``FORWARD_CUES``): to their layer's
  lexicon module, or here when a second layer reads them.
"""

from __future__ import annotations

from dateline.lexicon.people import PERSON_NOUNS
from dateline.lexicon.syntax import ACTOR_DEPS, SUBJECT_DEPS

__all__ = ["ACTOR_DEPS", "PERSON_NOUNS", "SUBJECT_DEPS"]
