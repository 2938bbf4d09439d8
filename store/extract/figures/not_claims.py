"""What is not a claim: a number expression that is a date, a duration, an age, a year, a name
or code ("Boeing 737", "resolution 2368"), a phone number, an ordinal or a determiner ("the two
factions")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract import dates
from store.extract.figures.contact_numbers import in_contact_details
from store.extract.figures.counted_state import STATE_DEPS
from store.extract.figures.measured import RATE_BASE_NOUN
from store.extract.figures.measured_time import mean_time_of
from store.extract.figures.page_counters import page_counter
from store.extract.figures.parse import ents_in, text_of
from store.extract.figures.sizes_and_wholes import (
    priced_size,
    size_of_each,
    standard_size,
    total_of_a_part,
)
from store.extract.numbers import NumberExpr, scan
from store.knowledge.context import ContextWords, context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


NAME_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC"})


def _next_words(text: str, end: int, n: int = 2) -> list[str]:
    """The words after a number, within its line and its table cell: a cell's "| 9 |" is not
    followed by the month that starts the next row."""
    return re.findall(r"[A-Za-z.']+", re.split(r"[\n|]", text[end:end + 40], maxsplit=1)[0])[:n]


_SPACED_AFTER_A_WORD = re.compile(r"[A-Za-z] +\Z")  # "class 10", not "the class, 10"


def _prev_word(text: str, start: int) -> str:
    """The word before a number, within its line: a list item "- 34,200 tents" on the line after
    "registered by 19 October." is no day of that month."""
    m = re.search(r"([A-Za-z.:]+)[^\w\n]*\Z", text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


def _priced_quantity(expr: NumberExpr, span: Span) -> bool:
    """ "a dozen limes cost 4 euros", "a dozen now sells for 4 euros": a number word said with
    "a" in the subject of a verb of price is the quantity the price is given for, as "per
    dozen" would say, not a count."""
    if expr.kind != "words" or not expr.text.lower().startswith(("a ", "an ")):
        return False
    tok = span.root.head if span.root.dep_ == "nummod" else span.root
    return tok.dep_ in ("nsubj", "nsubjpass") and (
        tok.head.lemma_.lower() in context_words().price_verbs)


_IDIOM = re.compile(r"\bat\s+$", re.I)
_IDIOM_AFTER = re.compile(r"one\s+point\b", re.I)
# "the 112 emergency number", "a 1919 helpline": a number named as one to call
# "the frost of 12 and 13 May", "on 29 or 30 September": a day, then "and" and the day its
# month follows: the first of two days of one month
_DAY_OF_A_PAIR = re.compile(
    r"\s+(?:and|or|&)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")\b\.?", re.I)
_NUMBER_NAMED = re.compile(r"\s+(?:[a-z]+\s+)?(?:number|hotline|helpline|line)\b(?!\s+of\b)",
                           re.I)


# "call 196 (France) or 999", "we rang 999 twice", "SMS HELP to 40404": a short number to call
# or text, after the first of a pair or after a verb of calling in the past; "call" itself is a
# contact word of context.toml
_CALL_AGAIN = re.compile(r"\b(?:call|dial|ring|phone|text)\s+\d{2,}(?:\s*\([^()\n]{1,20}\))?"
                         r"\s+or\s+$|\b(?:rang|rung|dialled|dialed|phoned|texted)\s+$"
                         r"|\b(?:sms|text)\s+[A-Z]{2,}\s+to\s+$", re.I)
# "(PDF, 2.1 MB)": the size of a file to download
_FILE_SIZE = re.compile(r"\s?(?-i:KB|kB|MB|GB)\b")
_FILE_BEFORE = re.compile(r"\b(?:PDF|DOCX?|XLSX?|CSV|ZIP|file|download)\b[^\n]{0,12}$", re.I)
# "rounded to the nearest 10": a step of rounding, not a count
_ROUNDING = re.compile(r"\bnearest\s+$", re.I)
# "tremors of magnitude 3.5 or greater", "none of them above magnitude 6.2": a threshold on a
# scale names a class of readings, it reads nothing
_ABOVE = re.compile(r"\b(?:above|below|over|under|exceeding|greater\s+than|less\s+than|at\s+least"
                    r"|more\s+than)\s+(?:[a-z]+\s+)?$", re.I)
_OR_ABOVE = re.compile(r"\s+(?:or|and)\s+(?:greater|more|above|higher|larger|over|stronger)\b",
                       re.I)


# "12 Harbour Road", "263 rue de la Gare", "4 calle Mayor", "28 Gukjegeumyung-ro": a house
# number before a street
_STREET = re.compile(r"\s+(?:(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?-i:Street|St\.|Avenue|Ave\.|Road|Rd\."
                     r"|Boulevard|Blvd\.|Lane|Place|Square|Drive)\b"
                     r"|(?:rue|calle|avenida|via|viale|strasse)\s+"
                     # "28 Gukjegeumyung-ro", "110 Sejong-daero": a Korean road name's suffix
                     r"|(?-i:[A-Z][a-z]+)-(?-i:ro|gil|daero)\b)", re.I)
