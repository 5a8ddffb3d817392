"""Function words per language, for the cheap language check in ``language.py``.

Rule data kept apart from the logic. Each list holds frequent function words (articles,
pronouns, prepositions, auxiliaries) of running text. The English list is the one that decides;
the others only name the language in the error message. English function words that are also
function words elsewhere ("a", "in", "on") are left out of the other lists.
"""

from __future__ import annotations

ENGLISH = frozenset("""
a about after against all also an and any are as at be been before being but by can could did
do does during for from had has have he her hers him his how i if in into is it its itself just
me more most my no not now of on one only or other our out over said says she should so some
such than that the their them then there these they this those through to too under up upon us
very was we were what when where which while who whom why will with would you your
""".split())

OTHERS: dict[str, frozenset[str]] = {
    "French": frozenset("""
        le la les des du un une et est dans pour que qui sur pas au avec ce il elle ne se sont
        par plus mais ou leur nous vous cette ces été être aux ont fait comme son sa ses
    """.split()),
    "German": frozenset("""
        der die das und ist nicht ein eine zu den dem mit sich des auf für von im auch es
        sie ich wir ihr sind wird werden wurde bei nach aus oder wie aber noch nur einen
    """.split()),
    "Spanish": frozenset("""
        el la los las de del que y en un una es por con para se su sus al lo como pero más
        este esta ha han fue ser muy también sin sobre entre porque cuando
    """.split()),
    "Italian": frozenset("""
        il lo la gli le di del della che e è un una per con non si sono da dei nel alla
        anche come più ma questo questa stato ha hanno essere
    """.split()),
    "Portuguese": frozenset("""
        o os as de do da dos das que e em um uma para com não se por mais foi ao à são
        como mas seu sua também ser está pelo pela
    """.split()),
    "Dutch": frozenset("""
        de het een en van is dat niet te zijn op voor met die er aan ook maar bij nog
        wordt werd hij zij ze ik wij naar dan
    """.split()),
}
