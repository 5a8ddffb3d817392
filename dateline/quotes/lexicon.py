"""Rule data of the quotes layer, kept apart from the logic that reads it.

Lemmas are lower-case spaCy lemmas; the logic compares ``token.lemma_.lower()``
(and the lower-cased form, since the small model sometimes lemmatises a
capitalised verb to itself).
"""

from __future__ import annotations

from dateline.lexicon import PERSON_NOUNS, SUBJECT_DEPS

__all__ = ["SUBJECT_DEPS"]  # shared with every layer (dateline/lexicon.py); quotes modules import it from here


def words(text: str) -> frozenset[str]:
    """A lexicon from whitespace-separated words (kept as text to stay readable)."""
    return frozenset(text.split())


# Verbs of judging that govern a quoted word or phrase ("condemned the “attack”",
# "blamed it on a “disturbed person”"): cues by governance only (so weak, below).
JUDGING_VERBS = words("""
condemn applaud hail laud express cast portray blame liken compare threaten recommend
propose champion defend
""")

# Verbs that introduce what somebody said or wrote. A quotation governed by one of
# these (or next to one) is speech; without such a cue a quotation is a title or a
# scare quote and is not a quote (contract). With them, the verbs of judging.
SPEECH_VERBS = words("""
say tell add write tweet post caption admit explain note continue ask reply respond
declare state argue claim insist warn recall joke quip share reveal confirm announce
acknowledge concede complain suggest observe remark emphasize emphasise stress predict
vow promise urge blast slam muse laugh exclaim shout yell scream whisper boast brag
lament conclude agree disagree describe call characterize characterise label dub
deride mock praise criticize criticise charge accuse allege assert contend counter
retort snap fire hit chime interject begin open start finish close pledge
told testify report recount reiterate repeat read mention point maintain
wonder speculate caution advise instruct order demand plead beg
cry sigh sob gush rave rant put text message email denounce decry question
mouth chant sing chide scold lash rip tout brand bemoan concur reckon estimate
remind caution dismiss reject deny insist contend posit summarize summarise sum
conclude recount relay describe joke tease taunt ridicule
elaborate clarify specify signal hint imply acknowledge apologize apologise
thank congratulate reassure assure proclaim pronounce opine theorize theorise
comment indicate find term refer forecast talk lecture speak
""") | JUDGING_VERBS

# Speech verbs that usually take a quotation as an object or complement but are
# as often plain verbs ("call", "put", "open"), or govern a quotation only as a finding
# or a term ("found “no evidence”", "termed it “X”"): accepted only when the quotation
# is governed by them in the parse, never from mere adjacency.
WEAK_VERBS = words("""
call characterize characterise label dub describe begin open start finish close
point hit fire put read signal thank congratulate cite quote
find term refer talk speak
""") | JUDGING_VERBS

# Verbs that are speech only next to a quotation ("“...,” he continued", "Smith
# continued:"), never when they merely govern it ("would not continue a policy of “...”").
ADJACENT_ONLY_VERBS = words("continue begin start open finish close conclude")

# Nouns that name an utterance: "in a statement", "his caption:".
# A quotation governed by one of them, with a possessor or an "of/from X", gets X.
SPEECH_NOUNS = words("""
statement tweet post caption interview remark remarks comment comments message
speech letter email note op-ed essay column release announcement testimony words
assertion claim contention promise pledge vow warning accusation suggestion argument
insistence description complaint admission boast plea declaration
""")

# Unnamed sources: a speaker mention headed by one of these keeps its own text as
# its name when the entity index does not resolve it ("an insider", "officials").
UNNAMED_SOURCE_NOUNS = words("""
insider insiders source sources official officials spokesman spokeswoman
spokesperson aide aides adviser advisers advisor advisors friend friends
witness witnesses representative representatives rep staffer staffers
""")

# Nouns that announce a title of a work: 'the song “X”', 'the film “X”'.
WORK_NOUNS = words("""
song single album record track film movie show series sitcom episode book novel
memoir play musical poem article story column essay headline title slogan
hashtag program programme podcast documentary video painting exhibit exhibition
opera ballet game app brand segment anthem hymn
""")

# Words right before a quotation that mark it as a name, not speech.
NAMING_WORDS = words("""
titled entitled known so-called
""")

PRONOUN_SPEAKERS = words("i he she we they you it")
RELATIVE_PRONOUNS = words("who that which whom")


