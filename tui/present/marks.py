"""How a verdict or an actor type is shown: a glyph and a word as well as a colour.

Colour is lost over SSH, with ``NO_COLOR`` and in 16-colour terminals, so every mark also carries a
glyph or a text style (set in ``tui/styles/reader.tcss`` through the component classes named here).
"""

from __future__ import annotations

from store.sanitize import one_line

NO_COUNTERPART = "none"

#: verdict -> (glyph after the figure, words for the claim bar and tables)
VERDICT_MARKS: dict[str, tuple[str, str]] = {
    "contradiction": ("✗", "contradiction"),
    "change_over_time": ("↻", "change over time"),
    "consistent": ("✓", "consistent"),
    NO_COUNTERPART: ("", "no counterpart"),
}

#: order of severity, for sorting groups
SEVERITY = {"contradiction": 0, "change_over_time": 1, "consistent": 2, NO_COUNTERPART: 3}

#: actor label -> component class suffix of ``ArticleView`` (persons, organisations, places)
ACTOR_CLASSES = {
    "PERSON": "person",
    "ORG": "org",
    "NORP": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

#: actor label -> what it is, in words (claim bar, actor screen, search results)
ACTOR_WORDS = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "place",
               "LOC": "place", "FAC": "place"}

#: actor label -> the same, short enough for the sidebar's narrow column
ACTOR_WORDS_SHORT = {"PERSON": "person", "ORG": "org", "NORP": "group", "GPE": "place",
                     "LOC": "place", "FAC": "place"}

#: the labels of places (a figure's actor under focus prefers its source, then a non-place)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def verdict_glyph(verdict: str) -> str:
    return VERDICT_MARKS.get(verdict, VERDICT_MARKS[NO_COUNTERPART])[0]


def verdict_words(verdict: str) -> str:
    """The verdict in words; one the reader does not know (a newer store's) as written, made
    safe: the store's verdicts are checked on open, this is the second line of defence."""
    return VERDICT_MARKS.get(verdict, (None, one_line(verdict.replace("_", " "), 40)))[1]


def verdict_label(verdict: str) -> str:
    """Glyph and words together: "✗ contradiction"; "no counterpart" has no glyph."""
    mark = verdict_glyph(verdict)
    return f"{mark} {verdict_words(verdict)}" if mark else verdict_words(verdict)


def actor_words(label: str, short: bool = False) -> str:
    """What an actor is: "person", "organisation" (``short``: "org"), else its label."""
    words = ACTOR_WORDS_SHORT if short else ACTOR_WORDS
    return words.get(label, label.lower()[:6] if short else label.lower())
