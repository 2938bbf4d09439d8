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
    "revision": ("✎", "revision"),
    "change_over_time": ("↻", "change over time"),
    "consistent": ("✓", "consistent"),
    NO_COUNTERPART: ("", "no counterpart"),
}

#: the words for several groups of a verdict: "2 changes over time"
VERDICT_PLURALS = {"contradiction": "contradictions", "revision": "revisions",
                   "change_over_time": "changes over time", "consistent": "consistent"}

#: order of severity, for sorting groups: what a fact-checker must look at first
SEVERITY = {"contradiction": 0, "revision": 1, "change_over_time": 2, "consistent": 3,
            NO_COUNTERPART: 4}

#: after a figure the reader judged (or whose group's verdict was set by hand)
REVIEWED_GLYPH = "†"

#: actor label -> component class suffix of ``ArticleView`` (persons, organisations, places)
ACTOR_CLASSES = {
    "PERSON": "person",
    "ORG": "org",
    "NORP": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "EVENT": "org",  # a storm, a war, a summit: drawn as a body; its words say "event"
}

#: actor label -> what it is, in words (claim bar, actor screen, search results)
ACTOR_WORDS = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "place",
               "LOC": "place", "FAC": "place", "EVENT": "event"}

#: actor label -> the same, short enough for the sidebar's narrow column
ACTOR_WORDS_SHORT = {"PERSON": "person", "ORG": "org", "NORP": "group", "GPE": "place",
                     "LOC": "place", "FAC": "place", "EVENT": "event"}

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


def verdict_count(verdict: str, n: int) -> str:
    """A count of groups with their mark: "1 ✗ contradiction", "2 ↻ changes over time"."""
    words = verdict_words(verdict) if n == 1 else VERDICT_PLURALS.get(verdict,
                                                                       verdict_words(verdict))
    mark = verdict_glyph(verdict)
    return f"{n:,} {mark} {words}" if mark else f"{n:,} {words}"


def actor_words(label: str, short: bool = False) -> str:
    """What an actor is: "person", "organisation" (``short``: "org"), else its label."""
    words = ACTOR_WORDS_SHORT if short else ACTOR_WORDS
    return words.get(label, label.lower()[:6] if short else label.lower())
