"""Conflict grouping on small hand-made corpora: keys, tolerances, conversion, verdicts."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest

from store.conflicts.conversions import with_conversion_rounding
from store.conflicts.grouping import _unique, build_conflicts
from store.conflicts.keys import claim_of, measure_of
from store.conflicts.periods import PeriodScale, resolution
from store.conflicts.quantities import qualifiers_of, thing_of
from store.conflicts.ranges import (
    claim_interval,
    core_interval,
    overlap,
    rounding_step,
    written_step,
)
from store.conflicts.rates import rate
from store.conflicts.scope import alias_resolver, fold_name, place_keys

RESOLVE = alias_resolver()


# --- a tiny corpus builder ---------------------------------------------------------------------

def figure(article: str, sentence: str, low: float, high: float | None = None, *,
           approx: str = "exact", unit: str = "fighters", counted: str | None = "fighters",
           head: str | None = "fighter", group: str | None = None,
           where: tuple[str, ...] = (), when: str | None = "2019",
           at: str | None = None) -> dict[str, Any]:
    """A figure row; ``at`` is its text in the sentence, where the words before it matter."""
    return {"article": article, "sentence_text": sentence, "at": at, "low": low,
            "high": low if high is None else high, "approx": approx, "unit": unit,
            "counted": counted, "counted_head": head, "group": group, "where": list(where),
            "when": when, "source": f"source of {article}"}


def corpus(*specs: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    """Figure and article rows; each spec's sentence becomes a sentence of its article (specs
    with the same sentence text in one article share the sentence)."""
    texts: dict[str, str] = {}
    spans: dict[tuple[str, str], tuple[int, int]] = {}
    figures = []
    for n, spec in enumerate(specs):
        article, sentence = spec["article"], spec["sentence_text"]
        if (article, sentence) not in spans:
            start = len(texts.get(article, ""))
            texts[article] = texts.get(article, "") + sentence + " "
            spans[(article, sentence)] = (start, start + len(sentence))
        start, end = spans[(article, sentence)]
        row = {k: v for k, v in spec.items() if k not in ("sentence_text", "at")}
        offset = sentence.index(spec["at"]) if spec.get("at") else n
        row.update(id=f"{article}:{start + offset}", start=start + offset,
                   end=start + offset + 1, sentence=[start, end])
        figures.append(row)
    articles = [{"id": a, "file": f"{a}.txt", "date": None, "text": t} for a, t in texts.items()]
    return figures, articles


def groups(*specs: dict[str, Any]) -> list[dict[str, Any]]:
    figures, articles = corpus(*specs)
    return build_conflicts(figures, articles, RESOLVE)


def by_figures(rows: list[dict], n: int) -> list[dict]:
    return [g for g in rows if len(g["figures"]) == n]


# --- keys --------------------------------------------------------------------------------------

@pytest.mark.parametrize("counted, head, armed, expected", [
    ("IS militants", "militant", False, "fighters"),
    ("armed adherents", "adherent", False, "fighters"),
    ("members", "member", True, "fighters"),
    ("members", "member", False, "member"),
    ("passenger journeys", "journey", False, "trips"),
    ("tram trips", "trip", False, "trips"),
    ("US soldiers", "soldier", False, "troops"),
    ("troops", "troop", False, "troops"),
    ("air strikes", "strike", False, "strikes"),
    ("airstrikes", "airstrike", False, "strikes"),
    ("deaths", "deaths", False, "deaths"),
    ("displaced people", "people", False, "displaced"),
    ("people", "people", False, None),
    (None, None, False, None),
    ("wrangles", "wrangle", False, "wrangle"),
    ("spilled", "spilled", False, "released"),
    ("evacuees", "evacuee", False, "evacuated"),
    ("people evacuated", "people", False, "evacuated"),
    ("displaced people", "people", False, "displaced"),
    ("released", "released", False, "released"),
    ("release", "release", False, "flow"),
    ("merchant vessels", "vessel", False, "ships"),
    ("ships", "ship", False, "ships"),
    ("warships", "warship", False, "warship"),  # a navy's ships are not the merchant ships
    ("canal receipts", "receipt", False, "revenue"),
    ("canal revenue", "revenue", False, "revenue"),
    ("jobless rate", "rate", False, "unemployment"),  # one rate, two names
    ("unemployment", "unemployment", False, "unemployment"),
    # what befell them: three deckhands killed are deaths, not a crew of three
    ("deckhands killed", "deckhand", False, "deaths"),
    ("deckhands", "deckhand", False, "deckhand"),
    # one headcount, named by the work the persons do
    ("quarry workers", "worker", False, "workers"),
    ("miners", "miner", False, "workers"),
    ("bakery employees", "employee", False, "workers"),
    ("staff", "staff", False, "workers"),
    # "men" says only that persons are counted, as "people" does
    ("men", "man", False, None),
    ("men killed", "man", False, "deaths"),
    ("women", "woman", False, "women"),  # a part of the persons, kept apart
    # an economy's output, by its abbreviation or written out: one aggregate
    ("gross domestic product", "product", False, "gdp"),
    ("Ostria's GDP", "GDP", False, "gdp"),
    ("GDP growth", "growth", False, "growth"),  # its growth is another quantity
])
def test_counted_nouns_fold_into_classes(counted, head, armed, expected):
    assert thing_of(counted, head, armed=armed) == expected


@pytest.mark.parametrize("counted, head, qualifiers", [
    ("deckhands killed", "deckhand", ("deckhand",)),  # deaths among them: a part of the deaths
    ("people killed", "people", ()),  # a generic noun: all deaths
    ("deckhands", "deckhand", ()),
    # a head that is itself the fate ("four dead", read as deaths) says what befell them, not
    # who they are: all the deaths, no part
    ("deaths", "dead", ()),
    ("deaths", "death", ()),
])
def test_deaths_among_some_are_a_part_of_all_deaths(counted, head, qualifiers):
    assert qualifiers_of(counted, head) == qualifiers


@pytest.mark.parametrize("first, second, one", [
    # "the injured" and "people injured" count the injured: the word that names the class is
    # no part of it
    (("injured", "injured"), ("people injured", "people"), True),
    (("injured people", "people"), ("injured", "injured"), True),
    # ... while a part of the injured stays apart
    (("injured ferry passengers", "passenger"), ("injured", "injured"), False),
])
def test_the_word_that_names_the_class_is_no_part_of_it(first, second, one) -> None:
    rows = groups(*(figure("a" if n else "b", f"The Selby ferry crash left {value} hurt.", value,
                           unit="people", counted=counted, head=head, when="2031-05-04")
                    for n, ((counted, head), value) in enumerate(((first, 14), (second, 19)))))
    assert bool([g for g in rows if g["parent"] is None and len(g["figures"]) == 2]) is one


def test_qualifiers_make_a_part_of_the_whole():
    assert qualifiers_of("foreign IS fighters", "fighter") == ("foreign",)
    assert qualifiers_of("IS frontline fighters", "fighter") == ()


@pytest.mark.parametrize("first, second, one", [
    # the cases a week adds are not the running total of cases
    ("new flu cases", "flu cases", False),
    # the members entitled to vote are not those who voted
    ("registered members", "members", False),
    ("members", "members", True),
])
def test_a_subset_word_keeps_a_count_apart(first, second, one) -> None:
    rows = groups(*(figure(article, f"The chess federation counted {value:,} {counted}.",
                           value, unit=counted.split()[-1], counted=counted,
                           head=counted.split()[-1], when="2031-05")
                    for article, counted, value in (("a", first, 1240), ("b", second, 8610))))
    assert bool([g for g in rows if g["parent"] is None]) is one


@pytest.mark.parametrize("counted, head, qualifiers", [
    ("share price", "price", ("share",)),
    ("target price", "price", ("target",)),
    ("share", "%", ()),  # "a share of 40%": the share is what is measured, nothing qualifies it
    ("market share", "share", ()),
    ("price of a share", "price", ()),  # not right before the head
])
def test_a_modifier_qualifies_only_right_before_the_head(counted, head, qualifiers) -> None:
    assert qualifiers_of(counted, head) == qualifiers


@pytest.mark.parametrize("first, second, one", [
    # a company's share moved by a share of its price; the price of what it sells is another
    ("share price", "price", False),
    ("share price", "share price", True),
    # an analyst's goal for the share is no price the share traded at
    ("target price", "price", False),
    ("target price", "target price", True),
    # the word that heads the phrase is what is counted, no part of it
    ("market share", "market share", True),
])
def test_a_share_price_and_a_target_are_kept_apart(first, second, one) -> None:
    rows = groups(*(figure(article, f"The {counted} of the Orvane mill rose {value}%.",
                           value, unit="percent", counted=counted, head=counted.split()[-1],
                           when=when)
                    for article, counted, value, when in (("a", first, 7, "2031-05"),
                                                          ("b", second, 19, "2031-08"))))
    assert bool([g for g in rows if g["parent"] is None]) is one


def test_place_keys_ignore_order_spelling_and_admin_words():
    assert place_keys(["Syria", "Iraq"], RESOLVE) == place_keys(["Iraq", "Syria"], RESOLVE)
    assert place_keys(["the United States"], RESOLVE) == place_keys(["U.S."], RESOLVE)
    assert place_keys(["Velm province"], RESOLVE) == place_keys(["Velm"], RESOLVE)
    assert fold_name("  Bogotá, ") == "bogota"


def test_place_sets_are_not_supersets():
    assert place_keys(["Iraq"], RESOLVE) != place_keys(["Iraq", "Syria"], RESOLVE)


def test_group_aliases_share_a_key():
    assert RESOLVE("ISIS") == RESOLVE("IS") == RESOLVE("Islamic State") is not None


# --- tolerances --------------------------------------------------------------------------------

@pytest.mark.parametrize("value, step", [
    (4600, 100), (30000, 1000), (33000, 1000), (1200, 100), (6, 1), (212, 1), (43.3, 0.1),
    (50_000_000, 1_000_000), (100, 10),
])
def test_round_numbers_carry_their_rounding(value, step):
    assert rounding_step(value) == pytest.approx(step)


@pytest.mark.parametrize("first, second, agree", [
    ((27, 27, "exact"), (28, 29, "range"), False),       # seats: only the edge 27.5 is shared
    ((32000, 32000, "exact"), (33000, 33000, "exact"), False),
    ((30000, 30000, "exact"), (30400, 30400, "exact"), True),
    ((43.3, 43.3, "exact"), (43.4, 43.4, "exact"), False),  # decimals, float noise at the edge
    ((0, 0, "exact"), (0, 0, "exact"), True),             # a point overlaps itself
    ((0, 0, "exact"), (0, 5, "range"), True),             # and what holds it
    ((600, 600, "up_to"), (600, 600, "more_than"), True),
    ((4600, 4600, "about"), (5000, 5000, "exact"), True),
])
def test_ranges_agree_only_when_they_share_more_than_an_edge(first, second, agree):
    assert overlap(claim_interval(*first), claim_interval(*second)) is agree
    assert overlap(claim_interval(*second), claim_interval(*first)) is agree


def test_open_ranges_and_rounding_both_restate_a_value():
    up_to = claim_interval(4600, 4600, "up_to")
    more_than = claim_interval(4600, 4600, "more_than")
    at_least = claim_interval(4600, 4600, "at_least")
    assert up_to[0] == -math.inf and up_to[1] == pytest.approx(4650)
    assert more_than[1] == math.inf and more_than[0] == pytest.approx(4550)
    assert at_least == more_than
    for interval in (up_to, more_than):
        assert overlap(interval, (4645, 4645))
    assert not overlap(claim_interval(4600, 4600, "exact"), (4700, 4700))


def test_about_widens_by_ten_percent():
    lo, hi = claim_interval(1150, 1150, "about")
    assert lo == pytest.approx(1035) and hi == pytest.approx(1265)
    assert overlap((lo, hi), claim_interval(1200, 1200, "exact"))
    assert not overlap(claim_interval(100, 100, "about"), claim_interval(125, 125, "exact"))


@pytest.mark.parametrize("said, other, agree", [
    # a rate written to the hundredth ("mortgage rates eased to about 5.37%") is rounded
    # within a few hundredths, not by a tenth of itself: 20 basis points apart is a move
    ((5.37, 5.37, "about"), (5.57, 5.57, "exact"), False),
    ((5.37, 5.37, "about"), (5.4, 5.4, "exact"), True),
    ((18.25, 18.25, "about"), (19.5, 19.5, "exact"), False),
    ((18.25, 18.25, "about"), (18.2, 18.2, "exact"), True),
    # a figure of two significant digits, or a whole number, keeps its tenth either side
    ((3.5, 3.5, "about"), (3.8, 3.8, "exact"), True),
    ((1150, 1150, "about"), (1200, 1200, "exact"), True),
    ((640, 640, "about"), (690, 690, "exact"), True),
    # a fraction read as its value (two-thirds) is no written decimal: it keeps its tenth
    ((2 / 3, 2 / 3, "about"), (0.65, 0.65, "exact"), True),
])
def test_about_on_a_precise_decimal_widens_by_a_few_of_its_last_digits(said, other, agree):
    assert overlap(claim_interval(*said), claim_interval(*other)) is agree


@pytest.mark.parametrize("first, second, agree", [
    # a decimal's trailing zero is a digit the writer gave: "4.0" is 3.95-4.05, apart from 4.4
    (("4.0", 4.0), ("4.4", 4.4), False),
    (("4.0", 4.0), ("4", 4.0), True),
    (("0.80 percent", 0.8), ("0.84 percent", 0.84), False),
    (("0.80 percent", 0.8), ("0.8", 0.8), True),
    (("2.50 billion", 2.5e9), ("2.5 billion", 2.5e9), True),
    (("2.50 billion", 2.5e9), ("2.56 billion", 2.56e9), False),
    # a number written without a point keeps the rounding its value shows
    (("30,000", 30000.0), ("30,400", 30400.0), True),
])
def test_a_decimal_is_rounded_to_the_digits_written(first, second, agree):
    def interval(text: str, value: float):
        return claim_interval(value, value, "exact", written_step(text, value))

    assert overlap(interval(*first), interval(*second)) is agree


def test_core_interval_closes_the_open_side():
    assert core_interval(600, 600, "more_than") == claim_interval(600, 600, "exact")


# --- currencies --------------------------------------------------------------------------------

def test_conversion_uses_the_rate_of_the_year():
    assert rate("GBP", 2019).usd_per_unit == pytest.approx(1.2768)
    assert rate("GBP", 2014).usd_per_unit == pytest.approx(1.6484)
    assert rate("JPY", 2019).usd_per_unit == pytest.approx(1 / 109.0188)
    assert rate("USD", 2019).usd_per_unit == 1


@pytest.mark.parametrize("code, units_per_usd", [
    ("SAR", 3.75), ("AED", 3.6725), ("QAR", 3.64), ("BHD", 0.376), ("OMR", 0.3845),
    ("JOD", 0.709),
])
def test_pegged_currencies_convert_at_their_peg_in_every_year(code, units_per_usd):
    for year in (2012, 2019, 2025):
        found = rate(code, year)
        assert found is not None and found.year == year
        assert found.usd_per_unit == pytest.approx(1 / units_per_usd)


def test_missing_years_take_the_nearest_and_unknown_currencies_none():
    found = rate("GBP", 2016)
    assert found is not None and found.year == 2017
    assert rate("GBP", 2040).year == 2023
    assert rate("XTS", 2019) is None


def test_the_same_estimate_in_two_currencies_is_consistent():
    rows = groups(
        figure("a", "The group still holds around $40-$250 million.", 40e6, 250e6,
               approx="range", unit="USD", counted="cash", head="cash", when="2019-08-27"),
        figure("b", "It is thought to have between £30m-190m in cash.", 30e6, 190e6,
               approx="range", unit="GBP", counted="cash", head="cash", when="2019-03-24"),
    )
    assert len(rows) == 1 and rows[0]["verdict"] == "consistent"
    assert "GBP" in rows[0]["reason"]
    gbp = next(fid for fid in rows[0]["figures"] if fid.startswith("b:"))
    assert rows[0]["values"][gbp][1] == pytest.approx(190e6 * 1.2768)


def test_without_conversion_the_same_amounts_would_disagree():
    rows = groups(
        figure("a", "It has $300 million.", 300e6, unit="USD", counted="cash", head="cash"),
        figure("b", "It has £300 million in cash.", 300e6, unit="GBP", counted="cash",
               head="cash"),
    )
    assert rows[0]["verdict"] == "contradiction"


# a conversion beside an amount is rounded by whoever wrote it: two outlets converting one sum
# give it to different digits, and both restate the one sum
@pytest.mark.parametrize("first, second", [
    (("BRL", 380, "USD", 68), ("BRL", 380, "USD", 70)),
    (("INR", 500000, "USD", 6000), ("INR", 500000, "USD", 5800)),
    (("EUR", 2.4e6, "USD", 2.6e6), ("EUR", 2.4e6, "USD", 2.5e6)),
    (("BRL", 1150, "EUR", 190), ("BRL", 1150, "EUR", 200)),
])
def test_conversions_of_one_sum_rounded_apart_are_consistent(first, second):
    specs = []
    # (printed four days apart: two values of one sum read as a change unless they agree)
    for article, day, (unit, value, into, converted) in (("a", "2024-02-10", first),
                                                         ("b", "2024-02-14", second)):
        sentence = f"The pass costs {unit} {value:g} ({into} {converted:g}) this year."
        specs += [figure(article, sentence, value, unit=unit, counted="pass", head="pass",
                         when=day, at=f"{unit} {value:g}"),
                  figure(article, sentence, converted, unit=into, counted="pass", head="pass",
                         when=day, at=f"{into} {converted:g}")]
    rows = groups(*specs)
    assert rows and all(row["verdict"] == "consistent" for row in rows)


@pytest.mark.parametrize("sentence, low, converted", [
    # a figure beside a sum that says another value converts nothing: two prices stay two
    ("Day tickets cost R$380 ($68), and a pass R$690 ($123).", 380, 123),
    ("Fines rose from Rs 5 lakh to $9,000 at the court's order.", 500000, 9000),
    # people and deaths are one measure, but a count beside a count converts nothing
    ("At least 38 dead, 160 injured as the train hit the wagons.", 38, 160),
])
def test_a_figure_that_does_not_restate_its_neighbour_keeps_its_own_tolerance(
        sentence, low, converted):
    unit, into, approx = (("BRL", "USD", "exact") if "R$" in sentence else ("INR", "USD", "exact")
                          if "Rs" in sentence else ("deaths", "people", "at_least"))
    figures, articles = corpus(
        figure("a", sentence, low, unit=unit, approx=approx, counted="price", head="price",
               when="2024-02"),
        figure("a", sentence, converted, unit=into, counted="price", head="price",
               when="2024-02"))
    text = articles[0]["text"]
    claims = [claim_of(row, text, 0, RESOLVE, frozenset()) for row in figures]
    mine = [c for c in claims if c is not None]
    assert [c.claim for c in with_conversion_rounding(mine)] == [c.claim for c in mine]


@pytest.mark.parametrize("first, second", [
    (("gallons", 6e6), ("litres", 22.7e6)),
    (("barrels per day", 5000), ("cubic metres per day", 795)),
    (("square miles", 45), ("km2", 117)),
    (("acres", 2500), ("hectares", 1012)),
    # a basis point is a hundredth of a percentage point
    (("basis points", 35), ("percentage points", 0.35)),
    (("percentage points", 1.25), ("basis points", 125)),
])
def test_one_measure_in_two_units_is_one_consistent_quantity(first, second):
    rows = groups(
        figure("a", "The leak released it.", first[1], unit=first[0], counted="crude oil",
               head="oil", when="2025-03"),
        figure("b", "The spill put out that much.", second[1], unit=second[0],
               counted="crude oil", head="oil", when="2025-03"),
    )
    assert len(rows) == 1 and rows[0]["verdict"] == "consistent"


@pytest.mark.parametrize("value, first, second", [
    # a vague head with its kind said and without it is one count of that head
    (40, ("pumping stations", "Tolvane shut 40 pumping stations."),
     ("stations", "Tolvane said 40 of its stations were shut.")),
    (25, ("relief centres", "Parsk opened 25 relief centres."),
     ("centres", "The 25 centres Parsk opened are full.")),
])
def test_a_vague_head_counts_one_measure_with_its_kind_said_or_not(value, first, second):
    rows = groups(
        figure("a", first[1], value, unit=first[0], counted=first[0],
               head=first[0].split()[-1], when="2025-03"),
        figure("b", second[1], value, unit=second[0], counted=second[0], head=second[0],
               when="2025-03"),
    )
    assert len(rows) == 1 and rows[0]["verdict"] == "consistent"


def test_counts_of_persons_in_different_units_meet_by_what_they_count():
    rows = groups(
        figure("a", "At least 120 people were killed.", 120, approx="at_least", unit="people",
               counted="people killed", head="people", where=("Karsby",), when="2024-03"),
        figure("b", "Officials counted 120-150 deaths in Karsby.", 120, 150, approx="range",
               unit="deaths", counted="deaths", head="death", where=("Karsby",), when="2024-03"),
        figure("c", "Rescuers recovered 163 bodies in Karsby.", 163, unit="bodies",
               counted="bodies", head="body", where=("Karsby",), when="2024-03"),
    )
    outer = [g for g in rows if g["parent"] is None]
    assert len(outer) == 1 and len(outer[0]["figures"]) == 3


# what befell the counted things, said after them ("houses destroyed"), tells two counts of one
# noun apart when the corpus gives it more than one fate; said of one fate only, the figures
# that name it and those that leave it unsaid are one count ("crates seized", "crates")
@pytest.mark.parametrize("first, second, made", [
    (("Some 6,300 huts were destroyed.", 6300, "huts destroyed"),
     ("Another 9,900 huts were damaged.", 9900, "huts damaged"), []),
    (("Inspectors say 480 crates were seized.", 480, "crates seized"),
     ("Customs counted 480 crates in all.", 480, "crates"), ["consistent"]),
    (("Inspectors say 480 crates were seized.", 480, "crates seized"),
     ("Officers later put the seized crates at 910.", 910, "crates seized"),
     ["contradiction"]),
])
def test_a_fate_said_after_the_noun_tells_counts_apart_only_between_fates(first, second, made):
    pairs = zip("ab", (first, second), strict=True)
    rows = groups(*(figure(article, sentence, value, unit="count", counted=counted,
                           head=counted.split()[0].rstrip("s"), when="2031-05")
                    for article, (sentence, value, counted) in pairs))
    assert [g["verdict"] for g in rows if g["parent"] is None] == made


# the participle of a fate is one fate written before the noun ("flooded cellars", a table's
# "Cellars flooded" read noun last) or after it ("cellars flooded")
@pytest.mark.parametrize("first, second, made", [
    (("Some 2,150 cellars were flooded.", 2150, "cellars flooded"),
     ("| Wexley | 3,400 |", 3400, "damaged cellars"), []),
    (("Some 2,150 cellars were flooded.", 2150, "cellars flooded"),
     ("| Wexley | 3,400 |", 3400, "flooded cellars"), ["contradiction"]),
])
def test_a_fate_written_before_the_noun_is_the_same_fate(first, second, made):
    pairs = zip("ab", (first, second), strict=True)
    rows = groups(*(figure(article, sentence, value, unit="count", counted=counted,
                           head="cellar", when="2031-05")
                    for article, (sentence, value, counted) in pairs))
    assert [g["verdict"] for g in rows if g["parent"] is None] == made


# --- periods -----------------------------------------------------------------------------------

def test_period_length_follows_the_spread_of_dates():
    assert resolution(["2015", "2019-03-24", "2019-08-27"]) == 4
    assert resolution(["2019-03-24", "2019-08-27"]) == 7
    assert resolution(["2024-03-18", "2024-03-21"]) == 10
    assert resolution(["2015", "2015"]) == 4
    assert resolution(["2024-03", "2024-03-21"]) == 10
    assert PeriodScale(["2024-03", "2024-03-21"])("2024-03") is None  # not that precise


@pytest.mark.parametrize("whens, expected", [
    # years apart, then months apart inside one year
    (["2023-11", "2025-09", "2025-11-25"], ["2023", "2025-09", "2025-11"]),
    # a figure dated only to a year among that year's months has no known period
    (["2015", "2017-03", "2017-06", "2017"], ["2015", "2017-03", "2017-06", None]),
    # one month inside the year: the year is the period; days never split a month
    (["2015", "2017-03-02", "2017-03-30"], ["2015", "2017", "2017"]),
    # every figure in one period: the finest precision, as before
    (["2024-03", "2024-03-21"], [None, "2024-03-21"]),
    (["2019", "2018"], ["2019", "2018"]),
])
def test_periods_split_again_inside_a_period(whens: list[str], expected: list) -> None:
    scale = PeriodScale(whens)
    assert [scale(w) for w in whens] == expected


@pytest.mark.parametrize("whens, stated, expected", [
    # months known only from the articles that printed them do not split their year
    (["2016", "2026-09", "2026-11"], ["2016"], ["2016", "2026", "2026"]),
    # months the text states do, and then each figure goes by its month
    (["2016", "2026-09", "2026-11"], ["2016", "2026-09", "2026-11"],
     ["2016", "2026-09", "2026-11"]),
    (["2016", "2026-09", "2026-11"], ["2016", "2026-09", "2026-10"],
     ["2016", "2026-09", "2026-11"]),
])
def test_only_stated_dates_split_a_year(whens: list[str], stated: list[str],
                                        expected: list) -> None:
    scale = PeriodScale(whens, stated)
    assert [scale(w) for w in whens] == expected


def test_estimates_of_one_year_printed_months_apart_beside_an_old_figure_are_one_period():
    """An old census (2016) beside this year's rival estimates, each dated only by the article
    that printed it: the estimates describe this year, and the body that repeats its value from
    September to November stood beside the rival's, so they contradict (within the year, not
    a change between the months they were printed)."""
    fish = dict(unit="tonnes", counted="spawning stock", head="stock")
    specs = [figure("a", "The stock stood at 158,000 tonnes in 2016.", 158000, when="2016",
                    **fish)]
    for article, value, day, who in (("b", 140000, "2031-09-30", "Dunmore Fishers' Union"),
                                     ("c", 84500, "2031-11-12", "Kessel Marine Council"),
                                     ("d", 140000, "2031-11-20", "Dunmore Fishers' Union")):
        row = figure(article, f"{who} puts the stock at {value:,} tonnes.", value, when=day,
                     **fish)
        row.update(source=who, when_basis="article", reported=day)
        specs.append(row)
    rows = groups(*specs)
    inner = [g for g in rows if g["kind"] == "period"]
    assert [g["verdict"] for g in inner] == ["contradiction"]


# --- verdicts ----------------------------------------------------------------------------------

IRAQ_SYRIA = ("Iraq", "Syria")


def test_same_period_disjoint_ranges_contradict():
    rows = groups(
        figure("a", "There are 21,000 to 29,000 IS fighters in Iraq and Syria.", 21000, 29000,
               approx="range", group="IS", where=IRAQ_SYRIA, when="2015"),
        figure("b", "ISIS counts some 34,000 gunmen across Syria and Iraq.", 34000, group="ISIS",
               where=IRAQ_SYRIA, when="2015"),
    )
    assert [g["verdict"] for g in rows] == ["contradiction"]
    assert "do not overlap" in rows[0]["reason"] and "2015" in rows[0]["reason"]


def test_overlapping_ranges_are_consistent():
    rows = groups(
        figure("a", "Across Iraq and Syria, IS commands 12,000-16,000 militants.", 12000, 16000,
               approx="range", group="IS", where=IRAQ_SYRIA, when="2019-02"),
        figure("b", "IS has between 14,000 and 19,000 armed followers in Iraq and Syria.",
               14000, 19000, approx="range", group="IS", where=IRAQ_SYRIA, when="2019-02"),
    )
    assert [g["verdict"] for g in rows] == ["consistent"]
    assert "ranges overlap" in rows[0]["reason"]


ARRIVALS = "UNHCR registered 13,200 new arrivals in September, up from 9,600 in August."
NO_CUE = "UNHCR registered 13,200 new arrivals in September and 9,600 in August."
SAME_MONTH = "UNHCR registered 13,200 new arrivals in September, against 9,600 in September."
MOVED = "New arrivals fell from 13,200 in August to 9,600 in September, the registry shows."
# the verb gives the difference before its "from"; nothing dates the two values
BY_FROM = "New arrivals fell by 27%, from 13,200 to 9,600, the registry shows."
# a rate and a time of the new value's own between "to" and "from"
WEEKLY = "New arrivals rose to 13,200 a week in September from 9,600 in September 2023."


@pytest.mark.parametrize("sentence, when_a, when_b, verdict", [
    (ARRIVALS, "2024-09", "2024-08", "change_over_time"),  # the sentence compares two months
    # side by side without a comparison word, each dated by its own words to its month: the
    # quantity at two times (``dated_apart``)
    (NO_CUE, "2024-09", "2024-08", "change_over_time"),
    (SAME_MONTH, "2024-09", "2024-09", None),  # one sentence never contradicts itself
    (MOVED, "2024-08", "2024-09", "change_over_time"),  # a verb of change and "from"
    (BY_FROM, "2024-09", "2024-09", "change_over_time"),
    (WEEKLY, "2024-09", "2023-09", "change_over_time"),
])
def test_a_sentence_that_sets_one_figure_against_another_states_a_change(
        sentence, when_a, when_b, verdict):
    rows = groups(
        figure("a", sentence, 13200, unit="people", counted="new arrivals", head="arrival",
               when=when_a, at="13,200"),
        figure("a", sentence, 9600, unit="people", counted="new arrivals", head="arrival",
               when=when_b, at="9,600"),
    )
    assert [g["verdict"] for g in rows if g["kind"] == "quantity"] == ([verdict] if verdict
                                                                        else [])


# a table row gives one quantity in each dated column: the row states how it moved, as a
# sentence that sets one figure against another does; a prose sentence listing the same
# numbers without a date for each does not, and a column of one date lists different things
ROW = "| Stock | 2031 | 2032 |\n|---|---|---|\n| Brill | 41,200 | 36,900 |"
ROW_SAME = "| Stock | 2031 | 2032 | Change |\n|---|---|---|---|\n| Turbot | 9,400 | 9,400 | none |"
ROW_UNDATED = "| Stock | Quota |\n|---|---|\n| Brill | 41,200 and 36,900 |"
COLUMN = "| Harbour | 2031 |\n|---|---|\n| Ardmore | 41,200 |\n| Kilbrae | 36,900 |"


@pytest.mark.parametrize("table, first, second, when_a, when_b, verdicts", [
    (ROW, "41,200", "36,900", "2031", "2032", ["change_over_time"]),
    (ROW_SAME, "9,400 | 9", "9,400 | none", "2031", "2032", ["consistent"]),
    (ROW_UNDATED, "41,200", "36,900", "2031", "2031", []),
    (COLUMN, "41,200", "36,900", "2031", "2031", []),
])
def test_a_table_row_with_a_value_in_each_dated_column_is_a_series(
        table, first, second, when_a, when_b, verdicts):
    rows = groups(
        figure("a", table, float(first.split()[0].replace(",", "")), unit="tonnes",
               counted="brill", head="brill", when=when_a, at=first),
        figure("a", table, float(second.split()[0].replace(",", "")), unit="tonnes",
               counted="brill", head="brill", when=when_b, at=second),
    )
    assert [g["verdict"] for g in rows if g["kind"] == "quantity"] == verdicts


def test_different_periods_give_an_ordered_series_and_per_period_groups():
    rows = groups(
        figure("c", "In 2019 IS had 14,000 fighters in Iraq and Syria.", 14000, group="IS",
               where=IRAQ_SYRIA, when="2019"),
        figure("a", "In 2015 IS had 30,000 fighters in Iraq and Syria.", 30000, group="IS",
               where=IRAQ_SYRIA, when="2015"),
        figure("b", "Officials put IS fighters in Iraq and Syria at 30,400.", 30400, group="IS",
               where=IRAQ_SYRIA, when="2015"),
    )
    series = next(g for g in rows if "@" not in g["key"])
    assert series["verdict"] == "change_over_time"
    assert [f.split(":")[0] for f in series["figures"]] == ["a", "b", "c"]
    period = next(g for g in rows if g["key"].endswith("@2015"))
    assert period["verdict"] == "consistent"  # 30,000 (29,500-30,500) holds 30,400
    assert period["parent"] == series["id"] and period["kind"] == "period"
    assert len(rows) == 2


def test_a_group_needs_two_sentences_and_one_sentence_never_contradicts():
    sentence = "Across Iraq and Syria IS keeps 20,000-30,000 men, peaking at 34,000."
    rows = groups(
        figure("a", sentence, 20000, 30000, approx="range", group="IS", where=IRAQ_SYRIA),
        figure("a", sentence, 34000, group="IS", where=IRAQ_SYRIA),
    )
    assert rows == []
    rows = groups(
        figure("a", sentence, 20000, 30000, approx="range", group="IS", where=IRAQ_SYRIA),
        figure("a", sentence, 34000, group="IS", where=IRAQ_SYRIA),
        figure("b", "IS has 28,000-34,000 fighters in Iraq and Syria.", 28000, 34000,
               approx="range", group="IS", where=IRAQ_SYRIA),
    )
    # only 30,000 vs 34,000 are apart
    assert [g["verdict"] for g in rows if g["parent"] is None] == ["consistent"]


def test_an_imprecise_date_never_makes_a_contradiction():
    rows = groups(
        figure("a", "The toll in Velm reached 121 deaths.", 121, unit="people",
               counted="deaths", head="death", where=("Velm",), when="2024-03-21"),
        figure("b", "Deaths in Velm were put at 260 to 280.", 260, 280, approx="range",
               unit="people", counted="deaths", head="death", where=("Velm",),
               when="2024-03"),
    )
    assert [g["verdict"] for g in rows] == ["change_over_time"]
    assert "do not show" in rows[0]["reason"]


def test_subset_of_places_is_a_different_quantity():
    rows = groups(
        figure("a", "IS has 15,000 fighters in Iraq.", 15000, group="IS", where=("Iraq",)),
        figure("b", "IS has 30,000 fighters in Iraq and Syria.", 30000, group="IS",
               where=IRAQ_SYRIA),
    )
    assert rows == []


@pytest.mark.parametrize("owner, together", [
    # the people a country "has" are the people in it: one quantity with its population
    ("Portugal", True),
    # a body that has people (its members, its staff) owns them: another quantity
    ("Harbour Union", False),
])
def test_the_people_a_country_has_are_in_it(owner: str, together: bool) -> None:
    people = {"unit": "people", "counted": "population", "head": "population", "when": "2025"}
    rows = groups(
        figure("a", "Planners expected it to have about 10.4 million people.", 10.4e6,
               approx="about", group=owner, where=("Portugal",), **people),
        figure("b", "The population of Portugal was 10.6 million.", 10.6e6,
               where=("Portugal",), **people),
    )
    assert bool(rows) == together


def test_places_only_in_the_paragraph_do_not_count():
    rows = groups(
        figure("a", "About 300 air strikes were conducted in Libya in 2016.", 300,
               approx="about", unit="strikes", counted="air strikes", head="strike",
               where=("Libya",), when="2016"),
        figure("a", "Nine strikes were carried out in 2018.", 9, unit="strikes",
               counted="strikes", head="strike", where=("Mediterranean",), when="2018"),
    )
    assert len(rows) == 1 and rows[0]["verdict"] == "change_over_time"
    assert "Libya" in rows[0]["quantity"]


def test_a_placeless_figure_from_another_article_joins_only_by_value():
    iraq = figure("a", "IS has 15,000 fighters in Iraq.", 15000, group="IS", where=("Iraq",))
    syria = figure("b", "IS has 9,000 fighters in Syria.", 9000, group="IS", where=("Syria",))
    matching = figure("c", "IS has about 15,000 fighters.", 15000, approx="about", group="IS")
    vague = figure("d", "IS has 100 fighters left.", 100, group="IS")
    rows = groups(iraq, syria, matching, vague)
    assert len(rows) == 1
    assert {f.split(":")[0] for f in rows[0]["figures"]} == {"a", "c"}


@pytest.mark.parametrize("values, whens, verdict", [
    ((46, 143), ("2025-10-20", "2025-11-25"), "change_over_time"),
    ((46, 48), ("2025-10-20", "2025-10-20"), "contradiction"),
    ((46, 46), ("2025-10-20", "2025-11-25"), "consistent"),
])
def test_placeless_figures_no_quantity_agrees_with_meet_each_other(values, whens, verdict):
    """A placed quantity elsewhere whose values none of them match does not make them doubtful:
    their place is simply unsaid, and they are compared among themselves."""
    placed = [figure("x", "Over 100 ships were attacked in the Red Sea.", 100, approx="more_than",
                     unit="ships", counted="ships", head="ship", where=("Red Sea",),
                     when="2023-11"),
              figure("y", "Three ships were attacked in the Red Sea.", 3, unit="ships",
                     counted="ships", head="ship", where=("Red Sea",), when="2025-10")]
    placeless = [figure(article, f"The mission has escorted {value} merchant ships.", value,
                        unit="ships", counted="merchant ships", head="ship", when=when)
                 for article, value, when in zip("ab", values, whens, strict=True)]
    rows = [g for g in groups(*placed, *placeless) if g["parent"] is None]
    mine = [g for g in rows if {f.split(":")[0] for f in g["figures"]} == {"a", "b"}]
    assert len(mine) == 1 and mine[0]["verdict"] == verdict


def test_figures_that_do_not_say_what_they_count_form_no_group_of_their_own():
    rows = groups(
        figure("a", "The World Bank put damage in Zurich at $1.2 billion.", 1.2e9, unit="USD",
               counted=None, head=None, where=("Zurich",), when="2024-03-21"),
        figure("b", "A Zurich modeller estimated insured losses at $40 million.", 40e6,
               unit="USD", counted=None, head=None, where=("Zurich",), when="2024-03-21"),
    )
    assert rows == []


def test_spread_and_values_are_in_the_common_unit():
    rows = groups(
        figure("a", "IS had 10,000 fighters in Iraq.", 10000, group="IS", where=("Iraq",),
               when="2015"),
        figure("b", "IS had 30,000 fighters in Iraq.", 30000, group="IS", where=("Iraq",),
               when="2017"),
    )
    assert rows[0]["spread"] == pytest.approx(3.0)
    assert sorted(v[0] for v in rows[0]["values"].values()) == [10000, 30000]


# --- the command line: filters ----------------------------------------------------------------

def test_conflicts_command_filters_and_prints_json(committed_store, capsys):
    import json

    from tui.cli import main

    assert main(["--db", str(committed_store), "conflicts", "--json"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert every and all(set(g) >= {"id", "quantity", "verdict", "spread", "reason", "figures",
                                    "values"} for g in every)
    assert main(["--db", str(committed_store), "conflicts", "--json", "--verdict",
                 "consistent"]) == 0
    consistent = json.loads(capsys.readouterr().out)
    assert consistent and all(g["verdict"] == "consistent" for g in consistent)
    assert len(consistent) < len(every)
    assert main(["--db", str(committed_store), "conflicts", "--json", "--about", "cash"]) == 0
    about = json.loads(capsys.readouterr().out)
    assert about and all("cash" in g["quantity"] for g in about)
    assert main(["--db", str(committed_store), "conflicts"]) == 0
    assert "│" in capsys.readouterr().out


def test_read_api_ranks_a_figures_groups(committed_store):
    from store.corpus import Corpus

    corpus = Corpus.open(committed_store)
    for group in corpus.conflicts():
        for fid in group.figures:
            mine = corpus.groups_of(fid)
            assert group in mine and corpus.group_of(fid) == mine[0]
            others = corpus.counterparts(fid)
            assert {f.id for f in others} == set(mine[0].figures) - {fid}


@pytest.mark.parametrize("first, second, groups_made", [
    # a count said as a difference ("ten short of a majority") is no level of the count
    (("The party took 31 seats, ten short of a majority.", "ten"),
     ("The party won 31 seats in all.", "31"), 0),
    (("The party won 450 more than a year before.", "450"),
     ("The party won 40 seats.", "40"), 0),
    (("The party took 31 seats, a record.", "31"), ("The party won 32 seats.", "32"), 1),
])
def test_a_count_said_as_a_difference_is_not_a_level(first: tuple[str, str],
                                                     second: tuple[str, str],
                                                     groups_made: int) -> None:
    values = {"ten": 10, "31": 31, "450": 450, "40": 40, "32": 32}
    assert _quantities((first, second), values.get, "seats", "seat") == groups_made


def _quantities(said: tuple[tuple[str, ...], ...], value: Callable[[str], float | None],
                counted: str, head: str) -> int:
    """How many quantities the grouping makes of figures each given by its sentence and its
    text, and its counted phrase where it is not ``counted`` (one article each), the figure's
    span its whole text, as extraction writes it."""
    specs = [figure(f"a{n}", one[0], value(one[1]) or 0.0, unit=counted,
                    counted=one[2] if len(one) > 2 else counted, head=head, at=one[1])
             for n, one in enumerate(said)]
    figures, articles = corpus(*specs)
    for row, one in zip(figures, said, strict=True):
        row["end"] = row["start"] + len(one[1])
    rows = build_conflicts(figures, articles, RESOLVE)
    return len([g for g in rows if g["parent"] is None])


@pytest.mark.parametrize("first, second, groups_made", [
    # a share of a whole and a share by which one value exceeds another are two quantities
    (("Deaths were 48 percent higher than expected.", 48),
     ("Of the deaths, 47 percent were of people over 70.", 47), 0),
    (("Deaths ran 48 percent above normal.", 48),
     ("Deaths were 46 percent higher than normal.", 46), 1),
    (("Of the deaths, 62 percent were of people over 65.", 62),
     ("Of the deaths, 61 percent were of people over 65.", 61), 1),
])
def test_a_relative_share_is_not_a_share_of_a_whole(first: tuple[str, int],
                                                     second: tuple[str, int],
                                                     groups_made: int) -> None:
    specs = [figure(article, sentence, value, unit="percent", counted="deaths", head="deaths",
                    at=f"{value} percent")
             for article, (sentence, value) in (("a", first), ("b", second))]
    figures, articles = corpus(*specs)
    for row in figures:  # the figure's span is its whole text, as extraction writes it
        row["end"] = row["start"] + len(f"{int(row['low'])} percent")
    rows = build_conflicts(figures, articles, RESOLVE)
    assert len([g for g in rows if g["parent"] is None]) == groups_made


# each case: two figures (sentence, text), one article each, and how many quantities they make
WHOLES = [
    # the whole a part is taken from is a count of its own: never set against the part
    ((("Floodwater reached 18 of the town's 240 farms.", "240"),
      ("Floodwater reached 18 farms, the council said.", "18")), 0),
    ((("By May, 90 of the 400 farms had reopened.", "400"),
      ("Only 95 farms had reopened, the co-operative said.", "95")), 0),
    ((("The mill cut 30% of its 1,200 farms from its list.", "1,200"),
      ("It buys from 1,150 farms.", "1,150")), 0),
    # wholes stated alike are one quantity still
    ((("The mill cut 30% of its 1,200 farms from its list.", "1,200"),
      ("Some 25% of its 1,200 farms are organic.", "1,200")), 1),
    ((("Floodwater reached 18 of the town's 240 farms.", "240"),
      ("Only 9 of the 240 farms escaped it.", "240")), 1),
    # a whole its own words describe is the quantity they name
    ((("Crews had reopened 18 of the 22 flooded farms.", "22", "flooded farms"),
      ("The river flooded 22 farms.", "22", "farms flooded")), 1),
    # a number word, a year or a ranked "one of" is no part in digits
    ((("He is one of the 240 farmers.", "240"), ("There are 250 farmers.", "250")), 1),
]


@pytest.mark.parametrize("said, groups_made", WHOLES)
def test_the_whole_a_part_is_taken_from_is_its_own_count(said: tuple[tuple[str, ...], ...],
                                                         groups_made: int) -> None:
    assert _quantities(said, lambda text: float(text.replace(",", "")), "farms",
                       "farm") == groups_made


# each case: short articles, each a list of (sentence, value, text of the figure, counted noun),
# and the quantities they make, as the figures' places in the order written
PARTS = [
    # a part "Of those," sets out of a whole, counted by the same noun, never meets the whole
    ([[("The Ardmore distillery sold 2.3 million bottles last year.", 2.3e6, "2.3 million",
        "bottles"),
       ("Of those, 2,260,000 bottles were sold abroad.", 2.26e6, "2,260,000", "bottles")],
      [("Ardmore sold 2.3 million bottles in the year.", 2.3e6, "2.3 million", "bottles")]],
     [{0, 2}]),
    # the part of a toll another article gives whole
    ([[("At least 30 people died in the Velm landslide.", 30, "30", "deaths")],
      [("Of the dead, 28 were found near the quarry.", 28, "28", "deaths")],
      [("The landslide toll stood at 30.", 30, "30", "deaths")]],
     [{0, 2}]),
    # parts set out alike in two articles meet each other, the wholes each other
    ([[("Frost killed 900 hives this spring.", 900, "900", "hives"),
       ("Of those, 310 hives were on the coast.", 310, "310", "hives")],
      [("The co-operative lost 900 hives to the frost.", 900, "900", "hives"),
       ("Of them, 310 hives stood on the coast.", 310, "310", "hives")]],
     [{0, 2}, {1, 3}]),
    # a share "of the dead" is a part by its measure: it keeps meeting its like
    ([[("Of the dead, 62 percent were over 65.", 62, "62 percent", "deaths")],
      [("Some 62 percent of the dead were over 65.", 62, "62 percent", "deaths")]],
     [{0, 1}]),
]


@pytest.mark.parametrize("articles, quantities", PARTS)
def test_a_part_never_meets_its_whole(articles: list[list[tuple[str, float, str, str]]],
                                      quantities: list[set[int]]) -> None:
    specs = [figure(f"a{n}", sentence, value, unit="percent" if "percent" in text else noun,
                    counted=noun, head=noun, at=text, when="2031-05")
             for n, said in enumerate(articles) for sentence, value, text, noun in said]
    figures, rows = corpus(*specs)
    said = [one for article in articles for one in article]
    for row, one in zip(figures, said, strict=True):  # the span is the figure's text
        row["end"] = row["start"] + len(one[2])
    made = build_conflicts(figures, rows, RESOLVE)
    place = {row["id"]: n for n, row in enumerate(figures)}
    found = sorted(sorted(place[f] for f in g["figures"]) for g in made if g["parent"] is None)
    assert found == sorted(sorted(q) for q in quantities)


@pytest.mark.parametrize("counted, unit, grouped", [
    ("oil", "barrels per day", True),  # a rate of a substance is the flow
    ("crude", "barrels per day", True),
    ("oil", "barrels", False),  # a total of it is not a rate
    ("exports", "barrels per day", False),  # what is not a substance stays itself
])
def test_a_rate_of_a_substance_is_its_flow(counted: str, unit: str, grouped: bool) -> None:
    rows = groups(
        figure("a", "The flow was 3,000 barrels a day.", 3000, unit="barrels per day",
               counted="flow", head="flow", when="2025-02"),
        figure("b", f"The {counted} came out at 7,500 barrels a day.", 7500, unit=unit,
               counted=counted, head=counted, when="2025-02"),
    )
    assert (len(rows) > 0) == grouped


def test_a_figure_none_of_its_articles_quantities_fits_joins_the_one_that_does():
    seats = {"unit": "seats", "counted": "seats", "head": "seat"}
    rows = groups(
        figure("a", "The FV won 23 seats.", 23, group="FV", **seats),
        figure("b", "UC took 11 seats.", 11, group="UC", **seats),
        figure("b", "UPD took 3 seats.", 3, group="UPD", **seats),
        figure("b", "The second party won 23 seats.", 23, **seats),
    )
    pip = [g for g in rows if g["parent"] is None and "a:" in " ".join(g["figures"])]
    assert len(pip) == 1 and len(pip[0]["figures"]) == 2 and pip[0]["verdict"] == "consistent"


@pytest.mark.parametrize("where, basis, joins", [
    (("Malawi",), "sentence", False),  # its sentence names another place
    (("Mozambique",), "article", False),  # a country's article: a placeless toll is national
    (("Velm",), "article", True),  # the article is about the placed quantity's own place
    (("Gulf of Aden",), "article", True),  # two seas an article leans towards: no ruling out
    ((), None, True),  # no place anywhere: the article's one quantity is its context
])
def test_the_articles_one_placed_quantity_is_context_only_for_its_own_places(
        where: tuple[str, ...], basis: str | None, joins: bool) -> None:
    deaths = {"unit": "deaths", "counted": "deaths", "head": "death", "when": "2024-03"}
    region = "Red Sea" if "Gulf of Aden" in where else "Velm"
    said = f" across the border in {where[0]}" if basis == "sentence" else ""
    placeless = figure("a", f"The toll rose to 37{said}.", 37, where=where, **deaths)
    placeless["where_basis"] = basis
    figures, articles = corpus(
        figure("a", f"Officials counted 260 deaths in {region}.", 260, where=(region,),
               **deaths),
        figure("b", f"Officials counted 212 deaths in {region}.", 212, where=(region,),
               **deaths),
        placeless,
    )
    rows = build_conflicts(figures, articles, RESOLVE)
    assert any(figures[2]["id"] in g["figures"] for g in rows) == joins


@pytest.mark.parametrize("value, joins", [
    (254_380, False),  # another party's votes: whose they are, the article does not say
    (538_000, True),  # the same votes restated, rounded: the owner follows the value
])
def test_a_figure_without_an_owner_takes_one_from_its_article_only_by_value(
        value: int, joins: bool) -> None:
    votes = {"unit": "votes", "counted": "votes", "head": "vote", "when": "2025-03"}
    figures, articles = corpus(
        figure("a", "The LPU took 538,210 votes.", 538_210, group="LPU", **votes),
        figure("b", "The LPU won 538,210 votes.", 538_210, group="LPU", **votes),
        figure("a", f"The other bloc won {value} votes.", value, **votes),
    )
    rows = build_conflicts(figures, articles, RESOLVE)
    assert any(figures[2]["id"] in g["figures"] for g in rows) == joins


@pytest.mark.parametrize("value, joins, verdict", [
    (38, True, "consistent"),  # "the guild put the number at 38": the glassblowers, restated
    (41, False, "change_over_time"),  # a value no glassblower figure has: nothing says what
])
def test_a_bare_count_joins_the_count_whose_value_it_restates(
        value: int, joins: bool, verdict: str) -> None:
    """A count whose unit and noun were left to the reader ("38 remain, the guild said") takes
    the counted quantity whose value it restates, whatever that quantity's unit: a guess, which
    shows that figures agree and never makes them disagree."""
    glass = {"counted": "glassblowers", "head": "glassblower", "unit": "glassblowers",
             "when": "2031-02"}
    figures, articles = corpus(
        figure("a", "The works still employs 38 glassblowers.", 38, **glass),
        figure("b", "Some 38 glassblowers stayed on.", 38, **glass),
        figure("c", "The works kept 57 glassblowers in 2029.", 57, **{**glass, "when": "2029"}),
        figure("d", f"The guild put the number at {value}.", value, unit="count",
               counted=None, head=None, when="2031-02"),
    )
    rows = build_conflicts(figures, articles, RESOLVE)
    assert any(figures[3]["id"] in g["figures"] for g in rows) == joins
    top = [g for g in rows if g["parent"] is None and figures[0]["id"] in g["figures"]]
    assert top and top[0]["verdict"] == "change_over_time"
    # one more voice of the quantity's own group, not a group of its own beside it
    assert (figures[3]["id"] in top[0]["figures"]) == joins
    held = [g for g in rows if figures[3]["id"] in g["figures"]]
    assert all(g["verdict"] in (verdict, "change_over_time") for g in held)
    assert not any(g["verdict"] == "contradiction" for g in rows)


@pytest.mark.parametrize("unit, value, joins", [
    ("GBP", 2.4e9, "debt"),  # the debts' very words: "£2.4bn"
    ("USD", 3.05e9, None),  # fits both by value, restates neither as written
])
def test_a_figure_that_says_nothing_of_itself_restates_the_quantity_that_gives_its_words(
        unit: str, value: float, joins: str | None) -> None:
    """A conversion's give-or-take lets an amount fit several quantities; one that names no thing
    restates the one giving the same number in the same unit."""
    rows = groups(
        figure("a", "The ferry line owed debts of £2.4bn.", 2.4e9, unit="GBP", counted="debts",
               head="debt", when="2019"),
        figure("b", "Its debts stood at £2.4bn.", 2.4e9, unit="GBP", counted="debts", head="debt",
               when="2019"),
        figure("a", "Its turnover was $3.1bn.", 3.1e9, unit="USD", counted="turnover",
               head="turnover", when="2019"),
        figure("b", "Turnover came to $3.1bn.", 3.1e9, unit="USD", counted="turnover",
               head="turnover", when="2019"),
        figure("c", "Auditors confirmed the sum of 2.4bn.", value, unit=unit, counted=None,
               head=None, when="2019"),
    )
    holding = {g["quantity"].split(" ")[0] for g in rows
               if any(f.startswith("c:") for f in g["figures"]) and g["parent"] is None}
    assert holding == ({joins} if joins else set())


@pytest.mark.parametrize("sentence, source, joins", [
    # the article's own figure that its article gives another value of is another thing
    ("The 7 affected cooperatives went dark.", None, False),
    # a figure someone is named for may dispute the article's other figure
    ("The rebels claimed 7 cooperatives.", "the rebels", True),
])
def test_an_articles_own_figure_it_gainsays_is_not_its_quantity(
        sentence: str, source: str | None, joins: bool) -> None:
    coops = {"unit": "cooperatives", "counted": "cooperatives", "head": "cooperative",
             "when": "2024-09"}
    placeless = figure("a", sentence, 7, **coops)
    if source:
        placeless.update(source=source, origin=source, origin_basis="source")
    else:
        placeless.update(source="the article", origin_basis="article")
    figures, articles = corpus(
        figure("a", "Linemen from 25 cooperatives in Velm were sent.", 25, where=("Velm",),
               **coops),
        figure("b", "Crews from 25 cooperatives in Velm arrived.", 25, where=("Velm",),
               **coops),
        placeless,
    )
    rows = build_conflicts(figures, articles, RESOLVE)
    assert any(figures[2]["id"] in g["figures"] for g in rows) == joins


@pytest.mark.parametrize("approx, verdict", [
    ("at_least", "consistent"),  # "at least 3,000" holds 3,212, whenever either was said
    ("exact", "change_over_time"),  # 3,000 and 3,212 differ, and the dates cannot rule it out
])
def test_figures_of_unknown_periods_change_only_if_they_disagree(approx: str,
                                                                  verdict: str) -> None:
    cases = {"unit": "cases", "counted": "suspected cases", "head": "case"}
    rows = groups(
        figure("a", "The agency counted at least 3,000 cases.", 3000, approx=approx,
               when="2024-10", **cases),
        figure("b", "The ministry has recorded 3,212 cases.", 3212, when="2024-10-03", **cases),
    )
    assert [g["verdict"] for g in rows if g["parent"] is None] == [verdict]


def _printed_on(day: str, row: dict[str, Any]) -> dict[str, Any]:
    """A figure nothing in its text dates: its article's day is all there is."""
    return {**row, "when": day, "when_basis": "article", "reported": day,
            "period_basis": "reported"}


