"""A wire dateline with no year takes its year from the other articles of the ingest."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from store.extract.dates import read_dateline, yearless_dateline, yearless_days
from store.ingest.corpus_dates import BASIS, DAYS_BASIS, date_by_corpus, nearest_year
from store.ingest.extraction import ArticleJob
from store.ingest.metadata import Metadata
from store.model import FILE_TIME


@pytest.mark.parametrize("text, expected", [
    ("Harbour fees doubled\n\nQUILLON BAY, Nov 3 (Wire) - The port authority said", (11, 3)),
    ("OSTRAVEL, Norland, 14 March (Wire) — Dockers walked out", (3, 14)),
    ("By Ana Pell\nVERREN, Sept. 9 (Agency) - Nine barges", (9, 9)),
    # a dateline that prints its year is no yearless dateline
    ("QUILLON BAY, Nov 3, 2031 (Wire) - The port authority said", None),
    # a date inside a sentence is not a dateline
    ("The port authority said on Nov 3 that fees would double.", None),
])
def test_yearless_dateline(text: str, expected: tuple[int, int] | None) -> None:
    assert yearless_dateline(text) == expected


def test_a_full_date_in_the_text_still_dates_the_dateline_by_itself() -> None:
    text = "QUILLON BAY, Nov 3 (Wire) - Fees set on 12 October 2031 will double."
    assert read_dateline(text) == ("2031-11-03", True)


@pytest.mark.parametrize("month, day, known, expected", [
    (12, 8, [date(2031, 11, 20), date(2032, 2, 12)], 2031),   # between two dated articles
    (1, 5, [date(2031, 12, 28)], 2032),                       # just past new year
    (12, 30, [date(2032, 1, 4)], 2031),                       # just before it
    (6, 1, [date(2031, 6, 1), date(2033, 6, 1)], 2033),       # a tie goes to the later year
    (2, 29, [date(2032, 3, 1)], 2032),                        # a leap day only where it exists
    (5, 5, [], None),
])
def test_nearest_year(month: int, day: int, known: list[date], expected: int | None) -> None:
    assert nearest_year(month, day, known) == expected


def _job(name: str, text: str, day: str | None, basis: str | None) -> ArticleJob:
    meta = Metadata(title=name, outlet=None, date=day, date_inferred=basis == FILE_TIME,
                    date_basis=basis, url=None)
    return ArticleJob(Path(name), name, name, text, "0" * 64, None, meta, replaces=False)


def test_date_by_corpus_dates_only_the_guessed_yearless_articles() -> None:
    wire = _job("wire.txt", "VERREN, Dec 8 (Agency) - Nine barges sank.", None, None)
    plain = _job("plain.txt", "Nine barges sank, the agency said.", None, None)
    dated = _job("dated.txt", "VERREN, 20 November 2031 - Barges.", "2031-11-20", "dateline")
    out = {job.article_id: job.meta for job in date_by_corpus([wire, plain, dated], [])}
    assert (out["wire.txt"].date, out["wire.txt"].date_basis) == ("2031-12-08", BASIS)
    assert out["wire.txt"].date_inferred
    assert out["plain.txt"].date is None  # nothing to go on: it stays undated
    assert out["dated.txt"] == dated.meta


def test_stored_articles_date_a_new_one_and_guesses_date_nothing() -> None:
    wire = _job("wire.txt", "VERREN, Jan 5 (Agency) - Barges.", None, None)
    # a store written before ingest stopped dating articles by their file's time
    stored = [{"date": "2031-12-28", "date_basis": "dateline"},
              {"date": "2039-06-01", "date_basis": FILE_TIME}]
    assert date_by_corpus([wire], stored)[0].meta.date == "2032-01-05"
    assert date_by_corpus([wire], stored[1:]) == [wire]
    assert date_by_corpus([replace(wire, text="Barges.")], stored)[0].meta.date is None
    # an article of such a store that is read again is dated like an undated one
    old = _job("old.txt", "VERREN, Jan 5 (Agency) - Barges.", "2040-01-01", FILE_TIME)
    assert date_by_corpus([old], stored)[0].meta.date == "2032-01-05"


def test_an_ingest_plan_dates_a_yearless_wire_story_by_its_neighbours(tmp_path: Path) -> None:
    from store.ingest.plan import plan_ingest

    (tmp_path / "a.txt").write_text("Barges sank\n\nVERREN, 20 November 2031 - Nine barges sank.\n")
    (tmp_path / "b.txt").write_text("More barges\n\nVERREN, Dec 2 (Agency) - Four more sank.\n")
    plan = plan_ingest([tmp_path], [], max_bytes=1_000_000, follow_links=False,
                       own=lambda _p: False)
    dates = {job.path.name: (job.meta.date, job.meta.date_basis) for job in plan.jobs}
    assert dates == {"a.txt": ("2031-11-20", "dateline"), "b.txt": ("2031-12-02", BASIS)}


@pytest.mark.parametrize("text, expected", [
    # a dateline with its year is a date the article prints
    ("Harbour fees doubled\n\nQUILLON BAY, Nov 3, 2031 (Wire) - The port said",
     ("2031-11-03", False)),
    ("By Ana Pell | The Courier | Tuesday 14 May 2030, 09:10\n\nDockers walked out.",
     ("2030-05-14", False)),
    # a yearless wire dateline takes the latest year the text writes: a guess, said as one
    ("VERREN, Sept. 9 (Agency) - Barges built between 2026 and June 2028 sank.",
     ("2028-09-09", True)),
    ("VERREN, Sept. 9 (Agency) - Nine barges sank.", None),
])
def test_a_dateline_says_whether_its_year_is_a_guess(text: str,
                                                     expected: tuple[str, bool] | None) -> None:
    assert read_dateline(text) == expected


def test_an_article_dated_by_a_yearless_dateline_and_the_text_s_year_is_shown_as_a_guess(
        tmp_path: Path) -> None:
    from store.ingest.metadata import YEAR_FROM_TEXT, article_metadata

    text = "Barges sank\n\nVERREN, Dec 2 (Agency) - Hulls laid down in March 2029 sank.\n"
    meta = article_metadata(tmp_path / "b.txt", text)
    assert (meta.date, meta.date_inferred, meta.date_basis) == ("2029-12-02", True, YEAR_FROM_TEXT)


@pytest.mark.parametrize("text, printed, expected", [
    # the latest year the text writes is an earlier event's: the neighbours date the dateline
    ("HARLOW, Oct 4 (Wire) - The worst flood since June 2019 closed the docks.", "2019-10-04",
     ("2031-10-04", BASIS)),
    # the text's year is the neighbours' too: the dateline keeps its own basis
    ("HARLOW, Oct 4 (Wire) - Docks shut, as they did in May 2031.", "2031-10-04",
     ("2031-10-04", "dateline, its year the latest the text writes")),
    # as near to a neighbour of the year before as to one of the year after: the text's year
    ("HARLOW, Oct 4 (Wire) - Updated 4 October 2030.", "2030-10-04",
     ("2030-10-04", "dateline, its year the latest the text writes")),
])
def test_a_dateline_dated_by_the_text_s_latest_year_takes_the_neighbours_year(
        text: str, printed: str, expected: tuple[str, str]) -> None:
    from store.ingest.metadata import YEAR_FROM_TEXT

    wire = _job("wire.txt", text, printed, YEAR_FROM_TEXT)
    stored = [{"date": "2030-10-01", "date_basis": "dateline"},
              {"date": "2031-10-07", "date_basis": "front matter"},
              # a guess dates no other article
              {"date": "2019-10-05", "date_basis": YEAR_FROM_TEXT}]
    first = date_by_corpus([wire], stored)[0].meta
    assert (first.date, first.date_basis) == expected


def test_nearest_year_breaks_a_tie_by_the_year_the_text_writes() -> None:
    known = [date(2030, 10, 1), date(2031, 10, 7)]
    assert nearest_year(10, 4, known) == 2031
    assert nearest_year(10, 4, known, 2030) == 2030


@pytest.mark.parametrize("text, expected", [
    ("Porters walked out on 3 May and were back by June 12.", [(5, 3), (6, 12)]),
    ("The levy rose on Sept. 9, the board said.", [(9, 9)]),
    # a day that prints its year is a full date, not a yearless one
    ("The levy rose on 3 May 2031 and on March 4, 2032.", []),
    # "may" the verb is no month
    ("Barges may 3 times a week dock here.", []),
])
def test_yearless_days(text: str, expected: list[tuple[int, int]]) -> None:
    assert yearless_days(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no dateline, no full date: the month of the latest day it names, in the neighbours' year
    ("Porters walked out on 3 October and were back by Nov 12.", ("2031-11", DAYS_BASIS)),
    # a day half a year from every dated article could be in either year: no guess from it
    ("Porters walked out on 3 May.", (None, None)),
    # days either side of new year each take the year nearest the neighbours
    ("Talks began on Dec 20 and ended on 6 January.", ("2032-01", DAYS_BASIS)),
    # nothing dated in the text: it stays undated
    ("Porters walked out, the union said.", (None, None)),
])
def test_an_undated_article_is_dated_by_the_days_it_names(
        text: str, expected: tuple[str | None, str | None]) -> None:
    undated = _job("undated.txt", text, None, None)
    dated = _job("dated.txt", "VERREN, 20 November 2031 - Barges.", "2031-11-20", "dateline")
    out = date_by_corpus([undated, dated], [])[0].meta
    assert (out.date, out.date_basis) == expected
    assert out.date_inferred == (out.date is not None)
