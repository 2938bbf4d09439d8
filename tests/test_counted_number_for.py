"""What a number noun's "for" names is what it counts, when it is a thing ("the real figure for
the bakery's losses is £3m"); a place, a time, an event or a name it is "for" says nothing of it
(spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# text, figure, counted head (None: no noun)
NUMBER_FOR = [
    ("The real figure for the bakery's losses is £3m, the owner said.", "£3m", "loss"),
    ("The chess federation revised its figure for withdrawals from the open to 41.", "41",
     "withdrawal"),
    ("The bus company cut its forecast for first-half ticket revenue to £16m from £19m.", "£16m",
     "revenue"),
    # a gerund with no object names the activity counted
    ("The park service raised its estimate for clearing in the valley to 480 hectares.",
     "480 hectares", "clearing"),
    # a time, a place or an event: nothing is named
    ("The league raised the count for the opening month of the season from 31 to 46.", "46",
     None),
    ("The bus company put its total for the year so far at 41,200.", "41,200", None),
    ("The marathon's estimate for the same fortnight was about 7,000.", "7,000", None),
    ("The count for Dunmore stands at 3,041.", "3,041", None),
    # a year or a verb's "for" names nothing: the sentence before, or the sum's own object
    ("Bus journeys fell by 12% last year. The number for 2031/32, 41,900, is unchanged.",
     "41,900", "journey"),
    ("For an average bakery, the guild now estimates the saving at £29 a month.", "£29",
     "saving"),
    ("Bus ridership grew 4% last year, and the forecasts for all of 2031 now diverge by "
     "as much as 2.3 percentage points.", "2.3 percentage points", "growth"),
    # the sentence before, whose figure has a noun of its own, lends nothing
    ("The true figure for the depot is 420 drivers. Nationwide, the drivers' guild reckons the "
     "total is 2,100.", "2,100", "driver"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "head"), NUMBER_FOR)
def test_a_number_noun_counts_what_it_is_for(extract, text: str, figure: str,
                                             head: str | None) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert fig.counted_head == head
