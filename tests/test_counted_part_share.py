"""A percentage or a fraction a part "accounts for" of a whole is the part's share (spaCy: slow).
Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, what it counts
PART_SHARE = [
    ("Rural voters account for 18.5 percent of the electorate.", "18.5 percent",
     "Rural voters share"),
    ("Tourism accounted for about 12% of the island's output last year.", "12%",
     "Tourism share"),
    ("The northern mine accounts for nearly a third of the company's copper.", "a third",
     "northern mine share"),
]

# sentence, figure, what it counts: a count of the whole, or a share with no whole after it
NOT_A_PART_SHARE = [
    ("The coastal district accounted for 44 of the deaths.", "44", "deaths"),
    ("Imports account for 40 percent, the ministry said.", "40 percent", "Imports"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), PART_SHARE + NOT_A_PART_SHARE)
def test_a_part_accounts_for_its_share(extract, sentence: str, text: str, counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