# ", 75011 Paris", ", 20270 Aguas Verdes, Ags.": a postal code, a town's name after it, then the
# line, the address or a footer's cell ends
_POSTCODE = re.compile(r"[ \t]+(?-i:[A-Z][^\W\d_]+)(?:[ \t]+(?-i:[A-Z][^\W\d_]+)){0,2}"
                       r"(?=[ \t]*(?:\n|$|,|\.(?:\s|$)|\(|\|))")


# "Image 3 of 12", "part 2 of 5": the count of a sequence the page is a part of
_OF_A_SEQUENCE = re.compile(r"\b(?:image|photo|picture|slide|page|part|chapter|episode|item|step"
                            r"|figure|table|video|clip|story)\s+\d+\s+(?:of|/)\s*$", re.I)
# "0345 local time", "the 0800 deadline": digits with a leading zero are a clock time or a code
_LEADING_ZERO = re.compile(r"0\d")
_LOCAL_TIME = re.compile(r"\s+(?:local\s+time|hours|hrs|h)\b", re.I)


# a page's list of other articles' headlines: its heading on a line of its own ("Most read",
# "MOST POPULAR", "Related stories:"), or a line led by one ("Read more: ...", "Related: ...")
_LINKS_HEADING = (r"(?:most[ \t]+(?:read|popular|viewed|shared)|read[ \t]+more|related"
                  r"(?:[ \t]+(?:stories|articles|news|coverage))?|see[ \t]+also|also[ \t]+read"
                  r"|more[ \t]+(?:stories|news)|top[ \t]+stories|trending(?:[ \t]+now)?)")
_LINKS_LINE = re.compile(rf"[ \t]*(?:{_LINKS_HEADING})[ \t]*:", re.I)
_LINKS_HEAD = re.compile(rf"(?:^|\n)[ \t]*#*[ \t]*(?:{_LINKS_HEADING})[ \t]*:?[ \t]*\n"
                         r"(?:[ \t]*\n)*((?:[ \t]*\d{1,2}[.)][ \t][^\n]*\n){0,12})"
                         r"[ \t]*\d{1,2}[.)][ \t][^\n]*$", re.I)
_LIST_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]")
_LINE_REACH = 240  # a headline's line is shorter: a longer one is no list's


def _headline_of_a_link(expr: NumberExpr, text: str) -> bool:
    """ "Most read\n1. Dockers strike as 3,000 ...", "Read more: Port hires 40 pilots": a line
    of a page's list of links to other articles is another article's headline, no claim of
    this one."""
    line_start = text.rfind("\n", max(0, expr.start - _LINE_REACH), expr.start) + 1
    if line_start == 0 and expr.start > _LINE_REACH:
        return False
    if _LINKS_LINE.match(text, line_start):
        return True
    if not _LIST_ITEM.match(text, line_start):
        return False
    window = max(0, line_start - 14 * _LINE_REACH)
    return _LINKS_HEAD.search(text, window, expr.start) is not None


# 'An article on May 2 ("Fleet of 40 trawlers idle") said', 'a story headlined "Port hires 9
# pilots"': the title of a piece a text cites, in its quotation marks (a correction's)
_TITLE_CITED = re.compile(
    r"(?:\b(?:article|story|report|piece|column|editorial)s?\b[^()\n\"\u201c]{0,60}\("
    r"|\b(?:headlined|titled|entitled)[ \t]*[,:]?[ \t]*\(?)"
    r"[ \t]*[\"\u201c\u2018']+[^\"\u201c\u201d()\n]*$", re.I)


def _title_cited(expr: NumberExpr, text: str) -> bool:
    """A number in the quoted title of another piece the text cites: its headline, no claim."""
    return _TITLE_CITED.search(text, max(0, expr.start - 160), expr.start) is not None


