"""The one an amount is the price of when the parser misreads the verb of price as a noun: "A
Saturday ticket cost R$380", "a one-day pass for adults cost $45", where the past "cost" right
before the amount is taken for the noun "cost" compounded with the amount, so the sentence has
no subject and no verb for `priced_each` to read. The words themselves still say it: one of a
kind ("a", "an", "one") and its noun, then the verb of price, then the amount. The noun, in the
singular, is what the amount is per."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.priced_each import ONE_OF_A_KIND, one_priced
from store.extract.figures.priced_kind import no_kind
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

BACK = 8  # tokens before the verb of price the determiner of its subject may stand at


def priced_by_misread_verb(span: Span) -> str | None:
    """The noun of "a ... NOUN cost AMOUNT" when "cost" is parsed as a noun (see the module's
    docstring); None for anything else, and for "the cost of ..." or a verb the parse reads."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].pos_ != "NOUN" or doc[i].lower_ not in context_words().price_verbs:
        return None
    start = max(span.sent.start, i - BACK)
    det = next((t for t in reversed(doc[start:i]) if t.dep_ == "det"), None)
    if det is None or det.lower_ not in ONE_OF_A_KIND:
        return None
    noun = _head_of_phrase(doc[det.i + 1:i])
    if noun is None or no_kind(noun):  # "a strike at the port cost $50m": a loss, no price
        return None
    return one_priced(noun)


def _head_of_phrase(words: Span) -> Token | None:
    """The last common noun of the noun phrase ``words`` begin with, before a preposition ("a
    one-day ticket for Saturday": ticket); None if a verb or a punctuation mark other than a
    hyphen breaks it."""
    noun = None
    for tok in words:
        if tok.pos_ == "ADP":
            break
        if tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.tag_ != "HYPH"):
            return None
        if tok.pos_ == "NOUN":
            noun = tok
    return noun
