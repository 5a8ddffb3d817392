"""A cheap English check: the share of English function words in the head of a text.

Dateline's model and lexicons are English-only, so a text in another language would come out
as confident nonsense; it is refused with a reason instead (NotEnglishError).

Decision: our own stopword ratio rather than a language-identification package. It needs no
model, costs microseconds on the first ``SAMPLE_CHARS`` characters, and is tuned in one
direction only: English news must never be refused (tests/ingest/test_language.py reads every
PolNeAR text through it). So it refuses only when the evidence is strong: a text mostly in a
non-Latin script, or at least ``MIN_WORDS`` words of which under ``MIN_ENGLISH_SHARE`` are
English function words (running English has 35-55%; French, German or Spanish prose under 5%).
Short texts pass: too little evidence to refuse anything.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from dateline.errors import NotEnglishError
from dateline.ingest.stopwords import ENGLISH, OTHERS

SAMPLE_CHARS = 6000
MIN_WORDS = 40
MIN_ENGLISH_SHARE = 0.12
MIN_LETTERS = 20
# Share of letters outside the Latin script above which a text is not English.
MAX_NON_LATIN_SHARE = 0.5
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class LanguageGuess:
    """What the check saw: word count, English function-word share, non-Latin letter share."""

    words: int
    english_share: float
    non_latin_share: float
    script: str | None  # the dominant non-Latin script ("CYRILLIC", "CJK" ...) if any
    other: str | None  # the other language whose function words are most frequent, if any

    @property
    def is_english(self) -> bool:
        if self.non_latin_share > MAX_NON_LATIN_SHARE:
            return False
        return self.words < MIN_WORDS or self.english_share >= MIN_ENGLISH_SHARE

    def reason(self) -> str:
        """RETURNS a short phrase saying why the text is not English."""
        if self.non_latin_share > MAX_NON_LATIN_SHARE:
            return f"text is mostly in {self.script or 'a non-Latin'} script ({self.non_latin_share:.0%} of letters)"
        what = f"looks {self.other}" if self.other else "does not look English"
        return (f"text {what}: English function words are {self.english_share:.0%} "
                f"of its first {self.words} words")


def guess_language(text: str) -> LanguageGuess:
    """Look at the head of ``text``. RETURNS (LanguageGuess) the evidence and the verdict."""
    head = text[:SAMPLE_CHARS]
    non_latin, letters = 0, 0
    scripts: dict[str, int] = {}
    for ch in head:
        if not ch.isalpha():
            continue
        letters += 1
        if ch < "\u0250":  # Basic Latin to Latin Extended-B
            continue
        script = _script(ch)
        if script != "LATIN":
            non_latin += 1
            scripts[script] = scripts.get(script, 0) + 1
    words = [w.lower() for w in WORD.findall(head)]
    n = len(words)
    english = sum(1 for w in words if w in ENGLISH) / n if n else 0.0
    other = None
    if n:
        counts = {lang: sum(1 for w in words if w in stop) for lang, stop in OTHERS.items()}
        best = max(counts, key=lambda k: counts[k])
        other = best if counts[best] / n > english else None
    share = non_latin / letters if letters >= MIN_LETTERS else 0.0
    main_script = max(scripts, key=lambda k: scripts[k]) if scripts else None
    return LanguageGuess(n, english, share, main_script, other)


def check_english(text: str, where: str, rid: str | None = None) -> None:
    """Raise NotEnglishError naming ``where`` if ``text`` is clearly not English."""
    guess = guess_language(text)
    if not guess.is_english:
        raise NotEnglishError(f"{where}: not English, skipped: {guess.reason()}", rid)


def _script(ch: str) -> str:
    """RETURNS the script of a letter from its Unicode name ("CYRILLIC", "CJK", "ARABIC" ...)."""
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"