def _not_a_count(expr: NumberExpr, text: str) -> bool:
    """A number to call or text, a clock time or a code with a leading zero, the length of a
    sequence a page is part of, a file's size, a step of rounding, a threshold on a scale, a
    house number, a postal code, another article's headline (in a list of links, or cited by its
    quoted title), a page's count of its readers' comments."""
    if _headline_of_a_link(expr, text) or _title_cited(expr, text) or page_counter(expr, text):
        return True
    window = text[max(0, expr.start - 40):expr.start]
    if expr.kind == "digits" and expr.unit is None and _CALL_AGAIN.search(window):
        return True
    if expr.kind == "digits" and expr.unit is None and not expr.is_range and (
            _LEADING_ZERO.match(expr.text) or _OF_A_SEQUENCE.search(window)
            or (re.fullmatch(r"\d{4}", expr.text) and _LOCAL_TIME.match(text, expr.end))):
        return True  # "at 0345", "Image 3 of 12", "2130 local time"
    if expr.kind == "digits" and expr.unit is None and not expr.is_range and (
            _STREET.match(text, expr.end)
            or (re.fullmatch(r"\d{4,5}", expr.text) and re.search(r"(?:,|^|\n)[ \t]*$", window)
                and _POSTCODE.match(text, expr.end))):
        return True
    if _FILE_SIZE.match(text, expr.end) and _FILE_BEFORE.search(window):
        return True
    if expr.unit is None and _ROUNDING.search(window):
        return True
    return expr.unit in units().readings and bool(
        _ABOVE.search(window) or _OR_ABOVE.match(text, expr.end))