@pytest.mark.parametrize("second_day, verdict", [
    ("2031-05-06", "contradiction"),  # one day's two counts cannot both be right
    ("2031-05-07", "contradiction"),  # the next day's report speaks of the day before
    ("2031-05-15", "change_over_time"),  # printed nine days later: the count moved
])
def test_counts_printed_days_apart_in_one_month_moved(second_day: str, verdict: str) -> None:
    evacuated = {"unit": "people", "counted": "people evacuated", "head": "people"}
    rows = groups(
        _printed_on("2031-05-06", figure("a", "Rescuers say 140 people were evacuated.", 140,
                                         **evacuated)),
        _printed_on(second_day, figure("b", "The county reports 610 people evacuated.", 610,
                                       **evacuated)),
    )
    assert [g["verdict"] for g in rows if g["parent"] is None] == [verdict]


@pytest.mark.parametrize("first_day, second_day, verdict", [
    ("2031-05-06", "2031-05-06", "contradiction"),
    ("2031-05-06", "2031-05-07", "contradiction"),  # a day apart: perhaps one day's count
    ("2031-05-06", "2031-05-10", "change_over_time"),  # the text dates them to two days
])
def test_counts_the_text_dates_to_days_apart_describe_two_days(first_day: str, second_day: str,
                                                              verdict: str) -> None:
    """A month is one period when the quantity's figures span months, yet two of its figures
    the text dates to days far apart describe two days."""
    cut_off = {"unit": "households", "counted": "households without power", "head": "household"}
    rows = groups(
        figure("c", "In April 90,000 households lost power.", 90000, when="2031-04-20",
               **cut_off),
        figure("a", "On that day 1.4 million households had no power.", 1.4e6, when=first_day,
               **cut_off),
        figure("b", "By then 610,000 households were without power.", 610000, when=second_day,
               **cut_off),
    )
    may = [g for g in rows if g["kind"] == "period" and len(g["figures"]) == 2]
    assert [g["verdict"] for g in may] == [verdict]


