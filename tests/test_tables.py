"""Figures in a Markdown table (or a web page's table kept as one): the column's header says
what a cell counts and the row's first cell where."""

from __future__ import annotations

import pytest

from store.extract.figures.tables import (
    _cell_of,
    _dated_version,
    _names_a_time,
    _names_a_version,
    _names_a_versioned_act,
    _names_when,
    _split_per,
    _stated_scale,
    _stated_unit,
    _unit_in_brackets,
)
from tests.conftest import one_starting

TABLE = """The ministry gave the police counts.

| City | Demonstrators | Arrests |
|---|---|---|
| Lyon | 21,500 | 12 |
| Saint-Etienne | 9,600 | 3 |

A closing line with 40 people in it."""


@pytest.mark.parametrize("number, header, label", [
    ("21,500", "Demonstrators", "Lyon"),
    ("12", "Arrests", "Lyon"),
    ("9,600", "Demonstrators", "Saint-Etienne"),
    ("40", None, None),  # prose after the table
])
def test_a_cell_reads_its_column_header_and_row_label(number, header, label) -> None:
    cell = _cell_of(TABLE, TABLE.index(number))
    if header is None:
        assert cell is None
        return
    assert cell is not None and cell.header == header and cell.places
    assert TABLE[cell.label[0]:cell.label[1]].strip() == label


@pytest.mark.parametrize("text", [
    "| not | a table without a rule | 21,500 |",  # no header rule under a first row
    "Votes | 21,500 | were cast",  # bars inside prose
])
def test_bars_outside_a_table_are_not_cells(text) -> None:
    assert _cell_of(text, text.index("21,500")) is None


@pytest.mark.slow
def test_table_figures_count_what_their_column_says(extract) -> None:
    found = {f.text: f for f in extract(TABLE)}
    assert found["21,500"].counted == "demonstrators"
    assert found["21,500"].where == ["Lyon"] and found["9,600"].where == ["Saint-Etienne"]
    assert all("|" not in (f.unit + (f.counted or "")) for f in found.values())


HEADED = """| Site | Demonstrators | Arrests | Trucks | Cost |
|---|---|---|---|---|
| Lyon | 21,500 | 12 | 40 | EUR 3m |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit"), [
    ("21,500", "people"),  # a header that names a count class counts in its unit
    ("12", "people"),
    ("40", "trucks"),  # any other header counts in its own plural
    ("EUR 3m", "EUR"),  # a unit the number says stays
])
def test_a_cell_counts_in_its_header_s_unit(extract, number: str, unit: str) -> None:
    assert {f.text: f for f in extract(HEADED)}[number].unit == unit


# a header's noun that is a measure's symbol, in the case the units file writes it, is the
# measure ("TEU", "GT"), never the symbol lowered into a count of "teu"
MEASURE_HEADED = """| Quarter | TEU handled 2030 | Tonnes landed |
|---|---|---|
| First | 48,250 | 9,120 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit"), [("48,250", "TEU"), ("9,120", "tonnes")])
def test_a_header_s_measure_symbol_is_the_cells_unit(extract, number: str, unit: str) -> None:
    assert {f.text: f for f in extract(MEASURE_HEADED)}[number].unit == unit


SHARES = """| Region | Turnout (%) | Swing, percent | Voters |
|---|---|---|---|
| North | 61.5 | 2.4 | 80,200 |
"""