def is_claim(expr: NumberExpr, span: Span, doc: Doc) -> bool:
    text = text_of(doc)
    lex = units()
    if _not_a_count(expr, text):
        return False
    after = _next_words(text, expr.end, 2)
    following = after[0].lower() if after else ""
    before = text[max(0, expr.start - 12):expr.start].lower()
    given_per = re.match(r"\s*(?:-|–)?\s*\w+\s+per\b", text[expr.end:expr.end + 30]) is not None
    # "an average of 4.5 days": a mean time, measured
    measured = following.rstrip(".") in lex.time_words and mean_time_of(expr, span) is not None
    if (
        expr.unit is None
        and following in lex.time_words
        and not re.search(r"\bper\s*$", before)
        and not given_per
        and not measured
    ):
        return False  # "six months", "42 days", "7 pm", "25 years old"; not "an average of 9
        # days", a mean
    if expr.unit is None and re.match(r"[\s\-\u2010\u2011]?pages?\b", text[expr.end:expr.end + 7]):
        return False  # "a 214-page report", "(PDF, 46 pages)": the length of a document
    if following in lex.time_zones and expr.unit is None:
        return False  # "18.05 GMT", "9:15 PHT": a clock time
    if re.search(r"\b[Pp]er\s+$", text[max(0, expr.start - 6):expr.start]) and (
            _POPULATION.match(text, expr.end, expr.end + 24) or _CELL_END.match(text, expr.end)):
        # "347 cases per 100,000 population", "| Cases per 100,000 |", "| Per 100,000 inhabitants
        return False  # |": a base
    if expr.unit in lex.measure_codes and priced_size(expr, text):
        return False  # "R92 for a 10kg bag": the size a price is given for
    if expr.unit is None and size_of_each(expr, text):
        return False  # "27 million 60-kg bags": the size of each thing the count counts
    if standard_size(expr, text, doc):
        return False  # "a 40-foot container": a standard size, the kind of the thing
    if _priced_quantity(expr, span):
        return False  # "a dozen limes cost 4 euros": the quantity a price is given for
    if _IDIOM.search(text, max(0, expr.start - 4), expr.start) and _IDIOM_AFTER.match(
            text, expr.start):
        return False  # "at one point or another": no measure
    if _NUMBER_NAMED.match(text, expr.end) and expr.unit is None and expr.kind == "digits":
        return False  # "the 112 emergency number": a number to call, not a count
    if re.match(r"\s*=", text[expr.end:expr.end + 3]) or _one_to_another(expr, text):
        return False  # "($1 = 0.8850 euros)": the unit of an exchange rate, not an amount
    ctx = context_words()
    if expr.unit == "percent" and following in ctx.statistics_words:
        return False  # "a 95 percent confidence interval": a level of confidence, not a share
    prev = _prev_word(text, expr.start)
    date_ends = _date_ends_before(expr, text)
    if prev in ("aged", "age", "ages") or (prev.rstrip(".") in dates.MONTHS
                                            and expr.unit is None and not date_ends
                                            and not _after_a_dated_clause(expr, text)):
        return False  # "aged 25", "Apr 21" (but "As of 9 June, US$3.6 million" is money)
    if _AGE_SET.search(text, max(0, expr.start - 40), expr.start) and expr.high <= 120:
        return False  # "raise the pension age from 66 to 67", "retirement at 67"
    if prev.rstrip("+-") in lex.time_zones and re.search(r"[A-Za-z][+-]$", text[:expr.start]):
        return False  # "GMT+1": a time zone's offset
    if ctx.contact_before.search(text[max(0, expr.start - 30):expr.start]):
        return False  # "tel. (02) 8421-1918", "Call 419-555-0148": a telephone number
    if in_contact_details(expr, text):
        return False  # "415 555 0142", "contact X on 111", "7 bis rue des Lilas", "75011 Paris"
    if following.rstrip(".") in dates.MONTHS and expr.high <= 31 and expr.kind == "digits":
        return False  # "24 Mar 2019"
    if expr.kind == "digits" and expr.unit is None and expr.high <= 31 and _DAY_OF_A_PAIR.match(
            text, expr.end, expr.end + 24):
        return False  # "the frost of 12 and 13 May": the first of two days
    if _last_day_of_span(expr, text) and not _plural_noun_follows(span, doc):
        return False  # "between July 5 and 20": the last day of a span of days
    if prev in ctx.kind_number_words and expr.kind == "digits" and expr.unit is None and (
            not expr.is_range and expr.high < 100 and expr.text.isdigit()) and (
            _SPACED_AFTER_A_WORD.search(text, max(0, expr.start - 3), expr.start)):
        return False  # "class 10 candidates", "category 5 storms": a kind by its number
    before = text[max(0, expr.start - 8):expr.start]
    if prev in ctx.doc_number_words and expr.kind == "digits" and expr.unit is None and not (
            _plural_noun_follows(span, doc)) and "," not in before[-3:] and (
            not _CELL_START.search(before)):
        return False  # "resolution 2368", "page 4"; not "Chikwawa District 1,021 cases", nor
        # "by this year, 41 of them" (a comma ends the name), nor a cell after a row label that
        # ends in such a word ("| Harbour ward | 212 |")
    if _names_a_step_or_part(expr, text, ctx):
        return False  # "Level 2 restrictions", "Articles 12(3)(b), 40, 41 and 44"
    if _is_year(expr, span, doc) or _is_name_or_code(expr, span, doc) or _is_age(expr, span, doc):
        return False
    if expr.kind == "words" and expr.low == expr.high == 1 and expr.unit is None and not (
            _per_period_after(text, expr.end) or _one_counted(expr, text) or _one_befallen(span)):
        return False  # "one of", "one official": a determiner, not a count (but "one percentage
        # point" is a measure, "down to one a week" a rate, "only one" and "two ... and one" counts)
    if _counts_who_said_it(expr, span):
        return False  # "two industry sources said", "according to three brokers"
    if expr.kind == "words" and expr.high <= 10 and not expr.is_range and span.start > 0:
        det = doc[span.start - 1]
        if det.lower_ in ctx.position_words and span.start > 1:
            det = doc[span.start - 2]  # "the last three letters", "its first two games"
        determiner = det.pos_ in ("DET", "PRON") or det.tag_ == "PRP$"
        if determiner and det.lower_ in context_words().determiners and not total_of_a_part(
                det.i, doc):
            return False  # "the two factions", "all three"; not "three of the eight berths"
        if det.tag_ == "POS" and span.end < len(doc) and (
                doc[span.end].tag_ == "JJS" or doc[span.end].lower_ in ctx.rank_words):
            return False  # "Argentina's two leading exchanges", "the world's two biggest"
    scale = _bare_scale(expr)
    if scale and _UNIT_AFTER_IN.search(text, max(0, expr.start - 12), expr.start) \
            and re.match(r"\s*[:)]", text[expr.end:expr.end + 3]):
        return False  # "Sales, in millions of dollars:": the unit of a list, not an amount
    if scale and _UNIT_IN_BRACKETS.search(text, max(0, expr.start - 8), expr.start) and re.match(
            r"\s*\)", text[expr.end:expr.end + 3]):
        return False  # "Spending by item (C$ millions)", "(£ million)": the unit of a table
    for ent in ents_in(doc, span.start, span.end):
        if ent.end <= span.start or ent.start >= span.end or "|" in ent.text:
            continue  # "| Port of Arvola | 9 | 12 |": a name ends at its table cell's bar
        scaled = expr.kind == "digits" and re.search(r"\d\s*[A-Za-z]", expr.text) is not None
        # "3.5 hours per pump", "an average of 4.5 days"
        timed = (given_per and following in lex.time_words) or measured
        if ent.label_ in ("ORDINAL", "TIME") and expr.unit is None and not scaled and not timed \
                and not (ent.label_ == "TIME" and _no_clock_reading(expr, text)):
            return False  # not "40 litres a day", "80bn rand" or "2bn", which the tagger may
            # call a time or an ordinal: a number with a unit or a scale is neither; nor "3.5
            # hours per pump", a time given per one thing (a rate the tagger calls a time), nor
            # "up from 59 in the morning", a count no clock reads that the tagger joins to a time
        if ent.label_ == "DATE" and expr.unit is None and _date_like(ent.text) and not timed \
                and not date_ends and not _COUNT_THEN_WHEN.match(text, expr.end) \
                and not _share_of_a_scale(expr):
            return False
        if ent.label_ in NAME_LABELS and (ent.start < span.start or ent.end > span.end) and (
                not _after_column_gap(expr, text)):
            return False  # (a cell set off by a column's gap is no part of the name before it)
    return True


# two digits past a day's hours, or digits grouped in thousands: no clock reads them
_NO_CLOCK = re.compile(r"(?:2[5-9]|[3-9]\d)|\d{1,3}(?:,\d{3})+")


