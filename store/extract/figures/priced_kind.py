"""Whether the subject of "cost" can be one of a kind with a price: "a ticket costs $40" prices
a ticket, but "a week of flooding cost Rs 300 crore", "a strike at the port cost $50m" and "a
single software error cost $4m" count a loss. A span of time (``rate_period_words`` of
``store/data/context.toml``), a bounded event (``[events]`` of ``store/data/estimates.toml``) or
a mishap (``mishap_nouns`` of ``store/data/context.toml``) is no kind of thing one buys
(WordNet 3.1 price.n.02: "the amount of money needed to purchase something")."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from store.knowledge.context import context_words
from store.knowledge.estimates import estimate_words
from store.knowledge.loader import load_data

if TYPE_CHECKING:
    from spacy.tokens import Token


def no_kind(head: Token) -> bool:
    """Whether the subject's noun is a span of time, an event or a mishap, whose cost is a
    loss, not the price of one of a kind."""
    lemma = head.lemma_.lower()
    events = estimate_words().event_nouns
    return (lemma in context_words().rate_period_words or lemma in _mishaps()
            or lemma in events or head.lower_ in events)


def charged_to(verb: Token) -> bool:
    """Whether "cost" names who paid ("a single lawsuit cost the bank $40m", "a recall cost the
    company $12m"): a noun as its indirect object says what the subject took from someone, a
    loss, not what one of a kind sells for."""
    return any(c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


@lru_cache(maxsize=1)
def _mishaps() -> frozenset[str]:
    return frozenset(load_data("context.toml")["counted"].get("mishap_nouns", []))
