"""A new figure, then a participle of a verb of revising whose object names the body's own
number ("raising its estimate from", "lowering its tally from"): the old figure after "from" is
replaced by the figure of its unit said before it; a participle whose object is no number
("raising funds from") links nothing (``store.extract.figures.revisions_raising``; spaCy: slow)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, old, new", [
    ("About 640 homes were without power, the utility said on Friday, lowering its estimate "
     "from 910.", "910", "640"),
    ("The festival drew 48,000 visitors, the organisers said on Sunday evening, raising their "
     "figure for the weekend from 41,000 on Saturday.", "41,000", "48,000"),
    ("The marathon raised €2.3m for charity, the organisers said, lifting their total from "
     "€1.9m.", "€1.9m", "€2.3m"),
    ("The chess federation now has 5,120 members, its secretary said on Monday, cutting the "
     "count from 5,480 after an audit.", "5,480", "5,120"),
    # the object names no number: funds raised from donors replace nothing
    ("The bakery said on Monday it was raising funds from 300 donors, having collected "
     "£40,000.", None, None),
    # "from X to Y": the from-to rule reads it, the earlier figure is left alone
    ("The bus company carried 9,000 riders, it said, raising its estimate for the line from "
     "7,000 to 8,000 a day.", None, None),
])
def test_raising_its_estimate_from_links_the_old_figure(extract, text: str, old: str | None,
                                                        new: str | None) -> None:
    figures = extract(text)
    linked = [(f.text, next(o.text for o in figures if o.start == f.revises))
              for f in figures if f.revises is not None and old is not None]
    if old is None:
        assert all(f.revises is None or f.text not in text.split(",")[0] for f in figures), \
            [(f.text, f.revises) for f in figures]
    else:
        assert linked == [(new, old)]
