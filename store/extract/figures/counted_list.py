"""What a figure in a dated list counts. A list of one quantity over time is often written as
lines of a date, a colon and a figure under a caption ("Recalls in Quessaria, 2022-2026
(vehicles, NTSA)" over "2022: 1.1 million", "2023: 1.3 million"): each line's label says when,
not what, and the caption above the run of lines says what every line counts, as a table's
caption does (``tables``), with the unit a count is in first in its brackets ("vehicles"). Only
the lines right under the caption are read, back to a blank line or a line of prose."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import text_of
from store.extract.figures.tables import (
    _caption_quantity,
    _header_noun,
    _names_when,
    _singular,
    _stated_unit,
)
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

# "2022: ", "- March 2026: ", "Q1 2027: ": a line's label, as written before its figure
_ITEM = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?([^\n:]{1,30}):[ \t]*")
# a whole item line: its label, then one figure and nothing but its scale or a note in brackets
_ITEM_LINE = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?[^\n:]{1,30}:[ \t]*[^\s:]{0,3}\d[\d.,]*"
                        r"(?:[ \t]*[^\W\d_]{1,12})?(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*\.?")
ITEMS_UP = 12  # item lines a caption may stand above the figure's
CAPTION_WORDS = 16  # a caption is a heading, not a paragraph
_WORDS = re.compile(r"[^\W\d_]{2,}")
_BRACKET = re.compile(r"\(([^()]*)\)")


def name_from_list_caption(fig: FoundFigure, span: Span) -> bool:
    """Give a figure on a dated list line the caption's quantity (and a count its unit);
    whether it did."""
    text = text_of(span.doc)
    start = text.rfind("\n", 0, fig.start) + 1
    item = _ITEM.match(text, start)
    if item is None or item.end() != fig.start or not _names_when(item.group(1)):
        return False
    end = text.find("\n", fig.end)
    end = len(text) if end == -1 else end
    if not _ITEM_LINE.fullmatch(text, start, end):
        return False  # words of its own after the figure: a sentence, not a list line
    caption = _caption_above(text, start)
    if caption is None:
        return False
    quantity = _caption_quantity(caption)
    words = _WORDS.findall(quantity)
    if not words or _names_when(quantity) or not _names_a_quantity(_header_noun(words), caption):
        return False
    fig.counted = quantity.lower()
    fig.counted_head = _singular(_header_noun(words))
    if fig.unit == "count":
        fig.unit = _stated_unit(caption) or _counted_in(caption) or fig.unit
    fig.inherited = True
    return True


def _names_a_quantity(head: str, caption: str) -> bool:
    """A caption's last word names what is counted: a plural ("Recalls", "Arrivals") or a noun
    whose unit the brackets state ("Grain stored (tonnes)"); not a number noun ("Key figures"),
    nor a word of time ("Timeline", "Key dates"), which head a list of anything."""
    lex = units()
    word = _singular(head)
    if word in lex.number_nouns or head.lower() in lex.number_nouns or (
            word in lex.time_words or head.lower() in lex.time_words):
        return False
    return head.lower().endswith("s") or _BRACKET.search(caption) is not None


def _caption_above(text: str, start: int) -> str | None:
    """The line right above the run of dated item lines that holds ``start``, when it is a
    short heading (no full stop at its end), else None."""
    for _ in range(ITEMS_UP):
        if start == 0:
            return None
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start].strip()
        start = above
        if not line:
            return None
        item = _ITEM.match(line)
        if item is not None and _names_when(item.group(1)) and _ITEM_LINE.fullmatch(line):
            continue  # another line of the list
        if len(line.split()) > CAPTION_WORDS or line.endswith((".", ":", ";", ",")):
            return None
        return line.strip("#*_ \t") or None
    return None


def _counted_in(caption: str) -> str | None:
    """The plural noun first in the caption's brackets ("(vehicles, NTSA)"), which a count's
    lines are in; not a scale ("(millions)") nor a name."""
    inner = _BRACKET.search(caption)
    if inner is None:
        return None
    first = re.split(r"[,;]", inner.group(1), maxsplit=1)[0].strip()
    lex = units()
    if not re.fullmatch(r"[a-z]{3,}s", first) or first in lex.scale_words or (
            first.removesuffix("s") in lex.scale_words):
        return None
    return first
