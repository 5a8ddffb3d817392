"""Rule data for the events layer, apart from the logic."""

import re

# Verbs that carry no happening of their own in news prose (copulas, modals, light
# verbs of perception/opinion); a clause headed by one is not an event.
NON_EVENT_LEMMAS = frozenset(["be", "have", "do", "seem", "appear", "become", "remain", "feel", "think", "believe", "know", "want", "need", "like", "love", "hope", "wish", "mean", "let", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "get", "go", "come", "make", "take", "keep"])

# Light verbs that are events when they have an object ("took up riding", "made a deal").
LIGHT_WITH_OBJECT = frozenset(["have", "get", "make", "take", "keep", "go", "come"])

# Dependency labels of clause heads that can be events.
CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "xcomp", "relcl", "pcomp", "acl"})

# Clause heads that hang off another clause: events only with a time of their own.
SUBORDINATE_DEPS = frozenset({"ccomp", "xcomp", "relcl", "pcomp", "acl"})

OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
# Summaries: the complements' budget in tokens (whole phrases only), the most a first
# complement may keep once shortened, and the words of a quotation shown whole.
SUMMARY_MAX_TOKENS = 16
SUMMARY_HARD_MAX = 25
SUMMARY_QUOTE_WORDS = 20
SAID_MIN_WORDS = 3  # a shorter quotation ("incriminating") says too little to stand for what was said
# Modifiers a summary may drop to keep a phrase whole but short.
OPTIONAL_DEPS = frozenset({"prep", "advcl", "relcl", "acl", "appos", "advmod", "npadvmod", "conj", "parataxis"})
# Complements that carry what was said or done: they may use the whole hard limit.
CORE_DEPS = frozenset({"ccomp", "dobj", "xcomp", "attr", "oprd"})
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
# Relative pronouns that stand for the noun a clause hangs on ("the actor who won").
RELATIVE_SUBJECTS = frozenset({"who", "which", "that", "what"})
# Personal pronouns replaced by the entity's name in a summary (possessives are kept:
# "his wife" reads better than "Name wife").
PERSONAL = frozenset(["he", "she", "they", "him", "her", "them", "it", "i", "we", "you", "me", "us"])
# Present-tense forms after "I" becomes a name ("I have" -> "Pat Doe has").
AGREEMENT = {"have": "has", "'ve": "has", "do": "does", "am": "is", "'m": "is", "are": "is", "go": "goes"}

# Inside a quotation these are its speaker.
FIRST_PERSON = frozenset(["i", "me"])  # "we" is more than the speaker

# Clause heads a report of the story can stand in (not a subordinate clause).
MAIN_DEPS = frozenset({"ROOT", "conj"})
# The lead: the first sentences with a verb (the headline among them); only there does a
# news report without a time of its own take the story's day.
LEAD_SENTENCES = 5
# A calendar time within this many days before the article date keeps a report in the
# story's frame; one outside it means the story has moved elsewhere.
FRAME_WINDOW_DAYS = 7

# Dependents that belong to a proper name ("Model 4", "Norvale Inc.").
NAME_PARTS = frozenset({"compound", "nummod", "flat", "npadvmod"})

# Nominal events: nouns that name a happening ("the merger", "the launch", "the crash").
# Deverbal nouns by their ending (acquisition, resignation, announcement, appearance) ...
EVENT_NOUN_SUFFIXES = ("ation", "ition", "ution", "ction", "ption", "ssion", "sion", "ment", "ance", "ence", "sal",
                       "val", "ure")
# ... minus the common nouns with those endings that name things, places, states or groups.
NOT_EVENT_NOUNS = frozenset([
    "nation", "station", "information", "population", "generation", "location", "organization", "foundation",
    "administration", "association", "federation", "corporation", "institution", "constitution", "condition",
    "position", "edition", "tradition", "section", "fiction", "function", "option", "question", "session",
    "commission", "mission", "version", "television", "division", "pension", "tension", "permission",
    "government", "department", "management", "equipment", "apartment", "moment", "environment", "document",
    "element", "instrument", "parliament", "segment", "comment", "sentiment", "requirement", "statement",
    "agreement", "amendment", "movement", "tournament", "monument", "basement", "compartment", "supplement",
    "experience", "audience", "evidence", "science", "conference", "sentence", "difference", "distance",
    "balance", "finance", "insurance", "influence", "licence", "license", "silence", "violence", "confidence",
    "intelligence", "independence", "existence", "presence", "reference", "residence", "sequence", "evidence",
    "appliance", "alliance", "instance", "substance", "province", "prince", "ambulance", "entrance",
    "importance", "performance", "allowance", "assistance", "guidance", "maintenance", "ordinance",
    "capital", "hospital", "animal", "journal", "signal", "total", "interval", "rival", "festival", "oval",
    "nature", "culture", "future", "feature", "structure", "picture", "figure", "temperature", "literature",
    "furniture", "procedure", "measure", "pressure", "exposure", "legislature", "creature", "architecture",
    "sure", "pure", "lecture", "mixture", "texture", "posture", "treasure", "venture", "adventure",
    "proposal", "portal", "survival", "signal", "journal", "capital",
])
# ... and nouns named by the verb they share their form with or by usage, not morphology.
EVENT_NOUNS = frozenset([
    "launch", "release", "crash", "attack", "visit", "death", "birth", "wedding", "funeral", "election",
    "war", "lawsuit", "suit", "trial", "speech", "meeting", "strike", "merger", "deal", "sale", "dispute",
    "protest", "vote", "raid", "fire", "explosion", "shooting", "murder", "arrest", "surgery", "ceremony",
    "summit", "debate", "interview", "takeover", "bid", "purchase", "collapse", "outage", "recall", "ban",
    "rally", "concert", "flood", "earthquake", "storm", "hurricane", "accident", "crisis", "scandal",
    "return", "departure", "closure", "seizure", "failure", "disclosure", "debut", "premiere",
    "keynote", "win", "loss", "victory", "defeat", "injury", "killing", "bombing", "riot", "coup",
    "invasion", "ceasefire", "breakup", "split", "divorce", "hearing", "verdict", "ruling", "appeal",
    "upgrade", "update", "announcement", "unveiling", "opening", "signing", "move", "growth", "decline",
    "drop", "rise", "fall", "cut", "hike", "layoff", "layoffs", "leave", "absence", "appearance", "exit",
])
# Participant phrases of a nominal event: "Hale's resignation", "the launch of the app",
# "the Kestrel launch" (the name before the noun), "the attack by rebels".
NOMINAL_AGENT_DEPS = frozenset({"poss"})
NOMINAL_PATIENT_PREPS = frozenset({"of"})
# Summaries of a nominal event: the noun phrase, cut before these dependents.
NOMINAL_STOP_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})

