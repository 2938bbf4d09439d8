"""The date an article prints at its top, as saved web pages and wire copy print it."""

from __future__ import annotations

import pytest

from store.extract.dates import read_dateline

HEADLINE = "Storm leaves thousands without power\n\n"


@pytest.mark.parametrize("top, date", [
    # a time stamp line with its furniture
    ("By A. Reporter\n\nUpdated 09:15 GMT, 3 February 2023\n", "2023-02-03"),
    ("Published on 19/07/2023 - 21:05 Modified on 19/07/2023 - 22:30\n", "2023-07-19"),
    # a byline whose parts are split by bars
    ("By Jo Writer, Science Editor | The Courier | Thursday 14 May 2026, 09:10\n", "2026-05-14"),
    ("The Courier | Saturday, February 15, 2025\n", "2025-02-15"),
    # a dateline after the place, with a dash
    ("SAN JOSE — October 16, 2024\n\nThe council said on Monday...", "2024-10-16"),
    # a wire dateline naming a place and its country, with no year
    ("KANDY, Sri Lanka, Nov 3 (Wire) - Rain has fallen since 27 October 2022.\n", "2022-11-03"),
    # a date inside the first sentence is not the article's
    ("Officials met on 12 March 2021 to discuss the plan, and then they met again and again.\n",
     None),
    # a numeric date that could be either is read month first
    ("Posted 05/06/2024\n", "2024-05-06"),
])
def test_dateline_forms(top: str, date: str | None) -> None:
    found = read_dateline(HEADLINE + top)
    assert (found[0] if found else None) == date


@pytest.mark.parametrize("text, dates", [
    # a month first, in any case and abbreviated, is still read behind the first-letter check
    ("Filed SEPT. 9, 2021 and revised on dec 2 2021.", ["2021-09-09", "2021-12-02"]),
    ("The June 2019 budget, the October of 2020 review", ["2019-06", "2020-10"]),
    ("Auditors met on Nov 30, 2022 and in Aug 2023", ["2022-11-30", "2023-08"]),
    # words that open with a month's first letter but name none are no dates
    ("Officials said 2019 was calm; the Junta met in Octave Hall in 2020.", []),
    # the forms that open with a digit, read from the digit: only where no letter or digit is
    # glued before it
    # (the month and year after a day not read still read as one)
    ("Signed 4 March 2019 and 31st May 2020; not x4 March 2019 nor 45 March 2019.",
     ["2019-03-04", "2020-05-31", "2019-03", "2020-05", "2019-03", "2019-03"]),
    ("Logged 2019-03-24, not 22019-03-24 nor ref2019-03-24.", ["2019-03-24"]),
    ("Due 8/2/19 and 12/31/2020, not x8/2/19.", ["2019-08-02", "2020-12-31"]),
    ("Filed 14.05.2024 and 4.5.2024, not v14.05.2024.", ["2024-05-14", "2024-05-04"]),
])
def test_month_first_dates(text: str, dates: list[str]) -> None:
    from store.extract.dates import all_absolute

    assert sorted(all_absolute(text)) == sorted(dates)
