"""What a sum or a share counts when its clause is about a thing that has a price ("shares",
"the stock": ``[priced]`` of ``store/data/quantities.toml``) and names no noun of its own: "the
shares closed at 84 cents", "the stock ended the day at 312 rupees", "Orvex shares, which lost 9%
on Monday", "its shares have lost two-thirds of their value" give the share price, or its move.

The subject may stand in another clause of the sentence (a participle clause, a second verb, a
relative clause's antecedent) or be a pronoun for the subject of the sentence before ("They have
lost 40% since May"). A sum is a price only at a level a preposition sets ("at", "to", "from",
"by") of a verb with no object of its own: "wiping $2bn off the company's value" and "valuing
the firm at $2bn" are no price."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import governing_verb
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

CLAUSE_HOPS = 3  # clauses climbed from the figure's verb to one with a subject
LEVELS = frozenset({"at", "to", "from", "by"})  # "closed at 84 cents", "fell to 3 euros"
CARRIED = frozenset({"advcl", "conj", "xcomp"})  # clauses that share their head's subject
PRONOUNS = frozenset({"they", "it"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
VALUE = "value"  # "lost 94% of their value": the value of what has a price is its price


def priced_name(tok: Token) -> str | None:
    """The quantity a move of ``tok`` is a move of ("shares" -> "share price"), if it has a
    price; "share" alone is also a part of a whole ("the share of the vote"), so only its
    plural is priced."""
    lemma = tok.lemma_.lower()
    priced = quantity_classes().priced.get(lemma)
    if priced is None or (lemma == "share" and tok.tag_ != "NNS"):
        return None
    return priced


def priced_subject(span: Span) -> str | None:
    """The price the figure's clause is about: its subject's, found as the module says."""
    subject = _clause_subject(governing_verb(span))
    if subject is not None and subject.lower_ in PRONOUNS:
        subject = _subject_before(span)
    return priced_name(subject) if subject is not None else None


def name_the_price(fig: FoundFigure, span: Span) -> bool:
    """Name a sum at a level, or a share, that a priced subject's clause takes after the price;
    whether it did."""
    base = fig.base_unit
    money = base in units().currency_codes
    if not money and base not in ("percent", "fraction"):
        return False
    if money and not (span.root.dep_ == "pobj" and span.root.head.lower_ in LEVELS):
        return False
    owner = span.root.head.head if money else None
    priced = priced_name(owner) if owner is not None and span.root.head.lower_ == "at" and (
        owner.i < span.start) else None
    if priced is not None:  # "The shares, at €2.21 on Wednesday, have given back ...": an
        fig.counted, fig.counted_head = priced, priced.split()[-1]  # aside on the priced noun
        fig.inherited = True
        return True
    if any(c.dep_ == "dobj" and not span.start <= c.i < span.end
           for c in governing_verb(span).children):
        return False  # "valuing the firm at $2bn": the object's worth, not the price
    if of_a_size(span):
        return False  # "the stock was 38% smaller": a fish stock's size, no price
    priced = priced_subject(span)
    if priced is None:
        return False
    fig.counted, fig.counted_head = priced, priced.split()[-1]
    fig.inherited = True
    return True


def of_a_size(span: Span) -> bool:
    """Whether a share says how much smaller or larger a thing is ("38% smaller", ``[sized]``
    of ``store/data/quantities.toml``): a change of size, not of price."""
    sizes = quantity_classes().size_comparatives
    node = span.root
    return node.head.lower_ in sizes or any(
        t.lower_ in sizes for t in span.doc[span.end:min(len(span.doc), span.end + 1)])


def value_of_priced(span: Span, head: Token) -> str | None:
    """ "lost 94% of their value": a share of the value of what the clause is about, when that
    has a price, is a move of the price."""
    if head.lemma_.lower() != VALUE or head.dep_ != "pobj" or head.head.lower_ != "of":
        return None
    if not span.start <= head.head.head.i < span.end:
        return None  # the value is not what the figure is a share of
    return priced_subject(span)


def _clause_subject(verb: Token) -> Token | None:
    for _ in range(CLAUSE_HOPS):
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP")):
            return verb.head  # "Orvex shares, which lost 9%": the antecedent
        if subject is not None:
            return subject
        if verb.dep_ not in CARRIED:
            return None
        verb = verb.head
    return None


def _subject_before(span: Span) -> Token | None:
    """The subject of the sentence before (in the paragraph before too: a news paragraph is a
    sentence or two): what "they" or "it" most likely stands for at the head of a sentence."""
    sent = span.sent
    if sent.start == 0:
        return None
    prev = span.doc[sent.start - 1].sent
    return _clause_subject(prev.root)
