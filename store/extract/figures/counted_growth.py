"""What a percentage counts when its verb says how a thing changed and names no noun by it: "the
economy expanded 3.1%" and "the region grew by 2.0 percent a year" count growth (the
``[[change]]`` entries of ``store/data/quantities.toml`` with no ``of`` limit), "a fall in
turnout from 61 to 56 percent" counts turnout, what the change noun is "in" (``change_nouns``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase, is_unit_noun
from store.extract.figures.counted_change import LEVELS, clause_node
from store.extract.figures.counted_own_clause import across_a_clause_break
from store.extract.figures.parse import governing_verb, group_in
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

SHARES = frozenset({"percent", "percentage points", "points", "basis points"})
CHANGE_REACH = 4  # heads from the figure to the change noun ("from 61 to 54 percent")


def name_the_growth(fig: FoundFigure, span: Span) -> None:
    """Name a share after the change its clause states, or what a change noun is "in"."""
    if fig.base_unit not in SHARES:
        return
    lex = quantity_classes()
    if fig.counted is not None and fig.counted_head not in lex.change_nouns:
        return
    inner = _changed_in(span)
    if inner is not None:  # "a fall in turnout from 61 to 54 percent"
        fig.counted = counted_phrase(inner, group_in(list(inner.lefts)))
        fig.counted_head = inner.lemma_.lower()
        return
    if fig.counted is not None:
        return
    verb = governing_verb(span)
    node = clause_node(span)
    if node.head.i != verb.i or (node.dep_ == "prep" and node.lower_ in LEVELS):
        return  # "grew to 31 percent": the level reached, not the growth
    if across_a_clause_break(span, verb):
        return  # "Occupancy up 2.4 points; a room now costs €310": another clause's verb
    if node.dep_ == "prep" and node.lower_ != "by":
        return
    change = next((c for c in lex.changes if not c.of and verb.lemma_.lower() in c.verbs), None)
    if change is None:
        return
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = subject is not None and subject.pos_ == "NOUN" and (
        subject.lemma_.lower() not in lex.place_words and subject.lemma_.lower() not in
        lex.populated and subject.lemma_.lower() not in context_words().not_counted)
    fig.counted = f"{counted_phrase(subject, None)} {change.name}" if named else change.name
    fig.counted_head = change.name
    fig.inherited = True


def _changed_in(span: Span) -> Token | None:
    """The noun a change noun the figure hangs on is "in": "a fall in turnout from 61 to 54
    percent", "a rise in unemployment to 6%"."""
    lex = quantity_classes()
    tok = span.root
    for _ in range(CHANGE_REACH):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.change_nouns:
            break
        if tok.pos_ not in ("ADP", "NUM", "NOUN"):
            return None
    else:
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    inner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if inner is None or inner.pos_ != "NOUN" or is_unit_noun(inner) or (
            span.start <= inner.i < span.end) or (
            inner.lemma_.lower() in context_words().not_counted) or inner.ent_type_ == "DATE":
        return None  # ("an increase of 4% in four years", "in the spring": when, not what)
    return inner
