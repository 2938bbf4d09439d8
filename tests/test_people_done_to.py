"""A generic noun of people with the participle of a verb of what befell them after it ("people
rescued", "men escorted") counts that: its class is the participle (``quantities.thing_of``), so
two articles' counts of people rescued are one quantity, apart from people arrested."""

from __future__ import annotations

import pytest

from store.conflicts.quantities import thing_of
from tests.test_conflicts import figure, groups


@pytest.mark.parametrize("counted, head, expected", [
    ("people rescued", "people", "rescued"),
    ("men escorted", "men", "escorted"),
    # a participle of no such verb says nothing of what is counted
    ("people surveyed", "people", None),
    ("people arrested", "people", "arrested"),
    # a participle the data names a class for keeps that class
    ("people killed", "people", "deaths"),
    # no participle: the generic noun says nothing of what is counted
    ("people", "people", None),
    ("people in need", "people", None),
])
def test_a_generic_noun_takes_the_participle_after_it(counted, head, expected) -> None:
    assert thing_of(counted, head, armed=False) == expected


def _people(article: str, sentence: str, value: float, at: str, counted: str, when: str):
    return figure(article, sentence, value, unit="people", counted=counted, head="people",
                  where=("Veldmark",), when=when, at=at)


def test_counts_of_people_rescued_over_days_are_one_quantity() -> None:
    rows = groups(
        _people("a", "Crews had pulled 118 people rescued from the rubble by 3 May.", 118, "118",
                "people rescued", "2031-05-03"),
        _people("b", "By 9 May some 164 people rescued were in hospital.", 164, "164",
                "people rescued", "2031-05-09"),
        _people("c", "Police held 23 people arrested at the scene on 9 May.", 23, "23",
                "people arrested", "2031-05-09"))
    outer = [g for g in rows if g["parent"] is None]
    assert [(len(g["figures"]), g["verdict"]) for g in outer] == [(2, "change_over_time")]
