"""The entities layer on sentences written for these tests (real model, real components)."""

from __future__ import annotations

import pytest

from dateline.entities import extract_entities


def _entities(nlp, text):
    doc = nlp(text)
    return doc, extract_entities(doc)


def _entity_with(index, mention_text):
    for e in index.entities:
        if any(m.text == mention_text for m in e.mentions):
            return e
    return None


@pytest.mark.parametrize("text", [
    "Maria Lopez opened the bakery in 2010. Lopez said the first year was hard. "
    "She still bakes every morning.",
])
def test_extract_surname_and_pronoun_join_full_name(nlp, text):
    doc, index = _entities(nlp, text)
    person = _entity_with(index, "Maria Lopez")
    assert person is not None and person.type == "PERSON" and person.name == "Maria Lopez"
    texts = [m.text for m in person.mentions]
    assert "Lopez" in texts and "She" in texts
    for m in person.mentions:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text,descriptor,age", [
    ("Dana Whitfield posted a photo on Sunday. “I feel great,” the talk show host, 41, wrote.",
     "the talk show host", "41"),
])
def test_extract_descriptor_span_leaves_age_out(nlp, text, descriptor, age):
    doc, index = _entities(nlp, text)
    person = _entity_with(index, "Dana Whitfield")
    assert person is not None
    assert descriptor in [m.text for m in person.mentions]
    ages = [a for a in person.attributes if a.name == "age"]
    assert [a.value for a in ages] == [age] and ages[0].as_of is None
    assert text[ages[0].start:ages[0].end] == age


@pytest.mark.parametrize("text", [
    "Robert Kane spoke to reporters on Monday. Kane said his wife, Ellen Kane, would run "
    "for the seat. She has served on the city council since 2012.",
])
def test_extract_spouse_and_gendered_pronoun(nlp, text):
    doc, index = _entities(nlp, text)
    husband = _entity_with(index, "Robert Kane")
    wife = _entity_with(index, "his wife")
    assert husband is not None and wife is not None and husband.id != wife.id
    assert "She" in [m.text for m in wife.mentions]
    stated = {(r.type, r.target) for r in husband.relations} | {(r.type, husband.id) for r in wife.relations}
    assert ("spouse", wife.id) in stated or ("spouse", husband.id) in stated


@pytest.mark.parametrize("text,parent,children", [
    ("Tom Rivers shared a picture of his kids with wife Anna Rivers: Leo, 6, Mia, 3, and Sam.",
     "Tom Rivers", {"Leo": "6", "Mia": "3", "Sam": None}),
])
def test_extract_children_of_both_parents_with_ages(nlp, text, parent, children):
    doc, index = _entities(nlp, text)
    dad = _entity_with(index, parent)
    mom = _entity_with(index, "Anna Rivers")
    assert dad is not None and mom is not None
    by_id = {e.id: e for e in index.entities}
    for who in (dad, mom):
        kids = {by_id[r.target].name for r in who.relations if r.type == "child"}
        assert kids == set(children)
    spouses = {r.target for r in dad.relations if r.type == "spouse"} | {
        r.target for r in mom.relations if r.type == "spouse"}
    assert spouses & {dad.id, mom.id}
    for name, age in children.items():
        kid = _entity_with(index, name)
        got = [a.value for a in kid.attributes if a.name == "age"]
        assert got == ([age] if age else [])


@pytest.mark.parametrize("text,source", [
    ("The senator denied the report, but an aide told reporters that the vote was delayed.", "an aide"),
])
def test_extract_unnamed_source_is_own_entity(nlp, text, source):
    doc, index = _entities(nlp, text)
    ent = _entity_with(index, source)
    assert ent is not None and ent.type == "PERSON" and ent.name == source
    start = text.index(source)
    assert index.entity_at(start, start + len(source)) == ent


@pytest.mark.parametrize("text", [
    "Gov. Karen Bell signed the budget on Friday. “It was a long road,” the Ohio native said. "
    "Bell thanked the legislature.",
])
def test_extract_origin_and_title_gender(nlp, text):
    doc, index = _entities(nlp, text)
    gov = _entity_with(index, "Karen Bell")
    assert gov is not None and "Gov." not in gov.name
    assert "the Ohio native" in [m.text for m in gov.mentions]
    attrs = {(a.name, a.value) for a in gov.attributes}
    assert ("origin", "Ohio") in attrs and ("role", "governor") in attrs