# Irregular past forms of speech verbs, for headlines where the parser tags the
# verb a proper noun ("Hale Says ...", "Ruiz Told ..."); regular forms are derived.
IRREGULAR_FORMS = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak",
                   "found": "find", "read": "read", "put": "put", "hit": "hit"}

# Heads of descriptors that name people or bodies able to speak, for the fallback
# that takes the subject of the clause governing a quotation ("the senator called
# the bill “a disgrace”") without a verb of saying: every person noun
# (dateline/lexicon.py), and bodies and writings that speak in news.
SPEAKER_NOUNS = frozenset(PERSON_NOUNS) | words("""
people person men women friend chair source sources wife husband son daughter
republicans democrats conservative conservatives liberal liberals
officials activists advisers advocates aides analysts critics delegates experts lawmakers
leaders members protesters supporters voters
campaign committee group council party administration department agency court
report study poll survey statement email letter ad
""")


# Verbs that name rather than speak when they have no subject ("a play called “X”").
NAMING_VERBS = words("call dub label name nickname brand title entitle term")


# --- Reported speech (indirect quotes, issue 16) -------------------------------------

# Verbs of saying made of a verb and its particle, read as "verb particle" where the
# parse shows the particle: with a clause ("pointed out that ...") or an object ("laid
# out a plan").
PHRASAL_CLAUSE_VERBS = frozenset(("point out", "spell out", "find out", "figure out"))
PHRASAL_OBJECT_VERBS = frozenset(("point out", "spell out", "lay out", "set out", "brush off", "shrug off"))
PHRASAL_REPORTING_VERBS = PHRASAL_CLAUSE_VERBS | PHRASAL_OBJECT_VERBS

# Verbs that report what someone said, wrote, thought, believed or found, when they
# govern a clause ("said that ...", "believes the vote ...", "the poll shows ...").
# The clause is the content; the verb's subject is the source.
REPORTING_VERBS = words("""
say tell add write tweet post admit explain note argue claim insist warn recall reveal
confirm announce acknowledge concede complain suggest observe remark emphasize emphasise
stress predict vow promise pledge swear guarantee declare state assert contend maintain
allege report testify deny agree disagree conclude estimate reckon reiterate repeat
mention disclose indicate show find demonstrate signal hint imply ask wonder question
answer reply respond inform assure reassure remind caution advise boast brag joke quip
lament speculate theorize theorise posit reason counter retort charge accuse concur
forecast project calculate hold urge demand propose recommend threaten
think believe expect fear hope worry doubt suspect feel know assume suppose imagine
figure guess understand realize realise recognize recognise learn hear sense
confess protest grumble whisper shout cry yell scream sigh gush muse
determine rule decide judge declare proclaim announce opine
""") | PHRASAL_CLAUSE_VERBS

# Of those, verbs that report only when someone clearly holds the view: their subject
# must be a source ("Smith knows that ...", not "the delay means ...").
COGNITION_VERBS = words("""
think believe expect fear hope worry doubt suspect feel know assume suppose imagine
figure guess understand realize realise recognize recognise learn hear sense decide
determine
""")

# Nouns of saying or holding a view that take a "that" clause as their content
# ("X's announcement that ...", "the claim by X that ...").
CLAIM_NOUNS = words("""
claim statement announcement assertion argument suggestion allegation accusation charge
warning promise pledge vow prediction belief view fear hope concern insistence
admission acknowledgment acknowledgement revelation report testimony denial complaint
contention assurance guarantee threat speculation theory argument conclusion finding
estimate forecast declaration confession boast message word remark comment comments
position opinion explanation reminder suggestion insinuation indication
""")

# Nouns of backing, opposing or asking with the preposition of what they are about:
# "her criticism of the plan", "the union's support for the strike", "his call for a
# recount". With an owner (a possessor, "from X", "by X") the phrase is a report.
OBJECT_NOUNS: dict[str, frozenset[str]] = {
    "endorsement": words("of"),
    "criticism": words("of"), "condemnation": words("of"), "attack": words("on against"),
    "opposition": words("to"), "denial": words("of"), "praise": words("for of"),
    "embrace": words("of"), "call": words("for"), "plea": words("for"),
    "demand": words("for"), "appeal": words("for"), "argument": words("for against"),
    "warning": words("of about against"),
}
# Possessive pronouns: the owner of such a noun that stands for the subject of its clause
# ("Smith continued his attacks on X": Smith is the source).
POSSESSIVE_PRONOUNS = words("his her its their my our your")
# The subject pronoun each possessive agrees with, and the number of a noun it can stand
# for ("Lee repeated his claim": singular; "the unions renewed their call": plural).
POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "its": "it", "their": "they", "my": "i",
                       "our": "we", "your": "you"}
