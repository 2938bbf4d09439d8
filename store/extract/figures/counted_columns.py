"""What a figure in a plain-text table counts. Wire copy and saved pages often set a table in
columns of text aligned with spaces, not bars::

    Type              Aircraft   Leased   Owned
    Airbus A320             12       12       0

A cell there counts what its column's header names ("aircraft"); a header that is a participle
("Leased", "Owned") names the things of the first column of figures by what they are, so its
cells count "leased aircraft" (noun last, as English writes one such word), in that column's
unit. A line is a row only when two or more
spaces part three or more cells, and a header row of words with as many cells stands at the top
of the block of such rows (no blank line between): prose never looks like that."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import text_of
from store.extract.figures.tables import PARTICIPLE, _singular
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

_CELL = re.compile(r"\S+(?: \S+)*")  # a cell: words parted by single spaces
_GAP = re.compile(r" {2,}|\t")
MIN_CELLS = 3
ROWS_UP = 30  # rows a header may stand above the figure's
_HEADER_WORD = re.compile(r"[^\W\d_][^\W\d_'-]*")


def name_from_column(fig: FoundFigure, span: Span) -> bool:
    """Give a figure in a plain-text table its column header's noun; whether it did."""
    text = text_of(span.doc)
    start = text.rfind("\n", 0, fig.start) + 1
    if "  " not in text[start:fig.start] and "\t" not in text[start:fig.start]:
        return False  # the cheap test first: a cell after the first stands after a gap
    end = text.find("\n", fig.end)
    end = len(text) if end == -1 else end
    cells = _cells(text, start, end)
    column = next((k for k, (a, b) in enumerate(cells) if (a, b) == (fig.start, fig.end)), None)
    if column is None or column == 0 or len(cells) < MIN_CELLS:
        return False
    header = _header_above(text, start, len(cells))
    if header is None or not _HEADER_WORD.fullmatch(header[column].replace(" ", "")):
        return False
    named = header[column].lower()
    first = next((h.lower() for h in header[1:] if not PARTICIPLE.fullmatch(h.lower())), None)
    noun = named
    if PARTICIPLE.fullmatch(named) and " " not in named:
        if first is None:
            return False
        noun, named = first, f"{named} {first}"  # "Leased": leased aircraft, noun last
    fig.counted = named
    fig.counted_head = _singular(noun.split()[-1])
    if fig.unit == "count":
        fig.unit = units().count_classes.get(fig.counted_head, noun.split()[-1])
    fig.inherited = True
    return True


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a line, as (start, end) characters: stretches parted by two spaces or more."""
    cells: list[tuple[int, int]] = []
    pos = start
    for gap in _GAP.finditer(text, start, end):
        if gap.start() > pos:
            cells.append((pos, gap.start()))
        pos = gap.end()
    if end > pos:
        cells.append((pos, end))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) +
             len(text[a:b].rstrip())) for a, b in cells if text[a:b].strip()]


def _header_above(text: str, start: int, width: int) -> list[str] | None:
    """The header row of the block of rows of ``width`` cells that holds the line at
    ``start``: its top line, when every cell of it is words."""
    top = None
    for _ in range(ROWS_UP):
        if start == 0:
            break
        above = text.rfind("\n", 0, start - 1) + 1
        cells = _cells(text, above, start - 1)
        if len(cells) != width:
            break
        top = [text[a:b] for a, b in cells]
        start = above
        if not any(c.isdigit() for c in "".join(top)):
            return top
    return None
