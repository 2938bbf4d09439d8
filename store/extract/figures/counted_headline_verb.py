"""A headline's verb of measure read as a noun or an adjective: "Boitatá fines top R$1.6bn as
revised data put clearing at 4,480 sq km", "Storm losses top $2bn as insurers count claims".
Headlines drop articles and use the present tense, and the tagger may take "top" for a noun in
apposition to the noun before it, or an adjective; the sum then hangs on nothing, and a noun of
another clause is taken for it. Read as written, the noun right before the verb is its subject,
and the sum right after it measures that subject, as "fines topped R$1.6bn" would say."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import counted_phrase, is_unit_noun
from store.extract.figures.parse import group_in
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

MISREAD = frozenset({"NOUN", "ADJ", "PROPN"})  # what the tagger takes such a verb for
QUALIFIED = 3  # words of a qualifier or a currency prefix between the verb and the sum


def name_the_misread_subject(fig: FoundFigure, span: Span) -> bool:
    """Name a sum right after a verb of measure the tagger read as a noun or an adjective by
    the noun before that verb; whether it did."""
    if fig.base_unit not in units().currency_codes:
        return False
    verb = _verb_before(span)
    if verb is None or verb.i == span.sent.start:
        return False
    subject = span.doc[verb.i - 1]
    ctx = context_words()
    if subject.pos_ != "NOUN" or subject.lemma_.lower() in ctx.not_counted or is_unit_noun(
            subject) or subject.ent_type_ in ("MONEY", "CARDINAL", "DATE", "PERCENT"):
        return False
    fig.counted = counted_phrase(subject, group_in(list(subject.lefts)))
    fig.counted_head = subject.lemma_.lower()
    fig.inherited = True
    return True


def _verb_before(span: Span) -> Token | None:
    """The word before the sum (past a qualifier or a currency prefix) that is a verb of
    measure or change in its base or "-s" form ("top", "tops", "hit") the tagger did not call a
    verb, with no determiner of its own ("the top $2bn" is no verb); not a verb of money ("cost"),
    whose misreading ``counted_misread_cost`` reads."""
    doc = span.doc
    ctx = context_words()
    verbs = ctx.measure_verbs | ctx.change_verbs
    for tok in reversed(doc[max(span.sent.start, span.start - QUALIFIED):span.start]):
        if tok.pos_ in ("VERB", "AUX"):
            return None
        word = tok.lower_
        base = word[:-1] if word.endswith("s") and word[:-1] in verbs else word
        if base in verbs and tok.pos_ in MISREAD:
            if any(c.dep_ == "det" for c in tok.children) or (
                    tok.i > 0 and doc[tok.i - 1].pos_ == "DET") or base in ctx.money_verbs:
                return None  # ("a ticket cost R$380": ``counted_misread_cost`` names the price)
            return tok
        if not (tok.is_punct or tok.pos_ in ("SYM", "ADV", "ADP") or tok.like_num):
            return None
    return None
