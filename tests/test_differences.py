"""A count or a sum a verb or noun of change governs through "by" ("grew by 38", "lowered its grant
by 6m", "a rise of 35") is the size of a change: it meets only other differences, never the levels
of what it counts. Percentages are left to ``moves``. Every sentence here is invented."""

from __future__ import annotations

import pytest

from store.conflicts.differences import is_difference
from store.conflicts.grouping import build_conflicts
from tests.test_conflicts import RESOLVE, corpus, figure

# (sentence, figure text, unit, whether it is a difference)
DIFFERENCES = [
    ("Kiosk numbers went up by 52 in the spring, ending at 310.", "52", "kiosks", True),
    ("Kiosk numbers went up by 52 in the spring, ending at 310.", "310", "kiosks", False),
    ("The herd's size changed, by 38 head, over the winter.", "38", "head", True),
    ("The board lowers its grant to the choir by €6m next year.", "€6m", "EUR", True),
    ("The mill lowered its target for the season by 650 crates.", "650", "crates", True),
    ("The levy was cut by 40 crowns.", "40", "SEK", True),
    ("Membership has risen by about 1,400 since the spring.", "1,400", "members", True),
    ("The fleet had a rise of 35 ships over the winter.", "35", "ships", True),
    ("That is an increase of some 600 beds.", "600", "beds", True),
    # "by" that names who did it, or a date, is no measure of change
    ("The choir counted the funds raised by 14 schools.", "14", "schools", False),
    ("The fund was raised by 14 choirs.", "14", "choirs", False),
    ("The survey was run by 2,000 volunteers.", "2,000", "volunteers", False),
    ("The queue rose to 310 by 12 May.", "12", "count", False),
    ("The mill cut its stock to 400 crates by 12 May.", "12", "count", False),
    ("The board aims to cut the waiting list by 2031.", "2031", "count", False),
    ("The board aims to cut the waiting list by 2,031.", "2,031", "count", True),
    # a loss is a level of what was lost; a count with no change word is a level
    ("The port reported a loss of $4m.", "$4m", "USD", False),
    ("The port will book a gain of $9m on the sale.", "$9m", "USD", False),
    ("The village had 4,200 residents.", "4,200", "residents", False),
    # percentages are moves, read elsewhere
    ("Exports fell by 8 percent.", "8", "percent", False),
    # how fast it changed is a level of the speed: a rate over a time is no difference
    ("The slick grew by 40 hectares an hour.", "40", "hectares per hour", False),
    ("Fares rise by 30c a ticket.", "30c", "cents per ticket", True),
]


@pytest.mark.parametrize(("sentence", "text", "unit", "expected"), DIFFERENCES)
def test_a_figure_governed_by_a_change_through_by_is_a_difference(
        sentence: str, text: str, unit: str, expected: bool) -> None:
    assert is_difference(unit, sentence, sentence.index(text)) is expected


# two figures (sentence, text, value), one article each, and how many quantities they make
MEETINGS = [
    # a difference beside a level of the same thing: two quantities, no change between them
    (("The number of depots went up by 52 this year.", "52", 52.0),
     ("The chain now runs 310 depots.", "310", 310.0), 0),
    (("The depot count rose by 60 over the summer.", "60", 60.0),
     ("The chain runs 58 depots.", "58", 58.0), 0),
    # two differences of the same thing still meet
    (("The number of depots went up by 52 this year.", "52", 52.0),
     ("Depots rose by 52 in the year, the chain said.", "52", 52.0), 1),
    # two levels still meet
    (("The chain now runs 310 depots.", "310", 310.0),
     ("The chain has 312 depots.", "312", 312.0), 1),
]


@pytest.mark.parametrize(("first", "second", "groups_made"), MEETINGS)
def test_a_difference_meets_only_differences(first: tuple[str, str, float],
                                             second: tuple[str, str, float],
                                             groups_made: int) -> None:
    specs = [figure(f"a{n}", sentence, value, unit="depots", counted="depots", head="depot",
                    at=text)
             for n, (sentence, text, value) in enumerate((first, second))]
    figures, articles = corpus(*specs)
    for row, (_, text, _) in zip(figures, (first, second), strict=True):
        row["end"] = row["start"] + len(text)
    rows = build_conflicts(figures, articles, RESOLVE)
    assert len([g for g in rows if g["parent"] is None]) == groups_made


def test_the_value_a_difference_is_measured_from_stays_a_level() -> None:
    """ "rose by 52 from 258": the 258 is the level before, no earlier value of the 52, and
    meets the other levels of what is counted."""
    sentence = "The number of depots went up by 52 from 258 this year."
    specs = [figure("a0", sentence, 52.0, unit="depots", counted="depots", head="depot",
                    at="52"),
             figure("a0", sentence, 258.0, unit="depots", counted="depots", head="depot",
                    at="258"),
             figure("a1", "The chain ran 258 depots last year.", 258.0, unit="depots",
                    counted="depots", head="depot", at="258")]
    figures, articles = corpus(*specs)
    for row, text in zip(figures, ("52", "258", "258"), strict=True):
        row["end"] = row["start"] + len(text)
    rows = build_conflicts(figures, articles, RESOLVE)
    levels = [g for g in rows if g["parent"] is None and len(g["figures"]) == 2]
    assert any(set(g["figures"]) == {figures[1]["id"], figures[2]["id"]} for g in levels)
