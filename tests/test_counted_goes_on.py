"""A sum with no noun of its own that "goes on", "goes to" or "goes towards" a use is the
spending on that use ("of which 70 dollars goes on food"); a "to" phrase of people, a place or
one of a kind is who or where gets it, and is left (spaCy: slow). Each row is a sentence of its
own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase (None: no spending on a use)
GOES_ON = [
    ("Running the library costs 9,000 dollars a month, of which 2,500 dollars goes on heating.",
     "2,500 dollars", "spending on heating"),
    ("Of the grant, 3 million dollars went to salaries.", "3 million dollars",
     "spending on salaries"),
    ("About 2 million euros will go towards repairs of the roof.", "2 million euros",
     "spending on repairs"),
    # who or where gets it: no use
    ("The remaining 5 million dollars went to the victims' families.", "5 million dollars", None),
    ("Another 300,000 euros went to Lisbon.", "300,000 euros", None),
    ("Half of the relief fund, 80 million pesos, went to rice farmers.", "80 million pesos", None),
    ("The rest of the budget, 2 million pounds, will go to carers.", "2 million pounds", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), GOES_ON)
def test_a_sum_that_goes_on_a_use_is_spending_on_it(extract, sentence: str, text: str,
                                                    counted: str | None) -> None:
    found = {f.text: f.counted for f in extract(sentence)}[text]
    if counted is None:
        assert not (found or "").startswith("spending on")
    else:
        assert found == counted
