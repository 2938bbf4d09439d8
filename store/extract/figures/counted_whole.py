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