def _projected(day: str, origin: str, row: dict[str, Any]) -> dict[str, Any]:
    """A projection's value ("will cost ..."), printed on ``day``, whose estimate ``origin``'s."""
    return {**row, "when": day, "when_basis": "article", "reported": day, "period": None,
            "period_basis": "projected", "origin": origin, "source": origin}


@pytest.mark.parametrize("second_origin, verdict", [
    ("Vessa Audit Office", "contradiction"),  # two bodies' estimates of one outcome
    ("Tarnwick Rail", "revision"),  # one body's estimate months later: it changed its figure
])
def test_projections_of_one_outcome_months_apart_are_one_period(second_origin: str,
                                                                verdict: str) -> None:
    cost = {"unit": "EUR", "counted": "tunnel cost", "head": "cost"}
    rows = groups(
        _projected("2031-02-03", "Tarnwick Rail",
                   figure("a", "The tunnel will cost 7 billion euros.", 7e9, **cost)),
        _projected("2031-09-20", second_origin,
                   figure("b", "The tunnel could cost 12 billion euros.", 12e9, **cost)),
    )
    assert [g["verdict"] for g in rows if g["parent"] is None] == [verdict]


def test_a_projection_beside_one_dated_count_makes_no_series() -> None:
    cost = {"unit": "EUR", "counted": "tunnel cost", "head": "cost"}
    rows = groups(
        figure("c", "By March the tunnel had cost 2 billion euros.", 2e9, when="2031-03", **cost),
        _projected("2031-02-03", "Tarnwick Rail",
                   figure("a", "The tunnel will cost 7 billion euros.", 7e9, **cost)),
        _projected("2031-09-20", "Vessa Audit Office",
                   figure("b", "The tunnel could cost 12 billion euros.", 12e9, **cost)),
    )
    top = [g for g in rows if g["parent"] is None]
    assert [g["verdict"] for g in top] == ["contradiction"]
    assert "projected outcome" in top[0]["reason"]


