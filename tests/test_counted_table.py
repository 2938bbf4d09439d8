"""What a table cell counts when its header or row label names only a sum or a place: the row
label, else the caption above the table (spaCy: slow). Every table is invented."""

from __future__ import annotations

import pytest

from store.extract.figures.counted_table import caption_of, header_quantity

SUMS_BY_DISTRICT = """The board published its yearly figures.

## Arrests for poaching, by district

| District | 1-15 May | 16-31 May | Total |
|---|---|---|---|
| Lowmoor | 14 | 7 | 21 |
| Harkness | 6 | 11 | 17 |
| **All districts** | **20** | **18** | **38** |
"""

PLACES_AS_COLUMNS = """| | Norway | Chile |
|---|---|---|
| Fish exports, 2025 | 3.1 million tonnes | 1.2 million tonnes |
| Farmed salmon | 1.6 million tonnes | 0.9 million tonnes |
"""

# columns of periods that start with a preposition of time, and the usual level beside them
PERIODS_FROM = """The port authority cut ferry services again.

## Daily ferry sailings by route

| Route | Normal | From 3 May | Since 9 June |
|---|---|---|---|
| Northern crossing | 14 | 9 | 11 |
| Island loop | 8 | 5 | 6 |
| Total | 22 | 15 | 17 |
"""

# a running total beside each day's count: the caption says what both count, not the day
RUNNING_TOTAL = """The farm kept a tally through the spring.

## Lambs born at Hollin Farm

| Date | Born | Cumulative |
|---|---|---|
| 3 March | 12 | 12 |
| 4 March | 9 | 21 |
| 5 March | 7 | 28 |
"""

TOTAL_ROW = """## Spending by department (NZ$ millions)

| Department | 2025 | 2026 |
|---|---|---|
| Parks | 41 | 44 |
| **Total** | **212** | **230** |
"""


@pytest.mark.parametrize(("caption", "quantity"), [
    ("## Arrests for poaching, by district", "arrests"),
    ("**Number of ferry crossings by port**", "ferry crossings"),
    ("Table 3. Claims paid (EUR m):", "claims paid (EUR m)"),
    ("Spending by department (NZ$ millions)", None),  # a plain line is no caption
])
def test_a_caption_names_what_the_table_counts(caption: str, quantity: str | None) -> None:
    text = f"{caption}\n\n| A | B |\n|---|---|\n| x | 1 |\n"
    assert caption_of(text, text.index("| A")) == quantity


@pytest.mark.parametrize(("header", "quantity"), [
    ("Share of total", "Share"),  # the "of" phrase is the base a share is taken of
    ("Number of clinics", "clinics"),  # a number noun hands on what it is of
    ("Homes destroyed", "Homes destroyed"),
])
def test_a_header_x_of_y_counts_x_unless_x_is_a_number(header: str, quantity: str) -> None:
    assert header_quantity(header) == quantity


@pytest.mark.slow
@pytest.mark.parametrize(("table", "number", "counted", "unit"), [
    # a "Total" column under a column of places: the caption says what
    (SUMS_BY_DISTRICT, "21", "arrests", "people"),
    (SUMS_BY_DISTRICT, "14", "arrests", "people"),
    (SUMS_BY_DISTRICT, "38", "arrests", "people"),
    # columns of places: the row label says what
    (PLACES_AS_COLUMNS, "1.2 million tonnes", "Fish exports", "tonnes"),
    (PLACES_AS_COLUMNS, "0.9 million tonnes", "Farmed salmon", "tonnes"),
    # a "Total" row: the caption, with the unit and scale it states
    (TOTAL_ROW, "230", "spending", "NZD"),
])
def test_a_sum_or_a_place_hands_what_is_counted_to_the_row_or_caption(
        extract, table: str, number: str, counted: str, unit: str) -> None:
    fig = {f.text: f for f in extract(table)}[number]
    assert (fig.counted, fig.unit) == (counted, unit)


@pytest.mark.slow
@pytest.mark.parametrize("number", ["21", "28"])
def test_a_running_total_column_hands_what_is_counted_to_the_caption(extract,
                                                                      number: str) -> None:
    counted = [f.counted for f in extract(RUNNING_TOTAL) if f.text == number]
    assert counted == ["lambs born"]


