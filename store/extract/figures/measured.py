"""What a volume or a mass counts when its sentence names nothing: a rate of it is a flow ("the
leak reached 5,000 barrels a day"), and a total that a verb of emission moves is what was
released ("the well released 27 million gallons"). A unit word is never what is counted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import governing_verb
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span

FLOWING = frozenset({"volume", "mass"})


def name_what_flows(fig: FoundFigure, span: Span) -> None:
    if fig.counted is not None and not _unit_word(fig.counted_head):
        return
    base, per, _ = fig.unit.partition(" per ")
    found = units().conversions.get(base)
    if found is None or found[0] not in FLOWING:
        return
    if per:
        fig.counted, fig.counted_head = "flow", "flow"
        return
    verb = governing_verb(span).lemma_.lower()
    if verb in context_words().flow_verbs:
        fig.counted = fig.counted_head = _participle(verb)


def _unit_word(word: str | None) -> bool:
    lex = units()
    return word is not None and (word in lex.measures or word.rstrip("s") in lex.measures
                                 or word in lex.conversions)


def _participle(verb: str) -> str:
    """ "leak" -> "leaked", "spill" -> "spilled", "release" -> "released"."""
    return verb + ("d" if verb.endswith("e") else "ed")