@pytest.mark.parametrize("expected_text, value, at, verdicts", [
    # what analysts had expected beside what came to pass: no value of it, no move of it and
    # no rival of it, near it or not
    ("Analysts at Kestrel Bank had expected 45,000 loaves.", 45000, None, []),
    ("Analysts at Kestrel Bank had expected 52,000 loaves.", 52000, None, []),
    # a projection whose value another figure states is that figure restated
    ("Analysts at Kestrel Bank had expected 41,000 loaves.", 41000, None, ["consistent"]),
    # a projection the text itself sets against another period's value moved from it
    ("The bakery expects to sell 30,000 loaves this year, against 41,000 loaves last year.",
     30000, "41,000", ["change_over_time"]),
])
def test_a_projection_meets_an_actual_only_where_the_text_sets_them_together(
        expected_text: str, value: float, at: str | None, verdicts: list[str]) -> None:
    loaves = {"unit": "loaves", "counted": "loaves", "head": "loaf"}
    sold = figure("a", "Brisa Bakeries sold 41,000 loaves in the first quarter.", 41000,
                  when="2031-03", **loaves)
    if at is None:
        rows = groups(sold, _projected("2031-04-14", "Kestrel Bank",
                                       figure("a", expected_text, value, **loaves)))
    else:
        rows = groups(
            _projected("2031-04-14", "Brisa Bakeries",
                       figure("b", expected_text, value, at="30,000", **loaves)),
            figure("b", expected_text, 41000, when="2030", at=at, **loaves))
    top = [g for g in rows if g["parent"] is None]
    assert [g["verdict"] for g in top] == verdicts