def _no_clock_reading(expr: NumberExpr, text: str) -> bool:
    """ "up from 59 in the morning", "1,200 overnight": a number no clock reads, and not the
    minutes of a time ("10:59", "10.59") nor a length of time ("48 hours."), is a count said at
    a time of day."""
    after = _next_words(text, expr.end, 1)
    if after and after[0].lower().rstrip(".") in units().time_words:
        return False  # "by up to 48 hours.": a length of time
    return (expr.kind == "digits" and not expr.is_range and _NO_CLOCK.fullmatch(expr.text)
            is not None and not re.search(r"\d[:.]$", text[max(0, expr.start - 2):expr.start]))


# "Only one ...", "Just one ..." opening a sentence: how few, a count ("is only one part of" is
# an idiom); "two were found and one": the last of the counts a
# sentence adds up (not "one of", "one that", "one another")
_FEW_ONE = re.compile(r"(?:^|[.;:!?]\s+|\n)(?:only|just)\s+$", re.I)  # opening its sentence
_AND_ONE = re.compile(r"\band\s+$", re.I)
_ONE_PRONOUN = re.compile(r"\s+(?:of|that|which|who|another|thing|day|time)\b", re.I)


def _one_counted(expr: NumberExpr, text: str) -> bool:
    """ "Only one person caught the virus", "Two were recovered and one body remains", "two from
    fumes and one in a fall": a "one" said as how few, or after "and" as the last of counts
    the sentence gives before it."""
    if _ONE_PRONOUN.match(text, expr.end):
        return False
    if _FEW_ONE.search(text, max(0, expr.start - 9), expr.start):
        return True
    if not _AND_ONE.search(text, max(0, expr.start - 5), expr.start):
        return False
    start = max(0, expr.start - 100)
    clause = re.split(r"[.;:!?\n]\s", text[start:expr.start])[-1]
    return any(e.unit is None and e.kind in ("digits", "words") and e.high > 1
               for e in scan(clause))


# what befalls the counted, as a participle or an adjective of state ("was killed", "is missing")
_BEFALLEN_TAGS = frozenset({"VBN", "VBG", "JJ"})


def _one_befallen(span: Span) -> bool:
    """ "One man, a shepherd, is missing", "one person died", "one was killed": a "one" (or its
    noun) whose verb says what befell it, as the count classes and outcomes name it, counts
    the dead, the missing or the injured, as "12 remain missing" does."""
    root = span.root
    if root.i + 1 < len(root.doc) and root.doc[root.i + 1].lower_ == "of":
        return False  # "one of the pilots was injured": which one, no count
    subject = root.head if root.dep_ == "nummod" else root
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = subject.head
    if subject.dep_ == "nsubj" and verb.lower_ in quantity_classes().outcomes:
        return True  # "one person died", "one drowned"
    classes = units().count_classes
    if verb.tag_ == "VBN" and verb.lower_ in classes:
        return True  # "one was killed"
    return any(c.dep_ in STATE_DEPS and c.tag_ in _BEFALLEN_TAGS and c.lower_ in classes
               for c in verb.children)  # "one man is missing", "one remains injured"


# the verbs whose subject is the source a sentence attributes its claim to ("two sources said",
# "three officials told Reuters"), as "according to" names one
_ATTRIBUTING = frozenset({"say", "tell"})


def _counts_who_said_it(expr: NumberExpr, span: Span) -> bool:
    """ "..., two industry sources said", "according to two shipbrokers": a small number in
    words of the people a claim is attributed to says who speaks; it is no claim itself."""
    if expr.kind != "words" or expr.unit is not None or expr.is_range or expr.high > 10:
        return False
    if span.root.dep_ != "nummod":
        return False
    noun = span.root.head
    if noun.dep_ == "nsubj":
        return noun.head.lemma_.lower() in _ATTRIBUTING
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and (
        noun.head.head.lower_ == "according")


# "up from 90 a week earlier", "against 36 last month": a bare number the tagger took into the
# date after it, which a determiner parts from its period (not "90 days ago": a duration)
_COUNT_THEN_WHEN = re.compile(
    r"\s+(?:(?:a|an|the|one)\s+(?:day|week|fortnight|month|quarter|year)\s+"
    r"(?:earlier|ago|before|previously)|(?:last|this|that|the\s+previous)\s+"
    r"(?:day|week|fortnight|month|quarter|year|spring|summer|autumn|fall|winter)s?)\b", re.I)


# an open bracket, and at most a currency sign or code, right before a vague plural
_UNIT_IN_BRACKETS = re.compile(r"\(\s*(?:[A-Z]{0,3}[^\w\s(]{1,2}\s*|[A-Z]{3}\s+)?$")
# "in millions", "in £ million", "in NOK million": the unit a list or a table is given in
_UNIT_AFTER_IN = re.compile(r"\bin\s+(?:[A-Z]{0,3}[^\w\s(]{1,2}\s*|[A-Z]{3}\s+)?$")
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion"})


