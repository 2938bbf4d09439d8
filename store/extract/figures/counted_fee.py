"""A sum given "for" a named person is the fee for that person: "Rovers signed Tom Baker from Hull
for £3.5m", "paid £48m for Ana Silva", "the striker Ivo Kranjc, signed from Split for €14m". The
verb (``person_fee_verbs`` of ``store/data/context.toml``: sign, sell, buy, hire, pay...) says a
person is engaged or transferred, and the sum is what that costs; a verb's own word of money
("payments") or no word at all says less. A noun of the sum's own ("a bid of £40m") is kept.
Reads the sum's verb and its phrases only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

FEE = "fee"
PERSON = "PERSON"


def name_the_fee(fig: FoundFigure, span: Span) -> None:
    """Name a sum a verb gives for a named person its fee, when it has no noun of its own (or
    only the word of money its verb gives)."""
    ctx = context_words()
    if fig.base_unit not in units().currency_codes or not (
            fig.counted is None or fig.counted in ctx.money_verbs.values()):
        return
    if _for_a_person(span, ctx.person_fee_verbs):
        fig.counted, fig.counted_head = FEE, FEE


def _for_a_person(span: Span, verbs: frozenset[str]) -> bool:
    """The sum is "for" a person on a verb of engaging one ("signed X for €14m"), or the object
    of such a verb with a "for" phrase of a person ("paid £48m for X")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "for":
        verb = root.head.head
        if verb.lemma_.lower() not in verbs:
            return False
        if verb.dep_ == "acl" and _named_person(verb.head):
            return True  # "Ivo Kranjc, signed from Split for €14m"
        return any(c.dep_ == "dobj" and _named_person(c) for c in verb.children)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in verbs:
        # the "for" phrase hangs on the verb or on the sum ("pay X a guaranteed £68m for Y")
        return any(c.dep_ == "prep" and c.lower_ == "for" and any(
            o.dep_ == "pobj" and _named_person(o) for o in c.children)
            for c in [*root.head.children, *root.children])
    return False


def _named_person(tok: Token) -> bool:
    """A person's name (its last word, as a name is headed), or a noun a name stands in
    apposition to ("the winger Ana Silva")."""
    return tok.ent_type_ == PERSON or any(
        c.dep_ in ("appos", "compound") and c.ent_type_ == PERSON for c in tok.children)
