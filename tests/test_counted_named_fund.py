"""A sum set right before the name of a fund or a scheme is that fund's size, whatever body the
clause around it names (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase
NAMED_FUNDS = [
    ("The trust, which runs the city's €4bn Harbour Renewal Fund, says 310 homes are planned.",
     "€4bn", "Harbour Renewal Fund"),
    ("The ministry expects the first loaves under its Rs24 billion Village Bread Scheme to reach "
     "the towns by March 18.", "Rs24 billion", "Village Bread Scheme"),
    ("The city launched a €4bn Harbour Renewal Fund in May.", "€4bn", "Harbour Renewal Fund"),
    # a name that ends in no pot of money, and a sum the name follows only after a verb
    ("The club paid £4m to Harbour United in May.", "£4m", "payments"),
    ("The bakery gave $2m to the Smith Family Fund.", "$2m", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NAMED_FUNDS)
def test_a_sum_before_a_fund_s_name_is_its_size(extract, sentence: str, text: str,
                                                counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
