"""A bare number that does what a counted noun before it did, by the same verb in the same
sentence ("2,310 members voted to merge ..., while 1,970 voted to stay"), counts that noun: the
two are the subjects of one verb said twice. Without this the number borrows the figure nearest
before it ("from two of its five branches"), whatever that counts. Reads the figure's own verb
and the few words after each earlier figure's noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import figure_noun
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from store.extract.figures.found import FoundFigure

LOOK_BACK = 8  # figures before the bare number its model may be among
AFTER = 3  # "2,310 members voted", "2,310 members have voted", "2,310 members in all voted"


def same_verb_subject(figs: list[FoundFigure], i: int, span: Span, doc: Doc
                      ) -> FoundFigure | None:
    """The earlier count of the sentence (``figs`` in text order, the bare number ``span`` being
    ``figs[i]``), among the few before it, whose noun is the subject of the verb the bare
    number is the subject of, or None."""
    num = span.root
    verb = num.head
    if not num.like_num or num.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i < num.i:
        return None
    lemma = verb.lemma_.lower()
    lex = units()
    for donor in reversed(figs[max(0, i - LOOK_BACK):i]):
        if donor.counted is None or donor.inherited or donor.base_unit in lex.currency_codes or (
                donor.base_unit in lex.conversions or donor.unit in ("count", "percent")):
            continue
        noun = _noun_of(doc, donor)
        if noun is not None and any(
                t.lemma_.lower() == lemma and t.pos_ == "VERB" and t.i != verb.i
                for t in doc[noun.i + 1:min(len(doc), noun.i + 1 + AFTER)]):
            return donor
    return None


def _noun_of(doc: Doc, fig: FoundFigure) -> Token | None:
    """The noun the figure's number stands before ("2,310 members"), or None."""
    noun = figure_noun(doc, fig.start, fig.end)
    return noun if noun is not None and noun.pos_ == "NOUN" and (
        noun.idx + len(noun) >= fig.end) else None
