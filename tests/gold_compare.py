"""Two runs of ``tests.gold_report --json`` set side by side: what moved on each set, how many
sets meet each issue's bar, and how far the marks can be trusted, summed by kind.

    python -m tests.gold_compare OLD.json NEW.json [--all]

A run is the report's output, one JSON object a line (``python -m tests.gold_report
$(ls -d tests/gold/extra* | sort -V) seeds --json > run.json``). The bars are those of the
open issues: figures (value >= .93, counted >= .80, precision and recall >= .95), groups (found
and right verdict >= .85 of the gold groups; the samples 6 of 6), actors (B-cubed F1 and
precision >= .90; the samples' F1 >= .95).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

COLUMNS = ("precision", "recall", "value", "counted", "groups_found", "verdict_right", "actor_f1")


def load(path: Path) -> dict[str, dict]:
    """The run's sets by name, each with its actor F1 and precision under their own names."""
    runs: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            scores = json.loads(line)
            scores["actor_p"], _, scores["actor_f1"] = scores["actor_b3"]
            runs[scores["set"]] = scores
    return runs


def bars(scores: dict) -> tuple[bool, bool, bool]:
    """Whether the set meets the figures, groups and actors bars."""
    figures = (scores["value"] >= .93 and scores["counted"] >= .80
               and scores["precision"] >= .95 and scores["recall"] >= .95)
    total = max(scores["groups"], 1)
    if scores["set"] == "seeds":
        groups = scores["groups_found"] >= 6 and scores["verdict_right"] >= 6
    else:
        groups = scores["groups_found"] / total >= .85 and scores["verdict_right"] / total >= .85
    actors = (scores["actor_f1"] >= (.95 if scores["set"] == "seeds" else .90)
              and scores["actor_p"] >= .90)
    return figures, groups, actors


def marks(runs: dict[str, dict], sets: list[str]) -> dict[str, list[int]]:
    """Marks right and marks shown, summed over the sets, by verdict."""
    summed: dict[str, list[int]] = {}
    for name in sets:
        for kind, (right, shown) in runs[name]["marks"].items():
            row = summed.setdefault(kind, [0, 0])
            row[0] += right
            row[1] += shown
    return summed


def moved(old: dict, new: dict) -> list[str]:
    """What changed on one set, a phrase each."""
    out = []
    for column in COLUMNS:
        a, b = old[column], new[column]
        if abs(a - b) > 1e-9:
            out.append(f"{column} {a:.3f}->{b:.3f}" if isinstance(a, float) else
                       f"{column} {a}->{b}")
    if old["marks"] != new["marks"]:
        out.append("marks " + " ".join(f"{kind} {old['marks'].get(kind)}->{shown}"
                                       for kind, shown in new["marks"].items()
                                       if old["marks"].get(kind) != shown))
    return out


def summary(name: str, runs: dict[str, dict], sets: list[str]) -> str:
    met = [bars(runs[s]) for s in sets]
    kinds = "  ".join(f"{kind} {right}/{shown} ({right / max(shown, 1):.3f})"
                      for kind, (right, shown) in marks(runs, sets).items())
    return (f"{name}: figures {sum(m[0] for m in met)}/{len(sets)}  groups "
            f"{sum(m[1] for m in met)}/{len(sets)}  actors {sum(m[2] for m in met)}/{len(sets)}"
            f"  marks {kinds}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--all", action="store_true", help="a line for every set")
    args = parser.parse_args(argv)
    old, new = load(args.old), load(args.new)
    common = [name for name in new if name in old]
    for name in common:
        changes = moved(old[name], new[name])
        if changes or args.all:
            print(f"{name:<9}", "; ".join(changes))
    print(summary("old", old, common))
    print(summary("new", new, common))
    for name in (n for n in new if n not in old):
        print(f"new set {name}:", {c: round(new[name][c], 3) for c in COLUMNS},
              new[name]["marks"], "bars (figures, groups, actors):", bars(new[name]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
