"""Whose estimate a figure is, which period it describes, and the verdicts that follow: revision,
contradiction between origins, restatements, nesting (quantity > period > estimate > version).

Each case is a small corpus of figure rows (the grouping's input) and what a fact-checker would
say of it."""

from __future__ import annotations

from typing import Any

import pytest

from store.conflicts.grouping import build_conflicts
from store.conflicts.scope import alias_resolver, place_keys
from tests.test_conflicts import corpus

RESOLVE = alias_resolver()


def deaths(article: str, sentence: str, low: float, high: float | None = None, *,
           origin: str | None = None, basis: str = "named", approx: str = "exact",
           period_basis: str = "event", reported: str = "2024-09-17",
           when: str | None = None, revises: str | None = None,
           counted: str = "deaths", unit: str = "deaths") -> dict[str, Any]:
    """A figure row as extraction writes it for a count of what an event caused."""
    return {"article": article, "sentence_text": sentence, "low": low,
            "high": low if high is None else high, "approx": approx, "unit": unit,
            "counted": counted, "counted_head": counted.split()[-1], "group": None,
            "where": ["Velm"], "where_basis": "phrase", "when": when or reported,
            "when_basis": "article", "reported": reported, "period_basis": period_basis,
            "source": origin or "the article", "origin": origin or "the article",
            "origin_basis": basis if origin else "article", "revises": revises}


def build(*specs: dict[str, Any]) -> list[dict[str, Any]]:
    figures, articles = corpus(*specs)
    ids = {(f["article"], f["low"], f["high"]): f["id"] for f in figures}
    for f in figures:  # "revises" is given as (article, low) of the replaced figure
        if isinstance(f.get("revises"), tuple):
            article, low = f["revises"]
            f["revises"] = ids[(article, low, low)]
    return build_conflicts(figures, articles, RESOLVE)


def outer(groups: list[dict]) -> dict:
    roots = [g for g in groups if g["parent"] is None]
    assert len(roots) == 1, roots
    return roots[0]


def values(group: dict, figures_of: dict[str, float]) -> list[float]:
    return sorted(figures_of[f] for f in group["figures"])


STUDY = "A Kestrel Institute study found 2,380 deaths."
CASES = [
    # (what a fact-checker sees, the figures, the outer verdict)
    ("one origin raises its own toll in a later article: a revision",
     [deaths("a", "Officials said 27 died.", 27, origin="Health Ministry"),
      deaths("b", "The ministry now counts 468 dead.", 468, origin="Health Ministry",
             reported="2024-10-16")],
     "revision"),
    ("a government's toll announced by different offices is one official count",
     [deaths("a", "The health ministry said 27 died.", 27, origin="health ministry",
             basis="source"),
      deaths("b", "Police said 468 had died.", 468, origin="police", basis="source",
             reported="2024-10-16")],
     "revision"),
    ("two studies of the same deaths that cannot both be right: a contradiction",
     [deaths("a", STUDY, 2380, origin="Kestrel Institute"),
      deaths("b", "A survey by Tanaw found 1,730 deaths.", 1730, origin="Tanaw")],
     "contradiction"),
    ("an independent estimate against the official toll: a contradiction",
     [deaths("a", "The official toll stands at 468.", 468, origin="official", basis="official"),
      deaths("b", "The UN office put the toll at 1,500.", 1500, origin="UN office")],
     "contradiction"),
    ("the same study restated and rounded by another outlet: consistent",
     [deaths("a", STUDY, 2380, origin="Kestrel Institute"),
      deaths("b", "The Kestrel study counted nearly 2,400 deaths.", 2400, approx="about",
             origin="Kestrel Institute", reported="2025-03-12")],
     "consistent"),
    ("a toll printed months apart still describes the storm: never a change over time",
     [deaths("a", "The toll was 27.", 27, origin="official", basis="official"),
      deaths("b", "The toll stood at 27.", 27, origin="official", basis="official",
             reported="2025-09-14")],
     "consistent"),
    ("an unattributed toll that agrees with no estimate is the official count, revised",
     [deaths("a", "The disaster council said 27 had died.", 27,
             origin="National Disaster Council", basis="source"),
      deaths("b", "The death toll rose to 44.", 44, reported="2024-09-18")],
     "revision"),
    ("a toll printed weeks later naming nobody is the count revised, not a rival estimate",
     [deaths("a", "The bus operators' union said four passengers died.", 4,
             origin="bus operators' union", basis="source", reported="2031-03-09"),
      deaths("a", "Four passengers died when the coach left the pass.", 4,
             reported="2031-03-09"),
      deaths("b", "The crash killed 13.", 13, reported="2031-05-21")],
     "revision"),
    ("two tolls naming nobody printed on one day stay rival estimates",
     [deaths("a", "The bus operators' union said four passengers died.", 4,
             origin="bus operators' union", basis="source", reported="2031-03-09"),
      deaths("a", "Four passengers died when the coach left the pass.", 4,
             reported="2031-03-09"),
      deaths("b", "The crash killed 13.", 13, reported="2031-03-09")],
     "contradiction"),
    ("a body's own toll printed weeks after one naming nobody may still rival it",
     [deaths("a", "Four passengers died when the coach left the pass.", 4,
             reported="2031-03-09"),
      deaths("b", "The drivers' guild put the toll at 13.", 13, origin="drivers' guild",
             basis="source", reported="2031-05-21")],
     "contradiction"),
    ("a stock counted on two days moves: a change over time, not a revision",
     [deaths("a", "The ministry said 230,000 were displaced.", 230000, origin="ministry",
             period_basis="reported", counted="displaced people", unit="people",
             reported="2024-09-16"),
      deaths("b", "The ministry said 85,000 were displaced.", 85000, origin="ministry",
             period_basis="reported", counted="displaced people", unit="people",
             reported="2024-10-16")],
     "change_over_time"),
]