@pytest.mark.parametrize("expected, beside, verdict", [
    # a count dated only by the days its articles printed it is a level on each of those days:
    # beside a projection none of its figures restates, the count moved between the days (a
    # change), and the projection stands apart
    (2000, False, "change_over_time"),
    # a projection the count's figures restate keeps its restatement beside it; the later
    # count, which no sentence sets against either, is not read as a change from them
    (9000, True, "consistent"),
])
def test_counts_printed_weeks_apart_beside_a_projection_show_the_count_moving(
        expected: float, beside: bool, verdict: str) -> None:
    members = {"unit": "members", "counted": "members", "head": "member"}
    rows = groups(
        _projected("2031-03-02", "Lindqvist Chess Federation",
                   figure("a", f"The federation expects {expected:,.0f} members.", expected,
                          **members)),
        _printed("2031-03-03", "Lindqvist Chess Federation",
                 figure("b", "The federation now has 9,000 members.", 9000, **members)),
        _printed("2031-04-20", "Lindqvist Chess Federation",
                 figure("c", "The federation has 14,500 members.", 14500, **members)))
    top = [g for g in rows if g["parent"] is None]
    assert [g["verdict"] for g in top] == [verdict]
    assert ("a:0" in top[0]["figures"]) is beside

def _printed(day: str, origin: str, row: dict[str, Any]) -> dict[str, Any]:
    """A figure dated only by the day its article printed it, whose estimate ``origin``'s."""
    return {**row, "when": day, "when_basis": "article", "reported": day,
            "period_basis": "reported", "origin": origin, "source": origin}


@pytest.mark.parametrize("specs, verdict", [
    # two bodies' figures of one outcome, each in the currency both write: 9.2 and 11.5
    # billion euros are two values, though each converted to dollars at a rate that may drift
    # would meet the other
    (lambda cost: [
        _projected("2031-02-03", "Tarnwick Rail",
                   figure("a", "The tunnel will cost 9.2 billion euros.", 9.2e9, **cost)),
        _projected("2031-02-05", "Vessa Audit Office",
                   figure("b", "The tunnel could cost 11.5 billion euros.", 11.5e9, **cost))],
     "contradiction"),
    # ... and so they are when a third body writes dollars: two figures in one currency are
    # compared as written, the rate's drift only against the dollars
    (lambda cost: [
        _projected("2031-02-03", "Tarnwick Rail",
                   figure("a", "The tunnel will cost 9.2 billion euros.", 9.2e9, **cost)),
        _projected("2031-02-05", "Vessa Audit Office",
                   figure("b", "The tunnel could cost 10.6 billion euros.", 10.6e9, **cost)),
        _projected("2031-02-09", "Kesk Watch",
                   figure("d", "Kesk Watch puts the tunnel's cost at $10.9 billion.", 10.9e9,
                          **{**cost, "unit": "USD"}))],
     "contradiction"),
    # ... and a figure its sentence converts ("10.6 billion euros ($11.5 billion)") is the
    # value it converts, not one the drift lets meet the other body's
    (lambda cost: [
        _projected("2031-02-03", "Tarnwick Rail",
                   figure("a", "The tunnel will cost 9.2 billion euros.", 9.2e9, **cost)),
        _projected("2031-02-05", "Vessa Audit Office",
                   figure("b", "The tunnel could cost 10.6 billion euros ($11.5 billion).",
                          10.6e9, **cost)),
        _projected("2031-02-05", "Vessa Audit Office",
                   figure("b", "The tunnel could cost 10.6 billion euros ($11.5 billion).",
                          11.5e9, **{**cost, "unit": "USD"}))],
     "contradiction"),
    # the same two values, one in euros and one in dollars, may meet at a drifting rate
    (lambda cost: [
        _projected("2031-02-03", "Tarnwick Rail",
                   figure("a", "The tunnel will cost 9.2 billion euros.", 9.2e9, **cost)),
        _projected("2031-02-05", "Vessa Audit Office",
                   figure("b", "The tunnel could cost $11 billion.", 11e9,
                          **{**cost, "unit": "USD"}))],
     "consistent"),
    # a projection beside figures dated only by their articles' days: each is an estimate of
    # the outcome as it stood then, not a level the cost had, so two bodies' differing figures
    # contradict each other, whenever printed
    (lambda cost: [
        _projected("2031-01-10", "Tarnwick Rail",
                   figure("c", "The tunnel will cost 7 billion euros.", 7e9, **cost)),
        _projected("2031-01-12", "Vessa Audit Office",
                   figure("d", "The tunnel could cost 12 billion euros.", 12e9, **cost)),
        _printed("2031-02-03", "Orlen Bank",
                 figure("a", "Orlen Bank puts the tunnel's cost at 9 billion euros.", 9e9,
                        **cost)),
        _printed("2031-03-20", "Kesk Watch",
                 figure("b", "Kesk Watch puts the tunnel's cost at 10.5 billion euros.", 10.5e9,
                        **cost))],
     "contradiction"),
    # figures dated only by their articles' days beside a projection of the outcome: two
    # bodies' differing figures printed weeks apart are two estimates of it, not a change
    (lambda cost: [
        _printed("2031-03-04", "Vessa Audit Office",
                 figure("a", "Vessa Audit Office puts the tunnel's cost at 24 billion euros.",
                        24e9, **cost)),
        _printed("2031-03-19", "Kesk Watch",
                 figure("b", "Kesk Watch puts the tunnel's cost at 9 billion euros.", 9e9,
                        **cost)),
        _projected("2031-03-26", "Vessa Audit Office",
                   figure("c", "The tunnel would cost 24 billion euros.", 24e9, **cost))],
     "contradiction"),
])
def test_estimates_of_one_outcome(specs, verdict: str) -> None:
    cost = {"unit": "EUR", "counted": "tunnel cost", "head": "cost"}
    rows = groups(*specs(cost))
    assert [g["verdict"] for g in rows if g["parent"] is None] == [verdict]


@pytest.mark.parametrize("planned, verdict", [
    (False, "change_over_time"),  # two bodies' counts printed a week apart: the count moved
    # a plan's count ("would move about 450 families") projects no outcome the day-dated
    # counts estimate: it stands apart, and each count still says how many there were on the
    # day it was printed, as without the plan
    (True, "change_over_time"),
])
def test_a_planned_count_leaves_counts_of_days_apart_a_change(planned: bool,
                                                              verdict: str | None) -> None:
    families = {"unit": "families", "counted": "families displaced", "head": "family"}
    specs = [
        _printed("2031-06-02", "Harbour Trust",
                 figure("a", "The Harbour Trust says 300 families have left the quarter.", 300,
                        **families)),
        _printed("2031-06-09", "Ferry Council",
                 figure("b", "The Ferry Council counts 520 families displaced.", 520,
                        **families)),
    ]
    if planned:
        specs.append(_projected("2031-06-12", "Lorn City Hall", figure(
            "c", "The city's resettlement plan would move about 450 families.", 450,
            approx="about",
            **families)))
    rows = groups(*specs)
    assert [g["verdict"] for g in rows if g["parent"] is None] == ([verdict] if verdict else [])


def _dated(day: str, origin: str, row: dict[str, Any]) -> dict[str, Any]:
    """A figure its own words date, printed on ``day``, whose estimate ``origin``'s."""
    return {**row, "when_basis": "sentence", "reported": day, "origin": origin,
            "source": origin}


@pytest.mark.parametrize("later, verdict", [
    # a value first printed undated, then by its body with the year it is a target for: one
    # estimate of that year, against another body's for the same year
    ("2040", "contradiction"),
    # the same value dated to a year already past is a level of that year: the quantity moved
    ("2029", "change_over_time"),
])
def test_an_undated_figure_restates_its_bodys_target(later: str, verdict: str) -> None:
    homes = {"unit": "homes", "counted": "homes needed", "head": "homes"}
    rows = groups(
        _printed("2031-02-10", "Halden Housing Agency",
                 figure("a", "The country needs 3.5 million more homes, the agency says.", 3.5e6,
                        **homes)),
        _dated("2031-03-18", "Halden Housing Agency",
               figure("b", f"The agency says 3.5 million homes are needed by {later}.", 3.5e6,
                      when=later, **homes)),
        _dated("2031-05-14", "Orsk Bank",
               figure("c", f"Orsk Bank says 4.8 million homes are needed by {later}.", 4.8e6,
                      when=later, **homes)),
    )
    assert [g["verdict"] for g in rows if g["parent"] is None] == [verdict]


def test_a_day_a_later_article_names_is_no_target() -> None:
    """An undated 2.4 billion printed in December, and a notice in May of the 2.4 billion the
    board gave on 12 February: a day past when the notice ran is no target the December
    figure restates, so it stands at its own month, against the audit office's 1.9 billion
    printed the next day."""
    cost = {"unit": "EUR", "counted": "arena cost", "head": "cost"}
    rows = groups(
        _printed("2031-12-08", "Velm Arena Board",
                 figure("a", "The board puts the arena's cost at 2.4 billion euros.", 2.4e9,
                        **cost)),
        _printed("2031-12-09", "Orsk Audit Office",
                 figure("c", "The audit office puts the arena's cost at 1.9 billion euros.",
                        1.9e9, **cost)),
        _dated("2032-05-06", "Velm Arena Board",
               figure("b", "On 12 February the board said the arena cost 2.4 billion euros.",
                      2.4e9, when="2032-02-12", **cost)),
    )
    december = [g for g in rows if g["kind"] == "period" and len(g["figures"]) == 2]
    assert [g["verdict"] for g in december] == ["contradiction"]


@pytest.mark.parametrize("printed, verdict", [
    ("2031-05-07", "contradiction"),  # printed the next day: perhaps one day's figure
    ("2031-05-27", "change_over_time"),  # "in May", printed three weeks on: it may have moved
])
def test_a_month_figure_against_a_day_figure_goes_by_the_days_printed(printed: str,
                                                                     verdict: str) -> None:
    fee = {"unit": "percent", "counted": "insurance premium", "head": "premium"}
    rows = groups(
        figure("c", "In April the premium was 0.2 percent.", 0.2, when="2031-04", **fee),
        {**figure("a", "On 6 May the premium stood at 0.9 percent.", 0.9, when="2031-05-06",
                  **fee), "reported": "2031-05-06"},
        {**figure("b", "In May the premium was 0.6 percent.", 0.6, when="2031-05", **fee),
         "reported": printed},
    )
    may = [g for g in rows if g["kind"] == "period" and len(g["figures"]) == 2]
    assert [g["verdict"] for g in may] == [verdict]


WELLS_PART = "Of the 410 wells in the valley, 260 have run dry."
COST_CONVERTED = "The new bridge will cost $3.2 billion (57 billion crowns)."
WELLS_HUNDREDS = ("The growers' guild says only about 260 wells are in use, as hundreds of those "
                  "on the register were capped years ago.")


@pytest.mark.parametrize("first, second, verdict", [
    # a part beside its whole: the sentence that gives 260 also gives 410, the other's value
    ([(WELLS_PART, 410, "410"), (WELLS_PART, 260, "260")],
     ("The valley has 410 wells.", 410, "410"), "consistent"),
    # an amount beside its conversion, the currency unread
    ([(COST_CONVERTED, 3.2e9, "$3.2"), (COST_CONVERTED, 57e9, "57")],
     ("Engineers put the bridge's cost at $3.2 billion.", 3.2e9, "$3.2"), "consistent"),
    # two sources, one value each: a contradiction
    ([("The ministry counted 260 wells in the valley.", 260, "260")],
     ("The valley has 410 wells.", 410, "410"), "contradiction"),
    # an open bound beside the source's own estimate reaches the rival's value by its open side
    # alone ("hundreds" is at least 100): no part beside its whole, the rivals stand
    ([(WELLS_HUNDREDS, 260, "260"), (WELLS_HUNDREDS, 100, "hundreds", "at_least")],
     ("The valley has 410 wells.", 410, "410"), "contradiction"),
])
def test_a_figure_whose_sentence_restates_the_rival_value_is_no_rival(first, second, verdict):
    money = first[0][0] == COST_CONVERTED
    unit = dict(unit="USD", counted="cost", head="cost") if money else dict(
        unit="wells", counted="wells", head="well")
    rows = groups(*[figure("a", text, value, at=at, approx=(*how, "exact")[0], **unit)
                    for text, value, at, *how in first],
                  figure("b", second[0], second[1], at=second[2], **unit))
    top = [g for g in rows if g["parent"] is None]
    assert [g["verdict"] for g in top] == [verdict]
    if verdict == "consistent":  # the example it gives agrees
        assert "agree" in top[0]["reason"] and "260" not in top[0]["reason"]


