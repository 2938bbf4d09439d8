"""Finding a typed phrase in an article's text, as the reader's in-article search and the read
API's corpus-wide search both need it, with offsets that stay true to the stored text."""

from __future__ import annotations


def find_all(text: str, query: str, limit: int = 5000) -> list[tuple[int, int]]:
    """Case-insensitive occurrences of ``query`` in one text, as (start, end) offsets.

    ``str.lower`` can change a string's length (``İ``), so offsets are taken from a casefold
    only when it keeps the length, else from an exact-case search."""
    if not query:
        return []
    haystack, needle = text.lower(), query.lower()
    if len(haystack) != len(text):
        haystack, needle = text, query
    hits: list[tuple[int, int]] = []
    i = haystack.find(needle)
    while i != -1 and len(hits) < limit:
        hits.append((i, i + len(needle)))
        i = haystack.find(needle, i + len(needle))
    return hits
