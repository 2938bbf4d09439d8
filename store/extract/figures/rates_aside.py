"""An amount given per something, then the same amount in another currency set off as an aside:
"visitors spent €210 a day in the spring, about £180, up from €190", "fees of £9,000 a year,
or roughly $11,500, are due". The aside restates the amount, so it is given per the same; its
rate was written once, before it. What marks the aside: a comma or an opening bracket, then "or"
or a word of approximation ("about", "roughly", "the equivalent of"), and the aside ends where
the amount does (a comma, a closing bracket, the sentence's end), so that "€40 a day, about
$5m in all" (a total) and "£3m a year, £40m over the decade" (another sum) are not read so."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.knowledge.context import hedges
from store.knowledge.units import units

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

ASIDE_REACH = 60  # characters between the amount's end and its restatement
# a word of approximation before the restatement ("about", "roughly": ``[hedges]`` of
# context.toml), or the words of equivalence
_HEDGE = rf"(?:(?:{hedges()}|almost|approximately|equivalent\s+to|the\s+equivalent\s+of)\s+)"
# the words after the amount (its rate, a few words of its clause), then the aside's opening: a
# comma and a hedge or "or", or a bracket
_OPENS = re.compile(rf"[^\d.;:!?()\n]{{0,{ASIDE_REACH}}}?(?:,\s*(?:or\s+)?{_HEDGE}|,\s*or\s+"
                    rf"|\s*\(\s*(?:or\s+)?{_HEDGE}?)$", re.I)
_CLOSES = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$)")


def restated_aside(amount: FoundFigure, fig: FoundFigure, text: str) -> bool:
    """``fig`` restates ``amount``, which has a rate, in another currency as an aside right
    after it (see the module's docstring); a rate that is itself a currency ("pesos per
    dollar") is an exchange rate, not a rate an aside shares."""
    if amount.rate is None or amount.rate in units().currency_words:
        return False
    if fig.start - amount.end > ASIDE_REACH + 40:
        return False
    return _OPENS.fullmatch(text, amount.end, fig.start) is not None and (
        _CLOSES.match(text, fig.end) is not None)
