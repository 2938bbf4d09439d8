"""A figure dated only by the day its article printed it, beside another whose date holds that
day ("62,000 hectares this season", said in 2026, and "96,000 hectares" printed on 25 August
2026): the grouping cannot place the coarser one in a period of its own (``PeriodScale`` gives
it none), and nothing shows the two describe two times. Called a change over time, the pair
would say the quantity moved; far more often the two are two things the key could not tell
apart (a part beside its whole, one district beside the region) or two rival estimates. Only
the text can show the move: a sentence that sets one figure against another ("up from 40"), or
two dates that do not hold each other."""

from __future__ import annotations

from store.conflicts.keys import Claim


def _date(claim: Claim) -> str:
    """The date a figure speaks for: its article's day when nothing else dates it."""
    return (claim.reported if claim.reported_basis else claim.when) or ""


def unplaced_move(a: Claim, b: Claim, periods: dict[str, str | None]) -> bool:
    """Whether two differing figures of different sentences, one dated only by its article's
    day, the other (or both) of no known period, have dates one of which holds the other, and
    neither sentence sets its figure against another: then nothing shows a move."""
    if a.sentence == b.sentence or a.compared or b.compared:
        return False
    if not (a.reported_basis or b.reported_basis):
        return False
    if periods.get(a.id) is not None and periods.get(b.id) is not None:
        return False
    first, second = sorted((_date(a), _date(b)), key=len)
    return bool(first) and second.startswith(first)


YEAR = 4  # characters of a date that names a year only


def held_move(a: Claim, b: Claim) -> bool:
    """Whether two differing figures of different sentences, neither set against another by its
    sentence, are dated one inside the other, the coarser by its own words to a year over when
    it was printed ("410 kiosks in 2030" beside "380 kiosks on 3 May 2030", or "in May 2030"):
    the year's figure may stand for any day of it, the day's among them, so nothing shows the
    quantity moved between them. Far more often such a pair is a year's total beside a month's
    or a quarter's, or two things the key could not tell apart. A year still running when
    printed ("so far this year") speaks for its day of printing, and a month beside a day of it
    (a month's statistic beside a later daily count) is left to the other rules."""
    if a.sentence == b.sentence or a.compared or b.compared:
        return False
    coarse, fine = sorted((a, b), key=lambda c: len(_date(c)))
    outer, inner = _date(coarse), _date(fine)
    if (len(outer) != YEAR or len(inner) == YEAR or not inner.startswith(f"{outer}-")
            or coarse.reported_basis or coarse.event or coarse.projected):
        return False
    printed = coarse.reported or ""
    return not printed.startswith(outer) and printed > outer
