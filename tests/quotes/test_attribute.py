"""Quotes with speakers and cues on sentences written for these tests, through the
real pipeline (session ``reader`` fixture): one test per attribution pattern."""

from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"


def read(reader, text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote text, speaker mention text, cue text) of every direct quote, in order
    (reported statements are tested in test_indirect.py)."""
    article = reader.read(text, published="2022-03-01")
    out = []
    for q in article.quotes:
        if q.kind != "direct":
            continue
        assert text[q.start:q.end] == q.text
        mention = q.speaker.mention
        if mention is not None:
            assert text[mention.start:mention.end] == mention.text
        out.append((q.text, mention.text if mention else None, q.cue.text if q.cue else None))
    return out


@pytest.mark.parametrize(
    "text,expected",
    [
        # "...," X said
        (f"{L}We will rebuild the bridge by summer,{R} Mayor Nora Park said on Tuesday.",
         [("We will rebuild the bridge by summer,", "Nora Park", "said")]),
        # "...," said X
        (f"{L}Nobody expected this outcome,{R} said Daniel Ortiz, a city council member.",
         [("Nobody expected this outcome,", "Daniel Ortiz", "said")]),
        # X said: "..."
        (f"Governor Ruth Adler said: {L}The budget is balanced for the first time in years.{R}",
         [("The budget is balanced for the first time in years.", "Ruth Adler", "said")]),
        # X told Y "..."
        (f"The coach told reporters, {L}We played our worst game of the season.{R}",
         [("We played our worst game of the season.", "The coach", "told")]),
        # X wrote on <platform>
        (f"{L}Thank you all for the kind messages,{R} the actress wrote on Facebook.",
         [("Thank you all for the kind messages,", "the actress", "wrote")]),
        # captioned
        (f"{L}Best day at the lake,{R} the actor captioned a picture of his dog.",
         [("Best day at the lake,", "the actor", "captioned")]),
        # admitted / added
        (f"{L}I was wrong about the numbers,{R} the senator admitted.",
         [("I was wrong about the numbers,", "the senator", "admitted")]),
        (f"{L}We are still counting ballots,{R} the clerk added.",
         [("We are still counting ballots,", "the clerk", "added")]),
    ],
)
def test_attribute_cue_patterns(reader, text: str, expected: list) -> None:
    assert read(reader, text) == expected


def test_attribute_according_to(reader) -> None:
    text = f"The plant will close in June, according to Maria Lopez, who said it {L}cannot be saved.{R}"
    quotes = read(reader, text)
    assert [q[:2] for q in quotes] == [("cannot be saved.", "Maria Lopez")]
    text = f"{L}The talks have stalled,{R} according to a senior official."
    assert [q[:2] for q in read(reader, text)] == [("The talks have stalled,", "a senior official")]


def test_attribute_unnamed_source_keeps_its_mention_as_name(reader) -> None:
    text = f"{L}They have not spoken in weeks,{R} a person close to the family said."
    article = reader.read(text)
    (quote,) = article.quotes
    assert quote.speaker.mention.text == "a person"
    assert quote.speaker.name is not None and "person" in quote.speaker.name


def test_attribute_broken_quotation_is_two_quotes_same_speaker(reader) -> None:
    text = f"{L}We knew the risks,{R} the pilot said. {L}But we had no choice.{R}"
    quotes = read(reader, text)
    assert [q[0] for q in quotes] == ["We knew the risks,", "But we had no choice."]
    assert {q[1] for q in quotes} == {"the pilot"}


def test_attribute_partial_quote_in_reported_speech(reader) -> None:
    text = f"Jane Moore said that the new stadium plan was {L}a complete disaster{R} for taxpayers."
    assert read(reader, text) == [("a complete disaster", "Jane Moore", "said")]
    text = f"She said that the plan was {L}a disaster.{R}"
    assert read(reader, text) == [("a disaster.", "She", "said")]


def test_attribute_participle_takes_the_main_subject(reader) -> None:
    text = (f"The chef closed her restaurant in May, admitting that the rent had become "
            f"{L}impossible to pay.{R}")
    assert [q[1:] for q in read(reader, text)] == [("The chef", "admitting")]


def test_attribute_colon_introduction_in_previous_paragraph(reader) -> None:
    text = ("Tom Becker, the union leader, continued:\n\n"
            f"{L}Nobody in this building will accept a pay cut this year.{R}")
    quotes = read(reader, text)
    expected = [("Nobody in this building will accept a pay cut this year.", "Tom Becker")]
    assert [q[:2] for q in quotes] == expected


def test_attribute_dash_after_quote(reader) -> None:
    text = f"{L}Every vote matters in a town this small.{R} \u2014 Sarah Kim, county clerk"
    assert [q[:2] for q in read(reader, text)] == [("Every vote matters in a town this small.", "Sarah Kim")]


def test_attribute_continuation_paragraph(reader) -> None:
    text = (f"{L}The harvest was the worst in a decade,{R} farmer Paul Novak said.\n\n"
            f"{L}We lost half of the corn to the drought and the rest to hail.{R}")
    quotes = read(reader, text)
    assert [q[1] for q in quotes] == ["Paul Novak", "Paul Novak"]


def test_attribute_quotation_over_paragraphs(reader) -> None:
    text = (f"The minister said: {L}Our first task is to fix the roads.\n\n"
            f"{L}Our second task is to fix the schools.{R}")
    quotes = read(reader, text)
    assert [q[0] for q in quotes] == ["Our first task is to fix the roads.",
                                      "Our second task is to fix the schools."]
    assert [q[1] for q in quotes] == ["The minister", "The minister"]


def test_attribute_pronoun_speaker_resolves_to_preceding_person(reader) -> None:
    text = f"Laura Chen spoke after the vote. {L}It was a fair fight,{R} she said."
    article = reader.read(text)
    (quote,) = article.quotes
    assert quote.speaker.mention.text == "she"
    assert quote.speaker.name == "Laura Chen"


@pytest.mark.parametrize(
    "text",
    [
        f"The band played the song {L}Summer Rain{R} twice.",
        f"The {L}Summer Rain{R} band toured Europe last year.",
        f"The {L}temporary{R} closure of the bridge lasted three years.",
        "It\u2019s the mayor\u2019s idea, and it isn\u2019t new.",
        f"He starred in a film titled {L}Long Night Home{R} in 1999.",
    ],
)
def test_attribute_titles_and_scare_quotes_are_not_quotes(reader, text: str) -> None:
    assert read(reader, text) == []


def test_attribute_quote_time_is_left_for_the_time_layer(nlp) -> None:
    from dateline.quotes import extract_quotes

    doc = nlp(f"{L}We open on Monday,{R} the owner said.")
    quotes = extract_quotes(doc, doc._.entity_index)
    assert len(quotes) == 1 and quotes[0].time is None


def test_attribute_relative_pronoun_mention_named_after_antecedent(reader) -> None:
    text = f"The plan was backed by Omar Reyes, who said it was {L}long overdue.{R}"
    article = reader.read(text)
    (quote,) = [q for q in article.quotes if q.kind == "direct"]
    assert quote.speaker.mention.text == "who"
    assert quote.speaker.name == "Omar Reyes"


@pytest.mark.parametrize(
    "text,quote,mention",
    [
        # a verb of saying set in the clause as an aside
        (f"The bridge, Mayor Tom Ruiz said, was {L}never safe to begin with.{R}",
         "never safe to begin with.", "Tom Ruiz"),
        # an outlet that only passed on a quotation with its own attribution is its channel:
        # the quotation stays its speaker's (PolNeAR credits the outlet; a reader does not)
        (f"{L}We are not leaving,{R} Anna Weiss said, according to the Daily Ledger.",
         "We are not leaving,", "Anna Weiss"),
        (f"According to the Daily Ledger, Anna Weiss told the crowd: {L}We are not leaving.{R}",
         "We are not leaving.", "Anna Weiss"),
        (f"{L}We are not leaving,{R} Anna Weiss said, the Daily Ledger reported.",
         "We are not leaving,", "Anna Weiss"),
        # a passive verb of telling names the hearers: the text they were told from speaks
        (f"According to the training manual, new staff were told, {L}Smile at every guest.{R}",
         "Smile at every guest.", "the training manual"),
        # with no attribution of its own, the quotation is the outlet's
        (f"{L}We are not leaving,{R} the Daily Ledger reported.",
         "We are not leaving,", "the Daily Ledger"),
        (f"{L}We are not leaving,{R} according to the Daily Ledger.",
         "We are not leaving,", "the Daily Ledger"),
        # a title-cased headline: the name it opens with speaks
        ("Governor Praises Flood Crews: \u2018They Saved Our Town\u2019\n\nThe governor visited on Monday.",
         "They Saved Our Town", "Governor"),
        # a name standing as a label before a colon
        (f"The vote ended late. Karen Holt: {L}We will appeal the ruling.{R}",
         "We will appeal the ruling.", "Karen Holt"),
    ],
)
def test_attribute_more_patterns(reader, text: str, quote: str, mention: str) -> None:
    quotes = read(reader, text)
    assert [q[:2] for q in quotes] == [(quote, mention)]


def test_attribute_pull_quote_signed_with_horizontal_bar(reader) -> None:
    text = (f"{L}Nobody told us the plant would close.{R} \u2015 Dana Wills\n"
            f"{L}We found out from the news.{R} \u2015 Ray Ortiz")
    quotes = read(reader, text)
    assert [q[1] for q in quotes] == ["Dana Wills", "Ray Ortiz"]


def test_attribute_sentence_after_quote_introducing_the_next(reader) -> None:
    text = (f"{L}The budget is final.{R} Council member Jo Park said: {L}It is not final at all.{R}")
    quotes = read(reader, text)
    # the first quotation has no speaker in this text, and is not given Jo Park
    assert [q[:2] for q in quotes] == [("It is not final at all.", "Jo Park")]


def test_attribute_what_x_called_goes_to_the_clause_subject(reader) -> None:
    text = f"Governor Lena Voss condemned what she called a {L}reckless gamble{R} with public money."
    assert [q[:2] for q in read(reader, text)] == [("reckless gamble", "Lena Voss")]


@pytest.mark.parametrize(
    "text",
    [
        # a section heading quoting a phrase of the story
        "The council met for six hours.\n\n\u2018Nobody Wins Here.\u2019\n\nThe vote came after midnight.",
        # a name a thing is known by
        f"The rule became known as the {L}Harbor Clause{R} after the vote.",
        # a show named after a possessor
        f"Mayor Ruth Cole said on Channel 5\u2019s {L}Morning Report{R} that the budget was final.",
    ],
)
def test_attribute_headings_and_names_are_not_quotes(reader, text: str) -> None:
    assert read(reader, text) == []