DATED = """| Reservoir | 3 Aug 2026 | 10 Aug 2026 |
|---|---|---|
| Lake Oroville | 41.2% | 40.8% |
| Total storage (all lakes) | 55.0% | 54.1% |

| Year | Exports, annual change, s.a. (%) | Jobless rate, end of year (%) | Output (tonnes) |
|---|---|---|---|
| 2024 | -1.5 | 4.2 | 3,100 |

| Indicator | Q1 2025 | Q2 2025 |
|---|---|---|
| Deaths | 1,200 | 1,350 |
| Hospital beds | 400 | 420 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit", "counted"), [
    # a header that gives its unit as a percentage makes its cells percentages of what it names
    ("61.5", "percent", "turnout"),
    ("2.4", "percent", "swing"),
    ("80,200", "voters", "voters"),
])
def test_a_header_in_percent_makes_its_cells_shares(extract, number: str, unit: str,
                                                    counted: str) -> None:
    fig = {f.text: f for f in extract(SHARES)}[number]
    assert (fig.unit, fig.counted) == (unit, counted)


PARTICIPLES = """| Province | Homes destroyed | Killed | Boats seized |
|---|---|---|---|
| North | 1,240 | 31 | 18 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit"), [
    # a participle after the header's noun says what befell it; the noun is what is counted
    ("1,240", "homes"),
    ("18", "boats"),
    ("31", "people"),  # a participle alone names who
])
def test_a_header_s_participle_does_not_replace_its_noun(extract, number: str, unit: str) -> None:
    assert {f.text: f for f in extract(PARTICIPLES)}[number].unit == unit


STATED_ONLY = """## Loaves returned

| Shop | Returned | Sold |
|---|---|---|
| Elm Street | 23 | 140 |

## Results of the chess federation ballot

| Club | Yes | No | Spoilt |
| --- | --- | --- | --- |
| Rook Club | 1,204 | 873 | 55 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit"), [
    # a header of one word that says only what befell the things counted: the caption's noun
    # counts, else no noun does (an answer or a state is no unit)
    ("23", "loaves"),
    ("140", "loaves"),
    ("1,204", "count"),
    ("873", "count"),
    ("55", "count"),
])
def test_a_header_naming_only_a_state_counts_the_caption_s_noun(extract, number: str,
                                                                unit: str) -> None:
    assert {f.text: f for f in extract(STATED_ONLY)}[number].unit == unit


STATES = """| Depot | Trams idle | Drivers absent | Drivers rostered | Lines flooded |
|---|---|---|---|---|
| Wexley | 17 | 212 | 640 | 4 |

| Depot | Battery electric buses | Diesel hybrid vans |
|---|---|---|
| Wexley | 28 | 9 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "counted", "unit"), [
    # one word after a header's noun says which of the things it counts: English writes it
    # before the noun, and the noun, last, is what the cells count (and their unit)
    ("17", "idle trams", "trams"),
    ("212", "absent drivers", "drivers"),
    ("640", "rostered drivers", "drivers"),
    ("4", "flooded lines", "lines"),
    # an adjective before a later noun of the cell modifies that noun: the noun is last
    ("28", "battery electric buses", "buses"),
    ("9", "diesel hybrid vans", "vans"),
])
def test_a_header_s_noun_comes_last(extract, number: str, counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(STATES)}[number]
    assert (fig.counted, fig.unit) == (counted, unit)


UNIT_HEADED = """## Average price of kerosene, week ending 3 March 2031

| Town | Cedis per litre | Change since January |
|---|---|---|
| Tamale | 14.20 | +12.5% |

## Kerosene deliveries by depot

| Depot | Litres |
|---|---|
| Bolgatanga | 81,000 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "counted", "head", "unit"), [
    # a header that names only a unit ("Cedis per litre", "Litres") says what its cells are
    # in, not what they count: the caption above the table says that
    ("14.20", "average price of kerosene", "price", "GHS per litre"),
    ("81,000", "kerosene deliveries", "deliveries", "litres"),
])
def test_a_header_naming_a_unit_counts_what_the_caption_says(extract, number: str,
                                                             counted: str, head: str,
                                                             unit: str) -> None:
    fig = {f.text: f for f in extract(UNIT_HEADED)}[number]
    assert (fig.counted, fig.counted_head, fig.unit) == (counted, head, unit)


MODIFIED = """| Harbour | Ferries | Travellers shipped across | Travellers still waiting (noon) |
|---|---|---|---|
| Kesh | 14 | 3,870 | 12,415 |
| Orrin | 9 | 2,206 | 10,209 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit"), [
    # a modifier after the header's noun (a participle, an adverb, a particle) says what befell
    # what is counted; its last word ("across", "waiting") is never the unit
    ("3,870", "travellers"),
    ("12,415", "travellers"),
    ("2,206", "travellers"),
    ("14", "ferries"),
])
def test_a_modifier_after_a_header_s_noun_leaves_the_noun(extract, number: str,
                                                          unit: str) -> None:
    assert {f.text: f for f in extract(MODIFIED)}[number].unit == unit


