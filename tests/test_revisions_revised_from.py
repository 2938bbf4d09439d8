"""A new figure, then "revised from" (or another participle of a verb that only revises) before
the old one: the old figure is replaced by the figure of its unit said before it, and nothing
else is linked (``store.extract.figures.revisions_from``; spaCy: slow)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, old, new", [
    ("The consolidated count for the county is 10,340 homes, revised from the preliminary "
     "estimate of 9,870 homes published on 12 May.", "9,870", "10,340"),
    ("The bank's loss for the year is $412 million, revised down from $398 million.",
     "$398 million", "$412 million"),
    ("The average saving is R29 a month, corrected from R38 in the first notice.", "R38", "R29"),
    ("Turnout stood at 63.8%, amended from the 61.3% given on election night.", "61.3%",
     "63.8%"),
    # a gerund with the body's own figure named: "correcting its earlier reading of"
    ("The harbour gauge showed the tide peaked at 5.6 metres on Monday, correcting its earlier "
     "reading of 5.3 metres.", "5.3 metres", "5.6 metres"),
    ("The bakery sold 2,300 loaves in May, revising its first count of 2,100 loaves.",
     "2,100", "2,300"),
    # ... another body's figure corrected is a dispute, not a revision
    ("The river rose to 4.2 metres on Monday, correcting the agency's reading of 3.9 metres.",
     None, None),
    # a verb that also changes the world: money raised from donors is no revision
    ("The charity's appeal has raised $4.2 million from 1,200 donors.", None, None),
    ("The plant cut output to 600 tonnes from 900 tonnes a day.", None, None),
    # the same number again restates it
    ("Arrests stood at 58, corrected from 58 in an earlier draft.", None, None),
    # the participle hangs on another noun, in another clause: the earlier figure is not new
    ("The flood left 73 families homeless, and the tally of bridges lost was revised from 12 "
     "later in the day.", None, None),
    ("Sales reached $8m in 2024, and its 2023 turnover, corrected from $6m, is now $7m.", None,
     None),
])
def test_revised_from_links_the_old_figure_to_the_new(extract, text: str, old: str | None,
                                                      new: str | None) -> None:
    figures = extract(text)
    starts = {f.text: f.start for f in figures}
    expected = {f.text: (starts[old] if f.text == new else None) for f in figures}
    assert {f.text: f.revises for f in figures} == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, old, new", [
    # "from X to Y": the old figure's new one is Y (the from-to rule), never a figure said before
    ("The fire killed 23 people, and the count of buildings lost was revised from 310 to 365.",
     "310", "365"),
    ("Inflation rose to 3.2% in May; the April rate was corrected from 2.7% to 2.8%.", "2.7%",
     "2.8%"),
])
def test_revised_from_to_leaves_the_earlier_figure_alone(extract, text: str, old: str,
                                                         new: str) -> None:
    figures = extract(text)
    starts = {f.text: f.start for f in figures}
    expected = {f.text: (starts[old] if f.text == new else None) for f in figures}
    assert {f.text: f.revises for f in figures} == expected
