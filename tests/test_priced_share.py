"""The price of one share said without "a share" (``store.extract.figures.priced_share``): a sum
the clause names a share price, a bid or a close quoted bare in a story that gives a price per
share, and the whole company's worth set beside a price per share, which is no price of one; a
table column of pence per share."""

from __future__ import annotations

import pytest

NAMED_SHARE_PRICE = [
    # text, figure, unit: a sum the clause names the price of a share, by a pronoun or a
    # "stock" the parse leaves unattached to the verb
    ("Norvik Bakeries shares closed down 1.3% at 226p on Monday. They stood at 151p on 23 "
     "January.", "151p", "GBP per share"),
    ("The stock has risen 6.9% since its low of €41.20 on 9 March.", "€41.20", "EUR per share"),
    # the move itself is a share, not a price
    ("The stock has risen 6.9% since its low of €41.20 on 9 March.", "6.9%", "percent"),
    ("The stock has lost €2.1bn of its value since its low in March.", "€2.1bn", "EUR"),
]

IN_THE_STORY = [
    # once a story prices a share, a bare bid, close or fair value of that size is per share
    ("Lakeside Cycles offered 180p a share for Norvik Bakeries in May. The board said no. "
     "Lakeside came back at 205p; the board said no again.", "205p", "GBP per share"),
    ("Lakeside Cycles offered 180p a share for Norvik Bakeries in May. One fund says the shares "
     "are worth 250p.", "250p", "GBP per share"),
    ("The board of the bakery chain, which rejected proposals at 180 pence and 205 pence, now "
     "backs an offer of 220 pence a share.", "180 pence", "GBP per share"),
    # a sum of another size, a sum of millions, another currency, or the price of a thing named
    # after it is no price of a share
    ("Lakeside Cycles offered 180p a share for Norvik Bakeries. The bakery's famous £3 meal deal "
     "stays.", "£3", "GBP"),
    ("Lakeside Cycles offered 180p a share for Norvik Bakeries. The fund also wants a 12p "
     "dividend.", "12p", "GBP"),
    ("Lakeside Cycles offered 180p a share for Norvik Bakeries. Its debt of £2m is small.", "£2m",
     "GBP"),
    ("Lakeside Cycles offered 180p a share for Norvik Bakeries. A loaf costs €2 in Lyon.", "€2",
     "EUR per loaf"),
]

WHOLE_AFTER_OR = [
    # the whole company's worth after ", or" beside a price per share takes no "per share"
    ("At 205p a share, or £1.2bn, the offer was accepted.", "£1.2bn", "GBP"),
    ("The offer is worth about $3.24 a share, or $4.75bn for the whole bakery chain.", "$4.75bn",
     "USD"),
    ("At 205p a share, or £1.2bn, the offer was accepted.", "205p", "GBP per share"),
    # an amount restated in its own currency, of its size, keeps the rate
    ("Tickets cost $40 a seat, or about $38 after the discount, the club said.", "$38",
     "USD per seat"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "figure", "unit"),
                         NAMED_SHARE_PRICE + IN_THE_STORY + WHOLE_AFTER_OR)
def test_the_price_of_one_share(extract, text: str, figure: str, unit: str) -> None:
    assert {f.text: f.unit for f in extract(text)}[figure] == unit


HUNDREDTHS_TABLE = """## Bid history

| Date | Bid (pence per share) | Value (£m) | Plums (cents) |
|---|---|---|---|
| 3 May 2031 | 180 | 410 | 95 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("figure", "low", "unit"), [
    # a header in a currency's hundredths gives its cells in that currency, scaled
    ("180", 1.8, "GBP per share"),
    ("410", 410e6, "GBP"),
    ("95", 0.95, "USD"),
])
def test_a_header_in_hundredths_of_a_currency(extract, figure: str, low: float,
                                              unit: str) -> None:
    fig = {f.text: f for f in extract(HUNDREDTHS_TABLE)}[figure]
    assert (round(fig.low, 6), fig.unit) == (low, unit)
