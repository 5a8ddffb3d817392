"""Rule data for the events layer, apart from the logic."""

# Verbs that carry no happening of their own in news prose (copulas, modals, light
# verbs of perception/opinion); a clause headed by one is not an event.
NON_EVENT_LEMMAS = frozenset(["be", "have", "do", "seem", "appear", "become", "remain", "feel", "think", "believe", "know", "want", "need", "like", "love", "hope", "wish", "mean", "let", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "get", "go", "come", "make", "take", "keep"])

# Light verbs that are events when they have an object ("took up riding", "made a deal").
LIGHT_WITH_OBJECT = frozenset(["have", "get", "make", "take", "keep", "go", "come"])

# Dependency labels of clause heads that can be events.
CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "xcomp", "relcl", "pcomp", "acl"})

# Clause heads that hang off another clause: events only with a time of their own.
SUBORDINATE_DEPS = frozenset({"ccomp", "xcomp", "relcl", "pcomp", "acl"})

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
# Summaries are cut at this many tokens after the trigger.
SUMMARY_MAX_TOKENS = 9

# Inside a quotation these are its speaker.
FIRST_PERSON = frozenset(["i", "me", "we", "us"])

# Clause heads a report of the story can stand in (not a subordinate clause).
MAIN_DEPS = frozenset({"ROOT", "conj"})
# The story's own time: the article date, or a day this many days before it that the
# lead (the first sentences) states for its main clause ("Apple said Friday").
FRAME_WINDOW_DAYS = 7
FRAME_LEAD_SENTENCES = 4
