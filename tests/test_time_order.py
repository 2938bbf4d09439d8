"""Which of two figures came first, as a change or a revision reads them ("from X to Y"): the
sentence that states both says so, and a month does not come before a day inside it. Each row
is invented."""

from __future__ import annotations

import pytest

from store.conflicts.keys import Claim, QuantityKey
from store.conflicts.verdicts import _by_time


def _claim(name: str, *, when: str | None, reported: str, sentence: int = 0,
           earlier: bool = False, start: int = 0, counted_on: str | None = None) -> Claim:
    values = (1.0, 1.0)
    return Claim(id=name, article=reported, sentence=(reported, sentence), order=(0, start),
                 when=when, source="", label=name,
                 key=QuantityKey("count:buses", "bus", (), None, None), factor=1.0,
                 unit="buses", currency_note=None, values=values, claim=values, core=values,
                 reported=reported, earlier=earlier, counted_on=counted_on)


@pytest.mark.parametrize("a, b, first", [
    # a month's figure printed on the 30th after a figure printed on the 8th of that month
    (dict(name="month", when="2031-07", reported="2031-07-30"),
     dict(name="day", when="2031-07-08", reported="2031-07-08"), "day"),
    # a projection, dated by the day it was printed, inside the month of the other
    (dict(name="month", when="2031-07", reported="2031-07-30"),
     dict(name="projection", when=None, reported="2031-07-08"), "projection"),
    # "cut its fleet to 40 from 52": the value the sentence says came before, first
    (dict(name="new", when="2031-03", reported="2031-03-02", start=5),
     dict(name="old", when="2031-03", reported="2031-03-02", start=9, earlier=True), "old"),
    # periods that do not nest order as before
    (dict(name="later", when="2031-08", reported="2031-07-30"),
     dict(name="sooner", when="2031-07-08", reported="2031-07-08"), "sooner"),
    # counts of one event: one given "on Friday" known only as its month, printed on the 12th,
    # after one printed on the 10th with no day of its own
    (dict(name="later", when=None, reported="2031-05-12", counted_on="2031-05"),
     dict(name="sooner", when=None, reported="2031-05-10"), "sooner"),
])
def test_the_earlier_figure_comes_first(a, b, first):
    pair = _by_time(_claim(**a), _claim(**b))
    assert pair[0].id == first
    pair = _by_time(_claim(**b), _claim(**a))
    assert pair[0].id == first