def test_figures_of_one_sentence_are_put_side_by_side_never_compared() -> None:
    sentence = "Estimates ranged from 20 to 30 deaths, with a high of 34."
    assert build(deaths("a", sentence, 20, 30, origin="ministry", approx="range"),
                 deaths("a", sentence, 34, origin="ministry")) == []


@pytest.mark.parametrize("why, specs, verdict", CASES, ids=[c[0] for c in CASES])
def test_outer_verdicts(why: str, specs: list[dict], verdict: str) -> None:
    assert outer(build(*specs))["verdict"] == verdict, why


def test_a_revision_stated_in_one_sentence_is_two_figures_and_a_group() -> None:
    groups = build(deaths("a", "The council raised the toll from 27 to 468.", 27,
                          origin="council", basis="source"),
                   deaths("a", "The council raised the toll from 27 to 468.", 468,
                          origin="council", basis="source", revises=("a", 27)))
    group = outer(groups)
    assert group["verdict"] == "revision"
    assert "the authorities" in group["reason"].lower()
    assert "from 27 deaths" in group["reason"] and "to 468 deaths" in group["reason"]


def test_a_restatement_nobody_is_named_for_joins_the_estimate_it_agrees_with() -> None:
    groups = build(
        deaths("a", "A Kestrel Institute study found 2,380 deaths.", 2380,
               origin="Kestrel Institute"),
        deaths("b", "The Kestrel Institute study put the toll at 2,380.", 2380,
               origin="Kestrel Institute"),
        deaths("c", "Nearly 2,400 people may have died.", 2400, approx="about"),
        deaths("d", "The official toll is 468.", 468, origin="official", basis="official"),
        deaths("e", "The official toll was 468.", 468, origin="official", basis="official"),
    )
    assert outer(groups)["verdict"] == "contradiction"
    estimates = [g for g in groups if g["kind"] == "estimate"]
    assert sorted(len(g["figures"]) for g in estimates) == [2, 3]
    assert all(g["verdict"] == "consistent" for g in estimates)


def test_an_origin_named_in_more_or_fewer_words_is_one_estimate() -> None:
    groups = build(
        deaths("a", "Researchers found 2,380 deaths.", 2380,
               origin="Eastmere University's Ashby School of Public Health"),
        deaths("b", "The Ashby School of Public Health estimate is 2,380.", 2380,
               origin="Ashby School of Public Health"),
        deaths("c", "The official toll is 468.", 468, origin="official", basis="official"),
    )
    estimates = [g for g in groups if g["kind"] == "estimate"]
    assert len(estimates) == 1 and len(estimates[0]["figures"]) == 2
    assert estimates[0]["verdict"] == "consistent"


def test_nesting_quantity_then_estimates_then_versions_of_a_revised_count() -> None:
    groups = build(
        deaths("a", "Officials counted 27 dead.", 27, origin="official", basis="official"),
        deaths("b", "The official toll was 27.", 27, origin="official", basis="official",
               reported="2024-09-20"),
        deaths("c", "The official toll is now 468.", 468, origin="official", basis="official",
               reported="2024-10-16"),
        deaths("d", "The official toll of 468 stands.", 468, origin="official",
               basis="official", reported="2025-03-12"),
        deaths("e", "A Kestrel Institute study found 2,380 deaths.", 2380,
               origin="Kestrel Institute", reported="2025-03-12"),
        deaths("f", "The Kestrel Institute study's 2,380 deaths.", 2380,
               origin="Kestrel Institute", reported="2025-09-14"),
    )
    top = outer(groups)
    assert top["kind"] == "quantity" and top["verdict"] == "contradiction"
    official = [g for g in groups if g["parent"] == top["id"] and g["verdict"] == "revision"]
    assert len(official) == 1 and len(official[0]["figures"]) == 4
    versions = [g for g in groups if g["parent"] == official[0]["id"]]
    assert [len(g["figures"]) for g in versions] == [2, 2]
    assert all(g["verdict"] == "consistent" for g in versions)
    every = {g["id"] for g in groups}
    assert all(g["parent"] in every for g in groups if g["parent"])
    pairs = [g["pair"] for g in groups]
    assert all(p and len(set(p)) == 2 for p in pairs)


def test_periods_nest_under_a_series_and_hold_their_own_estimates() -> None:
    def displaced(article, sentence, low, origin, reported):
        return deaths(article, sentence, low, origin=origin, basis="source",
                      period_basis="reported", counted="displaced people", unit="people",
                      reported=reported)

    groups = build(
        displaced("a", "The ministry counted 586,500 displaced.", 586500, "ministry", "2024-09-16"),
        displaced("b", "The ministry counted 85,000 displaced.", 85000, "ministry", "2024-10-16"),
        displaced("c", "IOM counted about 260,000 displaced.", 260000, "IOM", "2024-10-16"),
        displaced("d", "The ministry still counted 85,000.", 85000, "ministry", "2024-10-16"),
    )
    top = outer(groups)
    assert top["verdict"] == "change_over_time"
    october = [g for g in groups if g["kind"] == "period"]
    assert len(october) == 1 and october[0]["verdict"] == "contradiction"
    inner = [g for g in groups if g["parent"] == october[0]["id"]]
    assert len(inner) == 1 and inner[0]["kind"] == "estimate"
    assert inner[0]["verdict"] == "consistent" and len(inner[0]["figures"]) == 2