PLURAL_POSSESSIVES = words("their our")
# Nouns of an undertaking or a refusal whose "to" infinitive is what was said: "his
# promise to cut taxes", "her refusal to release the records".
INFINITIVE_NOUNS = words("promise pledge vow call demand threat offer plea appeal")

# "in X's view, ...", "in the opinion of X, ...": nouns that make a prepositional
# phrase an attribution of the clause around it.
# Nouns of a count or estimate that are themselves the source of "by one estimate, ...".
COUNT_NOUNS = words("estimate count tally calculation measure reckoning")
VIEW_NOUNS = words("view opinion estimation judgment judgement mind eyes telling words account") | COUNT_NOUNS

# The preposition of a view phrase ("in his view", "by her account").
VIEW_PREPOSITIONS = words("in by")

# Subjects that are no one: the expletive of "there is said to be".
NON_SOURCES = words("there")

# Verbs of putting out a text or figures: the subject is the source of what the thing
# says ("the board released figures that show ...", "the paper ran a piece that noted").
ISSUING_VERBS = words("""
release publish issue run air post file unveil produce send circulate distribute
present submit include broadcast
""")

# Things made to say something, besides the nouns of saying: "figures the council
# released", "the account she gave".
AUTHORED_NOUNS = words("account report study poll survey figures data documents analysis memo")

# Prepositions naming whose work a report or poll is: "a study by X", "a poll from X".
WORK_OWNER_PREPOSITIONS = words("by from")

# Passive verbs whose "by" phrase is not who spoke but who passed it on: "was quoted by
# the paper as saying", "as reported by the agency".
AGENT_NOT_SOURCE_VERBS = words("quote cite report")

# Verbs of censuring or crediting someone, whose object (and what follows it) is the
# judgement voiced: "assailed the plan", "credited the mayor with the deal".
CRITICISM_VERBS = words("""
assail lambast lambaste rebuke chide revile savage bemoan credit liken rebut downplay
""")

# Verbs of setting out or holding up a position, whose object is what was put forward:
# "claimed victory", "listed three reasons", "deemed it a failure", "portrayed him as a
# liar", "identified the gunman", and a forecast held: "officials expect a record turnout".
PRESENTING_VERBS = words("""
claim list deem portray articulate reaffirm envision foresee recite trumpet identify name
unveil expect retweet relish interpret congratulate
""")

# Verbs of saying, asking, judging or backing whose object (with its complements) is
# what was said, asked or held: "announced his candidacy", "accused X of Y",
# "urged X to Y", "polls show X ahead".
OBJECT_REPORTING_VERBS = words("""
announce endorse describe criticize criticise defend praise support oppose propose reject
deny accuse cite dismiss attack back urge demand request condemn blast slam applaud hail
welcome predict recommend question acknowledge admit reveal confirm mention discuss
express voice offer blame thank label dub brand characterize characterise ask show find
want seek favor favour prefer decline promise pledge vow threaten warn fault knock rip
mock tout champion embrace dispute challenge deride lament decry denounce disavow
repudiate renounce retract concede highlight emphasize emphasise stress note tell
suggest forecast estimate report disclose recount recall call say write tweet post
outline detail reference invoke explain document chronicle echo
reiterate repeat summarize summarise justify assert
""") | CRITICISM_VERBS | PRESENTING_VERBS | PHRASAL_OBJECT_VERBS

# Verbs whose "to" infinitive is what was said, promised, asked or wanted ("declined to
# comment", "vowed to fight", "asked the court to rule").
INFINITIVE_REPORTING_VERBS = words("""
decline refuse promise vow pledge threaten agree offer plan want hope seek intend aim decide
wish ask urge encourage tell order warn push press advise remind beg implore
demand call swear claim pretend
""")

