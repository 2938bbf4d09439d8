"""A headline's rounded number and the one value its body gives in full are one figure
(``store.conflicts.headlines``): "toll nears 1,300" above "1,287 people have died"."""

from __future__ import annotations

import pytest

from store.conflicts.grouping import _family
from store.conflicts.headlines import rounded_in_body
from store.conflicts.keys import claim_of
from tests.test_conflicts import RESOLVE, corpus, figure

TOLL = "Velm flood toll nears 1,300 as rivers recede"
COUNT = "Velm city count falls to 4.18 million after audit"


@pytest.mark.parametrize("head, body, restated", [
    # the headline rounds (and says "about") what its body gives to the unit
    ((TOLL, 1300, "about", "deaths", "deaths", "1,300"),
     [("The ministry said 1,287 people had died by Sunday.", 1287, "deaths", "people", "1,287")],
     True),
    # a headline's number with no noun, its body's count of residents to the thousand
    ((COUNT, 4.18e6, "exact", "count", None, "4.18 million"),
     [("The audited tally puts the city at 4,182,000 residents.", 4182000, "residents",
       "residents", "4,182,000")], True),
    # two body values inside the headline's rounding: it may round either, so neither
    ((TOLL, 1300, "about", "deaths", "deaths", "1,300"),
     [("The ministry said 1,287 people had died by Sunday.", 1287, "deaths", "people", "1,287"),
      ("The Red Cross counted 1,262 deaths in the valley.", 1262, "deaths", "deaths", "1,262")],
     False),
    # what the body counts is not what the headline counts
    ((TOLL, 1300, "about", "deaths", "deaths", "1,300"),
     [("Another 1,281 people were injured.", 1281, "people injured", "people", "1,281")], False),
    # a body value outside the headline's rounding is another figure
    ((COUNT, 4.18e6, "exact", "count", None, "4.18 million"),
     [("The 2020 census found 4,236,000 residents.", 4236000, "residents", "residents",
       "4,236,000")], False),
    # a body value no finer than the headline's rounds nothing
    (("Velm flood toll rises to 1,287", 1287, "exact", "deaths", "deaths", "1,287"),
     [("Officials later spoke of about 1,290 deaths.", 1290, "deaths", "deaths", "1,290")],
     False),
])
def test_a_headline_rounding_its_body_agrees_with_it(head, body, restated) -> None:
    specs = [figure("a", sentence, value, approx=approx, unit=unit, counted=counted,
                    head=counted.split()[-1] if counted else None, at=at, when=None)
             for sentence, value, approx, unit, counted, at in [head]]
    specs += [figure("a", sentence, value, unit=unit, counted=counted, head=counted.split()[-1],
                     at=at, when=None)
              for sentence, value, counted, unit, at in body]
    figures, articles = corpus(*specs)
    text = articles[0]["text"]
    claims = [claim_of(row, text[row["sentence"][0]:row["sentence"][1]], 0, RESOLVE,
                       frozenset()) for row in figures]
    first = {"a": min(c.sentence[1] for c in claims if c is not None)}
    found = rounded_in_body([c for c in claims if c is not None], first, _family)
    assert [[c.id for c in members] for members in found] == (
        [[row["id"] for row in figures]] if restated else [])