@pytest.mark.parametrize("names, expected", [
    (["Eastern Visayas", "Philippines"], {"eastern visayas"}),
    (["Iraq", "Syria"], {"iraq", "syria"}),
    (["Philippines"], {"philippines"}),
])
def test_a_country_beside_a_place_within_it_adds_nothing(names, expected) -> None:
    assert place_keys(names, RESOLVE) == frozenset(expected)


def test_a_schema_1_store_is_migrated_and_read(committed_store_copy) -> None:
    """A store written before figures knew their estimates opens, with their fields filled from
    what it knew, and its articles marked for a new reading."""
    import json

    from store.corpus import Corpus
    from store.model import EXTRACTOR_VERSION

    data = json.loads(committed_store_copy.read_text())
    next(iter(data["meta"].values()))["schema_version"] = 1
    for row in data["figures"].values():
        for field in ("reported", "period", "period_basis", "event", "origin", "origin_kind",
                      "origin_basis", "revises", "where_basis"):
            row.pop(field, None)
    for row in data["conflicts"].values():
        for field in ("parent", "kind", "pair"):
            row.pop(field, None)
    for row in data["articles"].values():
        row.pop("extractor", None)
    committed_store_copy.write_text(json.dumps(data))
    corpus = Corpus.open(committed_store_copy)
    figures = corpus.figures()
    assert figures and all(f.origin for f in figures)
    assert {f.period_basis for f in figures} <= {"stated", "reported"}
    assert all(g.kind == "quantity" and g.parent is None for g in corpus.conflicts())
    from store.db import open_for_write

    with open_for_write(committed_store_copy) as session:
        assert all(row["extractor"] < EXTRACTOR_VERSION
                   for row in session.table("articles").all())
        assert all("revises" in row for row in session.table("figures").all())


def test_figures_that_agree_inside_a_wider_group_are_a_group_of_their_own() -> None:
    def crew(article, sentence, low, reported, origin=None):
        return deaths(article, sentence, low, period_basis="reported", counted="crew",
                      unit="people", reported=reported, origin=origin)

    # (the owner's count is named for it: two outlets' own unattributed counts would be no
    # rival estimates)
    groups = build(crew("a", "The ship had a crew of 21.", 21, "2025-10-13"),
                   crew("b", "All 21 crew were rescued.", 21, "2025-10-13"),
                   crew("c", "Only 12 crew were aboard, the owner said.", 12, "2025-10-13",
                        origin="the owner"))
    top = outer(groups)
    assert top["verdict"] == "contradiction"
    agreeing = [g for g in groups if g["parent"] == top["id"]]
    assert len(agreeing) == 1 and agreeing[0]["verdict"] == "consistent"
    assert len(agreeing[0]["figures"]) == 2


def test_a_later_article_repeating_an_estimate_does_not_move_its_period() -> None:
    def flow(article, sentence, low, reported, when=None, origin="ministry"):
        row = deaths(article, sentence, low, origin=origin, basis="source",
                     period_basis="reported", counted="flow", unit="barrels per day",
                     reported=reported)
        if when:
            row.update(when=when, when_basis="sentence", period_basis="stated")
        return row

    groups = build(flow("a", "On 19 May the flow was 2,800 barrels a day.", 2800, "2025-05-20",
                        when="2025-05-19"),
                   flow("b", "The ministry's 2,800 barrels a day still stands.", 2800,
                        "2025-08-30"),
                   flow("c", "On 30 August the flow was 500 barrels a day.", 500, "2025-08-31",
                        when="2025-08-30"))
    top = outer(groups)
    assert top["verdict"] == "change_over_time"
    periods = [g for g in groups if g["kind"] == "period"]
    assert [len(g["figures"]) for g in periods] == [2]  # May: the figure and its repetition


def test_a_date_guessed_from_the_file_gives_no_period() -> None:
    # (the first dated by its own words: two values no words date, that nothing sets against
    # each other, show no move at all: ``verdicts._move_unshown``)
    dated = deaths("a", "In January 2024 the survey counted 400 households.", 400,
                   period_basis="stated", counted="households", unit="households",
                   reported="2024-01-10", when="2024-01")
    dated["when_basis"] = "sentence"
    figures, articles = corpus(
        dated,
        deaths("b", "The survey counted 900 households.", 900, period_basis="reported",
               counted="households", unit="households", reported="2026-12-03"))
    for article in articles:
        article["date"] = "2026-12-03" if article["id"] == "b" else "2024-01-10"
        if article["id"] == "b":
            article["date_basis"] = "file modification time"
    groups = build_conflicts(figures, articles, RESOLVE)
    assert "the dates do not show" in outer(groups)["reason"]


def homes(article: str, sentence: str, low: float, where: tuple[str, ...] = (),
          approx: str = "exact") -> dict[str, Any]:
    row = deaths(article, sentence, low, period_basis="reported", counted="households",
                 unit="households", approx=approx)
    row["where"] = list(where)
    return row


TWO_PLACES = [homes("a", "In Velm 9,000 households lost power.", 9000, ("Velm",)),
              homes("b", "In Velm 9,100 households lost power.", 9100, ("Velm",)),
              homes("c", "In Harlow 4,000 households lost power.", 4000, ("Harlow",)),
              homes("d", "In Harlow 4,100 households lost power.", 4100, ("Harlow",))]


