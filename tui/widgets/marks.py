"""How a verdict or an actor type is shown: a glyph and a word as well as a colour.

Colour is lost over SSH, with ``NO_COLOR`` and in 16-colour terminals, so every mark also carries a
glyph or a text style (set in ``reader.tcss`` through the component classes named here).
"""

from __future__ import annotations

NO_COUNTERPART = "none"

#: verdict -> (glyph after the figure, words for the claim bar and tables)
VERDICTS: dict[str, tuple[str, str]] = {
    "contradiction": ("✗", "contradiction"),
    "change_over_time": ("↻", "change over time"),
    "consistent": ("✓", "consistent"),
    NO_COUNTERPART: ("", "no counterpart"),
}

#: order of severity, for sorting and for picking the mark of a line
SEVERITY = {"contradiction": 0, "change_over_time": 1, "consistent": 2, NO_COUNTERPART: 3}

#: actor label -> component class suffix (persons, organisations and groups, places)
ACTOR_CLASSES = {
    "PERSON": "person",
    "ORG": "org",
    "NORP": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


def glyph(verdict: str) -> str:
    return VERDICTS.get(verdict, VERDICTS[NO_COUNTERPART])[0]


def words(verdict: str) -> str:
    return VERDICTS.get(verdict, (None, verdict.replace("_", " ")))[1]


def label(verdict: str) -> str:
    """Glyph and words together: "✗ contradiction"; "no counterpart" has no glyph."""
    mark = glyph(verdict)
    return f"{mark} {words(verdict)}" if mark else words(verdict)