@pytest.mark.slow
@pytest.mark.parametrize(("number", "counted", "unit"), [
    # columns of dates: the row's first cell says what a cell counts
    ("41.2%", "Lake Oroville", "percent"),
    ("54.1%", "Total storage", "percent"),
    ("1,350", "Deaths", "deaths"),
    ("420", "Hospital beds", "beds"),
    # a header's first part is the quantity; its bracketed unit is the cell's
    ("-1.5", "exports", "percent"),  # a minus sign is part of the number
    ("4.2", "jobless rate", "percent"),
    ("3,100", "output", "tonnes"),
])
def test_a_cell_counts_its_header_s_quantity_or_its_row_s(extract, number: str, counted: str,
                                                          unit: str) -> None:
    fig = {f.text: f for f in extract(DATED)}[number]
    assert (fig.counted, fig.unit) == (counted, unit)


DEPTHS = """| Time | Magnitude | Depth (km) | Area |
|---|---|---|---|
| 04:10 | 5.3 | 28 | north of Vela |
"""


@pytest.mark.slow
def test_a_header_s_stated_unit_beats_a_noun_in_the_next_cell(extract) -> None:
    fig = {f.text: f for f in extract(DEPTHS)}["28"]
    assert fig.unit == "km"


SOURCES = """| Town | Volunteers | Source |
|---|---|---|
| Velm | 9,400 | office of the mayor of Velm |
| Orsk | 4,100 | council of the Orsk district |
| Other towns | 12,000 | councils |
"""


@pytest.mark.slow
@pytest.mark.parametrize("number", ["9,400", "4,100", "12,000"])
def test_a_noun_in_the_next_cell_is_not_what_a_cell_counts(extract, number: str) -> None:
    fig = {f.text: f for f in extract(SOURCES)}[number]
    assert (fig.unit, fig.counted) == ("volunteers", "volunteers")


PER = """| District | Population | Beds per ward | Intake per week, 2031 (%) | Deaths per 1,000 |
|---|---|---|---|---|
| Upper Vale | 402,118 | 24.5 | 1.8 | 3.1 |
| **Total** | 911,040 | 22.0 | 1.6 | 2.7 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "counted", "unit"), [
    # a header given per one thing or per a period: the thing or the period is in the unit, and
    # a count per one thing says so in what it counts too
    ("24.5", "beds per ward", "beds per ward"),
    ("1.8", "intake", "percent per week"),
    ("402,118", "population", "people"),  # a population counts persons
    ("3.1", "deaths per 1,000 people", "deaths per 1,000 people"),  # a bare base: people
])
def test_a_header_per_something_is_a_rate(extract, number: str, counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(PER)}[number]
    assert (fig.counted, fig.unit) == (counted, unit)


FARES = """## Average bus fare, week ending 4 May

| Town | Rand per kilometre |
|---|---|
| Tarvo | 3.40 |
| Menlo | 2.95 |

| Depot | Litres per day |
|---|---|
| North | 4,100 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "counted", "unit"), [
    # a header that is only a unit per something: the cells are sums or measures at that rate,
    # and the caption says what they are of
    ("3.40", "average bus fare", "ZAR per kilometre"),
    ("2.95", "average bus fare", "ZAR per kilometre"),
    ("4,100", None, "litres per day"),
])
def test_a_header_of_a_unit_per_something_is_the_cells_unit(extract, number: str,
                                                            counted: str | None,
                                                            unit: str) -> None:
    fig = {f.text: f for f in extract(FARES)}[number]
    assert fig.unit == unit
    if counted is not None:
        assert fig.counted == counted


PUMP_PRICES = """## Average pump price of diesel by region, May 2026 (cedis per litre)

| Region | Price |
|---|---|
| Ashanti | 14.20 |
| Volta | 15.10 |

## Grain moved by rail (tonnes)

| Line | Freight |
|---|---|
| Western | 8,300 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit"), [
    # a caption's unit given per something is the cells' unit, its rate included
    ("14.20", "GHS per litre"),
    ("15.10", "GHS per litre"),
    ("8,300", "tonnes"),  # a caption's unit alone has no rate
])
def test_a_caption_s_unit_per_something_is_the_cells_rate(extract, number: str,
                                                          unit: str) -> None:
    assert {f.text: f for f in extract(PUMP_PRICES)}[number].unit == unit


PACK_PRICES = """## Bakery price list

