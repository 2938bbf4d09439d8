"""The price of one of the things a passive verb of price says were sold or priced "at" an
amount: "Tickets were sold at R$380 for one day", "the seats are priced at $90", "the new
flats will be sold at £210,000". "At" gives the rate each went for (a total takes "for": "the
assets were sold for $2bn"), so the amount is per one of the plural subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.priced_each import one_priced
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span

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
    return one_priced(subj, plural=True) if subj is not None else None
