"""Rule data of the entities layer: pronouns, titles, kinship and role nouns, given names.

Kept apart from the logic so it can grow without touching code. Every word list
is lower-case; gender is ``"m"``, ``"f"`` or ``None`` (unknown / either).
The lists were written by hand for English news in general (politics,
business, entertainment, sport); nothing here comes from a particular article.
"""

from __future__ import annotations

from dateline.lexicon.titles import HONORIFICS as HONORIFICS  # the gendered titles, for names.py


def _words(text: str) -> frozenset[str]:
    """A word list kept as text (whitespace-separated lower-case words), to stay readable."""
    return frozenset(text.split())

# Penn Treebank tags of the parse that rules of this layer test a token against.
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})  # a common noun, singular or plural
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})  # a proper noun, singular or plural
NOUN_TAGS = COMMON_NOUN_TAGS | PROPER_NOUN_TAGS
# A descriptor's head: a common noun, or a singular proper noun (a role word written with a
# capital, "the Senator", may be tagged NNP); a plural proper noun is not one.
DESCRIPTOR_HEAD_TAGS = COMMON_NOUN_TAGS | {"NNP"}

# spaCy NER label -> the contract's entity type. Labels absent here (DATE,
# CARDINAL, MONEY ...) are not entities.
LABELS = {"PERSON": "PERSON", "ORG": "ORG", "NORP": "OTHER", "GPE": "GPE", "LOC": "LOC",
          "FAC": "LOC", "EVENT": "EVENT", "WORK_OF_ART": "WORK", "PRODUCT": "OTHER",
          "LAW": "WORK", "LANGUAGE": "OTHER"}

# The last word of an ORG/other name that makes it an occasion, not an organisation
# ("the ... Film Awards", "... Convention" is ambiguous but in news mostly the event).
EVENT_HEADS = frozenset({
    "awards", "olympics", "games", "festival", "convention", "summit", "debate", "debates",
    "championship", "championships", "cup", "marathon", "gala", "ceremony",
    "primary", "caucuses", "expo", "fair", "tournament", "open", "oscars", "emmys",
    "grammys", "bowl", "series", "week",
})

# Third-person pronouns: lower form -> (gender, number). First/second person
# pronouns are the quotes layer's business (they refer to a quote's speaker).
PRONOUNS: dict[str, tuple[str | None, str]] = {
    "he": ("m", "sg"), "him": ("m", "sg"), "his": ("m", "sg"), "himself": ("m", "sg"),
    "she": ("f", "sg"), "her": ("f", "sg"), "hers": ("f", "sg"), "herself": ("f", "sg"),
    "they": (None, "pl"), "them": (None, "pl"), "their": (None, "pl"), "themselves": (None, "pl"),
}
# What a plural pronoun may refer to: organisations, groups, places, plural sources.
GROUP_TYPES = frozenset({"ORG", "OTHER"})

# Honorifics and titles written before a name (lower form without the dot -> gender) are
# the titles lexicon's ``HONORIFICS`` (imported above). A title is also a role when it
# names an office (see TITLE_ROLES).
TITLE_ROLES: dict[str, str] = {
    "president": "president", "vice": "vice president", "sen": "senator", "senator": "senator",
    "rep": "representative", "representative": "representative", "gov": "governor",
    "governor": "governor", "mayor": "mayor", "secretary": "secretary", "judge": "judge",
    "justice": "justice", "gen": "general", "general": "general", "col": "colonel",
    "lt": "lieutenant", "capt": "captain", "captain": "captain", "adm": "admiral",
    "sgt": "sergeant", "chancellor": "chancellor", "premier": "premier", "king": "king",
    "queen": "queen", "prince": "prince", "princess": "princess", "pope": "pope",
    "speaker": "speaker", "chairman": "chairman", "chairwoman": "chairwoman", "chair": "chair",
    "coach": "coach",
    "ambassador": "ambassador", "attorney": "attorney", "prime": "prime minister",
    "minister": "minister", "commissioner": "commissioner", "sheriff": "sheriff",
    "congressman": "congressman", "congresswoman": "congresswoman", "councilman": "councilman",
    "councilwoman": "councilwoman", "assemblyman": "assemblyman", "assemblywoman": "assemblywoman",
    "detective": "detective", "ag": "attorney general", "officer": "officer", "chief": "chief", "dr": "doctor",
}
TITLE_GENDER: dict[str, str] = {
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "congressman": "m",
    "congresswoman": "f", "councilman": "m", "councilwoman": "f", "assemblyman": "m",
    "assemblywoman": "f", "chairman": "m", "chairwoman": "f", "pope": "m",
}

