"""Cross-article merging: one global entity per person, one quote / event per report group."""

from __future__ import annotations

import pytest

from dateline.store import queries
from dateline.store.merge import EntityIn, QuoteIn, merge_entities, merge_quotes
from dateline.store.normalize import person_key, quote_words
from dateline.store.sql_store import SQLStore
from tests.store.builders import build
from tests.store.corpus import A1, A2, A3, A4, DOCS, filled_store


def _derived(store: SQLStore) -> list[str]:
    """The dump lines of the derived (merge) tables only."""
    keep, out = False, []
    for line in store.dump().splitlines():
        if line.startswith("# "):
            name = line.split()[1]
            keep = (
                name.startswith("global_")
                or name.endswith(("_links", "_aliases", "_entities"))
                and name != "entities"
            )
        if keep:
            out.append(line)
    return out


@pytest.mark.parametrize(
    "a,b",
    [
        ("Maria Elena Lopez", "Maria Lopez"),
        ("Sen. Jane Marlow", "Jane Marlow"),
        ("Robert J. Hale", "Robert Hale"),
        ("Jane Marlow's", "Jane Marlow"),
    ],
)
def test_normalize_person_key_variants_agree(a: str, b: str) -> None:
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize("a,b", [("Robert Hale Jr.", "Robert Hale"), ("Tom Lopez", "Maria Lopez")])
def test_normalize_person_key_distinct_people_differ(a: str, b: str) -> None:
    assert person_key(a) != person_key(b)


@pytest.mark.parametrize("a,b", [("\u201cWe\u2019ll win,\u201d", '"we\'ll WIN"'), ("a  b\nc.", "A b c")])
def test_normalize_quote_words_ignore_case_space_marks(a: str, b: str) -> None:
    assert quote_words(a) == quote_words(b)


@pytest.mark.parametrize("docs", [(A1, A2, A3)])
def test_merge_name_variants_are_one_entity(docs: tuple) -> None:
    with filled_store(docs) as store:
        found = store.find_entities("Jane Marlow")
        assert len(found) == 1
        entity = found[0]
        # "Jane Ellen Marlow" (wire-1), "Jane Marlow" (daily-7) and the unambiguous "Marlow" (gazette-3)
        assert entity.n_articles == 3
        assert {"Jane Ellen Marlow", "Jane Marlow", "Marlow"} <= set(entity.aliases)


@pytest.mark.parametrize("docs", [DOCS])
def test_merge_bare_surname_stays_apart_when_ambiguous(docs: tuple) -> None:
    with filled_store(docs) as store:
        jane = queries.resolve_entity(store, "Jane Marlow")
        assert jane.n_articles == 2  # "Marlow" of gazette-3 could be Rob Marlow (sport-9)
        assert queries.resolve_entity(store, "Marlow").id != jane.id
        # The same name of another type is another entity.
        assert queries.resolve_entity(store, "Marlow Group").type == "ORG"


@pytest.mark.parametrize("article", ["a", "b"])
def test_merge_surname_resolved_within_its_article_first(article: str) -> None:
    rows = [
        EntityIn("a", "E1", "Rob Marlow", "PERSON", 1, True),
        EntityIn("a", "E2", "Marlow", "PERSON", 3, True),
        EntityIn("b", "E1", "Jane Marlow", "PERSON", 1, True),
        EntityIn("b", "E2", "Marlow", "PERSON", 2, True),
    ]
    groups = {m: g.name for g in merge_entities(rows) for m in g.members}
    assert groups[(article, "E2")] == groups[(article, "E1")]


@pytest.mark.parametrize("named", [False])
def test_merge_unnamed_entities_never_merge(named: bool) -> None:
    rows = [
        EntityIn("a", "E1", "the senator", "PERSON", 2, named),
        EntityIn("b", "E1", "the senator", "PERSON", 1, named),
    ]
    assert len(merge_entities(rows)) == 2


@pytest.mark.parametrize("docs", [(A1, A2, A3)])
def test_merge_same_quote_from_two_outlets_is_one_with_two_sources(docs: tuple) -> None:
    with filled_store(docs) as store:
        mine = queries.quotes(store, speaker="Jane Marlow")
        long = [q for q in mine if "overdue" in q.text]
        assert len(long) == 1
        # wire-1 and daily-7 differ in case, punctuation and quotation marks; gazette-3 quotes a
        # contained part; all three are one quote.
        assert sorted(s.article_id for s in long[0].sources) == ["daily-7", "gazette-3", "wire-1"]
        for s in long[0].sources:
            text = {d.id: d.text for d in docs}[s.article_id]
            assert text[s.start : s.end] == s.text
        # Tom Reyes saying the same words is another quote; "Yes" is too short to merge.
        reyes = queries.quotes(store, speaker="Tom Reyes")
        assert len(reyes) == 1 and len(reyes[0].sources) == 1
        assert sum(1 for q in mine if q.text == "Yes") == 2