| Bread | Pack | Price before May (€) | Price from May (€) |
|---|---|---|---|
| Rye | 500 g loaf | 3.10 | 3.40 |
| Rolls | 6 rolls | 2.50 | 2.90 |
| Spelt | 1 kg | 5.00 | 5.60 |

## Rowing club fees

| Crew | Fee (€) |
|---|---|
| Juniors | 120 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit"), [
    # a row's pack column: each price is per the container its cell names, else per pack
    ("3.10", "EUR per loaf"),
    ("3.40", "EUR per loaf"),
    ("2.90", "EUR per pack"),
    ("5.60", "EUR per pack"),
    ("120", "EUR"),  # no pack column: the price as the header gives it
])
def test_a_row_s_pack_column_is_what_its_prices_are_per(extract, number: str,
                                                        unit: str) -> None:
    assert {f.text: f for f in extract(PACK_PRICES)}[number].unit == unit


@pytest.mark.parametrize(("header", "quantity", "per"), [
    ("Beds per ward", "Beds", "ward"),
    ("Deaths per 1,000", "Deaths", "1,000 people"),
    # a base that names its persons keeps their plural, as a count keeps its noun's
    ("Admissions per 10,000 residents", "Admissions", "10,000 residents"),
    ("Admissions per 10,000 population", "Admissions", "10,000 people"),
    ("Infant deaths per 1,000 births", "Infant deaths", "1,000 births"),
    ("Beds", "Beds", None),
    # an adjective of the average one between
    ("Spending per average pupil", "Spending", "pupil"),
])
def test_a_header_s_base_is_what_its_rate_is_given_per(header: str, quantity: str,
                                                      per: str | None) -> None:
    assert _split_per(header) == (quantity, per)


@pytest.mark.slow
def test_a_row_of_sums_has_no_place_and_a_header_s_base_is_no_figure(extract) -> None:
    figures = {f.text: f for f in extract(PER)}
    assert figures["3.1"].where == ["Upper Vale"]
    assert figures["911,040"].where == []
    assert "1,000" not in figures


@pytest.mark.slow
def test_bars_between_figures_in_a_caption_are_no_noun(extract) -> None:
    text = "Chart: four estimates of the fleet. Registry 41.3 | Insurers 44.8 | Union 40-46."
    assert {f.unit for f in extract(text) if f.text != "four"} == {"count"}


@pytest.mark.parametrize(("header", "when"), [
    ("3 Aug 2026", True), ("2025", True), ("Q1 2026", True), ("H2 2024", True),
    ("Deaths", False), ("Deaths (2024)", False), ("City", False),
    # a period named by the date it ends on is a date as well
    ("Week to March 9", True), ("Year ending June 2030", True), ("12 months to May 2031", True),
    ("Quarter ended 30 September", True), ("Week to date", False), ("Fares to Lyon 2030", False),
    ("Minutes to March 9", False),
])
def test_a_header_of_dates_names_when(header: str, when: bool) -> None:
    assert _names_when(header) is when


