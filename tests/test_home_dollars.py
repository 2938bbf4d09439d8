"""Which dollar a bare "$" is (store/extract/figures/dollars.py): the article's statement of its
currency, or its outlet's country when that country's currency is a dollar, unless the article
writes that dollar's own prefix. The examples are invented."""

from __future__ import annotations

import pytest

from store.extract.figures.dollars import home_dollar, is_bare_dollar

HOMES = [
    # text, outlet from metadata, the dollar a bare "$" means (None: the US dollar)
    ("Pier repairs top $40 million\n\nA city report said the pier needs $40 million.", None, None),
    # a statement of the currency, anywhere in the article
    ("Pier repairs top $40 million\n\nThe pier needs $40 million.\n\n"
     "Sums are in Canadian dollars except where noted.", None, "CAD"),
    ("Budget note\n\nAmounts are in Australian dollars. The dam costs $2bn.", None, "AUD"),
    # a short credit line at the head naming a dollar's country
    ("Ferry fares rise again\n\nTHE CANADIAN PRESS\n\nHALIFAX — Fares rise by $3 on "
     "Monday, the operator said in a statement to reporters.", None, "CAD"),
    ("Ferry fares rise again\n\nBy Lee Marsh, Radio New Zealand\n\nFares rise by $3.", None, "NZD"),
    # the outlet in the metadata
    ("Ferry fares rise by $3 on Monday.", "The Australian Ledger", "AUD"),
    ("Ferry fares rise by $3 on Monday.", "The Harbour Ledger", None),
    # the home dollar's own prefix in the text: the bare sign is the US dollar (wire style)
    ("Ferry fares rise again\n\nTHE CANADIAN PRESS\n\nThe yard costs C$90 million ($66 "
     "million).", None, None),
    # a title naming the country is no credit line
    ("Canadian ferry operator raises fares\n\nThe operator raised fares by $3.", None, None),
]


@pytest.mark.parametrize(("text", "outlet", "code"), HOMES)
def test_home_dollar(text: str, outlet: str | None, code: str | None) -> None:
    assert home_dollar(text, outlet) == code


BARE = [
    ("$40 million", True),
    ("$61-million", True),
    ("half a billion dollars", True),
    ("US$40 million", False),
    ("C$40 million", False),
    ("40 million Canadian dollars", False),
    ("40 million US dollars", False),
    ("40 million U.S. dollars", False),
]


@pytest.mark.parametrize(("text", "bare"), BARE)
def test_bare_dollar(text: str, bare: bool) -> None:
    assert is_bare_dollar(text) is bare


@pytest.mark.slow
def test_bare_amounts_take_the_stated_dollar(extract) -> None:
    figures = extract("The new pier cost $84 million, and tolls raised $2.5 million a year.\n\n"
                      "All figures in Australian dollars.")
    assert [f.unit.partition(" per ")[0] for f in figures] == ["AUD", "AUD"]
