"""Nouns of people, which more than one layer reads: one definition each.

The entities layer (descriptors, nominals, relations), the quotes layer (who can speak)
and the events layer (who acts) all ask "is this noun a person?"; they import the answer
from here instead of keeping copies that drift apart.
Every word is lower case; gender is ``"m"``, ``"f"`` or ``None`` (unknown / either).
"""

from __future__ import annotations

from types import MappingProxyType


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Nouns that denote a person (the head of a descriptor: "the senator", "a teenager"):
# occupations, offices, roles in the news, and the person nouns news uses to refer back
# to someone; lower form -> gender.
_MALE = _words("""
businessman congressman strongman frontman spokesman man father boy gentleman dad
grandfather prince king duke stepfather fisherman gunman priest monk
""")
_FEMALE = _words("""
spokeswoman woman businesswoman actress congresswoman chairwoman mother girl lady mom
grandmother princess queen hostess waitress heiress duchess stepmother nun
""")
_EITHER = _words("""
actor adviser advisor aide analyst anchor architect artist athlete attorney author
billionaire blogger boss candidate ceo champion chef chief coach co-founder columnist
comedian commentator commissioner contestant correspondent creator critic dancer defendant
democrat designer diplomat director doctor economist editor entrepreneur executive expert
founder frontrunner front-runner general governor guitarist heir host influencer insider
investor journalist judge justice lawmaker lawyer leader legislator magnate manager mayor
minister model mogul musician native negotiator nominee novelist official officer owner
performer philanthropist photographer pianist player politician pollster president presenter
producer professor prosecutor publicist quarterback rapper reporter representative
republican researcher runner scientist secretary senator sheriff singer socialite songwriter
speaker spokesperson star strategist student surgeon teacher veteran vice victim writer
youtuber chairman dictator tycoon hopeful incumbent challenger opponent rival activist
advocate ambassador envoy campaigner celebrity personality icon legend superstar newcomer
filmmaker playwright poet drummer vocalist sportscaster broadcaster pundit consultant
surrogate narrator announcer questioner moderator voter resident supporter protester worker
farmer parent physician nurse chaplain historian biographer lobbyist staffer organizer
operative attorney-general defector detective investigator guest finalist member individual
vendor kid teenager youth winner captain goalkeeper striker referee survivor suspect
attacker assailant hostage prisoner inmate detainee migrant refugee immigrant citizen local
pilgrim tourist visitor passenger driver pilot soldier commander fighter militant rebel
demonstrator user customer consumer buyer seller employee engineer developer pupil graduate
curator councillor councilor delegate attendee participant fan gamer dignitary spectator
viewer reader shareholder volunteer organiser patient civilian trooper bishop scholar
""")
PERSON_NOUNS: MappingProxyType[str, str | None] = MappingProxyType(
    {**{w: None for w in _EITHER}, **{w: "m" for w in _MALE}, **{w: "f" for w in _FEMALE}})
