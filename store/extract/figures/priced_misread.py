"""The one an amount is the price of when the parser misreads the verb of price as a noun: "A
Saturday ticket cost R$380", "a one-day pass for adults cost $45", where the past "cost" right
before the amount is taken for the noun "cost" compounded with the amount, so the sentence has
no subject and no verb for `priced_each` to read. The words themselves still say it: one of a
kind ("a", "an", "one") and its noun, then the verb of price, then the amount. The noun, in the
singular, is what the amount is per."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.priced_each import DISTRIBUTIVE, ONE_OF_A_KIND, one_priced
from store.extract.figures.priced_kind import no_kind
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

KINDS = ONE_OF_A_KIND | DISTRIBUTIVE  # "a", "an", "one", "each", "every"
BACK = 12  # tokens before the verb of price the determiner of its subject may stand at
NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
HYPHENS = ("-", "\u2013")


def priced_by_misread_verb(span: Span) -> str | None:
    """The noun of "a ... NOUN cost AMOUNT" when "cost" is parsed as a noun (see the module's
    docstring); None for anything else, and for "the cost of ..." or a verb the parse reads."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].pos_ != "NOUN" or doc[i].lower_ not in context_words().price_verbs:
        return None
    words = misread_subject(doc[i])
    return one_priced(words[-1]) if words else None


def misread_subject(verb: Token) -> list[Token]:
    """The words of the subject before ``verb`` up to its noun ("one-way adult ticket" of "a
    one-way adult ticket on the crossing"), when a determiner of one of a kind opens it and no
    verb, modal or clause boundary stands between; else nothing. A determiner right after a
    preposition opens no subject ("the takeover of an airline cost", "fees for a single trial
    cost": the airline and the trial are not what cost the sum), and a span of time, an event or
    a mishap has no price (``priced_kind``)."""
    doc = verb.doc
    start = None
    for tok in reversed(doc[max(verb.sent.start, verb.i - BACK):verb.i]):
        if tok.lower_ in KINDS and tok.tag_ in ("DT", "CD", "PDT") and (
                doc[tok.i + 1].text not in HYPHENS):  # not "one-way"
            start = tok.i
            break
        if tok.tag_.startswith("VB") or tok.tag_ == "MD" or (
                tok.is_punct and tok.text not in HYPHENS):
            return []
    if start is None or (start > verb.sent.start and doc[start - 1].pos_ == "ADP"):
        return []
    words: list[Token] = []
    for tok in doc[start + 1:verb.i]:
        if tok.tag_ == "IN":
            break  # "a ticket on the crossing": the noun before the preposition
        words.append(tok)
    if not words or words[-1].tag_ not in NOUNS or no_kind(words[-1]):
        return []
    return words