@pytest.mark.parametrize(("header", "unit", "scale"), [
    ("Spend (€ bn)", "EUR", 1e9),
    ("Outlay (GBP m)", "GBP", 1e6),
    ("Grants (£m)", "GBP", 1e6),
    ("Harvest (million tonnes)", "tonnes", 1e6),
    ("Price ($ million)", "USD", 1e6),
    ("Debt (bn euros)", "EUR", 1e9),
    ("Depth (km)", "km", 1.0),
    ("Depth (m)", None, 1.0),  # metres or a footnote: no scale without a unit beside it
    ("Port fees (MAD m)", "MAD", 1e6),
    ("Costs (eur m)", "EUR", 1e6),
    # a code that is also a word names a currency only in capitals
    ("Votes (Mad)", None, 1.0),
    ("Cows gone mad (thousands)", None, 1e3),
    # a scale written out in full alone in brackets is the cells' scale, no unit needed
    ("Bus riders (millions)", None, 1e6),
    ("Chess players (thousands)", None, 1e3),
    # a sign that is a currency only glued to digits, with a scale or a rate beside it
    ("School grants (R billion a year)", "ZAR", 1e9),
    ("Bread price (R/loaf)", "ZAR", 1.0),
    ("Loans (MK m)", "MWK", 1e6),
    ("Fees (Sh a term)", "KES", 1.0),
    # alone it may be anything: a party, a footnote
    ("Smith (R)", None, 1.0),
    # one letter before a slash and an area or a period is a physical quantity's symbol
    ("Solar irradiance (W/m²)", None, 1.0),
    ("Strength (N/mm²)", None, 1.0),
    ("Patients per doctor (P/day)", None, 1.0),
    ("Heat flux (W/m2)", None, 1.0),
    # a time in brackets is a measure of time ("Median wait (weeks)")
    ("Median wait (weeks)", "weeks", 1.0),
    ("Average stay (days)", "days", 1.0),
    # a difference of shares in brackets is that measure, though its name holds "percent"
    ("Change on last year (percentage points)", "percentage points", 1.0),
    ("Rate move (basis points)", "basis points", 1.0),
    ("Share of riders (percent)", "percent", 1.0),
])
def test_a_header_states_its_cells_unit_and_scale(header: str, unit: str | None,
                                                  scale: float) -> None:
    assert (_stated_unit(header), _stated_scale(header)) == (unit, scale)


@pytest.mark.parametrize(("header", "read_as"), [
    # a header that is only a currency, with or without its scale, is a bracketed unit
    ("USD m", "(USD m)"),
    ("EUR bn", "(EUR bn)"),
    ("€m", "(€m)"),
    ("$ bn", "($ bn)"),
    ("CHF", "(CHF)"),
    ("GBP million", "(GBP million)"),
    # a word that is no currency or scale keeps the header as written
    ("Cost EUR", "Cost EUR"),
    ("m", "m"),
    ("Millions", "Millions"),
    ("Spend (€ bn)", "Spend (€ bn)"),
    ("Fleet size", "Fleet size"),
    # a code that is also a word names a currency only in capitals
    ("Mad", "Mad"),
])
def test_a_header_of_only_a_currency_reads_as_its_brackets(header: str, read_as: str) -> None:
    assert _unit_in_brackets(header) == read_as


@pytest.mark.slow
def test_a_column_headed_by_a_currency_and_scale_is_worth_it(extract) -> None:
    text = ("# Lock gates: who pays\n\n| Payer | CHF m | Share (%) |\n|---|---|---|\n"
            "| Canton | 12.5 | 40 |\n| Federal office | 18.75 | 60 |\n")
    figures = {f.text: f for f in extract(text)}
    assert (figures["12.5"].low, figures["12.5"].unit) == (12.5e6, "CHF")
    assert (figures["18.75"].high, figures["60"].unit) == (18.75e6, "percent")


@pytest.mark.slow
@pytest.mark.parametrize("header", ["(NOK m)", "NOK m"])
def test_a_total_row_under_a_unit_only_header_is_in_that_unit(extract, header: str) -> None:
    text = ("The board set out who pays for the new ferry quay.\n\n"
            f"| Payer | {header} |\n|---|---|\n| County | 64.2 |\n| State | 90.4 |\n"
            "| Total | 154.6 |\n")
    figures = {f.text: f for f in extract(text)}
    assert (figures["154.6"].low, figures["154.6"].unit) == (154.6e6, "NOK")
    assert (figures["64.2"].low, figures["64.2"].unit) == (64.2e6, "NOK")


@pytest.mark.slow
def test_a_cell_is_worth_its_header_s_scale(extract) -> None:
    text = ("Spending by region:\n\n| Region | Spend (€ bn) |\n|---|---|\n| North | 4.5 |\n"
            "| South | 12 |\n")
    figures = {f.text: f for f in extract(text)}
    assert (figures["4.5"].low, figures["4.5"].unit) == (4.5e9, "EUR")
    assert figures["12"].high == 12e9


