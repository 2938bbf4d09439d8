"""One quantity written two ways: money at a rate that drifts within the year, a conversion given
in the same sentence, and a share written as a percentage or as a fraction in words."""

from __future__ import annotations

import pytest

from store.conflicts.rates import rate, spread
from store.extract.figures.period import forecasts
from tests.test_conflicts import by_figures, figure, groups


def money(article: str, sentence: str, value: float, unit: str, when: str,
          counted: str = "campaign spending") -> dict:
    return figure(article, sentence, value, unit=unit, counted=counted,
                  head=counted.split()[-1], when=when)


@pytest.mark.parametrize("first, second, verdict", [
    # a yearly average stands for every month of its year, give or take a month's drift
    (("GBP", 1.65e6, "2023-05"), ("USD", 2.14e6, "2023-06"), "consistent"),
    # a year the table lacks takes the nearest year's rate, with a wider margin
    (("GBP", 1.65e6, "2026-05"), ("USD", 2.14e6, "2026-05"), "consistent"),
    (("EUR", 1.93e6, "2026-06"), ("USD", 2.14e6, "2026-06"), "consistent"),
    # a peg does not drift: 1.5 billion riyals is $400 million and not $424 million
    (("SAR", 1.5e9, "2025-11"), ("USD", 424e6, "2025-11"), "contradiction"),
    # the same amount in pounds and dollars is still far apart
    (("GBP", 300e6, "2019-05"), ("USD", 300e6, "2019-05"), "contradiction"),
])
def test_money_in_two_currencies_agrees_within_the_rate_drift(first, second, verdict):
    rows = groups(money("a", "The party put its spending at that.", first[1], first[0], first[2]),
                  money("b", "The audit found it spent this.", second[1], second[0], second[2]))
    assert len(rows) == 1 and rows[0]["verdict"] == verdict


@pytest.mark.parametrize("code, year, drift", [
    ("USD", 2024, 0.0),
    ("SAR", 2025, 0.0),  # pegged
    ("GBP", 2019, 0.08),  # the table has the year
    ("GBP", 2026, 0.16),  # the nearest year stands in
])
def test_rate_drift_by_currency_and_year(code, year, drift):
    found = rate(code, year)
    assert found is not None and spread(found, year) == pytest.approx(drift)


@pytest.mark.parametrize("second, grouped", [
    (("SAR", 1.5e9), True),  # "$400 million, or 1.5 billion riyals": one amount twice
    (("SAR", 9e9), False),  # two amounts of one sentence are a part and a whole, not a group
    (("USD", 400e6), False),  # the same unit twice in a sentence is not a conversion
])
def test_a_conversion_in_one_sentence_is_a_consistent_group(second, grouped):
    sentence = "The kingdom will commit $400 million to the fund, set at 1.5 billion riyals."
    rows = groups(money("a", sentence, 400e6, "USD", "2025-11", counted="fund"),
                  figure("a", sentence, second[1], unit=second[0], counted="fund",
                         head="fund", when="2025-11", at="set at"))
    assert (len(by_figures(rows, 2)) == 1) is grouped
    assert all(g["verdict"] == "consistent" for g in rows)


@pytest.mark.parametrize("share, value, approx, verdict", [
    ("one in five", 0.2, "exact", "consistent"),  # 19.6% is "one in five"
    ("a third", 1 / 3, "exact", "consistent"),  # 33.4% is "a third"
    ("about half", 0.5, "about", "consistent"),  # 46.8% is "about half"
    ("a tenth", 0.1, "exact", "contradiction"),  # 19.6% is not a tenth
])
def test_a_share_as_a_fraction_in_words_meets_its_percentage(share, value, approx, verdict):
    percent = {"one in five": 19.6, "a third": 33.4, "about half": 46.8, "a tenth": 19.6}[share]
    rows = groups(
        figure("a", f"{percent} percent of residents were born abroad.", percent,
               unit="percent", counted="residents", head="resident", when="2025"),
        figure("b", f"{share} residents was born abroad.", value, approx=approx,
               unit="fraction", counted="residents", head="resident", when="2025"),
    )
    assert len(rows) == 1 and rows[0]["verdict"] == verdict


