"""A figure that leaves its place unsaid joins the one quantity whose figures its own named body
gives, when its value is below all of theirs: the body's count moved
(``store.conflicts.attach._one_body_counts``). A value above them (it may be their whole), a
writer's own figure, another body's, or a body that counts several places stay apart."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.attach import attach
from store.conflicts.keys import claim_of
from tests.test_conflicts import RESOLVE, corpus, figure


def _kiosks(article: str, sentence: str, value: int, source: str,
            where: tuple[str, ...] = (), owner: str | None = None) -> dict[str, Any]:
    row = figure(article, sentence, value, unit="kiosks", counted="kiosks", head="kiosk",
                 where=where, at=f"{value:,}", when="2031-05", group=owner)
    row["source"] = source
    if where:
        row["where_basis"] = "phrase"
    return row


FIRST = _kiosks("early", "The Velmar Transit Board said 1,480 kiosks were open in Ostria.", 1480,
                "Velmar Transit Board", ("Ostria",))
OWNED = _kiosks("early", "The Velmar Transit Board said Korrin Retail ran 1,480 kiosks in Ostria.",
                1480, "Velmar Transit Board", ("Ostria",), "Korrin Retail")
OTHER_PLACE = _kiosks("early", "The Velmar Transit Board said 390 kiosks were open in Dunmere.",
                      390, "Velmar Transit Board", ("Dunmere",))


@pytest.mark.parametrize("later, extra, joined", [
    # a place it leaves unsaid, not an owner: one company's kiosks are not all kiosks
    (_kiosks("late", "The Velmar Transit Board said 265 kiosks were still open.", 265,
             "Velmar Transit Board"), "owned", False),
    # the same body's later count, its place left unsaid: one count that moved
    (_kiosks("late", "The Velmar Transit Board said 265 kiosks were still open.", 265,
             "Velmar Transit Board"), [], True),
    # above every count of the place, it may be the board's count of all places
    (_kiosks("late", "The Velmar Transit Board said 2,150 kiosks were open.", 2150,
             "Velmar Transit Board"), [], False),
    # another body's count, or the writer's own, is no restatement of the board's
    (_kiosks("late", "The Korrin Retail Guild said 265 kiosks were still open.", 265,
             "Korrin Retail Guild"), [], False),
    (_kiosks("late", "Only 265 kiosks were still open.", 265, "the article"), [], False),
    # a body that counts two places: which one a placeless count is of, nothing says
    (_kiosks("late", "The Velmar Transit Board said 265 kiosks were still open.", 265,
             "Velmar Transit Board"), [OTHER_PLACE], False),
])
def test_a_placeless_count_joins_its_own_body_s_quantity(later, extra, joined) -> None:
    first, extra = (OWNED, []) if extra == "owned" else (FIRST, extra)
    figures, articles = corpus(first, *extra, later)
    texts = {a["id"]: a["text"] for a in articles}
    claims = [claim_of(row, texts[row["article"]][row["sentence"][0]:row["sentence"][1]], 0,
                       RESOLVE, frozenset()) for row in figures]
    buckets, _ = attach([c for c in claims if c is not None])
    home = {c.id: parts for parts, members in buckets.items() for c in members}
    assert (home[figures[0]["id"]] == home[figures[-1]["id"]]) is joined