def test_placeless_figures_that_fit_several_places_meet_each_other_instead() -> None:
    groups = build(*TWO_PLACES,
                   homes("e", "The survey reached 8,150 households.", 8150),
                   homes("f", "The survey reached upwards of 8,000 households.", 8000,
                         approx="more_than"))
    placeless = [g for g in groups if g["key"].endswith("|") and g["parent"] is None]
    assert len(placeless) == 1 and sorted(placeless[0]["figures"]) == ["e:4", "f:5"]
    assert placeless[0]["verdict"] == "consistent"


def test_figures_that_fit_several_places_never_make_a_conflict_among_themselves() -> None:
    groups = build(*TWO_PLACES,
                   homes("e", "Rescuers reached 800 households.", 800),
                   homes("f", "The survey reached 8,150 households.", 8150))
    assert all(g["key"].endswith(("velm", "harlow")) for g in groups)


def test_places_elsewhere_in_the_sentence_only_lean_a_figure_towards_a_quantity() -> None:
    def spent(article, sentence, low, where, basis):
        row = deaths(article, sentence, low, origin="Tolland", basis="source",
                     period_basis="reported", counted="spending", unit="USD")
        row.update(where=list(where), where_basis=basis)
        return row

    groups = build(
        spent("a", "The Denver-based company said it had spent $52 million.", 52e6,
              ("Denver",), "sentence"),
        spent("b", "Tolland has spent $52 million so far.", 52e6, (), "paragraph"),
        spent("c", "In Colorado the firm spent $9 million.", 9e6, ("Colorado",), "phrase"))
    assert [sorted(g["figures"]) for g in groups if g["parent"] is None] == [["a:0", "b:1"]]


def test_a_placeless_figure_between_a_country_and_its_towns_restates_the_country() -> None:
    def toll(article, sentence, low, where=()):
        row = deaths(article, sentence, low, origin="official", basis="official")
        row["where"] = list(where)
        return row

    groups = build(toll("a", "In the Philippines 468 people died.", 468, ("Philippines",)),
                   toll("b", "Across the Philippines 468 had died.", 468, ("Philippines",)),
                   toll("c", "In Kelby 17 people died.", 17, ("Kelby",)),
                   toll("d", "In Kelby 23 had died.", 23, ("Kelby",)),
                   toll("e", "The official toll is 845.", 845))
    national = [g for g in groups if g["key"].endswith("philippines") and g["parent"] is None]
    assert len(national) == 1 and "e:4" in national[0]["figures"]
    assert national[0]["verdict"] == "revision"


@pytest.mark.parametrize("values, chunks", [
    ([11, 12, 1_200_000, 1_250_000], [[11, 12], [1_200_000, 1_250_000]]),  # two quantities
    ([27, 468, 845, 2_380], [[27, 468, 845, 2_380]]),  # an official toll and a study
    ([45, 3_150], [[45, 3_150]]),  # seventy times apart: still one quantity's estimates
])
def test_values_a_thousandfold_apart_are_not_one_quantity(values, chunks) -> None:
    from store.conflicts.grouping import claims_of, magnitudes

    figures, articles = corpus(*(deaths(chr(97 + n), f"Officials said {v} died.", v,
                                        origin=f"body {n}") for n, v in enumerate(values)))
    found = magnitudes(claims_of(figures, articles, RESOLVE))
    assert [[c.values[0] for c in chunk] for chunk in found] == chunks


@pytest.mark.parametrize("basis, verdict", [
    # a running total printed on two days of one month: the count moved
    ("running", "change_over_time"),
    # dated only by articles of different days, with no correction stated: the count moved too
    # (a revision needs the text to say so, one day, or a count of one event)
    ("article", "change_over_time"),
])
def test_a_running_total_reported_on_two_days_is_two_periods(basis: str, verdict: str) -> None:
    rows = []
    for article, value, day in (("a", 4, "2025-11-12"), ("b", 6, "2025-11-25")):
        row = deaths(article, f"The mission has recorded {value} hijackings since September.",
                     value, origin="Operation Atalanta", basis="source", period_basis="reported",
                     reported=day, counted="hijackings", unit="hijackings")
        row["when_basis"] = basis
        rows.append(row)
    assert outer(build(*rows))["verdict"] == verdict


def test_a_figure_dated_by_its_article_in_a_quantity_an_event_caused_is_of_the_event() -> None:
    """'Tolland puts the total at 1.9 million gallons', printed weeks after the leak, is an
    estimate of the leak's total, against the ministry's; not a change since."""
    ministry = deaths("a", "The leak released 310,000 barrels in all, the ministry said.", 310000,
                      origin="ministry", basis="source", counted="released",
                      unit="barrels", reported="2025-03-20")
    tolland = deaths("b", "Tolland puts the total at 37,000 barrels.", 37000, origin="Tolland",
                      basis="source", counted="released", unit="barrels",
                      period_basis="reported", reported="2025-06-12")
    assert outer(build(ministry, tolland))["verdict"] == "contradiction"


@pytest.mark.parametrize("counted, head, unit, bound", [
    ("people", "people", "people kill", True),  # "the blast killed 40 people"
    ("damage", "damage", "USD", True),  # "$2 billion in damage"
    # a grant the parse hangs on "each person killed" is no cost of the event
    ("grant", "grant", "EUR kill", False),
    ("homes destroyed", "home", "homes", True),
    # a quake's magnitude is the size of that one event, whenever an agency restates it
    ("magnitude", "magnitude", "magnitude", True),
    # the homeless are a stock that moves from day to day
    ("homeless", "homeless", "people", False),
    # homes burned are destroyed once, but an area burned grows while the fire runs
    ("houses burned", "house", "houses burn", True),
    ("area burned", "area", "hectares burn", False),
    ("forest burnt", "forest", "km2 burn", False),
    ("land burned", "land", "square miles burn", False),
    ("acres destroyed", "acre", "acres destroy", False),
])
def test_what_an_event_caused(counted: str, head: str, unit: str, bound: bool) -> None:
    from store.extract.figures.event import is_event_bound

    assert is_event_bound(counted, head, unit) is bound


