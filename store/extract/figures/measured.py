"""What a volume or a mass counts when its sentence names nothing: a rate of it is a flow ("the
leak reached 3,000 litres a day"), and a total that a verb of emission moves is what was
released ("the tank released 4 million gallons"). A rate whose noun names the release ("the
rate of release", a figure inheriting "released" from a total before it) is the flow too, as
the flow and released classes of ``store/data/quantities.toml`` say. A unit word is never what
is counted, nor is the surface an area lies on ("fuel on 130 square kilometres of water"
measures the fuel)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import governing_verb
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FLOWING = frozenset({"volume", "mass"})


def name_what_flows(fig: FoundFigure, span: Span) -> None:
    base, per, _ = fig.unit.partition(" per ")
    found = units().conversions.get(base)
    if found is None or found[0] not in FLOWING:
        return
    if fig.counted is not None and not _unit_word(fig.counted_head):
        if per and _names_release(fig.counted_head):
            fig.counted, fig.counted_head = "flow", "flow"
        return
    if per:
        fig.counted, fig.counted_head = "flow", "flow"
        return
    name_what_was_released(fig, span)


def name_what_was_released(fig: FoundFigure, span: Span) -> None:
    """"It may have released 17 million to 27 million gallons": a total of volume or mass that a
    verb of emission moves is what was released. Its own clause says so, so it is read before
    other figures inherit from it ("Tolland puts the total at 1.9 million gallons")."""
    found = units().conversions.get(fig.unit)
    if fig.counted is not None or found is None or found[0] not in FLOWING:
        return
    verb = governing_verb(span).lemma_.lower()
    if verb in context_words().flow_verbs:
        fig.counted = fig.counted_head = _participle(verb)


def _names_release(head: str | None) -> bool:
    """"released", "spilled" (the release class), or a noun whose "rate of ..." the class table
    lists as the flow ("the rate of release"); "discharge" or "leak rate" keep their words."""
    classes = quantity_classes().noun_class
    return classes.get(head or "") == "released" or classes.get(f"rate of {head}") == "flow"


def _unit_word(word: str | None) -> bool:
    lex = units()
    return word is not None and (word in lex.measures or word.rstrip("s") in lex.measures
                                 or word in lex.conversions)


def _participle(verb: str) -> str:
    """ "leak" -> "leaked", "spill" -> "spilled", "release" -> "released"."""
    return verb + ("d" if verb.endswith("e") else "ed")


def name_what_covers(fig: FoundFigure, span: Span) -> None:
    """An area "of water" measures what lies on it: the noun the area's phrase hangs on ("a
    sheen on 130 square kilometres of water"), the object a verb places there ("showed fuel on
    130 square kilometres of water"), else the subject of its verb ("the slick covered 260
    square kilometres of sea")."""
    if fig.counted_head not in context_words().surfaces:
        return
    found = units().conversions.get(fig.unit)
    if found is None or found[0] != "area":
        return
    for tok in span.root.ancestors:
        if tok.dep_ == "prep" and tok.head.pos_ == "NOUN":
            _count(fig, tok.head)
            return
        if tok.pos_ in ("VERB", "AUX"):
            placed = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                      and c.i < span.start and any(a.dep_ == "prep" for a in span.root.ancestors)]
            subject = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                       and c.pos_ == "NOUN"]
            if placed or subject:
                _count(fig, (placed or subject)[0])
            return


def _count(fig: FoundFigure, noun: Token) -> None:
    if noun.lemma_.lower() not in context_words().surfaces:
        fig.counted, fig.counted_head = noun.text, noun.lemma_.lower()
