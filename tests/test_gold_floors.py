"""Every extra gold set keeps the scores it reached: a floor per set in ``tests/gold/floors.toml``.

The extra sets are scored as an outside reviewer scores a hidden set (``tests.gold_report``: an
ingest and ``claimscope export`` in a fresh store). The floors sit a little under the scores of the
commit the file names, so that a change which loses ground on a story written earlier fails here
rather than passing unseen; raise them when a change gains ground, never lower them to pass.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.gold_exports import exports as exports_of
from tests.gold_report import ROOT, set_scores

GOLD = Path(__file__).parent / "gold"
FLOORS = tomllib.loads((GOLD / "floors.toml").read_text(encoding="utf-8"))["floors"]


def _measured(scores: dict) -> dict[str, float]:
    """The scores under the names the floors file uses."""
    return {"precision": scores["precision"], "recall": scores["recall"],
            "value": scores["value"], "counted": scores["counted"],
            "groups_found": scores["groups_found"], "verdicts_right": scores["verdict_right"],
            "actors_f1": scores["actor_b3"][2]}


def test_every_extra_set_has_floors() -> None:
    sets = {p.name for p in GOLD.iterdir() if p.is_dir()}
    assert sets == set(FLOORS), "a floors table for every extra set scored by the report"


@pytest.fixture(scope="module")
def exports(request: pytest.FixtureRequest) -> dict[str, dict]:
    """Every set this run selected, ingested and exported once, as many at a time as there are
    cores, with one load of the model for them all (``tests.gold_exports``)."""
    names = sorted({item.callspec.params["name"] for item in request.session.items
                    if item.originalname == "test_extra_set_keeps_its_floors"})
    return dict(zip(names, exports_of([GOLD / name for name in names], ROOT), strict=True))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_extra_set_keeps_its_floors(name: str, exports: dict[str, dict]) -> None:
    measured = _measured(set_scores(GOLD / name, doc=exports[name]))
    below = {key: (round(measured[key], 3), floor) for key, floor in FLOORS[name].items()
             if measured[key] < floor}
    assert not below, f"{name} fell below its floors (measured, floor): {below}"
