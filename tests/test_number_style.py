"""Numbers written with a decimal comma and thousands grouped by a space, as most of the world's
English press outside the US and the UK writes them ("R9,4 billion", "3,5%", "12 500 people"),
read by the scanner alone, the article's style decided from a number that can be read only one
way. The examples are invented."""

from __future__ import annotations

import pytest

from store.extract.number_style import article_styled, as_written
from store.extract.numbers import scan

STYLED = [
    # text, what the scanner reads (text, low, unit)
    # a decimal comma before a scale or a percent sign says the article's style
    ("The bank lifted its profit to R4,7 billion in the year.", [("R4,7 billion", 4.7e9, "ZAR")]),
    ("Turnout at the municipal vote fell to 48,3% from 51,9%.",
     [("48,3%", 48.3, "percent"), ("51,9%", 51.9, "percent")]),
    ("Unions want a rise of 7,5 % for nurses.", [("7,5 %", 7.5, "percent")]),
    ("The recall covers batches worth €2,25m.", [("€2,25m", 2.25e6, "EUR")]),
    # once the style is shown, a bare decimal comma in the same article is one too
    ("Inflation was 5,1% in May. The index stood at 112,4 points.",
     [("5,1%", 5.1, "percent"), ("112,4 points", 112.4, "points")]),
    # thousands grouped by a space, in prose: a word or a sign beside the number
    ("Some 12 500 teachers joined the strike.", [("12 500", 12500, None)]),
    ("The school budget is R1 263 per pupil.", [("R1 263", 1263, "ZAR")]),
    ("He sold the bakkie for R61 800 last week.", [("R61 800", 61800, "ZAR")]),
    # two decimals, or a decimal and a share, joined by "and": no list
    ("Inflation was 5,1% and will be between 4,5 and 6% next year.",
     [("5,1%", 5.1, "percent"), ("4,5 and 6%", 4.5, "percent")]),
    ("Inflation was 5,1%. Loads were between 4,5 and 6,2 tonnes.",
     [("5,1%", 5.1, "percent"), ("4,5 and 6,2 tonnes", 4.5, "tonnes")]),
    # a currency's code in capitals before a number grouped by a space is no name
    ("Inflation was 5,1%. It cost ZAR 12 500 in all.",
     [("5,1%", 5.1, "percent"), ("ZAR 12 500", 12500, "ZAR")]),
    ("A plant of 4 200 MW was approved.", [("4 200 MW", 4200, "MW")]),
    ("The court heard 1 250 000 claims.", [("1 250 000", 1.25e6, None)]),
    # three digits and three more, once the article shows its style by another number
    ("Some 12 500 teachers struck, and 412 300 pupils stayed home.",
     [("12 500", 12500, None), ("412 300", 412300, None)]),
    ("Inflation was 5,1%, and 412 300 people lost work.",
     [("5,1%", 5.1, "percent"), ("412 300", 412300, None)]),
    # then also where nothing says so by itself: a table's cell of that article
    ("Voters: 18 300 registered.\n\n| Ward | Voters |\n|---|---|\n| North | 9 640 |",
     [("18 300", 18300, None), ("9 640", 9640, None)]),
    # grouped by a space and a decimal comma together
    ("Output rose to 1 263,5 tonnes.", [("1 263,5 tonnes", 1263.5, "tonnes")]),
]


@pytest.mark.parametrize(("text", "read"), STYLED)
def test_numbers_in_the_style_of_the_article(text: str,
                                            read: list[tuple[str, float, str | None]]) -> None:
    assert [(e.text, e.low, e.unit) for e in scan(text)] == [
        (t, pytest.approx(v), u) for t, v, u in read]


