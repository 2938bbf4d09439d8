"""The cheap first test of every rule that reads a table cell: whether the line holding a
figure is a table's row at all. Each figure of an article asks it, and prose must never be
read further."""

from __future__ import annotations

COLUMN_RULE = "|"  # a Markdown or plain-text table's cell boundary
LEAD = 16  # characters at the start of a line the first column rule may stand within


def row_start(text: str, offset: int) -> int | None:
    """Where the line holding ``offset`` starts, when it opens with a column rule ("| Velm |
    9,400 | ..."); None for a line of prose or a caption with bars in it."""
    start = text.rfind("\n", 0, offset) + 1
    return start if text[start:start + LEAD].lstrip().startswith(COLUMN_RULE) else None
