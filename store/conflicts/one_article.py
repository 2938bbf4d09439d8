"""Two figures one article gives in two sentences, one dated by its own words ("on 3 August",
"in the 2016 census", "by 24 July") and the other only by the day the article was printed,
that neither sentence sets against another figure ("up from", "against") nor tells as the value
a verb of change took the quantity to ("lifted its stake to 7.6%": ``moved_to``): no move the
text shows. A writer who tells one quantity at two times within one article says so (the
later value "up from" the earlier, or both dated); one who gives a dated value here and an
undated one there is telling two things the key could not tell apart: a part and its whole
("61 of the families paid by 24 July" beside "the 105 families"), one row of a table beside
a total, a subset beside the whole set, a peak hour beside an average. Across articles the
same pair may show a move (each article tells the quantity as it stood), so only one article's
two figures are held apart, and only from being the pair that shows a change: another pair of
the group may still show it."""

from __future__ import annotations

from store.conflicts.dated_apart import own_date
from store.conflicts.keys import Claim


def dated_beside_undated(a: Claim, b: Claim) -> bool:
    """Whether one article gives ``a`` and ``b`` in two sentences, neither set against another
    figure, one dated by its own words and the other only by the article's day."""
    if a.article != b.article or a.sentence == b.sentence or a.compared or b.compared:
        return False
    if a.earlier or b.earlier or a.moved_to or b.moved_to:
        return False
    dated_a, dated_b = own_date(a) is not None, own_date(b) is not None
    undated_a = a.reported_basis and not a.event and not a.projected
    undated_b = b.reported_basis and not b.event and not b.projected
    return (dated_a and undated_b) or (dated_b and undated_a)
