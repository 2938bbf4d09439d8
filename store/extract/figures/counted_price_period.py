"""A price given per a stretch of time: "a double room costs €310 a night", "a berth costs $900
a month", "a season ticket costs £40 per week". What one of a kind costs is its price (see
``counted_change``), and a period after the sum only says how long that price buys it for (the
figure's rate), as "per night" says of a hotel's room rate; a sum given per some other one ("a
hotel place cost £145 per person per night") is a cost of the service per that one instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span

OPENERS = frozenset({"per", "a", "an", "each", "every"})


def per_a_period(span: Span) -> bool:
    """The words right after the sum give it per a period ("a night", "per month"), and the
    sum is the first its verb takes."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in OPENERS:
        return False
    if any(c.dep_ == "dobj" and c.i < span.start for c in span.root.head.children):
        return False  # "cost £145 per person per night, four times the £39 a night it costs
        # to house someone": a second sum the parse gives the same verb has a clause of its own
    word = doc[i + 1]
    return word.lower_ in context_words().rate_period_words or (
        word.lemma_.lower() in context_words().rate_period_words)