UNSTYLED = [
    # a comma with three digits after it stays a thousands separator, style or none
    ("Sales rose 3,5% and the bank hired 1,263 staff.", [("3,5%", 3.5), ("1,263", 1263)]),
    ("The bank hired 1,263 staff.", [("1,263", 1263)]),
    # lakhs and crores grouped the South Asian way stay so
    ("Each family got Rs 1,20,000 after the flood.", [("Rs 1,20,000", 120000)]),
    # a list written with commas and no space is no decimal in an article of the other style
    ("Chapters 1,2 and 3 were read.", [("1", 1), ("2", 2), ("3", 3)]),
    # a run of numbers set apart by spaces is a table's columns or a telephone number
    ("Deaths 412 468", [("412", 412), ("468", 468)]),
    ("Call 012 555 4600 for details.", []),
    ("Call +27 11 688 1400 or write in.", []),
    # a year, then a number: no group of thousands
    ("In 2029 412 people died.", [("2029", 2029), ("412", 412)]),
    # a number before a hyphened measure counts the things measured ("20 150-tonne tanks")
    ("The army bought 20 150-tonne tanks.", [("20", 20)]),
    # a name's digits, then a number
    ("The A320 200 jets were grounded.", [("200", 200)]),
    # three digits and three more, in an article that shows no such style: two numbers
    ("The vote was 412 409 in favour of the motion.", [("412", 412), ("409", 409)]),
    ("The bill passed 318 277 after a long night.", [("318", 318), ("277", 277)]),
    # a month's day, then a number
    ("By March 31 250 schools had closed.", [("31", 31), ("250", 250)]),
    ("On Sept. 4 300 workers walked out.", [("4", 4), ("300", 300)]),
    # a name or a document's word that takes a number, then a number
    ("Heathrow Terminal 5 200 flights were cancelled.", [("5", 5), ("200", 200)]),
    ("The report on page 12 400 claims in all.", [("12", 12), ("400", 400)]),
    # a sign's letter glued to digits, then a distance: a road's code and its distance
    ("The truck crashed on the R61 800 metres past the bridge.", [("800 metres", 800)]),
    ("Traffic backed up on the N2 300 km east of Cape Town.", [("300 km", 300)]),
    ("Residents blocked the N4 150 metres from the mine.", [("150 metres", 150)]),
    ("Rates were 5,1% in May. The crash on the R61 800 metres away closed it.",
     [("5,1%", 5.1), ("800 metres", 800)]),
    # a list's items, the last a whole number after "and" or "or", in an article of that style
    ("Rates were 5,1% in May. Years 7,8 and 9 stayed home.",
     [("5,1%", 5.1), ("7", 7), ("8", 8), ("9", 9)]),
    ("Rates were 5,1% in May. Wards 3,4 or 5 may close.",
     [("5,1%", 5.1), ("3", 3), ("4", 4), ("5", 5)]),
    # a name in capitals that takes digits, then a number: the name's digits are no number
    ("The COVID 19 300 beds were full.", [("300", 300)]),
    ("Rates were 5,1% in May. After SARS 2 400 staff left.", [("5,1%", 5.1), ("400", 400)]),
]


@pytest.mark.parametrize(("text", "read"), UNSTYLED)
def test_numbers_of_the_ordinary_style_stay_as_they_were(
        text: str, read: list[tuple[str, float]]) -> None:
    assert [(e.text, e.low) for e in scan(text) if e.text != "150"] == read


@pytest.mark.parametrize("text", [
    "A fine of R9,4 billion, and 12 500 people, and 1 263,5 tonnes.",
    "no numbers at all",
    "1,234 and 5 678 and 9,1%",
])
def test_the_style_keeps_every_offset(text: str) -> None:
    written = as_written(text)
    assert len(written) == len(text)
    assert all(a == b or a in ", " for a, b in zip(text, written, strict=True))
    for expr in scan(text):
        assert text[expr.start:expr.end] == expr.text


class _Article:
    text = "Inflation was 5,1% in May. The index stood at 1,5 points, and 412 409 voted."


@article_styled
def _read_window(doc: _Article, window: str) -> list[tuple[str, float]]:
    return [(e.text, e.low) for e in scan(window)]


def test_a_window_of_an_article_is_read_in_the_article_s_style() -> None:
    """A window scanned again shows no cue of its own ("1,5" alone): the style is the whole
    article's, decided once, and it is gone when the article is read."""
    alone = [(e.text, e.low) for e in scan("stood at 1,5 points")]
    assert _read_window(_Article(), "stood at 1,5 points") == [("1,5 points", 1.5)]
    assert _read_window(_Article(), "and 412 409 voted") == [("412 409", 412409)]
    assert [(e.text, e.low) for e in scan("stood at 1,5 points")] == alone
