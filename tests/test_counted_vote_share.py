"""A share a verb of winning votes takes as its object, with no whole named, counts votes; a
share with its whole named, a margin, a rise won, or a price's move keeps its own reading (spaCy:
slow). Each row is invented."""

from __future__ import annotations

import pytest

ROWS = [
    ("The Labour candidate won 42.3% in the first round.", "42.3%", "votes"),
    ("The Greens polled 8.1% on Sunday.", "8.1%", "votes"),
    ("The incumbent garnered 61 percent.", "61 percent", "votes"),
    ("The chess club's nominee won 55% against 45% for her rival.", "55%", "votes"),
    ("In the club ballot, 38% voted for the tram plan.", "38%", "votes"),
    ("Some 54% of members voted to strike.", "54%", "members"),  # its whole is named
    ("The Liberals won 42% of the vote.", "42%", "vote"),  # its whole is named
    ("Nurses won a 5% pay rise.", "5%", "pay rise"),  # the rise, not a vote
    ("The bakery won 30% of the market.", "30%", "market"),
    ("The rowing team won by 4%.", "4%", None),  # a margin
    ("Shares in the bakery won 3% on Friday.", "3%", "share price"),  # a price moved
    ("The island voted 61% to stay in the chess federation.", "61%", "votes"),
    # the verb's own object names what was won; the share restates it
    ("The ferry line won a larger part of the crossings: 44% this summer.", "44%", None),
    ("The port won a larger share of the trade, 41%, against 37% two years before.", "41%", None),
    # a share said of a side of a referendum, before or after it
    ("The pollster put Yes on 52.4% and No on 47.6%.", "52.4%", "votes"),
    ("The pollster put Yes on 52.4% and No on 47.6%.", "47.6%", "votes"),
    ("A rival had No ahead with 51.1% to 48.9% for Yes.", "48.9%", "votes"),
    ("The first count gave Yes 61.1% in the harbour ward.", "61.1%", "votes"),
    # a side's word before a noun names the noun's kind; "No." labels a number
    ("The Yes campaign spent 40% of its money on posters.", "40%", "money"),
    ("The chart had it at No. 1 on 40% last week.", "40%", None),
    # a side's word before a noun, which the tagger calls an interjection or a determiner, is
    # part of the noun's phrase, not its end
    ("The chess club's poll finds that nearly 1 in 4 Yes voters decided late.", "1 in 4",
     "voters"),
    ("The bakers' survey found about 1 in 7 No voters had changed their minds.", "1 in 7",
     "voters"),
]


@pytest.fixture(scope="module")
def extract(extract_dated):
    return extract_dated("2030-05-01")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), ROWS)
def test_a_share_won_in_a_vote_counts_votes(extract, sentence: str, text: str,
                                            counted: str | None) -> None:
    found = {f.text: f for f in extract(sentence)}
    assert found[text].counted == counted
