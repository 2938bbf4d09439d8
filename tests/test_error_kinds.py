"""The blind tally of errors by kind (``tests.error_kinds``) names each kind rightly."""

from __future__ import annotations

import pytest

from tests.error_kinds import figure_kinds, group_kinds, unit_kind


@pytest.mark.parametrize("predicted, gold, kind", [
    ("tonnes", "tonnes per day", "unit: rate lost"),
    ("people per month", "people", "unit: rate added"),
    ("EUR per year", "EUR per person", "unit: another rate"),
    ("count", "deaths", "unit: count for a counted noun"),
    ("USD", "CAD", "unit: another currency"),
    ("USD", "jobs", "unit: money for not money"),
    ("percent", "people", "unit: share for not share"),
    ("people", "deaths", "unit: another noun or measure"),
    ("gigawatts", "GWh", "unit: another noun or measure"),
    ("people", "children", "unit: class for a member noun"),
    ("people", "men", "unit: class for a member noun"),
    ("troops", "soldiers", "unit: class for a member noun"),
    ("fighters", "soldiers", "unit: another noun or measure"),
])
def test_unit_kind(predicted: str, gold: str, kind: str) -> None:
    assert unit_kind(predicted, gold) == kind


def _figure(fid: str, start: int, low: float, unit: str, counted: str | None) -> dict:
    return {"id": fid, "article": "a1", "start": start, "end": start + 2, "low": low,
            "high": low, "unit": unit, "counted": counted}


def _gold(offset: int, low: float, unit: str, counted: str, **extra: object) -> dict:
    return {"article": "one.txt", "char_offset": offset, "text": "12", "low": low, "high": low,
            "unit": unit, "counted": counted, **extra}


DOC = {"articles": [{"id": "a1", "file": "one.txt"}],
       "figures": [_figure("f1", 0, 12, "people", "deaths"),
                   _figure("f2", 10, 7, "USD", None),
                   _figure("f3", 20, 5, "tonnes", "oil"),
                   _figure("f4", 30, 9, "people", "workers"),
                   _figure("f5", 40, 3, "people", "boats")],
       "conflicts": [{"verdict": "consistent", "figures": ["f1", "f2"]}]}
GOLD = {"figures": [_gold(0, 12, "deaths", "deaths"),           # unit another noun
                    _gold(10, 7, "CAD", "budget"),              # currency, counted missing
                    _gold(20, 6, "tonnes", "oil"),              # value wrong
                    _gold(30, 9, "people", "workers"),          # right
                    _gold(40, 3, "boats", "boats", optional=True),
                    _gold(50, 1, "people", "people")],          # not found
        "conflicts": [{"kind": "contradiction", "figure_idx": [0, 1]},
                      {"kind": "revision", "figure_idx": [2, 3]}]}


def test_figure_kinds_count_each_error_once_and_skip_optional_figures() -> None:
    assert figure_kinds(DOC, GOLD) == {
        "unit: another noun or measure": 1, "unit: another currency": 1,
        "counted: missing": 1, "value: wrong": 1, "figure: not found": 1}


def test_group_kinds_name_the_gold_verdict_and_the_one_given() -> None:
    assert group_kinds(DOC, GOLD) == {"verdict: consistent for contradiction": 1,
                                      "group: revision not found": 1}
