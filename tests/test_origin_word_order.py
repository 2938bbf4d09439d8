"""One body named in two word orders ("the harbour authority of Velm", "the Velm harbour
authority") is one origin: its own count rising is never a contradiction between two bodies."""

from __future__ import annotations

import pytest

from tests.test_estimates import build, deaths

CASES = [
    # (first name, second name)
    ("harbour authority of Velm", "Velm harbour authority"),
    ("Velm bakers' guild", "guild of Velm bakers"),
    ("chess federation of Velm", "Velm chess federation"),
]


@pytest.mark.parametrize(("first", "second"), CASES)
def test_one_body_in_two_word_orders_is_one_origin(first: str, second: str) -> None:
    groups = build(
        deaths("a", f"The storm killed three people, the {first} said.", 3, origin=first),
        deaths("b", f"The toll has risen to five, the {second} said.", 5, origin=second,
               reported="2024-09-18"),
    )
    assert not any(g["verdict"] == "contradiction" for g in groups)