@pytest.mark.slow
def test_a_row_label_s_scale_in_words_scales_its_cells(extract) -> None:
    text = ("# Marathon entries\n\n| Measure | 2025 | 2026 |\n|---|---|---|\n"
            "| Runners (thousands) | 41 | 47.5 |\n| Volunteers | 900 | 950 |\n")
    figures = {f.text: f for f in extract(text)}
    assert (figures["41"].low, figures["47.5"].high) == (41e3, 47.5e3)
    assert figures["900"].low == 900


@pytest.mark.slow
def test_a_column_of_which_counts_a_part_of_the_column_before(extract) -> None:
    text = ("Boats by day.\n\n| Date | Boats seized | Of which by divers |\n|---|---|---|\n"
            "| 4 May (Sun) | 21 | 0 |\n| 5 May (Mon) | 7 | 6 |\n")
    figures = extract(text)
    # a cell before a row that starts with a date is no day of that month
    assert [f.text for f in figures] == ["21", "0", "7", "6"]
    assert [f.unit for f in figures] == ["boats"] * 4
    assert figures[1].counted != figures[0].counted  # a part is another quantity


@pytest.mark.parametrize(("caption", "quantity"), [
    ("Drownings recorded by lifeguards, by beach", "Drownings recorded"),  # head: drownings
    ("Number of arrivals by port", "arrivals"),
    ("Ferry crossings (thousands)", "Ferry crossings"),
    ("Rescues: provisional", "Rescues"),
])
def test_a_caption_names_what_is_counted(caption, quantity) -> None:
    from store.extract.figures.tables import _caption_quantity
    assert _caption_quantity(caption) == quantity


CAPTIONED = """## Drownings with the sea as a cause, by province

| Province | 2-8 Jun | 9-15 Jun | Total |
|---|---|---|---|
| Arvola | 7 | 11 | 18 |
| **All** | **25** | **30** | **55** |

### Harbour works by item (C$ millions)

| Item | March 2031 | June 2031 |
|---|---|---|
| Breakwater | 212 | 246 |
| **Total** | **390** | **433** |
"""


@pytest.mark.parametrize("number", ["11", "18", "25", "55"])
def test_a_place_or_a_total_says_less_than_the_caption(number) -> None:
    cell = _cell_of(CAPTIONED, CAPTIONED.index(f"{number}"))
    assert cell is not None and cell.caption == "Drownings with the sea as a cause, by province"


@pytest.mark.slow
@pytest.mark.parametrize(("number", "value", "unit"), [
    ("11", 11, "drownings"),  # a place row under a date column: the caption counts
    ("18", 18, "drownings"),  # a place row under "Total"
    ("55", 55, "drownings"),  # the total row under "Total"
    ("246", 246e6, "CAD"),  # the caption states the currency and the scale
    ("433", 433e6, "CAD"),
])
def test_cells_read_the_caption_above_the_table(extract, number, value, unit) -> None:
    found = {f.text.strip("*"): f for f in extract(CAPTIONED)}
    assert (found[number].low, found[number].unit) == (value, unit)


@pytest.mark.slow
def test_a_row_label_that_is_a_name_keeps_its_cells(extract) -> None:
    table = ("Arrivals by port\n\n| Port | May | June |\n|---|---|---|\n"
             "| Port of Arvola | 9 | 12 |\n| Harbour of Sant Elm | 31 | 40 |\n")
    assert {"9", "12", "31", "40"} <= {f.text for f in extract(table)}


VERSIONS = """## Lighthouses restored, by county

| County | Provisional | Revised | 2011 survey |
|---|---|---|---|
| Marrow | 312 | 298 | 240 |
"""

UNCAPTIONED = """The board printed its tallies on Friday, a week late, and said the coastal
counties had
not yet sent their own, which would follow in the spring when the weather allowed.

| County | Provisional | Revised |
|---|---|---|
| Marrow | 312 lighthouses | 298 |
"""


