"""A day written without a year takes its year from the article's date and its clause's tense:
a day said of the future is the next such day, not last year's (the tense read by spaCy: slow)."""

from __future__ import annotations

import pytest

from store.extract import dates

ARTICLE = "2031-08-20"


@pytest.mark.parametrize("expression, ahead, resolved", [
    # the next such day on or after the article's, when the clause speaks of the future
    ("3 March", True, "2032-03-03"),
    ("Feb. 9", True, "2032-02-09"),
    ("12 August", True, "2032-08-12"),
    ("20 August", True, "2031-08-20"),
    ("on 14 November", True, "2031-11-14"),
    ("between 2 and 9 March", True, "2032-03"),
    # otherwise the last such month, as before
    ("3 March", False, "2031-03-03"),
    ("on 14 November", False, "2030-11-14"),
    ("12 August", False, "2031-08-12"),
    # a year written stays
    ("3 March 2031", True, "2031-03-03"),
    # a month alone said of the future is the next such month; this month is this one
    ("March", True, "2032-03"),
    ("November", True, "2031-11"),
    ("August", True, "2031-08"),
    ("March", False, "2031-03"),
    ("November", False, "2030-11"),
])
def test_a_yearless_day_said_of_the_future_is_the_next_one(expression: str, ahead: bool,
                                                           resolved: str) -> None:
    assert dates.resolve(expression, ARTICLE, ahead=ahead) == resolved


def test_a_month_precise_article_date_compares_months() -> None:
    assert dates.resolve("4 June", "2031-08", ahead=True) == "2032-06-04"
    assert dates.resolve("4 September", "2031-08", ahead=True) == "2031-09-04"


@pytest.fixture(scope="module")
def extract(extract_dated):
    return extract_dated(ARTICLE)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, figure, when", [
    # said of the future: "will", "is due to", "is to", "plans to", "expects to"
    ("Harlow Freight will close 46 of its depots on 3 March.", "46", "2032-03-03"),
    ("The Tarven refinery, which can process 120,000 barrels a day, is due to restart Feb. 9.",
     "120,000 barrels", "2032-02-09"),
    ("The Orsk museum is to reopen its 12 galleries on 1 May.", "12", "2032-05-01"),
    ("Pellor Air plans to cut 700 flights from 12 August.", "700", "2032-08-12"),
    ("The housing board expects to rehouse 3,100 families by 30 June.", "3,100", "2032-06-30"),
    ("The ferry line will carry 9,400 passengers a week from Jan. 6, its owner said.",
     "9,400", "2032-01-06"),
    ("The aquarium will raise its family ticket to 34 euros from March, its director said.",
     "34 euros", "2032-03"),
    ("The bakery will sell 2,000 rye loaves a week from February.", "2,000", "2032-02"),
    # said of the past, or the tense says nothing: the last such month, as before
    ("Harlow Freight closed 46 of its depots on 3 March.", "46", "2031-03-03"),
    ("Grain stocks stood at 4.2 million tonnes on 14 November.", "4.2 million tonnes",
     "2030-11-14"),
    ("Refinery output was 140,000 barrels a day on 2 September.", "140,000 barrels",
     "2030-09-02"),
    # a clause of its own below the future verb: what it says of its day holds
    ("The 640 homes announced on 9 December will be built by a state company.", "640",
     "2030-12-09"),
    ("The board will pay out 2.4 million crowns approved on 9 December.", "2.4 million",
     "2030-12-09"),
])
def test_a_figure_dated_by_a_yearless_day_takes_its_tense(extract, sentence: str, figure: str,
                                                          when: str) -> None:
    found = [f for f in extract(sentence) if f.text == figure]
    assert [f.when for f in found] == [when]


@pytest.mark.slow
@pytest.mark.parametrize("sentence, figure, when, basis", [
    # the old value of a change still to come is what stands now, not what the date starts
    ("The ferry line will raise a single crossing from 4.10 pounds to 4.50 pounds on 1 May.",
     "4.10 pounds", ARTICLE, "reported"),
    ("The ferry line will raise a single crossing from 4.10 pounds to 4.50 pounds on 1 May.",
     "4.50 pounds", "2032-05-01", "stated"),
    ("The aquarium will raise its family ticket from 30 euros to 34 euros from March.",
     "30 euros", ARTICLE, "reported"),
    ("The aquarium will raise its family ticket from 30 euros to 34 euros.",
     "30 euros", ARTICLE, "reported"),
    # said of the past, the date stays with both (the old value's own time is not said)
    ("The ferry line raised a single crossing from 4.10 pounds to 4.50 pounds on 1 May.",
     "4.10 pounds", "2031-05-01", "stated"),
])
def test_the_old_value_of_a_change_ahead_is_of_now(extract, sentence: str, figure: str,
                                                   when: str, basis: str) -> None:
    found = [f for f in extract(sentence) if f.text == figure]
    assert [(f.period, f.period_basis) for f in found] == [(when, basis)]