# Verbs with the preposition that introduces what was said or asked for ("called for
# a ban", "talked about the economy", "warned of a recession").
PREPOSITIONAL_REPORTING_VERBS: dict[str, frozenset[str]] = {
    "call": words("for on"), "refer": words("to"), "talk": words("about"),
    "speak": words("about of out against"), "warn": words("of about against"),
    "point": words("to"), "complain": words("about of"), "ask": words("for about"),
    "push": words("for"), "advocate": words("for"), "argue": words("for against about"),
    "lobby": words("for against"), "testify": words("about"), "write": words("about of"),
    "tweet": words("about"), "comment": words("on about"), "joke": words("about"),
    "brag": words("about"), "boast": words("about of"), "rail": words("against"),
    "campaign": words("for against on"), "apologize": words("for"), "apologise": words("for"),
    "agree": words("with on"), "disagree": words("with on"), "worry": words("about"),
    "insist": words("on"), "elaborate": words("on"), "weigh": words("in"),
    "express": words("for"), "plead": words("for"),
    "criticize": words("for"), "praise": words("for"), "thank": words("for"),
    "blame": words("for on"), "accuse": words("of"), "hint": words("at"),
    "allude": words("to"), "vouch": words("for"), "balk": words("at"), "side": words("with"),
    "spar": words("with"), "dwell": words("on"), "acquiesce": words("to"), "lash": words("at"),
    "bristle": words("at"), "scoff": words("at"),
    "opine": words("on about"), "muse": words("about on"), "wonder": words("about"),
    "marvel": words("at"), "caution": words("against"), "inveigh": words("against"),
    "remark": words("on upon about"), "gush": words("about over"),
    "double": words("on"), "backtrack": words("on"), "renege": words("on"), "waffle": words("on"),
    "lecture": words("on about"),
}

# Adjectives of a held view that take a clause ("she was sure that ...", "aides are
# confident the vote ..."): the subject of the copula is the source.
STANCE_ADJECTIVES = words("""
sure confident convinced certain aware worried concerned afraid hopeful optimistic
pessimistic adamant skeptical sceptical doubtful incensed angry upset frustrated
disappointed insistent unaware positive
""")

# Interview transcripts: one-letter speaker labels for the question and the answer.
TRANSCRIPT_LABELS = words("Q A")
# A speaker label before a colon at a paragraph start has at most this many words.
MAX_LABEL_WORDS = 4

# Verbs of regarding, a view when they take an object and "as": "voters see X as Y".
REGARD_VERBS = words("see view regard consider perceive")

# Words that stand for what was said right after a verb of saying ("said so", "said yes").
ANSWER_WORDS = words("so yes no")

# Title-cased headlines read as "SOURCE VERB CONTENT" (headlines.py): at most this many
# tokens, at least this share of capitalised words, the verb within this many tokens of
# the start.
HEADLINE_MAX_TOKENS = 20
HEADLINE_CAP_SHARE = 0.6
HEADLINE_SOURCE_TOKENS = 6

# Verbs whose first object is the hearer, not what was said ("told reporters", "asked the
# senator"): the object alone is no content; a clause, infinitive or "about" must follow.
HEARER_VERBS = words("tell ask inform remind assure reassure urge invite warn advise thank")

# Verbs of asking or telling whose person object is asked or told about a topic ("asked the
# senator about the vote"): what was asked is the topic, not the person.
TOPIC_ASKING_VERBS = words("ask question challenge press quiz grill tell warn remind")
# The preposition of that topic.
TOPIC_PREPOSITIONS = words("about")

# Parts of speech no source has: a gerund subject ("Holding rates low has encouraged ...,
# supporting growth") is an act, not someone who says or backs anything.
NON_SOURCE_POS = frozenset(("VERB", "AUX"))

# Verbs that report a finding only as a finished act ("the study found X"); in their base
# form they are a search ("to find a way", "could find them").
FINDING_VERBS = words("find")

# Words that open a content clause and are not part of what was said ("said that ...").
COMPLEMENTIZERS = words("that")
# Its labels in the parse: a subordinator, or an adverb where the parser misreads it
# ("wrote in the small hours that ...": "that" as a relative adverb).
COMPLEMENTIZER_DEPS = frozenset(("mark", "advmod"))