@pytest.mark.slow
@pytest.mark.parametrize(("number", "counted"), [
    ("14", "daily ferry sailings"),  # "Normal": the usual level, set against the periods
    ("9", "daily ferry sailings"),  # "From 3 May"
    ("6", "daily ferry sailings"),  # "Since 9 June": the row is which route, not what
    ("17", "daily ferry sailings"),  # the total row: the caption
])
def test_columns_of_periods_a_preposition_starts_hand_what_is_counted_to_the_caption(
        extract, number: str, counted: str) -> None:
    fig = {f.text: f for f in extract(PERIODS_FROM)}[number]
    assert fig.counted == counted


# a fact table whose value column says only that its cells are figures: each row label says what
# is counted, never the heading above the table
FIGURE_COLUMN = """## Storm losses and rescues

| Item | Figure |
|---|---|
| Injured | 14 |
| Barns flattened | 37 |
| Hikers airlifted | 260 |
"""

NUMBER_COLUMN = """**Harbour fire: situation at noon**

| | Number |
|---|---|
| Boats burned | 19 |
| Crew treated | 8 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("table", "number", "counted"), [
    (FIGURE_COLUMN, "14", "Injured"),
    (FIGURE_COLUMN, "37", "Barns flattened"),
    (FIGURE_COLUMN, "260", "Hikers airlifted"),
    (NUMBER_COLUMN, "19", "Boats burned"),
    (NUMBER_COLUMN, "8", "Crew treated"),
])
def test_a_header_that_names_only_a_figure_hands_what_is_counted_to_the_row(
        extract, table: str, number: str, counted: str) -> None:
    assert {f.text: f for f in extract(table)}[number].counted == counted


# a header whose noun "area" a participle follows keeps it after the noun when the participle
# names the deed (an area burned, searched), and puts a verb of harm or farming, whose near
# synonyms a reader trades, before it ("affected area"); other nouns take their participle first
@pytest.mark.parametrize(("quantity", "head", "counted"), [
    ("area burned", "area", "area burned"),
    ("area searched", "area", "area searched"),
    ("area affected", "area", "affected area"),
    ("area planted", "area", "planted area"),
    ("homes destroyed", "homes", "destroyed homes"),
])
def test_a_header_names_an_area_as_its_deed_does(quantity: str, head: str, counted: str) -> None:
    from store.extract.figures.tables import noun_last

    assert noun_last(quantity, head) == counted


AREA_BY_REGION = """## Hectares burned by province (to 20 March)

| Province | Area burned (ha) |
|---|---|
| Brenmoor | 4,310 |
| Caldwick | 2,075 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("text", "counted"), [("4,310", "area burned"), ("2,075", "area burned")])
def test_an_area_column_names_what_its_header_says(extract, text: str, counted: str) -> None:
    assert {f.text: f for f in extract(AREA_BY_REGION)}[text].counted == counted


# a label's date at its end says when its cells hold, not what they count; a change's "since",
# a place and a count of something else after "at" or "in" stay
@pytest.mark.parametrize(("label", "quantity"), [
    ("Loans at end-March 2027", "Loans"),
    ("Reservoir storage on 4 August", "Reservoir storage"),
    ("Members as of mid-June 2026", "Members"),
    ("Claims in Q3 2026", "Claims"),
    ("Growth since 12 May", "Growth since 12 May"),
    ("Arrests in Telvar", "Arrests in Telvar"),
    ("Patients at 4 clinics", "Patients at 4 clinics"),
    # an adverb of "until now" at its end is no word of what is counted either
    ("Paid so far", "Paid"),
    ("Grants disbursed to date", "Grants disbursed"),
    ("Vaccinations thus far", "Vaccinations"),
    ("Far", "Far"),
    # the day a label is "for", and a bare date closing it, are no words of it either
    ("Seats booked for 9 November", "Seats booked"),
    ("Visitors 14 March", "Visitors"),
    ("Cars registered, May 2026", "Cars registered"),
    ("Patients who may", "Patients who may"),
    # the end or the start of a period is a date too
    ("Members at end of year", "Members"),
    ("Loans at the end of the financial year", "Loans"),
    ("Riders at start of quarter", "Riders"),
    ("Boats at end of pier", "Boats at end of pier"),
])
def test_a_label_s_date_is_no_word_of_what_it_counts(label: str, quantity: str) -> None:
    from store.extract.figures.tables import without_when

    assert without_when(label) == quantity


BALANCE_SHEET = """## Key figures

| Item | Figure |
|---|---|
| Savings at end-January 2027 | NZ$ 4.2 billion |
| Savings at 9 March | NZ$ 3.1 billion |
"""


