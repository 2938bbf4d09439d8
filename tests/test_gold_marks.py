"""The score of the program's own marks: a group marked contradiction, revision or change is
right only when the gold group sharing most of its figures has that kind; a mark with no gold
group under it is counted, never right (``tests.gold_report.marks_score``)."""

from __future__ import annotations

import pytest

from tests.gold_report import marks_score

# four figures of one article at 0, 10, 20, 30; the gold groups them as a contradiction (0, 1)
# and a change over time (2, 3)
GOLD = {
    "figures": [{"article": "a.txt", "char_offset": at, "text": "12"} for at in (0, 10, 20, 30)],
    "conflicts": [
        {"kind": "contradiction", "quantity": "crowd on the first day", "figure_idx": [0, 1]},
        {"kind": "change_over_time", "quantity": "crowd over the week", "figure_idx": [2, 3]},
    ],
}


def _doc(groups: list[tuple[str, list[int]]]) -> dict:
    return {
        "articles": [{"id": "A", "file": "a.txt"}],
        "figures": [{"id": f"f{at}", "article": "A", "start": at, "end": at + 2}
                    for at in (0, 10, 20, 30)],
        "conflicts": [{"verdict": verdict, "quantity": "crowd",
                       "figures": [f"f{at}" for at in members]} for verdict, members in groups],
    }


@pytest.mark.parametrize(("groups", "contradiction", "revision", "change", "wrong"), [
    # the marks the gold gives
    ([("contradiction", [0, 10]), ("change_over_time", [20, 30])], [1, 1], [0, 0], [1, 1], 0),
    # a change called a contradiction: marked, not right, listed
    ([("contradiction", [20, 30])], [0, 1], [0, 0], [0, 0], 1),
    # a contradiction called a revision
    ([("revision", [0, 10])], [0, 0], [0, 1], [0, 0], 0),
    # figures the gold never groups together (one of each gold group): no gold group under it
    ([("contradiction", [0, 20])], [0, 1], [0, 0], [0, 0], 1),
    # "consistent" is no mark
    ([("consistent", [0, 10])], [0, 0], [0, 0], [0, 0], 0),
])
def test_a_mark_is_right_only_on_a_gold_group_of_its_kind(
        groups: list[tuple[str, list[int]]], contradiction: list[int], revision: list[int],
        change: list[int], wrong: int) -> None:
    marks, wrong_lines = marks_score(_doc(groups), GOLD)
    assert marks == {"contradiction": contradiction, "revision": revision,
                     "change_over_time": change}
    assert len(wrong_lines) == wrong


# the gold nests a revision (0, 1) inside a contradiction (0, 1, 2): a mark on exactly the
# revision's figures shares two with each and is judged against the revision it fills
NESTED = {
    "figures": GOLD["figures"],
    "conflicts": [
        {"kind": "contradiction", "quantity": "crowd, all counts", "figure_idx": [0, 1, 2]},
        {"kind": "revision", "quantity": "crowd, the police's count", "figure_idx": [0, 1]},
    ],
}


@pytest.mark.parametrize(("groups", "contradiction", "revision"), [
    ([("revision", [0, 10])], [0, 0], [1, 1]),
    ([("contradiction", [0, 10])], [0, 1], [0, 0]),
    ([("contradiction", [0, 10, 20])], [1, 1], [0, 0]),
])
def test_a_mark_meets_the_nested_gold_group_it_fills(
        groups: list[tuple[str, list[int]]], contradiction: list[int], revision: list[int]) -> None:
    marks, _ = marks_score(_doc(groups), NESTED)
    assert (marks["contradiction"], marks["revision"]) == (contradiction, revision)
