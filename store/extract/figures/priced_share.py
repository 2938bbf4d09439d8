"""A company's share price: "shares in the bank fell 4% to $12.30", "its stock closed at $80",
"the share price rose to 412p". The amount is the level that the shares (or their price) moved
to or stood at, after "to" or "at" on the verb whose subject they are; it is the price of one
share, so it is given per share whatever the currency."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# the subject, or the object a verb sets at the amount ("put the value of the shares at €2.90");
# never a passive subject ("the shares were sold at $4bn": a sale in all, no price of one)
ARGUMENTS = ("nsubj", "dobj")
WORTH = frozenset({"price", "value"})  # what of a share an amount may be said to be
LEVEL_PREPOSITIONS = frozenset({"to", "at"})


def priced_per_share(span: Span) -> str | None:
    """ "share" when the amount stands after "to" or "at" on a verb whose subject (or object),
    before the amount, is shares or stock, or the price or value of them, or on such a noun
    itself ("the shares, at €2.21, ..."); None otherwise (the module's docstring)."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in LEVEL_PREPOSITIONS:
        return None
    shares = context_words().share_nouns
    verb = prep.head
    if verb.pos_ in ("NOUN", "PROPN"):
        return "share" if verb.lemma_.lower() in shares and verb.i < span.start and (
            _uncounted(verb)) else None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for noun in verb.children:
        if noun.dep_ in ARGUMENTS and noun.i < span.start and _of_shares(noun, shares):
            return "share"
    return None


def _of_shares(noun: Token, shares: frozenset[str]) -> bool:
    """Shares or stock, or a price or value of them ("the share price", "the fair value of the
    shares")."""
    lemma = noun.lemma_.lower()
    if lemma in shares:
        return _uncounted(noun)
    if lemma not in WORTH:
        return False
    if any(c.dep_ == "compound" and c.lemma_.lower() in shares for c in noun.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in shares and _uncounted(o) for o in p.children)
        for p in noun.children)


def _uncounted(noun: Token) -> bool:
    """Shares no number counts: "its 17.5 million shares were valued at €38.7m" is their sum."""
    return not any(c.dep_ == "nummod" or c.like_num for c in noun.children)