@pytest.mark.slow
@pytest.mark.parametrize("text", ["NZ$ 4.2 billion", "NZ$ 3.1 billion"])
def test_a_row_label_s_date_leaves_what_it_counts(extract, text: str) -> None:
    assert {f.text: f for f in extract(BALANCE_SHEET)}[text].counted == "Savings"


# a row label whose participle has a word of where or how after it: the noun before the
# participle is what the row counts, never that last word
TAIL_AFTER_PARTICIPLE = """## Storm damage

| Item | Figure |
|---|---|
| Households relocated upstream | 90 |
| Shops closed temporarily | 14 |
| Bridges washed away | 6 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("figure", "unit"), [("90", "households"), ("14", "shops"),
                                              ("6", "bridges")])
def test_a_row_label_counts_the_noun_before_its_participle(extract, figure: str,
                                                           unit: str) -> None:
    fig = {f.text: f for f in extract(TAIL_AFTER_PARTICIPLE)}[figure]
    assert fig.unit == unit


# a month's name is never the unit or the noun of a row: "| Seats sold for 9 November |" counts
# seats (an irregular participle after the noun, as "sold" or "held", is read like "seized")
DATED_ROWS = """Figures the promoter filed

| Item | Figure |
|---|---|
| Seats sold for 9 November | 28,450 |
| Passes held 10 November | 3,120 |
| Visitors 11 November | 17,900 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("figure", "unit"), [("28,450", "seats"), ("3,120", "passes"),
                                              ("17,900", "visitors")])
def test_a_month_name_is_never_what_a_row_counts(extract, figure: str, unit: str) -> None:
    fig = {f.text: f for f in extract(DATED_ROWS)}[figure]
    assert fig.unit == unit and "november" not in (fig.counted or "").lower()


# a value column whose header is a number noun with the cells' currency and scale in brackets:
# the row label says what each sum is, the header how it is written
AMOUNT_COLUMN = """The council set out the terms of the depot's sale.

| Item | Amount (EUR million) |
|---|---|
| Purchase price of the depot | 41.0 |
| Legal fees | 2.5 |
| Share due to the county (12%) | 4.9 |
"""

SUM_COLUMN = """**Harbour works: what the state pays**

| | Sum (US$ m) |
|---|---|
| Breakwater repairs | 17.5 |
| Dredging contract | 6.25 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("table", "number", "counted", "unit", "value"), [
    (AMOUNT_COLUMN, "41.0", "Purchase price of the depot", "EUR", 41e6),
    (AMOUNT_COLUMN, "2.5", "Legal fees", "EUR", 2.5e6),
    # a share the label states of its own row is no unit of the cell
    (AMOUNT_COLUMN, "4.9", "Share due to the county", "EUR", 4.9e6),
    (SUM_COLUMN, "17.5", "Breakwater repairs", "USD", 17.5e6),
    (SUM_COLUMN, "6.25", "Dredging contract", "USD", 6.25e6),
])
def test_an_amount_column_in_a_currency_hands_what_is_counted_to_the_row(
        extract, table: str, number: str, counted: str, unit: str, value: float) -> None:
    fig = {f.text: f for f in extract(table)}[number]
    assert (fig.counted, fig.unit, fig.low) == (counted, unit, pytest.approx(value))


# columns of periods named by the day they end on, rows that only name which mill or which club
WEEKLY_PRICES = """The bakers' guild printed its price survey on Friday.

## Average wholesale flour prices by mill

| Mill | Week to March 9 (£/tonne) | Week to February 2 (£/tonne) |
|---|---|---|
| Northgate Mills | 31.40 | 27.10 |
| Riverside Milling Company | 29.80 | 26.20 |
"""

YEAR_END = """The chess federation published its membership return.

| | 2031 | 2030 |
|---|---|---|
| Members at end of year | 14,200 | 13,100 |
"""


@pytest.mark.slow
@pytest.mark.parametrize(("table", "number", "counted"), [
    (WEEKLY_PRICES, "31.40", "average wholesale flour prices"),
    (WEEKLY_PRICES, "26.20", "average wholesale flour prices"),
    (YEAR_END, "14,200", "Members"),
    (YEAR_END, "13,100", "Members"),
])
def test_a_period_to_a_date_and_a_row_of_names_hand_what_is_counted_on(
        extract, table: str, number: str, counted: str) -> None:
    assert {f.text: f for f in extract(table)}[number].counted == counted


@pytest.mark.slow
def test_a_dated_column_keeps_the_rate_its_header_states(extract) -> None:
    fig = {f.text: f for f in extract(WEEKLY_PRICES)}["31.40"]
    assert fig.unit == "GBP per tonne"
