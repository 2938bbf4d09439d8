"""What a sum counts when its clause sets a portion of a whole at it: "Gletschbau put its share of
the claim at €190m", "the guaranteed part of the fee was nearer £60m", "the insurer's share of
the storm losses put at $410m". The sum is that portion of the whole the "of" phrase names (the
share of the claim), neither the whole (the claim) nor a bare "share", which names no quantity.

The portion noun (``portion_nouns`` of ``store/data/context.toml``) is the object of the verb
that sets the sum "at" ("put", "estimate", "value"), the subject of a passive or headline "put
at", or the subject of "be" or a verb of measure the sum completes; it stands before the sum,
within a few tokens. A portion with no "of" phrase ("the state's share is $3bn") is left alone:
what it is a share of is said elsewhere, if at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase, is_unit_noun
from store.extract.figures.counted_change import clause_node
from store.extract.figures.parse import pobj
from store.extract.figures.priced_each import DISTRIBUTIVE, ONE_OF_A_KIND
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

REACH = 12  # tokens before the sum the portion noun may stand at
AT_REACH = 3  # tokens before the sum its "at" may stand at ("at about", "at roughly")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NUMBERS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "DATE"})
# "each share of the lender", "one share of the bank": one unit of stock or of a kind, not a
# portion of a whole; what such a one is set at is its price
ONE_EACH = ONE_OF_A_KIND | DISTRIBUTIVE  # "a", "an", "one", "each", "every"
PRICE = "price"  # the verb of "was priced at"


def name_the_portion(fig: FoundFigure, span: Span) -> None:
    """A sum with no noun of its own (or one borrowed from the sentence, or the bare portion
    noun) that a portion of a whole is set at counts "<portion> of <whole>"."""
    if fig.base_unit not in units().currency_codes or fig.rate:
        return
    ctx = context_words()
    if fig.counted is not None and not fig.inherited and (
            fig.counted_head not in ctx.portion_nouns):
        return
    portion = _portion_set_at(span)
    if portion is None:
        return
    of = next((c for c in portion.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = pobj(of) if of is not None else None
    if whole is None or whole.pos_ != "NOUN" or whole.like_num or is_unit_noun(whole) or (
            whole.ent_type_ in NUMBERS or whole.lemma_.lower() in ctx.not_counted):
        return
    name = portion.lower_
    fig.counted = f"{name} of {counted_phrase(whole, None)}"
    fig.counted_head = f"{portion.lemma_.lower()} of {whole.lemma_.lower()}"
    fig.inherited = False


def _portion_set_at(span: Span) -> Token | None:
    """The portion noun the sum's clause sets at it, or None."""
    node = clause_node(span)
    head = node.head
    at = at_before(span)
    found = None
    if at is not None:
        if at.head.pos_ == "NOUN":
            found = at.head  # "estimate the city's portion of the bill at £12m", hung on the noun
        elif at.head.pos_ == "VERB":  # "put its share ... at", "share of the claim put at"
            found = next((c for c in at.head.children if c.dep_ == "dobj"), None) or next(
                (c for c in at.head.children if c.dep_ in SUBJECTS), None)
    elif head.pos_ in ("VERB", "AUX") and (
            head.lemma_.lower() in context_words().measure_verbs) and node.dep_ in (
            "attr", "acomp", "npadvmod", "dobj"):  # "the part of the fee was nearer £60m"
        found = next((c for c in head.children if c.dep_ in SUBJECTS), None)
    if found is None or found.tag_ != "NN" or (
            found.lemma_.lower() not in context_words().portion_nouns):
        return None  # ("shares of the lender closed at $4.10": stock, a price)
    if any(c.dep_ in ("det", "predet") and c.lower_ in ONE_EACH for c in found.children) or (
            found.head.lemma_.lower() in (*context_words().price_verbs, PRICE)):
        return None  # "each share of the lender was priced at $12.40": one unit's price
    if not span.start - REACH <= found.i < span.start:
        return None
    return found


def at_before(span: Span) -> Token | None:
    """The "at" right before the sum, past a qualifier or a quote ("at about €190m"), or None."""
    doc = span.doc
    for tok in reversed(doc[max(0, span.start - AT_REACH):span.start]):
        if tok.lower_ == "at" and tok.dep_ == "prep":
            return tok
        if not (tok.is_punct or tok.pos_ in ("ADV", "ADP", "ADJ") or tok.dep_ in (
                "advmod", "quantmod")):
            return None
    return None
