"""A pair of singular nouns joined by "and" or "or" before a plural ("fire and rescue teams")
modifies the plural, which is what the number counts; a pair of plurals, or a pair no plural
follows, is left as it was read (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, unit
PAIRED = [
    ("The province sent 14 fire and rescue teams to the valley.", "14", "teams"),
    ("About 1,400 dock and crane workers stopped work on Monday.", "1,400", "workers"),
    ("The firm drilled 12 oil and gas wells off the coast last year.", "12", "wells"),
    ("The city will close 40 bus and tram lines for the summit.", "40", "lines"),
    ("Rangers opened 9 hiking or cycling trails after the floods.", "9", "trails"),
    # no plural after the pair, or plurals on both sides: read as before
    ("The flood drowned 165 sheep and cattle in the valley.", "165", "sheep"),
    ("The clinic hired 30 doctors and nurse practitioners in May.", "30", "doctors"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), PAIRED)
def test_a_pair_of_noun_modifiers_is_not_what_is_counted(extract, sentence: str, text: str,
                                                         unit: str) -> None:
    assert {f.text: f.unit for f in extract(sentence)}[text] == unit


# names joined by "and"/"or" before the noun: neither alone is the kind counted
NAMED_PAIRS = [
    ("The strike by 4,000 Amazon and Walmart workers ended on Friday.", "4,000", "workers"),
    ("The carrier ordered 40 Airbus and Embraer jets for its regional routes.", "40", "jets"),
    ("Officials counted 300 Hamas fighters.", "300", "Hamas fighters"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), NAMED_PAIRS)
def test_names_joined_before_the_noun_are_both_left_out(extract, sentence: str, text: str,
                                                        counted: str) -> None:
    assert {f.text: f.counted for f in extract(sentence)}[text] == counted
