"""A figure's period comes from its own words, not from a date that belongs to something else
in its sentence: a wire dateline, a clause another verb reports, the base of a comparison, a
record it is set against (spaCy: slow). The ``extract`` fixture reads texts as of 2026-10-02."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("sentence, figure, when, basis", [
    # a wire dateline says when the copy was filed: the figure's own words date it, else the
    # article's date does (and says so)
    ("GLASGOW, September 30, 2026 - Kestrel Air carried 3.1 million passengers in the third "
     "quarter.", "3.1 million", "2026-09", "sentence"),
    ("OSLO, Sept 30, 2026 - Millbrook sold 41,000 pies.", "41,000", "2026-10-02", "article"),
    ("OSTRAVEL, Sept 29, 2026 - Members of the drivers' guild voted to stop work on a turnout "
     "of 64%, the guild said.", "64%", "2026-10-02", "article"),
    # a date in a clause that a verb joined by "and" reports dates what that clause tells
    ("The Millbrook bakery sold 4,000 loaves, and said a power cut in March had closed it for "
     "a day.", "4,000", "2026-10-02", "article"),
    ("The chess federation registered 1,200 players and said a rival league in 2019 had drawn "
     "many away.", "1,200", "2026-10-02", "article"),
    # ... while a date of the figure's own clause stays
    ("The Millbrook bakery sold 4,000 loaves in March, and said a power cut had closed it for "
     "a day.", "4,000", "2026-03", "sentence"),
    # the base year of a comparison measured in words is the unwritten figure's
    ("About 2,300 runners finished the marathon, a fifth more than in 2019.", "2,300",
     "2026-10-02", "article"),
    ("The Millbrook bakery sold 9,000 loaves, half as many as in 2021.", "9,000", "2026-10-02",
     "article"),
    # a year on the record a figure falls short of dates the record
    ("Lake Orrin crests at 4.1 metres, short of 2007 record", "4.1 metres", "2026-10-02",
     "article"),
    ("The ferry line carried 81,000 riders in August, below the 2019 high.", "81,000", "2026-08",
     "sentence"),
    # the record's own value keeps the year the clause on it gives, whatever it is set against
    ("The stadium drew a crowd of 41,000 on Saturday, 2,000 short of the record of 43,000 set "
     "in 2019.", "43,000", "2019", "sentence"),
    ("Lake Orrin peaked at 4.1 metres on Monday, 30 centimetres below the record of 4.4 metres "
     "set in 2007, the water board said.", "4.4 metres", "2007", "sentence"),
    # the base a change is measured on dates that base, not the level reported beside it
    ("The chess federation issued 12,400 licences, up 5 per cent on last year.", "12,400",
     "2026-10-02", "article"),
    ("The ferry line carried 2.1 million riders, up 9% on the same period of 2025.",
     "2.1 million", "2026-10-02", "article"),
    ("The bakery sold 8,300 pies, down 4 per cent on a year earlier.", "8,300", "2026-10-02",
     "article"),
    ("The museum drew 96,000 visitors in July, up 3 per cent on last year.", "96,000",
     "2026-07", "sentence"),
    # a clause on the subject whose value the figure is dates that value, before the day
    # the count was said
    ("The number of buses waiting for repair at the end of August was 312, the depot said on "
     "Thursday.", "312", "2026-08", "sentence"),
    ("The number of horses entered in the autumn show in September stood at 640, the club said "
     "on Monday.", "640", "2026-09", "sentence"),
    # a body's own earlier estimate, replaced now, is no figure of the year before
    ("The relief agency said 2,600 families were sheltering in schools, more than twice its "
     "earlier estimate of 1,100.", "1,100", "2026-10-02", "article"),
    ("The marathon said 310 runners needed treatment, up from its previous figure of 240.",
     "240", "2026-10-02", "article"),
    # a clause joined by "and" keeps its own date, even when both hang on the verb of saying
    ("Vets treated a quarter of a million dogs for ticks last spring, and one in six surgery "
     "visits on Monday were tick-related, the association said.", "one in six", "2026-09-28",
     "sentence"),
    ("The clinic treated 40,000 patients for flu last winter, and one in three hospital "
     "admissions on Sunday were flu-related, the health board said.", "one in three",
     "2026-09-27", "sentence"),
    # "last month" is the calendar month before the article's
    ("The bakery's flour costs rose 6 per cent last month.", "6 per cent", "2026-09",
     "sentence"),
    # the day of an occasion a figure is to happen in is the next such day
    ("The rowing club is on course to take about 6 medals in Sunday's regatta, the coach said.",
     "6", "2026-10-04", "sentence"),
    ("The bus company expects to carry 40,000 fans in Saturday's parade.", "40,000",
     "2026-10-03", "sentence"),
    ("The rowing club took 6 medals in Sunday's regatta.", "6", "2026-09-27", "sentence"),
    # a year that opens a bracket after a figure, then a colon, dates the value in the bracket
    ("The bakery sold 1,240 loaves (in 2024: 1,180) last year.", "1,240", "2025", "sentence"),
    ("The bakery sold 1,240 loaves (2024: 1,180) last year.", "1,180", "2024", "sentence"),
    ("- Pass percentage: 91.04 (2024: 89.49).", "91.04", "2026-10-02", "article"),
    # a week by its number
    ("The price of rye eased to 7.95 francs a kilo in week 14.", "7.95 francs", "2026-04-05",
     "sentence"),
    # ... while an earlier estimate nobody owns stays a guess at the year before
    ("The league has 25,000 players, down from a previous estimate of 31,000.", "31,000",
     "2025", "earlier"),
])
def test_a_figure_is_dated_by_its_own_words(extract, sentence: str, figure: str, when: str,
                                            basis: str) -> None:
    found = [f for f in extract(sentence) if f.text == figure]
    assert [(f.when, f.when_basis) for f in found] == [(when, basis)]
