"""Figures in a table: what a cell counts is said once, in its column's header, and the row's
first cell often names where.

Articles saved as Markdown, and web pages whose tables the text extraction keeps, write a table
as rows of cells between ``|`` ("| Lyon | 21,500 |" under "| City | Demonstrators |"). The
sentence grammar reads such a row as words and takes a bar for the counted noun; here the cell
takes its column's header instead ("demonstrators"), keeps a unit the number itself says
("EUR", "percent"), and gains the row's first cell as a place when the tagger calls it one.

A header puts the quantity first and its qualifiers and unit after it ("Exports, annual change,
s.a. (%)"): the first part is what is counted, the unit in brackets is the cell's unit. A table
whose columns are dates ("| Reservoir | 3 Aug | 10 Aug |") names its quantities in the rows: the
row's first cell is what a cell counts ("Lake Mead", "Deaths").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from store.extract.dates import MONTHS, SEASONS, WEEKDAYS
from store.extract.figures.counted import PERSONS
from store.extract.figures.counted_area import AREA, area_taken
from store.extract.figures.counted_caption import caption_names_nothing
from store.extract.figures.counted_table import (
    header_quantity,
    tagged_place,
    what_the_cell_counts,
)
from store.extract.figures.found import FoundFigure
from store.extract.figures.growth_rates import header_growth_period
from store.extract.figures.header_signs import signed_unit
from store.extract.figures.measured import RATE_BASE_NUMBER, is_count, population_base
from store.extract.figures.parse import ents_in, text_of
from store.extract.figures.rates_said import header_rate, unit_named_by
from store.extract.figures.table_packs import pack_priced
from store.extract.figures.table_rows import row_start
from store.knowledge.context import context_words, table_report_nouns
from store.knowledge.loader import load_data
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import compared, converted, units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_WORD = re.compile(r"[^\W\d_]{2,}")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# units that say only that something is counted, which a header names better
COUNT_UNITS = frozenset({"count", "people"})


@dataclass(frozen=True)
class Cell:
    header: str  # the column's header, as written
    label: tuple[int, int] | None  # the row's first cell (characters), when it is not this one
    places: bool  # the first column's header names a kind of place ("City", "Province")
    whole: str | None = None  # "Of which by divers": the header of the column it is part of
    caption: str | None = None  # the heading or line right above the table, markup removed
    top: int = 0  # where the table's header row starts
    span: tuple[int, int] = (0, 0)  # where the column's header cell is (characters)


def read_tables(figures: list[FoundFigure], doc: Doc,
                home_dollar: str | None = None) -> dict[int, str | None]:
    """Give each figure in a table cell its column's counted noun and its row's place; return
    the rate each cell's header gives (by ``id`` of the figure, None for none): a cell's rate is
    its column's, never one a neighbouring cell's column hands on as if in a list. A bare "$"
    in a header ("Rent ($/month)") is the article's ``home_dollar``, as its bare amounts are."""
    text = text_of(doc)
    rates: dict[int, str | None] = {}
    for fig in figures:
        cell = _cell_of(text, fig.start)
        if cell is None:
            continue
        named, row, titled = cell.whole or cell.header, False, False
        if cell.label is not None and (_names_when(_BRACKETS.sub("", cell.header)) or (
                _dated_version(cell.header) and _states_a_unit(text[slice(*cell.label)]))):
            # the row says what, not when; "| 2029 (km²) |" is a date and the cells' unit
            named, row = text[cell.label[0]:cell.label[1]], True
        if cell.whole is None:  # "Total", a place: the row label or the caption says what
            named, row = what_the_cell_counts(doc, fig.start, cell.top, named, row,
                                              cell.label, cell.places)
        state = not row and cell.whole is None and _names_a_state(named, doc, cell.span)
        if state:
            # "| Recovered |" under "## Bodies recovered": the caption's noun is what is
            # counted; under "## Results by district" ("| Yes | No |") no noun names it, and
            # the header says only which of them the cells count
            named = _caption_noun(cell.caption, named) or named
            state = named == cell.header
        elif cell.caption and _names_nothing(named, row=row, places=cell.places, doc=doc,
                                             label=cell.label):
            # "| Region | 1-7 May |" under "Deaths, by region": a place or a total says what
            # is counted no better than a date; the caption above the table does
            named, row = _caption_quantity(cell.caption), False
            if caption_names_nothing(named):  # "Consolidated rates by state": the title only
                named, titled = "", True
        elif not row and _names_a_version(named):
            named = ""  # "| Corrected |" with no caption: the sentence grammar's reading stands
        elif row and _names_a_time(named):
            named, row = "", False  # "| March | 22 |" under "| Month | 2032 |": no noun at all
        # a comma ends the quantity ("Deaths, infants"), not one inside a number ("per 100,000")
        said_unit, said_rate, said = header_rate(named)  # "Output (tonnes/day)", "Daily visits"
        if named != cell.header and (said_rate is None or said_unit is None):
            # "| Week to 9 May ($/FEU) |" over rows or under a caption that say what: the
            # column still says in what unit and per what its cells are given
            column_unit, column_rate, _ = header_rate(cell.header)
            said_unit, said_rate = said_unit or column_unit, said_rate or column_rate
        quantity = _CLAUSE_COMMA.split(_BRACKETS.sub("", said), maxsplit=1)[0].strip()
        quantity = without_when(quantity)  # "Deposits at 18 March": deposits
        quantity, per = _split_per(quantity)  # "Beds per ward": beds, per ward
        if said_rate in units().rate_adjectives.values() and (
                fig.unit in ("percent", "fraction") or _stated_unit(named) == "percent"):
            # "Annual inflation (%)": a share over a year, not per year; "Annual growth rate
            # 2020-2030 (%)" is the mean growth per year
            said_rate = header_growth_period(named)
        # "Saving per household (R a month)": per the one the label names, then per the period
        per = (f"{per} per {said_rate}" if per and said_rate and " per " not in per
               and said_rate in context_words().rate_period_words
               and per not in context_words().rate_period_words else per or said_rate)
        quantity = header_quantity(quantity)  # "Share of total": a share
        unit_named = None if row else unit_named_by(quantity)  # "Naira per litre", "Litres"
        if unit_named is not None:  # the cells' unit: what they count, the caption says
            said_unit = said_unit or unit_named
            quantity = _caption_quantity(cell.caption) if cell.caption else ""
        words = _WORD.findall(quantity)
        if words:  # never the bar the sentence grammar read ("| Lyon | 12% |")
            cut = None if row or unit_named or named != cell.header else _post_modifier(
                doc, cell.span)
            head = _header_noun(words if unit_named is None else _before_of(words), cut)
            fig.counted = quantity if row else noun_last(quantity.lower(), head, cut)
            pronoun = next((w for w in words[1:] if w.lower() in _RELATIVE_PRONOUNS), None)
            if not row and pronoun is not None and unit_named is None:
                fig.counted = _relative_fate(doc, cell.span, quantity, pronoun)
            fig.counted_head = head.lower()
            if cell.whole is not None:  # a part is another quantity than its whole
                fig.counted = f"{fig.counted}, {_BRACKETS.sub('', cell.header).strip().lower()}"
        # the row label says what, the column header how: "| Fixed fee | 78.0 |" under
        # "Amount (EUR million)" is in millions of euros
        column = cell.whole or cell.header if row else named
        # (before a share a label states of its own row: "| Share due to X (15%) | 11.7 |")
        # a column's own unit stands when a caption names the quantity instead ("| Change (%)
        # |" under "## Harvests by region": percent)
        header_unit = (_stated_unit(column) or said_unit or _stated_unit(named) if row
                       else said_unit or _stated_unit(named) or _stated_unit(cell.header))
        stated = header_unit or (_stated_unit(cell.caption) if cell.caption else None)
        if home_dollar is not None and stated == "USD" and _BARE_DOLLAR.search(
                named if header_unit else " ".join(_BRACKETS.findall(cell.caption or ""))):
            stated = home_dollar
        told = bool(words) or unit_named is not None  # "| Litres per day |": a unit, no noun
        # a caption that names only the table's title leaves the column's own unit standing
        # ("| 2029 (km²) |" under "Consolidated rates by state": km2, no noun)
        told = told or (titled and header_unit is not None)
        # a row label of names with no caption names nothing; the column's stated unit and rate
        # ("| Week to 4 May ($/FEU) |") still do
        told = told or (not named and said_unit is not None)
        # a column headed by its unit alone ("| (USD m) |") gives its cells that unit, whatever
        # its row label says of them ("| Total | 138.3 |")
        told = told or (header_unit is not None
                        and not _WORD.findall(_BRACKETS.sub(" ", cell.header)))
        if told and (fig.unit in COUNT_UNITS or not _WORD.search(fig.unit)
                      or (stated is not None and is_count(fig.unit))):
            # a header that names a class counts in its unit ("Demonstrators" are people); a
            # unit the header states ("GDP, change (%)", "Swing, percent") is the cell's
            # a noun the sentence grammar read in the next cell ("| 28 | north of Vela |") is
            # no unit where the header states one ("Depth (km)")
            fig.unit = stated or _head_unit(head)
            scale = _stated_scale(column) if row else 1.0
            scale = _stated_scale(named) if scale == 1.0 else scale
            if scale == 1.0 and not row and named != cell.header:
                # a row the caption says what of ("| Canton | 12.5 |" under "(CHF m)"): the
                # column still says in what its cells are written
                scale = _stated_scale(cell.header)
            if scale == 1.0 and cell.caption and _stated_unit(named) is None:
                scale = _stated_scale(cell.caption)  # "Spending by line (EUR m)"
            if scale != 1.0 and _BARE_DIGITS.fullmatch(fig.text):
                fig.low, fig.high = fig.low * scale, fig.high * scale  # "Cost (EUR bn)"
        if state and stated is None and is_count(fig.unit):
            fig.unit = "count"  # a state is no noun: no unit beats a wrong one
        if told and per is None and header_unit is None and cell.caption:
            # "Price of petrol by state (naira per litre)": the caption's unit, and the rate
            # beside it, are the cells'
            caption_unit, caption_rate, _ = header_rate(cell.caption)
            per = caption_rate if caption_unit is not None and caption_unit == fig.unit else None
        if told:  # "Growth per year (%)": percent per year; "| EUR92/MWh |": its own
            own = fig.rate if text.startswith("/", fig.end) else None
            if per is None and own is None and fig.unit in units().currency_codes:
                own = pack_priced(text, fig.start)  # "| 10 ml vial | 1,150 |": per vial
            fig.rate = rates[id(fig)] = per or own
        if cell.label is not None:
            _add_place(fig, doc, *cell.label, named=cell.places)
    return rates


