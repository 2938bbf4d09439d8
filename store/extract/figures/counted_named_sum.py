"""What names a sum, and what cannot. A sum is named by the noun it is "of": "the budget of
$148 million approved by the board", "a fine of $5m imposed by the regulator", "a loan of €2bn
granted in 2027". The noun says what the sum is (a budget, a fine, a loan); a participle after
the sum says what was done with it, and names it only when no such noun does ("the €22bn
approved in 2018": the amount approved). A number noun ("a total of", "an amount of") or a unit
names nothing; nor does a currency, which a sum is counted in, never what it counts ("at 25.20
crowns to the euro, the budget was €5.9bn": the budget, not crowns, which the sum borrowed from
the rate before it).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from store.extract.figures.counted import is_unit_noun, money_moved_by
from store.extract.figures.counted_paid_for import head_of_moved
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

QUALIFIED = 3  # "of" and the sum, with a qualifier between ("a fine of up to $5m")


def named_by_its_of_noun(span: Span) -> bool:
    """The sum is the object of "of" right after a common noun that names it."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or not 0 < span.start - prep.i <= QUALIFIED:
        return False
    owner = prep.head
    ctx = context_words()
    lemma = owner.lemma_.lower()
    return (owner.pos_ == "NOUN" and owner.i == prep.i - 1 and lemma not in ctx.not_counted
            and lemma not in ctx.extreme_nouns  # ("the record of $4m paid": the amount paid)
            and lemma not in ctx.number_nouns and not is_unit_noun(owner))


def drop_a_currency_noun(fig: FoundFigure, span: Span | None = None) -> None:
    """Forget a counted noun a sum borrowed that is a currency's name: what the sum is is then
    read from its verb of money ("Norway promised 3bn crowns": a pledge, once the bare
    "crowns" is read as the krone), or left unsaid."""
    if fig.base_unit not in units().currency_codes or not fig.inherited or not fig.counted:
        return
    if " per " in fig.unit:
        return  # "the naira at 790 per dollar": a rate of exchange is the price of its currency
    names = _currency_nouns()
    if fig.counted.split()[-1].lower() in names:  # ("bitcoin value": the coins' value, kept)
        moved = money_moved_by(span, context_words()) if span is not None else None
        fig.counted, fig.counted_head = moved, head_of_moved(moved) if moved else None
        fig.inherited = moved is not None


@cache
def _currency_nouns() -> frozenset[str]:
    """The words a currency's name ends in ("crowns" of "Czech crowns"), plural and singular."""
    words = {name.split()[-1] for name in units().currency_words}
    return frozenset(words | {w.removesuffix("s") for w in words if len(w) > 3})
