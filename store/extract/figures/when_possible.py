"""A count an event may yet reach: "the death toll from the storm could reach 90" says what the
count might come to, not what the event caused, so its period is the outcome it projects, not
the event's (a count of the event beside it is no earlier value of it, and no rival)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import governing_verb
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span

# the modals of a possibility ("will" and "would" say what a plan or a projection gives, which
# ``when.is_projection`` reads, and a sum "would reach" is the event's cost as estimated)
POSSIBLE = frozenset({"could", "may", "might"})
_SHARES = frozenset({"percent", "fraction", "percentage points"})


def is_possible_count(span: Span, fig: FoundFigure) -> bool:
    """Whether the figure counts things an event befell (not a sum, a measure, a share or a
    rate) and a modal of possibility governs its verb ("could reach 90", "may rise to 40")."""
    unit = units()
    if (fig.event is None or " per " in fig.unit or fig.unit in _SHARES
            or fig.base_unit in unit.currency_codes or fig.unit in unit.measure_codes):
        return False
    verb = governing_verb(span)
    helpers = [c for c in verb.children if c.dep_ == "aux"]
    # ("may have killed 3,900" estimates what the event did: a past possibility, no outcome)
    return verb.pos_ in ("VERB", "AUX") and any(c.lower_ in POSSIBLE for c in helpers) and not any(
        c.lemma_ == "have" for c in helpers)
