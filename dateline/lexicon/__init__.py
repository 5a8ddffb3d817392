"""Dateline's English lexicon: the one home of the word lists and label sets rules read.

How lexicons are organised (issue 13):

- **One package, one module per topic.** A list that more than one layer reads lives here,
  in the module of its topic, defined once: ``people`` (nouns of people, with gender),
  ``syntax`` (dependency-label sets), ``calendar`` (month and weekday names, the words of
  TIMEX3 codes, the season start months), ``punctuation`` (sentence-end tokens), ``titles``
  (titles before a name: courtesy and word titles with gender, offices). Topics to come as
  lists move in: ``speech`` (verbs and nouns of saying), ``kinship``, ``places``. Layers import from the topic
  module or from this package (``from dateline.lexicon import PERSON_NOUNS``).
- **A layer's own lexicon is a thin view.** A list only one layer reads may stay in that
  layer's lexicon module (``entities/lexicon.py``, ``quotes/lexicon.py``, ``ingest/lexicon.py``,
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
were being edited by their own issues when this package was made). Moved already: the
quotation-mark tokens of the parse (``text/quotation.CLOSING_TOKENS``/``OPENING_TOKENS``),
sentence-end tokens (``punctuation``), the web-page furniture words (``ingest/lexicon.py``);
``cli/words.py`` builds its code patterns from ``calendar``; the season start months
(``calendar.SEASON_START``, read by ``time/calendar`` and ``time/normalize``; the store's
``store/calendar.SEASON_MONTH`` is it plus ``SEASON_ALIASES``); the title words
(``titles``: ``entities/lexicon.HONORIFICS`` is ``titles.HONORIFICS``, the gendered courtesy
and word titles; ``store/normalize.KEY_TITLES``, formerly its ``HONORIFICS``, is the courtesy
titles, the other courtesy abbreviations, the offices and the name qualifiers, with the
contents both had); the noun tag sets of ``entities/`` (``COMMON_NOUN_TAGS``,
``PROPER_NOUN_TAGS``, ``DESCRIPTOR_HEAD_TAGS`` in ``entities/lexicon.py``, once each: no other
layer reads them). What remains, by topic:

- ``speech``: ``quotes/lexicon.SPEECH_VERBS``, ``entities/quoted.SPEECH_VERBS`` (its own,
  shorter list), ``time/data/lexicon.REPORTING`` and ``time/context``'s reporting lemmas:
  one base set of verbs of saying here, each layer's narrower or wider view derived from it
  in its lexicon module.
- ``titles``: ``entities/lexicon.TITLE_ROLES`` and ``TITLE_GENDER`` (office -> role, gender;
  their keys overlap ``titles.OFFICE_TITLES`` but differ from it), ``entities/names.TITLE_FIRST_WORDS``
  and ``clusters.ROLE_QUALIFIERS``; ``store/normalize.SUFFIXES`` beside them.
- ``syntax``: the ``*_DEPS`` sets of ``entities/`` (``CLIMB_DEPS``, ``OBJECT_DEPS``,
  ``CATAPHORA_DEPS``, ``pronouns.CLAUSE_DEPS``, the predicative sets of ``descriptors`` and
  ``nominals``), ``time/context.py`` (``DATING_DEPS``, ``OCCASION_DEPS``, ``NOUN_TIME_DEPS``),
  ``time/anchor.py`` (``NESTED_CLAUSES``, ``EMBEDDED_DEPS``): shared ones here, one-layer ones
  in that layer's lexicon module.
- ``punctuation``: ``quotes/windows.SENTENCE_END`` (no ellipsis, unlike the one here: the
  quotes owner decides whether "…" ends a sentence there), the dash sets of
  ``quotes/windows``, ``quotes/titles`` and ``quotes/extract.DASH_CHARS``, and
  ``entities/quoted``'s ``SIGNING_PUNCT``/``SIGNING_END``; the mark tokens
  ``quotes/speaker.OPENING_MARKS``/``CLOSING_MARKS`` (single marks included) and
  ``entities/quoted.CLOSING_MARKS`` next to the scanner's tokens in ``text/quotation.py``.
- ``calendar``: ``time/data/lexicon.MONTHS``/``WEEKDAYS`` keyed by the names here (the
  in-sync test holds them together until then); the season codes of ``store/calendar``'s
  value pattern (written out in its regular expression).
- Word sets still in logic modules (to their layer's lexicon module, or here when a second
  layer reads them): ``entities/`` (``pronouns.RAISING_VERBS``, ``descriptors``'s and
  ``nominals``'s possessive and determiner sets, ``nominal_links.DETERMINER_WORDS``,
  ``clusters.REFLEXIVES``, ``relations.LIST_GLUE``, ``attributes.AGE_CLOSERS``),
  ``store/normalize.LEADING_ARTICLES``. The layers' label and tag sets (``NESTED_LABELS``,
  ``PRONOUN_TAGS``, ``time/anchor.PRESENT_TAGS`` ...) are rule parameters of one module and
  may stay beside the rule that reads them.
"""

from __future__ import annotations

from dateline.lexicon.people import PERSON_NOUNS
from dateline.lexicon.syntax import ACTOR_DEPS, SUBJECT_DEPS

__all__ = ["ACTOR_DEPS", "PERSON_NOUNS", "SUBJECT_DEPS"]