@pytest.mark.parametrize(("header", "version"), [
    ("Provisional", True),
    ("Revised", True),
    ("2011 survey", True),
    ("Lab-confirmed", True),
    ("Final count (Oct)", True),
    ("Suspected cases", False),  # a noun says what
    ("Lighthouses", False),
    ("Total", False),  # a total is read by its own rule
])
def test_a_header_naming_only_which_count_it_is(header: str, version: bool) -> None:
    assert _names_a_version(header) is version


@pytest.mark.slow
@pytest.mark.parametrize(("number", "counted", "unit"), [
    # a column named by its stage or by the act that made it counts what the caption says
    ("312", "restored lighthouses", "lighthouses"),
    ("298", "restored lighthouses", "lighthouses"),
    ("240", "restored lighthouses", "lighthouses"),
])
def test_a_version_header_counts_what_the_caption_says(extract, number: str, counted: str,
                                                       unit: str) -> None:
    fig = {f.text: f for f in extract(VERSIONS)}[number]
    assert (fig.counted, fig.unit) == (counted, unit)


@pytest.mark.slow
def test_a_version_header_with_no_caption_is_never_a_unit(extract) -> None:
    figures = {f.text: f for f in extract(UNCAPTIONED)}
    assert figures["312"].unit == "lighthouses"
    assert figures["298"].unit != "revised"


# columns of years, each with its unit in brackets, and a column of change that a caption's
# quantity names: the cells keep the unit of their own column
YEARS_WITH_UNITS = """## Wheat harvest by province, 2024 and 2025

| Province | 2024 (tonnes) | 2025 (tonnes) | Change (%) |
|---|---|---|---|
| Oriente | 3,650 | 4,480 | +22.7 |
| Litoral | 2,180 | 2,310 | +6.0 |

Spending by ward, budget years 2023 and 2024

| Ward | FY2023 (EUR m) | FY2024 (EUR m) | Change (%) |
|---|---|---|---|
| Harbour | 41 | 44 | 7.3 |

## Paved roads by district

| District | 2022 (km) | Change (%) |
|---|---|---|
| Kessel | 12,900 | -3.1 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit"), [
    ("3,650", "tonnes"),  # a year column: the row's place is where, the unit is the header's
    ("4,480", "tonnes"),
    ("22.7", "percent"),  # a column of change: the caption names the quantity, not its unit
    ("6.0", "percent"),
    ("41", "EUR"),
    ("7.3", "percent"),
    ("12,900", "km"),
    ("-3.1", "percent"),
])
def test_a_column_s_unit_stands_when_the_caption_names_the_quantity(extract, number: str,
                                                                   unit: str) -> None:
    assert {f.text: f for f in extract(YEARS_WITH_UNITS)}[number].unit == unit


@pytest.mark.parametrize(("header", "act"), [
    ("First notice, 2 May 2031", True),
    ("Extended recall, 9 June 2031", True),
    ("Revised order", True),
    ("Revised orders", False),  # a plural says what
    ("New population", False),  # a class says what
    ("Final tonnes", False),  # a measure says what
    ("Ticket sales", False),  # no version
    ("Revised", False),  # a version alone, read by its own rule
])
def test_a_header_of_a_version_and_the_act_that_made_it(header: str, act: bool) -> None:
    assert _names_a_versioned_act(header) is act


ACTS = """The bus company has raised the number of coaches covered by its brake recall.

## Coaches recalled by depot

| Depot | First notice, 2 May 2031 | Extended recall, 9 June 2031 |
|---|---|---|
| Northgate | 412 | 530 |
| Total | 508 | 648 |
"""


@pytest.mark.slow
@pytest.mark.parametrize("number", ["412", "530", "508", "648"])
def test_a_column_of_a_versioned_act_counts_what_the_caption_says(extract, number: str) -> None:
    assert {f.text: f for f in extract(ACTS)}[number].unit == "coaches"


@pytest.mark.parametrize(("header", "dated"), [
    ("Estimate of 17 June 2029", True),
    ("Revised estimate, 2 August 2029", True),
    ("Forecast as at 30 June", True),
    ("Provisional count, 2 May", True),
    ("Revised", False),  # no date: a version alone, read by its own rule
    ("Strikers on 4 March", False),  # a noun says what
    ("17 June 2029", False),  # a date alone, read by its own rule
])
def test_a_header_of_a_version_and_its_date(header: str, dated: bool) -> None:
    assert _dated_version(header) is dated


VERSIONED = """The treasury restated its figures for the school year.

