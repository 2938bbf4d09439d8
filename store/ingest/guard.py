"""Bounded work per article, whatever the text: what of an article is handed to spaCy, in pieces
of bounded size, and which limit cut the rest.

Measured on spaCy 3.8's small English pipeline (``bench/adversarial.py``): its tokenizer is
quadratic in the length of a run without spaces that it splits at both ends (8,000 nested
brackets: 22 s), the parser holds about 3.7 MB per 1,000 characters of the texts in a batch, and
the figure rules look around each number in its sentence. So, before any parse:

* a token (a run without whitespace) longer than ``MAX_TOKEN`` characters, a data URI say, is left
  out; figures and names are never that long;
* a paragraph with more than ``MAX_NUMBERS`` numbers or ``MAX_BRACKETS`` brackets is left out (a
  table dump or a bracket bomb, not prose); a line longer than ``PARAGRAPH`` characters counts as
  several paragraphs;
* at most ``MAX_CHARS`` characters are read (spaCy's own default ``max_length``), the first ones,
  in chunks of at most ``CHUNK`` characters cut at paragraph ends, sentence ends or spaces.

The article's text is stored whole and the reader shows it whole; what was left out has no
figures or names, and the article carries a line saying which limit it hit. An article within
every limit is one chunk, its whole text: it is read exactly as before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

MAX_TOKEN = 300
MAX_NUMBERS = 500
MAX_BRACKETS = 500
MAX_CHARS = 1_000_000
CHUNK = 50_000
PARAGRAPH = 5_000  # a longer line is counted against the limits in stretches of this
MAX_GAP = 2_000  # a longer stretch left out ends a chunk rather than being parsed as blanks

_LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN + 1},}}")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_BRACKETS = "()[]{}<>"
_CUT_AT = re.compile(r"[.!?][\"'’”)\]]*\s+|\n")
_BLANK = re.compile(r"[^\n]")


@dataclass(frozen=True)
class Chunk:
    """A stretch of the article handed to spaCy: it starts at ``offset`` in the article's text,
    and ``text`` has the article's characters there, with what a limit left out blanked (spaces,
    newlines kept), so every offset into it is an offset into the article plus ``offset``."""

    offset: int
    text: str


@dataclass(frozen=True)
class Bounded:
    chunks: tuple[Chunk, ...]
    limits: tuple[str, ...]  # one line per limit the article hit


def bound(text: str) -> Bounded:
    """The chunks of ``text`` to parse and the limits it hit."""
    pieces, left_out = _pieces(text)
    limits = [f"left out: {what} ({count:,})" for what, count in left_out.items() if count]
    total = sum(end - start for start, end in pieces)
    if total > MAX_CHARS:
        pieces = _first(text, pieces, MAX_CHARS)
        read = sum(end - start for start, end in pieces)
        limits.insert(0, f"read the first {read:,} of {total:,} characters "
                         f"(limit {MAX_CHARS:,})")
    if not limits and len(text) <= CHUNK:
        return Bounded((Chunk(0, text),), ())
    return Bounded(tuple(_chunks(text, pieces)), tuple(limits))


def _pieces(text: str) -> tuple[list[tuple[int, int]], dict[str, int]]:
    """The stretches of ``text`` within the per-token and per-paragraph limits, and how many
    tokens and paragraphs each limit left out."""
    long = [(m.start(), m.end()) for m in _LONG_TOKEN.finditer(text)]
    long_starts = [start for start, _ in long]
    numbers = f"paragraphs with more than {MAX_NUMBERS} numbers"
    brackets = f"paragraphs with more than {MAX_BRACKETS} brackets"
    cut: dict[str, set[int]] = {numbers: set(), brackets: set()}
    pieces: list[tuple[int, int]] = []
    for line, start, end in _paragraphs(text):
        kept = _without(start, end, long, long_starts)
        if _more_than((m for a, b in kept for m in _NUMBER.finditer(text, a, b)), MAX_NUMBERS):
            cut[numbers].add(line)
        elif sum(text.count(c, a, b) for a, b in kept for c in _BRACKETS) > MAX_BRACKETS:
            cut[brackets].add(line)
        else:
            pieces.extend(kept)
    left_out = {f"tokens longer than {MAX_TOKEN} characters": len(long)}
    left_out.update((what, len(lines)) for what, lines in cut.items())
    return pieces, left_out


def _without(start: int, end: int, long: list[tuple[int, int]],
             long_starts: list[int]) -> list[tuple[int, int]]:
    """The stretch start-end with the long tokens in it taken out."""
    kept = []
    i = max(0, bisect.bisect_right(long_starts, start) - 1)
    at = start
    while i < len(long) and long[i][0] < end:
        token_start, token_end = long[i]
        if token_end > at:
            if token_start > at:
                kept.append((at, token_start))
            at = max(at, token_end)
        i += 1
    if end > at:
        kept.append((at, end))
    return kept


def _paragraphs(text: str) -> Iterator[tuple[int, int, int]]:
    """Paragraphs as (line number, start, end), a line longer than ``PARAGRAPH`` characters (a
    page saved without line breaks) cut at sentence ends into stretches of at most that: the
    limits are densities, and a whole article on one line is no table dump."""
    position = 0
    for number, line in enumerate(text.split("\n")):
        start, end = position, position + len(line)
        position = end + 1
        if not line.strip():
            continue
        while end - start > PARAGRAPH:
            cut = _cut_before(text, start, start + PARAGRAPH)
            yield number, start, cut
            start = cut
        yield number, start, end


def _first(text: str, pieces: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """The pieces up to ``limit`` characters, the last one cut at a sentence end."""
    kept, read = [], 0
    for start, end in pieces:
        if read + end - start > limit:
            cut = _cut_before(text, start, start + limit - read)
            if cut > start:
                kept.append((start, cut))
            break
        kept.append((start, end))
        read += end - start
    return kept


def _more_than(matches: Iterator[object], limit: int) -> bool:
    """Whether an iterator yields more than ``limit`` items, without counting them all."""
    return any(n > limit for n, _ in enumerate(matches, 1))


def _chunks(text: str, pieces: list[tuple[int, int]]) -> list[Chunk]:
    """Pieces joined into chunks of at most ``CHUNK`` characters (a piece longer than that is cut
    at a sentence end or a space), gaps blanked."""
    chunks: list[Chunk] = []
    current: list[tuple[int, int]] = []
    for start, end in _split_long(text, pieces):
        if current and (end - current[0][0] > CHUNK or start - current[-1][1] > MAX_GAP):
            chunks.append(_chunk(text, current))
            current = []
        current.append((start, end))
    if current:
        chunks.append(_chunk(text, current))
    return chunks


def _split_long(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for start, end in pieces:
        while end - start > CHUNK:
            cut = _cut_before(text, start, start + CHUNK)
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def _cut_before(text: str, start: int, limit: int) -> int:
    """Where to end a stretch that may not pass ``limit``: after the last sentence end in its
    second half, else at the last space, else at the limit itself."""
    window = text[start + (limit - start) // 2:limit]
    ends = [m.end() for m in _CUT_AT.finditer(window)]
    if ends:
        return limit - len(window) + ends[-1]
    space = window.rfind(" ")
    return limit - len(window) + space + 1 if space >= 0 else limit


def _chunk(text: str, pieces: list[tuple[int, int]]) -> Chunk:
    offset = pieces[0][0]
    parts = []
    last = offset
    for start, end in pieces:
        parts.append(_BLANK.sub(" ", text[last:start]))
        parts.append(text[start:end])
        last = end
    return Chunk(offset, "".join(parts))
