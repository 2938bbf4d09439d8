"""What a sum paid is paid for, or in: "a household will pay R1,600 for its electricity" is a
payment for electricity, "the firm paid £4m a year in business rates" is business rates. The
verb alone says only that money changed hands ("payments"), which every sum paid in a story
shares; the "for" or "in" phrase on the verb tells this sum from the others. A "for" phrase of
one thing ("paid $3m for a berth": its price), of each one ("for each family": per family), of
a time ("for years"), of a person, body or place ("paid $900 for the victims") is read
elsewhere or not at all. Reads the verb's own phrases only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import context_words, paid_in_nouns
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FOR, IN = "for", "in"
PHRASE_REACH = 6  # words either side of the noun its phrase is read over for a name
PER_REACH = 10  # tokens after the sum a per-one phrase may stand at (brackets included)
_PER = frozenset({"a", "an", "per"})
_EACH = frozenset({"each", "apiece"})
PAYMENTS_FOR = "payments for"
# a "for" phrase of one thing, of each one, or of no thing at all
_ONE_OR_EACH = frozenset({"a", "an", "one", "each", "every", "per", "the first", "this", "that",
                          "these", "those", "what", "which"})
_NOT_PAID_FOR = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "DATE", "TIME", "MONEY",
                           "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"})
_NAMES = frozenset({"PERSON", "ORG", "NORP"})  # a person or a body named in the phrase
# "for the first time", "for now", "for free", "for sure": phrases of time or manner
_NOT_THINGS = frozenset({"time", "now", "free", "sure", "years", "year", "months", "month",
                         "weeks", "week", "days", "day", "decades", "while", "nothing", "all",
                         "it", "them", "themselves", "itself", "himself", "herself", "example",
                         "instance", "life", "good", "real", "certain"})


def paid_for_or_in(verb: Token, span: Span) -> str | None:
    """ "payments for electricity" or "business rates" for a sum ``span`` that ``verb`` (pay)
    moves, from the verb's "for" or "in" phrase; None when it has no such phrase of a thing, or
    when the sum is paid per one of something ("€2,000 a hectare for plots that lost half their
    crop": the "for" phrase says who may claim the payment, not what it buys)."""
    if _per_one(span):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in (FOR, IN) or span.start <= prep.i < span.end:
            continue
        noun = next((t for t in prep.children if t.dep_ == "pobj"), None)
        if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in _NOT_PAID_FOR:
            continue
        if prep.lower_ == IN:
            if noun.lemma_.lower() in paid_in_nouns():
                return _phrase(noun)
            continue
        if _a_thing_paid_for(noun):
            return f"{PAYMENTS_FOR} {_phrase(noun)}"
    return None


def _a_thing_paid_for(noun: Token) -> bool:
    """A thing bought in bulk or a service ("its electricity", "new tram lines"), not one thing,
    each one, a time, a person or a currency."""
    lemma, lower = noun.lemma_.lower(), noun.lower_
    if lower in _NOT_THINGS or lemma in _NOT_THINGS:
        return False
    if any(c.dep_ in ("relcl", "acl") for c in noun.children):
        return False  # "for farms that lost half their crop": who may claim, not what is bought
    doc = noun.doc
    phrase = doc[max(noun.left_edge.i, noun.i - PHRASE_REACH):min(noun.right_edge.i + 1,
                                                                  noun.i + 1 + PHRASE_REACH)]
    if any(t.ent_type_ in _NAMES for t in phrase):
        return False  # "for the centre-back Tom Baker": a player's fee, read elsewhere
    if any((c.dep_ in ("det", "nummod", "quantmod") and c.lower_ in _ONE_OR_EACH | {"one"})
           or c.like_num for c in noun.children):
        return False
    lex = units()
    if lemma in lex.currency_words or lemma in context_words().rate_period_words:
        return False
    return lex.count_classes.get(lemma) != "people"


def _per_one(span: Span) -> bool:
    """The sum is given per one of something right after it, a conversion in brackets aside
    ("€2,000 a hectare", "$900 per family", "2m rand each"); a period ("a month", "a year") is
    a rate of time, which leaves the sum a payment for what it names."""
    doc = span.doc
    periods = context_words().rate_period_words
    end = min(len(doc), span.end + PER_REACH)
    i = span.end
    if i < end and doc[i].text == "(":
        i = next((t.i + 1 for t in doc[i:end] if t.text == ")"), i)
    if i < end and doc[i].lower_ in _EACH:
        return True
    if i + 1 < end and doc[i].lower_ in _PER and doc[i + 1].pos_ == "NOUN":
        return doc[i + 1].lemma_.lower() not in periods and doc[i + 1].lower_ not in periods
    return False


def _phrase(noun: Token) -> str:
    """The noun with the compounds and adjectives right before it ("business rates", "new
    tram lines"), as written."""
    start = noun.i
    doc = noun.doc
    while start > 0 and doc[start - 1].head.i == noun.i and doc[start - 1].dep_ in (
            "compound", "amod"):
        start -= 1
    return doc[start:noun.i + 1].text


def head_of_moved(counted: str) -> str:
    """The head of what a verb of money moves: "payments" of "payments for electricity" (still
    a payment, as the verb alone says), else the phrase itself."""
    return counted.split()[0] if counted.startswith(f"{PAYMENTS_FOR} ") else counted
