"""The price of one of the things a passive verb of price says were sold or priced "at" an
amount: "Tickets were sold at R$380 for one day", "the seats are priced at $90", "the new
flats will be sold at £210,000". "At" gives the rate each went for (a total takes "for": "the
assets were sold for $2bn"), so the amount is per one of the plural subject."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.priced_each import one_priced
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# a sum of millions or more: what a whole lot or a firm went for, not one of its things' price
_MILLIONS = re.compile(r"(?:\d\s*|\b)(?:million|billion|trillion|mn|bn|tn|m)\b", re.I)
PRICING = frozenset({"price"})  # "are priced at": the verb of setting a price, beside the verbs
# of being sold for one ([rates] price_verbs)


def priced_at(span: Span) -> str | None:
    """The singular of the plural passive subject of a verb of price whose "at" the amount
    follows (the module's docstring); None for anything else."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (lemma not in context_words().price_verbs and lemma not in PRICING):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < span.start), None)
    if subj is None or _MILLIONS.search(span.text) or not _bare(subj):
        return None
    return one_priced(subj, plural=True)


def _bare(subj: Token) -> bool:
    """ "Tickets", "the new flats": a plural named as a kind, each one priced; "the two hotels",
    "the bank's loans", "these flats" name a lot of them, and "at" gives what the lot went for.
    The definite article is the one determiner let through ("the seats are priced at $90")."""
    return not any(c.dep_ in ("nummod", "poss") or c.tag_ in ("POS", "PRP$", "CD")
                   or (c.dep_ in ("det", "predet") and c.lower_ != "the")
                   for c in subj.children)
