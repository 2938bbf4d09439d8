"""A figure a comparative sets right against a reference quantity ("12 percent more than the
2024 budget") is how far it stands above or below that reference, named by the reference's noun
(spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase (None: the rule leaves the figure alone)
REFERENCE = [
    ("The bridge will now cost 18 percent more than the 2.4bn budget approved in 2021.",
     "18 percent", "above the 2.4bn budget"),
    ("Volunteers counted 4,300 nests, 9% more than the ministry's official count of 3,950.",
     "9%", "above the ministry's official count"),
    ("Festival ends £2 million over budget, accounts show", "£2 million", "above budget"),
    ("It came in 35% below the long-term average, the agency said.", "35%",
     "below the long-term average"),
    ("The harbour unloaded 640 tonnes, 12 percent under its quota.", "12 percent",
     "below its quota"),
    ("Fares rose 4 percent more than the regulator's forecast for the year.", "4 percent",
     "above the regulator's forecast"),
    # a noun of its own, a period or a word that names no reference: left alone
    ("The clinic saw 210 patients more than the week before.", "210", None),
    ("Sales grew 6 percent over the forecast period.", "6 percent", None),
    ("Prices were 3 percent higher than in May.", "3 percent", None),
    ("The shares closed 9 percent below their level before the recall.", "9 percent", None),
    # a share that names its own quantity keeps it against a norm
    ("The jobless rate of 7 percent is 2 percentage points above the national average.",
     "2 percentage points", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), REFERENCE)
def test_a_figure_set_against_a_reference_is_named_by_it(extract, sentence: str, text: str,
                                                         counted: str | None) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    if counted is None:
        assert not (fig.counted or "").startswith(("above ", "below "))
    else:
        assert fig.counted == counted
        # its class is the distance from the reference, never the reference itself
        assert fig.counted_head == " ".join((counted.split()[0], counted.split()[-1]))
