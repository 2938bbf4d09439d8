"""A group whose figures disagree, though no rule shows them rival estimates, a revision or a
change, is never called consistent ("X and Y agree") unless two of its figures do agree: left
unjudged, it is no group at all (``store.conflicts.verdicts._unjudged`` and ``judged``). Each
row is invented."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from store.conflicts.verdicts import CONSISTENT, UNJUDGED, judged
from tests.test_estimates import build, deaths


def loaves(article: str, sentence: str, low: float, origin: str | None) -> dict[str, Any]:
    return deaths(article, sentence, low, origin=origin, counted="loaves", unit="loaves",
                  period_basis="stated", reported="2031-04-12", when="2031-04-11")


GUILD = ("a", "The bakers' guild said the fair sold 4,000 loaves.", 4_000, "the bakers' guild")
COUNCIL = ("b", "The town council said the fair sold 4,000 loaves.", 4_000, "the town council")
STALL = ("c", "One stall sold 90 loaves at the fair, its owner said.", 90, "the stall owner")
OUTLET = ("d", "The fair sold 6,500 loaves.", 6_500, None)
OTHER_OUTLET = ("e", "The fair sold 9,000 loaves.", 9_000, None)
EACH_STALL = ("d", "Each stall sold 90 loaves.", 90, None)


@pytest.mark.parametrize("figures, verdicts, agreeing", [
    # one writer's own two values: no rivals, and they do not agree: no group
    ([OUTLET, EACH_STALL], [], None),
    # two bodies' figures forty times apart: no rivals, and they do not agree: no group
    ([GUILD, STALL], [], None),
    # two outlets' own unattributed values: no rivals, no agreement: no group
    ([OUTLET, OTHER_OUTLET], [], None),
    # two that agree beside one forty times smaller: consistent, the example pair agreeing
    ([GUILD, COUNCIL, STALL], [CONSISTENT], ("4,000", "council")),
])
def test_a_group_is_called_consistent_only_when_two_of_its_figures_agree(
        figures: list[tuple[str, str, float, str | None]], verdicts: list[str],
        agreeing: tuple[str, str] | None) -> None:
    rows = build(*(loaves(*figure) for figure in figures))
    roots = [g for g in rows if g["parent"] is None]
    assert [g["verdict"] for g in roots] == verdicts
    assert all(g["verdict"] != UNJUDGED for g in rows)
    if agreeing:
        assert "agree" in roots[0]["reason"]
        assert all(value in roots[0]["reason"] for value in agreeing)


@dataclass(frozen=True)
class Stub:
    key: str
    verdict: str
    parent: str | None

    @property
    def id(self) -> str:
        return self.key


@pytest.mark.parametrize("groups, kept", [
    # nothing unjudged: every group kept as it is
    ([Stub("q", CONSISTENT, None), Stub("q#a", CONSISTENT, "q")], {"q": None, "q#a": "q"}),
    # an unjudged quantity: its agreeing figures stand as a group of their own
    ([Stub("q", UNJUDGED, None), Stub("q=0", CONSISTENT, "q")], {"q=0": None}),
    # an unjudged period inside a quantity: its group hangs from the quantity
    ([Stub("q", CONSISTENT, None), Stub("q@p", UNJUDGED, "q"), Stub("q@p#a", CONSISTENT, "q@p")],
     {"q": None, "q@p#a": "q"}),
])
def test_unjudged_groups_are_left_out_and_their_inner_groups_hang_from_the_next_kept(
        groups: list[Stub], kept: dict[str, str | None]) -> None:
    assert {g.id: g.parent for g in judged(groups)} == kept
