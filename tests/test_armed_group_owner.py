"""The armed group fighters belong to: the one named last before them, as a whole word."""

from __future__ import annotations

import pytest

from store.extract.figures.who import nearest_armed_group

ARMED = frozenset({"Red Dawn", "RDF", "Kestrel Front"})


@pytest.mark.parametrize(("text", "group"), [
    ("Red Dawn has lost ground. It still has 4,000 fighters.", "Red Dawn"),
    # a name inside a longer word or a hyphenated one is no mention of the group
    ("The RDFX unit and anti-Red Dawn militias count 900 fighters.", None),
    ("Pro-Kestrel Front crowds cheered; 300 fighters joined.", None),
    # the nearest before the fighters, at the text's start too
    ("RDF and Kestrel Front clashed; Kestrel Front lost 120 fighters.", "Kestrel Front"),
    ("Kestrel Front said the RDF had 2,500 fighters.", "RDF"),
])
def test_nearest_armed_group(text: str, group: str | None) -> None:
    assert nearest_armed_group(text, text.index(" fighters") - 3, ARMED) == group
