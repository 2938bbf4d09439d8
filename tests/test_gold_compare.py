"""The comparison of two gold runs: which bar a set meets, and the marks summed by kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.gold_compare import bars, load, main, marks


def _set(name: str, **changes: object) -> dict:
    scores = {"set": name, "precision": 1.0, "recall": 1.0, "value": 0.95, "counted": 0.85,
              "groups_found": 9, "groups": 10, "verdict_right": 9,
              "actor_b3": [0.95, 0.9, 0.92], "marks": {"contradiction": [1, 2]}}
    scores.update(changes)
    return scores


@pytest.mark.parametrize("scores, met", [
    (_set("extra9"), (True, True, True)),
    (_set("extra9", value=0.92), (False, True, True)),  # low/high/unit under .93
    (_set("extra9", verdict_right=8), (True, False, True)),  # 8 of 10 verdicts
    (_set("extra9", actor_b3=[0.89, 0.95, 0.92]), (True, True, False)),  # precision under .90
    (_set("seeds", groups=6, groups_found=6, verdict_right=5), (True, False, False)),
])
def test_a_set_meets_the_bars_the_issues_set(scores: dict, met: tuple[bool, ...]) -> None:
    scores["actor_p"], _, scores["actor_f1"] = scores["actor_b3"]
    assert bars(scores) == met


def test_runs_are_compared_and_marks_summed(tmp_path: Path, capsys) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(_set("extra1")) + "\n" + json.dumps(_set("extra2")) + "\n")
    new.write_text(json.dumps(_set("extra1", counted=0.9)) + "\n"
                   + json.dumps(_set("extra2", marks={"contradiction": [2, 2]})) + "\n")
    assert marks(load(new), ["extra1", "extra2"]) == {"contradiction": [3, 4]}
    assert main([str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "extra1    counted 0.850->0.900" in out
    assert "contradiction [1, 2]->[2, 2]" in out
    assert "new: figures 2/2  groups 2/2  actors 2/2  marks contradiction 3/4 (0.750)" in out