def _bare_scale(expr: NumberExpr) -> bool:
    """A scale word alone, with no number and no article: "millions", "million" (not "a
    million", "two million"). Alone it names the unit of other numbers, never an amount."""
    if expr.kind == "vague":
        return True
    return expr.kind == "words" and expr.text.lower().rstrip("s") in _SCALE_WORDS


def _after_a_dated_clause(expr: NumberExpr, text: str) -> bool:
    """ "on 17 July, 1,340 firefighters": a comma between the month and a number that is no
    day of it and no year closes the date; the number is a count, as is any number but a year
    after a comma that closes a day and its month ("On 19 October, 6 trains were cancelled").
    A table's bar closes its cell."""
    between = text[max(0, expr.start - 4):expr.start]
    if "|" in between:
        return True  # "| 29 July | 9,800 |": the next cell
    if re.search(r"\(\s*$", between):
        return True  # "the highest month was June (6,120)": a figure in brackets, no day
    if "," not in between or re.fullmatch(_YEAR, expr.text):
        return False
    if expr.high > 31:
        return True
    day = _DAY_THEN_MONTH.search(text, max(0, expr.start - 20), expr.start)
    return day is not None and day.group(1).lower() in dates.MONTHS  # "On 19 October, 6 trains"


# a day, then its month and a comma: "On 19 October, ", "by the 3rd March, " (the date is whole)
_DAY_THEN_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+([A-Za-z]{3,9})\.?[ \t]*,[ \t]*$")


# a month, then a dash between spaces or the full stop of a full name: "13 March - Nine men
# escape" (a dated line of a timeline), "... in August. Sixteen vessels berthed"
_MONTH_THEN_BREAK = re.compile(
    r"\b(?:(?P<month>[A-Za-z]{3,9})[ \t]+[-\u2013\u2014][ \t]+|(?P<full>[A-Za-z]{3,9})\.[ \t]+)$")
_ABBREVIATED = frozenset(m for m in dates.MONTHS if len(m) == 3 and m != "may") | {"sept"}


def _date_ends_before(expr: NumberExpr, text: str) -> bool:
    """The date before the number ends before it: a spaced dash after the month, or a full
    stop after a month's full name (an abbreviation's is no stop: "Aug. 21")."""
    m = _MONTH_THEN_BREAK.search(text, max(0, expr.start - 14), expr.start)
    if m is None:
        return False
    if m.group("month") is not None:
        return m.group("month").lower() in dates.MONTHS
    full = m.group("full").lower()
    return full in dates.MONTHS and full not in _ABBREVIATED


def _names_a_step_or_part(expr: NumberExpr, text: str, ctx: ContextWords) -> bool:
    """A small bare integer that names a step of a scale ("Level 2 restrictions", "Stage 6
    power cuts", whatever plural follows) or an item of a list of document parts after the
    first ("Articles 12(3)(b), 40, 41 and 44 of the code")."""
    if expr.kind != "digits" or expr.unit is not None or expr.is_range or not re.fullmatch(
            r"\d{1,3}", expr.text):
        return False
    before = text[max(0, expr.start - 60):expr.start]
    return bool((ctx.degree_before and ctx.degree_before.search(before[-20:]))
                or (ctx.doc_list_before and ctx.doc_list_before.search(before)))


# "90 a month", "1,100 every year", "seven a week": a number given per a period is a rate, which
# the tagger may call a date
_EACH_PERIOD = re.compile(r"(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)\s+(?:a|an|each|every)\s+[a-z]+$")
_PER_PERIOD_AFTER = re.compile(r"\s+(?:a|an|each|every)\s+([a-z]+)\b", re.I)


def _per_period_after(text: str, end: int) -> bool:
    """A period after "a", "each" or "every" right after a number ("one a week"): a rate."""
    m = _PER_PERIOD_AFTER.match(text, end, end + 24)
    return m is not None and m.group(1).lower() in context_words().rate_period_words


_OF_A_SCALE = re.compile(r"\bof\s+an?\s+([a-z]+)$", re.I)


def _share_of_a_scale(expr: NumberExpr) -> bool:
    """ "Three quarters of a million": a fraction of a scale word is a number, whatever the
    tagger makes of "quarters" (a date)."""
    m = _OF_A_SCALE.search(expr.text)
    return expr.kind == "words" and m is not None and m.group(1).lower() in units().scale_words


def _date_like(ent_text: str) -> bool:
    low = ent_text.lower()
    if re.search(r"\bper\b", low) or _EACH_PERIOD.fullmatch(low.strip()):
        return False
    words = set(re.findall(r"[a-z]+", low))
    return bool(words & (set(dates.MONTHS) | set(dates.WEEKDAYS) | units().time_words))


