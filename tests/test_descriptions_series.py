"""One of a numbered series, described: "the round" is the round a name was set beside ("Bid
Window 9, the ninth bidding round,") or one named with the word ("the Doha Round"), in every
article; a description that says which of the series by its place ("the first round", "the
previous auction") is only a name set beside it or one holding that word, never the one its
head alone fits. Cases: marked texts, joins and pairs kept apart, as
``tests/test_resolution.py`` reads them.
"""

from __future__ import annotations

import pytest

from tests.test_resolution import Ref
from tests.test_resolution import test_rule as check_rule

CASES = [
    # (name, articles, must join, must stay apart)
    ("a round set beside a name by a comma is that name in every article that names it",
     ["Licences went to six firms in [Offshore Block 4|ORG], [the third licensing round|DESC] "
      "of the [Velm Energy Agency|ORG]. [The round|DESC] raised 90m.",
      "Bidders in [Offshore Block 4|ORG] paid more than expected. [The round|DESC] closed in "
      "May."],
     [[(0, "Offshore Block 4"), (0, "the third licensing round"), (0, "The round"),
       (1, "The round"), (1, "Offshore Block 4")]], []),
    ("a round named with the word is what 'the round' stands for",
     ["Ministers met for the [Orla Round|EVENT] of trade talks. [The round|DESC] ended with no "
      "deal."],
     [[(0, "Orla Round"), (0, "The round")]], []),
    ("a round that says its place in the series is not the round the article is about",
     ["The strike fund paid out in [Series Nine|ORG], [the ninth funding round|DESC] of the "
      "[Velm Teachers Union|ORG]. [The round|DESC] closed early. [The first round|DESC] in "
      "2011 paid far less."],
     [[(0, "Series Nine"), (0, "The round")]], [[(0, "Series Nine"), (0, "The first round")]]),
    ("a description of a series set beside its own name is that name",
     ["The regulator sold airwaves in [Spectrum Sale 7|ORG] on Monday. [The previous "
      "round|DESC], [Spectrum Sale 6|ORG], raised less. [The next round|DESC] is due in 2031."],
     [[(0, "The previous round"), (0, "Spectrum Sale 6")]],
     [[(0, "The previous round"), (0, "Spectrum Sale 7")],
      [(0, "The next round"), (0, "Spectrum Sale 7")]]),
]


@pytest.mark.parametrize(("name", "texts", "join", "apart"), CASES, ids=[c[0] for c in CASES])
def test_one_of_a_series_described(name: str, texts: list[str], join: list[list[Ref]],
                                   apart: list[list[Ref]]) -> None:
    check_rule(name, texts, join, apart)
