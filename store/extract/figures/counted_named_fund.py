"""What a sum set before the name of a fund or a scheme counts: "its Rs24 billion Sehat Emergency
Import Scheme", "runs the city's €4bn Harbour Renewal Fund". The sum modifies the name as "a €4bn
harbour fund" modifies its noun: it is the fund's size, whatever the clause around says (the
body that runs the fund is no part of it). The parser calls the name's words proper nouns, often
an organisation or a person, so the rules that read a common noun after a sum pass it by. Only
a name of title-cased words right after the sum, ending in a noun that names a pot of money
(``named_sum_heads`` of ``store/data/context.toml``), is read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

REACH = 6  # words of a name between the sum and the noun that ends it


def name_the_named_fund(fig: FoundFigure, span: Span) -> None:
    """Make a sum set before a fund's or a scheme's name count that name."""
    if fig.base_unit not in units().currency_codes or fig.rate:
        return
    doc = span.doc
    end = min(len(doc), span.end + REACH)
    i = span.end
    while i < end and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        i += 1
    if i == span.end:
        return
    head = doc[i - 1]
    if head.lemma_.lower() not in context_words().named_sum_heads and (
            head.lower_ not in context_words().named_sum_heads):
        return
    # the sum hangs on the name (directly or through its words), not on a clause after it
    if not any(t.head.i in range(span.end, i) for t in span):
        return
    fig.counted = doc[span.end:i].text
    fig.counted_head = head.lower_
    fig.inherited = False
