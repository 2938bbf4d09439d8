"""A rate per an area is one quantity whatever unit of area it is given per
(``store.conflicts.measures.per_base``): outlets convert a density or a price per area for
their readers ("1.5 people per square metre (0.14 per square foot)")."""

from __future__ import annotations

import pytest

from store.conflicts.keys import claim_of
from store.conflicts.ranges import overlap
from tests.test_conflicts import RESOLVE, corpus, figure


def _claims(*specs: tuple[str, float, str, str]) -> list:
    rows = [figure(str(n), sentence, value, unit=unit, counted=counted,
                   head=counted.split()[-1], at=f"{value:,}".rstrip("0").rstrip(".")
                   if "." in f"{value:,}" else f"{value:,}")
            for n, (sentence, value, unit, counted) in enumerate(specs)]
    figures, articles = corpus(*rows)
    texts = {a["id"]: a["text"] for a in articles}
    return [claim_of(row, texts[row["article"]][row["sentence"][0]:row["sentence"][1]], 0,
                     RESOLVE, frozenset()) for row in figures]


@pytest.mark.parametrize("first, second, same", [
    # a crowd density in square metres and its conversion to square feet
    (("The cap is 1.5 people per square metre.", 1.5, "people per square metre", "density"),
     ("The cap is about 0.14 people per square foot.", 0.14, "people per ft2",
      "density"), True),
    # a population density per km2 and per square mile
    (("Density rose to 395 people per km2.", 395, "people per km2", "density"),
     ("Density rose to 1,023 people per square mile.", 1023, "people per square miles",
      "density"), True),
    # a yield per hectare and per km2
    (("Farms harvested 2.1 tonnes per hectare.", 2.1, "tonnes per hectare", "yield"),
     ("Farms harvested 210 tonnes per km2.", 210, "tonnes per km2", "yield"), True),
    # a density per km2 and per square mile that differ are two values of one measure
    (("Density rose to 395 people per km2.", 395, "people per km2", "density"),
     ("Density rose to 395 people per square mile.", 395, "people per square miles",
      "density"), False),
])
def test_a_rate_per_a_measured_unit_is_compared_per_its_base(first, second, same) -> None:
    a, b = _claims(first, second)
    assert a.key.measure == b.key.measure
    assert overlap(a.claim, b.claim) is same


@pytest.mark.parametrize("first, second", [
    # a rate per a period is no rate per a measure
    (("Crowds reached 4 people per square metre.", 4, "people per square metre", "crowd"),
     ("Crowds reached 4 people per day.", 4, "people per day", "crowd")),
    # a price per gram and per kilogram are most often two trades' prices (retail, wholesale)
    (("Dealers sold it at 60 euros per gram.", 60, "EUR per gram", "price"),
     ("Importers paid 35,000 euros per kg.", 35000, "EUR per kg", "price")),
    # money per an area is left as it is: a price per acre of farmland and one per square foot
    # near a beach are prices of two kinds of land
    (("Farmland in the valley sold for $9,000 per acre.", 9000, "USD per acres", "land price"),
     ("Land in the valley sold for $70 per square foot.", 70, "USD per ft2",
      "land price")),
    (("Plots sold at 9,900 rand per hectare.", 9900, "ZAR per hectare", "land price"),
     ("Plots sold at 4,000 rand per acre.", 4000, "ZAR per acres", "land price")),
    # a rate per a number of people is left as it is
    (("Cases reached 40 per 100,000 people.", 40, "cases per 100,000 people", "cases"),
     ("Cases reached 40 per square km.", 40, "cases per km2", "cases")),
])
def test_other_rates_keep_their_own_measure(first, second) -> None:
    a, b = _claims(first, second)
    assert a.key.measure != b.key.measure
