"""What a figure counts when its own words name nothing and another part of the text does: a
conversion that restates a figure whose noun its clause named (spaCy: slow). Each row is a
sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted phrase: a conversion in brackets measures what the figure it
# restates measures, even when that noun came from the clause (its subject) and not the figure
CONVERSIONS = [
    ("Lake Orvessa stood at 41.2 feet (12.56 m) on Thursday, the water board said.", "12.56 m",
     "Lake Orvessa"),
    ("The Tambel reservoir stood at 212 metres (696 feet) above sea level in June.", "696 feet",
     "Tambel reservoir"),
    ("Power demand topped 38 gigawatts (38,000 MW) on Monday evening.", "38,000 MW",
     "Power demand"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), CONVERSIONS)
def test_a_conversion_measures_what_its_figure_measures(extract, sentence: str, text: str,
                                                        counted: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted == counted
