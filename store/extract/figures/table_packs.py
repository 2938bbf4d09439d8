"""What a price in a table row is given per when a column of the row names the pack it is for:
"| Medicine | Pack | Price (Rs) |" with "| Insulin | 10 ml vial | 1,150 |" is a price per vial,
"| Paracetamol | 200 tablets | 390 |" a price per pack. The pack's cell names its container
when it ends in one noun in the singular ("10 ml vial", "1 bottle", "strip of 10"); a count of
what the pack holds ("200 tablets") or a bare measure ("100 ml") leaves the header's own word
("pack"). The headers are ``[tables] pack_headers`` of ``store/data/context.toml``; only the
row's own line and the table's header row are read."""

from __future__ import annotations

import re

from store.knowledge.context import context_words
from store.knowledge.units import units

_WORD = re.compile(r"[^\W\d_]+")
SHORT = 2  # a word this short or shorter is no container ("of", "x", "ml")
ROWS_UP = 60  # the most rows above a cell searched for its table's header row


def pack_priced(text: str, offset: int) -> str | None:
    """The one the price in the table cell at ``offset`` is given per, by its row's pack
    column (the module's docstring); None where no column names a pack."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end == -1 else end
    header = _header_row(text, start)
    if header is None:
        return None
    headers, row = _cells(header), _cells(text[start:end])
    packs = context_words().table_pack_headers
    column = next((k for k, h in enumerate(headers) if h.lower() in packs), None)
    if column is None or column >= len(row) or column == text.count("|", start, offset) - 1:
        return None
    return _container(row[column]) or _singular(headers[column].split()[0].lower())


def _header_row(text: str, row_start: int) -> str | None:
    """The first line of the table the row at ``row_start`` is in (a header, then its rule)."""
    lines: list[str] = []
    start = row_start
    while start > 0 and len(lines) < ROWS_UP:
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev:start - 1]
        if not line.lstrip().startswith("|"):
            break
        lines.append(line)
        start = prev
    if len(lines) < 2 or not set(lines[-2].strip()) <= set("|-: "):
        return None
    return lines[-1]


def _container(cell: str) -> str | None:
    """The noun in the singular a pack's cell ends in, when no word of it is a plural."""
    lex = units()
    words = [w.lower() for w in _WORD.findall(cell)]
    if any(len(w) > SHORT + 1 and w.endswith("s") and not w.endswith("ss") for w in words):
        return None  # "200 tablets": a count of what the pack holds
    nouns = [w for w in words if len(w) > SHORT and w not in lex.measures]
    return nouns[-1] if nouns else None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]