# Kinship nouns: lower form -> (relation from the owner to the referent, gender, number).
# "her husband" = spouse of her; "his kids" = children of him; "her mother" = parent of her.
KINSHIP: dict[str, tuple[str, str | None, str]] = {
    "wife": ("spouse", "f", "sg"), "husband": ("spouse", "m", "sg"),
    "spouse": ("spouse", None, "sg"), "fiancé": ("spouse", "m", "sg"),
    "fiancée": ("spouse", "f", "sg"), "fiance": ("spouse", "m", "sg"),
    "fiancee": ("spouse", "f", "sg"), "widow": ("spouse", "f", "sg"),
    "widower": ("spouse", "m", "sg"),
    "son": ("child", "m", "sg"), "daughter": ("child", "f", "sg"), "child": ("child", None, "sg"),
    "baby": ("child", None, "sg"), "kid": ("child", None, "sg"), "stepson": ("child", "m", "sg"),
    "stepdaughter": ("child", "f", "sg"),
    "sons": ("child", "m", "pl"), "daughters": ("child", "f", "pl"), "children": ("child", None, "pl"),
    "kids": ("child", None, "pl"), "babies": ("child", None, "pl"), "twins": ("child", None, "pl"),
    "mother": ("parent", "f", "sg"), "father": ("parent", "m", "sg"), "mom": ("parent", "f", "sg"),
    "dad": ("parent", "m", "sg"), "mum": ("parent", "f", "sg"), "parents": ("parent", None, "pl"),
    "stepmother": ("parent", "f", "sg"), "stepfather": ("parent", "m", "sg"),
    "brother": ("sibling", "m", "sg"), "sister": ("sibling", "f", "sg"),
    "brothers": ("sibling", "m", "pl"), "sisters": ("sibling", "f", "pl"),
    "siblings": ("sibling", None, "pl"), "sibling": ("sibling", None, "sg"),
}
# Kin one has only one of at a time: two such phrases of one owner ("his father" ... "His
# father, X") are one person.
ONE_OF_A_KIND_KIN = frozenset({"father", "mother", "dad", "mom", "mum", "husband", "wife"})
# Words between a possessive and a kinship noun that do not change its meaning.
KIN_MODIFIERS = frozenset({"late", "former", "ex", "new", "newborn", "baby", "little", "older",
                           "younger", "eldest", "oldest", "youngest", "twin", "only", "two",
                           "three", "four", "five", "first", "second", "third", "beloved"})

# Heads that are about where a person comes from, not what they do.
ORIGIN_NOUNS = frozenset({"native"})
# Heads too generic to resolve to a person by salience alone: they refer back only to
# someone who already holds that role ("the president" after "President X").
GENERIC_HEADS = frozenset({"man", "woman", "girl", "boy", "lady", "gentleman", "source",
                           "official", "person", "victim", "defendant", "student", "player",
                           "officer", "president", "speaker", "secretary", "chief", "leader",
                           "governor", "mayor", "senator", "judge", "justice", "minister",
                           "vice", "general", "owner", "manager", "director", "executive",
                           "republican", "democrat", "candidate", "nominee", "king", "queen",
                           "prince", "princess", "doctor", "teacher", "representative",
                           "expert", "analyst", "reporter"})
