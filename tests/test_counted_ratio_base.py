"""A multiple whose own words name its base ("three times its usual load", "about 41 times the
agency's guideline") is a ratio to that base, even where the figure before it lent it its noun;
a multiple of a number noun ("2.2 times the company's figure") keeps the noun it shares (spaCy:
slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, last word of what it counts
STATED = [
    ("The clinic saw 310 patients on Monday, three times its usual load.", "three times",
     "load"),
    ("The ward held 96 patients (four times its capacity) during the outbreak.", "four times",
     "capacity"),
    ("Sulphur levels averaged 612 micrograms, about 41 times the agency's guideline.",
     "41 times", "guideline"),
    # a number noun names no base: the shared noun stays
    ("The regulator counted 9.2 million people, 2.2 times the company's figure.", "2.2 times",
     "people"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "noun"), STATED)
def test_a_multiple_is_a_ratio_to_the_base_it_names(extract, sentence: str, text: str,
                                                    noun: str) -> None:
    counted = {f.text: f.counted for f in extract(sentence)}[text]
    assert counted is not None and counted.split()[-1] == noun


# sentence, figure, counted phrase: a multiple of a bare noun of amount and one of the same noun
# named with "its" are both ratios to it, and the phrase keeps no "times"
TO_THE_BASE = [
    ("The jail was running at 3.5 times capacity.", "3.5 times", "ratio to capacity"),
    ("The ward ran at 1.8 times capacity all winter.", "1.8 times", "ratio to capacity"),
    ("The depot held 5,200 buses, about two and a half times its capacity.",
     "two and a half times", "ratio to capacity"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), TO_THE_BASE)
def test_a_multiple_of_capacity_is_one_ratio(extract, sentence: str, text: str,
                                             counted: str) -> None:
    assert {f.text: f.counted for f in extract(sentence)}[text] == counted
