"""A change set in apposition after a clause (", an increase of 11.3%") is the change in what the
figure before it counts (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
CHANGES = [
    ("The county registered 12,400 new voters this year, against 10,900 in 2024, an increase "
     "of 13.8%.", "13.8%", "increase in new voters"),
    ("Hospital admissions reached 3,200 in the week to Sunday, the ministry said, an increase "
     "of 21 percent.", "21 percent", "increase in Hospital admissions"),
    ("The school board cut its budget to $18 million for next year, a reduction of 9 percent.",
     "9 percent", "reduction in budget"),
    ("The regulator recalled 240,000 bottles of the syrup in March, a rise of 40% on the "
     "previous recall.", "40%", "rise in bottles"),
    # the change is of the clause's own subject or object, not of a figure after "to"
    ("The fund paid $40m to 300 farmers in 12 districts, an increase of 12%.", "12%",
     "increase in payments"),
    ("Grain exports rose to $4bn from $3.1bn, an increase of 29%.", "29%",
     "increase in Grain exports"),
    ("The council raised its budget for the 40-km tramway from €310m to €365m, an increase of "
     "18%.", "18%", "increase in budget"),
    # a change that is no apposition keeps its own reading
    ("The union demanded a rise of 8 percent for its members.", "8 percent", "rise"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), CHANGES)
def test_an_appositive_change_names_what_changed(extract, sentence: str, text: str,
                                                 counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
