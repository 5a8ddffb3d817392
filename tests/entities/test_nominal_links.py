"""Nominals and non-person pronouns linked in the walk (nominal_links.py), on sentences
written for these tests (real spaCy model)."""

from __future__ import annotations

import pytest

from dateline.entities import extract_entities


def _index(nlp, text):
    return extract_entities(nlp(text))


def _owner(index, mention_text):
    for e in index.entities:
        if any(m.text == mention_text for m in e.mentions):
            return e
    return None


def _same(index, a, b):
    ea, eb = _owner(index, a), _owner(index, b)
    return ea is not None and eb is not None and ea.id == eb.id


@pytest.mark.parametrize("text,name,nominal", [
    ("Norvale Group reported higher sales on Tuesday. The firm said demand was strong.",
     "Norvale Group", "The firm"),
    ("Harlow Motors cut its forecast in March. The company blamed the cost of steel.",
     "Harlow Motors", "The company"),
])
def test_definite_org_nominal_joins_salient_org(nlp, text, name, nominal):
    index = _index(nlp, text)
    assert _same(index, name, nominal)
    assert _owner(index, name).type == "ORG"


@pytest.mark.parametrize("text", [
    "Officials in Norway announced the plan on Monday. The country will halve its emissions by 2040.",
])
def test_country_nominal_joins_named_country(nlp, text):
    index = _index(nlp, text)
    assert _same(index, "Norway", "The country")


@pytest.mark.parametrize("text,first,later", [
    ("A six-member team from Peru won the regional contest. The team will travel to Oslo next month.",
     "A six-member team", "The team"),
])
def test_definite_nominal_joins_earlier_phrase_with_same_head(nlp, text, first, later):
    index = _index(nlp, text)
    assert _same(index, first, later)


@pytest.mark.parametrize("text", [
    ("The Gabonese team arrived on Monday and the Estonian team arrived later. "
     "The Estonian team stayed at a hotel."),
])
def test_same_head_needs_the_same_modifiers(nlp, text):
    index = _index(nlp, text)
    assert not _same(index, "The Gabonese team", "The Estonian team")


@pytest.mark.parametrize("text", [
    "Kestrel Labs, a software maker based in Ohio, hired 40 engineers last year.",
])
def test_apposed_nominal_joins_name_and_states_type(nlp, text):
    index = _index(nlp, text)
    owner = _owner(index, "a software maker")
    assert owner is not None and owner.name == "Kestrel Labs" and owner.type == "ORG"


@pytest.mark.parametrize("text", [
    "Sales of the console rose by a third, according to a market research firm.",
])
def test_indefinite_nominal_is_an_entity_of_its_own(nlp, text):
    index = _index(nlp, text)
    owner = _owner(index, "a market research firm")
    assert owner is not None and owner.type == "ORG"
    assert [m.text for m in owner.mentions] == ["a market research firm"]


@pytest.mark.parametrize("text,name,pronoun", [
    ("Brightwater Energy opened a new plant in Texas. Its chief executive called the move overdue.",
     "Brightwater Energy", "Its"),
    ("Calder Bank raised its main rate on Thursday.", "Calder Bank", "its"),
    # "take" with an object that is no amount: the "it" is the organisation
    ("Calder Bank closed the branch after complaints that it had not taken steps to stop fraud.",
     "Calder Bank", "it"),
])
def test_neuter_pronoun_joins_organisation_in_focus(nlp, text, name, pronoun):
    index = _index(nlp, text)
    assert _same(index, name, pronoun)


@pytest.mark.parametrize("text", [
    "Calder Bank raised rates again. It is likely that more increases will follow this year.",
    "Calder Bank raised rates again. It takes time to see the effect of higher rates.",
])
def test_forward_pointing_it_is_left_out(nlp, text):
    index = _index(nlp, text)
    assert _owner(index, "It") is None


@pytest.mark.parametrize("text", [
    "The nurses voted to strike on Friday. They said staffing levels were unsafe.",
])
def test_they_joins_plural_group_in_focus(nlp, text):
    index = _index(nlp, text)
    assert _same(index, "The nurses", "They")


@pytest.mark.parametrize("text", [
    "Maria Gonzalez thanked the volunteers. Later the volunteers said she had inspired them.",
])
def test_person_pronoun_never_takes_a_group(nlp, text):
    index = _index(nlp, text)
    assert _same(index, "Maria Gonzalez", "she")
    assert not _same(index, "the volunteers", "she")


@pytest.mark.parametrize("text,speaker,pronoun", [
    ("“I am proud of what this crew has built,” Lena Ortiz said on Sunday.", "Lena Ortiz", "I"),
    ("“We expect strong growth next year,” Brightwater Energy said in a statement.",
     "Brightwater Energy", "We"),
    ('Dana Whitlow opened the plant on Monday, saying, "I am proud of this crew."',
     "Dana Whitlow", "I"),
    ('Ray Ocampo resigned in a letter to the board stating, "I can no longer serve."',
     "Ray Ocampo", "I"),
])
def test_first_person_in_quotation_is_its_speaker(nlp, text, speaker, pronoun):
    index = _index(nlp, text)
    assert _same(index, speaker, pronoun)


