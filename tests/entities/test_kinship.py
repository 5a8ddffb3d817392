"""Kinship (kinship.py) as the resolver's collaborator: the clusters and maps it is handed,
the relations it keeps, and kinship phrases resolved through them."""

from __future__ import annotations

from dateline.entities.clusters import Cluster
from dateline.entities.kinship import Kinship
from dateline.entities.mentions import Candidate, SentenceMap


def _kinship(nlp, text, names):
    """A Kinship over ``text`` with one PERSON cluster per name (given as token ranges)."""
    doc = nlp(text)
    clusters: list[Cluster] = []
    name_of: dict[int, int] = {}
    linked: list[tuple[int, str]] = []

    def new(label: str) -> Cluster:
        cl = Cluster(len(clusters), label)
        clusters.append(cl)
        return cl

    def link(cid: int, c: Candidate) -> None:
        clusters[cid].mentions.append(c)
        linked.append((cid, c.text))

    for start, end in names:
        cid = new("PERSON").cid
        for i in range(start, end):
            name_of[i] = cid
    return doc, Kinship(doc, SentenceMap(doc), clusters, name_of, {}, new, link), clusters, linked


def test_relate_records_relation_span_and_the_reverse_look_up(nlp):
    doc, kin, clusters, _ = _kinship(nlp, "Ada Vance married Ian Holt in Leeds.", [(0, 2), (3, 5)])
    kin.relate(0, "spouse", 1, 0, kin.name_end(3))
    assert clusters[0].relations == [("spouse", 1)]
    start, end = clusters[0].relation_spans[("spouse", 1)]
    assert doc.text[start:end] == "Ada Vance married Ian Holt"
    assert kin.related == {1: {0}}
    assert kin.name_end(0) == 1 and kin.name_end(6) == 6  # "Leeds" is in no name here


def test_resolve_links_a_kinship_phrase_to_the_relative_stated_before(nlp):
    text = "Ada Vance married Ian Holt in 2001. Her husband now runs the farm."
    doc, kin, clusters, linked = _kinship(nlp, text, [(0, 2), (3, 5)])
    kin.relate(0, "spouse", 1, 0, kin.name_end(3))
    her = next(t.i for t in doc if t.text == "Her")
    husband = next(t.i for t in doc if t.text == "husband")
    from dateline.entities.mentions import make_candidate

    c = make_candidate(doc, her, husband + 1, doc[husband], "descriptor", "kin", SentenceMap(doc),
                       gender="m", key="husband", owner=her)
    kin.tok_cluster[her] = 0  # "Her" is Ada Vance, as the resolver would have linked it
    kin.resolve(c)
    assert linked == [(1, "Her husband")]
    assert len(clusters) == 2  # no new person made


def _owner_of(index, text, mention):
    """The entity holding the first occurrence of ``mention`` in ``text``."""
    start = text.index(mention)
    return next(e for e in index.entities if any(m.start == start and m.text == mention for m in e.mentions))


def test_one_of_a_kind_relative_met_before_the_name_is_the_named_one(nlp):
    from dateline.entities import extract_entities

    text = ("Rafael Ortiz and his father will fly to Lisbon on Friday. His father, Tomas Ortiz, "
            "said he was proud of his son.")
    index = extract_entities(nlp(text))
    father = _owner_of(index, text, "Tomas Ortiz")
    assert _owner_of(index, text, "his father") is father
    assert sum(1 for r in _owner_of(index, text, "Rafael Ortiz").relations if r.type == "parent") == 1


def test_a_brother_met_before_a_named_brother_may_be_another(nlp):
    from dateline.entities import extract_entities

    text = ("Rafael Ortiz and his brother will fly to Lisbon on Friday. His brother, Tomas Ortiz, "
            "said he was proud.")
    index = extract_entities(nlp(text))
    assert _owner_of(index, text, "his brother") is not _owner_of(index, text, "Tomas Ortiz")