# Unnamed sources: an indefinite or bare NP with this head is an entity of its own.
SOURCE_NOUNS = frozenset({"insider", "source", "sources", "official", "officials", "aide",
                          "aides", "spokesman", "spokeswoman", "spokesperson", "person",
                          "friend", "insiders", "adviser", "advisers", "advisor",
                          "staffer", "staffers", "witness", "witnesses", "observer",
                          "relative", "neighbor", "neighbour", "pal", "confidant",
                          "representative", "rep", "associate", "colleague"})
# Plural heads that make an unnamed group source ("sources said"); "people" is too generic.
PLURAL_SOURCES = frozenset({"sources", "officials", "aides", "insiders", "advisers", "staffers",
                            "witnesses"})
SOURCE_DETERMINERS = frozenset({"a", "an", "one", "another", "two", "three", "several",
                                "some", "many", "other", "senior"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
# Prepositions after a role noun that name the employer ("a spokesman for X").
EMPLOYER_PREPS = frozenset({"for", "at", "of", "with"})
MEMBER_HEADS = frozenset({"member", "members", "leader", "chairman", "chairwoman", "chair",
                          "founder", "co-founder"})

# Common given names with their usual gender. A hand-written list of frequent
# English given names (and names frequent in world news); unknown names stay neutral.
_MALE = (
    "aaron adam adrian al alan albert alec alex alexander alfred andrew andy anthony antonio "
    "arnold barack barry ben benjamin bernie bernard bill billy bob bobby brad bradley brandon "
    "brian bruce bryan carl carlos charles charlie chris christopher chuck clint colin craig "
    "dan daniel danny darren dave david dennis derek dick don donald doug douglas drew dwayne "
    "dylan ed eddie edward elijah elon emmanuel eric ethan evan frank fred gary gavin george "
    "gerald greg gregory harold harry henry howard hugh ian isaac jack jacob jake james jared "
    "jason jay jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan "
    "jordan jose joseph josh joshua juan justin keith ken kenneth kevin kim-jong kyle lance "
    "larry lawrence lee leo leonardo lindsey louis luis luke marco marcus mario mark martin "
    "matt matthew max michael miguel mike mitch mitt mohammed muhammad nathan neil nicholas "
    "nick noah oliver omar oscar pat patrick paul pete peter phil philip ralph randy ray "
    "raymond reince richard rick ricky rob robert robby robin rod roger ron ronald ross roy "
    "rudy russell ryan sam samuel scott sean sergei seth shaun shawn stephen steve steven "
    "stuart ted terry thomas tim timothy todd tom tommy tony travis trey tyler vince vincent "
    "vladimir walter wayne will william xi zach zachary dustin newt rand chad kanye jay-z "
    "miles luke jeremiah harvey benny bobbie corey cory jerome kurt mitchell kellen marcos "
    "hunter beau rex rupert boris emmanuel angus gordon hamish nigel jeremy sadiq recep "
    "narendra shinzo justin benjamin hassan bashar abdel ali ahmed hussein antonin abraham "
    "osama terence jorge merrick gonzalo rudolph karl tad sherrod marc sheldon victor darrell "
    "trevor fidel curt ari solomon edwin francisco hans lamar laurence leonard khizr amadou "
    "glen glenn gene wade dale kirk clay grant hank jake ted "
    "percy rudolph reggie ronnie lester wolf neil orrin harry mario enrique pedro rafael"
)
_FEMALE = (
    "abby abigail adele alexandra alexis alice alicia allison alyssa amanda amber amy ana "
    "andrea angela angelina ann anna anne annie april ariana ashley barbara betsy betty "
    "beyonce beyoncé brittany brooke caitlin caitlyn camila carly carol caroline carrie "
    "catherine cathy charlotte chelsea cheryl chloe chrissy christina christine cindy claire "
    "claudia courtney cynthia dana danielle deborah debbie debra denise diana diane donna "
    "dora doris dorothy elaine eleanor elizabeth ellen emily emma erica erin eva eve faith "
    "fiona gabrielle gina gloria grace gwen gwyneth hailey haley hannah heather heidi helen "
    "hillary hilary holly huma isabella ivana ivanka jackie jacqueline jane janet janice "
    "jasmine jean jeanne jenna jennifer jenny jessica jill jo joan joanna jodi jodie "
    "josephine joy joyce judith judy julia julie justine karen kate katherine kathleen kathy "
    "katie katy kay kayla kellyanne kelly kendall kerry kim kimberly kourtney kris kristen "
    "kristin kylie laura lauren leah linda lindsay lisa liz lois loretta lori lucy luna lynn "
    "madeleine madison mandy margaret maria mariah marie marilyn marion martha mary maxine "
    "megan meghan melania melanie melissa meryl mia michelle miley miranda molly monica "
    "nancy naomi natalie nicole nikki nina nora olivia paige pamela patricia paula peggy "
    "penny rachel rebecca reese regina rihanna rita rosa rose ruth sabrina sally samantha "
    "sandra sara sarah selena serena shannon sharon sheila shirley simone sofia sophia "
    "sophie stacey stephanie susan suzanne sylvia tammy tara taylor teresa theresa tiffany "
    "tina tracy valerie vanessa victoria virginia wendy whitney yvonne zoe angela theresa "
    "marine nicola hope kamala tulsi jill debbie dianne amy kirsten tammy condoleezza "
    "carly carla kara kasie katrina keisha kristina lena leslie-ann lorraine mallory "
    "megyn gennifer luciana barbra sonya carla krystal esther veronica adriana ava angelique "
    "neera margarita caryn patti nell azucena ruth-ann marsha "
    "connie bonnie minnie debbie kellie jenny betsy becky barb marsha marcia "
    "madonna oprah ivana khloe kourtney kris caitlyn blake gigi bella hailey"
)
GIVEN_NAMES: dict[str, str] = {**{n: "m" for n in _MALE.split()}, **{n: "f" for n in _FEMALE.split()}}
# Names that are common for both (or in either list by accident): no gender from them.
for _n in ("kim", "kelly", "robin", "taylor", "jordan", "dana", "pat", "lee", "jo", "kris",
           "blake", "jean", "kerry", "terry", "lindsey", "jamie", "casey", "sam", "alex",
           "leslie", "morgan", "bobbie"):
    GIVEN_NAMES.pop(_n, None)

# Capitalised words that spaCy may glue to a name but are not part of it.
NOT_NAME_WORDS = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov",
                            "president", "former", "late", "says", "said", "told", "and",
                            "but", "in", "on", "at", "for", "with", "by", "of", "to", "as",
                            "when", "while", "after", "before", "since", "if", "it", "this",
                            "that", "these", "those", "he", "she", "they", "we", "i", "you"})