# Prepositions of when or where, not what: after a hearer ("told reporters before the
# game") or after what was said ("praised the plan in a speech"), they end the content.
SETTING_PREPOSITIONS = words("before after at in during outside inside near since until through throughout amid")
# Of those, the ones that are a setting only before an occasion, a medium, a time or a
# place ("in a speech", "in May"); otherwise part of what was said ("in the race").
SETTING_BY_OBJECT_PREPOSITIONS = words("in")
# The occasions and media of saying, the manner and purpose of an act ("in a manner that
# ...", "in an effort to ...", "in the wake of ..."), and the entity types of a time or
# place.
OCCASION_NOUNS = SPEECH_NOUNS | words("""
debate rally conference hearing meeting appearance ad advertisement video broadcast
show program programme print podcast radio television forum event briefing session
address op-ed editorial article book memoir report filing court ruling decision opinion
effort attempt order manner wake
""")
SETTING_ENTS = frozenset(("GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"))

# Clauses that, set off by a comma at the end of a content, are an aside about it
# (a non-restrictive relative clause, a participle): "the health of X, who is 70".
ASIDE_CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl"))
# Phrases of a clause after its closing "according to X" that are the writer's remark
# ("..., according to the poll, a wide margin", "..., despite losing the county").
AFTER_ATTRIBUTION_DEPS = frozenset(("prep", "appos", "npadvmod", "dep"))

# Regular endings of a verb's forms by tag and what its stem ends with, to mend a lemma
# the small model gets wrong ("hoping", "hoped" -> "hop"): "hop|ing" + "e" -> "hope".
INFLECTION_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "VBG": (("ing", "e"), ("ing", "")),
    "VBD": (("ed", "e"), ("ed", ""), ("d", "")),
    "VBN": (("ed", "e"), ("ed", ""), ("d", "")),
    "VBZ": (("es", ""), ("s", "")),
}

# Verbs of expecting or believing whose infinitive with its own subject is a
# proposition ("voters expect the mayor to win", "she believes him to be honest").
SUBJECT_INFINITIVE_VERBS = words("expect believe predict assume suppose consider judge")

# Relative pronouns that stand for someone ("Smith, who believed that ...").
PERSON_RELATIVES = words("who whom")
# Pronouns and determiners that stand for a thing ("this shows ...", "which means ...").
THING_PRONOUNS = words("this that which what")

# --- Parse shapes and small word sets the logic modules read (moved here, issue 13) ---

# Objects of a verb that hold what was said ("announced his candidacy").
OBJECT_DEPS = frozenset(("dobj", "dative"))

# Complements after the first that belong to the content ("accused X of Y", "called X
# a Z", "urged X to Y").
TRAILING_COMPLEMENT_DEPS = frozenset(("prep", "oprd", "xcomp", "ccomp", "dobj", "acomp"))

# A fragment of content holds a word that is not only one of these ("But" alone, left
# over from "But according to X, ...", is no content).
FUNCTION_POS = frozenset(("CCONJ", "SCONJ", "DET", "ADP", "PART", "INTJ"))

# Tags of a finite verb (past, present, modal).
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))

# Dependency labels of a verb that is a modifier, not a predicate ("the so-called").
MODIFIER_DEPS = frozenset(("amod", "compound", "nmod", "acomp"))

# Clause links of a nominal cue to its "that" clause.
NOUN_CLAUSE_DEPS = frozenset(("acl", "ccomp", "appos", "relcl"))

# Auxiliaries that make a verb of saying hypothetical or an intention.
UNASSERTING = words("to can could would will should may might must not n't never")

# Entity types of a name that can speak (a person, a body, a people, a place's government).
NAME_ENTS = frozenset(("PERSON", "ORG", "NORP", "GPE"))

# Climbing from a participle or coordinated verb to the verb whose subject it shares.
SHARED_SUBJECT = frozenset(("advcl", "conj", "xcomp", "pcomp", "prep", "pobj", "npadvmod", "dep"))
# A phrase set before a verb of saying under which the parser hangs the subject that follows
# it, as an apposition ("In a letter to the board, Ruiz, its treasurer, wrote").
FRONTED_HOST_DEPS = frozenset(("prep", "npadvmod", "advcl"))
# Entity types of places and peoples: "in Dover, Ohio, ..." is a place's apposition.
PLACE_ENTS = frozenset(("GPE", "LOC", "FAC", "NORP"))
# Verbs of saying most often set after the clause they report ("The fund ran dry, said
# Lee", "..., he added"): a clause before them is their content, not a verb of a list.
TRAILING_SPEECH_VERBS = words("say add tell write")