_POPULATION = re.compile(rf"\s+{RATE_BASE_NOUN}", re.I)
_CELL_START = re.compile(r"\|[ \t]*$")  # a table cell's first character: "| Harbour ward | 212 |"
_CELL_END = re.compile(r"[ \t]*\|")  # the end of a table's cell: a header "Deaths per 1,000 |"
# an age a rule sets: "the (retirement) age from/to/of", "retire at"
_AGE_SET = re.compile(r"\bages?\s+(?:from|to|of|at)\s+(?:\d+\s+to\s+)?$"
                      r"|\bretire(?:ment|s|d)?\s+at\s+(?:the\s+age\s+of\s+)?$", re.I)
_YEAR = r"1[5-9]\d\d|20\d\d|21\d\d"
# a determiner right before a number: "the", a possessive, a demonstrative
_THE_YEARS_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|this|that|these|those)\s+\Z",
                               re.I)
# a count of thousands written with its comma ("2,031"), the house style of the whole article
_COMMA_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3},\d{3}(?![\d,])")
# the name of a quarter, a half or a fiscal year right before a year
_PERIOD_NAME = re.compile(r"\b(?:Q[1-4]|H[12]|FY|[1-4]Q)\s*$")


def _is_year(expr: NumberExpr, span: Span, doc: Doc) -> bool:
    """A bare four-digit number is a year unless a plural noun follows ("1000 foreign fighters");
    so are "between 2010 and 2015" and "from 2015 to 2019"."""
    if expr.kind != "digits" or expr.unit is not None:
        return False
    pattern = (rf"(?:{_YEAR})\s*(?:[-–—]|to|and)\s*(?:{_YEAR})" if expr.is_range
               else rf"{_YEAR}")
    if not re.fullmatch(pattern, expr.text):
        return False
    if _PERIOD_NAME.search(text_of(doc), max(0, expr.start - 8), expr.start):
        return True  # "Q3 2025 earnings", "H1 2025 results", "FY 2024 sales": a year
    if not _plural_noun_follows(span, doc):
        return True
    if not expr.is_range and 1900 <= expr.low <= 2100 and _THE_YEARS_BEFORE.search(
            text_of(doc), max(0, expr.start - 8), expr.start) and (
            _year_thing_follows(span, doc) or _writes_comma_thousands(doc)):
        # "the 2031 wines", "its 2024 models": a year's things; and where the article writes
        # its counts of thousands with a comma ("the 2,031 workers"), four bare digits after a
        # determiner are a year ("the 2000 workers" of an article without one still count)
        return True
    # "the 2011 savings bank crisis": the noun the number goes with is singular, so it counts
    # nothing; "back to 2004 levels": a baseline's year
    head = span.root.head if span.root.dep_ == "nummod" else None
    return head is not None and (head.tag_ == "NN"
                                 or head.lower_ in context_words().year_nouns)


def _writes_comma_thousands(doc: Doc) -> bool:
    """Whether the article writes a count of thousands with a comma ("2,031"): one search of
    its text, kept on the document (asked for each four-digit number after a determiner)."""
    found = doc.user_data.get("claimscope_comma_thousands")
    if found is None:
        found = doc.user_data["claimscope_comma_thousands"] = (
            _COMMA_THOUSANDS.search(text_of(doc)) is not None)
    return bool(found)


def _year_thing_follows(span: Span, doc: Doc) -> bool:
    """The noun right after the number is a thing a year names ("models", "season")."""
    things = context_words().year_things
    for tok in doc[span.end:span.end + 3]:
        if tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in things or tok.lemma_.lower() in things):
            return True
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
            break
    return False


def _plural_noun_follows(span: Span, doc: Doc) -> bool:
    for tok in doc[span.end:span.end + 3]:
        if tok.tag_ in ("NNS", "NNPS"):
            return True
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.tag_ == "NNP":
            break
    return False


def _is_age(expr: NumberExpr, span: Span, doc: Doc) -> bool:
    """ "Harlan, 61, told supporters", "the oldest, 74, walked out": an age set off by commas
    after a name or a superlative of age; "children under five": an age bound; "aged between 19
    and 58": a span of ages; none of them a count."""
    if expr.unit is not None or expr.high > 120:
        return False
    text = text_of(doc)
    if _AGES_FROM.search(text, max(0, expr.start - 20), expr.start):
        return True
    if expr.is_range:
        return False
    ctx = context_words()
    if ctx.age_group_before.search(text[max(0, expr.start - 40):expr.start]):
        return True
    if _AGE_BOUND.search(text, max(0, expr.start - 20), expr.start):
        return True  # "victims were older than 70", "deaths among people aged over 85"
    # "..., said its chief economist, Ana Ruiz, 51." closes the sentence on the age
    if span.start < 2 or not re.match(r",|\.(?:\s|$)", text[expr.end:expr.end + 2]):
        return False
    comma, name = doc[span.start - 1], doc[span.start - 2]
    if comma.text != ",":
        return False
    return name.ent_type_ == "PERSON" or name.tag_ == "NNP" or any(
        t.lower_ in ctx.age_superlatives for t in (name, *name.lefts))


