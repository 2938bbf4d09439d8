"""Markdown emphasis read as the words it wraps.

Articles saved as Markdown (and plain text pasted from it) bold their key figures: "had
**1,482,390** residents", "- **Provision:** Summitvale raised its provision". The asterisks glue
to the number and to the words around it, so the tokenizer reads "**1,482,390**" as one odd token
and the figure loses the noun it counts. The parser is handed the text with each emphasis marker
replaced by as many spaces: every offset still points into the article as stored and shown.

A marker counts only as Markdown does: a run of one to three ``*`` or ``_`` that opens before a
non-space character and closes, on the same line, after one, and is not inside a word (so
``snake_case`` and "5*3" stay as they are).
"""

from __future__ import annotations

import re

_EMPHASIS = re.compile(
    r"(?<![\w*_])(?P<mark>\*{1,3}|_{1,3})(?=[^\s*_])(?P<body>[^\n]*?[^\s*_])(?P=mark)(?![\w*_])"
)


def unmarked(text: str) -> str:
    """``text`` with its emphasis markers blanked, same length."""
    if "*" not in text and "_" not in text:
        return text

    def blank(match: re.Match[str]) -> str:
        mark = " " * len(match.group("mark"))
        return mark + match.group("body") + mark

    return _EMPHASIS.sub(blank, text)