@pytest.mark.parametrize("counted, head, unit, running, cost", [
    # what an event cost: a sum, whoever estimates it and whenever it is printed
    ("cost of recovery", "cost", "AUD", False, True),
    ("repair bill", "bill", "CHF", False, True),
    ("insured losses", "loss", "EUR", False, True),
    # a price is no total of the event; losses a count names are not money
    ("cost", "cost", "NGN per litre", False, False),
    ("growers facing losses", "grower", "growers", False, False),
    # "the subsidy has cost the treasury 90 billion since May": a running total still grows
    ("subsidy cost", "cost", "KES", True, False),
])
def test_what_an_event_cost(counted: str, head: str, unit: str, running: bool,
                            cost: bool) -> None:
    from store.extract.figures.event import is_event_cost

    assert is_event_cost(counted, head, unit, running) is cost


@pytest.mark.parametrize("when, when_basis, period_basis", [
    # nothing dates the cost of the flood but its article: it describes the flood
    ("2031-03-04", "article", "event"),
    # "Tuesday's walkout cost the port 40 million": its own words date it to one day, which
    # may be one of several walkouts
    ("2031-03-03", "sentence", "stated"),
    # "the walkouts have cost 90 million since May": a running total, dated as printed
    ("2031-03-04", "running", "reported"),
])
def test_the_period_of_a_sum_an_event_cost(when: str, when_basis: str,
                                           period_basis: str) -> None:
    from store.extract.figures.found import FoundFigure
    from store.extract.figures.period import period_of

    fig = FoundFigure(start=0, end=2, text="40 million", low=4e7, high=4e7, approx="exact",
                      unit="ZAR", counted="cost", counted_head="cost", group=None, where=[],
                      where_basis=None, when=when, when_basis=when_basis, source="the port",
                      source_basis="source", sentence=(0, 40), event="walkout")
    assert period_of(fig, "2031-03-04")[1] == period_basis


def _jobs(article: str, sentence: str, low: float, origin: str, reported: str) -> dict[str, Any]:
    return deaths(article, sentence, low, origin=origin, basis="source", period_basis="reported",
                  counted="jobs at risk", unit="jobs", reported=reported)


def _dated(row: dict[str, Any], when: str) -> dict[str, Any]:
    """The row with a period its own sentence states."""
    return {**row, "when": when, "when_basis": "sentence", "period_basis": "stated"}


GUILD = "Harlow Netmakers' Guild"
BOARD = "Brannock Levy Board"


def _said(origin: str | None, value: float, *days: str) -> list[dict[str, Any]]:
    """One voice's count of the jobs at risk, printed on each of the days (one article a day,
    named after the voice and the day)."""
    who = origin or "the paper"
    return [_jobs(f"{who} {day}", f"{who} puts the jobs at risk at {value:,.0f}.", value, origin,
                  day) for day in days]
