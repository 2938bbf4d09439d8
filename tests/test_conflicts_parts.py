"""A part said with its whole ("employs 60 people, 9 of them in Ardmore"): the parser hands the
part the whole's words, so the key must tell it apart (``keys.claim_of``): a part never meets
its whole, and the same part written alike elsewhere still meets it."""

from __future__ import annotations

import pytest

from tests.test_conflicts import figure, groups

EMPLOYED = {"unit": "people", "counted": "people employed", "head": "people",
            "where": ("Ardmore",), "when": "2031"}


@pytest.mark.parametrize("sentence, whole, part", [
    ("The ferry line employs 60 people, 9 of them in Ardmore.", 60, 9),
    ("The chess federation has 80 people on its staff, 7 of whom work in Ardmore.", 80, 7),
])
def test_a_part_said_with_its_whole_meets_only_its_restatement(sentence: str, whole: int,
                                                                part: int) -> None:
    rows = groups(*(figure(article, sentence, value, at=f"{value} ", **EMPLOYED)
                    for article in ("a", "b") for value in (whole, part)))
    met = sorted((g["verdict"], sorted(v[0] for v in g["values"].values())) for g in rows)
    assert met == [("consistent", [part, part]), ("consistent", [whole, whole])]