# "Beds per ward", "Intake per week": what a column counts, and what it is given per; "Deaths
# per 1,000", "Cases per 100,000 population": a rate per a number of people
_PER = re.compile(rf"\s+per\s+(?:(?P<base>{RATE_BASE_NUMBER})(?:\s+(?P<of>[^\W\d_]+"
                  r"(?:\s+[^\W\d_]+)?))?|(?:average\s+|typical\s+)?(?P<one>[^\W\d_]*\$|[^\W\d_]+))"
                  r"\s*$", re.I)
_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)")


def _split_per(quantity: str) -> tuple[str, str | None]:
    """A header's quantity and the one thing it is given per ("Beds per ward" -> ("Beds",
    "ward"); "Deaths per 1,000" -> ("Deaths", "1,000 people"); "Rs per US$" -> ("Rs", "USD")),
    or the quantity alone."""
    m = _PER.search(quantity)
    if m is None or m.start() == 0:
        return quantity, None
    if m.group("base") is None:
        # "Rs per US$", "Rand per dollar": an exchange rate, per the second currency's code
        one = m.group("one")
        lex = units()
        code = lex.currency_symbols.get(one) or lex.code_written(one) or (
            lex.currency_words.get(one.lower()))
        return quantity[:m.start()], code or _singular(one)
    return quantity[:m.start()], population_base(m.group("base"), m.group("of"))