| Item | Forecast of 12 February 2030 | Revised forecast, 3 May 2030 |
|---|---|---|
| Textbooks (R million a year) | 412 | 388 |
| Meals per average pupil (R a day) | 14 | 12 |
| Bus fares (R/km) | 3 | 4 |

| Region | Provisional (2 May) | Revised (9 June) |
|---|---|---|
| Coast | 1.2 million | 1.1 million |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("number", "low", "unit"), [
    # under columns that say which version and when, the row says what, in its own unit
    ("412", 412e6, "ZAR per year"),
    ("388", 388e6, "ZAR per year"),
    # per the one the label names, then per the period its brackets give
    ("12", 12, "ZAR per pupil per day"),
    ("3", 3, "ZAR per km"),
    # a row label that states no unit names where, not what: the cells keep their own
    ("1.2 million", 1.2e6, "count"),
])
def test_a_row_label_states_its_cells_unit_under_dated_versions(
        extract, number: str, low: float, unit: str) -> None:
    found = {f.text: f for f in extract(VERSIONED)}[number]
    assert (found.low, found.unit) == (low, unit)


@pytest.mark.parametrize(("header", "unit"), [
    # a one-letter sign before a slash and a measure bought is a price per it
    ("Tariff (R/MWh)", "ZAR"),
    ("Fuel (R/litre)", "ZAR"),
    # before an area or a period it is a physical quantity's symbol, or a count's initial
    ("Solar irradiance (W/m²)", None),
    ("Strength (N/mm²)", None),
    ("Patients per doctor (P/day)", None),
])
def test_a_one_letter_sign_before_a_slash_prices_only_a_thing(header: str,
                                                              unit: str | None) -> None:
    from store.extract.figures.rates_said import header_rate

    assert header_rate(header)[0] == unit


@pytest.mark.slow
@pytest.mark.parametrize(("number", "unit", "counted"), [
    ("3,150", "waiting", "waiting over 10 weeks"),
    ("6.4", "weeks", "median wait"),
    ("41,200", "applications", "applications"),
])
def test_a_bound_on_a_time_in_a_header_is_no_unit(extract, number: str, unit: str,
                                                 counted: str) -> None:
    """ "Waiting over 10 weeks" counts who waits, not weeks; "(weeks)" is a time's unit."""
    text = ("# Passport office\n\n| Month | Applications | Waiting over 10 weeks | Median wait "
            "(weeks) |\n|---|---|---|---|\n| May 2031 | 41,200 | 3,150 | 6.4 |\n")
    fig = one_starting(extract(text), number)
    assert (fig.unit, fig.counted) == (unit, counted)


MONTHLY = """# Ferry crossings

## Passengers by month, 2031 and 2030

| Month | 2031 | 2030 |
|---|---|---|
| January | 4,120 | 3,980 |
| Sept | 6,305 | 6,010 |
"""


@pytest.mark.parametrize("label", ["March", "Sept", "Monday", "Winter", "Summer 2031", "May"])
def test_a_row_label_that_says_when_names_no_quantity(label) -> None:
    assert _names_a_time(label)


@pytest.mark.parametrize("label", ["Marchers", "Lyon", "Deaths", "Total", "Mayday calls"])
def test_a_row_label_that_names_a_thing_is_read(label) -> None:
    assert not _names_a_time(label)


@pytest.mark.slow
@pytest.mark.parametrize("number", ["4,120", "3,980", "6,305"])
def test_month_rows_under_year_columns_count_what_the_caption_says(extract, number) -> None:
    found = {f.text: f for f in extract(MONTHLY)}
    assert found[number].counted == "passengers" and found[number].unit == "passengers"


@pytest.mark.slow
def test_a_month_row_with_no_caption_is_never_the_unit(extract) -> None:
    text = "The port published its counts.\n\n| Month | 2031 |\n|---|---|\n| March | 512 |\n"
    found = {f.text: f for f in extract(text)}
    assert found["512"].unit != "march" and (found["512"].counted or "").lower() != "march"
