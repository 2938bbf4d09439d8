"""An article's text as the reader draws it: made safe, marked, and wrapped to a width.

Pure functions and data, no widgets, so the wrapping and the offset arithmetic are tested on their
own. Two coordinate systems meet here: *raw* offsets index the stored text (what figures and
mentions point into) and *display* offsets index the drawn text, which has one glyph inserted after
each figure with a verdict (``✗``, ``↻``, ``✓``), so a verdict reads without colour.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rich.cells import cell_len

from store.sanitize import visible

_TOKEN = re.compile(r"\S+\s*")


@dataclass(frozen=True, slots=True)
class Mark:
    """A styled stretch of display text: a figure, a mention, a search hit."""

    start: int
    end: int
    style: str  # component class suffix, e.g. "contradiction", "person"
    key: str = ""  # figure id or mention index, to find what sits under the cursor


class ArticleLayout:
    """The display text of one article with its marks, and its lines at the last width asked."""

    def __init__(self, raw: str, glyphs: list[tuple[int, str]]) -> None:
        """``glyphs``: (raw offset, glyph) pairs, each glyph drawn before the raw character at that
        offset (that is, right after the figure that ends there)."""
        safe = visible(raw).replace("\t", " ")
        glyphs = sorted(g for g in glyphs if g[1])
        pieces: list[str] = []
        last = 0
        for offset, mark in glyphs:
            pieces.append(safe[last:offset])
            pieces.append(mark)
            last = offset
        pieces.append(safe[last:])
        self.text = "".join(pieces)
        self.raw_length = len(raw)
        self._inserted_raw = [offset for offset, _ in glyphs]
        self._inserted_display = [offset + i for i, (offset, _) in enumerate(glyphs)]
        self.lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self.width = 0

    def to_display(self, raw: int) -> int:
        """Where a raw offset is drawn; an end offset includes the glyph that follows it."""
        return raw + bisect.bisect_right(self._inserted_raw, raw)

    def to_raw(self, display: int) -> int:
        return display - bisect.bisect_left(self._inserted_display, display)

    def wrap(self, width: int) -> list[tuple[int, int]]:
        """Lines as (start, end) display offsets, words kept whole unless longer than a line."""
        width = max(width, 8)
        if width == self.width and self.lines:
            return self.lines
        self.width = width
        lines = wrap_text(self.text, width)
        # blank lines at the top are not drawn: a Markdown file's front matter is stored blanked
        # (metadata, never text), and the article starts at its first words
        first = next((i for i, (start, end) in enumerate(lines)
                      if self.text[start:end].strip()), 0)
        self.lines = lines[first:] or lines
        self._line_starts = [start for start, _ in self.lines]
        return self.lines

    def line_of(self, display: int) -> int:
        """The index of the line that holds a display offset."""
        return max(0, bisect.bisect_right(self._line_starts, display) - 1)


def wrap_text(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap by terminal cells, one or more lines per paragraph (blank lines kept)."""
    lines: list[tuple[int, int]] = []
    position = 0
    for paragraph in text.split("\n"):
        start, end = position, position + len(paragraph)
        position = end + 1
        if not paragraph.strip():
            lines.append((start, start))
            continue
        line_start = start
        used = 0  # cells from line_start to the current token
        for match in _TOKEN.finditer(paragraph):
            word = match.group()
            core = word.rstrip()
            token_start = start + match.start()
            if line_start == start and used == 0:
                used = cell_len(paragraph[: match.start()])
            need = used + cell_len(core)
            if need > width and token_start > line_start:
                lines.append((line_start, token_start))
                line_start, used = token_start, 0
                need = cell_len(core)
            while need > width:  # a word longer than the line: cut it by cells
                cut = _fit(text, line_start, width)
                lines.append((line_start, cut))
                # what is left of the word, from the cells just cut off (measuring the rest
                # again for every line made a 1 MB word freeze the reader)
                need -= cell_len(text[line_start:cut])
                line_start, used = cut, 0
            used = need + cell_len(word[len(core):])
        lines.append((line_start, end))
    return lines


def _fit(text: str, start: int, cells: int) -> int:
    """The offset after as many characters from ``start`` as fit in ``cells`` (at least one)."""
    piece = text[start:start + cells]
    if piece.isascii() and piece.isprintable():  # one cell each: the usual case, found at once
        return start + len(piece)
    end, used = start, 0
    while end < len(text):
        w = cell_len(text[end])
        if used + w > cells and end > start:
            break
        used += w
        end += 1
    return end


class MarkIndex:
    """Marks sorted by start, with a query for those that overlap a stretch of display text."""

    def __init__(self, marks: list[Mark]) -> None:
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.marks]
        self._longest = max((m.end - m.start for m in self.marks), default=0)

    def overlapping(self, start: int, end: int) -> list[Mark]:
        i = bisect.bisect_left(self._starts, start - self._longest)
        found = []
        while i < len(self.marks) and self.marks[i].start < end:
            mark = self.marks[i]
            if mark.end > start:
                found.append(mark)
            i += 1
        return found

    def at(self, display: int) -> list[Mark]:
        return self.overlapping(display, display + 1)
