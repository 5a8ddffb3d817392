"""Indirect quotes (reported speech, issue 16) on sentences written for these tests,
through the real pipeline (session ``reader`` fixture): one test per form."""

from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"


def reported(reader, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker mention text, cue text) of every indirect quote, in order."""
    article = reader.read(text, published="2022-03-01")
    out = []
    for q in article.quotes:
        assert text[q.start:q.end] == q.text
        if q.kind != "indirect":
            continue
        mention = q.speaker.mention
        if mention is not None:
            assert text[mention.start:mention.end] == mention.text
        if q.cue is not None:
            assert text[q.cue.start:q.cue.end] == q.cue.text
        out.append((q.text, mention.text if mention else None, q.cue.text if q.cue else None))
    return out


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb of saying with a "that" clause: the content without "that"
        ("Mayor Nora Park said on Tuesday that the bridge would reopen in May.",
         [("the bridge would reopen in May", "Nora Park", "said")]),
        # without "that", and a verb of telling with its hearer
        ("The contractor told the council the repairs were almost finished.",
         [("the repairs were almost finished", "The contractor", "told")]),
        # verbs of thinking and fearing: a belief is reported too
        ("Her aides believe the vote will be close.",
         [("the vote will be close", "Her aides", "believe")]),
        ("Local farmers fear that the drought will last another year.",
         [("the drought will last another year", "Local farmers", "fear")]),
        # warned, insisted, denied, acknowledged
        ("The engineer warned that the old pipes could burst.",
         [("the old pipes could burst", "The engineer", "warned")]),
        ("Ortiz denied that he had seen the report before the vote.",
         [("he had seen the report before the vote", "Ortiz", "denied")]),
    ],
)
def test_indirect_complement_clause(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the source after the content
        ("The bridge will reopen in May, city officials said.",
         [("The bridge will reopen in May", "city officials", "said")]),
        ("The strike could last for weeks, said Dana Whitfield, a union organizer.",
         [("The strike could last for weeks", "Dana Whitfield", "said")]),
    ],
)
def test_indirect_source_after_content(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_split_content(reader):
    # "The plan, he said, would fail": two fragments of one content, same source and cue
    text = "The new budget, the governor said, would close the gap by June."
    assert reported(reader, text) == [("The new budget", "the governor", "said"),
                                      ("would close the gap by June", "the governor", "said")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("According to the county clerk, turnout reached a record high.",
         [("turnout reached a record high", "the county clerk", "According to")]),
        ("Turnout reached a record high, according to the county clerk.",
         [("Turnout reached a record high", "the county clerk", "according to")]),
    ],
)
def test_indirect_according_to(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_in_someones_view(reader):
    text = "In the senator's view, the bill goes too far."
    assert reported(reader, text) == [("the bill goes too far", "the senator", "In the senator's view")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The coach's announcement that he would retire surprised the players.",
         [("he would retire", "The coach", "announcement")]),
    ],
)
def test_indirect_nominal_cue(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_relative_clause_source_is_resolved(reader):
    # the mention is the relative pronoun; the speaker is named after its antecedent
    text = "Nora Park, who argued that the bridge was unsafe, voted against the plan."
    article = reader.read(text, published="2022-03-01")
    [quote] = [q for q in article.quotes if q.kind == "indirect"]
    assert quote.text == "the bridge was unsafe"
    assert quote.speaker.name == "Nora Park"


def test_indirect_mixed_content_lists_the_direct_quote_inside(reader):
    text = f"Nora Park said the plan was {L}a disaster{R} for the city."
    article = reader.read(text, published="2022-03-01")
    kinds = [(q.kind, q.text) for q in article.quotes]
    assert ("indirect", f"the plan was {L}a disaster{R} for the city") in kinds
    assert ("direct", "a disaster") in kinds


@pytest.mark.parametrize("text,content", [
    (f"Nora Park said the council {L}had lost its nerve.{R}", f"the council {L}had lost its nerve.{R}"),
    (f"Nora Park accused the council of {L}losing its nerve{R}.", f"the council of {L}losing its nerve{R}"),
    ('Nora Park said the council "had lost its nerve."', 'the council "had lost its nerve."'),
])
def test_indirect_content_ending_in_a_quotation_keeps_its_closing_mark(reader, text, content):
    article = reader.read(text, published="2022-03-01")
    assert content in [q.text for q in article.quotes if q.kind == "indirect"]


def test_indirect_wholly_quoted_content_is_direct_only(reader):
    text = f"{L}The bridge will reopen in May,{R} Mayor Nora Park said."
    article = reader.read(text, published="2022-03-01")
    assert [(q.kind, q.text) for q in article.quotes] == [("direct", "The bridge will reopen in May,")]


@pytest.mark.parametrize(
    "text",
    [
        # no source in the text: nobody's statement
        "It is widely expected that the vote will be close.",
        # a verb of thinking whose subject is not someone
        "The delay means that the bridge will not reopen in May.",
        # a verb of saying used as a modifier, not a predicate
        "The so-called reform passed on Tuesday.",
    ],
)
def test_indirect_not_a_reported_statement(reader, text):
    assert reported(reader, text) == []


def test_indirect_speaker_resolved_to_entity(reader):
    text = ("Nora Park has been mayor since 2019. On Monday she said that the bridge would "
            "reopen in May.")
    article = reader.read(text, published="2022-03-01")
    [quote] = [q for q in article.quotes if q.kind == "indirect"]
    entity = next(e for e in article.entities if e.id == quote.speaker.entity)
    assert entity.name == "Nora Park"
    assert quote.speaker.mention.text == "she"


def test_indirect_quote_is_dated(reader):
    text = "On Monday, Nora Park said that the bridge would reopen in May."
    article = reader.read(text, published="2022-03-03")
    [quote] = [q for q in article.quotes if q.kind == "indirect"]
    assert quote.time == "2022-02-28"


def test_indirect_content_times_stay_in_the_narrative(reader):
    # a time in a reported statement is read against the article, like the narrative
    text = "Nora Park said that the bridge would reopen next Friday."
    article = reader.read(text, published="2022-03-01")
    [t] = [t for t in article.times if t.text == "next Friday"]
    assert t.value.startswith("2022-03")


@pytest.mark.parametrize(
    "text,expected",
    [
        # the object of a verb of saying or backing is what was said or backed
        ("The mayor announced her candidacy on Tuesday.",
         [("her candidacy", "The mayor", "announced")]),
        # a "to" infinitive of a verb of promising or refusing
        ("The senator declined to comment.",
         [("to comment", "The senator", "declined")]),
        # the preposition that introduces what was asked for
        ("The union called for a strike.",
         [("a strike", "The union", "called")]),
        # an adjective of a held view with its clause
        ("Aides were confident that the bill would pass.",
         [("the bill would pass", "Aides", "confident")]),
    ],
)
def test_indirect_complements(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_infinitive_cue_is_not_asserted(reader):
    # "to support" says nothing yet: no one is reported as backing anything
    assert reported(reader, "The council met to support the new plan.") == []


def test_indirect_relative_that_source_named_after_antecedent(reader):
    text = "Civic Action, a group that supports the tax, held a rally."
    article = reader.read(text, published="2022-03-01")
    [quote] = [q for q in article.quotes if q.kind == "indirect"]
    assert quote.text == "the tax"
    assert quote.speaker.mention.text == "that"
    assert quote.speaker.name != "that"


def test_indirect_regard_as(reader):
    text = "Many voters see the mayor as a steady hand."
    assert reported(reader, text) == [("the mayor as a steady hand", "Many voters", "see")]


def test_indirect_regard_without_as_is_not_a_view(reader):
    assert reported(reader, "The children saw the parade on Main Street.") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a transcript's speaker label in capitals, then what was said
        ("The interview was recorded in March.\nDANA WHITFIELD: We will keep the clinic open all winter.",
         [("We will keep the clinic open all winter", "DANA WHITFIELD", ":")]),
        # a table row with no clause is not a statement; "Q" names no one
        ("Results by candidate.\nNORA PARK: 1,204.\nQ: Will the clinic stay open all winter?", []),
    ],
)
def test_indirect_speaker_label(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the hearer alone is not what was said
        "The coach told reporters before the game.",
        # the one asked is not the asker
        "When asked about the delay, the engineer smiled.",
        # the terms of speaking are not what was said
        "An aide, speaking on condition of anonymity, left the room.",
    ],
)
def test_indirect_not_what_was_said(reader, text):
    assert reported(reader, text) == []


def test_indirect_cue_in_quoted_words_reports_nothing_outside_them(reader):
    text = f"In a post on Friday, Ortiz wrote: {L}I disagree with the council more than ever.{R}"
    assert [r for r in reported(reader, text) if "Ortiz wrote" in r[0]] == []


def test_indirect_according_to_leaves_no_stray_conjunction(reader):
    text = "But according to the county clerk, turnout reached a record high."
    assert reported(reader, text) == [("turnout reached a record high", "the county clerk", "according to")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The study found no link between the two.", [("no link between the two", "The study", "found")]),
        # a search is not a finding
        ("The council will find a way to pay for the bridge.", []),
    ],
)
def test_indirect_finding(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a lemma the small model gets wrong ("hoped" -> "hop") is mended from the form
        ("The engineer hoped the bridge would open in May.",
         [("the bridge would open in May", "The engineer", "hoped")]),
        # a verb of saying with its particle
        ("The mayor pointed out that the road was closed.",
         [("the road was closed", "The mayor", "pointed")]),
        # an infinitive with its own subject after a verb of expecting
        ("Most residents expect the mayor to win the race.",
         [("the mayor to win the race", "Most residents", "expect")]),
        # a participle of feeling with its clause, like an adjective of a held view
        ("Parents were frustrated that the council delayed the vote.",
         [("the council delayed the vote", "Parents", "frustrated")]),
        # "made it clear that ..."
        ("The coach made it clear that he would stay.",
         [("he would stay", "The coach", "made")]),
    ],
)
def test_indirect_more_verbs_of_saying_and_holding(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_relative_who_can_hold_a_view(reader):
    text = "Mr. Lowe, who understood that the new law would fail, stayed home."
    assert reported(reader, text) == [("the new law would fail", "who", "understood")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the parser takes a bare clause after "said ... <time>" for an adverbial
        ("Mayor Ortiz said after the meeting he would not sign the budget.",
         [("he would not sign the budget", "Ortiz", "said")]),
        # an indirect question
        ("Council members have not said when they might approve the ferry budget.",
         [("when they might approve the ferry budget", "Council members", "said")]),
    ],
)
def test_indirect_clause_parsed_as_adverbial(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause opened by a subordinator is a real adverbial, no content of the verb
        "Ortiz testified because the court had ordered it.",
        # "imagine if": a supposition, not an indirect question
        "Imagine if the council had voted the other way.",
    ],
)
def test_indirect_real_adverbial_is_not_content(reader, text):
    assert reported(reader, text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # the passive of a verb of backing: the subject is what was backed, the agent the source
        ("The new budget has been endorsed by the city council.",
         [("The new budget", "the city council", "endorsed")]),
        # with what it was called, the agent hung on the predicate noun by the parser
        ("Dr. Lane has been called a fraud by her rivals.",
         [("Dr. Lane", "her rivals", "called"), ("a fraud", "her rivals", "called")]),
    ],
)
def test_indirect_passive_with_agent(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_passive_relative_has_no_content(reader):
    # "which was backed by X": the relative pronoun is no statement of its own
    assert reported(reader, "The plan, which was backed by the mayor, failed.") == []


def test_indirect_leading_conjunction_is_not_content(reader):
    text = "And the river will flood, according to the agency."
    assert reported(reader, text) == [("the river will flood", "the agency", "according to")]


def test_indirect_by_one_estimate(reader):
    text = "By one estimate, the storm destroyed 300 homes."
    assert reported(reader, text) == [("the storm destroyed 300 homes", "one estimate", "By one estimate")]


def test_indirect_nominal_cue_owned_by_a_name(reader):
    # "a Reuters report that ...": the name before the noun of saying is its source
    text = "Residents welcomed a Reuters report that the plant would reopen."
    assert ("the plant would reopen", "Reuters", "report") in reported(reader, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a non-restrictive relative clause at the end is an aside about the content
        ("The mayor questioned the cost of the bridge, which had doubled since May.",
         [("the cost of the bridge", "The mayor", "questioned")]),
        # where and when it was said end the content
        ("The senator praised the plan in a speech on Monday.",
         [("the plan", "The senator", "praised")]),
        # an absolute phrase set off by a comma at the end is an aside too
        ("The survey showed the mayor with a small lead, with her rival close behind.",
         [("the mayor with a small lead", "The survey", "showed")]),
    ],
)
def test_indirect_object_content_boundaries(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_reflexive_object_is_no_content(reader):
    # "found itself in a bind": a verb of finding with a reflexive object reports nothing
    assert reported(reader, "The city found itself in a bind after the vote.") == []


def test_indirect_passive_of_an_act_is_no_attribution(reader):
    # "was offered by X" names an act, not a view: it stays an event of its own
    assert reported(reader, "The job was offered by the board to an outside candidate.") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # verbs of communicating whose object is what was told: laying out, detailing, recalling
        ("The treasurer outlined a plan for the new library.",
         [("a plan for the new library", "The treasurer", "outlined")]),
        ("The report documented dozens of missed inspections.",
         [("dozens of missed inspections", "The report", "documented")]),
        ("The councilwoman echoed the concerns of the farmers.",
         [("the concerns of the farmers", "The councilwoman", "echoed")]),
    ],
)
def test_indirect_object_of_a_verb_of_communicating(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an infinitive asserted through a verb of aspect or seeming is the act itself
        ("The mayor went on to praise the new ferry schedule.",
         [("the new ferry schedule", "The mayor", "praise")]),
        ("The senator appeared to criticize the governor.",
         [("the governor", "The senator", "criticize")]),
    ],
)
def test_indirect_infinitive_carried_by_aspect(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_future_with_going_to_reports_nothing_yet(reader):
    # "is going to praise" is a plan: no one has praised anything
    assert reported(reader, "The mayor is going to praise the new ferry schedule.") == []


def test_indirect_gerund_of_an_act_blamed_for_is_not_its_doers_report(reader):
    # "criticized the mayor for supporting the plan": the mayor's support is the critic's charge
    text = "The council criticized the mayor for supporting the ferry plan."
    assert reported(reader, text) == [("the mayor for supporting the ferry plan", "The council", "criticized")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a participle on the occasion of a verb is said by that verb's subject, not the occasion
        ("The mayor spoke at a news conference announcing that the ferry would run all winter.",
         [("the ferry would run all winter", "The mayor", "announcing")]),
        ("Nora Park appeared at a rally in Salem announcing that she would run for governor.",
         [("she would run for governor", "Nora Park", "announcing")]),
    ],
)
def test_indirect_participle_on_an_occasion(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a clause of saying opened by "as" reports the clause it modifies
        ("As the county clerk noted, turnout reached a record high.",
         [("turnout reached a record high", "the county clerk", "noted")]),
        ("Turnout reached a record high, as the county clerk put it.",
         [("Turnout reached a record high", "the county clerk", "put")]),
    ],
)
def test_indirect_as_clause(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "as" of time, with the verb's own object or hearer: no report of the main clause
        "The crowd left the hall as the mayor said goodbye.",
        "The ferry rules, as they are written, favor the old schedule.",
        "Turnout rose in the valley as voters responded to the new ads.",
    ],
)
def test_indirect_as_clause_of_time_or_manner_is_no_report(reader, text):
    main_clause = text.split(" as ")[0]
    assert [r for r in reported(reader, text) if r[0] in main_clause] == []


def test_indirect_trailing_participle_is_the_speakers_act(reader):
    # ", echoing a memo": what the speaker did in saying it, not part of what was said
    text = "Nora Park said the council should delay the vote, echoing a memo from her staff."
    assert reported(reader, text)[0] == ("the council should delay the vote", "Nora Park", "said")


@pytest.mark.parametrize(
    "text,expected",
    [
        # a participle with its own subject after a verb of showing is what was shown
        ("The latest poll showed the mayor leading the race by six points.",
         [("the mayor leading the race by six points", "The latest poll", "showed")]),
        # the infinitive of an adjective predicate shares the copula's subject
        ("Older voters are more likely to say that the ferry should run all winter.",
         [("the ferry should run all winter", "Older voters", "say")]),
    ],
)
def test_indirect_small_clause_and_adjective_control(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_gerund_object(reader):
    # a gerund object of a verb of saying or backing is what was said or backed
    text = "The treasurer proposed closing the old ferry terminal."
    assert reported(reader, text) == [("closing the old ferry terminal", "The treasurer", "proposed")]


def test_indirect_split_content_with_a_hearer(reader):
    # "The plan, he told me, would fail": the hearer does not stop the aside
    text = "The real problem, the engineer told me, was the old pipes."
    assert reported(reader, text) == [("The real problem", "the engineer", "told"),
                                      ("was the old pipes", "the engineer", "told")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a present-tense verb right after a quotation mark, tagged as a base form or a noun
        (f"Ortiz said the new parking fees {L}do nothing to help the shops.{R}",
         ("the new parking fees \u201cdo nothing to help the shops.\u201d", "Ortiz", "said")),
        (f"Park said the harbor tolls {L}punish{R} the fishing crews.",
         ("the harbor tolls \u201cpunish\u201d the fishing crews", "Park", "said")),
    ],
)
def test_indirect_clause_misread_after_a_quotation_mark(reader, text, expected):
    assert reported(reader, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a bare verb after a verb of perceiving, or after a reflexive: no statement
        "The residents came to hear the mayor speak about the ferry.",
        "The candidate declared himself the winner of the debate.",
    ],
)
def test_indirect_perceived_or_reflexive_small_clause_is_no_report(reader, text):
    assert all(content not in ("the mayor speak about the ferry", "himself the winner of the debate")
               for content, _, _ in reported(reader, text))


def test_indirect_content_drops_a_that_read_as_an_adverb(reader):
    # the parser sometimes reads the complementizer as a relative adverb after a time phrase
    text = f"The governor wrote in the small hours that Delgado was {L}unfit{R} and {L}a fraud.{R}"
    assert reported(reader, text)[0] == ("Delgado was \u201cunfit\u201d and \u201ca fraud.\u201d", "The governor", "wrote")


@pytest.mark.parametrize(
    "text,expected",
    [
        # "X said A, and Y warned B": B is Y's, not part of what X said, and the content
        # does not end in the dangling "and"
        ("Ortiz said the old bridge was not safe, and engineers warned that the repairs would take a year.",
         [("the old bridge was not safe", "Ortiz", "said"),
          ("the repairs would take a year", "engineers", "warned")]),
        # a second "that" clause is still the first speaker's
        ("Ortiz said the old bridge was not safe and that engineers feared the repairs would take a year.",
         [("the old bridge was not safe and that engineers feared the repairs would take a year", "Ortiz", "said"),
          ("the repairs would take a year", "engineers", "feared")]),
    ],
)
def test_indirect_conjoined_report_is_its_own(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the person asked or warned is no part of what was asked: the topic is
        ("A reporter asked the mayor about the ferry contract.",
         [("the ferry contract", "A reporter", "asked")]),
        ("Park warned us about the storm surge on the coast road.",
         [("the storm surge on the coast road", "Park", "warned")]),
    ],
)
def test_indirect_topic_asked_about(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_in_phrase_of_what_was_backed(reader):
    # "in" before no occasion, time or place belongs to what was backed
    text = "The union endorsed Ortiz in the race for mayor."
    assert reported(reader, text) == [("Ortiz in the race for mayor", "The union", "endorsed")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # "in" before an occasion, a medium or a purpose still ends the content
        ("The council praised the ferry crews in a speech on Monday.",
         [("the ferry crews", "The council", "praised")]),
        ("The mayor rejected the plan in an effort to save the old pier.",
         [("the plan", "The mayor", "rejected")]),
        # after a reflexive, a hearer or a pronoun alone, an "in" phrase adds no content
        ("The ferry company found itself in a bind.", []),
        ("Ortiz told reporters in the crowded hall.", []),
        ("A rival challenged him in the primary.", [("him", "A rival", "challenged")]),
    ],
)
def test_indirect_in_phrase_of_setting(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a phrase without a verb opening a sentence closed by ", X said."
        ("People like her, he said.", [("People like her", "he", "said")]),
        ("Terms unclear on whether part-time workers are covered, lawyers say.",
         [("Terms unclear on whether part-time workers are covered", "lawyers", "say")]),
        # a time, or a verb with its own object, is no such phrase
        ("Last week, he said.", []),
        ("Offstage, the actors agree with the critics.",
         [("the critics", "the actors", "agree")]),
    ],
)
def test_indirect_fronted_phrase_before_its_source(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the infinitive after "forced X", "pressed X" is X's act: X is the source
        ("The committee forced the harbor chief to admit that the audit was late.",
         ("the audit was late", "the harbor chief", "admit")),
        ("Reporters pressed her to say whether the ferry would run in winter.",
         ("whether the ferry would run in winter", "her", "say")),
    ],
)
def test_indirect_source_of_an_infinitive_after_its_object(reader, text, expected):
    assert expected in reported(reader, text)


def test_indirect_clause_of_the_next_paragraph_is_not_the_content(nlp):
    # On long articles the parser sometimes hangs the next paragraph's clause on a verb
    # that closes its own paragraph ("..., Ortiz said." / "''It's ...,'' she said."): the
    # content is then the clause before the verb, in its paragraph. The model's parse of
    # our two paragraphs, with that one attachment made as the parser makes it there.
    from spacy.tokens import Doc

    from dateline.quotes.reported import find_reports

    text = "The clerks have tried hard to settle the quarrel over fees, Professor Ortiz said." \
        "\n\n''It's still a divided office,'' she said."
    parsed = nlp(text)
    said = next(t for t in parsed if t.lower_ == "said")
    its = next(t for t in parsed if t.lower_ == "'s")
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    heads[its.i], deps[its.i] = said.i, "ccomp"
    doc = Doc(nlp.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
              heads=heads, deps=deps, tags=[t.tag_ for t in parsed], pos=[t.pos_ for t in parsed],
              lemmas=[t.lemma_ for t in parsed], ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "")
                                                       for t in parsed])
    assert doc[its.i].head.i == said.i  # the attachment the test is about
    contents = [text[s:e] for r in find_reports(doc) if r.cue[0] == said.idx for s, e in r.fragments]
    assert contents == ["The clerks have tried hard to settle the quarrel over fees"]


def test_indirect_share_of_respondents_is_the_source(reader):
    # "6 in 10 say ...": the parser hangs the share on the verb as a number
    text = "About 6 in 10 say they expect the ferry to be late."
    assert ("they expect the ferry to be late", "About 6 in 10", "say") in reported(reader, text)


def test_indirect_clause_misread_as_relative_on_the_hearer(reader):
    # "told a meeting of X that ...": the parser hangs the "that" clause on the hearer
    text = "The mayor told a meeting of harbor pilots that few people understood the tides better than they did."
    assert reported(reader, text) == [("few people understood the tides better than they did", "The mayor", "told")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # one poll a finding is set in, by a phrase opening or closing it, is its source
        ("In a harbor survey released Monday, 50 percent of pilots chose the new route.",
         [("50 percent of pilots chose the new route", "a harbor survey", "In")]),
        ("Ortiz has a clear lead in the latest poll.",
         [("Ortiz has a clear lead", "the latest poll", "in")]),
        # the polls in general, a modifier, or a phrase on a noun: no finding of a poll
        ("After the debate, Ortiz slid in the polls.", []),
        ("Most of the pilots surveyed in the poll live on the island.", []),
        ("Questions in the survey were hard.", []),
    ],
)
def test_indirect_finding_in_a_poll(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_split_content_aside_hung_on_the_subject(reader):
    # the parser hangs the aside on the subject it follows, not on the clause's verb
    text = "The main change now, she told us on Monday, is that the pier stays open late."
    assert reported(reader, text) == [("The main change now", "she", "told"),
                                      ("is that the pier stays open late", "she", "told")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb of making with a noun of saying says what the noun's clause or phrase holds
        ("The mayor made the case for a second ferry.", [("a second ferry", "The mayor", "made")]),
        ("Ortiz made the argument that the pier should close in winter.",
         [("the pier should close in winter", "Ortiz", "made")]),
        # nothing said, or only when and where it was said
        ("The council made no statement about the fees.", []),
        ("Ortiz made the pledge on Monday.", []),
    ],
)
def test_indirect_made_a_statement(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_an_invitation_is_no_statement(reader):
    # "invited X to Y" asks X to do something; nothing is reported as said
    assert reported(reader, "The club invited the mayor to open the new pier.") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # verbs of censuring or crediting: the object is the judgement voiced
        ("Senator Lena Vosk assailed the new toll plan on Monday.",
         [("the new toll plan", "Lena Vosk", "assailed")]),
        ("Mayor Tobin Grell credited the volunteers with the quick cleanup.",
         [("the volunteers with the quick cleanup", "Tobin Grell", "credited")]),
        # verbs of setting out a position: the object is what was put forward
        ("Councilwoman Ada Rusk portrayed the builder as a reckless neighbor.",
         [("the builder as a reckless neighbor", "Ada Rusk", "portrayed")]),
        ("The county sheriff identified the driver as a local teacher.",
         [("the driver as a local teacher", "The county sheriff", "identified")]),
        # a forecast held: what is expected
        ("County officials expect a record turnout in the spring election.",
         [("a record turnout in the spring election", "County officials", "expect")]),
    ],
)
def test_indirect_censuring_and_presenting_objects(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # verbs of taking a side or objecting, with the preposition of what they are about
        ("Tessa Marlow balked at the price of the new stadium.",
         [("the price of the new stadium", "Tessa Marlow", "balked")]),
        ("The coach alluded to a rift inside the team.",
         [("a rift inside the team", "The coach", "alluded")]),
    ],
)
def test_indirect_prepositional_stance_verbs(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the verb's preposition parsed as the subordinator of an infinitive clause
        ("Governor Elsa Brandt called for the council to delay the vote.",
         [("the council to delay the vote", "Elsa Brandt", "called")]),
        ("Parents pushed for the district to reopen the school.",
         [("the district to reopen the school", "Parents", "pushed")]),
    ],
)
def test_indirect_called_for_someone_to_act(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a noun of backing or opposing with its owner and the preposition of its object;
        # a possessive pronoun stands for the subject of the clause
        ("The mayor's criticism of the police chief surprised the council.",
         [("the police chief", "The mayor", "criticism")]),
        ("Senator Mara Quill renewed her attacks on the housing plan.",
         [("the housing plan", "Mara Quill", "attacks")]),
        # a noun of undertaking with its "to" infinitive
        ("Councilor Ivo Pratt kept his promise to repave the road.",
         [("to repave the road", "Councilor Ivo Pratt", "promise")]),
    ],
)
def test_indirect_noun_with_object(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a word standing for what was said, right after the verb
        ("Asked whether the dam was safe, the engineer said yes.",
         [("yes", "the engineer", "said")]),
        ("Two of the five judges said so.",
         [("so", "Two", "said")]),
    ],
)
def test_indirect_answer_word(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_clause_on_the_occasion(reader):
    # the parser hangs the "that" clause on the noun of the medium, not on the verb
    text = "Mayor Ines Corvo said in a statement that the pool would close in June."
    assert reported(reader, text) == [("the pool would close in June", "Mayor Ines Corvo", "said")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb of dismissing with its particle, of praising, of lashing out at
        ("The coach shrugged off the loss in the final.",
         [("the loss in the final", "The coach", "shrugged")]),
        ("The governor congratulated the rowing team on the title.",
         [("the rowing team on the title", "The governor", "congratulated")]),
        ("Councilor Pia Dunmore lashed out at the water board.",
         [("the water board", "Councilor Pia Dunmore", "lashed")]),
    ],
)
def test_indirect_dismissing_and_praising_verbs(reader, text, expected):
    assert reported(reader, text) == expected


def test_indirect_title_cased_headline(reader):
    # a headline's verb is tagged a name: SOURCE VERB CONTENT read from the line
    text = "Senator Quill Urges Council To Delay Water Vote\n\nThe council meets on Monday."
    assert reported(reader, text) == [("Council To Delay Water Vote", "Senator", "Urges")]


def test_indirect_question_word_alone(reader):
    # "did not say when.": the question word that ends the clause is what was (not) said
    text = "The ferry will stop running, but the harbor master did not say when."
    assert ("when", "the harbor master", "say") in reported(reader, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # the relative pronoun stands for what was backed or denied
        ("The council approved the ferry toll, which Mayor Brenna Oakes opposes.",
         ("which", "Brenna Oakes", "opposes")),
        ("The board hired Tomas Reyvik, whom the auditors had praised.",
         ("whom", "the auditors", "praised")),
    ],
)
def test_indirect_relative_pronoun_object(reader, text, expected):
    assert expected in reported(reader, text)


def test_indirect_negated_relative_is_no_report(reader):
    # "which she never opposed" reports nothing she said
    text = "The council approved the ferry toll, which Mayor Brenna Oakes never opposed."
    assert not any(content == "which" for content, _, _ in reported(reader, text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # a noun phrase set off after a clause sums it up; its relative clause reports it
        ("The harbor fees will double next year, a claim the port director denied.",
         ("a claim", "the port director", "denied")),
        ("The board closed the east pier, a step that Councilor Ada Frisk opposed.",
         ("a step that", "Councilor Ada Frisk", "opposed")),
    ],
)
def test_indirect_summary_noun_with_relative_clause(reader, text, expected):
    assert expected in reported(reader, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a "that" clause whose verb the tagger read as a noun ("plans", "way" as the head)
        ("Local farmers agreed that Dorn plans to sell the mill.",
         ("Dorn plans to sell the mill", "Local farmers", "agreed")),
        ("The blog harborwatch noted that the way counties select jurors works against Velmar.",
         ("the way counties select jurors works against Velmar", "The blog harborwatch", "noted")),
    ],
)
def test_indirect_that_clause_with_a_noun_head(reader, text, expected):
    assert expected in reported(reader, text)


def test_indirect_infinitive_of_purpose(reader):
    # the act a speaker set out to do, a purpose of the tensed clause
    text = "Mayor Ines Corvo went on the radio on Monday to defend the new ferry toll."
    assert ("the new ferry toll", "Mayor Ines Corvo", "defend") in reported(reader, text)


def test_indirect_infinitive_of_purpose_after_an_object_is_not_the_subjects(reader):
    # the auditor, not the council, was to praise the budget
    text = "The council brought the auditor to Orlen to praise the budget."
    assert not any(cue == "praise" for _, _, cue in reported(reader, text))


def test_indirect_relative_pronoun_object_of_a_verb_of_regarding(reader):
    # "which X views as Y": a verb of regarding with its "as" reports the pronoun too
    text = "The council passed the levy, which Senator Ilse Varga views as a tax on farmers."
    assert ("which", "Ilse Varga", "views") in reported(reader, text)


def test_indirect_relative_clause_verb_joined_without_a_subject(reader):
    # the second verb shares the relative clause's subject and its "that"
    text = "The toll will double, a charge that the mayor has heard before and has always denied."
    assert ("a charge that", "the mayor", "denied") in reported(reader, text)


def test_indirect_relative_pronoun_of_a_stranded_preposition(reader):
    # "which X pointed to as Y": the verb's own preposition left without its object;
    # what it was held up as is part of the content
    text = "The mayor praised the levy, which Senator Ilse Varga pointed to as a model for the region."
    found = reported(reader, text)
    assert ("which", "Ilse Varga", "pointed") in found
    assert ("as a model for the region", "Ilse Varga", "pointed") in found


@pytest.mark.parametrize(
    "text,expected",
    [
        # "want X to Y" parsed as a complement clause with its own subject: what is wanted,
        # the subject with it
        ("Farmers in Velmora want the county to repair the old dam.",
         ("the county to repair the old dam", "Farmers", "want")),
        ("Senator Ilse Varga wants voters to remember her vote on the levy.",
         ("voters to remember her vote on the levy", "Ilse Varga", "wants")),
    ],
)
def test_indirect_infinitive_with_its_own_subject(reader, text, expected):
    assert expected in reported(reader, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb of judging with its object and the predicate said of it
        ("Most voters in Dellport consider the mayor honest.",
         ("the mayor honest", "Most voters", "consider")),
        ("Senator Ilse Varga considers the ferry toll a tax on farmers.",
         ("the ferry toll a tax on farmers", "Ilse Varga", "considers")),
    ],
)
def test_indirect_object_with_its_predicate(reader, text, expected):
    assert expected in reported(reader, text)


def test_indirect_object_with_its_predicate_not_under_a_modal(reader):
    # a judgement that voters might make is no judgement made
    text = "Voters in Dellport might consider the toll a bargain."
    assert not any(cue == "consider" for _, _, cue in reported(reader, text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # what the writer adds after the "according to X" phrase closing the clause
        ("Mayor Dana Ruiz leads by nine points, according to the Harlow poll, despite losing Orlen County.",
         [("Mayor Dana Ruiz leads by nine points", "the Harlow poll", "according to")]),
        ("Ortiz won 54 percent of the vote, according to exit polls, a wide margin for a newcomer.",
         [("Ortiz won 54 percent of the vote", "exit polls", "according to")]),
    ],
)
def test_indirect_according_to_closing_the_clause(reader, text, expected):
    assert reported(reader, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb of taking with a noun of a blow aimed "at" a target: a verbal attack
        ("Mayor Dana Ruiz took aim at the new ferry toll.",
         ("the new ferry toll", "Dana Ruiz", "took")),
        ("Senator Ilse Varga took a swipe at the harbor board.",
         ("the harbor board", "Ilse Varga", "took")),
        ("The comedy troupe poked fun at the Orlen council.",
         ("the Orlen council", "The comedy troupe", "poked")),
    ],
)
def test_indirect_took_aim_at(reader, text, expected):
    assert expected in reported(reader, text)


def test_indirect_took_aim_at_one_another_names_no_target(reader):
    text = "The two candidates have taken aim at one another."
    assert not any(cue == "taken" for _, _, cue in reported(reader, text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb of scornful answer reports what its "at" phrase holds
        ("Mayor Dana Ruiz bristled at the suggestion that the pier was unsafe.",
         ("the suggestion that the pier was unsafe", "Dana Ruiz", "bristled")),
        ("The harbor board scoffed at the idea of a new toll.",
         ("the idea of a new toll", "The harbor board", "scoffed")),
    ],
)
def test_indirect_bristled_at(reader, text, expected):
    assert expected in reported(reader, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # verbs of musing, wondering and cautioning with the preposition of their topic
        ("Governor Elsa Brandt cautioned against reading the vote as a mandate.",
         ("reading the vote as a mandate", "Elsa Brandt", "cautioned")),
        ("Some harbor pilots wonder about the new dredging plan.",
         ("the new dredging plan", "Some harbor pilots", "wonder")),
    ],
)
def test_indirect_musing_and_cautioning_prepositions(reader, text, expected):
    assert expected in reported(reader, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # verbs of remarking and gushing with the preposition of their topic
        ("Mayor Dana Ruiz remarked on the sharp fall in ferry fares.",
         ("the sharp fall in ferry fares", "Dana Ruiz", "remarked")),
        ("The coach gushed about the new stadium in Orlen.",
         ("the new stadium in Orlen", "The coach", "gushed")),
    ],
)
def test_indirect_remarking_prepositions(reader, text, expected):
    assert expected in reported(reader, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a taken stand with the preposition of its target
        ("Senator Ilse Varga took issue with the new ferry toll.",
         ("the new ferry toll", "Ilse Varga", "took")),
        ("The dock workers' union took a stand against the merger.",
         ("the merger", "The dock workers' union", "took")),
    ],
)
def test_indirect_took_issue_with(reader, text, expected):
    assert expected in reported(reader, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # verbs of holding to or going back on a stand, with the preposition of the stand
        ("Mayor Dana Ruiz doubled down on her plan for a ferry toll.",
         ("her plan for a ferry toll", "Dana Ruiz", "doubled")),
        ("The dock union is doubling down on its demand for higher pay.",
         ("its demand for higher pay", "The dock union", "doubling")),
    ],
)
def test_indirect_doubled_down_on(reader, text, expected):
    assert expected in reported(reader, text)
