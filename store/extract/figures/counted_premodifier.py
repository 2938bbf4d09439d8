"""A sum written between a determiner and a noun phrase ("its £4.6m, two-year contract", "the
council's $40m Riverside Tram Project") is the price or size of that noun: it modifies the noun
as "a $2bn aid package" does. The parser often fails to hang such a sum on the noun (a comma, a
name of several capitalised words, a scale glued to the digits), and the sum is then left with no
noun or borrows one from its clause ("would reduce congestion"). A name after the sum is read as
its noun only before a stop or when it ends in a word of an undertaking ("Project", "Fund":
``undertakings`` of units.toml); otherwise it is more often the subject of a clause on the sum
("the £85m Harbourline spent"). Read from the word before the sum and the few words after it,
for a sum that has no noun of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import is_unit_noun
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

WINDOW = 6  # "£4.6m, two-year fixed-price contract": words of the noun phrase after the sum
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
NOUNS = frozenset({"NOUN", "PROPN"})
MODIFIER_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})
# the words that open a noun phrase the sum is inside of: "the", "a", "its", "their"
DETERMINER_TAGS = frozenset({"DT", "PRP$", "POS", "WP$"})


def name_the_noun_after(fig: FoundFigure, span: Span | None) -> None:
    """Give a sum with no noun of its own (or a borrowed one) the noun phrase it stands in front
    of, where a determiner or a possessive opens the phrase before the sum."""
    if span is None or fig.rate or fig.base_unit not in units().currency_codes or (
            fig.counted is not None and not fig.inherited):
        return
    run = _phrase_after(span)
    if run is None:
        return
    head = run[-1]
    fig.counted = " ".join(t.text for t in run)
    fig.counted_head = head.lemma_.lower()
    fig.inherited = False


def _phrase_after(span: Span) -> list[Token] | None:
    """The words of the noun phrase after the sum, its head last, or None: the word before the
    sum is a determiner or a possessive, and the words after it are modifiers and nouns up to a
    word that is neither."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].tag_ not in DETERMINER_TAGS:
        return None
    run: list[Token] = []
    i = span.end
    stop = min(len(doc), span.end + WINDOW)
    while i < stop:
        tok = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if tok.text == "," and not run and nxt is not None and nxt.pos_ in ("ADJ", "NUM"):
            i += 1  # "£4.6m, two-year contract": a comma between the sum and another modifier
        elif tok.like_num and nxt is not None and nxt.text in HYPHENS and not nxt.whitespace_:
            i += 3  # "two-year": a term, passed over (the noun says what the sum is of)
        elif _a_word_of_the_phrase(tok) and not (
                tok.pos_ == "PROPN" and any(t.pos_ == "NOUN" for t in run)):
            run.append(tok)  # (a name after a common noun opens a phrase of its own)
            i += 1
        else:
            break
    while run and run[-1].pos_ not in NOUNS:
        run.pop()
    if not run or i >= stop or is_unit_noun(run[-1]) or (
            run[-1].lemma_.lower() in units().number_nouns | context_words().number_nouns):
        return None  # no noun, a phrase longer than the window, a unit, a number or estimate
    if all(t.pos_ == "PROPN" for t in run) and not doc[i].is_punct and (
            run[-1].lower_ not in units().undertakings):
        return None  # "the £85m Harbourline spent": a name, the subject of a clause on the sum
    return run


def _a_word_of_the_phrase(tok: Token) -> bool:
    """A modifier or a noun of the phrase: no number, no unit, currency or scale word (the
    tagger may call a name after a sum part of the sum: "$2.7bn Harbour Link Project"), and no
    word of a date."""
    return tok.pos_ in MODIFIER_TAGS and not tok.like_num and not is_unit_noun(tok) and (
        tok.ent_type_ not in ("DATE", "TIME"))  # "its €75m estimate next week": no "week"
