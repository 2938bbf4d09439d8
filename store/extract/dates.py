"""Calendar expressions to partial ISO dates ("2019", "2019-03", "2019-03-24").

Used for two things: the dateline of an article, and the ``when`` of a figure, which news copy
gives relative to the article ("in February", "last year", "mid-March"). Precision is kept as
written: a month stays a month.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASONS = ("spring", "summer", "autumn", "fall", "winter")  # a season dates a figure to its year

# behind a class of the months' first letters, which the engine rejects at once at most words:
# tried as an alternation of every name, the month-first forms cost more than the rest together
_MONTH = (r"(?=[" + "".join(sorted({m[0] for m in MONTHS})) + r"])(?P<month>"
          + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?")  # every use is re.I
_YEAR = r"(?P<year>(?:1[89]|20|21)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"


def _opening(name: str, tens: str) -> str:
    """``\\b(?P<name>[tens]?\\d)`` at a pattern's start, written to start with its digit: the
    engine then skips to the next digit instead of trying the pattern at every character (the
    word boundary before a digit is no word character before it, checked after the digit)."""
    return rf"(?P<{name}>\d(?<!\w\d)(?:(?<=[{tens}])\d)?)"


_DAY_OPENING = _opening("day", "0-3") + r"(?:st|nd|rd|th)?"  # what \b{_DAY} takes
_YEAR_OPENING = r"(?P<year>(?:1(?<!\w1)[89]|2(?<!\w2)[01])\d\d)"  # what \b{_YEAR} takes

_FORMS = [
    re.compile(rf"{_DAY_OPENING}\s+{_MONTH},?\s+{_YEAR}\b", re.I),  # 24 March 2019
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # March 24, 2019
    re.compile(rf"{_YEAR_OPENING}-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),  # 2019-03-24
    re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I),  # March 2019
    re.compile(_opening("month", "01")
               + r"/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)\b"),  # 8/2/19
    re.compile(_opening("day", "0-3") + rf"\.(?P<month>[01]?\d)\.{_YEAR}\b"),  # 14.05.2024
]
_YEAR_ONLY = re.compile(rf"\b{_YEAR}\b")
_MONTH_ONLY = re.compile(rf"\b(?:(?:early|mid|late)[-\s])?{_MONTH}\b", re.I)
_DAY_MONTH = re.compile(rf"{_DAY_OPENING}\s+{_MONTH}(?![\w])", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d{{4}})", re.I)
_RELATIVE_YEAR = re.compile(r"\b(?P<which>this|last|past|previous|next)\s+year\b", re.I)
# "last month", "next month": the calendar month before or after the article's ("the past
# month" is the thirty days up to the article's day, which no month names; "this month" is
# left to the article's day, a bound of what has happened so far in it)
_RELATIVE_MONTH = re.compile(r"\b(?P<which>last|next)\s+month\b", re.I)
_SEASON = re.compile(rf"\b(?P<which>this|last)?\s*(?P<season>{'|'.join(SEASONS)})\b", re.I)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1700 <= year <= 2199:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return MONTHS.get(text.lower().rstrip("."))


def parse_absolute(text: str) -> tuple[str, int, int] | None:
    """The first full or month-precision date written in ``text``, with its character span."""
    best: tuple[str, int, int] | None = None
    for form in _FORMS:
        m = form.search(text)
        if not m:
            continue
        year = int(m.group("year"))
        if year < 100:
            year += 2000 if year < 70 else 1900
        month = _month_number(m.group("month"))
        day = int(m.group("day")) if "day" in m.groupdict() and m.group("day") else None
        iso = _iso(year, month, day) if month else None
        if iso and (best is None or m.start() < best[1]):
            best = (iso, m.start(), m.end())
    return best


def all_absolute(text: str) -> list[str]:
    """Every full or month-precision date written in ``text``."""
    found = []
    for form in _FORMS:
        for m in form.finditer(text):
            hit = parse_absolute(m.group(0))
            if hit:
                found.append(hit[0])
    return found


_PLACE = r"^[A-ZÀ-Þ][\w .'’-]*(?:,\s+[A-ZÀ-Þ][\w .'’()-]*)*,\s+"
_WIRE_NO_YEAR = (re.compile(rf"{_PLACE}{_MONTH}\s+{_DAY}\b", re.I),
                 re.compile(rf"{_PLACE}{_DAY}\s+{_MONTH}\b", re.I))
_EUROPEAN = re.compile(r"\b(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d\d)\b")
# What a web page prints around its date: "Updated 09:15 GMT, 4 March 2023", "Published on
# 19/07/2023 - 21:05", "By A. Writer | The Gazette | Thursday 14 May 2026, 09:10"
_FURNITURE = re.compile(
    r"\b(?:(?:last\s+)?updated|published|posted|modified|first\s+published|on|at|by|gmt|utc|"
    r"[ce][sd]?t|bst|ist|am|pm|a\.m\.|p\.m\.|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b|\d{1,2}[:.]\d\d|[|·•,\-–—]", re.I)
DATELINE_LINES = 10  # non-empty lines at the top: headline, standfirst, byline, dateline, stamp


def read_dateline(text: str, *, lines: int = DATELINE_LINES) -> tuple[str, bool] | None:
    """The date an article prints near its top, and whether its year is a guess: a line, or a
    part of a byline between "|", that is (mostly) a date once a page's furniture is set
    aside ("Updated 09:15 GMT, 4 March 2023"); or a wire dateline ("KARSBY, Velmora, 9 June
    2023 (Wire) – ..."), not a date inside a sentence. A wire dateline without a year
    ("PORT ADLER, Sept 9 (Wire) —") takes the latest year the article writes in a full date:
    a guess (the story may be years after the dates it reports), which the reader must see
    as one. A numeric date whose first number cannot be a month is read day first
    ("25/11/2025")."""
    top = [line.strip() for line in text.splitlines() if line.strip()][:lines]
    for line in top:
        month_day = _wire_month_day(line)
        if month_day:
            years = [d[:4] for d in all_absolute(text)]
            iso = _iso(int(max(years)), *month_day) if years else None
            if iso:
                return iso, True
        for part in line.split("|"):
            found = parse_absolute(part) or _day_first(part)
            if not found:
                continue
            iso, start, end = found
            rest = part[:start] + part[end:]
            mostly_date = len(_FURNITURE.sub("", rest).strip()) <= 25
            wire = start <= 50 and re.search(r"[–—-]\s", part[end:end + 40])
            if mostly_date or wire:
                return iso, False
    return None


def _wire_month_day(line: str) -> tuple[int, int] | None:
    wire = _WIRE_NO_YEAR[0].match(line) or _WIRE_NO_YEAR[1].match(line)
    if not wire or _YEAR_ONLY.search(line[:wire.end() + 6]):
        return None
    return MONTHS[wire.group("month").lower().rstrip(".")], int(wire.group("day"))


def yearless_dateline(text: str, *, lines: int = DATELINE_LINES) -> tuple[int, int] | None:
    """The (month, day) of a wire dateline that prints no year ("PORT ADLER, Sept 9 (Wire) —"):
    when the article writes no full date either, only the other articles of the same ingest can
    say which year it is (``store.ingest.corpus_dates``)."""
    top = [line.strip() for line in text.splitlines() if line.strip()][:lines]
    return next((found for line in top if (found := _wire_month_day(line))), None)


def yearless_day(expression: str) -> bool:
    """Whether a date expression is a day and month written without a year ("on 3 November"),
    whose year only the article's date and its clause's tense can give."""
    return not _YEAR_ONLY.search(expression) and (
        _DAY_MONTH.search(expression) or _MONTH_DAY.search(expression)) is not None


def bare_weekday(expression: str) -> bool:
    """Whether a date expression is a weekday with no word placing it and no date beside it
    ("on Wednesday", not "last Wednesday" nor "Wednesday 3 May"), which the tense of its clause
    places before or after the article's day."""
    weekday = _WEEKDAY.search(expression)
    return weekday is not None and not weekday.group("which") and not _AGO.search(expression)


def yearless_month(expression: str) -> bool:
    """Whether a date expression is a month alone, with no day, no year and no word placing it
    ("from March", not "last March"), whose year, like a yearless day's, only the article's
    date and its clause's tense can give."""
    return (not _YEAR_ONLY.search(expression) and not yearless_day(expression)
            and _MONTH_ONLY.search(expression) is not None
            and not re.search(r"\b(?:last|this|next|past|previous|coming)\b", expression, re.I))


_YEAR_AFTER = re.compile(r",?\s*(?:19|20|21)\d\d\b")


def yearless_days(text: str) -> list[tuple[int, int]]:
    """Every (month, day) the text writes without a year ("by 3 May", "on March 12"): an
    article that prints no date at all is still dated near them, once the other articles of
    the ingest say which year they fall in (``store.ingest.corpus_dates``)."""
    found = []
    for form in (_DAY_MONTH, _MONTH_DAY):
        for m in form.finditer(text):
            month = _month_number(m.group("month"))
            if month and not _YEAR_AFTER.match(text, m.end()) and m.group("month")[0].isupper():
                found.append((month, int(m.group("day"))))
    return found


def _day_first(text: str) -> tuple[str, int, int] | None:
    m = _EUROPEAN.search(text)
    if not m or int(m.group("day")) <= 12:
        return None
    iso = _iso(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    return (iso, m.start(), m.end()) if iso else None


_SPAN = re.compile(r"\s+(?:and|to|until|till|through|[-–—])\s+|(?<=[a-z])[-–—](?=[A-Z])", re.I)


SHORT_SPAN = 31  # days: a span this short is dated by the month it ends in


def days_apart(a: str, b: str) -> int:
    return date.fromisoformat(b).toordinal() - date.fromisoformat(a).toordinal()


_BARE_DAY = re.compile(r"(?:between|from)?\s*\d{1,2}", re.I)


def resolve(expression: str, reference: str | None, *, ahead: bool = False) -> str | None:
    """A partial ISO date for a date expression, reading relative forms against ``reference``
    (the article date). Durations and vague periods give None. A span ("between Sept. 8 and
    Sept. 14") is the period both ends share: the month, else the year, else the later year.
    A quarter is the month it ends in (``quarter``), an accounting year ending on a day the
    year it ends in (``accounting_year``). ``ahead``: the clause of the date says it is to
    come, so a day or a month written without a year is the next such (``_resolve_one``)."""
    in_quarter = quarter(expression, reference)
    if in_quarter is not None:
        return in_quarter
    in_week = numbered_week(expression, reference)
    if in_week is not None:
        return in_week
    in_half = half_year(expression, reference)
    if in_half is not None:
        return in_half
    accounting = accounting_year(expression, reference)
    if accounting is not None:
        return accounting
    parts = _SPAN.split(expression)
    if len(parts) == 2:
        later = _resolve_one(parts[1], reference, ahead)
        # "between January and September 2023": the first end without a year of its own is in
        # the year the second names (the year before, when its month comes later: "December
        # to March 2023")
        first_ref = later if later and _YEAR_ONLY.search(parts[1]) and not _YEAR_ONLY.search(
            parts[0]) else reference
        if later and len(later) == 10 and _BARE_DAY.fullmatch(parts[0].strip()):
            return later[:7]  # "between 8 and 14 September": two days of one month
        ends = [_resolve_one(parts[0], first_ref, ahead and first_ref is reference), later]
        if ends[0] and ends[1]:
            a, b = sorted(ends)
            if len(a) >= 7 and len(b) >= 7 and a[:7] == b[:7]:
                return a[:7] if a != b else a
            if len(a) == len(b) == len("2024-01-01") and days_apart(a, b) <= SHORT_SPAN:
                # "between 29 June and 3 July": a poll's or a count's few days across the turn
                # of a month are of the month they end in, when their results are known
                return b[:7]
            return b[:4]
    return _resolve_one(expression, reference, ahead)


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4}
_QUARTER = re.compile(
    rf"\b(?:(?P<ordinal>{'|'.join(_ORDINALS)})[-\s]+quarter|q(?P<q>[1-4])\b"
    rf"|{_MONTH}\s*[-–—/]\s*(?P<last>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?"
    r"\s+quarter)", re.I)
HALF_YEAR = 6  # months: a quarter named without its year is of the article's year (``quarter``)


def quarter(expression: str, reference: str | None) -> str | None:
    """A quarter ("the second quarter of 2026", "Q3 2025", "fourth-quarter", "the
    July-September quarter") as the month it ends in ("2026-06"): a quarter's figures are known
    when it ends, as a short span's are (``resolve``), and a quarter must stay apart from the
    quarters beside it and from its year, or two quarters' figures would read as rival
    estimates of one period. Without a year, it is of the article's year (news speaks of the
    quarters of this year, ended or to come), but a quarter that begins more than half a year
    after the article is last year's (the fourth quarter's results are printed in January)."""
    m = _QUARTER.search(expression)
    if m is None:
        return None
    if m.group("ordinal"):
        end = 3 * _ORDINALS[m.group("ordinal").lower()]
    elif m.group("q"):
        end = 3 * int(m.group("q"))
    else:
        end = MONTHS[m.group("last").lower()]
        if end % 3 or (end - MONTHS[m.group("month").lower().rstrip(".")]) % 12 != 2:
            return None  # "the June-August quarter" is no calendar quarter: leave it to the span
    year_m = _YEAR_ONLY.search(expression)
    if year_m is not None:
        return _iso(int(year_m.group("year")), end)
    if not reference or len(reference) < 7:
        return None
    ref_year, ref_month = int(reference[:4]), int(reference[5:7])
    # the article's year, unless the quarter would begin more than half a year after the
    # article: "the fourth quarter" in January is the one just reported
    return _iso(ref_year - 1 if end - 2 - ref_month > HALF_YEAR else ref_year, end)


# "week 14", "in week 9 of 2031": a week by its number
_WEEK = re.compile(r"^(?:the\s+)?week\s+(?P<week>[1-9]|[1-4]\d|5[0-3])"
                   r"(?:\s+of\s+(?P<year>(?:19|20)\d\d))?$", re.I)


def numbered_week(expression: str, reference: str | None) -> str | None:
    """A week by its number ("week 14", "week 9 of 2031") as its last day: weeks are numbered as
    ISO 8601 numbers them (Monday to Sunday, week 1 the one with the year's first Thursday),
    as European statistics offices publish weekly prices and counts, and a week's figures are
    known when it ends, as a short span's are (``resolve``). Without a year it is the article's
    week of that number, or the last year's when that week would end more than half a year after
    the article."""
    m = _WEEK.match(expression.strip())
    if m is None:
        return None
    week = int(m.group("week"))
    if m.group("year"):
        year = int(m.group("year"))
    elif reference and len(reference) >= 7:
        year = int(reference[:4])
        ref_month = int(reference[5:7])
        if (week * 7) // 30 + 1 - ref_month > HALF_YEAR:
            year -= 1
    else:
        return None
    try:
        return date.fromisocalendar(year, week, 7).isoformat()
    except ValueError:
        return None  # week 53 of a year that has 52


# a half of a year named without its year ("the first half", "the first six months of the
# year"); with a year, a month or "last year" it is left to the other readings
_HALF = re.compile(r"(?:the\s+)?(?:(?P<ordinal>first|1st|second|2nd)[-\s]+half"
                   r"|first\s+six\s+months)(?:\s+of\s+(?:the|this)\s+year)?", re.I)
FIRST_HALF_ENDS = 6  # the month the first half ends in


def half_year(expression: str, reference: str | None) -> str | None:
    """A half of a year said without its year ("reached 13.8 billion in the first half") as the
    article's year, the way "the first half of 2029" reads (``_resolve_one``): business and
    official news speaks of the halves of this year, and a figure "in the first half" printed
    in July and the same figure printed in August describe one period, not the two days they
    were printed. The second half is this year's only once it has begun; before, it may be the
    one to come or last year's, and is left unread."""
    m = _HALF.fullmatch(expression.strip())
    if m is None or not reference or len(reference) < 7:
        return None
    second = (m.group("ordinal") or "first").lower() in ("second", "2nd")
    if second and int(reference[5:7]) <= FIRST_HALF_ENDS:
        return None
    return _iso(int(reference[:4]))


_ACCOUNTING = (r"\b(?:fiscal|financial|budget|tax|crop|marketing)\s+year\s+(?:(?P<ended>ended"
               r"|that\s+ended|which\s+ended)|ending|that\s+ends|which\s+ends|to\s+end)\s+"
               r"(?:on\s+)?")
_ACCOUNTING_YEAR = re.compile(_ACCOUNTING + r"(?P<end>.+)", re.I)
# the words before a date the tagger keeps apart ("the fiscal year that ends | Sept. 30")
ACCOUNTING_LEAD = re.compile(_ACCOUNTING + r"$", re.I)


def accounting_year(expression: str, reference: str | None) -> str | None:
    """A fiscal, financial or crop year said by the day it ends ("the fiscal year ending Sept.
    30", "the financial year that ended on 30 June") as the year it ends in, the way such
    years are named ("fiscal 2027" ends in 2027), so that its figures stay apart from the
    months around them and meet the year's other figures. Without a year, a year still
    running ("ending", "that ends") ends on the next such day, one that "ended" on the last."""
    m = _ACCOUNTING_YEAR.search(expression)
    if m is None:
        return None
    end = _resolve_one(m.group("end"), reference)
    if end is None or len(end) < 7:
        return None
    year = int(end[:4])
    if not m.group("ended") and not _YEAR_ONLY.search(m.group("end")) and reference \
            and end < reference[:len(end)]:
        year += 1  # "the fiscal year ending Sept. 30", written in March: the coming September
    return _iso(year)


def _resolve_one(expression: str, reference: str | None, ahead: bool = False) -> str | None:
    found = parse_absolute(expression)
    if found:
        return found[0]
    ref_year = int(reference[:4]) if reference else None
    ref_month = int(reference[5:7]) if reference and len(reference) >= 7 else None
    day_month = _DAY_MONTH.search(expression) or _MONTH_DAY.search(expression)
    if day_month and ref_year is not None and not _YEAR_ONLY.search(expression):
        month = MONTHS[day_month.group("month").lower().rstrip(".")]
        day = int(day_month.group("day"))
        year = ref_year - 1 if ref_month is not None and month > ref_month else ref_year
        if ahead and reference is not None and len(reference) >= 7:
            year = _next_year_of(month, day, reference)
        return _iso(year, month, day)  # "as of 27 March"
    m = _MONTH_ONLY.search(expression)
    year_m = _YEAR_ONLY.search(expression)
    if m:
        month = MONTHS[m.group("month").lower().rstrip(".")]
        if year_m:
            return _iso(int(year_m.group("year")), month)
        if ref_year is None:
            return None
        year = ref_year
        if ref_month is not None and month > ref_month:
            year -= 1  # "in November", written in March, is last November
        if ahead and ref_month is not None:
            # "will rise from February", written in November, is next February
            year = ref_year + 1 if month < ref_month else ref_year
        return _iso(year, month)
    if year_m:
        return _iso(int(year_m.group("year")))
    if ref_year is None:
        return None
    rel = _RELATIVE_YEAR.search(expression)
    if rel:
        which = rel.group("which").lower()
        if which == "this":
            return _iso(ref_year)
        if which in ("last", "past", "previous"):
            return _iso(ref_year - 1)
        return _iso(ref_year + 1)
    month_rel = _RELATIVE_MONTH.search(expression)
    if month_rel and ref_month is not None:
        step = 1 if month_rel.group("which").lower() == "next" else -1
        months = ref_year * 12 + ref_month - 1 + step
        return _iso(months // 12, months % 12 + 1)
    season = _SEASON.search(expression)
    if season:
        year = ref_year - 1 if (season.group("which") or "").lower() == "last" else ref_year
        return _iso(year)
    before = _before_reference(expression, reference, ahead)
    if before is not None:
        return before
    low = expression.lower()
    if any(w in low for w in WEEKDAYS) or re.search(r"\b(?:recent|this|last)\s+weeks?\b", low):
        return reference if reference and len(reference) >= 7 else _iso(ref_year)
    return None


def _next_year_of(month: int, day: int, reference: str) -> int:
    """The year of the next such day on or after the article's, for a day written without a
    year in a clause about the future ("will close its branches on 3 November", "is due to
    restart Dec. 7"): a plan for next November is not last November's. (A day said of the
    past keeps the default, the last such month: an article's corrections and updates are
    often dated a few days after it, so a past day just after its date is not a year back.)
    A reference to the month only compares months."""
    ref_year, ref_month = int(reference[:4]), int(reference[5:7])
    if len(reference) < 10:
        return ref_year + 1 if month < ref_month else ref_year
    return ref_year + 1 if (month, day) < (ref_month, int(reference[8:10])) else ref_year


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_AGO = re.compile(r"\b(?P<n>\d{1,3}|" + "|".join(_COUNTS) + r")\s+(?P<unit>day|week|month|year)s?"
                  r"\s+(?:ago|earlier|before|previously)\b", re.I)
_WEEKDAY = re.compile(r"\b(?P<which>last|next|this|coming|past)?\s*(?P<day>"
                      + "|".join(WEEKDAYS) + r")\b(?!\s*,?\s*(?:\d|" + "|".join(MONTHS) + r"))",
                      re.I)


def slack_days(expression: str) -> int:
    """How many days either side a date counted back in weeks may stand for: "five weeks
    earlier" is a reporter's rounding of 34 or 36 days as often as of 35."""
    ago = _AGO.search(expression)
    if ago is None or ago.group("unit").lower() != "week":
        return 0
    return 3


def _before_reference(expression: str, reference: str | None,
                      ahead: bool = False) -> str | None:
    """A date counted back from the article's day: "five weeks earlier", "two days ago", "a
    year before", and a bare weekday, which in news copy is the last such day up to the day of
    publication ("said on Friday that 640,000 marched on Thursday", printed on a Friday), or,
    when its clause says it is to come (``ahead``), the first such day from it ("the draw will
    be held on Wednesday"). Needs the article's day; a month alone cannot say which Thursday."""
    if not reference or len(reference) < 10:
        return None
    day = date.fromisoformat(reference[:10])
    ago = _AGO.search(expression)
    if ago:
        n = ago.group("n").lower()
        count = int(n) if n.isdigit() else _COUNTS[n]
        unit = ago.group("unit").lower()
        if unit in ("day", "week"):
            back = date.fromordinal(day.toordinal() - count * (7 if unit == "week" else 1))
            return back.isoformat()
        months = day.year * 12 + day.month - 1 - (count if unit == "month" else 12 * count)
        return _iso(months // 12, months % 12 + 1) if unit == "month" else _iso(months // 12)
    weekday = _WEEKDAY.search(expression)
    if weekday is None:
        return None
    which = (weekday.group("which") or "").lower()
    wanted = WEEKDAYS.index(weekday.group("day").lower())
    if which in ("next", "coming"):
        return date.fromordinal(day.toordinal() + ((wanted - day.weekday()) % 7 or 7)).isoformat()
    if ahead and not which:
        return date.fromordinal(day.toordinal() + (wanted - day.weekday()) % 7).isoformat()
    back = (day.weekday() - wanted) % 7
    if which in ("last", "past") and back == 0:
        back = 7
    return date.fromordinal(day.toordinal() - back).isoformat()
