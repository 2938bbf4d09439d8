"""A sum a portion of a whole is set at counts that portion of the whole ("share of the
settlement"), neither the whole nor a bare "share" (spaCy: slow). Each row is a sentence of its
own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase, its head
PORTIONS = [
    ("The insurer put its share of the storm losses at $410m.", "$410m",
     "share of storm losses", "share of loss"),
    ("Analysts estimate the city's portion of the bill at roughly £12m.", "£12m",
     "portion of bill", "portion of bill"),
    ("Each partner's share of the settlement was about $3.5 million, the lawyers said.",
     "$3.5 million", "share of settlement", "share of settlement"),
    ("Hospital's share of strike bill put at €4m", "€4m", "share of strike bill",
     "share of bill"),
    ("The union said the unpaid part of the bonus was nearer £6m.", "£6m", "part of bonus",
     "part of bonus"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted", "head"), PORTIONS)
def test_a_sum_a_portion_is_set_at_counts_that_portion(
        extract, sentence: str, text: str, counted: str, head: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert (fig.counted, fig.counted_head) == (counted, head)


# sentence, figure: a portion with no whole named, or stock, or a sum the portion is not set at
NOT_PORTIONS = [
    ("The state's share is about $3.1bn, which is more than its profit.", "$3.1bn"),
    ("Shares of the lender closed at $4.10 on Friday.", "$4.10"),
    ("The council put the cost of the bridge at $80m.", "$80m"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), NOT_PORTIONS)
def test_no_portion_no_share_of(extract, sentence: str, text: str) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert " of " not in (fig.counted_head or "")