# Nouns that denote an organisation when they head a noun phrase ("the firm", "the
# 300-member union", "a software maker"): the type a descriptor with this head has.
ORG_NOUNS = _words("""
company companies firm firms corporation corporations business businesses conglomerate giant
maker makers manufacturer manufacturers retailer retailers supplier suppliers provider
providers carrier carriers airline airlines bank banks lender insurer startup start-up
subsidiary subsidiaries division divisions unit studio studios label labels publisher
publishers newspaper newspapers magazine network networks broadcaster chain operator
operators group groups team teams club clubs party parties government governments
administration agency agencies organization organizations organisation organisations union
unions council councils committee committees commission board ministry department court
courts parliament congress senate legislature cabinet army armies military navy police
militia militias regime opposition authority authorities bureau charity charities foundation
institute association federation alliance coalition movement league church churches school
schools university universities college hospital hospitals band orchestra squad crew
delegation media press junta rebels side outlet outlets lab laboratory exchange watchdog
regulator regulators prosecutors tribunal consortium cartel gang gangs office community
communities chapter garrison panel family families camp faction wing clan tribe dynasty
""")
# Nouns that denote a place ("the country", "the capital", "its headquarters").
PLACE_NOUNS = _words("""
country countries nation nations state states city cities town towns village villages
capital region regions province provinces county counties district districts territory
territories island islands continent neighborhood neighbourhood municipality municipalities
constituency constituencies camps border coast sea river headquarters airport port harbour
harbor prison jail gallery museum mosque temple cathedral park square memorial world earth
planet valley suburb suburbs homeland kingdom republic peninsula stadium arena campus
embassy consulate base compound site venue store stores shop shops factory factories plant
hotel building buildings hall halls floor room cell lobby booth garden gardens station
stations location scene water waters area areas street road highway bridge house residence
palace villa farm tower beach lake forest
""")
# Plural nouns for groups of people beyond the plurals of person nouns (dateline/lexicon.py, "users",
# "residents", "the 3,000 attendees").
PEOPLE_NOUNS = _words("""
people persons users customers consumers buyers shoppers owners developers engineers
employees workers staff members fans voters residents citizens locals refugees migrants
immigrants seekers children girls boys women men teenagers youths youth families visitors
participants attendees spectators crowds crowd audience pilgrims soldiers troops investors
shareholders gamers players patients survivors victims dignitaries celebrities councillors
councilors politicians lawmakers legislators protesters demonstrators activists critics
supporters opponents scientists researchers experts analysts executives officials leaders
students teachers doctors nurses parents viewers readers listeners subscribers passengers
travellers travelers tourists inhabitants civilians militants fighters officers guards
journalists reporters delegates candidates winners competitors athletes farmers volunteers
organizers organisers hackers muslims christians jews buddhists hindus
""") | frozenset({"police officers"})
# Place nouns that a named country or state can be referred back to with.
# What "it takes" measures when the "it" is empty ("it takes time to", "it took a lot of
# courage"): lemmas of the object of "take".
TAKEN_AMOUNTS = frozenset({"time", "year", "month", "week", "day", "hour", "minute", "second",
                           "while", "moment", "lot", "effort", "work", "courage", "money",
                           "patience", "skill", "practice", "luck", "more", "less"})
