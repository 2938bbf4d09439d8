"""Speakers the parse leaves off their verb of saying: one named after the figure and hung on
its noun as an apposition ("The ferry line carried 81,000 cars, the head of Nordvik Shipping,
Lena Dahl, said"), and the second subject of a gapped clause ("the ministry puts the cost at 3
billion, the institute at 4 billion": the institute puts it at 4 billion). Both are news style;
the parse gives the verb no subject, or the first clause's subject to both figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.descriptions import descriptions

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
APPENDED_HOPS = 6  # heads climbed from the word before ", said" to the speaker's head noun
APPENDED_LINKS = frozenset({"appos", "pobj", "prep", "compound", "flat"})
GAPPED_HOPS = 3  # heads climbed from a figure to the "at" phrase it is the object of
NAME_WORDS = frozenset({"compound", "flat", "amod", "det"})
GAPPED_ROLES = frozenset({"appos", "conj", "dobj", "nsubj", "npadvmod"})



def prepositional_object(span: Span, hops: int) -> Token | None:
    """The token, the figure's root or one of its first ``hops`` heads, that is the object of a
    preposition ("puts the cost at 3 billion": the figure under "at"), or None: the climb the
    gapped-clause and the valuing rules share."""
    tok = span.root
    for _ in range(hops):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None

def appended_speaker(verb: Token) -> Token | None:
    """The speaker of a subjectless verb of saying right after a comma, when the parse hung it
    as an apposition on the noun before ("carried 81,000 cars, the head of Nordvik Shipping, Lena
    Dahl, said", "killed three people, the prefecture of Velm said"): the outermost apposition,
    set off by a comma, that runs to the verb (or to the comma right before it)."""
    doc = verb.doc
    if verb.i < 2:
        return None
    last = verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1
    tok, found = doc[last], None
    for _ in range(APPENDED_HOPS):
        if tok.dep_ == "appos" and tok.head.i < tok.i and tok.left_edge.i > 0 \
                and doc[tok.left_edge.i - 1].text == "," and tok.right_edge.i == last:
            found = tok
        if tok.dep_ not in APPENDED_LINKS or tok.head.i >= tok.i:
            break
        tok = tok.head
    if found is None or found.like_num or found.pos_ not in ("NOUN", "PROPN"):
        return None
    return found


def gapped_subject(span: Span) -> Token | None:
    """The subject of a gapped clause the figure stands in: "the ministry puts the cost at 3
    billion, the institute at 4 billion" (the parse hangs "the institute" on the first figure
    and the second "at" on the verb). Only a body or a name, set off by a comma right before
    the second of two like prepositions of one verb: "the price of bread at 2 euros, the price
    of milk at 1" names no one."""
    doc = span.doc
    tok = prepositional_object(span, GAPPED_HOPS)
    if tok is None:
        return None
    prep = tok.head
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    earlier = [c for c in verb.children
               if c.dep_ == "prep" and c.lower_ == prep.lower_ and c.i < prep.i]
    if not earlier or prep.i < 2:
        return None
    cand = doc[prep.i - 1]
    while cand.dep_ in NAME_WORDS and earlier[-1].i < cand.head.i < prep.i:
        cand = cand.head
    # whatever the parse made of it (an apposition to the first figure, a second object or a
    # conjunct of the verb), a phrase set off by a comma and ending at the second "at"
    if cand.dep_ not in GAPPED_ROLES or cand.right_edge.i != prep.i - 1 \
            or cand.left_edge.i <= earlier[-1].i or doc[cand.left_edge.i - 1].text != ",":
        return None
    return cand if names_a_body(cand) else None


def names_a_body(tok: Token) -> bool:
    """A name, or a noun for a body ("the institute", "the insurer"), by the curated
    descriptions of bodies (store/data/descriptions.toml)."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return False  # "the fee at 5 euros, Mondays at 3"
    if tok.ent_type_ in NAME_LABELS or (tok.pos_ == "PROPN" and tok.text[:1].isupper()):
        return True
    return any(rule.types & {"ORG", "PERSON"}
               for rule in descriptions().rules_for(tok.lemma_.lower()))
