"""Who said what: direct quotations with speakers and cues.

Public entry point: ``extract_quotes(doc, index) -> list[Quote]`` (``time`` left None;
the time layer fills it).
"""

from dateline.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]
