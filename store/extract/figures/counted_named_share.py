"""A share whose counted phrase is only a name: "Alpenbau of Vienna holds 33%", "the Liberals won
36.5 percent", "Metro Manila counted 14 million people, or 11.8 percent of the national total".
The rules that hand a share the subject of its clause hand it the party, company or place that
has the share; the name says whose share it is, not what the figure is. The figure is that
name's share, as English news and a reader word it ("the Liberals' share", "Metro Manila's
share"); the phrase is written so, and the head is left as it was, so that the shares of two
names never meet in a group by the word "share" alone. A change said of a name ("Brazil's
exports rose 12%", "the Liberals fell 4 points") is no share of it and is left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import governing_verb
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

SHARE = "share"
SHARE_UNITS = frozenset({"percent", "fraction"})
# the tagger's labels of a name that may hold a share: a body, a person, a people, a place
OWNERS = frozenset({"ORG", "PERSON", "NORP", "GPE", "LOC", "FAC"})
DIRECTIONS = frozenset({"up", "down"})  # "Ardent up 4%": a change, written without its verb


def name_the_owned_share(fig: FoundFigure, span: Span | None) -> None:
    """Write a share whose counted phrase is one name of its sentence as that name's share."""
    if span is None or fig.unit not in SHARE_UNITS or not fig.counted:
        return
    name = fig.counted.strip()
    if not any(e.label_ in OWNERS and e.text == name for e in span.sent.ents):
        return
    verb = governing_verb(span)
    if verb.lemma_.lower() in context_words().change_verbs or any(
            t.lower_ in DIRECTIONS for t in span.doc[max(span.sent.start, span.start - 2):
                                                       span.start]):
        return
    fig.counted = f"{name} {SHARE}"
