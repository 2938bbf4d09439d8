"""A forecast's period is what it forecasts, not when it was made (spaCy: slow)."""

from __future__ import annotations

import pytest

ARTICLE = "2031-09-18"


@pytest.fixture(scope="module")
def extract(extract_dated):
    return extract_dated(ARTICLE)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, figure, when", [
    # the year it forecasts, not the week or the month it was made
    ("The Monetary Authority cut its 2032 forecast for Veloria to 2.2% last week, from 2.9% "
     "in May.", "2.2%", "2032"),
    ("The Monetary Authority cut its 2032 forecast for Veloria to 2.2% last week, from 2.9% "
     "in May.", "2.9%", "2032"),
    ("Caldera Bank raised its growth forecast on Monday from 1.2% to 1.6%.", "1.6%", "2031"),
    # a forecast that names only the month it was made is of that month's year
    ("The Monetary Authority, in its July update, expects 2.2%.", "2.2%", "2031"),
    # a quarter it forecasts stays
    ("The bank expects inflation to average 5.1 percent in the fourth quarter.", "5.1 percent",
     "2031-12"),
    # a figure its own clause says was forecast then ("the N it forecast in May"): the month
    # dates the forecast's making, not what it forecasts
    ("The port now puts lost dues at $88 million, below the $97 million it forecast in May.",
     "$97 million", "2031"),
    ("Orlan Foods booked a charge of 4.1 billion crowns, more than the 3.6 billion it "
     "predicted in April.", "3.6 billion", "2031"),
    # a month after "expect ... to" (the infinitive with a subject of its own) is ahead
    ("Analysts at Varden Securities expect ferry fares to climb 6.2% in November.", "6.2%",
     "2031-11"),
    ("Economists expect bread prices to peak at 4.4 percent in December.", "4.4 percent",
     "2031-12"),
])
def test_a_forecast_is_of_the_period_it_forecasts(extract, sentence: str, figure: str,
                                                  when: str) -> None:
    found = [f for f in extract(sentence) if f.text == figure]
    assert [(f.when, f.period_basis) for f in found] == [(when, "stated")]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, figure, when", [
    # a measured figure beside the word "forecasts" keeps its month
    ("Inflation reached 6.3% in August, above forecasts.", "6.3%", "2031-08"),
    ("The economy grew 0.9% in the second quarter, beating forecasts.", "0.9%", "2031-06"),
])
def test_a_figure_that_is_no_forecast_keeps_its_date(extract, sentence: str, figure: str,
                                                     when: str) -> None:
    found = [f for f in extract(sentence) if f.text == figure]
    assert [f.when for f in found] == [when]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, figure, basis", [
    # what a project will cost or carry, whenever it is said
    ("The Kessel tunnel will cost between 7 and 9 billion euros, the campaigners said.",
     "7 and 9 billion euros", "projected"),
    ("Norvale Rail expects 41,000 riders daily when its new tram route opens.", "41,000",
     "projected"),
    # the day it was said is not the outcome it projects
    ("The bridge could cost up to 3 billion euros, the audit office said on Tuesday.",
     "3 billion euros", "projected"),
    # a plan's outcome, as "would" says it, whenever and whatever day the plan is told
    ("Harlow Buses plans to cut 220 routes after the merger, the operator said on Monday.",
     "220", "projected"),
    ("The chess federation intends to close 14 of its clubs.", "14", "projected"),
    # a body's estimate of a cost, raised or cut, is of the total the thing will come to
    ("The chess federation lowered its estimate for the cost of the Olympiad to 8 million "
     "euros.", "8 million euros", "projected"),
    ("Norvale Rail raised its estimate of the cost of the new depot to 310 million euros.",
     "310 million euros", "projected"),
    # ... but an event's cost is the event's, and a count estimated is of its day
    ("The council raised its estimate of the cost of the flood to 30 million euros.",
     "30 million euros", "event"),
    ("The marathon organisers raised their estimate of the number of runners to 40,000.",
     "40,000", "reported"),
    # a date of its own dates it; a share stays of its day; a poll measures its own days
    ("The Kessel tunnel will cost 9 billion euros by 2036.", "9 billion euros", "stated"),
    ("The bank expects inflation of 4.4 percent.", "4.4 percent", "reported"),
    ("A survey found 700 members would back the merger.", "700", "reported"),
    # what happened is of its day
    ("Norvale Rail carried 12,000 passengers a day.", "12,000", "reported"),
    # a count an event may yet reach is a projection, whatever day its event is of; what the
    # event caused is the event's, and so is a sum it may cost
    ("The mayor said the death toll from Sunday's bus crash could reach 30.", "30",
     "projected"),
    ("The bus company said the number of passengers injured in the crash may rise to 45.",
     "45", "projected"),
    ("The bus crash killed 12 people on Sunday, the mayor said.", "12", "event"),
    ("A study found the bus crash may have killed 15 people.", "15", "event"),
    ("The insurers said damage from the bus crash could reach 4 million euros.",
     "4 million euros", "event"),
])
def test_a_projection_describes_the_outcome_it_projects(extract, sentence: str, figure: str,
                                                        basis: str) -> None:
    found = [f for f in extract(sentence) if f.text == figure]
    assert [f.period_basis for f in found] == [basis]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, figure, when", [
    # a crop, season or fiscal year written across two calendar years, which the tagger takes
    # for a bare number, dates the figure by the year it starts
    ("The Marrow Valley Growers' Board put the 2031/32 sorghum crop at 3.9 million tonnes in "
     "its annual report this week.", "3.9 million tonnes", "2031"),
    ("The Tessaly Oat Council has cut its forecast for the 2031/32 oat crop from 4 million "
     "tonnes to 3.5 million tonnes.", "3.5 million tonnes", "2031"),
    ("The board now expects the 2031/32 harvest, which starts in October, to reach 4 million "
     "tonnes, down from 4.4 million tonnes harvested in 2030/31.", "4.4 million tonnes",
     "2030"),
    ("Ferry crossings fell to 8,200 in 2030-31 from 9,500 in 2029-30.", "8,200", "2030"),
])
def test_a_split_year_dates_a_figure(extract, sentence: str, figure: str, when: str) -> None:
    found = [f for f in extract(sentence) if f.text == figure]
    assert [(f.when, f.period_basis) for f in found] == [(when, "stated")]


@pytest.mark.parametrize("text, split", [
    ("2031/32", True), ("2030-31", True), ("1999/00", True), ("2031/2032", True),
    ("2031/19", False), ("2031/33", False), ("31/32", False),
])
def test_a_split_year_is_two_consecutive_years(text: str, split: bool) -> None:
    from store.extract.figures.when import split_year

    assert split_year(text) is split
