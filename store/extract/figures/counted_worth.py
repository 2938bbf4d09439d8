"""What a sum "worth" another figure's things counts: "British buyers took 8.2 million bottles,
worth about €96mn", "the mine shipped 2.4 million tonnes of ore, worth $310m". The sum is the
value of what the other figure counts, not more of those things: it counts "bottles' value",
"ore value" (as the guide's "$12 billion in damage" counts damage, what the sum is). Its head
stays the things' noun, so that the value of one good is never grouped with another's. A sum
that completes "worth" after "be" ("the shares are worth 300p") is the value of the subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase, is_unit_noun
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

WORTH, BE = "worth", "be"
VALUE = "value"  # WordNet 3.1 value.n.02: "the amount (of money or goods or services) that is
# considered to be a fair equivalent for something else"


def as_its_value(fig: FoundFigure, donor: FoundFigure) -> None:
    """Make a sum that borrowed the counted noun of the figure it is "worth" count that noun's
    value; not when that figure is itself money ("demanded 85 bitcoin, then worth about A$7.4
    million": the demand, restated in another money), which the sum only converts."""
    if not fig.counted or fig.counted.split()[-1].lower() == VALUE:
        return
    lex = units()
    if donor.base_unit in lex.currency_codes or donor.unit.lower() in lex.currency_words or (
            donor.counted_head in context_words().money_verbs.values()):
        return
    last = fig.counted.split()[-1]
    plural = last.lower() != (fig.counted_head or "").lower() and last.endswith("s")
    fig.counted = f"{fig.counted}' {VALUE}" if plural else f"{fig.counted} {VALUE}"


def name_what_is_worth(fig: FoundFigure, span: Span) -> None:
    """ "the shares are worth 300p", "210m tonnes of CO2 would be worth about $2bn": a sum that
    completes "worth" after "be" is the value of the verb's subject (of what a unit word
    measures: the CO2, not the tonnes), "shares' value", "CO2 value", where no rule named the
    sum: a subject the other rules lent it is often a sum itself ("the aid package is worth
    $460m"). A pronoun subject names nothing here."""
    if fig.base_unit not in units().currency_codes or fig.rate or fig.counted is not None:
        return  # ("the aid package is worth $460m": the package, a sum itself, already named)
    worth = span.root.head
    if span.root.dep_ not in ("npadvmod", "pobj", "dobj") or worth.lower_ != WORTH or (
            worth.dep_ != "acomp") or worth.head.lemma_.lower() != BE:
        return
    subject = next((c for c in worth.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and is_unit_noun(subject):
        subject = next((p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.like_num:
        return
    named = counted_phrase(subject, None)
    plural = subject.tag_ in ("NNS", "NNPS")
    fig.counted = f"{named}' {VALUE}" if plural else f"{named} {VALUE}"
    fig.counted_head = subject.lemma_.lower()
    fig.inherited = False
