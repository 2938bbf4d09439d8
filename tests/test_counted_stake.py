"""A share of a company that its holder owns counts the holder's stake; a share of a market, of
seats or of votes, and a poll standing, do not (spaCy: slow). Each row is a sentence of its own
invention."""

from __future__ import annotations

import pytest

# sentence, figure, whether it counts a stake
STAKES = [
    ("The bakery chain's founder, who holds 18.5% of the company, backed the sale.", "18.5%", True),
    ("Lakeside Ferries, which owns 7.2%, said it would vote against the deal.", "7.2%", True),
    ("The bus company has 40 million shares; the pension fund holds 11% of them.", "11%", True),
    ("The chess federation's sponsor, Orbis Capital, holds 9.1% of the firm.", "9.1%", True),
    # not a stake (a share of a company's name keeps the name)
    ("Orbis Capital holds 9.1% of Rookline Games.", "9.1%", False),
    ("The bakery chain holds 23% of the market for sliced bread.", "23%", False),
    ("The party holds 41% of the seats in the assembly.", "41%", False),
    ("Labour holds 34% in the latest poll.", "34%", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "stake"), STAKES)
def test_a_share_of_a_company_a_holder_owns_is_its_stake(extract, sentence: str, text: str,
                                                          stake: bool) -> None:
    found = {f.text: f.counted for f in extract(sentence)}
    assert (found[text] == "stake") is stake


@pytest.mark.slow
def test_a_partner_holding_a_share_of_a_whole_named_before_keeps_its_reading(extract) -> None:
    found = {f.text: f.counted for f in extract(
        "The ferry consortium is led by Ostra Marine with 40%, with Kelvin Docks of Oslo "
        "holding 35%.")}
    assert found["35%"] != "stake"
