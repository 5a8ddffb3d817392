"""One-line event summaries with resolved names ("Ana Ruiz signed the lease")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.entities.index import EntityIndex

# Personal pronouns replaced by the entity's name in a summary (possessives are kept:
# "his wife" reads better than "Name wife").
PERSONAL = frozenset(["he", "she", "they", "him", "her", "them", "it", "i", "we", "you", "me", "us"])


def summarize(verb: Token, index: EntityIndex, max_tokens: int, agent: str | None = None,
              voice: Callable[[Token], str | None] | None = None) -> str:
    """Subject (resolved to its entity's name) + verb + its complements, cut short.

    Pronouns and descriptors in the subject are replaced by the entity's name, so the
    summary reads on its own in a timeline. The words keep their original spacing.
    """
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    parts: list[str] = []
    if subj is not None:
        parts.append(((voice(subj) if voice else None) or _subject_name(subj, index)) + " ")
    elif agent:  # a participle or infinitive clause ("revealing in May that ..."): name its doer
        parts.append(agent + " ")
    toks = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    toks.append(verb)
    count = 0
    # The verb's right-hand complements, whole, up to the first coordinated or adverbial
    # clause or punctuation: "told her followers", "revealed that she had moved".
    for child in verb.rights:
        if child.dep_ in ("punct", "cc") or (child.pos_ in ("VERB", "AUX") and child.dep_ in ("conj", "advcl")):
            break
        for tok in child.subtree:
            toks.append(tok)
            count += 1
            if count >= max_tokens:
                break
        if count >= max_tokens:
            break
    for i, tok in enumerate(toks):
        word = ((voice(tok) if voice else None) or _pronoun_name(tok, index)) if _replaceable(tok) else tok.text
        last = i == len(toks) - 1
        parts.append(word + ("" if last else (tok.whitespace_ or "")))
    text = "".join(parts).strip()
    if count >= max_tokens:
        text += " …"
    return " ".join(text.split())


def _replaceable(tok: Token) -> bool:
    """A personal pronoun that reads well replaced by a name: not a possessive ("her husband"),
    not one fused with a contraction ("she'd")."""
    if tok.pos_ != "PRON" or tok.lower_ not in PERSONAL or tok.dep_ == "poss" or tok.tag_ == "PRP$":
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not (nxt is not None and not tok.whitespace_ and nxt.text[:1] in "'’")


def _pronoun_name(tok: Token, index: EntityIndex) -> str:
    ent = index.entity_at(tok.idx, tok.idx + len(tok.text)) if index else None
    return ent.name if ent is not None else tok.text


def _subject_name(tok: Token, index: EntityIndex) -> str:
    """The entity name for a subject phrase, or the phrase's own words when unresolved."""
    ent = index.entity_at(tok.idx, tok.idx + len(tok.text)) if index else None
    if ent is not None:
        return ent.name
    # Span.text, not doc.text: spaCy rebuilds doc.text from every token on each access.
    return tok.doc[tok.left_edge.i: tok.right_edge.i + 1].text[:80]
