"""A sum that a rate of money is, or reaches: "the average nightly rate at the resort rose to
$450", "the day rate for a drilling rig climbed to $410,000", "the spot rate for a container
was $2,150". "Rate" alone is a number noun that names no quantity ("the rate rose to 4%"), but
said of a sum, with a word that says which rate it is (an adjective, a compound, a "for"
phrase), it is the price asked for one of something (WordNet 3.1 rate.n.02, "amount of a charge
or payment relative to some basis": "a 10-minute phone call at that rate would cost $5"), and
the sum counts that rate, as the subject of its verb of measure ("rose to", "reached", "was").
An exchange rate is a currency's price, which the sum's unit already says ("per dollar").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import _copula_subject, counted_phrase, is_unit_noun
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

RATE = "rate"
EXCHANGE = "exchange"  # "the exchange rate": the price of a currency, read by its unit
WHICH = frozenset({"amod", "compound", "nmod"})  # "the average rate", "the room rate"


def name_the_money_rate(fig: FoundFigure, span: Span) -> bool:
    """Name a sum with no noun of its own that completes a verb of measure whose subject is a
    rate said of which rate it is ("the average daily rate reached €196"); whether it did."""
    lex = units()
    if fig.base_unit not in lex.currency_codes:
        return False
    per = (fig.rate or fig.unit.partition(" per ")[2]).lower()
    if per in lex.currency_words or per.upper() in lex.currency_codes:
        return False  # "930 pesos per dollar": an exchange rate
    subject = _copula_subject(span, context_words())
    if subject is None or not _a_money_rate(subject):
        return False
    fig.counted, fig.counted_head = counted_phrase(subject, None), RATE
    fig.inherited = True
    return True


def _a_money_rate(noun: Token) -> bool:
    """ "rate" with a word before it that says which (not a currency's, not "exchange"), or a
    "for" phrase that says of what ("the rate for a double room")."""
    if noun.lemma_.lower() != RATE or noun.pos_ != "NOUN":
        return False
    lex = units()
    which = [c for c in noun.lefts if c.dep_ in WHICH]
    if any(c.lower_ == EXCHANGE or c.lower_ in lex.currency_words or is_unit_noun(c)
           for c in which):
        return False
    return bool(which) or any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.rights)
