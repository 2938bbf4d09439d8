"""A wire dateline's missing year, from the other articles of the same ingest.

Agency copy often prints "PORT ADLER, Sept 9 (Wire) -" and no full date anywhere. On its own
such an article is undated (the file's modification time says when the file was copied, not
when anything happened), and none of the figures it dates would have a period. The articles
ingested beside it, and those already stored, are dated: the year that puts the dateline's month
and day nearest one of their dates is the article's year. This runs between the plan and the
map, so extraction dates its figures by the article's real date.

An article with no dateline and no full date at all ("in March", "by 3 May") is dated the same
way, to the month of the latest day it mentions.

A dateline whose year was taken from the latest year the text writes (``YEAR_FROM_TEXT``) is a
guess too, and a weaker one than the neighbours' dates: a story recalls the blackout of years
before, or the census of the previous year, and its latest full date is then that one's. When
the ingest holds articles whose dates are printed, such a dateline takes its year from them as
well; alone, it keeps the text's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from store.extract.dates import yearless_dateline, yearless_days
from store.ingest.extraction import ArticleJob
from store.ingest.metadata import YEAR_FROM_TEXT
from store.model import FILE_TIME

BASIS = "dateline, its year from the other articles"
DAYS_REACH = 120  # days from a known date within which a yearless day's year is not in doubt
DAYS_BASIS = "latest day the text mentions, its year from the other articles"
REACH = 1  # years either side of a known date that a dateline may fall in
# dates that are guesses: they date no other article, and a yearless dateline's is replaced
GUESSED = frozenset({FILE_TIME, YEAR_FROM_TEXT, BASIS, DAYS_BASIS})


def _day(iso: str | None) -> date | None:
    """A known article date as a day (a month-precision date as its 15th)."""
    if not iso or len(iso) < 7:
        return None
    try:
        return date(int(iso[:4]), int(iso[5:7]), int(iso[8:10]) if len(iso) >= 10 else 15)
    except ValueError:
        return None


def nearest_year(month: int, day: int, known: Iterable[date],
                 prefer: int | None = None) -> int | None:
    """The year that puts ``month``/``day`` nearest one of the ``known`` dates; None when none
    is known (or the day cannot be in any year near them). Two years as near are told apart
    by ``prefer`` (the year the text writes), else the later is taken."""
    found = _nearest(month, day, known, prefer)
    return found[1] if found else None


def _nearest(month: int, day: int, known: Iterable[date],
             prefer: int | None = None) -> tuple[int, int] | None:
    """(days apart, year) of the year ``nearest_year`` takes."""
    best: tuple[int, int] | None = None
    for anchor in known:
        for year in range(anchor.year - REACH, anchor.year + REACH + 1):
            try:
                gap = abs((date(year, month, day) - anchor).days)
            except ValueError:
                continue
            if best is None or (gap, year != prefer, -year) < (best[0], best[1] != prefer,
                                                                 -best[1]):
                best = (gap, year)
    return best


def date_by_corpus(jobs: list[ArticleJob], stored: Iterable[dict]) -> list[ArticleJob]:
    """``jobs`` with each yearless dateline, and each article nothing dates (or, in a store
    written before, only its file's time), dated by the other articles (planned and stored)
    whose date is not itself a guess (``GUESSED``)."""
    known = [d for d in (
        *(_day(job.meta.date) for job in jobs if job.meta.date_basis not in GUESSED),
        *(_day(row.get("date")) for row in stored if row.get("date_basis") not in GUESSED),
    ) if d is not None]
    if not known:
        return jobs
    dated = []
    for job in jobs:
        basis = job.meta.date_basis
        undated = not job.meta.date or basis == FILE_TIME
        month_day = yearless_dateline(job.text) if undated or basis == YEAR_FROM_TEXT else None
        written = int(job.meta.date[:4]) if basis == YEAR_FROM_TEXT and job.meta.date else None
        year = nearest_year(*month_day, known, written) if month_day else None
        if year is not None and month_day is not None and year != written:
            iso = date(year, *month_day).isoformat()
            job = replace(job, meta=replace(job.meta, date=iso, date_inferred=True,
                                            date_basis=BASIS))
        elif undated and month_day is None:
            job = _dated_by_its_days(job, known)
        dated.append(job)
    return dated


def _dated_by_its_days(job: ArticleJob, known: list[date]) -> ArticleJob:
    """An article that prints no date and no dateline ("in March", "by 3 May") is dated to the
    month of the latest day it mentions, each day in the year nearest the other articles: a
    guess said as one, but a far better one than the day the file was copied, which puts every
    figure it dates in the wrong year."""
    days = []
    for month, day in yearless_days(job.text):
        found = _nearest(month, day, known)
        if found is not None and found[0] <= DAYS_REACH:
            days.append(date(found[1], month, day))
    if not days:
        return job
    return replace(job, meta=replace(job.meta, date=max(days).isoformat()[:7],
                                     date_inferred=True, date_basis=DAYS_BASIS))