@pytest.mark.parametrize("text", [
    "Mark Ellison met Jane Ortiz in Boston. He told her that the plan would work, and she agreed.",
])
def test_extract_pronouns_follow_gender(nlp, text):
    doc, index = _entities(nlp, text)
    mark, jane = _entity_with(index, "Mark Ellison"), _entity_with(index, "Jane Ortiz")
    assert {"He"} <= {m.text for m in mark.mentions}
    assert {"her", "she"} <= {m.text for m in jane.mentions}


@pytest.mark.parametrize("text", [
    "Victor Hale unveiled a tax plan on Monday. “He has no idea what it costs,” Senator Paul Graves said.",
])
def test_extract_pronoun_in_quote_is_not_its_speaker(nlp, text):
    doc, index = _entities(nlp, text)
    speaker, subject = _entity_with(index, "Paul Graves"), _entity_with(index, "Victor Hale")
    start = text.index("He ")
    assert speaker is not None and index.entity_at(start, start + 2) == subject


def test_extract_ids_in_order_of_first_mention(nlp):
    doc, index = _entities(nlp, "Ann Lee visited Paris. Later, Ann Lee and Tom Reyes spoke in Berlin.")
    firsts = [min(m.start for m in e.mentions) for e in index.entities]
    assert firsts == sorted(firsts)
    assert [e.id for e in index.entities] == [f"E{i}" for i in range(1, len(index.entities) + 1)]


def test_extract_empty_doc(nlp):
    assert extract_entities(nlp.make_doc("")).entities == ()


def _with_ents(nlp, text, ents):
    """Parse ``text`` and replace its entities by (substring, label, occurrence) triples."""
    from spacy.tokens import Span

    doc = nlp(text)
    spans = []
    for sub, label, occ in ents:
        start = -1
        for _ in range(occ):
            start = text.index(sub, start + 1)
        span = doc.char_span(start, start + len(sub), label=label)
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.ents = spans
    return doc


@pytest.mark.parametrize("text,ents", [
    ("Nora Quill opened a studio in May. Quill said the rent was high. Fans love Quill.",
     [("Nora Quill", "PERSON", 1), ("Quill", "ORG", 2), ("Quill", "ORG", 3)]),
])
def test_extract_surname_tagged_org_is_the_person(nlp, text, ents):
    index = extract_entities(_with_ents(nlp, text, ents))
    person = _entity_with(index, "Nora Quill")
    assert person.type == "PERSON"
    assert [m.text for m in person.mentions if m.kind == "name"] == ["Nora Quill", "Quill", "Quill"]
    assert not any(e.type == "ORG" and any(m.kind == "name" for m in e.mentions) for e in index.entities)


@pytest.mark.parametrize("text,ents,full", [
    ("Yesterday Chloe Ramsey thanked her fans. Ramsey will tour in June.",
     [("Ramsey", "PERSON", 1), ("Ramsey", "PERSON", 2)], "Chloe Ramsey"),
])
def test_extract_extends_person_over_given_name(nlp, text, ents, full):
    index = extract_entities(_with_ents(nlp, text, ents))
    person = _entity_with(index, full)
    assert person is not None and person.name == full and len(person.mentions) >= 2


@pytest.mark.parametrize("text,descriptor,name", [
    ("The plan drew fire on Monday. Another critic, Laura Finch, said the cost was too high.",
     "Another critic", "Laura Finch"),
])
def test_extract_description_before_apposed_name(nlp, text, descriptor, name):
    doc, index = _entities(nlp, text)
    assert descriptor in [m.text for m in _entity_with(index, name).mentions]


@pytest.mark.parametrize("text", [
    "President Alan Marsh signed the bill. The president said it would help farmers.",
])
def test_extract_title_role_resolves_the_office(nlp, text):
    doc, index = _entities(nlp, text)
    marsh = _entity_with(index, "Alan Marsh")
    assert "The president" in [m.text for m in marsh.mentions]
    assert ("role", "president") in {(a.name, a.value) for a in marsh.attributes}


@pytest.mark.parametrize("text", [
    "Former President Alan Marsh visited the school. The president spoke later that day.",
])
def test_extract_former_office_is_not_the_office(nlp, text):
    doc, index = _entities(nlp, text)
    marsh = _entity_with(index, "Alan Marsh")
    assert "The president" not in [m.text for m in marsh.mentions]