@pytest.mark.parametrize("text", [
    "Tom Reyes met the mayor last week. I think the plan is good.",
])
def test_first_person_outside_quotation_is_left_out(nlp, text):
    index = _index(nlp, text)
    assert _owner(index, "I") is None


@pytest.mark.parametrize("text", [
    "In his speech on Monday, Tom Reyes thanked the volunteers who rebuilt the school.",
    # a title before the name as the subject, the name its apposition
    "The rescued sailors reached the port on Monday, and Paolo Ferrante thanked the crew. "
    "Voicing his worry in a written note, Malvia's Prime Minister, Tom Reyes, said "
    "the talks would resume.",
])
def test_cataphoric_possessive_joins_the_subject_after_it(nlp, text):
    index = _index(nlp, text)
    assert _same(index, "Tom Reyes", "his")


@pytest.mark.parametrize("text", [
    "Calder Bank bought the software in May. Its staff disliked it, so the bank sold it in June.",
])
def test_it_as_a_thing_is_not_taken_for_the_organisation(nlp, text):
    index = _index(nlp, text)
    assert _same(index, "Calder Bank", "Its")
    assert not _same(index, "Calder Bank", "it")


@pytest.mark.parametrize("text", [
    "Officials in Norway met the mayor of Bergen on Monday. The city will build a new port.",
])
def test_city_is_not_taken_for_the_last_named_place(nlp, text):
    index = _index(nlp, text)
    assert not _same(index, "Bergen", "The city") and not _same(index, "Norway", "The city")


@pytest.mark.parametrize("text", [
    "Maria Gonzalez praised the host of the show on Monday. She said the interview went well.",
])
def test_unresolved_object_description_is_its_own_entity(nlp, text):
    index = _index(nlp, text)
    host = _owner(index, "the host")
    assert host is not None and host.type == "PERSON"
    assert _same(index, "Maria Gonzalez", "She")


@pytest.mark.parametrize("text", [
    "Harlow Motors sued a supplier in March. The court ruled against the carmaker in May.",
])
def test_only_company_nouns_take_the_salient_organisation(nlp, text):
    index = _index(nlp, text)
    assert not _same(index, "Harlow Motors", "The court")


@pytest.mark.parametrize("text", [
    "“We will keep building,” Maria Gonzalez said. “We have only started,” she added.",
])
def test_we_of_a_person_is_one_group_per_speaker(nlp, text):
    index = _index(nlp, text)
    first, second = (e for e in index.entities for m in e.mentions if m.text == "We")
    assert first.id == second.id and not _same(index, "Maria Gonzalez", "We")


@pytest.mark.parametrize("text,name,nominal", [
    # a naming noun with "of" is the name it takes
    ("Protesters marched through the city of Varnholm on Sunday.", "Varnholm", "the city"),
    ("Farmers in the state of Varnholm sold less grain in May.", "Varnholm", "the state"),
    # a definite nominal whose head is a word of a place's name, plural or not
    ("Visitors crowded the Halvard Memorial on Friday. Lanterns lit the memorial all night.",
     "Halvard Memorial", "the memorial"),
    ("The show opened at the Orlen Galleries in June. Crowds filled the gallery.",
     "Orlen Galleries", "the gallery"),
])
def test_nominal_joins_the_name_it_names(nlp, text, name, nominal):
    index = _index(nlp, text)
    assert _same(index, name, nominal), [(e.name, [m.text for m in e.mentions]) for e in index.entities]


@pytest.mark.parametrize("text,name,nominal", [
    # "the capital of X" is another place; a person is never "the city of"
    ("Talks moved to the capital of Varnholm on Sunday.", "Varnholm", "the capital"),
    # a place noun that is not the last word of an organisation's name
    ("The State Department of Varnholm issued a warning. The state has closed its border.",
     "State Department", "The state"),
    ("Voters in the city of Brandt Ellison's birth cheered.", "Brandt Ellison", "the city"),
])
def test_nominal_of_a_name_that_it_does_not_name(nlp, text, name, nominal):
    index = _index(nlp, text)
    assert not _same(index, name, nominal)


@pytest.mark.parametrize("text,side", [
    # the organisation or place a speaker's role names is whose "we" they speak
    ('After the game, Kenya coach Marc Ellery said, "We played well."', "Kenya"),
    ('Alvar Stone, the Harlow Motors spokesman, said, "We are recalling the cars."', "Harlow Motors"),
    ('Norland\'s coach Pia Lund said, "We never gave up."', "Norland"),
    # a nationality adjective before the role: the country it is made from
    ('Sweden beat Norway 2 – 0 on Sunday. After the game, Swedish captain Ola Berg said, '
     '"We played well."', "Sweden"),
    # a document speaks for who owns it
    ('The Harlow Motors letter reads "we will review every claim".', "Harlow Motors"),
])
def test_we_is_the_side_a_speakers_role_names(nlp, text, side):
    index = _index(nlp, text)
    assert _same(index, side, "We" if "We" in text else "we"), \
        [(e.name, [m.text for m in e.mentions]) for e in index.entities]


