"""A whole and the part it includes: "The amount of 80 million euros included 2 million euros of
fees" names the part, and the part's noun is not lent to the whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from store.extract.figures.found import FoundFigure

# "The amount of 80 million euros included 2 million euros of fees": the part a whole includes
# is named, the whole is not; the part's noun is not the whole's (WordNet 3.1 include.v.01,
# contain.v.01, comprise.v.01: have as a part)
INCLUDING = frozenset({"include", "contain", "comprise"})


def includes_the_later(doc: Doc, fig: FoundFigure, later: FoundFigure) -> bool:
    """Whether the figure is (the "of" phrase of) the subject of a verb of including whose
    object holds the later figure: the later one is a part, and its noun names the part only."""
    mine = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    theirs = doc.char_span(later.start, later.end, alignment_mode="expand")
    if mine is None or theirs is None:
        return False
    node = mine.root
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        node = node.head.head
    verb = node.head
    if node.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in INCLUDING:
        return False
    return any(c.dep_ == "dobj" and theirs.root in c.subtree for c in verb.children) or (
        theirs.root.head.i == verb.i and theirs.root.dep_ == "dobj")