@pytest.mark.parametrize("speaker", [None])
def test_merge_long_quote_without_speaker_joins_the_known_one(speaker: str | None) -> None:
    text = "we will build a new bridge over the river next spring"
    rows = [QuoteIn("a", 0, text, "E1"), QuoteIn("b", 0, text.upper(), speaker)]
    merged = merge_quotes(rows, {("a", "E1"): "e_x"}, {"e_x": "X"})
    assert len(merged) == 1 and merged[0].speaker_id == "e_x"


@pytest.mark.parametrize("docs", [DOCS])
def test_merge_same_event_twice_is_one_timeline_entry(docs: tuple) -> None:
    with filled_store(docs) as store:
        entries = queries.timeline(store, "Tom Reyes")
        by_summary = {e.summary: e for e in entries}
        met = by_summary["Jane Ellen Marlow met Tom Reyes in Denver"]
        assert [s.article_id for s in met.sources] == ["wire-1", "daily-7"]  # first published first
        # Same summary, other trigger ("called" / "termed"): one event.
        assert [s.article_id for s in by_summary["Tom Reyes called the meeting useful"].sources] == [
            "wire-1",
            "gazette-3",
        ]
        # Another day is another event.
        assert len(by_summary["Marlow met Tom Reyes again"].sources) == 1


@pytest.mark.parametrize("orders", [((A1, A2, A3, A4), (A4, A3, A1, A2))])
def test_merge_independent_of_ingest_order(orders: tuple) -> None:
    dumps = []
    for order in orders:
        with filled_store(order) as store:
            dumps.append(_derived(store))
    assert dumps[0] == dumps[1]
    assert len(dumps[0]) > 20


@pytest.mark.parametrize("docs", [(A1, A2)])
def test_merge_follows_each_add(docs: tuple) -> None:
    with filled_store(docs) as store:
        assert store.is_merged()
        assert queries.resolve_entity(store, "Jane Marlow").n_articles == 2
        assert store.add(build(A3), A3.text)
        # The add merged the article in its own transaction: no query has to (reads never write).
        assert store.is_merged()
        assert queries.resolve_entity(store, "Jane Marlow").n_articles == 3


@pytest.mark.parametrize("n_jane,rob,joins", [(9, True, False), (1, True, False), (3, False, True)])
def test_merge_surname_joins_a_full_name_only_when_the_store_holds_one(
        n_jane: int, rob: bool, joins: bool) -> None:
    rows = [EntityIn(f"j{i}", "E1", "Jane Marlow", "PERSON", 1, True) for i in range(n_jane)]
    rows += [EntityIn("r", "E1", "Rob Marlow", "PERSON", 1, True)] if rob else []
    rows += [EntityIn("x", "E1", "Marlow", "PERSON", 1, True)]
    groups = {m: g.id for g in merge_entities(rows) for m in g.members}
    assert (groups[("x", "E1")] == groups[("j0", "E1")]) is joins
    if rob:
        assert groups[("x", "E1")] != groups[("r", "E1")]


@pytest.mark.parametrize("other_type", ["ORG", "GPE"])
def test_merge_a_person_is_a_person_only_once(other_type: str) -> None:
    rows = [
        EntityIn("a", "E1", "Nora Quill", "PERSON", 2, True),
        EntityIn("b", "E1", "Nora Quill", other_type, 1, True),
        EntityIn("c", "E1", "Nora Quill", other_type, 1, True),
        EntityIn("d", "E1", "Quillon", other_type, 1, True),
    ]
    out = merge_entities(rows)
    nora = [g for g in out if ("a", "E1") in g.members]
    assert len(nora) == 1 and {("b", "E1"), ("c", "E1")} <= set(nora[0].members)
    assert nora[0].type == "PERSON"  # though most of its articles typed it otherwise
    assert all(("d", "E1") not in g.members for g in nora)


def test_merge_two_different_full_names_never_merge() -> None:
    rows = [EntityIn("a", "E1", "Jane Marlow", "PERSON", 1, True),
            EntityIn("b", "E1", "Joan Marlow", "PERSON", 1, True)]
    assert len(merge_entities(rows)) == 2


@pytest.mark.parametrize(
    "a,b,merged",
    [
        (  # shared runs of six words only: not enough to call them one utterance
            "I can say there has never been a candidate more ready for this office than she is",
            "there has never been a candidate, not me, so ready for the job",
            False,
        ),
        (  # two cuts of one utterance: a shared run of eight words and more
            "I can say there has never been a candidate more ready for this office than she is",
            "believe me there has never been a candidate more ready for this office",
            True,
        ),
    ],
)
def test_merge_overlapping_cuts_of_one_quote(a: str, b: str, merged: bool) -> None:
    rows = [QuoteIn("a", 0, a, "E1"), QuoteIn("b", 0, b, "E1")]
    out = merge_quotes(rows, {("a", "E1"): "e_s", ("b", "E1"): "e_s"}, {"e_s": "S"})
    assert (len(out) == 1) is merged


