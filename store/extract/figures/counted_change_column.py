"""A share in a table column headed by a change ("| Change (%) |", "| Rise |") counts that change,
when nothing else named it. A table of levels by year often ends in such a column; its header
names no thing, so the caption or the row label is asked what the cells count, and a caption
that names only the table ("Consolidated rates by state") leaves the cells of the change column
with no noun, though the header says what each of them is: the change of its row. A header
"Change" is the neutral noun of the words of rise and fall (``change_nouns`` of
``store/data/quantities.toml``). A bare number in such a column ("| Schools | Change |" over "|
4,480 | +22.7 |") is a change too, not one more of what the caption, its row or the prose
above count: the noun it took from them gives way to the header (a sum, a measure or a rate in
such a column keeps its own reading)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.tables import cell_of
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from store.extract.figures.found import FoundFigure

CHANGE = "change"
SHARES = frozenset({"percent", "percentage points", "points"})
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORDS = re.compile(r"[^\W\d_]+")


def name_the_change_column(fig: FoundFigure, text: str) -> None:
    """Name a share with no noun, or a count whatever it was given, in a column headed only by
    a change noun by that noun."""
    share = fig.counted is None and fig.unit in SHARES
    count = not fig.rate and _a_count(fig.unit)  # a count's noun, given or borrowed, yields
    if not (share or count):
        return
    cell = cell_of(text, fig.start)
    if cell is None:
        return
    words = [w.lower() for w in _WORDS.findall(_BRACKETS.sub(" ", cell.header))]
    if len(words) != 1 or words[0] not in quantity_classes().change_nouns | {CHANGE}:
        return
    fig.counted = fig.counted_head = words[0]


def _a_count(unit: str) -> bool:
    """Whether a unit is a count of things (not a sum, a share or a measure)."""
    lex = units()
    return unit not in SHARES and unit not in lex.currency_codes and (
        unit not in lex.measure_codes) and unit not in ("fraction", "ratio")