@pytest.mark.parametrize("sentence, forecast", [
    ("With all polling stations counted, the party took 33.4 percent.", False),
    ("Turnout at polling stations was 61 percent on polling day.", False),
    ("The final polls gave the party 30 percent.", True),
    ("A survey of 1,200 voters found 41 percent support.", True),
    ("The exit poll gave the party 34.5 percent.", False),
    ("Polling by Opina put the party at 29 percent.", True),
])
def test_polling_stations_are_where_the_vote_is_cast_not_a_poll(sentence, forecast):
    assert forecasts(sentence, 0, len(sentence)) is forecast


def _stated(article: str, sentence: str, parts: list[tuple[str, float, str]]) -> list[dict]:
    """Money figures of one sentence: (text as written, value, currency) in order."""
    rows = []
    for text, value, unit in parts:
        row = figure(article, sentence, value, unit=unit, counted="spending", head="spending",
                     when="2025-03", at=text)
        row["length"] = len(text)
        rows.append(row)
    return rows


def _built(*specs: dict) -> tuple[list[dict], list[dict]]:
    """Figure and article rows whose spans cover each figure's text (``length``)."""
    from tests.test_conflicts import corpus

    figures, articles = corpus(*specs)
    for row in figures:
        row["end"] = row["start"] + row.pop("length")
    return figures, articles


@pytest.mark.parametrize("sentence, parts, code, usd_per_unit", [
    ("Tolland has spent TT$270 million (US$40 million) so far.",
     [("TT$270 million", 270e6, "TTD"), ("US$40 million", 40e6, "USD")], "TTD", 40 / 270),
    ("The appeal seeks 21 billion kwacha, or about $12 million.",
     [("21 billion kwacha", 21e9, "MWK"), ("$12 million", 12e6, "USD")], "MWK", 12 / 21000),
    # a rate written as one
    ("It is priced at the official rate of MK1,720 per US dollar.",
     [("MK1,720", 1720, "MWK")], "MWK", 1 / 1720),
    # two amounts of one sentence that nothing joins are not a conversion
    ("It spent TT$270 million and then US$40 million more.",
     [("TT$270 million", 270e6, "TTD"), ("US$40 million", 40e6, "USD")], None, None),
    # a currency the sourced table has keeps the table's rate
    ("It cost €40 million ($44 million).",
     [("€40 million", 40e6, "EUR"), ("$44 million", 44e6, "USD")], None, None),
])
def test_a_conversion_the_article_states_gives_a_rate(sentence, parts, code, usd_per_unit):
    from store.conflicts.stated_rates import stated_rates

    figures, articles = _built(*_stated("a", sentence, parts))
    rates = stated_rates(figures, {a["id"]: a["text"] for a in articles})
    if code is None:
        assert rates == {}
    else:
        assert rates[code].usd_per_unit == pytest.approx(usd_per_unit)


def test_an_amount_in_a_currency_without_a_sourced_rate_meets_its_dollar_restatement():
    from store.conflicts.grouping import build_conflicts
    from tests.test_conflicts import RESOLVE

    figures, articles = _built(
        *_stated("a", "Tolland has spent TT$270 million (US$40 million) so far.",
                 [("TT$270 million", 270e6, "TTD"), ("US$40 million", 40e6, "USD")]),
        *_stated("b", "The company's spending reached TT$270 million.",
                 [("TT$270 million", 270e6, "TTD")]),
        *_stated("c", "Tolland says it has spent about US$40 million.",
                 [("US$40 million", 40e6, "USD")]),
    )
    rows = build_conflicts(figures, articles, RESOLVE)
    outer = [g for g in rows if g["parent"] is None]
    assert len(outer) == 1 and len(outer[0]["figures"]) == 4
    assert outer[0]["verdict"] == "consistent"
    assert "as the articles convert it" in outer[0]["reason"]


