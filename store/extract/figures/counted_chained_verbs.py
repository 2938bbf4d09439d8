"""A measure or a sum whose verb goes on a chain of verbs with one subject: "The exclusion zone
was first drawn at three kilometres, widened to five on Friday, then brought back to 3km on
Sunday". The later verbs have no subject of their own: the parser hangs them on the first verb
(a conjunct, an adverbial clause, or a loose dependent), and what they set the figure to is what
the first verb's figure measures, in the same unit. A bare number on such a chain gets the
first figure's unit and noun from ``continued``; one that writes its own unit ("3km") is no bare
number, and without this it would be left with no noun, or only its dimension ("length").

Read once every other rule has named what it could; only a few figures before each one in its
sentence, and a few verbs up its chain, are looked at."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.elsewhere import borrow
from store.extract.figures.parse import governing_verb
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

CHAINS = frozenset({"conj", "advcl", "dep"})  # how the parser hangs a verb on the one before it
HOPS = 3  # verbs climbed up the chain, at most
BEFORE = 3  # figures before it in its sentence the first figure may be
OWN = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "expl"})  # a verb's own subject or object


def _measured(fig: FoundFigure) -> bool:
    lex = units()
    return fig.base_unit in lex.measure_codes or fig.base_unit in lex.currency_codes


def _chained_to(verb: Token, first: Token) -> bool:
    """Whether ``verb`` climbs to ``first`` through verbs with no subject or object of their
    own, each hung on the one before it."""
    for _ in range(HOPS):
        if verb.i == first.i:
            return True
        if verb.dep_ not in CHAINS or verb.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in OWN for c in verb.children) or verb.head.i >= verb.i:
            return False
        verb = verb.head
    return verb.i == first.i


def name_along_the_verb_chain(figures: list[FoundFigure], spans: list[Span | None]) -> None:
    """Give a measure or a sum with no noun, on a verb chained to an earlier verb of its
    sentence, what that verb's figure in the same unit counts."""
    for i, (fig, span) in enumerate(zip(figures, spans, strict=True)):
        if fig.counted is not None or span is None or not _measured(fig):
            continue
        verb = governing_verb(span)
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for j in range(i - 1, max(-1, i - 1 - BEFORE), -1):
            first, first_span = figures[j], spans[j]
            if first.sentence != fig.sentence or first_span is None:
                break
            if not first.counted or first.unit != fig.unit:
                continue
            first_verb = governing_verb(first_span)
            if first_verb.i != verb.i and _chained_to(verb, first_verb):
                borrow(fig, first, unit=False)
            break