def test_we_of_a_nationality_no_country_of_the_article_has_is_no_side(nlp):
    # "Austrian" is not made from "Australia"
    text = ('Australia beat Chile 2 – 0 on Sunday. After the game, Austrian coach Ola Berg said, '
            '"We played well."')
    index = _index(nlp, text)
    assert not _same(index, "Australia", "We")


def test_we_of_a_speaker_whose_role_names_a_person_is_no_side(nlp):
    # "Ellery's coach" works for a person: her "we" is her own group, not his
    text = 'Marc Ellery\'s coach Pia Lund said, "We never gave up."'
    index = _index(nlp, text)
    assert not _same(index, "Marc Ellery", "We") and not _same(index, "Pia Lund", "We")


@pytest.mark.parametrize("text,joined", [
    # "it" attributing a quotation goes on with the organisation that spoke the one before
    ('"The talks have failed," said Harlow Motors on Monday. "We will build the plant elsewhere," '
     'it added.', True),
    # a person spoke before: "it" is no one of theirs
    ('"The talks have failed," said Dana Whitlow on Monday. "The plant will close," it added.', False),
])
def test_it_speaking_again_is_the_organisation_that_spoke(nlp, text, joined):
    index = _index(nlp, text)
    org = _owner(index, "Harlow Motors") or _owner(index, "Dana Whitlow")
    assert ("it" in [m.text for m in org.mentions]) is joined, \
        [(e.name, [m.text for m in e.mentions]) for e in index.entities]


@pytest.mark.parametrize("text", [
    "The visiting teams arrived at the harbour on Monday. Harbor United had to repaint their bus "
    "after the storm.",
    "Several clubs complained about the pitch in the first week. Kestrel Athletic moved "
    "their training to a school field.",
])
def test_their_is_the_group_subject_of_its_clause(nlp, text):
    index = _index(nlp, text)
    subject = next(e for e in index.entities if e.type == "ORG" and any(m.kind == "name" for m in e.mentions))
    assert any(m.text == "their" for m in subject.mentions)


@pytest.mark.parametrize("text,side", [
    ('Kestrel Athletic lost 1 – 3 at home on Saturday. Kestrel Athletic coach Ivo Marek said, '
     '"The team was tired after the long trip."', "Kestrel Athletic"),
    # a national side: the country, and "they" of the team after it
    ('Portugal beat Ghana 2 – 0 in the opening match on Sunday. Portugal coach Ivo Marek said, '
     '"The team was nervous at the start, but as the game went on they relaxed."', "Portugal"),
])
def test_the_team_a_speaker_speaks_of_is_the_side_their_role_names(nlp, text, side):
    index = _index(nlp, text)
    assert _same(index, side, "The team")
    if "they" in text:
        assert _same(index, side, "they")


def test_bare_organisation_noun_in_the_headline_is_definite(nlp):
    text = ("Harlow Motors executive leaves company after recall\n\nHarlow Motors said on Monday that "
            "its head of design had resigned. The company did not say why. Harlow Motors makes vans.")
    index = _index(nlp, text)
    assert _same(index, "Harlow Motors", "company") and _same(index, "Harlow Motors", "The company")


@pytest.mark.parametrize("text,name,linked", [
    # an organisation noun before a singular noun stands for the organisation in focus
    ("Harlow Motors said profits fell. The results were posted on the company website.", "Harlow Motors", True),
    # before a plural noun it is said of any such body: no mention
    ("Harlow Motors said profits fell. Analysts expect company shares to recover.", "Harlow Motors", False),
])
def test_organisation_noun_modifier_joins_named_organisation(nlp, text, name, linked):
    index = _index(nlp, text)
    assert ("company" in [m.text for m in _owner(index, name).mentions]) is linked
    assert _owner(index, "company") is (_owner(index, name) if linked else None)


@pytest.mark.parametrize("text,reference,joined", [
    ("Harlow Motors sued Norvale Group, and the latter filed a claim of its own in May.", "the latter",
     "Norvale Group"),
    # the two of one type mentioned last: Ohio is no person
    ("Dana Whitlow met Ray Ocampo in Ohio. The former said the talks went well.", "The former", "Dana Whitlow"),
])
def test_former_and_latter_take_the_earlier_and_later_of_two(nlp, text, reference, joined):
    index = _index(nlp, text)
    assert _same(index, reference, joined)


@pytest.mark.parametrize("text,name,nominal", [
    # the organisation named in the nominal's own sentence wins over one in focus before
    ("Harlow Research said music sales rose in March. Harlow Research also cut its prices. "
     "A memo at Norvale Group showed the company had passed its rivals.", "Norvale Group", "the company"),
])
def test_company_noun_prefers_organisation_of_its_sentence(nlp, text, name, nominal):
    index = _index(nlp, text)
    assert _same(index, name, nominal)