@pytest.mark.parametrize("first, second, verdict", [
    # one allowance a month in two currencies: compared in dollars, as sums are
    (("EUR per month", 450.0), ("USD per month", 490.0), "consistent"),
    (("GBP per month", 300.0), ("USD per month", 900.0), "contradiction"),
    # a price per tonne in pounds and in dollars, one price
    (("GBP per tonne", 150.0), ("USD per tonne", 190.0), "consistent"),
])
def test_an_amount_per_something_meets_its_conversion(first, second, verdict):
    rows = groups(money("a", "Each family gets a stipend of that much.", second[1], second[0],
                        "2024-03", counted="stipend"),
                  money("b", "The stipend paid to each family was this.", first[1], first[0],
                        "2024-03", counted="stipend"))
    assert len(rows) == 1 and rows[0]["verdict"] == verdict


@pytest.mark.parametrize("first, second", [
    (("EUR per month", 450.0), ("EUR", 450.0)),  # a sum a month is no sum
    (("EUR per month", 450.0), ("EUR per year", 450.0)),  # nor per another period
])
def test_an_amount_per_something_stays_apart_from_other_measures(first, second):
    rows = groups(money("a", "Each family gets a stipend of that much.", first[1], first[0],
                        "2024-03", counted="stipend"),
                  money("b", "The stipend paid to each family was this.", second[1], second[0],
                        "2024-03", counted="stipend"))
    assert rows == []


