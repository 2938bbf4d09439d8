"""A place is where a measure or a share is, never what it measures (spaCy: slow). Each row is
a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase: a measure or share handed only a place noun names nothing;
# a count of places, or a share of them, still counts the places
PLACES = [
    ("The district of Norbury remains the most flooded in the region, with 41 km², followed by "
     "Elm Vale (23 km²).", "23 km²", None),
    ("The county of Harlow remains the most affected in the country, with 310 km², followed by "
     "Stanmere (120 km²) and Brockley (95 km²).", "95 km²", None),
    ("Polls show 64% of the vote in Carvel went to the mayor, and the rest took place in "
     "advance, 12% by post.", "12%", None),
    ("Nine municipalities reported outages on Sunday.", "Nine", "municipalities"),
    ("About 40% of villages in the valley had no clean water.", "40%", "villages"),
]

# text, figure, counted phrase: a later total of one measure does not point back at the size of
# the place the paragraph before gave
SIZES = [
    ("Wildfires burned 2,100 sq km of scrub in the state this summer, rangers said. The state "
     "covers 80,000 sq km in all.\n\nThe agency's own count of 1,900 sq km was lower, its chief "
     "said.", "1,900 sq km", "scrub"),
    ("Loggers cleared 640 hectares of woodland in the county last year. The county covers "
     "95,000 hectares.\n\nThe council's count of 590 hectares was lower, a spokesman said.",
     "590 hectares", "woodland"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*PLACES, *SIZES])
def test_a_place_is_no_counted_noun(extract, sentence: str, text: str,
                                    counted: str | None) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
