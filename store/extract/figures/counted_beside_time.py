"""A sum set beside the time that ends a clause on a noun: "The profit the bakery expects for
the first half, about €170m, is ..." The parser hangs the sum beside the nearest noun, the time
("the first half"), which says when, not what; the sum is the noun the clause is on (the
profit), as it is with no time between ("the profit the bakery expects, about €170m")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import is_unit_noun
from store.extract.figures.parse import group_in
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.knowledge.context import ContextWords

ON_A_NOUN = frozenset({"relcl", "acl"})  # a clause on a noun ("the profit the bakery expects")
TIME = "DATE"


def beside_a_time(span: Span, ctx: ContextWords) -> tuple[Token, str | None] | None:
    """The noun a clause is on, when the sum stands beside the time its phrase ends with."""
    root = span.root
    time = root.head
    if root.dep_ != "appos" or not _a_time(time) or time.dep_ != "pobj":
        return None
    verb = time.head.head
    if time.head.dep_ != "prep" or verb.dep_ not in ON_A_NOUN or verb.pos_ not in ("VERB", "AUX"):
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in ctx.not_counted or is_unit_noun(noun) or (
            noun.i > span.start):
        return None
    return noun, group_in(list(noun.lefts))


def _a_time(tok: Token) -> bool:
    """A noun that says when: a date the tagger marks, or a word of time ("year", "week")."""
    return tok.pos_ == "NOUN" and (tok.ent_type_ == TIME or tok.lower_ in units().time_words)
