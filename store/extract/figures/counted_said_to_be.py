"""What a bare count is said to be: "of the 265, 158 were children", "12 were women", "nine of
them were Afghans" count the children, the women, the Afghans: the plural noun the verb "be"
gives the number as its attribute names what it counts, not a noun a figure beside it or an
"of" phrase before it counts ("of the 40 runners, 12 were women" counts women)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import count_unit, counted_phrase, is_unit_noun
from store.extract.figures.parse import group_in
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

PLURALS = frozenset({"NNS", "NNPS"})


def name_what_it_is(fig: FoundFigure, span: Span, armed: frozenset[str]) -> bool:
    """Name a bare count after the plural noun "be" says it is; whether it did."""
    if fig.unit != "count" or fig.rate:
        return False
    noun = _attribute(span)
    if noun is None:
        return False
    group = group_in(list(noun.lefts))
    fig.counted = counted_phrase(noun, group)
    fig.counted_head = noun.lemma_.lower()
    fig.unit = count_unit(noun, group, armed) or "count"
    fig.group = fig.group or group
    fig.inherited = True
    return True


def _attribute(span: Span) -> Token | None:
    """The plural noun "be" takes as the attribute of the count, its subject: "158 were
    children", "nine of them were Afghans"; none for a unit, a number noun or a word that
    names no thing ("were the majority")."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() != "be" or verb.i < root.i:
        return None
    noun = next((c for c in verb.children if c.dep_ == "attr" and c.i > root.i), None)
    if noun is None or noun.tag_ not in PLURALS or noun.like_num or is_unit_noun(noun):
        return None
    ctx = context_words()
    lemma = noun.lemma_.lower()
    if lemma in ctx.not_counted or lemma in ctx.number_nouns:
        return None
    return noun
