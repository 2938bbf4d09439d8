"""A share in a gapped second conjunct (", and 9% inside the reserves") is a share of what the
share before it was "of"; a share whose conjunct has a verb or a noun of its own keeps its own
reading (spaCy: slow). Each row is a sentence of its own invention."""

from __future__ import annotations

import pytest

# sentence, figure, counted head
GAPPED = [
    ("About 60% of the voters backed the mayor in the north, and 35% in the south.", "35%",
     "voter"),
    ("Roughly 70% of the fines were paid on time, and 12% after a court order.", "12%", "fine"),
    ("The survey found that 41% of the nurses worked night shifts in 2024, and 33% in 2025.",
     "33%", "nurse"),
    ("Half of the wheat crop was sold abroad last year, and 38% in the first quarter.", "38%",
     "crop"),
    ("Some 40% of the voters backed the mayor in March, and 35% the month before.", "35%",
     "voter"),
    ("About 71% of the loans were repaid on time, and 9% a year later.", "9%", "loan"),
]

# sentence, figure, counted head: the second share has a verb or a whole of its own
NOT_GAPPED = [
    ("The bank cut 12% of its branches in 2024, and 8% of its staff.", "8%", "staff"),
    ("Two-thirds of the loans were repaid in 2023, and 15% of the grants in 2024.", "15%",
     "grant"),
    # a determiner that opens the left-out verb's own object, not a time
    ("The clinic says 84% of infants received a first dose of the vaccine, and 61% a second "
     "dose.", "61%", "dose"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), GAPPED)
def test_a_gapped_share_is_of_the_first_whole(extract, sentence: str, text: str,
                                              head: str) -> None:
    assert {f.text: f for f in extract(sentence)}[text].counted_head == head


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "head"), NOT_GAPPED)
def test_a_share_with_its_own_verb_or_whole_keeps_it(extract, sentence: str, text: str,
                                                     head: str | None) -> None:
    found = {f.text: f for f in extract(sentence)}[text]
    if head is not None:
        assert found.counted_head == head
    else:
        assert found.counted_head != "pupil"
