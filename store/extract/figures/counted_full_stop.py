"""A sum whose scale word swallowed the full stop after it ("the campaign raised $4.2m.
Campaign manager Lisa Tran thanked donors"): the tokenizer keeps "m." whole, so the parser
misses the sentence end and runs the sum into the next sentence's subject. What a figure
counts is said in its own sentence, so no word past that full stop is its noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def scale_ends_sentence(tok: Token) -> bool:
    """A scale word glued to its number with the full stop after it in one token ("m." of
    "$4.2m.", "bn." of "€3bn.")."""
    word = tok.lower_
    return (len(word) > 1 and word.endswith(".") and word[:-1] in units().scale_suffixes
            and tok.i > 0 and tok.doc[tok.i - 1].like_num
            and not tok.doc[tok.i - 1].whitespace_)


def stops_at_full_stop(span: Span, i: int) -> bool:
    """Whether a full stop swallowed by a glued scale word stands between the figure's first
    token and token ``i``, where the search for its noun would start: then nothing the search
    finds is of the figure's sentence."""
    doc = span.doc
    return any(scale_ends_sentence(t) for t in doc[span.start:min(i + 1, len(doc))])
