"""A mass of carbon dioxide is in its own unit (tCO2, MtCO2), whichever way the sentence names
the gas; a mass of anything else, carbon included, stays in its measure. The examples are
invented."""

from __future__ import annotations

import pytest

from store.extract.figures.gas_mass import gas_mass_unit

UNITS = [
    ("tonnes", "carbon dioxide", "tCO2"),
    ("tonnes per year", "CO2 avoided by the new ferries", "tCO2 per year"),
    ("tonnes per hectare", "CO2", "tCO2 per hectare"),
    ("megatonnes", "CO2e", "MtCO2"),
    ("gigatonnes", "carbon dioxide equivalent", "GtCO2"),
    ("tonnes", "carbon", "tonnes"),
    ("tonnes", "barley", "tonnes"),
    ("tonnes", None, "tonnes"),
    ("litres", "CO2", "litres"),
    ("USD per tonne", "carbon dioxide", "USD per tonne"),
]


@pytest.mark.parametrize(("unit", "counted", "expected"), UNITS)
def test_a_mass_of_carbon_dioxide_is_in_its_own_unit(unit: str, counted: str | None,
                                                     expected: str) -> None:
    assert gas_mass_unit(unit, counted) == expected


SENTENCES = [
    ("The bakery chain's ovens released 1.2 million tonnes of carbon dioxide last year.",
     "1.2 million tonnes", "tCO2"),
    ("The orchard stores 380 tonnes of CO2 per hectare.", "380 tonnes", "tCO2 per hectare"),
    ("The ferry company put the CO2 its new boats would avoid at 40,000 tonnes a year.",
     "40,000 tonnes", "tCO2 per year"),
    ("The mill burned 3,000 tonnes of carbon and 400 tonnes of barley.", "3,000 tonnes",
     "tonnes"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "number", "unit"), SENTENCES)
def test_a_figure_of_carbon_dioxide_reads_its_unit(extract, sentence: str, number: str,
                                                   unit: str) -> None:
    assert {f.text: f for f in extract(sentence)}[number].unit == unit
