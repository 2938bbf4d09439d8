"""The earlier value of a change its sentence states ("up from X", "from X to Y") joins the
quantity its later value joined, though its own words leave what it counts unsaid
(``store.conflicts.earlier_placed``; annotation guide: one quantity at two periods is a change)."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.earlier_placed import Sentences
from store.conflicts.grouping import build_conflicts
from store.conflicts.keys import claim_of
from store.conflicts.scope import alias_resolver
from tests.test_conflicts import corpus, figure

RESOLVE = alias_resolver()
TONNES = {"unit": "tonnes", "counted": None, "head": None}


def rows_of(*specs: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    """The corpus's rows, each figure's end after its whole text (the words after it matter)."""
    figures, articles = corpus(*specs)
    for row, spec in zip(figures, specs, strict=True):
        row["end"] = row["start"] + len(spec["at"])
        row["text"] = spec["at"]
    return figures, articles


def top_groups(*specs: dict[str, Any]) -> list[dict[str, Any]]:
    figures, articles = rows_of(*specs)
    return [g for g in build_conflicts(figures, articles, RESOLVE) if g["parent"] is None]


# another article gives the later value too
NAMED = "The smelter poured 412,700 tonnes of zinc last year, its owner said."
ZINC = {"unit": "tonnes", "counted": "zinc", "head": "zinc"}


def named() -> dict[str, Any]:
    return figure("a", NAMED, 412700, at="412,700 tonnes", when="2030", **ZINC)


@pytest.mark.parametrize("sentence, later, earlier", [
    ("It poured 412,700 tonnes of zinc in 2030, up from 388,100 tonnes in 2029.",
     "412,700 tonnes", "388,100 tonnes"),
    ("Zinc output rose from 388,100 tonnes in 2029 to 412,700 tonnes in 2030.",
     "412,700 tonnes", "388,100 tonnes"),
    ("Zinc output climbed to 412,700 tonnes in 2030 from 388,100 tonnes in 2029.",
     "412,700 tonnes", "388,100 tonnes"),
])
def test_the_earlier_value_joins_its_later_values_quantity(sentence, later, earlier) -> None:
    found = top_groups(named(),
                       figure("b", sentence, 412700, at=later, when="2030", **ZINC),
                       figure("b", sentence, 388100, at=earlier, when="2029", **TONNES))
    series = [g for g in found if len(g["figures"]) == 3]
    assert [g["verdict"] for g in series] == ["change_over_time"]


def test_a_later_value_restated_word_for_word_leads_though_it_names_nothing() -> None:
    # the later value says nothing of what it counts, but another article gives the very same
    # number in the same unit: its quantity is no guess by value alone
    sentence = "It poured 412,700 tonnes in 2030, up from 388,100 tonnes in 2029."
    found = top_groups(named(),
                       figure("b", sentence, 412700, at="412,700 tonnes", when="2030", **TONNES),
                       figure("b", sentence, 388100, at="388,100 tonnes", when="2029", **TONNES))
    assert [g["verdict"] for g in found if len(g["figures"]) == 3] == ["change_over_time"]


ROUGHLY = "The smelter poured about 412,000 tonnes of zinc last year, its owner said."


@pytest.mark.parametrize("sentence, later", [
    # two values of one sentence set side by side by no word of time stay apart
    ("It poured 412,700 tonnes of zinc in 2030 and shipped 302,100 tonnes by rail.", ZINC),
    # a later value that says nothing of what it counts, placed by a value that merely agrees
    # with another: a guess that leads nothing else
    ("It poured 412,700 tonnes in 2030, up from 302,100 tonnes in 2029.", TONNES),
])
def test_no_stated_change_or_no_sure_later_value_moves_nothing(sentence, later) -> None:
    found = top_groups(figure("a", ROUGHLY, 412000, at="412,000 tonnes", approx="about",
                              when="2030", **ZINC),
                       figure("b", sentence, 412700, at="412,700 tonnes", when="2030", **later),
                       figure("b", sentence, 302100, at="302,100 tonnes", when="2029", **TONNES))
    assert not [g for g in found if len(g["figures"]) == 3]


@pytest.mark.parametrize("sentence, earlier, expected", [
    # "up from": the value before it
    ("Zinc rose to 5,200 tonnes, up from 4,900 tonnes, and lead to 800 tonnes.",
     "4,900 tonnes", "5,200 tonnes"),
    # "from X to Y": the value after it, not the change told before it
    ("Zinc rose to 5,200 tonnes from 4,900 tonnes, while lead fell from 900 tonnes to "
     "800 tonnes.", "900 tonnes", "800 tonnes"),
    ("Zinc rose to 5,200 tonnes from 4,900 tonnes, while lead fell from 900 tonnes to "
     "800 tonnes.", "4,900 tonnes", "5,200 tonnes"),
    # nothing of its unit before an "up from": no later value
    ("Up from 4,900 tonnes, said the report.", "4,900 tonnes", None),
])
def test_the_later_value_is_the_one_its_words_set_it_against(sentence, earlier,
                                                             expected) -> None:
    texts = [t for t in ("5,200 tonnes", "4,900 tonnes", "900 tonnes", "800 tonnes")
             if f" {t}" in f" {sentence}"]
    specs = [figure("a", sentence, float(t.split()[0].replace(",", "")), at=t, **TONNES)
             for t in texts]
    # each figure at its own place ("900 tonnes" is also the tail of "4,900 tonnes")
    figures, articles = rows_of(*specs)
    for row, t in zip(figures, texts, strict=True):
        at = f" {sentence}".index(f" {t}")
        row["start"], row["end"] = row["sentence"][0] + at, row["sentence"][0] + at + len(t)
        row["id"] = f"a:{row['start']}"
    text = articles[0]["text"]
    claims = [claim_of(row, text[row["sentence"][0]:row["sentence"][1]], 0, RESOLVE,
                       frozenset()) for row in figures]
    by_text = {row["text"]: c for row, c in zip(figures, claims, strict=True)}
    assert by_text[earlier].earlier
    found = Sentences([c for c in claims if c is not None]).later_value(by_text[earlier])
    assert (found and next(t for t, c in by_text.items() if c is found)) == expected


def test_the_earlier_values_conversion_goes_with_it() -> None:
    # "6.0bn euros ($6.5bn)": the aside restates the earlier value in another currency
    sentence = "Zinc sales reached 9.4bn euros in 2030, up from 6.0bn euros ($6.5bn) in 2029."
    sales = {"unit": "EUR", "counted": "zinc sales", "head": "sales"}
    bare = {"counted": None, "head": None}
    found = top_groups(
        figure("a", "The group's zinc sales were 9.4bn euros last year.", 9.4e9, at="9.4bn euros",
               when="2030", **sales),
        figure("b", sentence, 9.4e9, at="9.4bn euros", when="2030", **sales),
        figure("b", sentence, 6.0e9, at="6.0bn euros", when="2029", unit="EUR", **bare),
        figure("b", sentence, 6.5e9, at="$6.5bn", when="2029", unit="USD", **bare))
    assert [g["verdict"] for g in found if len(g["figures"]) == 4] == ["change_over_time"]


VEHICLES = {"unit": "vehicles", "counted": "vehicles", "head": "vehicle"}


@pytest.mark.parametrize("sentence, verdicts", [
    # which of the corpus's two vehicle counts the sentence's is, nothing says; that it moved
    # from the one value to the other, the sentence does
    ("The maker now recalls 9,300 vehicles, up from 7,800 in March.", ["change_over_time"]),
    ("The maker's recall rose to 9,300 vehicles from 7,800 in March.", ["change_over_time"]),
    # two values side by side by no word of time: a guess shows no disagreement
    ("The maker now recalls 9,300 vehicles, and 7,800 were repaired in March.", []),
])
def test_a_change_stated_among_figures_in_doubt_is_a_change(sentence, verdicts) -> None:
    north = figure("a", "In Norland the maker recalled 5,000 vehicles.", 5000, at="5,000",
                   where=("Norland",), when="2030-01", **VEHICLES)
    south = figure("c", "In Sudland it recalled 1,200 vehicles.", 1200, at="1,200",
                   where=("Sudland",), when="2030-01", **VEHICLES)
    later = figure("b", sentence, 9300, at="9,300", when="2030-05", **VEHICLES)
    earlier = figure("b", sentence, 7800, at="7,800", when="2030-03", **VEHICLES)
    pair = {f"b:{sentence.index('9,300')}", f"b:{sentence.index('7,800')}"}
    found = top_groups(north, south, later, earlier)
    assert [g["verdict"] for g in found if set(g["figures"]) == pair] == verdicts


def test_an_earlier_value_that_says_what_it_counts_places_its_later_value() -> None:
    # the later value names nothing it counts; the earlier one does, and the sentence says the
    # two are one quantity
    missing = {"unit": "people", "counted": "missing people", "head": "people"}
    sentence = "Only 12 are still unaccounted for, down from 40 missing people on Monday."
    found = top_groups(
        figure("a", "Rescuers said 40 people were missing.", 40, at="40", when="2030-06-01",
               **missing),
        figure("b", sentence, 12, at="12", when="2030-06-05", unit="people", counted=None,
               head=None),
        figure("b", sentence, 40, at="40 missing", when="2030-06-01", **missing))
    assert [g["verdict"] for g in found if len(g["figures"]) == 3] == ["change_over_time"]
