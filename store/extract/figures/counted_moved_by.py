"""What a percentage right after "up" or "down" with no verb moved: "Brennock shares down 6.3%
after exit poll miss", "shares up nearly 50% since bid talk". Headlines and standfirsts drop the
verb; the tagger may then call the noun a verb ("shares" as "he shares") or hang the figure on
nothing, and the clause rules find no subject. The noun right before "up"/"down", or the noun
whose phrase it ends ("spot rate for a box from Shanghai up 12%": the rate), is what moved (a
share's move is its share price, ``[priced]`` of ``store/data/quantities.toml``); a verb
there ("went up 5%", "closed down 4%", "is up 6%": ``[moved_by]`` of
``store/data/context.toml``) is the clause's own, which the clause rules read. Reads the few
words before the figure; only a figure no rule named."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase, is_unit_noun
from store.extract.figures.parse import group_in
from store.knowledge.context import context_words, hedge_words, moved_by_words
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

PERCENT = "percent"
HEDGED = 2  # hedge words between "up"/"down" and the figure ("up nearly 50%", "down by about")
_BY = "by"
PHRASE_DEPTH = 4  # prepositional phrases climbed to the noun that heads them


def _phrase_head(noun: Token) -> Token:
    """The noun a word before "up" ends the phrase of: "Spot rate for a 40-foot box from
    Shanghai up 126.5%" moved the rate, not Shanghai."""
    for _ in range(PHRASE_DEPTH):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = prep.head
    return noun


def name_what_moved_by(fig: FoundFigure, span: Span) -> None:
    """Name a percentage with no noun that "up" or "down" follows a noun before by that noun."""
    if fig.counted is not None or fig.base_unit != PERCENT:
        return
    doc = span.doc
    words, verbs = moved_by_words()
    hedged = hedge_words() | {_BY}
    i = span.start - 1
    start = max(span.sent.start, span.start - 1 - HEDGED)
    while i > start and doc[i].lower_ in hedged:
        i -= 1
    if i <= span.sent.start or doc[i].lower_ not in words:
        return
    noun = doc[i - 1]
    lemma = noun.lemma_.lower()
    if noun.pos_ in ("AUX", "ADP", "DET", "PRON", "NUM", "PUNCT", "ADV", "ADJ") or not (
            noun.is_alpha) or lemma in verbs or noun.lower_.removesuffix("s") in verbs or (
            noun.tag_ in ("VBD", "VBN", "VBG")):
        return
    noun = _phrase_head(noun)
    lemma = noun.lemma_.lower()
    base = noun.lower_.removesuffix("s") if noun.pos_ == "VERB" else lemma
    priced = quantity_classes().priced.get(base)
    if priced is None and (is_unit_noun(noun) or lemma in context_words().not_counted):
        return  # ("the share up 4%": a part, said of nothing)
    if priced is not None:
        fig.counted = fig.counted_head = priced
    else:
        fig.counted = counted_phrase(noun, group_in(list(noun.lefts)))
        fig.counted_head = base
    fig.inherited = True