# Participles that give a person a name ("a man named X", "a singer known as X"), and
# the prepositions of "goes by the name X", "under the name X".
NAMING_PARTICIPLES = frozenset({"named", "called", "nicknamed", "dubbed", "surnamed", "christened",
                                "labelled", "labeled"})
NAME_PREPS = frozenset({"by", "under"})
# "the former" / "the latter" as a noun phrase: the earlier or the later of the two
# entities named just before (-> how many back).
ORDINAL_REFERENCES = {"former": 1, "latter": 0}
# Relative pronouns that stand for their antecedent as a clause's subject ("Ferrand, who
# told Alcaraz he ...": the one who told is Ferrand).
RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})
COUNTRY_NOUNS = frozenset({"country", "nation", "state", "kingdom", "republic", "homeland"})
# Roles the tagger may glue to the end of an organisation's name ("the Acme Spokesperson"):
# a person of the organisation, not part of its name.
ORG_ROLE_SUFFIXES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokesmen", "chairman",
                               "chairwoman", "minister", "commissioner", "director", "ceo"})
# Words after an organisation's name that do not change what it names ("Norvale Inc.",
# "Norvale Computer", "Norvale Group"): dropped when name variants are compared.
ORG_DESIGNATORS = frozenset({
    "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company",
    "ltd", "ltd.", "limited", "plc", "llc", "l.l.c.", "lp", "ag", "sa", "s.a.", "n.v.",
    "gmbh", "group", "holdings", "holding", "computer", "computers", "international",
    "technologies", "systems",
})
# Words in an organisation name that mark it as one, whatever NER said.
ORG_MARKERS = frozenset({"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc",
                         "llc", "gmbh", "co.", "incorporated"})