PER_MEMBER = ("Each member stands for 3,100 voters.", 3100)
ROLL = ("The roll lists 1.1 million voters in the valley.", 1.1e6)


@pytest.mark.parametrize("second_article, sources, second, verdict", [
    # one article's own words: no rivals
    ("a", ("the article", "the article"), PER_MEMBER, None),
    # nor two outlets' own words, each naming nobody: nothing says whose estimates they are
    ("b", ("the article", "the article"), PER_MEMBER, None),
    # nor two bodies' figures hundreds of times apart: a part beside the whole
    ("a", ("the harbour board", "the port authority"), PER_MEMBER, None),
    # two named bodies' rival figures of one roll
    ("a", ("the harbour board", "the port authority"), ROLL, "contradiction"),
])
def test_one_writer_does_not_contradict_himself(second_article, sources, second, verdict):
    voters = dict(unit="voters", counted="voters", head="voter")
    first = figure("a", "The valley holds 1.4 million voters.", 1.4e6, **voters)
    second = figure(second_article, second[0], second[1], **voters)
    _assert_writers_verdict(first, second, sources, verdict)



def _assert_writers_verdict(first: dict, second: dict, sources: tuple[str, str],
                            verdict: str | None) -> None:
    """Two figures given by ``sources``: the verdict of their quantity, or (None) no
    contradiction at all."""
    top = [g["verdict"] for g in groups({**first, "source": sources[0]},
                                        {**second, "source": sources[1]})
           if g["parent"] is None]
    if verdict is None:
        assert "contradiction" not in top
    else:
        assert top == [verdict]


REVISED = "The board revised its August count from 5,240 to 5,610 people."


@pytest.mark.parametrize("revises, joined", [
    (True, {"5,240", "5,610"}),  # the sentence says 5,610 replaces 5,240: one quantity
    (False, {"5,240"}),  # side by side, only the value that agrees joins
])
def test_a_revised_figure_joins_the_quantity_of_the_figure_it_replaces(revises, joined):
    kent = figure("a", "The board registered 5,240 arrivals in Kent in August.", 5240,
                  unit="people", counted="arrivals", head="arrival", where=("Kent",),
                  when="2026-08", at="5,240")
    people = dict(unit="people", counted="people", head="people", when="2026-08")
    old = figure("b", REVISED, 5240, at="5,240", **people)
    new = {**figure("b", REVISED, 5610, at="5,610", **people),
           "revises": f"b:{REVISED.index('5,240')}" if revises else None}
    rows = groups(kent, old, new)
    top = [g for g in rows if g["parent"] is None]
    assert len(top) == 1
    values = {f"{int(v[0]):,}" for v in top[0]["values"].values()}
    assert values == joined
    if revises:
        assert top[0]["verdict"] == "revision"


def _cost_of_event(day: str, origin: str, row: dict[str, Any]) -> dict[str, Any]:
    """A sum an event cost that nothing dates but its article, printed on ``day``."""
    return {**row, "when": day, "when_basis": "article", "reported": day, "period": None,
            "period_basis": "event", "origin": origin, "source": origin}


def _cost_on(day: str, printed: str, origin: str, row: dict[str, Any]) -> dict[str, Any]:
    """A sum its own words date to ``day`` ("Tuesday's walkout cost ..."), printed later."""
    return {**row, "when": day, "when_basis": "sentence", "reported": printed, "period": day,
            "period_basis": "stated", "origin": origin, "source": origin}


WALKOUT = {"unit": "ZAR", "counted": "cost", "head": "cost"}


@pytest.mark.parametrize("others, verdict", [
    # two estimates of what the walkout cost, nothing dating either: of the event, whenever
    # printed, so they disagree about one thing
    ([_cost_of_event("2031-03-20", "Harbour Board", figure(
        "b", "The Harbour Board puts the walkout's cost at 90 million rand.", 9e7, **WALKOUT))],
     "contradiction"),
    # the text dates its sums to days ("Tuesday's walkout"), as it would tell several
    # walkouts apart: the headline's undated sum is dated by its article, and Tuesday's two
    # estimates disagree (of the event, it would set the two days apart as a change)
    ([_cost_on("2031-03-17", "2031-03-18", "Kestrel Consulting", figure(
        "a", "Tuesday's walkout cost the port 40 million rand, Kestrel Consulting said.", 4e7,
        **WALKOUT)),
      _cost_on("2031-03-17", "2031-03-18", "Harbour Board", figure(
          "b", "The Harbour Board put the cost of Tuesday's walkout at 90 million rand.", 9e7,
          **WALKOUT))],
     "contradiction"),
])
def test_a_sum_an_event_cost_is_of_the_event_unless_the_text_dates_its_sums(
        others, verdict) -> None:
    headline = _cost_of_event("2031-03-18", "Kestrel Consulting", figure(
        "a", "Walkout cost port 40 million rand, consultancy says", 4e7, **WALKOUT))
    top = [g for g in groups(headline, *others) if g["parent"] is None]
    assert [g["verdict"] for g in top] == [verdict]


@pytest.mark.parametrize("sentence, later, earlier, verdicts", [
    # the sentence sets the list against its earlier length: a change it states by itself,
    # though nothing dates the earlier value
    ("The clinic's waiting list stood at 4,310 patients, up from 2,950 before the flood.",
     4310, 2950, ["change_over_time"]),
    ("Enrolment fell to 812 pupils, down from 1,040 before the mine closed.", 812, 1040,
     ["change_over_time"]),
    # the same value again shows no change
    ("The waiting list stood at 4,310 patients, about the same as the 4,300 before the flood.",
     4310, 4300, []),
    # a part beside its whole is set against nothing
    ("The waiting list stood at 4,310 patients, 2,950 of them children.", 4310, 2950, []),
])
def test_one_sentence_may_state_a_change_by_itself(sentence, later, earlier, verdicts) -> None:
    unit = {"unit": "patients", "counted": "patients", "head": "patient", "when": "2031-06-14"}
    printed = {"when_basis": "article", "reported": "2031-06-14"}  # nothing else dates them
    rows = groups({**figure("a", sentence, later, at=f"{later:,}", **unit), **printed},
                  {**figure("a", sentence, earlier, at=f"{earlier:,}", **unit), **printed})
    assert [g["verdict"] for g in rows if g["parent"] is None] == verdicts


@pytest.mark.parametrize("sentence, later, earlier, verdicts", [
    # "to X from Y" states the change, though the sentence's one date reaches both values
    ("On Friday the council agreed to raise the harbour levy to 1,250 rand from 980 rand.",
     1250, 980, ["change_over_time"]),
    ("Bed occupancy fell on Tuesday to 7,420 from 8,960, the trust said.", 7420, 8960,
     ["change_over_time"]),
    ("The waiting list stood at 4,310 patients on Monday, up from 2,950.", 4310, 2950,
     ["change_over_time"]),
    ("Ridership climbed from 6,100 to 9,300 on Sunday.", 9300, 6100, ["change_over_time"]),
    # a comparison word alone may set two things of one day side by side: no change
    ("On Monday the port handled 4,310 boxes, against 2,950 at the rival terminal.", 4310,
     2950, []),
])
def test_one_sentence_states_a_change_whatever_date_both_values_took(
        sentence, later, earlier, verdicts) -> None:
    unit = {"unit": "patients", "counted": "patients", "head": "patient", "when": "2031-06-14"}
    dated = {"when_basis": "sentence", "reported": "2031-06-16"}  # the sentence's one date
    rows = groups({**figure("a", sentence, later, at=f"{later:,}", **unit), **dated},
                  {**figure("a", sentence, earlier, at=f"{earlier:,}", **unit), **dated})
    assert [g["verdict"] for g in rows if g["parent"] is None] == verdicts


FERRY_HEADLINE = "Ferry fares rise 12pc as fuel bill climbs"
FERRY_BODY = "The operator said fares on the Selby crossing would go up 12 per cent from Monday."
FERRY_OTHER = "Diesel now costs the operator 12 per cent of its takings, the union said."


@pytest.mark.parametrize("specs, restated", [
    # the body restates its headline's number, whatever the parse took each to count
    ([(FERRY_HEADLINE, 12, "fuel bill", "percent"), (FERRY_BODY, 12, "fares", "percent")],
     True),
    # two sentences of the body giving a common number, the headline another: a coincidence
    ([("Ferry fares rise 9pc as fuel bill climbs", 9, "fuel bill", "percent"),
      (FERRY_OTHER, 12, "takings", "percent"), (FERRY_BODY, 12, "fares", "percent")], False),
    # the same number in another unit is another figure
    ([(FERRY_HEADLINE, 12, "fuel bill", "percent"), (FERRY_BODY, 12, "crossings", "crossings")],
     False),
    # a count is one count whatever its noun: a headline leaves the noun out or names the
    # persons by their fate, the body names them otherwise
    ([("Selby ferry carries 4,310 a day as bridge shuts", 4310, "count", "count per day"),
      ("The ferry now carries 4,310 passengers a day, the operator said.", 4310, "passengers",
       "passengers per day")], True),
    ([("Seven dead as Selby ferry capsizes", 7, "dead", "people", "Seven"),
      ("Seven workers drowned when the ferry capsized on Monday.", 7, "workers", "workers",
       "Seven")], True),
    ([("Hackers leak 48,000 Selby ferry tickets", 48000, "tickets", "tickets"),
      ("The gang published about 48,000 booking records on Monday.", 48000, "booking records",
       "records")], True),
    # ... but two counts of different things under a hundred may meet by chance
    ([("Two ferries sink as storm hits Selby", 2, "ferries", "ferries", "Two"),
      ("The two harbour unions disagree on the cause.", 2, "unions", "unions", "two")], False),
    # ... and a count and a measure are two figures
    ([("Selby ferry carries 4,310 a day as bridge shuts", 4310, "count", "count per day"),
      ("The ferry now carries 4,310 tonnes of freight a day.", 4310, "freight",
       "tonnes per day")], False),
    # a headline may leave out what a price is per
    ([("Selby ferry fare eases to 40 rand", 40, "fare eases", "ZAR"),
      ("The single fare on the Selby crossing fell to 40 rand a trip on Monday.", 40, "fare",
       "ZAR per trip")], True),
])
def test_a_body_restating_its_headline_agrees_with_it(specs, restated) -> None:
    rows = groups(*(figure("a", sentence, value, at=at[0] if at else f"{value:,}", unit=unit,
                           counted=counted, head=counted.split()[-1], when=None)
                    for sentence, value, counted, unit, *at in specs))
    agreeing = [g for g in rows if "headline" in g["quantity"]]
    assert [g["verdict"] for g in agreeing] == (["consistent"] if restated else [])


REVISED_ARRIVALS = "The board revised its August count from 5,240 to 5,610 arrivals."


@pytest.mark.parametrize("revises, places, verdict", [
    # the sentence says which quantity 5,610 revises: that its value matches Dover's count is
    # chance, so it stays with the figure it replaces
    (True, {"Kent"}, "revision"),
    # side by side, each value joins the count it agrees with
    (False, {"Dover"}, "consistent"),
])
def test_a_revised_figure_stays_with_what_it_replaces_whatever_its_value_matches(
        revises, places, verdict):
    arrivals = dict(unit="people", counted="arrivals", head="arrival", when="2026-08")
    kent = figure("a", "The board registered 5,240 arrivals in Kent in August.", 5240,
                  where=("Kent",), **arrivals)
    dover = figure("c", "The board registered 5,610 arrivals in Dover in August.", 5610,
                   where=("Dover",), **arrivals)
    old = figure("b", REVISED_ARRIVALS, 5240, at="5,240", **arrivals)
    new = {**figure("b", REVISED_ARRIVALS, 5610, at="5,610", **arrivals),
           "revises": f"b:{REVISED_ARRIVALS.index('5,240')}" if revises else None}
    new_id = f"b:{REVISED_ARRIVALS.index('5,610')}"
    top = [g for g in groups(kent, dover, old, new)
           if g["kind"] == "quantity" and new_id in g["figures"]]
    assert len(top) == 1
    assert places.pop().lower() in top[0]["quantity"].lower()
    assert top[0]["verdict"] == verdict


@pytest.mark.parametrize("sentence, groups_made", [
    # how many a study asked is not a count of what it measures
    ("A quarter of homes lost water, according to a survey of 1,870 households.", 0),
    # the same sample told by a verb of examining (a school audit, a food-safety check)
    ("The residents' group polled more than 1,870 households.", 0),
    ("Inspectors checked the water supply of 1,870 households.", 0),
    ("The regulator audited 1,870 households for arrears.", 0),
    # what a verb of finding or of doing counts is the quantity itself
    ("The utility restored supply to 1,870 households.", 1),
    ("Engineers found 1,870 households without a meter.", 1),
])
def test_a_studys_sample_never_meets_the_quantity_it_measures(sentence, groups_made):
    homes = dict(unit="households", counted="households", head="household", when="2026-08")
    rows = groups(figure("a", sentence, 1870, at="1,870", **homes),
                  figure("b", "The utility cut off 3,400 households.", 3400, **homes))
    assert len([g for g in rows if g["parent"] is None]) == groups_made


def test_two_sources_set_against_each_other_in_one_sentence_stay_rivals():
    both = "The ministry puts the toll at 40, while the relief agency counts 400."
    ministry = {**figure("a", both, 40, at="40", unit="people", counted="deaths",
                         head="death"), "source": "the ministry"}
    agency = {**figure("a", both, 400, at="400", unit="people", counted="deaths",
                       head="death"), "source": "the relief agency"}
    again = {**figure("b", "The relief agency has counted 400 deaths.", 400, unit="people",
                      counted="deaths", head="death"), "source": "the relief agency"}
    top = [g["verdict"] for g in groups(ministry, agency, again) if g["parent"] is None]
    assert top == ["contradiction"]


@pytest.mark.parametrize("second_article, sources, verdict", [
    # the writer's "we" and the writer's own words are one writer
    ("a", ("we", "the article"), None),
    # the "we" of two articles are two bodies: rivals, not one body revising itself
    ("b", ("we", "we"), "contradiction"),
])
def test_the_first_person_is_the_writer_of_its_own_article(second_article, sources, verdict):
    animals = dict(unit="animals", counted="animals", head="animal")
    first = figure("a", "We estimate the herd at 12,400 animals.", 12400, **animals)
    second = figure(second_article, "The herd numbers 30,500 animals.", 30500, **animals)
    _assert_writers_verdict(first, second, sources, verdict)


