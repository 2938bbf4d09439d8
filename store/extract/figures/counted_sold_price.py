"""A sum a thing is sold for, given per one of it, is its price: "a crate of mangoes now fetches
Rs 3,000", "a seat at the final fetches £900", "the 2019 vintage sells for €85 a bottle". The
verb of sale (``price_verbs`` of ``store/data/context.toml``: WordNet 3.1 fetch.v.03 "be sold
for a certain price", sell.v.04 "be sold at a certain price") says the sum is what one unit
costs (WordNet 3.1 price.n.02, "the amount of money needed to purchase something"), not the
"proceeds" of a sale nor a "payment" handed to someone, which is all the verb's own noun
(``money_verbs``) can say. A sum with no rate per one ("the auction fetched $2m") is what the
whole sale raised and keeps its proceeds. Reads the sum's own verb only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import governing_verb
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

PRICE = "price"
MOVED = frozenset({"proceeds", "payment", "payments"})  # nouns that only say money changed hands


def name_the_price_sold(fig: FoundFigure, span: Span) -> None:
    """Make a sum a verb of sale sets, given per one of a thing and named only by a noun of
    money changing hands, count the price ("price per bottle" when the words said per what)."""
    if fig.base_unit not in units().currency_codes or fig.counted_head not in MOVED:
        return
    one = fig.unit.partition(" per ")[2]
    ctx = context_words()
    if not one or one in ctx.rate_period_words or one in units().currency_words:
        return  # "fetched $2m": the whole sale's proceeds; "a year": a rate of time
    if governing_verb(span).lemma_.lower() not in ctx.price_verbs:
        return
    per = (fig.counted or "").lower().partition(" per ")[2]
    fig.counted = f"{PRICE} per {per}" if per else PRICE
    fig.counted_head = PRICE
