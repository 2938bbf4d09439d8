"""A currency the units file does not know, which the article shows to be one by converting an
amount in it at once into a currency the file knows ("(4 million euros)", ", about $290m") or by
pricing it against one ("7.7 of them to the euro"), is what its sums are counted in, never what
they count, in every sentence of the article (spaCy: slow). The currencies are invented, as is
each sentence."""

from __future__ import annotations

import pytest

# text, figure, counted phrase
SHOWN = [
    # the conversion in brackets: the verb of money names the sum, and its conversion
    ("The watchdog fined the ferry line 31 million voltas (4 million euros) on Tuesday.",
     "31 million", "fine"),
    ("The watchdog fined the ferry line 31 million voltas (4 million euros) on Tuesday.",
     "4 million euros", "fine"),
    # after a comma and a word of approximation: the conversion's noun names the sum
    ("The farm lobby puts the sector's losses at 2.3bn voltas, about $290m.", "2.3bn",
     "losses"),
    # once shown, the word names no sum elsewhere in the article: the noun it is "of"
    ("The watchdog fined the ferry line 31 million voltas (4 million euros). In 2019 the line "
     "paid a fine of 8 million voltas.", "8 million", "fine"),
    # a word with no plural "s" of its own is read the same, whatever order its forms are tried
    ("The agency fined the mill 12 million zeka (1.5 million euros). A year earlier the mill "
     "paid a fine of 3 million zeka.", "3 million", "fine"),
    # or nothing, where no words say what the sum is
    ("Losses came to 2.3bn voltas, about $290m. The ministry puts them at 900 million voltas.",
     "900 million", None),
    # a rate of exchange against a currency the file knows shows the word to be money
    ("The city spent 140 million pallas on its trams, at 12.5 pallas to the dollar.",
     "140 million", "spending"),
    # the rate itself is the price of the currency its word names
    ("The city spent 140 million pallas on its trams, at 12.5 pallas to the dollar.", "12.5",
     "pallas"),
    # an amount with a scale word, whose unit takes a plural "s" the word is written without
    ("The council lifted the road fund to 2.6bn zeka (€95m). The old fund of 1.7bn zeka ran "
     "dry.", "1.7bn", "fund"),
    ("The council lifted the road fund to 2.6bn zeka (€95m). Ministers set aside 1.7bn zeka "
     "in May.", "1.7bn", "provision"),
    ("The council lifted the road fund to 2.6bn zeka (€95m). Ministers set aside 1.7bn zeka "
     "in May.", "2.6bn", "road fund"),
    # a verb of estimate puts its object at the sum, as it would in a known currency
    ("The board put the damage at 640 million zeka (€85m), while the union puts losses at up "
     "to 3.1bn zeka.", "3.1bn", "losses"),
    ("The board put the damage at 640 million zeka (€85m), while the union estimates the crop "
     "losses at 3.1bn zeka.", "3.1bn", "crop losses"),
    ("The board put losses at 640 million zeka (€85m). The mayor still puts losses at about "
     "510 million zeka.", "510 million", "losses"),
]

# text, figure, counted phrase: a noun no conversion or rate shows to be money keeps its place
NOT_SHOWN = [
    ("The reserve counted 41 zebras, up from 38 zebras in 2020.", "41", "zebras"),
    ("The peso fell 3 points against the dollar, and the club signed 4 strikers.", "4",
     "strikers"),
    ("The collector sold 12 florets of the orchid; the buyer paid 900 euros in all.", "12",
     "florets"),
    # a hyphened word no conversion shows to be money
    ("The 12-berth marina charged €900 a week; it rents 30 berths.", "30", "berths"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "counted"), [*SHOWN, *NOT_SHOWN])
def test_a_currency_the_article_shows_is_never_counted(extract, sentence: str, text: str,
                                                       counted: str | None) -> None:
    fig = {f.text: f for f in extract(sentence)}[text]
    assert fig.counted == counted