@pytest.mark.parametrize(("unit", "thing"), [
    # a count given per one of something is that quantity, whatever noun it counts in
    ("people per household", "per household"),
    ("people per boat", "per boat"),
    # a count per period says nothing of what is counted
    ("people per day", None),
])
def test_a_count_per_one_thing_names_its_quantity(unit: str, thing: str | None) -> None:
    sentence = "The average flat had 4.1 people, officials said."
    row = {"id": "a:21", "article": "a", "start": 21, "end": 24, "sentence": [0, len(sentence)],
           "low": 4.1, "high": 4.1, "approx": "exact", "unit": unit, "counted": "people",
           "counted_head": "people", "where": [], "when": "2026-10", "source": "officials"}
    claim = claim_of(row, sentence, 0, alias_resolver(), frozenset())
    assert claim is not None and claim.key.thing == thing


CRANES = "The port authority revised the March count from 410 to 455 idle cranes."


@pytest.mark.parametrize("with_other, inner", [
    # the origin's group also holds a count its key could not tell apart: the revision itself
    # (the old count as the outlets repeat it, and the new one) is a group of its own inside
    (True, True),
    # the origin's group is the revision already: no second group of the same figures
    (False, False),
])
def test_a_revision_is_a_group_of_its_old_and_new_figures(with_other: bool, inner: bool) -> None:
    cranes = dict(unit="cranes", counted="idle cranes", head="crane", when="2031-03")
    specs = [
        figure("a", "The port authority counted 410 idle cranes in March.", 410, **cranes),
        figure("b", "Some 410 idle cranes, the port authority said in March.", 410, **cranes),
        figure("c", CRANES, 410, at="410", **cranes),
        {**figure("c", CRANES, 455, at="455", **cranes), "revises": f"c:{CRANES.index('410')}"},
    ]
    if with_other:
        specs.append(figure("c", "Of those, 60 idle cranes stand at the north quay.", 60,
                            **cranes))
    figures, articles = corpus(*specs)
    for row in figures:
        row["source"] = "the port authority"
    rows = build_conflicts(figures, articles, RESOLVE)
    revision = {f["id"] for f in figures[:4]}
    assert any(g["verdict"] == "revision" for g in rows)
    assert any(g["verdict"] == "revision" and set(g["figures"]) == revision
               and g["parent"] is not None for g in rows) == inner
    assert len({frozenset(g["figures"]) for g in rows}) == len(rows)


@pytest.mark.parametrize("first, second, unit, grouped", [
    (2_640_000, 2_640_000, "count", True),  # "2.64 million", twice: one figure restated
    (7_350, 7_350, "count", True),
    (7_350, 7_350, "EUR", True),  # an amount, as written
    (300_000, 300_000, "count", False),  # a round number two sentences may give by chance
    (48, 48, "count", False),  # a small one too
    (417, 417, "count", True),  # three significant digits
    (410, 410, "count", False),
    (7_350, 7_360, "count", False),  # another number
    (31.7, 31.7, "percent", True),  # a share with three significant digits
    (73, 73, "percent", True),  # or two that are no multiple of five
    (45, 45, "percent", False),  # a share two sentences may give by chance
    (1 / 3, 1 / 3, "fraction", False),  # "a third": a rounded share
])
def test_the_same_distinctive_number_restated_with_nothing_said_of_it_agrees(
        first: float, second: float, unit: str, grouped: bool) -> None:
    """Figures that say nothing of what they count, placed in no quantity (two quantities they
    might restate make them ambiguous), agree where they repeat a number a coincidence would
    hardly give twice."""
    bare = dict(unit=unit, counted=None, head=None, when="2032-05")
    things = [figure(a, f"Clerks logged {v:,} {n} in May.", v, unit=n, counted=n, head=n[:-1],
                     when="2032-05")
              for a, v, n in (("x", first, "claims"), ("y", first, "visits"))]
    figures, articles = corpus(
        *things,
        figure("a", f"The total reached {first:,}.", first, **bare),
        figure("b", f"Officials put it at {second:,}.", second, **bare),
    )
    rows = build_conflicts(figures, articles, RESOLVE)
    bare_ids = {figures[2]["id"], figures[3]["id"]}
    together = [g for g in rows if bare_ids <= set(g["figures"])]
    assert bool(together) == grouped
    assert all(g["verdict"] == "consistent" for g in together)


def test_figures_in_doubt_that_agree_inside_a_revised_estimate_still_agree() -> None:
    """Figures that might belong to another quantity show no disagreement, but the agreement
    they show stands wherever the grouping found it: here one version of a revised count,
    restated by a second outlet, inside a count another body disputes."""
    lockers = dict(unit="lockers", counted="lockers", head="locker", when="2033-03")
    placed = [figure(a, f"Inspectors counted {v} lockers in {p}.", v, where=(p,), **lockers)
              for a, v, p in (("p", 90, "Velm"), ("q", 70, "Tarn"))]
    said = [figure(a, text, v, **lockers) for a, text, v in (
        ("a", "The courier firm counted 300 lockers in March.", 300),
        ("b", "The courier firm now counts 450 lockers in March.", 450),
        ("c", "Some 450 lockers stand ready, the courier firm said in March.", 450),
        ("d", "A drivers' union counted 800 lockers in March.", 800))]
    figures, articles = corpus(*placed, *said)
    sources = ("the courier firm",) * 3 + ("a drivers' union",)
    for row, source in zip(figures[2:], sources, strict=True):
        row["source"] = source
    rows = build_conflicts(figures, articles, RESOLVE)
    restated = {figures[3]["id"], figures[4]["id"]}
    assert any(set(g["figures"]) == restated and g["verdict"] == "consistent" for g in rows)
    assert not any(g["verdict"] in ("contradiction", "revision") for g in rows)


@pytest.mark.parametrize("first, second, grouped", [
    # "7,350 claims" and, elsewhere, "7,350 cases filed": one figure, named two ways
    (("claims", 7_350), ("cases filed", 7_350), True),
    (("claims", 48), ("cases filed", 48), False),  # a small number repeats by chance
    (("claims", 7_350), ("cases filed", 7_360), False),
])
def test_one_distinctive_number_under_two_names_agrees(first, second, grouped) -> None:
    """Two quantities the keys keep apart agree where sentences of each give the very same
    distinctive number; the agreement stands beside them and says nothing of other values."""
    specs = [figure(a, f"The insurer logged {v:,} {noun} in June.", v, unit=noun.split()[0],
                    counted=noun, head=noun.split()[0][:-1], when="2034-06")
             for a, (noun, v) in (("a", first), ("b", second))]
    specs += [figure("c", "The insurer logged 90 claims in May.", 90, unit="claims",
                     counted="claims", head="claim", when="2034-05")]
    figures, articles = corpus(*specs)
    rows = build_conflicts(figures, articles, RESOLVE)
    pair = {figures[0]["id"], figures[1]["id"]}
    together = [g for g in rows if pair <= set(g["figures"])]
    assert bool(together) == grouped
    assert all(g["verdict"] == "consistent" and set(g["figures"]) == pair for g in together)


@pytest.mark.parametrize(("unit", "value", "grouped"), [
    # "40 bitcoin" demanded, in two articles that say nothing of what it is: one sum, however
    # small, in a currency no sourced rate converts
    ("BTC", 40, True),
    # the same small sum in a currency the table converts may be any of many sums
    ("EUR", 40, False),
])
def test_a_sum_in_a_currency_no_rate_converts_repeated_agrees(
        unit: str, value: int, grouped: bool) -> None:
    specs = [figure(a, f"The crew {verb} {value} {unit} from the port.", value, unit=unit,
                    counted=None, head=None, when="2034-06")
             for a, verb in (("a", "demanded"), ("b", "wanted"))]
    specs += [figure(a, f"The port's repairs cost {v} {unit}.", v, unit=unit, counted="repairs",
                     head="repair", when="2034-06") for a, v in (("a", 900), ("b", 2_500))]
    figures, articles = corpus(*specs)
    rows = build_conflicts(figures, articles, RESOLVE)
    pair = {figures[0]["id"], figures[1]["id"]}
    together = [g for g in rows if pair <= set(g["figures"])]
    assert bool(together) == grouped
    assert all(g["verdict"] == "consistent" for g in together)


@pytest.mark.parametrize(("first", "second"), [
    # two numbers one short format prints alike ("8.2e+09") are two groups with two ids
    (8_200_000_000.0, 8_200_000_001.5),
    (61_000_000_000.0, 61_000_000_000.25),
    (7_350.0, 7_350.0000001),
])
def test_groups_of_repeated_numbers_have_one_id_each(first: float, second: float) -> None:
    """Every group id is used once: a store whose conflicts repeat an id is refused at open."""
    specs = []
    for n, (value, noun) in enumerate(((first, "grants"), (first, "loans"), (second, "fees"),
                                       (second, "levies"))):
        specs.append(figure("abcd"[n], f"The fund moved EUR {value:,} in {noun} in May.", value,
                            unit="EUR", counted=noun, head=noun[:-1], when="2034-05"))
    figures, articles = corpus(*specs)
    ids = [g["id"] for g in build_conflicts(figures, articles, RESOLVE)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("rows", "ids"), [
    ([{"id": "c1", "figures": ["a", "b"]}, {"id": "c1", "figures": ["a", "b"]}], ["c1"]),
    ([{"id": "c1", "figures": ["a", "b"]}, {"id": "c1", "figures": ["a", "c"]}], ["c1", "c1-2"]),
    ([{"id": "c1", "figures": ["a"]}, {"id": "c1", "figures": ["b"]},
      {"id": "c1", "figures": ["c"]}], ["c1", "c1-2", "c1-3"]),
    ([{"id": "c1", "figures": ["a"]}, {"id": "c2", "figures": ["a"]}], ["c1", "c2"]),
])
def test_a_group_id_is_never_used_twice(rows: list[dict[str, Any]], ids: list[str]) -> None:
    assert [r["id"] for r in _unique(rows)] == ids


@pytest.mark.parametrize("values, whens, verdict", [
    ((5930, 7569), ("2031-03-16", "2031-03-31"), "change_over_time"),
    ((5930, 5930), ("2031-03-16", "2031-03-31"), "consistent"),
])
def test_a_placeless_count_beside_its_articles_counts_of_places_is_their_whole(
        values: tuple[int, int], whens: tuple[str, str], verdict: str) -> None:
    """An article that counts the thing in each of several places, and gives counts that name
    no place and agree with none of them, gives counts of their whole: they meet each other,
    not left in doubt between the parts."""
    cases = {"unit": "cases", "counted": "suspected cases", "head": "case"}
    districts = [figure("t", f"{place} reported {value} suspected cases.", value,
                        where=(place,), when="2031-03-31", **cases)
                 for place, value in (("Orvel", 2214), ("Pask", 1630), ("Dunmere", 1288))]
    placeless = [figure("t", f"By {when} the ministry had logged {value} suspected cases.",
                        value, when=when, **cases)
                 for value, when in zip(values, whens, strict=True)]
    rows = groups(*districts, *placeless)
    whole = [g for g in rows if g["parent"] is None and len(g["figures"]) == 2
             and all(g["values"][f][0] in values for f in g["figures"])]
    assert len(whole) == 1 and whole[0]["verdict"] == verdict


WRECKS = "The Harlow Gazette wrongly said 410 wrecked cars had been towed since the flood."


def _flood_groups_by_day(specs: list[dict[str, Any]], dated: dict[str, str]) -> list[dict]:
    """The groups of flood figures each dated only by its article's day (``dated``)."""
    figures, articles = corpus(*specs)
    for row in figures:
        day = dated[row["article"]]
        row.update(source="the article", event="flood", when=day, when_basis="article",
                   reported=day)
    for article in articles:
        article["date"] = dated[article["id"]]
    return build_conflicts(figures, articles, RESOLVE)


@pytest.mark.parametrize("later, verdict", [
    # printed again weeks after the corrected count, at another value: the running total
    # moved, and the correction is a group of its own inside
    (640, "change_over_time"),
    # printed again at the corrected value: the correction is the whole story
    (455, "revision"),
])
def test_a_revision_beside_a_later_value_is_a_change(later: int, verdict: str) -> None:
    cars = dict(unit="cars", counted="wrecked cars", head="car")
    dated = {"a": "2031-03-04", "b": "2031-03-20", "c": "2031-03-28"}
    specs = [
        figure("a", "Some 410 wrecked cars have been towed since the flood.", 410, **cars),
        figure("b", WRECKS, 410, at="410", **cars),
        {**figure("b", "The figure was 455.", 455, **cars),
         "revises": f"b:{WRECKS.index('410')}"},
        figure("c", f"Towing crews have cleared {later} wrecked cars since the flood.", later,
               **cars),
    ]
    rows = _flood_groups_by_day(specs, dated)
    top = [g for g in rows if g["parent"] is None]
    assert [g["verdict"] for g in top] == [verdict]
    assert any(g["verdict"] == "revision" for g in rows)


def test_a_replaced_figure_beside_a_revision_shows_no_change() -> None:
    """A value printed elsewhere that its own origin has since replaced is an old version, not
    a level the quantity moved to: the group stays a revision."""
    cars = dict(unit="cars", counted="wrecked cars", head="car")
    dated = {"a": "2031-03-04", "b": "2031-03-20", "c": "2031-03-28"}
    recount = "The Ostrava Ledger first put the wrecked cars towed since the flood at 640."
    specs = [
        figure("a", "Some 410 wrecked cars have been towed since the flood.", 410, **cars),
        figure("b", WRECKS, 410, at="410", **cars),
        {**figure("b", "The figure was 455.", 455, **cars),
         "revises": f"b:{WRECKS.index('410')}"},
        figure("c", recount, 640, at="640", **cars),
        {**figure("c", "It has since corrected that to 455.", 455, **cars),
         "revises": f"c:{recount.index('640')}"},
    ]
    rows = _flood_groups_by_day(specs, dated)
    assert [g["verdict"] for g in rows if g["parent"] is None] == ["revision"]


PERSONS_BASES = [
    # a rate per a number of a place's people is one rate whatever the word for them
    ("doctors per 10,000 inhabitants", "doctors per 10,000 people", True),
    ("cases per 100,000 residents", "cases per 100,000 population", True),
    ("deaths per 1,000 inhabitants", "deaths per 1,000 people", True),
    # other bases stay apart
    ("beds per 1,000 households", "beds per 1,000 people", False),
    ("tonnes per hectare", "tonnes per household", False),
]


