"""Date spans: the period both ends of "between X and Y" share, each end read in the right year."""

from __future__ import annotations

import pytest

from store.extract.dates import resolve

ARTICLE = "2024-10-16"


@pytest.mark.parametrize("expression, period", [
    # the first end takes the year the second names
    ("between January and September 2023", "2023"),
    ("January to September 2023", "2023"),
    ("January-September 2023", "2023"),
    ("December to March 2023", "2023"),
    # ends that share a month are that month
    ("between Sept. 3 and Sept. 11", "2024-09"),
    ("between 8 and 14 September 2023", "2023-09"),
    # no year anywhere: the article's year, or the one before for a later month
    ("between January and March", "2024"),
    ("between 2015 and 2017", "2017"),
    # a few days across the turn of a month are of the month they end in
    ("between 28 September and 4 October", "2024-10"),
    ("from 20 December 2023 to 5 January 2024", "2024-01"),
    ("1 March to 30 April", "2024"),
])
def test_a_span_is_the_period_both_ends_share(expression: str, period: str) -> None:
    assert resolve(expression, ARTICLE) == period


@pytest.mark.parametrize("expression, reference, period", [
    # an accounting year that ends on a day is named by the year it ends in; one still running
    # ends on the next such day, one that ended on the last
    ("the fiscal year ending Sept. 30", "2031-03-15", "2031"),
    ("the fiscal year that ends on 30 June", "2031-08-02", "2032"),
    ("the budget year ending 31 March 2033", "2031-08-02", "2033"),
    ("the financial year that ended on 30 June", "2031-08-02", "2031"),
    ("the tax year ended April 5", "2031-03-01", "2030"),
    # a plain year to a month stays that month
    ("the year to March 2031", "2031-05-01", "2031-03"),
])
def test_an_accounting_year_ending_on_a_day_is_the_year_it_ends_in(
        expression: str, reference: str, period: str) -> None:
    assert resolve(expression, reference) == period


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    ("The water board put its pumping costs for the fiscal year that ends June 30 at 12 million "
     "dollars.", "12 million dollars", "2027"),
    ("The co-op lost 3.2 million euros in the financial year that ended on 31 March.",
     "3.2 million euros", "2026"),
])
def test_a_figure_of_an_accounting_year_said_by_its_last_day_is_of_that_year(
        extract, text: str, figure: str, period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    # "a year earlier", "the year before" count back from the date the sentence gave last
    ("The co-op's share of the grain trade fell to 31% in 2024 from 34% a year earlier.", "34%",
     "2023"),
    ("The port handled 180,000 crates last year and 95,000 the year before.", "95,000", "2024"),
    ("The waiting list stood at 17,400 households at the end of May, up from 15,900 a year "
     "earlier.", "15,900", "2025-05"),
    ("The mill earned 4.2 billion dalers in 2022, against 3.9 billion dalers the previous "
     "year.", "3.9 billion", "2021"),
    ("Ticket sales rose to 410 in May from 380 a month earlier.", "380", "2026-04"),
    # with no date before it, it counts back from the article
    ("The mill earned 3.9 billion dalers a year earlier.", "3.9 billion", "2025"),
])
def test_a_year_earlier_counts_back_from_the_date_said_before(
        extract, text: str, figure: str, period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period


FRIDAY = "2026-10-02"


@pytest.mark.parametrize("expression, period", [
    # a bare weekday is the last such day up to the day of publication
    ("on Thursday", "2026-10-01"),
    ("Friday morning", "2026-10-02"),
    ("Sunday evening", "2026-09-27"),
    ("last Friday", "2026-09-25"),
    ("next Tuesday", "2026-10-06"),
    # counted back from the article's day, as precise as the unit
    ("two days ago", "2026-09-30"),
    ("five weeks earlier", "2026-08-28"),
    ("three months earlier", "2026-07"),
    ("a year ago", "2025"),
    # a weekday beside a written date is that date
    ("Thursday, Oct. 1", "2026-10-01"),
    # a calendar month named from the article's
    ("last month", "2026-09"),
    ("next month", "2026-11"),
])
def test_a_relative_date_counts_back_from_the_article_day(expression: str, period: str) -> None:
    assert resolve(expression, FRIDAY) == period


def test_last_month_turns_the_year() -> None:
    assert resolve("last month", "2027-01-04") == "2026-12"
    assert resolve("next month", "2026-12-04") == "2027-01"


@pytest.mark.parametrize("expression", ["on Thursday", "five weeks earlier"])
def test_a_relative_date_needs_the_article_day(expression: str) -> None:
    # a month alone cannot say which Thursday: the month stands, or nothing
    assert resolve(expression, "2026-10") in ("2026-10", None)


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    ("The ministry said on Friday that 640,000 people marched on Thursday.",
     "640,000", "2026-10-01"),
    # "five weeks earlier" from 2 October is 28 August; the sentence names 25 August
    ("The share fell to 16.9% from 18.3% on Aug. 25, and to 14.2% against 22.9% five weeks "
     "earlier.", "22.9%", "2026-08-25"),
    ("Police said two days ago that 58 people had been detained.", "58", "2026-09-30"),
    # a date after a compared figure is that figure's, currency sign or not
    ("A surcharge now means $210,000 a voyage, Halvorsen said, against $20,000 before Sept. 1.",
     "$210,000", "2026-10-02"),
    # the day of the saying dates a figure whose clause names no day of its own
    ("The ministry said on Wednesday that 1,200 people had died.", "1,200", "2026-09-30"),
])
def test_a_figure_is_dated_by_its_relative_date(extract, text: str, figure: str,
                                                 period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    # "It" or "They" continues the sentence before, and its date with it
    ("Opina polled voters between 26 September and 1 October. It put the LC on 34.5 "
     "percent.", "34.5 percent", "2026-10"),
    ("The agency surveyed 800 homes in August. They counted 120 deaths.", "120", "2026-08"),
    # but not into what is true now, nor into what a finding reports
    ("The ferry service was launched on 6 September. It now operates 12 ferries.", "12",
     "2026-10-02"),
    ("The audit office reported on 22 September. It found that the party spent 3.4 million "
     "euros.", "3.4 million euros", "2026-10-02"),
    # nor across a paragraph
    ("Opina polled voters in August.\n\nIt put the LC on 34.5 percent.", "34.5 percent",
     "2026-10-02"),
])
def test_a_pronoun_carries_the_date_of_the_sentence_before(extract, text: str, figure: str,
                                                            period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    # the year of what a figure is measured against dates that, not the figure
    ("At 2,310, the count is already three times that of the 1998 Harlan flood.", "2,310",
     "2026-10-02"),
    ("Losses of $640 million are twice those of the 2011 floods.", "$640 million",
     "2026-10-02"),
    # a figure inside the comparison keeps the comparison's date
    ("The bill is twice that of the 420 homes rebuilt in 2011.", "420", "2011"),
])
def test_a_date_of_what_a_figure_is_compared_with_is_not_its_own(extract, text: str,
                                                                  figure: str,
                                                                  period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    # the base of a change the figure measures is not the figure's period: the change is of
    # the month the level is of
    ("Ridership reached 9,300 in March, 12.5% more than in the same month of 2024.", "12.5%",
     "2026-03"),
    ("Sales for the season, at 4,120, were up 18% on a year earlier.", "18%", "2026-10-02"),
    ("The backlog is twice as big as in the winter of 2018.", "twice", "2026-10-02"),
    ("Exports rose 7% on the same quarter of 2024.", "7%", "2026-10-02"),
    # the level beside it keeps its own date; a day after "on" dates the change itself
    ("Ridership reached 9,300 in March, 12.5% more than in the same month of 2024.", "9,300",
     "2026-03"),
    ("Shares rose 7% on Tuesday.", "7%", "2026-09-29"),
])
def test_the_base_of_a_change_is_not_its_period(extract, text: str, figure: str,
                                                period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    # a comparison another figure measures dates that change's base, not the level beside it
    ("Average ferry fares have risen to about 31.40 francs, according to the fares office "
     "Quaylink, 2.10 francs higher than in March.", "31.40 francs", "2026-10-02"),
    ("Kiln coal now costs 212 rand a tonne, the traders' guild says, 9 rand cheaper than in "
     "early August.", "212 rand", "2026-10-02"),
    # the change itself is still measured from that base, and a level with its own date keeps it
    ("Kiln coal now costs 212 rand a tonne, the traders' guild says, 9 rand cheaper than in "
     "early August.", "9 rand", "2026-10-02"),
    ("Fares reached 31.40 francs in June, 2.10 francs higher than in March.", "31.40 francs",
     "2026-06"),
    # so does a standard "on" or "from" names with a word that points back
    ("The bakery sold 41,000 loaves, up 12% on last year.", "41,000", "2026-10-02"),
    ("The marathon drew 9,400 runners, up 8% from a year earlier.", "9,400", "2026-10-02"),
    ("The marathon drew 9,400 runners, up 8% from a year earlier.", "8%", "2026-10-02"),
    ("The bakery sold 41,000 loaves in June, up 12% on last year.", "41,000", "2026-06"),
    # a figure inside the standard keeps the standard's date
    ("Fares are higher than in March, when they stood at 29.30 francs.", "29.30 francs",
     "2026-03"),
])
def test_a_comparison_another_figure_measures_does_not_date_the_level(
        extract, text: str, figure: str, period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    # the day of a correction is not what the corrected figures describe
    ("In May the agency corrected its estimate of the land lost from 14% to 29%.", "14%",
     "2026-10-02"),
    ("In May the agency corrected its estimate of the land lost from 14% to 29%.", "29%",
     "2026-10-02"),
    ("On 9 June the agency lifted its count from 27 to 44.", "44", "2026-10-02"),
    # so is a day an "on" phrase of the revising verb gives after the figures
    ("The agency lifted its count from 27 to 44 on 9 June.", "44", "2026-10-02"),
    ("The ferry operator raised its estimate of passengers from 1,200 to 1,500 on Monday.",
     "1,200", "2026-10-02"),
    # a level set anew is of its date, and so is a figure the date's own phrase follows
    ("In June the bank raised its rate from 7% to 7.25%.", "7.25%", "2026-06"),
    ("The bank raised its rate from 7% to 7.25% on Monday.", "7.25%", "2026-09-28"),
    ("The agency lifted its count from 27 to 44 in the week to 9 June.", "44", "2026-06-09"),
    # a date on what is counted stays the figures'
    ("The institute revised its tally of infections as of 4 April from 2,210 to 2,075.",
     "2,075", "2026-04-04"),
    # a date on another verb stays
    ("The agency counted 4,100 homes in May.", "4,100", "2026-05"),
])
def test_the_day_of_a_revision_does_not_date_the_figures(extract, text: str, figure: str,
                                                         period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    # the day of what occasioned a revision is not what the revised figures describe
    ("The agency raised its estimate of the flooded area from 40 to 55 square kilometres after "
     "satellite passes on Monday.", "55 square kilometres", "2026-10-02"),
    ("The board cut its count of damaged bridges from 19 to 14 following an inspection on "
     "3 September.", "14", "2026-10-02"),
    ("The office revised its tally of flooded cellars from 120 to 180 after door-to-door checks "
     "on Tuesday and Wednesday.", "180", "2026-10-02"),
    # with no revision, the occasion's day still dates the figure
    ("Some 300 homes were flooded after the storm on Monday.", "300", "2026-09-28"),
])
def test_the_day_that_occasioned_a_revision_does_not_date_the_figures(
        extract, text: str, figure: str, period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period


@pytest.mark.slow
def test_the_day_a_revision_was_reported_does_not_date_the_figures(extract) -> None:
    text = ("In May the agency admitted that it had erred: it cut its estimate of the land lost "
            "from 29% to 14%.")
    found = {f.text: f for f in extract(text)}
    assert found["29%"].when == found["14%"].when == "2026-10-02"


@pytest.mark.slow
def test_a_date_after_the_revising_verb_stays_the_figures(extract) -> None:
    text = "Planners lifted their harvest estimate for the autumn of 2025 to 3.4% from 3.1%."
    found = {f.text: f for f in extract(text)}
    assert found["3.4%"].when == "2025"


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    # the figure a comparison introduces takes the date that follows it, not the date of the
    # figure it is set against, however long its own unit or conversion runs
    ("Lenders cut the ceiling to 4.1bn florins ($2.7bn) in May, down from 5.3bn florins "
     "($3.4bn) in January.", "5.3bn", "2026-01"),
    ("Wardens counted 950 storks on the lake in April, up from 610 storks (a record then) "
     "in 2024.", "610", "2024"),
    ("Councillors set a parks budget of 8.2bn rand ($510 million) for 2027, up from 6.9 "
     "billion rand ($430 million) this year.", "6.9 billion rand", "2026"),
    # the date before stays the first figure's, and stays when nothing follows the compared one
    ("Lenders cut the ceiling to 4.1bn florins ($2.7bn) in May, down from 5.3bn florins "
     "($3.4bn) in January.", "4.1bn", "2026-05"),
    ("In March the ferry carried 41,000 riders, up from 35,500 riders.", "35,500", "2026-03"),
    # a saying's date after the compared figure does not date it
    ("Imports reached 7,400 tonnes in May, up from 6,100 tonnes, the ministry said on "
     "Tuesday.", "6,100 tonnes", "2026-05"),
])
def test_a_compared_figure_takes_the_date_after_it(extract, text: str, figure: str,
                                                   period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    # a deadline ("will ... by" a day) dates what is still to happen, not a figure of another
    # clause that says how things stand
    ("An estimated 9,400 pilgrims remain in the valley and will be bussed out by Sunday "
     "11 October.", "9,400", "2026-10-02"),
    ("The clinic has 1.2 million vials in stock; the rest will arrive by 19 October.",
     "1.2 million", "2026-10-02"),
    ("Some 640 families still live in tents, and the ministry said the camp would close by "
     "December.", "640", "2026-10-02"),
    # a date on the figure's own verb, or not a deadline, still dates it
    ("The ferry carried 9,400 pilgrims by Sunday 27 September.", "9,400", "2026-09-27"),
    ("Some 640 families lived in tents in August, and the camp will close by December.", "640",
     "2026-08"),
])
def test_a_deadline_does_not_date_another_clause(extract, text: str, figure: str,
                                                 period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period


@pytest.mark.slow
@pytest.mark.parametrize("text, figure, period", [
    # a day on a verb joined by "and" with its own auxiliary of another time dates that
    # verb's clause, not the figure's
    ("The dockers' union says the merger will cost 2,400 jobs and has called a walkout for "
     "12 November.", "2,400", "2026-10-02"),
    ("The mill will shed 640 posts and has set a ballot for 3 November, the union said.",
     "640", "2026-10-02"),
    # joined verbs of one time share the day
    ("The gunmen killed 14 villagers and wounded 22 on Tuesday.", "14", "2026-09-29"),
])
def test_a_day_on_a_joined_verb_of_another_time(extract, text: str, figure: str,
                                               period: str) -> None:
    found = {f.text: f for f in extract(text)}
    assert found[figure].when == period
