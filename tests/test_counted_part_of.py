"""A count written as a part of the count after it ("60 of its 212 branches") says it is a
part, so the part and its whole are two quantities, not rivals or a change."""

from __future__ import annotations

import pytest

from store.conflicts.quantities import qualifiers_of

PARTS = [
    ("The bakery chain will close 60 of its 212 shops.",
     [("60", "part of 212 shops"), ("212", "shops")]),
    ("Only 12 of the 40 trams were running on Monday.",
     [("12", "part of 40 trams"), ("40", "trams")]),
    ("The club sold 3,100 out of the 4,000 season tickets.",
     [("3,100", "part of 4,000 season tickets"), ("4,000", "season tickets")]),
    # a whole its noun names without a number: left as it is (its other wordings meet it)
    ("The federation said 14 of the region's chess clubs had closed.", None),
    # no whole after it, or a number that cannot be a part of it: left as it is
    ("The chess federation has 212 clubs; 60 of them are in the capital.", None),
    ("The dairy sold 10% of its herd.", None),
    ("The ferry carried 300 of the 250 cars, the operator said.",
     [("300", "cars"), ("250", "cars")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "read"), PARTS)
def test_a_part_of_a_whole_says_so(extract, sentence: str,
                                   read: list[tuple[str, str]] | None) -> None:
    figures = extract(sentence)
    if read is None:
        assert not any(f.counted and f.counted.startswith("part of") for f in figures)
        return
    assert [(f.text, f.counted) for f in figures] == read


@pytest.mark.parametrize(("counted", "head", "part"), [
    ("part of 212 shops", "shops", True),
    ("shops", "shops", False),
    ("part of 40 trams", "trams", True),
])
def test_a_part_is_a_qualifier_of_its_key(counted: str, head: str, part: bool) -> None:
    assert ("part" in qualifiers_of(counted, head)) is part
