"""A company's share price: "shares in the bank fell 4% to $12.30", "its stock closed at $80",
"the share price rose to 412p". The amount is the level that the shares (or their price) moved
to or stood at, after "to" or "at" on the verb whose subject they are; it is the price of one
share, so it is given per share whatever the currency."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECTS = ("nsubj",)  # "the shares were sold at $4bn": a sale in all, no price of one
LEVEL_PREPOSITIONS = frozenset({"to", "at"})


def priced_per_share(span: Span) -> str | None:
    """ "share" when the amount stands after "to" or "at" on a verb whose subject, before the
    amount, is shares or stock, or the price of them (the module's docstring); None
    otherwise."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in LEVEL_PREPOSITIONS:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    shares = context_words().share_nouns
    for subj in verb.children:
        if subj.dep_ in SUBJECTS and subj.i < span.start and _of_shares(subj, shares):
            return "share"
    return None


def _of_shares(subj: Token, shares: frozenset[str]) -> bool:
    """Shares or stock, or a price whose compound is ("the share price", "its stock price")."""
    if subj.lemma_.lower() in shares:
        return True
    return subj.lemma_.lower() == "price" and any(
        c.dep_ == "compound" and c.lemma_.lower() in shares for c in subj.children)
