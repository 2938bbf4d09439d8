"""A length a verb of extent ("run", "stretch", "extend") gives a thing measures that thing's
length, not a noun borrowed from the sentence or the one before; a person who runs a length
makes a journey, which stays unnamed (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# text, figure, counted phrase, counted head
EXTENT = [
    # a pronoun: nothing but the length is named, and no head to group by
    ("The bakery queue grew after 40 loaves sold out. It ran for about 1.2 km by noon.",
     "1.2 km", "length", None),
    ("The queue of shoppers outside the bakery stretched for 300 metres at dawn.",
     "300 metres", "queue length", "queue"),
    ("The new tram line would run for about 61 km between the two towns.", "61 km",
     "new tram line length", "line"),
    # the verb joined to the clause that names the thing
    ("The scar is 380 metres wide and runs 2.2 km from the ridge to the river.", "2.2 km",
     "scar length", "scar"),
    ("The pipeline extends 300 km under the sea.", "300 km", "pipeline length", "pipeline"),
]

# text, figure: a person, or those who travel, go a length: no length of a thing
JOURNEYS = [
    ("She ran 42 km on Sunday.", "42 km"),
    ("The walkers walked 3 km to the lake.", "3 km"),
    ("Runners ran 21 km through the town.", "21 km"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "counted", "head"), EXTENT)
def test_a_length_a_verb_of_extent_gives(extract, text: str, figure: str, counted: str,
                                         head: str | None) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert (fig.counted, fig.counted_head) == (counted, head)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure"), JOURNEYS)
def test_a_journey_is_no_length_of_a_thing(extract, text: str, figure: str) -> None:
    fig = {f.text: f for f in extract(text)}[figure]
    assert not (fig.counted or "").endswith("length")
