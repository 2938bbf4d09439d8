"""What an amount of money is given per when a noun of price names one of a kind: "the cost of
moving a 40-foot container has jumped to $3,400", "the spot rate for a box reached $4,100, up
from $2,150", "analysts put the cost of a container at $2,600". The amount (or its conversion
in brackets, or the level it moved from) is what the noun of price, the subject of its verb or
the object of "put", says of one thing, so it is per that thing, as "a ticket costs $35" is
per ticket. A price summed over many ("the average price of a home", "the record price for a
slot"), or one case supposed ("the cost of a new bridge would be $4bn"), is no price of one:
the amount stays a sum. The parse is read from the amount up to its verb, a few tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import governing_verb, in_subtree
from store.extract.figures.priced_each import ONE_OF_A_KIND, one_priced
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# how an amount hangs on its verb: its object or complement, through a preposition of level
# ("jumped to", "up from", "put ... at"), or as the conversion in brackets of one that does
PATH_DEPS = frozenset({"dobj", "attr", "pobj", "prep", "appos", "advmod", "npadvmod", "nmod"})
LEVEL_PREPOSITIONS = frozenset({"to", "from", "at", "of"})
HOLDERS = frozenset({"nsubj", "nsubjpass", "dobj"})  # where the noun of price stands
MAX_PATH = 6  # tokens from the amount up to its verb
# words before the thing priced that say one of the kind, not another kind: "a single ride"
ONE_OF_A_KIND_WORDS = frozenset({"single", "one-way", "return", "standard"})
# "a box of matches", "a box at the stadium": what it holds or where it stands makes it another
# thing than the trade's ("a box from Busan to Durban" is a container on its route)
PLACE_OR_CONTENT = frozenset({"of", "at", "in", "on", "inside"})


def priced_of(span: Span) -> str | None:
    """The one thing a noun of price before the amount names ("the cost of a container"), as
    a lemma, when the amount is what that noun's verb says of it; None for anything else (the
    module's docstring)."""
    verb = governing_verb(span)
    if verb.i >= span.start or not _level_of(span.root, verb):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "would be $4bn": one case supposed
    ctx = context_words()
    for holder in verb.children:
        if holder.dep_ not in HOLDERS or holder.i >= span.start or in_subtree(span.root, holder):
            continue
        if holder.lemma_.lower() not in ctx.price_nouns or _summed(holder):
            continue
        one = _thing_of(holder)
        if one is not None:
            return one
    return None


def _level_of(tok: Token, verb: Token) -> bool:
    """The amount is the level its verb gives: the object, or through "to", "from", "at"
    ("up from"), or the conversion in brackets of such an amount."""
    for _ in range(MAX_PATH):
        if tok.i == verb.i:
            return True
        if tok.dep_ not in PATH_DEPS or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ not in LEVEL_PREPOSITIONS:
            return False
        tok = tok.head
    return tok.i == verb.i


def _summed(noun: Token) -> bool:
    """A price over many ("average", "record", "highest"): an adjective on the noun, but one
    that says which price of the one thing is meant ("the retail price of a vial"), or a
    compound the curated words call a summary ("benchmark price")."""
    kinds = context_words().price_kind_words
    for child in noun.children:
        if child.tag_ in ("JJS", "JJR") or (
                child.dep_ == "amod" and child.lower_ not in kinds):
            return True
        if child.dep_ == "compound" and child.lemma_.lower() in context_words().summary_words:
            return True
    return False


def _thing_of(noun: Token) -> str | None:
    """The noun one of a kind ("a", "an", "one") in the "of" or "for" phrase of a noun of
    price, itself or the object of a verb in "-ing" there ("the cost of moving a container")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
                obj = next((c for c in obj.children if c.dep_ == "dobj"), obj)
            elif obj.dep_ != "pobj":
                continue
            dets = {c.lower_ for c in obj.children if c.dep_ in ("det", "nummod")}
            if not dets & ONE_OF_A_KIND or _kind_named(obj):
                continue
            one = one_priced(obj)
            if any(c.dep_ == "prep" and c.lower_ in PLACE_OR_CONTENT for c in obj.children):
                return one  # "a box of matches", "a box at the stadium": not a container
            return context_words().priced_synonyms.get(one or "", one)
    return None


def _kind_named(obj: Token) -> bool:
    """The thing priced has a word of its own before it that is no size ("a second runway", "a
    lunch box", "a new bridge"): one named thing, or one of another kind, not the unit a trade
    prices one at a time ("a 40-foot container", "a container")."""
    for c in obj.children:
        if c.i > obj.i or c.dep_ not in ("amod", "compound"):
            continue
        words = "".join(t.text_with_ws for t in c.subtree).strip().lower()
        if words not in ONE_OF_A_KIND_WORDS and not any(ch.isdigit() for ch in words):
            return True
    return False