INCHES = [
    # a length in inches beside its metric figure restates it, and counts what that one counts
    ("The squall dumped 84 millimetres (3.3 inches) of hail on Ostrud.", "3.3 inches", "inches",
     "hail"),
    ("Drifts in the Morrow pass reached 90 centimetres, or some 35 inches.", "35 inches",
     "inches", None),
    ("Up to 7 inches of sleet fell on the orchards overnight.", "7 inches", "inches", "sleet"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit", "counted"), INCHES)
def test_a_length_in_inches_is_a_measure(extract, sentence, text, unit, counted):
    found = extract(sentence)
    fig = next(f for f in found if f.text == text)
    assert fig.unit == unit
    assert fig.counted == (counted or found[0].counted)


@pytest.mark.parametrize(("first", "second"), [("mm", "inches"), ("cm", "inches"),
                                               ("mm", "cm"), ("m2", "ft2"),
                                               ("m2", "hectares"),
                                               ("micrograms", "grams"),
                                               ("megatonnes", "tonnes"),
                                               ("gigatonnes", "megatonnes"),
                                               ("cubic hectometres", "gigalitres"),
                                               ("cubic miles", "cubic kilometres"),
                                               ("cm2", "in2"),
                                               ("square nautical miles", "km2"),
                                               ("knots", "km/h"),
                                               ("knots", "miles per hour"),
                                               ("troy ounces", "tonnes")])
def test_lengths_in_two_systems_are_one_dimension(first, second):
    from store.extract.figures.elsewhere import same_dimension

    assert same_dimension(first, second)


def test_a_speed_in_km_h_and_in_km_per_hour_is_one_quantity():
    from store.extract.figures.elsewhere import same_dimension

    assert same_dimension("km/h", "km per hour")
    rows = groups(
        figure("a", "The Tarvo express was doing 126 km/h when it left the rails.", 126,
               unit="km/h", counted="speed", head="speed", when="2026-03"),
        figure("b", "Investigators said the express was doing 131 kilometres per hour.", 131,
               unit="km per hour", counted="speed", head="speed", when="2026-03"))
    assert len(by_figures(rows, 2)) == 1


def test_a_speed_in_knots_meets_one_in_km_h():
    rows = groups(
        figure("a", "The regatta's lead yacht touched 25 knots off the headland.", 25,
               unit="knots", counted="speed", head="speed", when="2026-03"),
        figure("b", "Race officials said the yacht reached 46 km/h.", 46,
               unit="km/h", counted="speed", head="speed", when="2026-03"))
    assert len(by_figures(rows, 2)) == 1


TROY = [
    ("The vault under the old exchange holds 2 million troy ounces of silver.",
     "2 million troy ounces"),
    ("The largest ingot in the museum weighs about 400 troy ounces.", "400 troy ounces"),
    ("The mine poured 180,000 ozt of gold last year.", "180,000 ozt"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text"), TROY)
def test_troy_ounces_are_a_mass(extract, sentence, text):
    assert next(f for f in extract(sentence) if f.text == text).unit == "troy ounces"


def test_troy_ounces_meet_tonnes():
    rows = groups(
        figure("a", "The treasury keeps 6 million troy ounces of platinum.", 6e6,
               unit="troy ounces", counted="platinum", head="platinum", when="2026-03"),
        figure("b", "Its platinum reserve stands at 186.6 tonnes.", 186.6,
               unit="tonnes", counted="platinum", head="platinum", when="2026-03"))
    assert len(by_figures(rows, 2)) == 1 and rows[0]["verdict"] == "consistent"


POUNDS = [
    # "pounds" written out after a conversion marker that restates a mass weigh
    ("Hake landings at Ferrol fell to 3,100 tonnes, or about 6.8 million pounds.",
     "6.8 million pounds", "pounds"),
    ("The silo at Brannock held 900 tonnes (2 million pounds) of barley.", "2 million pounds",
     "pounds"),
    ("Cotton exports reached 2 million tonnes, or 4.4 billion lb.", "4.4 billion lb", "pounds"),
    # after money, or with no mass before it, they are sterling
    ("The levy was 40,000 euros, or about 34,000 pounds.", "34,000 pounds", "GBP"),
    ("The mill bought 400 tonnes of rye for 90,000 pounds.", "90,000 pounds", "GBP"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "text", "unit"), POUNDS)
def test_pounds_that_restate_a_mass_weigh(extract, sentence, text, unit):
    assert next(f for f in extract(sentence) if f.text == text).unit == unit


def test_pounds_and_tonnes_are_one_dimension():
    from store.extract.figures.elsewhere import same_dimension

    assert same_dimension("tonnes", "pounds")


@pytest.mark.parametrize("first, second, grouped, verdict", [
    # a price a litre in a currency only the articles convert meets its dollar figure
    (("TTD per litre", 12.0, "TT$12"), ("USD per litre", 1.8, "US$1.80"), True, "consistent"),
    # a cost a month the same way
    (("TTD per month", 2.1e9, "TT$2.1 billion"), ("USD per month", 310e6, "US$310 million"),
     True, "consistent"),
    # converted, a price a litre far from the dollar figure disagrees with it
    (("TTD per litre", 40.0, "TT$40"), ("USD per litre", 1.8, "US$1.80"), True,
     "contradiction"),
    # an amount a litre and one a month are two quantities, converted or not
    (("TTD per month", 12.0, "TT$12"), ("USD per litre", 1.8, "US$1.80"), False, None),
])
def test_an_amount_per_something_in_a_stated_currency_meets_its_dollar_figure(
        first, second, grouped, verdict):
    from store.conflicts.grouping import build_conflicts
    from tests.test_conflicts import RESOLVE

    figures, articles = _built(
        # the rate the corpus states: TT$6.75 to the dollar
        *_stated("a", "The bank sold TT$270 million (US$40 million) of reserves.",
                 [("TT$270 million", 270e6, "TTD"), ("US$40 million", 40e6, "USD")]),
        *_stated("b", f"Marlow's pumps charged {first[2]} for diesel.",
                 [(first[2], first[1], first[0])]),
        *_stated("c", f"A dealer in Carvel quoted {second[2]} for diesel.",
                 [(second[2], second[1], second[0])]),
    )
    for row in figures:
        if row["article"] in ("b", "c"):
            row.update(counted="diesel", counted_head="diesel")
    rows = build_conflicts(figures, articles, RESOLVE)
    joined = [g for g in rows if {"b", "c"} <= {f.split(":")[0] for f in g["figures"]}]
    assert bool(joined) is grouped
    if grouped:
        assert joined[0]["verdict"] == verdict
