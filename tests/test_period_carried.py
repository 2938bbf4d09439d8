"""A period said once for several figures of one quantity in a paragraph (annotation guide: the
period is taken from the figure's own sentence, else from what the text says of its quantity):
a later figure of the same noun and unit, with no time of its own, stands in the span said
before it; one set against another, of another time or of another quantity does not."""

from __future__ import annotations

import pytest

ARTICLE_DAY = "2026-10-02"  # the conftest ``extract`` fixture's article date

CARRIED = [
    ("The hospital trust treated 8,400 patients in March. Surgeons operated on 1,100 patients.",
     "1,100", "2026-03"),
    ("The regulator fined 14 banks in 2025. Its inspectors later cleared two banks of wrongdoing.",
     "two", "2025"),
    ("Strikers closed 230 schools in the first half. Unions said pickets shut 40 schools in "
     "the capital alone.", "40", "2026"),
]

NOT_CARRIED = [
    # another quantity
    ("The hospital trust treated 8,400 patients in March. The trust employed 900 nurses.", "900"),
    # a present verb, or a word of another time
    ("Sales reached 3,200 cars in 2028. The firm sells 2,900 cars.", "2,900"),
    ("Sales reached 3,200 cars in 2028. The firm has now sold 2,900 cars.", "2,900"),
    # set against another
    ("The union recruited 12,000 members in 2025. That compared with 9,000 members.", "9,000"),
    # told as things stand now, under a verb in the present
    ("Hurricane Ida destroyed 3,000 homes in 2021. Insurers say 1,200 homes were rebuilt.",
     "1,200"),
    ("The company recalled 40,000 cars in 2019. Regulators say 12,000 cars were never repaired.",
     "12,000"),
    ("The council planted 5,000 trees in 2024. Residents report that 800 trees died.", "800"),
    # another paragraph
    ("The hospital trust treated 8,400 patients in March.\n\nSurgeons operated on 1,100 "
     "patients.", "1,100"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", CARRIED)
def test_a_later_figure_stands_in_the_period_said_before(extract, text, figure, period) -> None:
    assert {f.text: f for f in extract(text)}[figure].when == period


@pytest.mark.slow
@pytest.mark.parametrize("text, figure", NOT_CARRIED)
def test_a_figure_of_another_time_or_quantity_keeps_its_own(extract, text, figure) -> None:
    assert {f.text: f for f in extract(text)}[figure].when == ARTICLE_DAY
