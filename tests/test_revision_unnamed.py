"""A revision is one body replacing its own figure: two figures that name nobody, printed by two
outlets, show no body that gave both, so no revision is inferred between them; a body named for
either still makes one (``store.conflicts.verdicts.revision_of``). Each row is invented."""

from __future__ import annotations

import pytest

from tests.test_estimates import build, deaths


@pytest.mark.parametrize("first, second, revision", [
    (None, None, False),  # two outlets' unattributed tolls of one ferry fire
    ("coast guard", "coast guard", True),  # the coast guard's count, raised
])
def test_no_revision_inferred_between_figures_that_name_nobody(first: str | None,
                                                               second: str | None,
                                                               revision: bool) -> None:
    rows = build(deaths("a", "The ferry fire killed 12 people.", 12, origin=first,
                        reported="2031-02-03"),
                 deaths("b", "The ferry fire killed 30 people.", 30, origin=second,
                        reported="2031-02-04"))
    # (no revision: the two tolls, each naming nobody, are left unjudged, no group at all)
    assert [g["verdict"] for g in rows if g["parent"] is None] == (
        ["revision"] if revision else [])
