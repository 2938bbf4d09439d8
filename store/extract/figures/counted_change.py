"""What a share counts when its clause says how a thing changed: "the economy grew 1.1%" counts
growth (of the economy), "consumer prices rose 5.2%" counts inflation. The change's name comes
from the class table (``store/data/quantities.toml``, ``[[change]]``); the subject stays in the
phrase, so "GDP growth" and "output growth" are told apart by what grew."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import governing_verb
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def named_change(span: Span, head: Token, phrase: str) -> tuple[str, str] | None:
    """The counted phrase and head of a share whose counted noun is the subject of a verb of
    change the share completes ("GDP grew 0.6%" -> "GDP growth"), else None."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if governing_verb(span).i != verb.i:
        return None
    compound = " ".join([*(t.lemma_.lower() for t in head.lefts if t.dep_ in ("compound", "amod")),
                         head.lemma_.lower()])
    for change in quantity_classes().changes:
        if verb.lemma_.lower() not in change.verbs:
            continue
        if change.of and compound not in change.of:  # "potato prices" rising is no inflation
            continue
        words = phrase.split()
        if words and words[-1] == head.text:
            words[-1] = head.lemma_  # "consumer prices" -> "consumer price inflation"
        return " ".join([*words, change.name]), change.name
    return None