@pytest.mark.parametrize("text,person,relation,other", [
    ("Mary Hart campaigned with her brother, Daniel Hart, in Denver on Saturday.",
     "Mary Hart", "sibling", "Daniel Hart"),
    ("Kyle Brandt, a spokesman for Microsoft, said the company would appeal.",
     "Kyle Brandt", "employee_of", "Microsoft"),
])
def test_extract_relations_from_appositions(nlp, text, person, relation, other):
    doc, index = _entities(nlp, text)
    a, b = _entity_with(index, person), _entity_with(index, other)
    assert a is not None and b is not None
    assert (relation, b.id) in {(r.type, r.target) for r in a.relations}


@pytest.mark.parametrize("text", [
    "Alex Moreno, 52, said on Tuesday that the deal was off. “We walked away,” he said.",
])
def test_index_entity_at_resolves_pronoun_speaker(nlp, text):
    doc, index = _entities(nlp, text)
    start = text.index("he said")
    ent = index.entity_at(start, start + 2)
    assert ent is not None and ent.name == "Alex Moreno"
    assert [a.value for a in ent.attributes if a.name == "age"] == ["52"]


@pytest.mark.parametrize("text,name,pronoun", [
    ("Ann, a teacher from Denver, met Robert Kane on Monday. He said the talks went well.",
     "Robert Kane", "He"),
])
def test_extract_given_name_alone_has_gender(nlp, text, name, pronoun):
    doc, index = _entities(nlp, text)
    start = text.index(pronoun + " ")
    assert index.entity_at(start, start + len(pronoun)) == _entity_with(index, name)


@pytest.mark.parametrize("text,org,reference", [
    ("The Federal Trade Commission opened an inquiry into the merger on Monday. "
     "The commission said it would report by June.", "Federal Trade Commission", "The commission"),
])
def test_extract_speaking_organisation_by_a_word_of_its_name(nlp, text, org, reference):
    doc, index = _entities(nlp, text)
    ent = _entity_with(index, org)
    assert ent is not None and ent.type == "ORG" and reference in [m.text for m in ent.mentions]


@pytest.mark.parametrize("text,owner,kin,spouse", [
    ("Peter Vance spoke in Ohio on Friday. Later, Laura Vance told reporters that her husband "
     "would not run again.", "Laura Vance", "her husband", "Peter Vance"),
])
def test_extract_spouse_by_shared_surname(nlp, text, owner, kin, spouse):
    doc, index = _entities(nlp, text)
    assert kin in [m.text for m in _entity_with(index, spouse).mentions]


@pytest.mark.parametrize("text", [
    "President Alan Marsh and Vice President Rita Cole visited Ohio. The president spoke first.",
])
def test_extract_vice_president_is_not_the_president(nlp, text):
    doc, index = _entities(nlp, text)
    assert "The president" in [m.text for m in _entity_with(index, "Alan Marsh").mentions]
    assert ("role", "vice president") in {(a.name, a.value) for a in _entity_with(index, "Rita Cole").attributes}


@pytest.mark.parametrize("text,description,holder", [
    # the description's qualifier names another office than the one the person holds
    ("President Lena Ortiz opened the library on Monday. Ortiz spoke for an hour. "
     "The vice president later said the roof leaked.", "The vice president", "Lena Ortiz"),
    ("Mayor Lena Ortiz opened the library on Monday. Ortiz spoke for an hour. "
     "The deputy mayor later said the roof leaked.", "The deputy mayor", "Lena Ortiz"),
])
def test_extract_description_of_another_office_is_not_its_holder(nlp, text, description, holder):
    doc, index = _entities(nlp, text)
    assert description not in [m.text for m in _entity_with(index, holder).mentions]
    assert "Ortiz" in [m.text for m in _entity_with(index, holder).mentions]


@pytest.mark.parametrize("text,parent,child", [
    ("Nina Ford, the daughter of Carl Ford, joined the board on Monday.", "Carl Ford", "Nina Ford"),
])
def test_extract_kin_noun_of_a_person(nlp, text, parent, child):
    doc, index = _entities(nlp, text)
    p, c = _entity_with(index, parent), _entity_with(index, child)
    assert ("child", c.id) in {(r.type, r.target) for r in p.relations}


