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


# Verbs that introduce what somebody said or wrote. A quotation governed by one of
# these (or next to one) is speech; without such a cue a quotation is a title or a
# scare quote and is not a quote (contract).
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
""")

# Speech verbs that usually take a quotation as an object or complement but are
# as often plain verbs ("call", "put", "open"): accepted only when the quotation
# is governed by them in the parse, never from mere adjacency.
WEAK_VERBS = words("""
call characterize characterise label dub describe begin open start finish close
point hit fire put read signal thank congratulate cite quote
""")

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

# More verbs PolNeAR's annotators read as cues; weak ones (they govern a quotation
# only as a finding or a term: "found “no evidence”", "termed it “X”").
SPEECH_VERBS = SPEECH_VERBS | words("comment indicate find term refer forecast talk lecture speak")
WEAK_VERBS = WEAK_VERBS | words("find term refer talk speak")

# Irregular past forms of speech verbs, for headlines where the parser tags the
# verb a proper noun ("Beck Says ...", "Trump Told ..."); regular forms are derived.
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

# Verbs of judging that govern a quoted word or phrase ("condemned the “attack”",
# "blamed it on a “disturbed person”"): cues by governance only.
JUDGING_VERBS = words("""
condemn applaud hail laud express cast portray blame liken compare threaten recommend
propose champion defend
""")
SPEECH_VERBS = SPEECH_VERBS | JUDGING_VERBS
WEAK_VERBS = WEAK_VERBS | JUDGING_VERBS

# --- Reported speech (indirect quotes, issue 16) -------------------------------------

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
""")

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

# "in X's view, ...", "in the opinion of X, ...": nouns that make a prepositional
# phrase an attribution of the clause around it.
VIEW_NOUNS = words("view opinion estimation judgment judgement mind eyes telling words account")

# The preposition of a view phrase ("in his view", "by her account").
VIEW_PREPOSITIONS = words("in by")

# Subjects that are no one: the expletive of "there is said to be".
NON_SOURCES = words("there")

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
""")

# Verbs whose "to" infinitive is what was said, promised, asked or wanted ("declined to
# comment", "vowed to fight", "asked the court to rule").
INFINITIVE_REPORTING_VERBS = words("""
decline refuse promise vow pledge threaten agree offer plan want hope seek intend aim
wish ask urge encourage tell order warn push press invite advise remind beg implore
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
    "tweet": words("about"), "comment": words("on"), "joke": words("about"),
    "brag": words("about"), "boast": words("about of"), "rail": words("against"),
    "campaign": words("for against on"), "apologize": words("for"), "apologise": words("for"),
    "agree": words("with on"), "disagree": words("with on"), "worry": words("about"),
    "insist": words("on"), "elaborate": words("on"), "weigh": words("in"),
    "express": words("for"), "plead": words("for"),
    "criticize": words("for"), "praise": words("for"), "thank": words("for"),
    "blame": words("for on"), "accuse": words("of"), "hint": words("at"),
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

# Verbs whose first object is the hearer, not what was said ("told reporters", "asked the
# senator"): the object alone is no content; a clause, infinitive or "about" must follow.
HEARER_VERBS = words("tell ask inform remind assure reassure urge invite warn advise thank")

# Parts of speech no source has: a gerund subject ("Holding rates low has encouraged ...,
# supporting growth") is an act, not someone who says or backs anything.
NON_SOURCE_POS = frozenset(("VERB", "AUX"))

# Verbs that report a finding only as a finished act ("the study found X"); in their base
# form they are a search ("to find a way", "could find them").
FINDING_VERBS = words("find")

# Words that open a content clause and are not part of what was said ("said that ...").
COMPLEMENTIZERS = words("that")

# Prepositions of when or where, not what, after a hearer ("told reporters before the game").
HEARER_SETTING_PREPOSITIONS = words("before after at in during outside inside near")
