"""A figure that could belong to several quantities (it names no place, and two places have such a
count) may show that figures agree, never that they disagree: its agreement with another such
figure is kept as a group of its own, its disagreement is not."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.grouping import build_conflicts
from store.conflicts.scope import alias_resolver
from tests.test_conflicts import corpus, figure


def _centres(article: str, sentence: str, value: float, where: tuple[str, ...] = (),
             when: str = "2026-03") -> dict[str, Any]:
    return figure(article, sentence, value, unit="centres", counted="treatment centres",
                  head="centre", where=where, when=when)


PLACED = [
    _centres("a", "The ministry runs 14 centres in Karsby.", 14, ("Karsby",)),
    _centres("a2", "Officials said 14 centres in Karsby are open.", 14, ("Karsby",)),
    _centres("b", "There are 30 centres in Mzuzu.", 30, ("Mzuzu",)),
    _centres("b2", "Mzuzu has 30 centres now.", 30, ("Mzuzu",)),
]


@pytest.mark.parametrize("placeless, agreeing", [
    # two guesses that agree make a consistent group, whatever else the quantity holds
    ([("c", "Some 22 centres are open.", 22, "2026-03"),
      ("d", "22 centres are operating.", 22, "2026-03"),
      ("e", "Only 9 centres were open.", 9, "2026-02")], {"c", "d"}),
    # guesses that only disagree make nothing
    ([("c", "Some 22 centres are open.", 22, "2026-03"),
      ("e", "Only 9 centres were open.", 9, "2026-03")], set()),
])
def test_guessed_figures_only_agree(placeless: list, agreeing: set) -> None:
    figures, articles = corpus(*PLACED, *(_centres(a, s, v, when=w) for a, s, v, w in placeless))
    groups = build_conflicts(figures, articles, alias_resolver())
    guessed = {a for a, *_ in placeless}
    made = [g for g in groups if {f.split(":")[0] for f in g["figures"]} & guessed]
    assert all(g["verdict"] == "consistent" for g in made)
    assert {f.split(":")[0] for g in made for f in g["figures"]} == agreeing