@pytest.mark.parametrize("n_reports", [2])
def test_merge_events_of_one_article_stay_apart(n_reports: int) -> None:
    from dateline.store.merge import EventIn, merge_events

    def said(aid: str, ord_: int) -> EventIn:
        return EventIn(aid, ord_, "said", f"X said thing {aid}{ord_}", "2016-03-15", None, None, ("E1",))

    # Article a reports two different statements of X that day; article b reports one of them.
    rows = [said("a", 0), said("a", 1), said("b", 0)]
    entity_of = {("a", "E1"): "e_x", ("b", "E1"): "e_x"}
    groups = sorted(sorted(g.members) for g in merge_events(rows, entity_of))
    assert groups == [[("a", 0), ("b", 0)], [("a", 1)]]
    assert all(len({a for a, _ in g}) == len(g) for g in groups)


@pytest.mark.parametrize("kind,merged", [("event", True), ("quote", False)])
def test_merge_events_of_saying_need_the_same_summary(kind: str, merged: bool) -> None:
    from dateline.store.merge import EventIn, merge_events

    rows = [
        EventIn("a", 0, "said", "X said taxes will fall", "2016-03-15", None, None, ("E1",), kind=kind),
        EventIn("b", 0, "said", "X said the wall will rise", "2016-03-15", None, None, ("E1",), kind=kind),
    ]
    out = merge_events(rows, {("a", "E1"): "e_x", ("b", "E1"): "e_x"})
    assert (len(out) == 1) is merged


@pytest.mark.parametrize("names", [["Ann Vale’s", "Ann Vale’s", "Ann Vale"]])
def test_merge_canonical_name_is_not_a_possessive(names: list[str]) -> None:
    rows = [EntityIn(f"a{i}", "E1", n, "PERSON", 1, True) for i, n in enumerate(names)]
    (entity,) = merge_entities(rows)
    assert entity.name == "Ann Vale"


def test_merge_quote_keys_of_one_speaker_are_neighbours_and_stay_exact() -> None:
    from dateline.store.merge import SPEAKER_KEY_BITS, quote_keys, quote_probe_keys

    words = quote_words("we will build the bridge before the winter comes and the river rises")
    shift = 64 - SPEAKER_KEY_BITS
    mine, theirs = quote_keys(words, "g_speaker_a"), quote_keys(words, "g_speaker_b")
    mine_runs = {k for k in mine if k not in theirs}  # the speakerless key is shared
    # Every other run of four words is kept (13 words: runs at 0, 2, 4, 6, 8), all led by
    # the speaker's bits; the probe has the run at every word.
    assert len(mine_runs) == 5 and len({k >> shift for k in mine_runs}) == 1
    assert len(quote_probe_keys(words, "g_speaker_a") - mine) == 10 - 5
    assert {k >> shift for k in mine_runs} != {k >> shift for k in theirs - mine}
    # The same speaker's other quote sharing five words meets it both ways; the other
    # speaker's does not.
    other = quote_words("they said before the winter comes and we leave")
    assert mine & quote_probe_keys(other, "g_speaker_a")
    assert quote_keys(other, "g_speaker_a") & quote_probe_keys(words, "g_speaker_a")
    assert not (theirs - mine) & quote_probe_keys(other, "g_speaker_a")


def test_merge_quote_keys_keep_a_run_of_any_words_the_rules_join_on() -> None:
    from dateline.store.merge import FINGERPRINT_STEP, FINGERPRINT_WORDS, MIN_CONTAINED_WORDS

    assert MIN_CONTAINED_WORDS - FINGERPRINT_WORDS + 1 >= FINGERPRINT_STEP


@pytest.mark.parametrize("seed", range(40))
def test_merge_quote_keys_meet_the_probe_of_every_quote_the_rules_may_join(seed: int) -> None:
    """A stored quote and a new one that merge_quotes joins (one contained in the other, at
    any offset and length from MIN_CONTAINED_WORDS words on, or an overlap) meet through the
    stored one's kept keys and the new one's probe, whichever of the two came first."""
    import random

    from dateline.store.merge import MIN_CONTAINED_WORDS, quote_keys, quote_probe_keys

    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(60)]
    long = [rng.choice(vocab) for _ in range(rng.randint(MIN_CONTAINED_WORDS, 24))]
    n = rng.randint(MIN_CONTAINED_WORDS, len(long))
    start = rng.randint(0, len(long) - n)
    short = long[start : start + n]
    overlap = long[start:] + [rng.choice(vocab) for _ in range(rng.randint(0, 6))]
    rows = [QuoteIn("a", 0, " ".join(long), "E1"), QuoteIn("b", 0, " ".join(short), "E1"),
            QuoteIn("c", 0, " ".join(overlap), "E1")]
    entity_of = {("a", "E1"): "e_x", ("b", "E1"): "e_x", ("c", "E1"): "e_x"}
    joined = 0
    for i in range(3):
        for j in range(3):
            if i != j and len(merge_quotes([rows[i], rows[j]], entity_of, {})) == 1:
                joined += 1
                kept = quote_keys(quote_words(rows[i].text), "e_x")
                assert kept & quote_probe_keys(quote_words(rows[j].text), "e_x"), (rows[i].text, rows[j].text)
    assert joined >= 2  # the short quote and the long one, both ways