STANDING_CASES = [
    # (what a fact-checker sees, the figures, the outer verdict)
    ("a body repeats its figure over three weeks while a rival gives another: a contradiction",
     [_jobs("a", "The guild says 1,900 jobs are at risk.", 1900, GUILD, "2031-03-02"),
      _jobs("b", "The board puts the jobs at risk at 1,100.", 1100, BOARD, "2031-03-09"),
      _jobs("c", "The guild still says 1,900 jobs.", 1900, GUILD, "2031-03-20")],
     "contradiction"),
    ("both bodies repeat their figures on days that overlap: a contradiction",
     [_jobs("a", "The guild says 1,900 jobs are at risk.", 1900, GUILD, "2031-03-02"),
      _jobs("b", "The board says 1,100 jobs.", 1100, BOARD, "2031-03-05"),
      _jobs("c", "The guild repeats 1,900.", 1900, GUILD, "2031-03-12"),
      _jobs("d", "The board repeats 1,100.", 1100, BOARD, "2031-03-14")],
     "contradiction"),
    ("two bodies printed once each, weeks apart: the count may have moved",
     [_jobs("a", "The guild says 1,900 jobs are at risk.", 1900, GUILD, "2031-03-02"),
      _jobs("b", "The board puts the jobs at risk at 1,100.", 1100, BOARD, "2031-03-25")],
     "change_over_time"),
    ("a body's figure stood for two days, the rival's came weeks later: the count may have moved",
     [_jobs("a", "The guild says 1,900 jobs are at risk.", 1900, GUILD, "2031-03-02"),
      _jobs("b", "The guild repeats 1,900.", 1900, GUILD, "2031-03-03"),
      _jobs("c", "The board puts the jobs at risk at 1,100.", 1100, BOARD, "2031-03-25")],
     "change_over_time"),
    ("a value repeated on two days by two voices stood while a rival gave another: a "
     "contradiction",
     [_jobs("a", "The guild says 1,900 jobs are at risk.", 1900, GUILD, "2031-03-02"),
      _jobs("b", "The board puts the jobs at risk at 1,100.", 1100, BOARD, "2031-03-09"),
      _jobs("c", "A dockers' steward also puts it at 1,900.", 1900, "Orrin Fask", "2031-03-20")],
     "contradiction"),
    ("a body's figure for a period not over when printed stands like an undated one: a "
     "contradiction",
     [_dated(_jobs("a", "The guild says 1,900 jobs are at risk under the 2032 quota.", 1900,
                   GUILD, "2031-03-02"), "2032"),
      _jobs("b", "The board puts the jobs at risk at 1,100.", 1100, BOARD, "2031-03-09"),
      _jobs("c", "The guild still says 1,900 jobs.", 1900, GUILD, "2031-03-20")],
     "contradiction"),
    ("a body's figure for a year already over is of that year: the count may have moved",
     [_dated(_jobs("a", "The guild says 1,900 jobs were lost in 2030.", 1900, GUILD,
                   "2031-03-02"), "2030"),
      _jobs("b", "The board puts the jobs at risk at 1,100.", 1100, BOARD, "2031-03-09"),
      _dated(_jobs("c", "The guild repeats that 1,900 jobs went in 2030.", 1900, GUILD,
                   "2031-03-20"), "2030")],
     "change_over_time"),
    ("two open values of one body are two values, and a running total stands on no day but "
     "its own: the count moved",
     [{**_jobs("a", "The guild has logged more than 40 tremors.", 40, GUILD, "2031-03-02"),
       "approx": "more_than"},
      _jobs("b", "The board logged 96 tremors.", 96, BOARD, "2031-03-09"),
      {**_jobs("c", "The guild has logged more than 1,100 tremors since the quake.", 1100, GUILD,
               "2031-07-10"), "approx": "more_than", "when_basis": "running"}],
     "change_over_time"),
    ("a value nobody is named for, restating what two named voices printed while a rival "
     "stood, stands as their value does: a contradiction",
     [*_said(GUILD, 1900, "2031-03-10", "2031-03-18", "2031-04-03"),
      *_said("Orrin Fask", 1900, "2031-03-10"), *_said(None, 1900, "2031-03-27"),
      *_said(BOARD, 1100, "2031-04-03", "2031-04-15")],
     "contradiction"),
    ("a value nobody is named for stands only while the named voices that gave it printed "
     "it, not on its own later day: the count may have moved",
     [*_said(GUILD, 1900, "2031-03-02"), *_said("Orrin Fask", 1900, "2031-03-03"),
      *_said(BOARD, 1100, "2031-03-25"), *_said(None, 1900, "2031-03-27")],
     "change_over_time"),
    ("figures nobody is named for are no standing estimate",
     [_jobs("a", "Some 1,900 jobs are at risk.", 1900, None, "2031-03-02"),
      _jobs("b", "About 1,100 jobs are at risk.", 1100, None, "2031-03-09"),
      _jobs("c", "Some 1,900 jobs are at risk, the paper says.", 1900, None, "2031-03-20")],
     "change_over_time"),
]


@pytest.mark.parametrize("why, specs, verdict", STANDING_CASES,
                         ids=[c[0] for c in STANDING_CASES])
def test_estimates_that_stood_side_by_side(why: str, specs: list[dict], verdict: str) -> None:
    assert outer(build(*specs))["verdict"] == verdict, why


@pytest.mark.parametrize("said, origin", [
    # a number the parse took for who said it names no body
    ("two", None),
    ("Nineteen", None),
    ("1,260 to 1,190", None),
    ("4.7 million", None),
    ("The inspectorate's penalty of 3.1bn florins m", None),
    ("Backlog of 240 barges 2,100 dock hands on half shifts", None),
    # a year, a small number inside a name, or none at all: a body
    ("The 2019 census", "2019 census"),
    ("A survey in 1987", "a survey in 1987"),
    ("Group of 77", "group of 77"),
    ("Verrin Dock Authority", "verrin dock authority"),
])
def test_a_number_is_no_origin(said: str, origin: str | None) -> None:
    from store.conflicts.keys import origin_key

    row = {"article": "a", "source": said, "origin": said, "origin_basis": "source"}
    assert origin_key(row, False, RESOLVE)[0] == origin


def _resolver(*actors: tuple[str, str, list[str]]):
    from store.conflicts.grouping import actor_resolver

    return actor_resolver([{"id": name.lower().replace(" ", "-"), "name": name, "type": kind,
                            "aliases": aliases} for name, kind, aliases in actors])


