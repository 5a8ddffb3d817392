"""Titles written before a person's name, which more than one layer reads: one definition each.

The entities layer reads a title before a name as a sign of a person and of their gender
(``HONORIFICS``: both gendered tables); the store drops titles from the front of a name's
merge key (``store/normalize.KEY_TITLES``: the courtesy titles, the other courtesy
abbreviations, the offices and the qualifiers below). Each word is lower case, without its
dot ("Sen." -> "sen"); gender is ``"m"``, ``"f"`` or ``None`` (unknown / either). The words
come from general knowledge of English news copy, not from a corpus.
"""

from __future__ import annotations

from types import MappingProxyType

# Courtesy titles, most of them abbreviated ("Mr.", "Dr.", "Rev."): word -> gender.
COURTESY_TITLES = MappingProxyType({
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lady": "f",
    "lord": "m", "dr": None, "prof": None, "rev": None,
})
# Titles that are written out in full or are also everyday words ("Professor", "Father",
# "Sister", "Rabbi"): word -> gender. The entities layer reads them; the store's merge keys keep them.
WORD_TITLES = MappingProxyType({
    "professor": None, "reverend": None, "father": "m", "sister": "f", "brother": "m",
    "rabbi": None, "imam": None,
})
# The gendered honorifics table (the entities layer's view): both of the above.
# A title is also a role when it names an office (``entities/lexicon.TITLE_ROLES``).
HONORIFICS: MappingProxyType[str, str | None] = MappingProxyType({**COURTESY_TITLES, **WORD_TITLES})
# Courtesy abbreviations the entities layer does not read as titles: the neutral "Mx.",
# the plural "Messrs.", "Fr." (Father).
OTHER_COURTESY_TITLES = frozenset({"mx", "messrs", "fr"})
# Offices written before a name ("Sen.", "Gov.", "Gen."), with their abbreviations and plurals.
OFFICE_TITLES = frozenset("""
president vice pres sen sens senator senators rep reps representative gov governor mayor secretary sec
gen general col lt capt sgt adm judge justice chief speaker
""".split())
# Words that qualify a title or a name before it ("former", "candidate", "nominee").
NAME_QUALIFIERS = frozenset({"former", "candidate", "nominee"})
