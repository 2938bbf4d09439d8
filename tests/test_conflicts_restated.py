"""Figures of several articles that give one number in one unit under one name restate one
figure, whatever else their keys say (``store.conflicts.restated``): "$4,000 per passenger" in
one report and "the $4,000 compensation" in another."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.keys import claim_of
from store.conflicts.restated import restated_by_name
from tests.test_conflicts import RESOLVE, corpus, figure


def _spec(article: str, sentence: str, value: float, unit: str, counted: str | None,
          at: str, group: str | None = None, where: tuple[str, ...] = ()) -> dict[str, Any]:
    return figure(article, sentence, value, unit=unit, counted=counted,
                  head=counted.split()[-1] if counted else None, at=at, when=None, group=group,
                  where=where)


COMPENSATION = [
    ("a", "The airline will pay compensation of $4,000 per passenger.", 4000, "USD per passenger",
     "compensation", "$4,000"),
    ("b", "Passengers were offered the $4,000 compensation on Monday.", 4000, "USD",
     "compensation", "$4,000"),
]
PASS_MARK = [
    ("a", "The board set the pass mark at 65% this year.", 65, "percent", "pass mark", "65%"),
    ("b", "Pupils needed 65 percent, the new pass mark, to qualify.", 65, "percent",
     "new pass mark", "65 percent"),
]


@pytest.mark.parametrize("specs, restated", [
    # what the sum is per, said by one report and dropped by the other
    ([_spec(*row) for row in COMPENSATION], True),
    # one name qualified in one article only
    ([_spec(*row) for row in PASS_MARK], True),
    # a holder named by one article only: still the same figure
    ([_spec("a", "The union's strike fund holds £2 million.", 2e6, "GBP", "strike fund",
            "£2 million", group="Unite"),
      _spec("b", "A strike fund of £2 million will pay pickets.", 2e6, "GBP", "strike fund",
            "£2 million")], True),
    # two holders: two funds that happen to hold the same sum
    ([_spec("a", "The union's strike fund holds £2 million.", 2e6, "GBP", "strike fund",
            "£2 million", group="Unite"),
      _spec("b", "The employers' strike fund holds £2 million.", 2e6, "GBP", "strike fund",
            "£2 million", group="Confederation of British Industry")], False),
    # two places: two fines of one size
    ([_spec("a", "A fine of €500 applies in Lyon.", 500, "EUR", "fine", "€500",
            where=("Lyon",)),
      _spec("b", "A fine of €500 applies in Porto.", 500, "EUR", "fine", "€500",
            where=("Porto",))], False),
    # a sum a month is no sum
    ([_spec("a", "Strikers get £80 per week from the fund.", 80, "GBP per week", "strike pay",
            "£80"),
      _spec("b", "Strike pay of £80 was handed out.", 80, "GBP", "strike pay", "£80")], False),
    # different numbers are not a restatement
    ([_spec("a", "The recall will cost $12 million.", 12e6, "USD", "recall cost", "$12 million"),
      _spec("b", "The recall cost is put at $15 million.", 15e6, "USD", "recall cost",
            "$15 million")], False),
    # one article saying it twice: its own groups say it
    ([_spec("a", "The recall will cost $12 million.", 12e6, "USD", "recall cost", "$12 million"),
      _spec("a", "That $12 million recall cost hit profits.", 12e6, "USD", "recall cost",
            "$12 million")], False),
    # a count: its noun is its unit, and small counts coincide
    ([_spec("a", "The court heard 12 witnesses.", 12, "witnesses", "witnesses", "12"),
      _spec("b", "Another court heard 12 witnesses.", 12, "witnesses", "witnesses", "12")],
     False),
    # different names: two quantities
    ([_spec("a", "The school budget rose by $3 million.", 3e6, "USD", "rise", "$3 million"),
      _spec("b", "The school's deficit is $3 million.", 3e6, "USD", "deficit", "$3 million")],
     False),
])
def test_one_number_under_one_name_in_two_articles_is_one_figure(specs, restated) -> None:
    figures, articles = corpus(*specs)
    texts = {a["id"]: a["text"] for a in articles}
    claims = [claim_of(row, texts[row["article"]][row["sentence"][0]:row["sentence"][1]], 0,
                       RESOLVE, frozenset()) for row in figures]
    found = restated_by_name([c for c in claims if c is not None])
    assert [[c.id for c in members] for members in found] == (
        [[row["id"] for row in figures]] if restated else [])