# Page furniture that is no happening: an event whose sentence matches is dropped
# (calls to action, subscription and sharing prompts, credits, all-caps banners).
BOILERPLATE = re.compile(
    r"\b(?:click here|read more|sign up|subscribe (?:now|today|to)|follow us|share this|"
    r"all rights reserved|download (?:the|our) app|get the [a-z ]*app|newsletter|"
    r"cookies?|privacy policy|terms of (?:use|service)|advertisement|sponsored content|"
    r"continue reading|watch (?:the )?video|listen to (?:the )?podcast)\b", re.IGNORECASE)
# A run of all-caps words with a function word in it ("CLICK HERE TO GET THE APP") is a
# banner, not news prose (a dateline "NEW YORK CITY" has none).
BANNER = re.compile(r"\b(?:[A-Z]{2,}\s+)+(?:HERE|TO|THE|FOR|OUR|YOUR|NOW|FREE)(?:\s+[A-Z]{2,})+\b")
# A teaser line cut off by the page ("Stocks were mixed on Monday as ..."): an ellipsis
# at a line's end.
TEASER = re.compile(r"(?:\.\.\.|…)\s*(?:\n|$)")
# Adverbs before the verb a summary keeps: they change what is claimed ("reportedly
# reached", "never signed", "allegedly took").
HEDGES = frozenset(["reportedly", "allegedly", "apparently", "never", "not", "n't", "nearly", "almost",
                    "reputedly", "supposedly", "purportedly", "barely", "hardly", "no", "longer"])
# Pronouns a summary replaces by their entity's name outside its subject (persons only:
# "it" and "they" are too often resolved to the wrong thing).
PERSON_PRONOUNS = frozenset(["he", "she", "him", "her"])
# Pronoun subjects that leave an entry unreadable when their entity is unknown.
UNRESOLVED = frozenset(["it", "they", "this", "that", "these", "those", "he", "she", "we", "i", "you"])
# Verbs whose event summary shows what was said when the clause does not: sayings proper
# (not "dismissed", "called", "found", whose quotation is an object or a name).
SAYING_LEMMAS = frozenset(["say", "tell", "add", "write", "note", "explain", "ask", "insist", "argue", "state",
                           "reply", "respond", "warn", "claim", "continue", "acknowledge", "admit", "comment",
                           "conclude", "confirm", "declare", "deny", "stress", "urge", "tweet", "post",
                           "announce", "report", "observe", "recall", "quip", "joke", "remark", "predict"])
# Prepositions whose time is where something started or came from, not when the event
# happened ("postponed from its usual Saturday in May", "moved from March to June").
ORIGIN_PREPS = frozenset(["from"])
# Prepositions of a participle that tells how its governing act was done ("promoted it by
# saying ..."): the participle happens with it.
MANNER_PREPS = frozenset(["by"])
# Prepositions of an explicit back-reference to a dated occasion ("During the event").
LINK_PREPS = frozenset(["during", "at"])
# Determiners of such a back-reference: the occasion is one already told of ("at the
# conference", "during his keynote"), not a new one ("at a conference").
LINK_DETERMINERS = frozenset(["the", "that", "this", "his", "her", "its", "their"])
# Prepositions by which a dated clause places its occasion ("unveiled it at the fair on
# Monday", "gave a talk to the congress on Monday"): that occasion is dated with the clause.
OCCASION_PREPS = frozenset(["at", "during", "to", "in"])
# Support verbs whose object names the happening itself ("gave a speech on Monday", "held a
# hearing in May", "underwent surgery in 2009"): the event noun takes the verb's own time.
SUPPORT_VERBS = frozenset(["give", "hold", "deliver", "make", "conduct", "host", "stage", "undergo", "suffer",
                           "have", "attend"])
# Adverbs that make a clause habitual or place it before the news ("repeatedly stated",
# "previously said", "later charged"): no report of the day.
NOT_OF_THE_DAY = frozenset(["repeatedly", "often", "frequently", "regularly", "always", "usually", "long",
                            "previously", "once", "formerly", "later", "subsequently", "afterwards",
                            "afterward", "eventually", "then", "earlier", "again"])
