"""What a percentage a year that a verb of growth is "at" counts: "the city grew at 2.4 percent a
year", "Metro Manila is growing at only 0.31 percent a year" state a rate of growth, as "grew by
2.4 percent a year" does (``counted_growth``), not a share of the subject nor a level it stands
at (a level is "at" a verb of standing, never of growing). The verbs are the ``[[change]]``
entries of ``store/data/quantities.toml`` with no ``of`` limit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase
from store.extract.figures.counted_change import clause_node
from store.extract.figures.counted_price import SUBJECTS
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

SHARE = "percent"


def growth_at(fig: FoundFigure, span: Span) -> tuple[str, str] | None:
    """The growth a percentage a period a verb of growth is "at" states; else None."""
    base, _, per = fig.unit.partition(" per ")
    if base != SHARE or per not in context_words().rate_period_words:
        return None
    node = clause_node(span)
    verb = node.head
    lex = quantity_classes()
    if node.dep_ != "prep" or node.lower_ != "at" or verb.pos_ not in ("VERB", "AUX"):
        return None
    change = next((c for c in lex.changes if not c.of and verb.lemma_.lower() in c.verbs), None)
    if change is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if fig.counted is not None and not fig.inherited and (
            subject is None or fig.counted_head != subject.lemma_.lower()):
        return None  # "grew at an average annual rate of 0.79 percent": named already
    named = subject is not None and subject.pos_ == "NOUN" and (
        subject.lemma_.lower() not in lex.place_words | lex.populated
        and subject.lemma_.lower() not in context_words().not_counted)
    name = f"{counted_phrase(subject, None)} {change.name}" if named and subject else change.name
    return name, change.name
