"""What a table cell counts when its own header and row label name no quantity.

A table's column header usually says what its cells count ("Evacuees"), and a table whose
columns are dates names its quantities in the rows. But a header can name only a sum of the
others ("Total"), or a place ("| | Norway | Chile |": the rows then say what is counted), and a
row label can be a place or a sum as well ("| Lowlands | 12 | 30 |", "| **Total** | 88 |").
Then what the cells count is said once, in the caption or heading right above the table
("## Arrests by district, 2025"; "Table 2. Claims paid (EUR m):"), and the place is the figure's
where, not what it counts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.counted_caption import caption_names_nothing
from store.extract.figures.parse import ents_in, text_of
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACE_LABELS = frozenset({"GPE", "LOC"})
WHEN = frozenset({"DATE"})
NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON"})
_WORD = re.compile(r"[^\W\d_]{2,}")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# a caption is a heading, a line in bold, or a line that ends in a colon
_HEADING = re.compile(r"^\s*(?:#{1,6}\s+(?P<h>.+?)|\*\*(?P<b>[^*]+)\*\*|(?P<c>[^|]+?):)\s*$")
# a caption says first what is counted, then how it is broken down or when ("by region", "in
# 2025", "per ward"): the words before the first such preposition (a number noun's "of" is read
# through: "Number of arrests by district" counts arrests)
_CUT = re.compile(r"\s+(?:by|with|in|for|per|at|from|on|as|during|since|to|across|among)\s+"
                  r"|\s*[,;:.\u2013\u2014]\s+|\s+-\s+", re.I)
_OF = re.compile(r"^\s*(?:the\s+)?[^\W\d_]+\s+of\s+(?P<rest>.+)$", re.I)
CAPTION_REACH = 3  # lines above a table a caption may stand (blank lines between)


def names_no_quantity(words: list[str], doc: Doc, start: int, end: int) -> bool:
    """A header or row label that names only a sum ("Total", "All"), only that its cells are
    figures ("| Item | Figure |", "| | Number |") or a place (a place the tagger marks,
    "Norway"): what the cells count is said elsewhere."""
    if not words:
        return True
    if " ".join(words).lower() in context_words().table_sums:
        return True
    if all(w.lower() in units().number_nouns for w in words):
        return True
    return tagged_place(doc, start, end, PLACE_LABELS)


def names_only(doc: Doc, start: int, end: int) -> bool:
    """A row label made of names alone, each word in a name the tagger marks ("Northgate Mills
    Ltd", "Oslo - Bergen"): it says which thing a row is about, not what its cells count, which
    a caption says when there is one. A word alone is left as it is: the tagger also marks a
    common noun capitalised at the start of a cell ("Security", "Cod") as a name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if t.is_alpha] if span is not None else []
    return len(words) > 1 and all(t.ent_type_ in NAME_LABELS for t in words)


def tagged_place(doc: Doc, start: int, end: int, labels: frozenset[str]) -> bool:
    """The tagger calls the cell between ``start`` and ``end`` (its Markdown marks aside) one
    entity of ``labels``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    cell = text_of(doc)[start:end].strip(" *_")
    return any(e.label_ in labels and e.text.strip(" *_") == cell
               for e in ents_in(doc, span.start, span.end, inside=True))


def what_the_cell_counts(doc: Doc, offset: int, top: int, named: str, row: bool,
                         label: tuple[int, int] | None, places: bool) -> tuple[str, bool]:
    """What the cell at ``offset`` counts, as (words, whether a row label says it), given what
    its header or row label says (``named``, ``row``): the row label when the header names a sum
    or a place, else the caption above the table, whose header row starts at ``top``.
    ``places``: the first column's header says its labels are places ("Region", "City")."""
    text = text_of(doc)
    row_start = text.rfind("\n", 0, offset) + 1
    if row:  # the row label says what is counted, unless it is a sum or a place
        assert label is not None
        caption = caption_of(text, top)
        if not places and not names_no_quantity(_WORD.findall(named), doc, *label):
            if not names_only(doc, *label):
                return named, row
            # "| Northgate | 31.40 |" under "| Mill | Week to 9 March |": which mill, not what
            # its cells count; the caption says that, and with no caption nothing does
            return (caption, False) if caption and not caption_names_nothing(caption) else (
                "", False)
        return (caption, False) if caption else (named, row)
    column = text.count("|", row_start, offset) - 1
    header = _cell_span(text, top, column)
    # "| Item | Amount (EUR million) |": the unit in brackets says how the cells are given, not
    # what they are; a header that is a number noun and its unit names no quantity
    if header is None or not names_no_quantity(_WORD.findall(_BRACKETS.sub(" ", named)), doc,
                                               *header):
        return named, row
    if label is not None and not places:
        words = _WORD.findall(text[label[0]:label[1]])
        # a row label that is a day says when the row holds ("| 4 March | 9 | 21 |" under
        # "Cumulative"), not what it counts
        if not names_no_quantity(words, doc, *label) and not tagged_place(doc, *label, WHEN):
            return text[label[0]:label[1]].strip(" *_"), True
    return caption_of(text, top) or named, False


def _cell_span(text: str, line_start: int, column: int) -> tuple[int, int] | None:
    """The characters of a row's cell ``column`` (counted from 0 after the first bar)."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end == -1 else line_end
    bars = [i for i in range(line_start, line_end) if text[i] == "|"]
    if not 0 <= column < len(bars) - 1:
        return None
    return bars[column] + 1, bars[column + 1]


def caption_of(text: str, top: int) -> str | None:
    """The quantity the caption right above the table starting at ``top`` names ("deaths" of
    "## Deaths in care homes, by county"), or None when there is no caption."""
    line_end, seen = top, 0
    while line_end > 0 and seen < CAPTION_REACH:
        start = text.rfind("\n", 0, line_end - 1) + 1
        line = text[start:line_end].strip()
        line_end, seen = start, seen + 1
        if not line:
            continue
        found = _HEADING.match(line)
        if found is None:
            return None
        return _quantity(next(g for g in found.groups() if g))
    return None


def _quantity(caption: str) -> str | None:
    """The words of a caption that say what is counted: before its breakdown, period or unit;
    the unit it states in brackets is kept ("Budget by line (C$ millions)" -> "budget (C$
    millions)"), for the cells are in it."""
    unit = " ".join(_BRACKETS.findall(caption))
    caption = _BRACKETS.sub(" ", caption).strip(" *_")
    caption = re.sub(r"^(?:table|figure|chart)\s*\d*[.:]?\s*", "", caption, flags=re.I)
    of = _OF.match(caption)
    if of is not None and caption.split()[0].lower() in context_words().number_nouns:
        caption = of.group("rest")
    part = _CUT.split(caption, maxsplit=1)[0].strip()
    words = _WORD.findall(part)
    if not words or len(words) > 5 or caption_names_nothing(part):
        return None  # ("Consolidated rates by state": which count, not what it counts)
    return f"{' '.join(words).lower()} {unit}".strip()


_HEAD_OF = re.compile(r"^\s*(?P<head>[^\W\d_]+)\s+of\s+(?P<rest>.+?)\s*$", re.I)


def header_quantity(quantity: str) -> str:
    """A header "X of Y" counts its head X ("Share of total": a share; the "of" phrase is the
    base), unless X is a number noun, which hands on its "of" phrase ("Number of beds": beds)."""
    found = _HEAD_OF.match(quantity)
    if found is None:
        return quantity
    if found.group("head").lower() in context_words().number_nouns:
        return found.group("rest")
    return found.group("head")
