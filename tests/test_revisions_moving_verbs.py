"""A verb that moves what it acts on from one level to another ("taking its capacity from 400 to
650", ``[revisions] moving_verbs`` of store/data/context.toml) splits "from X to Y" into a before
and an after, like a verb of change; with no object ("takes from two to three hours") the two
numbers stay one range (``store.extract.figures.revisions``; spaCy: slow)."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, before, after", [
    ("The loan will pay for a new wing, taking the hospital's capacity from 400 to 650 beds.",
     "400", "650"),
    ("The new line takes the fleet from 12 to 20 trains.", "12", "20"),
    ("A second terminal would bring the airport's yearly capacity from 9 million to 14 million "
     "passengers.", "9 million", "14 million"),
    # no object: the range a crossing takes
    ("Officials said the hall can take from 400 to 650 people.", None, None),
])
def test_a_moving_verb_with_an_object_tells_a_before_and_an_after(
        extract, text: str, before: str | None, after: str | None) -> None:
    found = {f.text: f for f in extract(text)}
    if before is None:
        assert any(f.low < f.high for f in found.values()), found
    else:
        assert found[before].low == found[before].high
        assert found[after].low == found[after].high
        assert found[after].revises is None  # a change in the world, not a figure replaced