# Nouns of a poll, the source of "31% said" when the sentence names one.
POLL_NOUNS = frozenset(("poll", "survey", "study"))
# The preposition that sets a finding in a poll ("in the latest poll, X leads").
POLL_PREPOSITIONS = words("in")
# Clauses that modify a noun ("voters surveyed in the poll", "X, who took part in it"):
# no finding of their own.
MODIFIER_CLAUSE_DEPS = frozenset(("acl", "relcl", "amod"))

# Prepositions before a title-cased quotation that make it a name ("on “The Evening
# Show”", "in “Some Film”").
TITLE_PREPOSITIONS = frozenset(("on", "in", "at", "from", "of", "by", "to", "into", "during", "for"))

# Pronoun subjects of a two-word clause of saying next to a quotation ("he said").
SHORT_CLAUSE_PRONOUNS = frozenset(("he", "she", "they", "i", "we"))

# Left dependents that belong to a descriptor mention ("the veteran reporter",
# "Whitlow's campaign manager", "a senior official", "the “X” star").
NP_LEFT_DEPS = frozenset(("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod",
                          "punct", "case", "predet"))

# Pronouns whose referent is one person: the fallback looks for a PERSON before them.
PERSON_PRONOUNS = frozenset(("he", "she", "i", "him", "her"))

# Links from a reported clause up to the verb reporting it.
OUTER_DEPS = frozenset(("ccomp", "conj", "xcomp", "advcl", "parataxis", "pcomp", "pobj", "prep"))

# Words that open an indirect question after a verb of saying or asking ("did not say
# when they would vote", "asked whether the plan was legal").
QUESTION_OPENERS = words("when whether why how where what who which if")
# Verbs that take such a question as what was said, asked or known.
QUESTION_VERBS = words("say ask wonder know explain tell decide reveal question disclose indicate")
# Tags the tagger gives a present-tense verb it misreads after a quotation mark ("said
# the rules “do nothing”": "do" as a base form, "lump" as a noun).
MISREAD_PRESENT_TAGS = frozenset(("VB", "NN", "NNS"))
# Pronouns in the object case: as the subject of a bare verb they make a small clause of
# perceiving or causing ("saw him leave"), not a reported statement.
OBJECT_CASE_PRONOUNS = words("me him her us them")
# Verbs of making or urging someone to act: the infinitive after their object is the
# object's act ("forced the chief to admit", "pressed her to say").
OBJECT_CONTROL_VERBS = words("""
force press pressure prompt push urge lead cause get compel persuade convince encourage
challenge dare invite ask oblige require drive
""")
# Verbs of perceiving: with a bare verb after its object ("heard the senator speak") they
# take what was perceived, not what was said.
PERCEPTION_VERBS = words("hear see watch feel sense notice")
# How the parser hangs a verbless phrase that opens a sentence closed by ", he said." on
# the verb: as a second subject, a loose dependent, a noun adverbial or an object.
FRONTED_DEPS = frozenset(("nsubj", "dep", "npadvmod", "dobj", "attr", "intj"))
# What may follow a verb of saying that closes its sentence ("..., he said later.").
CLOSING_DEPS = frozenset(("punct", "advmod", "npadvmod"))
# Nouns of saying that a verb of making turns into saying ("made the case for X", "made
# the argument that ...", "made several statements about X"), and the prepositions that
# then introduce what was said.
MADE_SPEECH_NOUNS = words("""
case argument arguments statement statements comment comments remark remarks point
suggestion allegation allegations accusation accusations claim claims prediction
promise pledge plea appeal call pitch announcement
""")
MADE_SPEECH_PREPOSITIONS = words("for about against of")
# Determiners that deny the noun ("made no mention of"): nothing was said.
NEGATIVE_DETERMINERS = words("no")
# Tags of question words (a clause they open without a subordinator is no bare clause).
WH_TAGS = frozenset(("WRB", "WP", "WDT", "WP$"))

