"""What a figure counts in a clause with its verb "to be" left out, as headlines write them:
"Export duty cut to 9% as new season opens" is "the export duty was cut to 9%", and "Morvessa's
lions down to 2,100 in first count" is "... are down to 2,100". The subject of such a clause is
what the figure measures, as in the full sentence (``_counted_from_clause`` reads "crossings
were cut to 18"): a verb of revising or of bounding as a bare participle (no auxiliary, no
object of its own) that sets its subject to, at or by the figure, or the noun a bare "down" or
"up" hangs on, with "to" and the new level or with the change itself right after it ("fares
down 12%"). A body or a name that keeps a count ("the board cut to ...") is a subject that acts,
not one acted on, and is left alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import count_unit, counted_phrase, is_unit_noun, keeps_count
from store.extract.figures.parse import group_in
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure


def name_the_clipped_subject(fig: FoundFigure, span: Span) -> bool:
    """Give a figure a clipped clause sets its subject to that subject's noun; whether it did."""
    noun = _clipped_subject(span)
    if noun is None:
        return False
    group = group_in(list(noun.lefts))
    fig.counted = counted_phrase(noun, group)
    fig.counted_head = noun.lemma_.lower()
    if fig.unit == "count":
        fig.unit = count_unit(noun, group, frozenset()) or "count"
    fig.inherited = True
    return True


def _clipped_subject(span: Span) -> Token | None:
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in ("down", "up"):
        return _moved_by(before)  # "ferry tickets up 35%"
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("to", "at", "by") or prep.i == root.i:
        return None
    head = prep.head
    ctx = context_words()
    noun = None
    if head.lower_ in ("down", "up") and head.dep_ == "advmod" and (
            head.head.dep_ == "ROOT" and head.head.i < head.i):
        noun = head.head  # "Morvessa's lions down to 2,100"
    elif head.pos_ == "VERB" and head.tag_ in ("VBN", "VBD") and (
            head.lemma_.lower() in ctx.revising_verbs | ctx.bound_verbs):
        if any(c.dep_ in ("aux", "auxpass", "dobj", "attr") for c in head.children):
            return None  # "was cut to", "cut its estimate to": a clause of its own
        noun = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.i < head.i), None)
    return _counted_noun(noun)


def _moved_by(adverb: Token) -> Token | None:
    """ "Dockers walk out; ferry tickets up 35%", "Exports down 8.5% in March": a bare "up" or
    "down" with the change after it, hung on a noun of a headline's clause (its root, a clause
    joined to another, or one the parser left unattached), says that noun moved by the
    figure."""
    noun = adverb.head
    if adverb.dep_ not in ("advmod", "prt") or noun.i > adverb.i or noun.dep_ not in (
            "ROOT", "conj", "dep"):
        return None
    return _counted_noun(noun)


def _counted_noun(noun: Token | None) -> Token | None:
    """The noun itself, when it can be what a figure measures."""
    ctx = context_words()
    if noun is None or noun.pos_ != "NOUN" or keeps_count(noun) or is_unit_noun(noun):
        return None
    lemma = noun.lemma_.lower()
    if lemma in ctx.not_counted or lemma in ctx.number_nouns:
        return None
    return noun
