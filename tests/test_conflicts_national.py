"""A national count named by its country in one outlet and left placeless by another (an outlet
of that country need not name it) is one quantity, when the corpus gives it one country and
the two share a distinctive value (``store.conflicts.national``)."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.attach import attach
from store.conflicts.keys import claim_of
from tests.test_conflicts import RESOLVE, corpus, figure, groups


def _toll(article: str, sentence: str, value: int, where: tuple[str, ...] = (),
          basis: str | None = None) -> dict[str, Any]:
    row = figure(article, sentence, value, unit="deaths", counted="deaths", head="deaths",
                 where=where, at=f"{value:,}", when=None)
    if basis:
        row["where_basis"] = basis
    return row


# an outlet of the country: its two provinces' tolls, and the national toll with no place
DOMESTIC = [
    _toll("home", "In Nordland, 212 deaths were recorded.", 212, ("Nordland",), "phrase"),
    _toll("home", "In Troms, 97 deaths were recorded.", 97, ("Troms",), "phrase"),
    _toll("home", "The directorate put the national toll at 1,284 deaths.", 1284),
    _toll("home", "The toll later rose to 1,310 deaths.", 1310),
]


@pytest.mark.parametrize("foreign, joined", [
    # a foreign outlet about the country restates the national toll: one quantity
    ([_toll("wire", "The avalanche killed 1,284 people, officials said.", 1284, ("Norway",),
            "article")], True),
    # ... with no value in common the two may be different counts
    ([_toll("wire", "The avalanche killed 1,290 people, officials said.", 1290, ("Norway",),
            "article")], False),
    # ... and between two countries a placeless toll could be either's
    ([_toll("wire", "The avalanche killed 1,284 people, officials said.", 1284, ("Norway",),
            "article"),
      _toll("post", "The storm killed 1,284 people, officials said.", 1284, ("Sweden",),
            "article")], False),
])
def test_a_placeless_national_count_joins_its_one_country(foreign, joined) -> None:
    figures, articles = corpus(*DOMESTIC, *foreign)
    texts = {a["id"]: a["text"] for a in articles}
    claims = [claim_of(row, texts[row["article"]][row["sentence"][0]:row["sentence"][1]], 0,
                       RESOLVE, frozenset()) for row in figures]
    buckets, _ = attach([c for c in claims if c is not None])
    home = {c.id: parts for parts, members in buckets.items() for c in members}
    national = [row["id"] for row in figures if row["low"] >= 1000]
    wire = home[national[2]]
    assert all(home[i] == wire for i in national[:2]) is joined


def _rate(article: str, sentence: str, value: float, where: tuple[str, ...], basis: str
          ) -> dict[str, Any]:
    row = figure(article, sentence, value, unit="percent", counted="pass", head="pass",
                 where=where, at=f"{value} per cent", when="2031")
    row["where_basis"] = basis
    return row


@pytest.mark.parametrize("second, verdicts", [
    # an article about several countries gives their figure, of which one country's is a part
    (_rate("b", "The apprentice pass rate was 83.2 per cent.", 83.2,
           ("Norway", "Sweden", "Denmark"), "article"), []),
    # an article about that one country restates or rivals its figure
    (_rate("b", "The apprentice pass rate was 83.2 per cent.", 83.2, ("Norway",), "article"),
     ["contradiction"]),
])
def test_a_figure_of_several_countries_is_no_rival_of_one_country_s(second, verdicts) -> None:
    first = _rate("a", "The apprentice pass rate in Norway was 81.4 per cent.", 81.4,
                  ("Norway",), "phrase")
    rows = groups(first, second)
    assert [g["verdict"] for g in rows if g["parent"] is None] == verdicts


@pytest.mark.parametrize("sentence, where, joined", [
    # a count its sentence sets in a town is the town's, not the country's
    ("The town of Holmfjord counted 291,940 residents, the council said.", ("Holmfjord",), False),
    # a count that names no place beside the one country's restates the national count
    ("The census counted 5,391,369 residents, the office said.", (), True),
])
def test_a_count_set_in_a_town_is_no_national_count(sentence, where, joined) -> None:
    unit = {"unit": "residents", "counted": "residents", "head": "resident", "when": "2031"}
    national = figure("a", "Norway counted 5,391,369 residents in the census.", 5391369,
                      where=("Norway",), at="5,391,369", **unit)
    national["where_basis"] = "phrase"
    value = float(sentence.split(" counted ")[1].split()[0].replace(",", ""))
    town = figure("b", sentence, value, where=where, at=f"{value:,.0f}", **unit)
    town["where_basis"] = "sentence" if where else "paragraph"
    rows = groups(national, town)
    assert bool([g for g in rows if g["parent"] is None]) is joined