@pytest.mark.parametrize("text,ents,name,typ", [
    ("She sang at the Country Music Awards in May.", [("Country Music Awards", "ORG", 1)],
     "Country Music Awards", "EVENT"),
    ("The Commission on Presidential Debates set the rules.",
     [("Commission on Presidential Debates", "ORG", 1)], "Commission on Presidential Debates", "ORG"),
])
def test_extract_event_type_from_the_head_word(nlp, text, ents, name, typ):
    index = extract_entities(_with_ents(nlp, text, ents))
    ent = _entity_with(index, name)
    assert ent is not None and ent.type == typ


@pytest.mark.parametrize("text,owner,other", [
    ("Jane Moss arrived with her husband John Moss on Friday.", "Jane Moss", "John Moss"),
])
def test_extract_kin_word_before_a_name(nlp, text, owner, other):
    doc, index = _entities(nlp, text)
    a, b = _entity_with(index, owner), _entity_with(index, other)
    stated = {(r.type, r.target) for r in a.relations} | {(r.type, a.id) for r in b.relations}
    assert ("spouse", b.id) in stated or ("spouse", a.id) in stated
    assert "her husband" in [m.text for m in b.mentions]


@pytest.mark.parametrize("text,joined", [
    # a generic noun refers back to the person it described before
    ("Omar Haddad, a 14-year-old boy from Leeds, built a radio. Teachers praised the boy on Monday.",
     True),
    ("Omar Haddad built a radio. Teachers praised the boy on Monday.", False),
])
def test_generic_description_joins_whom_it_described(nlp, text, joined):
    doc, index = _entities(nlp, text)
    person = _entity_with(index, "Omar Haddad")
    assert person is not None
    assert ("the boy" in [m.text for m in person.mentions]) is joined


@pytest.mark.parametrize("text,description,joined", [
    # a description owning a person is someone the article has met, like a subject
    ("Dana Whitlow spoke in Ohio on Monday. The retired judge’s former aide criticised the speech.",
     "The retired judge", True),
    ("Dana Whitlow spoke in Ohio on Monday. The retired judge's longtime doctor defended her.",
     "The retired judge", True),
    # owning a thing, it may be anyone ("the sheriff's station")
    ("Dana Whitlow spoke in Ohio on Monday. Reporters waited outside the retired judge's house.",
     "the retired judge", False),
])
def test_description_owning_a_person_refers_back(nlp, text, description, joined):
    doc, index = _entities(nlp, text)
    person = _entity_with(index, "Dana Whitlow")
    assert person is not None
    assert (description in [m.text for m in person.mentions]) is joined, \
        [(e.name, [m.text for m in e.mentions]) for e in index.entities]


@pytest.mark.parametrize("text,subject,other", [
    # the relative pronoun's antecedent is the subject of the clause that governs "she"
    ("Maria Lund called Anna Berg, who told Lund she would visit her on Friday.", "Anna Berg", "Maria Lund"),
])
def test_pronoun_under_relative_clause_takes_its_antecedent(nlp, text, subject, other):
    doc, index = _entities(nlp, text)
    assert "she" in [m.text for m in _entity_with(index, subject).mentions]
    assert "her" in [m.text for m in _entity_with(index, other).mentions]


@pytest.mark.parametrize("text,name,noun,pronoun", [
    # the name a naming phrase gives a person noun is a person's, and the noun phrase is theirs
    ("A singer known as Velvet Crane performed. She sang for an hour.", "Velvet Crane", "A singer", "She"),
    ("We met a rapper who goes by the name Kid Marrow. He was tired.", "Kid Marrow", "a rapper", "He"),
    ('The attack was launched by a user labelled "Nightjar" on a forum. He posted again on Friday.',
     "Nightjar", "a user", "He"),
])
def test_name_given_by_a_naming_phrase_is_a_person(nlp, text, name, noun, pronoun):
    doc, index = _entities(nlp, text)
    person = _entity_with(index, name)
    assert person.type == "PERSON"
    assert {noun, pronoun} <= {m.text for m in person.mentions}


@pytest.mark.parametrize("text,described,other", [
    # a singular apposition after a coordination describes its last conjunct
    ("The panel heard from Dana Whitlow and Ray Ocampo, a retired judge, on Monday.", "Ray Ocampo", "Dana Whitlow"),
])
def test_apposition_after_coordination_describes_last_conjunct(nlp, text, described, other):
    doc, index = _entities(nlp, text)
    assert "a retired judge" in [m.text for m in _entity_with(index, described).mentions]
    assert "a retired judge" not in [m.text for m in _entity_with(index, other).mentions]