@pytest.mark.parametrize("said, origin", [
    # the product alone names no body: each article's "report" is its own, not one body
    # every article's report would share
    ("report", "report@a"),
    ("the statement", "statement@a"),
    ("survey figure", "survey figure@a"),
    ("earlier estimates", "earlier estimates@a"),
    ("Earlier estimates", "earlier estimates@a"),  # a sentence's first word, not a name
    ("Official figures", "official figures@a"),
    ("ministry figures", "ministry"),
    # a body named with its product after it is the body
    ("harbour office figures", "harbour office"),
    ("Dallow Port Trust figures", "dallow-port-trust"),
    # a year names a study, a capitalised word is part of a body's name
    ("2031 census", "2031 census"),
    ("Velm Body Count", "velm body count"),
    # an abbreviation in brackets, cut or whole, on either side of the name
    ("Dallow Port Trust (DPT", "dallow-port-trust"),
    ("DPT (Dallow Port Trust)", "dallow-port-trust"),
    ("Orsk Institute of Soils (OIS", "orsk institute of soils"),
    # ... or after it with its brackets lost: the abbreviation says which body
    ("Dallow Port Trust DPT", "dallow-port-trust"),
    ("pilotage desk of the Dallow Harbour Office DPT", "dallow-port-trust"),
    ("Velm Harbour Office of the Dallow Port Trust DPT", "dallow-port-trust"),
    ("Orsk Institute of Soils OIS", "orsk institute of soils"),
    # a description of the body around its name
    ("planning agency Kervo", "kervo"),
    ("Kervo firm", "kervo"),
    ("grain traders' chamber Kervo", "kervo"),
    ("A Kervo spokesman", "kervo"),
    ("Union of Marlow Bay Ports", "union of marlow bay ports"),
    ("Marlow branch of the grain traders' chamber Kervo", "kervo"),
    ("Marlow branch of the grain traders' chamber Ana Lind", "marlow branch of the grain "
     "traders' chamber ana lind"),
    # the state's release names the body with its country, the article without
    ("Ministry of Ports of the Republic of Marlow", "ministry-of-ports"),
    ("Marlow Ministry of Ports", "ministry-of-ports"),
    ("Ministry of Ports of Velm", "ministry of ports of velm"),
    ("Ministry of Ports of the Republic of Velm", "ministry-of-ports"),
    # a place before the description is where the body is, not the body
    ("Marlow Bay exchange", "marlow bay exchange"),
])
def test_an_origin_is_the_body_its_name_holds(said: str, origin: str | None) -> None:
    from store.conflicts.keys import origin_key

    resolve = _resolver(("Dallow Port Trust", "ORG", ["Dallow Port Trust", "DPT"]),
                        ("Kervo", "ORG", ["Kervo"]), ("Marlow Bay", "GPE", ["Marlow Bay"]),
                        ("Marlow", "GPE", ["Marlow"]),
                        ("Ministry of Ports", "ORG", ["Ministry of Ports"]),
                        ("Ana Lind", "PERSON", ["Ana Lind"]))
    row = {"article": "a", "source": "the article", "origin": said, "origin_basis": "named"}
    assert origin_key(row, False, resolve)[0] == origin


def _corrected(article: str, sentence: str, low: float, counted: str, unit: str, *,
               revises: tuple[str, float] | None = None,
               reported: str = "2024-09-17") -> dict[str, Any]:
    return deaths(article, sentence, low, period_basis="reported", counted=counted, unit=unit,
                  revises=revises, reported=reported)


@pytest.mark.parametrize("specs, together", [
    # a correction names the quantity in fewer words than the report it corrects
    ([_corrected("a", "The Tessel marathon drew 31,000 runners.", 31000,
                 "runners in the Tessel marathon", "runners"),
      _corrected("b", "The race drew 13,000 runners, not 31,000.", 13000, "runners", "runners",
                 revises=("a", 31000), reported="2024-09-30")], True),
    ([_corrected("a", "Peak demand on the Varna grid reached 41.2 gigawatts.", 41.2,
                 "peak demand on the Varna grid", "GW"),
      _corrected("b", "Peak demand was 40.9 gigawatts, not 41.2 as first reported.", 40.9,
                 "peak demand", "GW", revises=("a", 41.2), reported="2024-09-30")], True),
    # a figure of another measure that the text links to it stays apart: a payment per boat is
    # no fund
    ([_corrected("a", "The Kell board pays $7,500 per boat from a fund of $12 million.", 12e6,
                 "fund", "USD"),
      _corrected("b", "It pays $750 per boat.", 750, "payment per boat", "USD",
                 revises=("a", 12e6), reported="2024-09-30")], False),
])
def test_a_correction_is_of_the_quantity_it_corrects(specs: list[dict], together: bool) -> None:
    found = build(*specs)
    joined = [g for g in found if len(g["figures"]) == 2]
    assert bool(joined) == together
    if together:
        assert outer(found)["verdict"] == "revision"


# Bodies the state set up to watch it (human rights commissions, ombudsmen) count for
# themselves: their tolls are not the government's official count, whatever the name's
# "commission" or "office" says.
INDEPENDENT_OF_THE_STATE = [
    ("Marrow National Commission on Human Rights", False),
    ("the Tessaly Human Rights Commission", False),
    ("the rights commission", False),
    ("the Office of the Ombudsman of Brenn", False),
    ("Velm's ombudsperson", False),
    ("the Tessaly health ministry", True),
    ("the electoral commission", True),
    ("the Office of the Prime Minister", True),
    # a ministry is the state's whatever its portfolio: "human rights", "international"
    ("the Ministry of Human Rights of Brenn", True),
    ("Tessaly's Minister of International Trade", True),
]


@pytest.mark.parametrize("name, official", INDEPENDENT_OF_THE_STATE,
                         ids=[c[0] for c in INDEPENDENT_OF_THE_STATE])
def test_a_watchdog_of_the_state_is_not_the_state(name: str, official: bool) -> None:
    from store.knowledge.estimates import estimate_words
    assert estimate_words().is_official(name) is official


def test_a_rights_commission_revising_its_toll_is_not_mixed_with_the_ministry() -> None:
    groups = build(
        deaths("a", "The health ministry said 9 had died.", 9, origin="health ministry",
               basis="source"),
        deaths("a", "The Marrow Human Rights Commission counted 21 deaths.", 21,
               origin="Marrow Human Rights Commission", basis="source"),
        deaths("b", "The health ministry said 14 had died.", 14, origin="health ministry",
               basis="source", reported="2024-09-20"),
        deaths("b", "The Marrow Human Rights Commission counted 37 deaths.", 37,
               origin="Marrow Human Rights Commission", basis="source",
               reported="2024-09-20"),
    )
    assert outer(groups)["verdict"] == "contradiction"
    estimates = {tuple(sorted(g["figures"])) : g["verdict"] for g in groups
                 if g["kind"] == "estimate"}
    assert len(estimates) == 2 and set(estimates.values()) == {"revision"}


