"""What a count in brackets after a name counts: "Rescuers from Spain (68), the United Kingdom (60)
and Qatar (87) arrived" lists how many of the rescuers came from each place. The list's own noun,
right before its first name and a preposition, says what every bracketed count counts, not a
figure of the sentence before; the parser hangs such lists anyhow, so the list is read from the
text, within a bounded window before the figure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.counted import is_unit_noun
from store.extract.figures.counted_members import count_noun
from store.extract.figures.parse import text_of, token_at
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from store.extract.figures.found import FoundFigure

REACH = 240  # characters back from the figure a list of names and counts may run
_NAME = r"(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.&-]*){0,5}"
_COUNT = r"\s*\(\s*\d[\d,.]*\s*\)"
# the list's noun, a preposition that ties names to it, then names each with its count in
# brackets, up to the name right before the figure's "("
_LISTED = re.compile(
    rf"\b(?P<noun>[A-Za-z][a-z-]*s)\s+(?:from|in|among|including)\s+"
    rf"(?:{_NAME}{_COUNT}\s*(?:,\s*(?:and\s+)?|and\s+))*{_NAME}\s*\(\s*$")


def name_the_listed(fig: FoundFigure, doc: Doc) -> bool:
    """Make a bare number in brackets right after a name of a list count the list's noun
    ("Rescuers from Spain (68)": rescuers); whether it did. A list with no noun of things before
    its names is left to the other rules."""
    text = text_of(doc)
    if text[fig.end:fig.end + 1] != ")":
        return False
    window = text[max(0, fig.start - REACH):fig.start]
    m = _LISTED.search(window)
    if m is None:
        return False
    noun = token_at(doc, fig.start - len(window) + m.start("noun"))
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NNS" or is_unit_noun(noun) or (
            noun.lemma_.lower() in context_words().not_counted) or (
            noun.lower_ in units().time_words):
        return False
    count_noun(fig, noun, "count")
    fig.inherited = True
    return True
