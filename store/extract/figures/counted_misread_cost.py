"""What one of a kind costs, when the parser misreads "cost": "A Saturday ticket cost R$380"
comes out as one noun phrase, "a Saturday ticket cost", whose head ("cost") the amount would
count; in "a one-way ticket on the crossing costs Rp 52,000" the parser may make "costs" a
plural noun, or the verb with the currency prefix "Rp" for a preposition, which hides the
amount from the verb. Read as the sentence is written, the subject is said of any one of a kind
("a", "an", "one", "each", "every"), so the amount is its price, as ``counted_change`` names
it when the parse is right ("a detached house cost $1.9m": the detached house price; WordNet
3.1 price.n.02, "the amount of money needed to purchase something"). Words of approximation
may stand between the verb and the amount ("costs about", "costs between"); a modal, a verb or
a clause boundary before the verb means the words before it are no such subject ("a new lock
would cost $40m" supposes one case). A span of time, an event or a mishap is no kind with a price
("a week of flooding cost", "a single software error cost": what it cost is a loss, see
``priced_kind``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_change import PRICE
from store.extract.figures.parse import qualified_only
from store.extract.figures.priced_misread import misread_subject
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

COST = frozenset({"cost", "costs"})
QUALIFIED = 3  # words of a qualifier that may stand between the verb and the amount


def name_the_misread_price(fig: FoundFigure, span: Span) -> None:
    """Make a sum after "cost" misread as a noun count "<subject> price" (see the module's
    docstring)."""
    if fig.base_unit not in units().currency_codes or fig.counted_head not in (None, *COST):
        return
    verb = _cost_before(span)
    if verb is None or (verb.tag_.startswith("VB") and span.root.dep_ != "prep"):
        return  # the verb and its amount read right: ``counted_change`` names the price
    subject = _joined([t.text for t in misread_subject(verb)])
    if subject:
        fig.counted, fig.counted_head = " ".join([*subject, PRICE]), PRICE


def _cost_before(span: Span) -> Token | None:
    """The word "cost" or "costs" right before the amount, past a qualifier of
    ``[qualifiers]`` ("costs about", "costs between")."""
    doc = span.doc
    for tok in doc[max(span.sent.start, span.start - 1 - QUALIFIED):span.start]:
        if tok.lower_ in COST and qualified_only(tok, span):
            return tok
    return None


def _joined(words: list[str]) -> list[str]:
    """The words with a hyphen joined to its neighbours, as written ("one-way")."""
    out: list[str] = []
    glue = False
    for word in words:
        if word in ("-", "\u2013"):
            glue = True
            if out:
                out[-1] += word
            continue
        if glue and out:
            out[-1] += word
        else:
            out.append(word)
        glue = False
    return out
