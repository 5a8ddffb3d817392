"""One-line event summaries with resolved names ("Ana Ruiz signed the lease")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.entities.index import EntityIndex

# Personal pronouns replaced by the entity's name in a summary (possessives are kept:
# "his wife" reads better than "Name wife").
PERSONAL = frozenset("he she they him her them it i we you me us".split())


def summarize(verb: Token, index: EntityIndex, max_tokens: int) -> str:
    """Subject (resolved to its entity's name) + verb + its complements, cut short.

    Pronouns and descriptors in the subject are replaced by the entity's name, so the
    summary reads on its own in a timeline. The words keep their original spacing.
    """
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    parts: list[str] = []
    if subj is not None:
        parts.append(_subject_name(subj, index) + " ")
    toks = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    toks.append(verb)
    count = 0
    for tok in verb.subtree:
        if tok.i <= verb.i:
            continue
        if tok.head == verb and (tok.dep_ in ("punct", "cc") or
                                 (tok.pos_ == "VERB" and tok.dep_ in ("conj", "advcl", "ccomp"))):
            break
        toks.append(tok)
        count += 1
        if count >= max_tokens:
            break
    for i, tok in enumerate(toks):
        word = _pronoun_name(tok, index) if tok.pos_ == "PRON" and tok.lower_ in PERSONAL else tok.text
        last = i == len(toks) - 1
        parts.append(word + ("" if last else (tok.whitespace_ or "")))
    text = "".join(parts).strip()
    if count >= max_tokens:
        text += " …"
    return " ".join(text.split())


def _pronoun_name(tok: Token, index: EntityIndex) -> str:
    ent = index.entity_at(tok.idx, tok.idx + len(tok.text)) if index else None
    return ent.name if ent is not None else tok.text


def _subject_name(tok: Token, index: EntityIndex) -> str:
    """The entity name for a subject phrase, or the phrase's own words when unresolved."""
    ent = index.entity_at(tok.idx, tok.idx + len(tok.text)) if index else None
    if ent is not None:
        return ent.name
    start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return tok.doc.text[start:end][:80]
