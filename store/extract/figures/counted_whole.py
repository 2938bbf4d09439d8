"""A figure its clause states of a subject that names the whole quantity ("The national count
stood at 118,342,615", "its count for the four weeks was 49,200") counts what that count counts,
which no other figure's noun says: the nouns of the sentence before, or of a figure set after it
("..., from 64 hospitals"), are not lent to it (``[whole_subjects]`` of quantities.toml)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.knowledge.loader import load_data

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from store.extract.figures.found import FoundFigure

# the verbs that state a figure of their subject: "was 49,200", "stood at", "came to", "reached"
STATING = frozenset({"be", "stand", "come", "reach", "total"})
STATED_BY = frozenset({"at", "to"})
# "stood at 118,342,615 on the provisional results, about 118.3 million": the same figure
# rounded, after a comma, a few words on
ROUNDED_AFTER = re.compile(
    r"[^.;:()]{0,40},\s*(?:or\s+)?(?:about|around|roughly|some|nearly|almost|approximately|"
    r"just over|just under)?\s*", re.I)


@lru_cache(maxsize=1)
def whole_subjects() -> frozenset[str]:
    return frozenset(load_data("quantities.toml").get("whole_subjects", {}).get("nouns", ()))


def whole_named_by_subject(span: Span) -> bool:
    """Whether the figure is stated of a subject that names the whole quantity and no "of"
    phrase says what that quantity counts."""
    node = span.root
    if node.dep_ == "pobj" and node.head.lower_ in STATED_BY:
        node = node.head
    verb = node.head
    if node.dep_ not in ("attr", "dobj", "prep") or verb.lemma_.lower() not in STATING:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in whole_subjects() and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)


def stated_whole(fig: FoundFigure, before: FoundFigure | None, doc: Doc) -> bool:
    """Whether a bare figure states the whole quantity its subject names, or rounds the one
    just before it in its sentence that does."""
    if _whole(fig, doc):
        return True
    return before is not None and before.sentence == fig.sentence and (
        before.unit == "count" and before.counted is None) and bool(
        ROUNDED_AFTER.fullmatch(doc.text, before.end, fig.start)) and _whole(before, doc)


def _whole(fig: FoundFigure, doc: Doc) -> bool:
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    return span is not None and whole_named_by_subject(span)


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
