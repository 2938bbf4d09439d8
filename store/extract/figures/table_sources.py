"""Whose figure a table cell is, when the table says it in a column of its own.

A table that gathers figures of several bodies often gives each row its author in a last
column ("| Item | Figure | Source |", "| Deaths | 11 | Fire brigade |"). The sentence grammar
reads a row as words and takes the name in that cell for the owner of what is counted (a
ministry's passengers, an audit office's cost), which splits the figure from the same quantity
said in prose and leaves it with no origin. Here the name under a source header is the cell's
source and origin (annotation guide: the origin is the body that produced the number), and no
owner of the quantity.
"""

from __future__ import annotations

import re

from store.extract.figures.found import FoundFigure
from store.extract.figures.origin import SOURCE
from store.extract.figures.table_rows import row_start
from store.extract.figures.tables import _ROW, _RULE, _table_above
from store.knowledge.context import table_source_headers
from store.knowledge.descriptions import descriptions

_MARKUP = re.compile(r"[*_`]+")
_LETTER = re.compile(r"[^\W\d_]")
MAX_NAME_WORDS = 8  # a source cell names a body or a document, not a paragraph


def _cells(line: str) -> list[str]:
    return [_MARKUP.sub("", c).strip() for c in line.strip().strip("|").split("|")]


def source_cell(text: str, offset: int) -> str | None:
    """The name in the source column of the table row holding ``offset``, when the row has
    one and the figure is not in it; None otherwise."""
    start = row_start(text, offset)
    if start is None:
        return None  # the cheap test first: prose is never read per figure
    end = text.find("\n", offset)
    line = text[start:len(text) if end == -1 else end]
    if not _ROW.match(line):
        return None
    lines = _table_above(text, start)
    if len(lines) < 2 or not _RULE.match(lines[1][1]):
        return None  # a header row, then its rule: otherwise not a table this reads
    headers = [h.lower() for h in _cells(lines[0][1])]
    cells = _cells(line)
    column = text.count("|", start, offset) - 1
    sources = [i for i, h in enumerate(headers) if h in table_source_headers()]
    if len(sources) != 1 or len(cells) != len(headers) or sources[0] == column:
        return None
    name = cells[sources[0]].strip(" .;")
    if not _LETTER.search(name) or len(name.split()) > MAX_NAME_WORDS:
        return None
    if sources[0] == 0 and not _names_a_body(name):
        return None  # the first column labels the row ("| Source | 2024 |": "Coal"), no author
    return name


def _names_a_body(name: str) -> bool:
    """Whether a row label names a body ("Environment Agency", "Association of Velm Bakers"):
    its head word, the last before any "of", is one of the curated head words of bodies' names
    (store/data/descriptions.toml); a table of estimates by source, not of energy or money by
    source ("Coal", "State grant")."""
    words = re.split(r"\s+of\s+", name, maxsplit=1)[0].split()
    return bool(words) and any("ORG" in rule.types
                               for rule in descriptions().rules_for(words[-1].lower()))


def name_the_table_source(fig: FoundFigure, text: str) -> None:
    """Make the row's source cell the figure's source and origin, and no owner of it."""
    name = source_cell(text, fig.start)
    if name is None:
        return
    if fig.group is not None and fig.group in name:
        fig.group = None  # "| 15,800 | Audit office |": the office counted, it owns nothing
    fig.source, fig.source_basis = name, "according_to"
    fig.origin, fig.origin_kind, fig.origin_basis = name, None, SOURCE