# Neuter pronouns: an organisation, a place or a thing ("its headquarters").
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
# First-person pronouns: lower form -> number. Inside a quotation they are its speaker.
FIRST_PERSON: dict[str, str] = {
    "i": "sg", "me": "sg", "my": "sg", "mine": "sg", "myself": "sg",
    "we": "pl", "us": "pl", "our": "pl", "ours": "pl", "ourselves": "pl",
}
# Relative pronouns that show whether the name they follow is a person ("X, who").
PERSON_RELATIVES = frozenset({"who", "whom"})
THING_RELATIVES = frozenset({"which"})
# Common alternative names of countries (one group per country, all lower case).
COUNTRY_ALIASES: tuple[frozenset[str], ...] = (
    frozenset({"united states", "united states of america", "u.s.", "us", "usa", "u.s.a.",
               "america", "the united states", "the us", "the u.s."}),
    frozenset({"united kingdom", "uk", "u.k.", "britain", "great britain", "the uk",
               "the united kingdom"}),
    frozenset({"north korea", "dprk", "democratic people's republic of korea"}),
    frozenset({"south korea", "republic of korea", "rok"}),
    frozenset({"soviet union", "ussr"}),
    frozenset({"united arab emirates", "uae"}),
    frozenset({"european union", "eu", "e.u."}),
)
# Singular-looking nouns that take plural agreement ("the police say they").
PLURAL_NOUNS = frozenset({"people", "police", "staff", "crew", "military", "media"})
# spaCy labels of names that are as often adjectives ("Afghan", "English") as entities.
ADJECTIVAL_LABELS = frozenset({"NORP", "LANGUAGE"})
# Organisation nouns news uses to refer back to the company it named ("Acme ... the
# firm"): a definite one takes the salient named organisation. Others ("the court",
# "the party", "the hospital") refer back only to a name that holds the word.
COMPANY_NOUNS = frozenset({
    "company", "firm", "corporation", "business", "conglomerate", "giant", "maker",
    "manufacturer", "retailer", "supplier", "provider", "carrier", "airline", "bank",
    "lender", "insurer", "startup", "start-up", "group", "chain", "operator", "publisher",
    "broadcaster", "network", "studio", "label", "developer",
})
# What a speaker calls the organisation they speak for ("the team was emotional", said its
# coach; "the company will appeal", said its spokeswoman).
SPEAKERS_SIDE_NOUNS = frozenset({"team", "side", "club", "squad", "company", "firm"})
# Person nouns that news also says of organisations ("Acme, a leader in networking",
# "the producer of the phone", "its rival"): in apposition to a name they do not make
# it a person, and they may stand for an organisation.
ROLE_METAPHORS = frozenset({
    "leader", "producer", "pioneer", "champion", "partner", "owner", "operator", "developer",
    "creator", "designer", "publisher", "sponsor", "rival", "competitor", "winner", "veteran",
    "player", "newcomer", "member", "star", "icon", "legend", "investor", "seller", "buyer",
    "supporter", "opponent", "critic", "challenger", "incumbent", "host", "founder", "employer",
})
# Verbs whose predicate noun says what their subject is ("Moreau was a volunteer").
COPULAS = frozenset({"be"})
# Determiners of a predicate or apposition that still describes one entity ("a", "the");
# others ("no", "every", "any") do not.
PREDICATE_DETERMINERS = frozenset({"a", "an", "the", "this", "that"})
# Nouns that make the one-word name they govern a place: "mayor of X", "the residents of
# X", "the X town council", "the X ferry pier". Against the tagger's PERSON for a word
# that is no given name and has no person evidence in the article.
PLACE_OF_HEADS = frozenset({
    "mayor", "governor", "council", "city", "town", "village", "county", "province",
    "residents", "inhabitants", "citizens", "outskirts", "suburbs", "streets", "centre",
    "center", "harbour", "harbor", "port", "pier", "airport", "station", "municipality",
    "state", "island", "country", "nation", "kingdom", "republic", "borough", "district",
})
# Nouns that take a name with "of" and are that named thing ("the city of Lyon", "the
# church of X", "the island of Crete"); not "the capital of X" (another place).
NAMING_OF_NOUNS = frozenset({
    "city", "town", "village", "state", "province", "county", "island", "country", "nation",
    "kingdom", "republic", "municipality", "borough", "district", "church", "religion",
})
# Words that qualify a place's name as a part of it or another place ("North Korea",
# "South Sudan", "New York", "Upper Egypt").
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                           "western", "central", "upper", "lower", "new", "greater"})