# "made it clear that ...", "made plain that ...": adjectives that with a verb of making
# report a statement.
CLARITY_ADJECTIVES = words("clear plain known")
MAKING_VERBS = words("make")
# "took aim at X", "took a swipe at X", "poked fun at X": a verb of taking with a noun of
# a blow aimed "at" someone or something is a verbal attack on it; "took issue with X" a
# disagreement, "took credit for X" a claim.
TAKING_VERBS = words("take poke")
# The noun and the preposition of its target: "took aim at X", "took issue with X", "took
# exception to X", "took credit for X", "took a stand against X".
TAKEN_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("aim", "shot", "swipe", "jab", "dig", "potshot", "fun", "swing"), words("at")),
    "issue": words("with"), "exception": words("to"), "credit": words("for"),
    "stand": words("on against"),
}
# Reciprocal objects: "took aim at one another" names no target of its own.
RECIPROCALS = frozenset(("one another", "each other"))

# Reflexive objects: "found itself in a bind" reports nothing.
REFLEXIVE_PRONOUNS = words("myself yourself himself herself itself ourselves yourselves themselves oneself")

# Verbs of backing, judging or reporting whose passive with a "by" agent is an
# attribution ("the plan was endorsed by the council", "the story was first reported by
# X"); not verbs of doing ("was offered by", "was recommended by" name an act).
PASSIVE_REPORTING_VERBS = words("""
endorse support back oppose criticize criticise praise reject report condemn dispute
deny confirm question challenge call label dub brand describe characterize characterise
denounce decry welcome applaud hail blast slam attack
""")

# Prepositions of an absolute phrase that, set off by a comma at the end of a content, is
# an aside about it ("polls show her ahead, with the rest trailing").
ASIDE_PREPOSITIONS = words("with")

# Verbs of aspect or seeming through which an infinitive is asserted ("went on to discuss",
# "appeared to blame", "continued to urge"): the infinitive's verb is the cue. "go" only
# with its particle: "is going to discuss" is a plan, not an act.
ASPECT_VERBS = words("appear seem continue begin start proceed") | frozenset(("go on",))

# "In a speech, the mayor said:" closing a paragraph: the verb comes within this many
# tokens before the colon, and an object there is only the hearer ("told reporters:")
# or a word standing for what follows ("said this:", "wrote the following:").
INTRO_WORDS = 4
PLACEHOLDER_OBJECTS = words("this following these")

# Prepositions before a gerund that names an act someone is blamed, praised or accused
# for ("criticized X for supporting Y", "accused of promoting Y"): the gerund's doer
# reports nothing there (the critic's report holds it).
ACT_PREPOSITIONS = words("for of")

# Prepositions of the occasion a participle's noun names ("said at a news conference
# announcing ...", "in many cases reporting ..."): the participle is the verb's subject's.
OCCASION_PREPOSITIONS = words("at in during on")

# Verbs that report only in "as X put it": a clause of saying opened by "as" with "it".
AS_CLAUSE_VERBS = words("put")


# Verbs of showing or finding whose participle with its own subject is what was shown
# ("the poll showed the mayor leading", "the study found turnout falling").
SMALL_CLAUSE_VERBS = words("show find")
# Verbs of judging whose object with its predicate is the judgement ("consider the mayor
# honest", "found the levy unfair", "deemed the plan a failure").
PREDICATE_CLAUSE_VERBS = words("consider find deem judge")
# Modals that make a judgement a possibility only ("might consider it a bargain").
HYPOTHETICAL_MODALS = words("could would may might")

# Relative pronouns that stand for the object a relative clause leaves out ("the tax,
# which Velmar opposes": what was opposed is "which", as a reader takes it); "that" is
# left out: a clause on a noun of its own ("a plan that critics oppose") is read less
# surely as a report.
STANDALONE_RELATIVES = words("which who whom")
# Dependencies of a noun phrase set off after a clause that it sums up ("..., a charge
# the mayor denied", "..., a plan that critics oppose"): its relative clause reports it.
SUMMARY_NOUN_DEPS = frozenset(("appos", "npadvmod"))
# Dependents of a verb that make its infinitive of purpose someone else's act, or its
# subject a role ("brought her brother to vouch for her", "became the first to endorse
# him"): an object, a predicate, a complement clause.
PURPOSE_BLOCKING_DEPS = frozenset(("dobj", "dative", "attr", "oprd", "acomp", "ccomp", "xcomp", "agent"))
# Verbs of backing or opposing, whose infinitive of purpose states an aim, not a stand
# taken ("the council met to support the plan"); verbs of speaking about something
# ("met reporters to discuss the levy", "went on the radio to defend it") do report.
BACKING_VERBS = words("support back endorse favor favour oppose champion embrace")