# "older than 70", "aged over 85": a bound of age, whoever is said to have it ("at the age of 12"
# is _AGE_SET's)
_AGE_BOUND = re.compile(r"\b(?:(?:older|younger)\s+than|aged\s+(?:over|under|above|below))\s+$",
                        re.I)
# "aged between 19 and 58", "ages from 6 to 11", "aged from 30": a span of ages
_AGES_FROM = re.compile(r"\b(?:aged|ages)\s+(?:between|from|of)\s+$", re.I)


_PHONE = re.compile(r"\+?\d{1,4}(?:[ .-]?\(\d{1,4}\)[ .-]?\d{1,4})?(?:[ .-]\d{2,4}){2,}")


# "between July 5 and ", "from Aug. 2 to ": a month's day, then the word that ends a span of days;
# "on June 21 and ", "July 4 or ": a month's day, then the word that adds another
_DAY_RANGE_END = re.compile(r"\b(?:(?:between|from)\s+([A-Za-z]{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                            r"\s+(?:and|to|until|till)"
                            r"|([A-Za-z]{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|or|&))\s+$",
                            re.I)


def _last_day_of_span(expr: NumberExpr, text: str) -> bool:
    """ "between July 5 and 20", "from Aug. 2 to 9": a day after a month's day and the word that
    ends the span is the span's last day; "a strike on June 21 and 22": so is a day after a
    month's day and "and" or "or" (a count there has its plural noun: "and 22 people")."""
    if expr.kind != "digits" or expr.unit is not None or expr.high > 31 or expr.is_range:
        return False
    m = _DAY_RANGE_END.search(text, max(0, expr.start - 32), expr.start)
    return m is not None and (m.group(1) or m.group(2)).lower() in dates.MONTHS


# the gap between a table's columns set in spaces: two spaces or more, or a tab
_COLUMN_GAP = re.compile(r"(?:[ ]{2}|\t)$")


def _after_column_gap(expr: NumberExpr, text: str) -> bool:
    """A number set off from what is before it by a table's column gap: a cell of its own."""
    return _COLUMN_GAP.search(text, max(0, expr.start - 3), expr.start) is not None


_BRACKETED_NAME = re.compile(r"\([A-Za-z]{1,8}\)$")


def _is_name_or_code(expr: NumberExpr, span: Span, doc: Doc) -> bool:
    """ "Boeing 737", "Route 66", "Windows 10": a bare integer right after a name, with nothing it
    counts; and phone numbers ("555-1234")."""
    if expr.kind != "digits" or expr.unit is not None:
        return False
    if re.fullmatch(r"\d{3}[-.]\d{4}", expr.text) and not _plural_noun_follows(span, doc):
        return True
    text = text_of(doc)
    for m in _PHONE.finditer(text, max(0, expr.start - 40), min(len(text), expr.end + 16)):
        if m.start() <= expr.start < m.end() and (m.group(0).startswith("+") or
                                                   m.group(0).count(" ") >= 3):
            return True  # "+299 31 62 08 47"
    if _BRACKETED_NAME.search(text, max(0, expr.start - 12), expr.start):
        return True  # "the (CR)2 centre": a name's letters in brackets glued to its digit
    if expr.is_range or "," in expr.text or "." in expr.text or span.start == 0:
        return False
    if _after_column_gap(expr, text):
        return False  # "Airbus A320      12      12": a table's cell, after its row's label
    before = doc[span.start - 1]
    return (before.tag_ == "NNP" and before.ent_type_ not in ("GPE", "LOC", "DATE")
            and before.lower_.rstrip(".") not in dates.MONTHS
            and not _plural_noun_follows(span, doc))


# "at €1 to £0.86": one of a currency, then "to" and an amount in another
_TO_ANOTHER = re.compile(r"\s+to\s+[^\s\w]{1,3}\d|\s+to\s+[A-Z]{3}\s?\d")


def _one_to_another(expr: NumberExpr, text: str) -> bool:
    """ "At €1 to £0.86 and $1.09": one unit of a currency that an amount in another currency
    follows after "to" is the unit an exchange rate is given per, not an amount."""
    if expr.low != 1 or expr.high != 1 or expr.unit is None or not expr.unit.isupper():
        return False
    after = _TO_ANOTHER.match(text, expr.end, expr.end + 14)
    if after is None:
        return False
    following = scan(text[after.start():after.end() + 12])
    return bool(following) and following[0].unit not in (None, expr.unit)