# the tags of a word that starts what a header says after its noun: a participle ("Travellers
# flown back"), an adverb or particle ("still stranded", "back"), a preposition ("in hospital"),
# an adjective ("Drivers absent")
_POST_TAGS = frozenset({"VBN", "VBD", "VBG", "RB", "RP", "IN", "TO", "JJ"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
RELATIVE_REACH = 4  # tokens after a header's relative pronoun its verb's object may stand at


def _relative_fate(doc: Doc, span: tuple[int, int], quantity: str, pronoun: str) -> str:
    """A header whose noun a relative clause follows ("Customers who lost supply"), written
    with its noun last: the words before the pronoun, after the class of what the clause says
    befell them (``fate_classes`` of ``store/data/quantities.toml``, as the sentence grammar
    reads "customers who lost power": "disconnected customers"), or alone when the clause names
    no class."""
    noun = quantity[:quantity.lower().index(f" {pronoun.lower()} ")].strip().lower()
    tokens = doc.char_span(*span, alignment_mode="expand")
    at = next((t.i for t in tokens or () if t.lower_ == pronoun.lower()), None)
    verb = next((t for t in doc[at + 1:tokens.end] if t.pos_ in ("VERB", "AUX")
                 and t.dep_ not in ("aux", "auxpass")), None) if tokens and at else None
    if verb is None:
        return noun
    table = quantity_classes().fate_classes
    lemma = verb.lemma_.lower()
    # its particle or object ("tied up", "lost supply"), else the verb alone
    said = [f"{lemma} {t.lemma_.lower()}" for t in doc[verb.i + 1:min(tokens.end,
                                                                      verb.i + RELATIVE_REACH)]
            if t.pos_ == "NOUN" or t.dep_ == "prt"]
    fate = next((table[words] for words in [*said, lemma] if words in table), None)
    return f"{fate} {noun}" if fate else noun


def _post_modifier(doc: Doc, span: tuple[int, int]) -> str | None:
    """The first word of a header cell that follows its noun and starts a modifier after it
    ("flown" in "Travellers flown back", "still" in "Travellers still stranded"), as the
    tagger reads it; None when every word is part of the noun phrase ("Lab-confirmed cases")."""
    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None:
        return None
    for prev, tok in pairwise(tokens):
        if (tok.tag_ in _POST_TAGS and prev.pos_ in ("NOUN", "PROPN") and prev.whitespace_
                and prev.is_alpha and not _before_its_noun(tok, tokens)):
            return tok.text
    return None


def _before_its_noun(tok: Token, cell: Span) -> bool:
    """ "Battery electric cars": an adjective the tagger hangs on a noun after it, in the same
    cell, modifies that noun; the word before it is the noun's modifier, not its head."""
    return tok.dep_ == "amod" and tok.i < tok.head.i < cell.end and tok.head.pos_ == "NOUN"


# a header's "seized", "flown", "stolen", and the irregular ones it names ("sold", "held")
_IRREGULAR = "|".join(re.escape(w) for w in
                      load_data("context.toml")["counted"].get("label_participles", ()))
PARTICIPLE = re.compile(rf"[^\W\d_]{{3,}}(?:ed|en)|(?i:{_IRREGULAR})")
TAIL_AFTER = 2  # words of where or how a label's participle may have after it


# "Waiting over 18 weeks", "Stays of more than 30 days": a bound on a time that says which of
# the counted things a column holds, not what its cells measure
_BOUNDS = frozenset({"over", "under", "above", "below", "within", "more", "less", "longer",
                     "shorter", "beyond"})


def _header_noun(words: list[str], cut: str | None = None) -> str:
    """The noun a header counts: its last word, unless that is a participle after the noun
    ("Boats seized", "Homes destroyed": boats, homes), or the word before ``cut``, where a
    modifier after the noun starts ("Travellers flown back", "Patients still in care"). A
    participle alone ("Killed", "Displaced") still names who is counted."""
    # a month's name is never what is counted ("Visitors 17 February": visitors): the date a
    # label ends with, and the word that led to it, are left out
    while len(words) > 1 and words[-1].lower() in MONTHS:
        words = words[:-1]
        if len(words) > 1 and words[-1].lower() in _DATE_LEADS:
            words = words[:-1]
    bound = next((k for k in range(1, len(words) - 1) if words[k].lower() in _BOUNDS
                  and words[-1].lower() in units().time_words), None)
    if bound is not None:  # "Waiting over 18 weeks": who waits, not the weeks of the bound
        words = words[:bound]
    if cut is not None and cut in words[1:]:
        noun = words[words.index(cut, 1) - 1]
        if noun.lower() not in PERSONS:  # "People killed": who, by what befell them
            return noun
    last = words[-1]
    if len(words) > 1 and PARTICIPLE.fullmatch(last) and not (
            last.lower() in units().count_classes and words[-2].lower() in PERSONS):
        return words[-2]
    # "Persons evacuated downstream", "Shops closed temporarily": a participle with a word or
    # two of where or how after it follows the noun, as it does at the end of a label
    for k in range(max(1, len(words) - 1 - TAIL_AFTER), len(words) - 1):
        if PARTICIPLE.fullmatch(words[k]) and not PARTICIPLE.fullmatch(words[k - 1]):
            return words[k - 1]
    return last


def _before_of(words: list[str]) -> list[str]:
    """A caption's words before its "of" ("Average price of kerosene": its noun is price)."""
    at = next((k for k, w in enumerate(words) if w.lower() == "of"), None)
    return words[:at] if at else words


def noun_last(quantity: str, head: str, modifier: str | None = None) -> str:
    """A header's quantity written as English writes what is counted, its noun last: one word
    after the noun that says which of them are counted (a participle, "Homes destroyed", or the
    adjective ``modifier`` the tagger found, "Drivers absent") goes before it ("destroyed
    homes", "absent drivers"); a longer modifier ("Travellers still waiting") stays after it,
    and so does the participle after "people", which says who they are ("people killed")."""
    words = quantity.split()
    lowered = [w.lower() for w in words]
    noun = head.lower()
    if noun not in lowered or noun in PERSONS:
        return quantity
    at = len(lowered) - 1 - lowered[::-1].index(noun)
    if at != len(words) - 2:
        return quantity
    last = lowered[-1]
    if not (PARTICIPLE.fullmatch(last) or last == (modifier or "").lower()):
        return quantity
    if at == 0 and noun == AREA:  # "Area burned" names the area as a verb took it
        return area_taken(last)
    return " ".join([words[-1], *words[:-1]])


def cell_at(text: str, offset: int) -> tuple[str, str] | None:
    """The column header and the row's first cell, as written, of the table cell at
    ``offset`` (the first cell's own label is empty), or None outside a table."""
    cell = _cell_of(text, offset)
    if cell is None:
        return None
    return cell.header, text[slice(*cell.label)] if cell.label else ""


def _cell_of(text: str, offset: int) -> Cell | None:
    """The header and row label of the table cell at ``offset``, or None outside a table."""
    start = row_start(text, offset)
    if start is None:
        return None  # the cheap test first: a paragraph of prose is never read whole per figure
    end = text.find("\n", offset)
    end = len(text) if end == -1 else end
    if not _ROW.match(text[start:end]):
        return None
    lines = _table_above(text, start)
    if len(lines) < 2 or not _RULE.match(lines[1][1]):
        return None  # a header row, then its rule: otherwise not a table this reads
    column = text.count("|", start, offset) - 1
    headers = _cells(lines[0][1])
    if not 0 <= column < len(headers) or (start, end) == lines[0][0]:
        return None
    first = text.find("|", start) + 1
    bar = text.find("|", first)
    label = (first, bar) if column > 0 and bar != -1 else None
    places = bool({_singular(w) for w in _WORD.findall(headers[0])}
                  & context_words().table_place_headers)
    whole = None
    if _PART_OF.match(headers[column]):  # "Of which by divers": part of the column before
        whole = next((h for h in reversed(headers[1:column]) if not _PART_OF.match(h)), None)
    header = _unit_in_brackets(headers[column])
    if column > 1 and _RATE_OF_BEFORE.match(header):
        # "| Excess deaths | Per 100,000 inhabitants |": the column before's quantity, as a rate
        header = f"{headers[column - 1].strip()} {header.strip()}"
    top = lines[0][0][0]
    return Cell(header, label, places, whole, _caption(text, top), top,
                _header_span(text, top, column))


def _unit_in_brackets(header: str) -> str:
    """A header that is nothing but a currency and its scale ("EUR m", "USD bn", "€m"), written
    as its brackets would write it ("(EUR m)"): such a column says only in what its cells are
    given, as a bracketed unit does, and the row label or caption says what they count."""
    words = header.split()
    if not words or len(words) > 2 or "(" in header:
        return header
    lex = units()
    found = _bracket_words(f"({header.strip()})")
    currency = [w for w, code in found if code is not None or w in lex.currency_symbols
                or lex.code_written(w) or w.lower() in lex.currency_words]
    # ("€m" is one word: the scale glued after the symbol, read with it)
    scales = [w for w, code in found if code is None and w.lower() in (
        lex.scale_words.keys() | lex.scale_suffixes.keys())]
    if len(currency) + len(scales) != len(found) or not currency:
        return header
    return f"({header.strip()})"


# a header that is only what the column before is given per ("Per 100,000 inhabitants", "Per
# 1,000 births")
_RATE_OF_BEFORE = re.compile(r"\s*per\s+\d", re.I)


def _header_span(text: str, top: int, column: int) -> tuple[int, int]:
    """The characters of the header row's ``column``-th cell (bars excluded)."""
    bar = text.find("|", top)
    for _ in range(column):
        bar = text.find("|", bar + 1)
    end = text.find("|", bar + 1)
    return bar + 1, end if end != -1 else bar + 1


CAPTION_LINES = 3  # a caption stands at most this many lines above its table's header row
CAPTION_WORDS = 16  # and is a heading, not a paragraph


def _caption(text: str, table_start: int) -> str | None:
    """The table's caption: the nearest non-empty line above its header row, when it is short
    (a heading, "## Deaths by region", or a label, "Spending by line (EUR m):"), with its
    Markdown marks taken off."""
    end = table_start
    for _ in range(CAPTION_LINES):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        end = start
        if not line:
            continue
        if _ROW.match(line) or len(line.split()) > CAPTION_WORDS:
            return None
        return line.strip("#*_: \t") or None
    return None


# the words a caption's quantity ends before: "Deaths with heat illness, by region" counts deaths
_CAPTION_CUT = re.compile(r"\s+(?:with|by|in|at|for|from|on|per|during|since|to|as|among)\s+"
                          r"|\s*[,:;(\u2013\u2014]|\s+-\s+", re.I)
_OF = re.compile(r"^(?:the\s+)?([^\W\d_]+)\s+of\s+(.+)$", re.I)


def _caption_quantity(caption: str) -> str:
    """What a caption says is counted: its words before the first preposition or comma
    ("Rescues with boats as the means, by coast" -> "Rescues"); "Number of ..." names the
    noun after it ("Number of arrivals by port" -> "arrivals")."""
    phrase = caption.strip()
    of = _OF.match(phrase)
    if of is not None and of.group(1).lower() in units().number_nouns:
        phrase = of.group(2)
    return _CAPTION_CUT.split(phrase, maxsplit=1)[0].strip()


def _names_nothing(named: str, *, row: bool, places: bool, doc: Doc,
                   label: tuple[int, int] | None) -> bool:
    """A header or row label that does not say what a cell counts: a total ("Total",
    "**All**"), or a row label that is a place (its column is one of places, or the tagger
    calls it one)."""
    words = [w.lower() for w in _WORD.findall(named)]
    if not words or all(w in units().number_nouns or w in _WHOLE_WORDS for w in words):
        return True
    if not row and (_names_a_version(named) or _names_a_versioned_act(named)):
        return True
    if not row or label is None:
        return False
    return places or tagged_place(doc, *label, PLACE_LABELS) or _names_a_time(named)


def _names_a_time(label: str) -> bool:
    """A row label that says when, not what ("March", "Sept", "Monday", "Winter 2031"): under
    columns that are years too, the cells count what the caption names, never a month."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", label)]
    return bool(words) and all(w in MONTHS or w in WEEKDAYS or w in SEASONS for w in words)


def _names_a_state(header: str, doc: Doc, span: tuple[int, int]) -> bool:
    """A header of one word that says what befell the things its cells count, or which answer
    they were cast for, not what they are: a participle ("Recovered", "Spoilt", "Cast") or a
    word the tagger reads as an interjection ("Yes", "No"). A participle that names a class of
    its own ("Killed": people) still says who is counted."""
    words = _WORD.findall(_BRACKETS.sub("", header))
    if len(words) != 1 or _stated_unit(header) is not None:
        return False
    word = words[0]
    if (units().count_classes.get(_singular(word)) or units().cased_measures.get(word)
            or _names_a_version(header)):  # "Revised": which count, read by its own rule
        return False
    if PARTICIPLE.fullmatch(word):
        return True
    tokens = doc.char_span(*span, alignment_mode="expand")
    return tokens is not None and any(t.tag_ == "UH" and t.text == word for t in tokens)


def _caption_noun(caption: str | None, state: str) -> str:
    """The caption's noun with the column's ``state`` after it ("Bodies Recovered" under
    "## Bodies recovered", "Loaves Sold" under "## Loaves returned") when that noun is a plural
    that counts, else nothing: a caption that names the table as a report ("Results by
    district", ``[tables] report_nouns``), a singular noun ("Result") or a stage of a count
    names no cell's noun."""
    if not caption:
        return ""
    quantity = _caption_quantity(caption)
    words = _WORD.findall(quantity)
    if not words or caption_names_nothing(quantity):
        return ""
    head = _header_noun(words)
    plural = head.lower() != _singular(head) or bool(units().count_classes.get(_singular(head)))
    if not plural or head.lower() in table_report_nouns() or PARTICIPLE.fullmatch(head):
        return ""
    return f"{head} {state.strip()}"


def _names_a_version(header: str) -> bool:
    """A header that says only which count its column is: its stage or status ("Preliminary",
    "Corrected", "Lab-confirmed", "Revised estimate, 16 March"), the act that made it ("2019
    census") or the date it holds from ("From 3 May", "Since 1 June"), not what is counted."""
    words = [w.lower() for w in _WORD.findall(_BRACKETS.sub("", header))]
    if len(words) > 1 and words[0] in _SINCE and all(w in MONTHS or w == "of" for w in words[1:]):
        return True
    if any(w in MONTHS for w in words):
        # "Revised estimate, 16 March", "Estimate as at 9 February": which count, and the day
        # it was made, is still only which count
        words = [w for w in words if w not in MONTHS and w not in _DATED_BY]
    return bool(words) and all(w in context_words().table_version_headers for w in words)


def _names_a_versioned_act(header: str) -> bool:
    """ "First notice, 10 March 2031", "Revised order", "Extended recall": a version and the one
    act or document that made the count, in the singular, say which count a column is and
    nothing of what it counts ("802,000 notice" is no count of notices); a plural ("Revised
    deaths"), a class ("New population") or a measure ("Final tonnes") still says what."""
    quantity = without_when(_CLAUSE_COMMA.split(_BRACKETS.sub("", header), maxsplit=1)[0])
    words = [w.lower() for w in _WORD.findall(quantity)]
    versions = context_words().table_version_headers
    if len(words) < 2 or not all(w in versions for w in words[:-1]):
        return False
    head, lex = words[-1], units()
    return (head not in versions and _singular(head) == head and not head.endswith("s")
            and not lex.count_classes.get(head) and head not in lex.number_nouns
            and not lex.cased_measures.get(head) and unit_named_by(head) is None)


def _dated_version(header: str) -> bool:
    """ "Estimate of 17 June 2029", "Revised estimate, 2 August 2029": a header that says which
    count its column is and when it was made, and nothing of what is counted; rows that state
    their unit say that, as under a header that is only a date."""
    words = [w.lower() for w in _WORD.findall(_BRACKETS.sub("", header))]
    versions = context_words().table_version_headers
    return (any(c.isdigit() for c in header) and any(w in versions for w in words)
            and all(w in versions or w in MONTHS or w in _DATED_BY for w in words))


def _states_a_unit(label: str) -> bool:
    """ "Bus fares (R/km)", "Textbooks (R million a year)": a row label that states its cells'
    unit names what they are, not where (a market, a region)."""
    return _stated_unit(label) is not None or header_rate(label)[0] is not None


# the words that join a version to its date ("Estimate of 4 March", "Count as at 1 July")
_DATED_BY = frozenset({"of", "as", "at", "on", "to", "for"})


# a column that holds from or until a date ("From 3 May", "Until 30 June", "As of 1 July")
_SINCE = frozenset({"from", "since", "until", "till", "as", "after", "before"})


# words that name the whole of the rows above ("Total", "All regions", "Overall")
_WHOLE_WORDS = frozenset({"all", "overall", "grand", "subtotal"})


# a column that counts a part of the one before it: "Of which by divers", "Of whom children",
# "Including foreign nationals"
_PART_OF = re.compile(r"\s*(?:of\s+which|of\s+whom|including|incl\.|among\s+them)\b", re.I)


_BRACKETS = re.compile(r"\([^)]*\)")
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z$])\$")  # "($/month)", not "(US$ m)" or "(C$)"


_BARE_DIGITS = re.compile(r"[\d,.\s\u2013\u2014-]+")


def _bracket_words(header: str) -> list[tuple[str, str | None]]:
    """The words in a header's brackets, each with the currency symbol glued before it, if
    any: "(€ bn)" -> [("€", None), ("bn", None)]; "(£m)" -> [("m", "GBP")]."""
    lex = units()
    found: list[tuple[str, str | None]] = []
    for inner in _BRACKETS.findall(header):
        for word in inner.strip("() ").split():
            code = None
            for symbol, sym_code in lex.currency_symbols.items():  # longest first
                if word.upper().startswith(symbol.upper()) and len(symbol) < len(word):
                    code, word = sym_code, word[len(symbol):]
                    break
            found.append((word, code))
    return found


def _share_points(header: str) -> str | None:
    """The unit of a difference of shares a header's brackets name ("Change (percentage
    points)", "(basis points)"): the units a group compares only as differences of shares."""
    for inner in _BRACKETS.findall(header):
        code = units().measures.get(inner.strip("() ").strip().lower())
        if code is not None and compared(code) is not None and converted(code) is None:
            return code
    return None


def _stated_unit(header: str) -> str | None:
    """The unit a header states: "%" or "percent" anywhere, or a measure or currency in
    brackets ("(km2)", "(EUR)", "(€ bn)", "(£m)", "(million euros)")."""
    lex = units()
    if points := _share_points(header):  # "(percentage points)" holds "percent" but is not it
        return points
    if "%" in header or any(w in header.lower() for w in lex.percent_words if len(w) > 3):
        return "percent"
    if scale := _reading_named(header):
        return scale
    for inner in _BRACKETS.findall(header):
        word = inner.strip("() ").strip()
        if code := lex.code_written(word) or signed_unit(word):  # "(R/MWh)", "(R billion)"
            return code
        if code := lex.hundredths.get(_hundredths_word(word)):  # "(pence per share)"
            return code
        if word.lower() in lex.measures:
            return lex.measures[word.lower()]
        if word in lex.header_measures:  # "Production (t)"
            return lex.header_measures[word]
        if word.lower() in lex.time_words and word.lower().endswith("s"):
            return word.lower()  # "Median wait (weeks)": a measure of time, in weeks
    for word, code in _bracket_words(header):
        if code is not None:
            return code
        if word in lex.currency_symbols:
            return lex.currency_symbols[word]
        if written := lex.code_written(word):
            return written
        if word.lower() in lex.currency_words:
            return lex.currency_words[word.lower()]
        if word.lower() in lex.measures and word.lower() not in lex.scale_suffixes:
            return lex.measures[word.lower()]
    return None


def _hundredths_word(inner: str) -> str:
    """The words of a header's brackets before its rate ("pence" of "pence per share", "us
    cents" of "US cents/kg"), in lower case: a currency's hundredths, if ``[currency.hundredths]``
    of ``store/data/units.toml`` names them."""
    return re.split(r"\s*/|\s+(?:per|a|an|each)\s", inner.lower(), maxsplit=1)[0].strip()


def _reading_named(header: str) -> str | None:
    """The scale a header is, outside its brackets, by one of its names ("AQI (revised)",
    "Magnitude"): its cells are readings on it, not counts of a noun."""
    named = _BRACKETS.sub(" ", header).strip().lower()
    return next((name for name, reading in units().readings.items()
                 if named in (w.lower() for w in reading.words)), None)


def _stated_scale(header: str) -> float:
    """The scale a header states in brackets ("(€ bn)", "(EUR m)", "(million tonnes)",
    "(£m)"): the cells are written in that many units."""
    lex = units()
    # "(thousands)", "(millions)": a scale written out in full is one alone, unlike "(m)"
    for inner in _BRACKETS.findall(header):
        word = inner.strip("() ").lower()
        if _hundredths_word(word) in lex.hundredths:
            return 0.01  # "(pence per share)", "(cents/kg)": hundredths of the currency
        if word.endswith("s") and word[:-1] in lex.scale_words and len(word) > 4:
            return lex.scale_words[word[:-1]]
    words = _bracket_words(header)
    if not any(code is not None or w in lex.currency_symbols or lex.code_written(w)
               or w.lower() in lex.currency_words or w.lower() in lex.measures
               for w, code in words) and not any(
            signed_unit(inner.strip("() ")) for inner in _BRACKETS.findall(header)):
        return 1.0  # "(m)" alone may be metres or a footnote: a scale needs a unit beside it
    for word, _ in words:
        scale = (lex.scale_words.get(word.lower()) or lex.scale_suffixes.get(word.lower())
                 or lex.scale_words.get(word.lower().removesuffix("s")))  # "(C$ millions)"
        if scale is not None:
            return scale
    return 1.0


# a label's time phrase at its end ("Deposits at 18 March", "Debt as of end-June 2026"): the
# preposition that starts it, and the words of a date's edge beside a month
# (and "for": "Tickets sold for 17 February" counts tickets of that day's event)
_WHEN_TAIL = re.compile(r"\s+(?:as\s+(?:at|of)|at|on|in|by|to|for)\s+(?=\S)", re.I)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# a bare date closing a label, no word before it ("Visitors 14 March", "Sales, March 2026")
_DATE_TAIL = re.compile(rf"(?<=\w)[,\s]+(?:\d{{1,2}}\s+)?(?:{_MONTH_NAMES})\.?(?:\s+\d{{1,2}})?"
                        rf"(?:,?\s+\d{{4}})?\s*$", re.I)
# a date after these is a span's edge, which says what changed ("Growth since 12 May")
_DATE_KEPT = frozenset({"since", "from", "until", "till", "before", "after", "between"})
_DATE_LEADS = frozenset({"at", "on", "in", "by", "to", "for", "of"})
_DATE_EDGES = frozenset({"end", "start", "mid", "early", "late", "beginning"})


# a label's adverb of time at its end ("Paid so far", "Claims to date"): until now, no word of
# what its cells count (Oxford Dictionary of English, 3rd ed.: "so far", "thus far", "to date",
# "as yet": up to this time)
_SO_FAR = re.compile(r"\s+(?:so\s+far|thus\s+far|to\s+date|as\s+yet)\s*$", re.I)


def without_when(quantity: str) -> str:
    """A header or row label without the date at its end that says when its cells hold
    ("Deposits at 18 March", "Staff on 1 July 2026": deposits, staff), or the adverb that says
    they hold until now ("Paid so far"), which is no word of what they count; "since 1 May" (a
    change's start) and a label that is all date stay."""
    quantity = _SO_FAR.sub("", quantity) or quantity
    for found in _WHEN_TAIL.finditer(quantity):
        rest = quantity[found.end():]
        if found.start() > 0 and (_names_when(rest, ignore=_DATE_EDGES) or (
                (end := _PERIOD_END.match(rest)) is not None and _a_period(end.group("period")))):
            return quantity[:found.start()]  # "Staff at end of year": staff
    # "Visitors 14 March": visitors (a day or a year with the month: "Patients who may" stays)
    tail = _DATE_TAIL.search(quantity)
    if tail is not None and tail.start() > 0 and any(c.isdigit() for c in tail.group()) \
            and quantity[:tail.start()].split()[-1].lower() not in _DATE_KEPT:
        return quantity[:tail.start()]
    return quantity


def _names_when(text: str, ignore: frozenset[str] = frozenset()) -> bool:
    """A header that is a date or a period ("3 Aug 2026", "2025", "Q1 2026", "H2"): digits and
    nothing else but month names and the letters of a quarter, half or fiscal year (and the
    words to ``ignore``, a date's edges: "end-June 2026"); or a period named by the date it
    ends on ("Week to June 11", "Year ending March 2031", "12 months to June 2030")."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in ignore]
    if any(c.isdigit() for c in text) and all(
            w.lower() in MONTHS or re.fullmatch(r"[qh]|fy", w.lower()) for w in words):
        return True
    ending = _PERIOD_ENDING.match(text)
    return ending is not None and _a_period(ending.group("period")) and _names_when(
        ending.group("date"))


# a period and the date it ends on, or the end of a period: when a column's cells or a label's
# quantity hold ("Week to June 11", "Year ended 31 March", "Members at end of year")
_PERIOD_ENDING = re.compile(r"^\s*(?:\d{1,2}\s+)?(?P<period>[A-Za-z]+)\s+"
                            r"(?:to|ending|ended|through)\s+(?P<date>\S.*?)\s*$", re.I)
_PERIOD_END = re.compile(r"^\s*(?:the\s+)?(?:end|start|beginning|close)\s+of\s+(?:the\s+)?"
                         r"(?:(?:financial|fiscal|calendar|school)\s+)?(?P<period>[A-Za-z]+)\s*$",
                         re.I)


def _a_period(word: str) -> bool:
    """A word that names a period of the calendar ("week", "months"; ``[rates] periods`` of
    ``store/data/context.toml``)."""
    word = word.lower()
    periods = context_words().rate_period_words - context_words().short_period_words
    return word in periods or (word.endswith("s") and word[:-1] in periods)


def _table_above(text: str, row_start: int) -> list[tuple[tuple[int, int], str]]:
    """The table's rows from its first down to the given row, as ((start, end), line)."""
    rows: list[tuple[tuple[int, int], str]] = []
    start = row_start
    while True:
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = text[start:end]
        if not _ROW.match(line) and not _RULE.match(line):
            break
        rows.append(((start, end), line))
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return rows[::-1]


def _head_unit(head: str) -> str:
    """The cells' unit a header's noun gives: a measure's symbol in the case the units file
    writes it ("TEU handled" counts TEU, not "teu"), else the class the noun counts in
    ("Demonstrators": people), else the noun itself, lowered."""
    lex = units()
    return (lex.cased_measures.get(head) or lex.count_classes.get(_singular(head))
            or head.lower())


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _add_place(fig: FoundFigure, doc: Doc, start: int, end: int, *, named: bool) -> None:
    """The row's first cell as the figure's place: when the tagger calls it a place, or when
    the column is one of places (the tagger reads a lone capitalised cell as anything); a row
    of sums ("Total") is none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return
    cell = text_of(doc)[start:end].strip()
    if cell.strip(" *_").lower() in context_words().table_sums:
        fig.where, fig.where_basis = [], None  # "| **Total** |": the rows' places summed
        return
    tagged = any(e.label_ in PLACE_LABELS and e.text.strip() == cell
                 for e in ents_in(doc, span.start, span.end, inside=True))
    if cell and (tagged or named) and _WORD.search(cell):
        fig.where = [cell]
        fig.where_basis = "phrase"


def cell_of(text: str, offset: int) -> Cell | None:
    """The header and row label of the table cell at ``offset``, or None outside a table (for
    the rules of what a cell counts that run after the tables are read)."""
    return _cell_of(text, offset)
