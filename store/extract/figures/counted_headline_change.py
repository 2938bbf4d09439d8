"""A headline's verbless change: "Occupancy up 2.4 points", "Profits down 12% at the brewer",
"Ridership down 8%". Headline English drops the verb and says "X up N" for "X rose N": the share
measures the change in X, the noun "up" or "down" stands beside. The parser hangs such a
fragment on the verb of the clause after it ("...; a double room now costs €310"), so the rules
that read a verb's subject find the wrong one, or none; the fragment itself names X. So does
the same fragment after "with" in running text ("With bread prices up 9% this year, the bakery
cut 12 jobs"), which is no headline but drops the verb alike. A move of a thing with a price
("Orvex shares down 6%") is a move of its price, as with a verb ("shares fell 6%")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import compound_counted, counted_phrase
from store.extract.figures.counted_price import priced_name
from store.extract.figures.counted_share import SHARES_AND_POINTS
from store.extract.figures.parse import group_in
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

SHARES = SHARES_AND_POINTS | {"points", "basis points"}
DIRECTIONS = frozenset({"up", "down"})


def _direction(node: Token) -> Token | None:
    """The "up" or "down" a share hangs on: as the change ("up 2.0%") or as the level the change
    ends at ("down 0.6 points to 4.3%")."""
    if node.head.lower_ in DIRECTIONS:
        return node.head
    to = node.head
    if node.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ in DIRECTIONS:
        return to.head
    return None


def _changed_noun(span: Span) -> Token | None:
    """The noun of "X up N%" the share hangs on, directly or through "up" or "down": the
    subject the parser gives "up" itself when the fragment carries a phrase of its own ("Rents
    in the capital up 2.0% in three months", "vacancy rate down 0.6 points to 4.3%"), else the
    noun "up" modifies."""
    node = span.root
    direction = _direction(node)
    own = next((c for c in direction.children if c.dep_ == "nsubj" and c.i < direction.i),
               None) if direction is not None else None
    if own is not None:
        noun = own
    elif direction is not None and direction.dep_ == "advmod":
        noun = direction.head
    else:
        noun = node.head
        direction = next((c for c in noun.children if c.dep_ == "advmod"
                          and c.lower_ in DIRECTIONS and c.i < span.start), None)
    if direction is None or noun.i >= direction.i or noun.i == node.i:
        return None
    # a common noun, or a capitalised first word the tagger took for a name ("Occupancy"), or
    # a plural the tagger took for a verb ("Orvex shares down 6%")
    misread = _plural_read_as_verb(noun, direction)
    common = noun.pos_ == "NOUN" or misread or (noun.pos_ == "PROPN" and not noun.ent_type_
                                                 and noun.i == noun.sent.start)
    # the fragment may stand alone, or after "with" ("With bread prices up 9%, the bakery ..."),
    # English's other verbless clause
    after_with = noun.dep_ == "pobj" and noun.head.lower_ == "with"
    # or the fragment the parser made the complement of the next clause's verb ("Tea shares
    # down 11.6% since the storm; insurers face ...")
    hung = noun.dep_ == "ccomp" and noun.head.i > span.end
    # or a fragment after a semicolon the parser joined to the clause before ("Orvex fined $4m
    # after leak; shares down 19%")
    hung = hung or _after_semicolon(noun)
    if not common or (noun.dep_ not in ("dep", "ROOT", "nsubj") and not after_with and not hung):
        return None
    ctx = context_words()
    if priced_name(noun) is not None or misread:
        return noun  # "Orvex shares down 6%": the share price, which the caller names
    if noun.lemma_.lower() in ctx.not_counted:  # "vacancy rate down 0.6 points": vacancies
        return compound_counted(noun, ctx)
    return noun


def _after_semicolon(noun: Token) -> bool:
    """A noun the parser joined as a conjunct to a word before a semicolon between them: a
    headline's second fragment ("...; shares down 19%")."""
    return noun.dep_ == "conj" and noun.head.i < noun.i and any(
        t.text == ";" for t in noun.doc[noun.head.i + 1:noun.i])


def _plural_read_as_verb(word: Token, direction: Token | None) -> bool:
    """ "Brennock shares down 6.3%": a plural of a thing with a price (``[priced]`` of
    ``store/data/quantities.toml``) the tagger read as a verb of the third person, with "up" or
    "down" after it and no object of its own; a subject it may have is the name right before
    it, which the tagger made the verb's ("Brennock"), not a sharer."""
    return (word.tag_ == "VBZ" and direction is not None and direction.head.i == word.i
            and word.lemma_.lower() in quantity_classes().priced
            and not any(c.dep_ in ("dobj", "nsubjpass") or (
                c.dep_ == "nsubj" and (c.pos_ != "PROPN" or c.i != word.i - 1))
                for c in word.children))


def _priced(noun: Token) -> str | None:
    """The price a move of the noun is a move of, for a plural read as a verb too."""
    priced = priced_name(noun)
    if priced is None and noun.tag_ == "VBZ":
        priced = quantity_classes().priced.get(noun.lemma_.lower())
    return priced


def name_the_headline_change(fig: FoundFigure, span: Span) -> None:
    """Give a share of "X up N%" with no noun of its own the X that changed."""
    noun = _changed_noun(span) if fig.counted is None and fig.base_unit in SHARES else None
    priced = _priced(noun) if noun is not None else None
    if priced is not None:  # "Orvex shares down 6%": a move of the share price
        fig.counted, fig.counted_head = priced, priced.split()[-1]
    elif noun is not None:
        fig.counted, fig.counted_head = (counted_phrase(noun, group_in(list(noun.lefts))),
                                         noun.lemma_.lower())