def budget(article: str, sentence: str, low: float, origin: str, when: str,
           reported: str) -> dict[str, Any]:
    """A festival's budget as its organisers give it, dated by the month it was set."""
    return deaths(article, sentence, low, origin=origin, basis="source",
                  period_basis="stated", when=when, reported=reported, counted="budget",
                  unit="EUR")


# (the two names an article gives the body that runs an event, the verdict on its two budgets
# of one month): the people of a role and the body they form are one origin
ONE_BODY_OF_AN_EVENT = [
    ("organizers", "the committee", "revision"),
    ("organisers", "the organising committee", "revision"),
    ("the organizers", "organizing committee", "revision"),
    ("organizers", "the city council", "contradiction"),
]


@pytest.mark.parametrize("first, second, verdict", ONE_BODY_OF_AN_EVENT,
                         ids=[f"{c[0]} / {c[1]}" for c in ONE_BODY_OF_AN_EVENT])
def test_an_events_organizers_are_its_organizing_committee(first: str, second: str,
                                                           verdict: str) -> None:
    groups = build(
        budget("a", f"The Tallow Fair will cost 40 million euros, {first} said.", 40e6,
               first, "2026-03", "2026-03-20"),
        budget("b", f"The budget of 52 million euros set by {second} in March.", 52e6,
               second, "2026-03", "2026-03-20"),
    )
    assert outer(groups)["verdict"] == verdict


def _tally(article: str, sentence: str, low: float, origin: str, reported: str,
           when: str | None = None) -> dict[str, Any]:
    """A count of deaths blamed on a fault; ``when``: the day its sentence dates it to."""
    row = deaths(article, sentence, low, origin=origin, basis="source",
                 period_basis="stated" if when else "reported", reported=reported)
    if when:
        row.update(when=when, when_basis="sentence")
    return row


FIRST_TOLL = deaths("a", "Two riders have died in falls blamed on the brake fault, the board said.",
                    2, origin="Safety Board", basis="source", reported="2025-03-30")
TALLIES_BY_DAY = [
    # (why, the figures besides the first toll (of the event), the values one group must hold
    # with its verdict, or None when no group may hold just those)
    ("the board's count dated to a day within the articles' days makes the deaths a running "
     "tally: the riders' group's count printed that day stands against it, not against the "
     "first toll",
     [_tally("b", "The board said on Wednesday that four riders had died.", 4, "Safety Board",
             "2025-04-02", when="2025-04-02"),
      _tally("b", "The Riders' Union counts nine deaths.", 9, "Riders' Union", "2025-04-02"),
      _tally("c", "The Riders' Union now counts 13 deaths.", 13, "Riders' Union", "2025-05-11")],
     ([4, 9], "contradiction")),
    ("in such a tally a count repeated in a later month is where it still stood that month: "
     "it stands against the other body's count of that month",
     [_tally("b", "The board said on Wednesday that four riders had died.", 4, "Safety Board",
             "2025-04-02", when="2025-04-02"),
      _tally("b", "The Riders' Union counts nine deaths.", 9, "Riders' Union", "2025-04-02"),
      _tally("c", "The board's count still stands at four.", 4, "Safety Board", "2025-05-11"),
      _tally("c", "The Riders' Union now counts 13 deaths.", 13, "Riders' Union", "2025-05-11")],
     ([4, 13], "contradiction")),
    ("a day before every article is another episode's history, not the tally's day: a count "
     "dated only by its article is still of the event",
     [_tally("b", "A fall on 3 June 2019 killed four riders.", 4, "Safety Board", "2025-04-02",
             when="2019-06-03"),
      _tally("b", "The Riders' Union counts nine deaths.", 9, "Riders' Union", "2025-04-02"),
      _tally("c", "The Riders' Union now counts 13 deaths.", 13, "Riders' Union", "2025-05-11")],
     ([2, 9, 13], "contradiction")),
]


@pytest.mark.parametrize("why, specs, expected", TALLIES_BY_DAY,
                         ids=[c[0][:60] for c in TALLIES_BY_DAY])
def test_a_count_the_text_dates_by_the_day_is_a_tally_not_the_events(
        why: str, specs: list[dict], expected: tuple[list[float], str]) -> None:
    figures, articles = corpus(FIRST_TOLL, *specs)
    figures_of = {f["id"]: f["low"] for f in figures}
    groups = build_conflicts(figures, articles, RESOLVE)
    found = {tuple(values(g, figures_of)): g["verdict"] for g in groups}
    held, verdict = expected
    assert found.get(tuple(held)) == verdict, found


def _claimed(article: str, sentence: str, low: float, reported: str, *, basis: str,
             approx: str = "exact") -> dict[str, Any]:
    row = deaths(article, sentence, low, origin="Grey Lynx", basis="source", approx=approx,
                 period_basis="reported", reported=reported, counted="attacks", unit="attacks")
    row["when_basis"] = basis
    return row


@pytest.mark.parametrize("first_basis, verdict", [
    # a running total's bound ("since 2025") says where the total stood the day it was printed:
    # a larger value printed months later shows that it grew
    ("running", "change_over_time"),
    # a bound nothing says is running restates the larger value, whenever printed
    ("article", "consistent"),
])
def test_a_running_totals_bound_stood_on_its_own_day(first_basis: str, verdict: str) -> None:
    groups = build(
        _claimed("a", "The Grey Lynx gang has claimed at least 40 hacks on hospitals since 2025.",
                 40, "2026-03-04", basis=first_basis, approx="at_least"),
        _claimed("b", "Grey Lynx now claims 57 hacks on hospitals.", 57, "2026-09-21",
                 basis="article"))
    assert outer(groups)["verdict"] == verdict