@pytest.mark.parametrize(("one", "other", "same"), [
    ("basis points", "percentage points", True),
    # a share and a difference of shares are not one measure
    ("basis points", "percent", False),
    ("percentage points", "points", False),
])
def test_basis_and_percentage_points_are_one_measure(one: str, other: str, same: bool) -> None:
    assert (measure_of(one) == measure_of(other)) is same


@pytest.mark.parametrize(("one", "other", "same"), PERSONS_BASES)
def test_a_rate_per_a_places_people_is_one_base(one: str, other: str, same: bool) -> None:
    assert (measure_of(one) == measure_of(other)) is same


SLIDE = {"unit": "cubic metres", "counted": "rock", "head": "rock"}
SLIDE_REVISED = ("The canton of Orvin has raised its estimate of the rock that fell from 2 million "
                 "to 5 million cubic metres.")


def _of_the_slide(day: str, origin: str | None, row: dict[str, Any]) -> dict[str, Any]:
    """A measure of the rockslide that nothing dates but its article, printed on ``day``."""
    return {**row, "when": day, "when_basis": "article", "reported": day, "period": None,
            "period_basis": "event", "origin": origin, "source": origin or "the article"}


@pytest.mark.parametrize("rival, inner", [
    # a university's estimate against the canton's, which the canton itself raised in one
    # sentence (the old value's origin unnamed beside it, the authorities' first): a
    # contradiction holding the canton's revision with the figures restating its values
    ("8 million", ["revision"]),
    # the university agrees with the canton's new value: the revision is the story
    ("5 million", []),
])
def test_one_side_of_a_contradiction_keeps_its_revision(rival: str, inner: list[str]) -> None:
    rows = groups(
        _of_the_slide("2031-05-02", "authorities", figure(
            "a", "Rockslide buries Orvin road under 2 million cubic metres", 2e6, **SLIDE)),
        _of_the_slide("2031-05-06", None, figure(
            "b", SLIDE_REVISED, 2e6, at="2 million", **SLIDE)),
        {**_of_the_slide("2031-05-06", "the canton of Orvin", figure(
            "b", SLIDE_REVISED, 5e6, at="5 million", **SLIDE)),
         "revises": f"b:{SLIDE_REVISED.index('2 million')}"},
        _of_the_slide("2031-05-09", None, figure(
            "c", "The 5 million cubic metres of rock closed the road for a week.", 5e6, **SLIDE)),
        _of_the_slide("2031-05-12", "Kestrel University", figure(
            "d", f"Geologists at Kestrel University put the slide at {rival} cubic metres.",
            float(rival.split()[0]) * 1e6, **SLIDE)))
    top = [g for g in rows if g["parent"] is None]
    assert len(top) == 1
    if inner:
        assert top[0]["verdict"] == "contradiction"
        sides = [g for g in rows if g["parent"] == top[0]["id"] and g["verdict"] == "revision"]
        # the canton's side: its old and new values and the figures restating them
        assert 4 in [len(g["figures"]) for g in sides]
    else:
        assert top[0]["verdict"] == "revision"


HAUL = {"unit": "EUR", "counted": "street value", "head": "value"}


def _printed(day: str, origin: str | None, row: dict[str, Any]) -> dict[str, Any]:
    """A figure nothing dates but its article, printed on ``day``."""
    return {**row, "when": day, "when_basis": "article", "reported": day, "period": day,
            "period_basis": "reported", "origin": origin, "source": origin or "the article"}


@pytest.mark.parametrize("restated, verdict", [
    # months later an outlet restates the prosecutors' value of the seizure: of the event,
    # as the value it restates, so the institute's estimate contradicts both
    (True, "contradiction"),
    # without the restatement the two estimates of the seizure contradict all the same
    (False, "contradiction"),
])
def test_a_restatement_of_an_event_measure_is_of_the_event(restated, verdict) -> None:
    specs = [
        {**_printed("2031-02-20", "Kestrel Institute", figure(
            "a", "The seizure had a street value of 90 million euros, the Kestrel Institute "
            "said.", 9e7, **HAUL)), "period": None, "period_basis": "event"},
        _printed("2031-02-12", "prosecutors", figure(
            "b", "Prosecutors put the street value of the haul at 40 million euros.", 4e7,
            **HAUL))]
    if restated:
        specs.append(_printed("2031-06-25", None, figure(
            "c", "The haul was valued at 40 million euros.", 4e7, **HAUL)))
    top = [g for g in groups(*specs) if g["parent"] is None]
    assert [g["verdict"] for g in top] == [verdict]


DEAD = {"unit": "people", "counted": "people killed", "head": "people"}
SPILT = {"unit": "tonnes", "counted": "fuel oil", "head": "oil"}


def _of_the_event(day: str, origin: str | None, row: dict[str, Any]) -> dict[str, Any]:
    """A count of what an event caused that nothing dates but its article, printed on ``day``."""
    return {**_printed(day, origin, row), "period": None, "period_basis": "event"}


@pytest.mark.parametrize("given, what, verdict", [
    # the toll of the collapse given day by day, each value above the last, from a first count:
    # bodies found, a running tally, whoever gives each value
    ([("2031-09-02", "the fire service", 12, "at_least"), ("2031-09-03", "a miners' union", 27),
      ("2031-09-05", "the regional governor", 40)], DEAD, "change_over_time"),
    # corrected down at the end (counted twice): still the tally that grew, the correction
    # inside it
    ([("2031-09-02", "the fire service", 12, "at_least"), ("2031-09-03", "a miners' union", 27),
      ("2031-09-05", "the regional governor", 40), ("2031-09-09", "the regional governor", 36)],
     DEAD, "change_over_time"),
    # one body raising its own count as it went: its revisions
    ([("2031-09-02", "Kestrel Mining", 12, "at_least"), ("2031-09-03", "Kestrel Mining", 27),
      ("2031-09-05", "Kestrel Mining", 40)], DEAD, "revision"),
    # two bodies' counts side by side on one day, each raised later: rivals
    ([("2031-09-02", "the regional governor", 12, "at_least"),
      ("2031-09-02", "a miners' union", 27),
      ("2031-09-04", "the regional governor", 30), ("2031-09-06", "a miners' union", 40)], DEAD,
     "contradiction"),
    # two values only: two estimates of the event that disagree
    ([("2031-09-02", "the fire service", 12), ("2031-09-05", "a miners' union", 40)], DEAD,
     "contradiction"),
    # values that do not rise day by day are rival estimates
    ([("2031-09-02", "the fire service", 40), ("2031-09-03", "the mayor", 12),
      ("2031-09-05", "a miners' union", 27)], DEAD, "contradiction"),
    # a measure of what spilt does not grow once it happened: rival estimates
    ([("2031-09-02", "the coastguard", 120), ("2031-09-03", "the port", 300),
      ("2031-09-05", "a green group", 900)], SPILT, "contradiction"),
])
def test_an_event_count_given_rising_day_by_day_is_a_running_tally(given, what, verdict):
    specs = []
    for n, (day, origin, value, *approx) in enumerate(given):
        said = f"{origin.capitalize()} put the toll of the Orlova pit collapse at {value}."
        specs.append({**_of_the_event(day, origin, figure(f"a{n}", said, value, at=str(value),
                                                          **what)),
                      "approx": approx[0] if approx else "exact"})
    if given[3:] and given[3][2] == 36:  # the governor's correction, with the old value
        fixed = "The regional governor revised the toll down to 36 from 40."
        specs[3] = _of_the_event(given[3][0], given[3][1], figure(
            "a3", fixed, 36, at="36", **what))
        specs.append({**_of_the_event(given[3][0], given[3][1], figure(
            "a3", fixed, 40, at="40", **what))})
        specs[3]["revises"] = f"a3:{fixed.index('40')}"
    rows = groups(*specs)
    top = [g for g in rows if g["parent"] is None]
    assert [g["verdict"] for g in top] == [verdict]


def depth(article: str, sentence: str, low: float, unit: str, when: str,
          origin: str | None = None) -> dict[str, Any]:
    return {"article": article, "sentence_text": sentence, "low": low, "high": low,
            "approx": "exact", "unit": unit, "counted": "depth", "counted_head": "depth",
            "group": None, "where": [], "where_basis": "phrase", "when": when,
            "when_basis": "sentence", "reported": "2026-06-20", "period_basis": "stated",
            "source": origin or "the article", "origin": origin or "the article",
            "origin_basis": "named" if origin else "article", "revises": None}


@pytest.mark.parametrize("second, unit, kept", [
    # a figure nobody is named for, beside a named figure of its day (or the next) it does not
    # meet, is kept when its own sentence converts it ("9 metres (30 feet)"): a second
    # statement, as another outlet's is
    (30, "feet", True),
    # a second value in the same unit is no conversion: nothing restates the first
    (10, "metres", False),
    # nor is a value in another unit that gives another value (25 feet is 7.6 metres)
    (25, "feet", False),
])
def test_a_figure_its_sentence_converts_is_no_stray(second: float, unit: str,
                                                    kept: bool) -> None:
    lake = f"The lake was 9 metres ({second} {unit}) deep on 5 June."
    rows = groups(depth("a", lake, 9, "metres", "2026-06-05"),
                  depth("a", lake, second, unit, "2026-06-05"),
                  depth("b", "The canton measured 14 metres on 6 June.", 14, "metres",
                        "2026-06-06", origin="canton"),
                  depth("c", "The lake was 3 metres deep in October.", 3, "metres", "2026-10"))
    assert any(len([f for f in g["figures"] if f.startswith("a:")]) == 2
               for g in rows) is kept


@pytest.mark.parametrize("named_day, kept", [
    # a figure nobody is named for that its own words date, beside a named figure of a day a
    # week away, could never be that figure's rival: set beside it, it shows the level moving
    # through the month, so it stays in the quantity's series
    ("2026-06-12", True),
    # beside a named figure of its own day it does not meet, it is still most often a part
    # taken for the whole, and left out
    ("2026-06-05", False),
])
def test_a_lone_figure_far_in_days_from_the_named_ones_is_no_stray(named_day: str,
                                                                   kept: bool) -> None:
    rows = groups(depth("a", "The reservoir was 9 metres deep on 5 June.", 9, "metres",
                        "2026-06-05"),
                  depth("b", "The water board measured 14 metres at the reservoir.", 14,
                        "metres", named_day, origin="water board"),
                  depth("c", "The board's gauge read 14 metres again later.", 14, "metres",
                        named_day, origin="water board"),
                  depth("d", "The reservoir was 3 metres deep in October.", 3, "metres",
                        "2026-10"))
    assert any(f.startswith("a:") for g in rows for f in g["figures"]) is kept



@pytest.mark.parametrize("named_sentence, kept", [
    # a figure nobody is named for whose only named figure of its day stands in its own
    # sentence could never be that figure's rival (one sentence never contradicts itself): a
    # sentence giving the level at two times, it stays in the quantity's series
    ("same", True),
    # the same named figure in a sentence of its own is a rival it does not meet: left out
    ("other", False),
])
def test_a_named_figure_of_its_own_sentence_makes_no_stray(named_sentence: str,
                                                           kept: bool) -> None:
    both = "The pond was 9 metres deep on 5 June, and the water board measured 14 metres."
    named = both if named_sentence == "same" else "The water board measured 14 metres."
    rows = groups(depth("a", both, 9, "metres", "2026-06-05"),
                  depth("a", named, 14, "metres", "2026-06-05", origin="water board"),
                  depth("b", "The board's gauge read 14 metres again.", 14, "metres",
                        "2026-06-12", origin="water board"),
                  depth("d", "The pond was 3 metres deep in October.", 3, "metres",
                        "2026-10"))
    assert any(f == "a:0" for g in rows for f in g["figures"]) is kept


def printed(article: str, sentence: str, low: float, unit: str, day: str,
            origin: str | None = None, counted: str = "depth",
            basis: str = "reported") -> dict[str, Any]:
    """A figure nothing dates but the day its article printed it (or, ``basis`` "projected",
    a projection printed that day)."""
    return {**depth(article, sentence, low, unit, day[:7], origin), "counted": counted,
            "counted_head": counted, "when_basis": "article", "reported": day,
            "period_basis": basis}


@pytest.mark.parametrize("named_day, projection, kept", [
    # a figure its article's day alone dates, beside a named one printed a week later in its
    # period that it does not meet, could never be that figure's rival (the verdicts set such
    # figures against each other only a day apart): the level moved, and it stays in the
    # quantity's series
    ("2026-06-12", False, True),
    # beside a named figure printed the same day it does not meet, it is still most often a
    # part taken for the whole, and left out
    ("2026-06-05", False, False),
    # beside a projected outcome of a sum, figures dated only by their articles' days are each
    # an estimate of that outcome whatever the day: it could be the named one's rival, and a
    # figure nobody is named for that meets none of them is left out
    ("2026-06-12", True, False),
])
def test_a_figure_dated_by_its_article_is_a_stray_only_beside_its_possible_rivals(
        named_day: str, projection: bool, kept: bool) -> None:
    cost = {"unit": "EUR", "counted": "cost", "counted_head": "cost"}
    rows = groups(
        {**printed("a", "The bakery's new oven has cost 9 million euros.", 9e6, "EUR",
                   "2026-06-05"), **cost},
        {**printed("b", "The guild says the oven cost 14 million euros.", 14e6, "EUR",
                   named_day, origin="bakers guild"), **cost},
        {**printed("c", "The guild repeated its 14 million euro figure.", 14e6, "EUR",
                   named_day, origin="bakers guild"), **cost},
        # (figures their own words date to that month and the one before make each month a
        # period, and keep June one period rather than its printing days)
        {**depth("e", "In June the oven's cost reached 5 million euros.", 5e6, "EUR",
                 "2026-06"), **cost},
        {**depth("f", "In May the oven had cost 3 million euros.", 3e6, "EUR", "2026-05"),
         **cost},
        *([{**printed("d", "The oven could end up costing 20 million euros.", 20e6, "EUR",
                      "2026-06-01", basis="projected"), **cost}] if projection else []))
    assert any(f.startswith("a:") for g in rows for f in g["figures"]) is kept

ALIKE_COUNTS = [
    # a count that keeps its own noun is one measure with the class whose things it counts
    ("vessels", "ships", True),
    ("soldiers", "troops", True),
    ("volunteers", "people", True),
    # other nouns stay apart
    ("vessels", "boats", False),
    ("soldiers", "fighters", False),
]


@pytest.mark.parametrize(("one", "other", "same"), ALIKE_COUNTS)
def test_a_count_in_its_own_noun_is_one_measure_with_its_class(one: str, other: str,
                                                              same: bool) -> None:
    assert (measure_of(one) == measure_of(other)) is same
