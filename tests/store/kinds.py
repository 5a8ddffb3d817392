"""Articles for the quote-kind tests (prose written for them): one mayor's words quoted by
two outlets and reported without quotation marks by a third."""

from __future__ import annotations

from dateline.store.sql_store import SQLStore
from dateline.types import Article, Entity, Mention, Published, Quote, SpanRef, Speaker

DIRECT = "Mayor Nora Park said: \u201cthe bridge will reopen in May after the repairs are done.\u201d"
DIRECT_AGAIN = "On Monday Nora Park said: \u201cthe bridge will reopen in May after the repairs are done.\u201d"
INDIRECT = "Mayor Nora Park said the bridge will reopen in May after the repairs are done."
WORDS = "the bridge will reopen in May after the repairs are done"
ARTICLES = (("wire-1", DIRECT, "direct"), ("daily-2", INDIRECT, "indirect"), ("gazette-3", DIRECT_AGAIN, "direct"))


def article(aid: str, text: str, kind: str) -> Article:
    """RETURNS an Article whose one quote (of ``kind``) is WORDS, said by Nora Park."""
    start = text.index(WORDS)
    name = text.index("Nora Park")
    mention = Mention(name, name + len("Nora Park"), "Nora Park", "name")
    speaker = Speaker("E1", "Nora Park", SpanRef(mention.start, mention.end, mention.text))
    cue = text.index("said")
    quote = Quote(start, start + len(WORDS), WORDS, speaker, SpanRef(cue, cue + 4, "said"), "2016-09-12", kind)
    return Article(aid, Published("2016-09-12", "given", "2016-09-12", "2016-09-12"), (),
                   (Entity("E1", "Nora Park", "PERSON", (mention,)),), (quote,))


def kinds_store(path: str = ":memory:") -> SQLStore:
    """A store (of the backend under test) holding ARTICLES, merged."""
    from tests.store.stores import new_store

    store = new_store(path)
    for aid, text, kind in ARTICLES:
        store.add(article(aid, text, kind), text)
    store.merge()
    return store
