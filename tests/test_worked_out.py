"""A rate worked out from a figure said before it keeps that figure's period and origin: "That
works out at about 77,000 journeys a day" describes the month the journeys were counted in and is
the body's figure that counted them. Each row is invented."""

from __future__ import annotations

import pytest

SAID = "Passengers made 2.4 million ferry journeys in March, the harbour board said. "


@pytest.mark.slow
@pytest.mark.parametrize("text, rate, period, origin", [
    (SAID + "That works out at about 77,000 journeys a day.", "77,000", "2026-03",
     "harbour board"),
    (SAID + "The board's figure means about 77,000 journeys a day.", "77,000", "2026-03",
     "harbour board"),
    # a rate of its own, not worked out from the figure before it, keeps its own reading
    (SAID + "Crews expect about 90,000 journeys a day in summer.", "90,000", None, None),
])
def test_a_rate_worked_out_keeps_the_period_and_origin_of_its_figure(
        extract, text, rate, period, origin):
    found = {f.text: f for f in extract(text)}
    fig = found[rate]
    if period is None:
        assert fig.origin != "harbour board" or fig.period != "2026-03"
    else:
        assert (fig.period, fig.origin) == (period, origin)
