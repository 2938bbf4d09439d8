"""What a count of a collective noun counts: the things in it. "The queue of ships waiting to
cross fell to 41" and "a data firm put the queue at 134" (after "the authority counted 118 ships
waiting") count ships, not queues: a queue, a line, a convoy is counted by its members
(``collectives`` of ``store/data/quantities.toml``). They are the noun's "of" phrase, else the
one the article gave the same noun before ("Queue of 160 ships" in the headline), else the count
of things of their own given in that sentence or the one before (not money, a measure or a
share), else what the noun is a line of (``members``: a queue of people)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.counted import count_unit, counted_phrase
from store.extract.figures.measured import is_count
from store.extract.figures.parse import text_of
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from store.extract.figures.found import FoundFigure

NAMED_REACH = 3000  # characters before a count its noun's "of" phrase may stand at
DEATHS = "deaths"  # the class of a count of the dead, who are never the members of a queue
WINDOW = 20  # tokens before a count its collective noun may stand at ("the line of ... to 160")


def count_noun(fig: FoundFigure, noun: Token, unit: str) -> None:
    """Make a figure count ``noun`` ("the queue of patients": patients), in its count unit or
    else ``unit``."""
    fig.counted = counted_phrase(noun, None)
    fig.counted_head = noun.lemma_.lower()
    fig.unit = count_unit(noun, None, frozenset()) or unit


def name_the_members(figures: list[FoundFigure], doc: Doc) -> None:
    """Make a count of a queue, a line or a convoy count the things in it."""
    collectives = quantity_classes().collectives
    for i, fig in enumerate(figures):
        if fig.counted_head not in collectives or fig.rate or not is_count(fig.unit):
            continue
        if fig.counted is None or fig.counted.lower() != fig.counted_head:
            continue  # "a queue 2 km long", "the credit line": only the bare noun
        members = _of_phrase(fig, doc) or _named_before(fig, doc)
        if members is not None:
            count_noun(fig, members, fig.unit)
            continue
        donor = _counted_before(figures, i, text_of(doc))
        if donor is not None:
            fig.counted, fig.counted_head, fig.unit = (
                _as_a_level(donor.counted), donor.counted_head, donor.unit)
            fig.inherited = True
        else:  # "the queue at the gate stood at 160": a queue of people, its noun unsaid
            fig.unit = quantity_classes().collective_members.get(fig.counted_head, fig.unit)


def _as_a_level(counted: str | None) -> str | None:
    """ "bought 60 boats, bringing the fleet to about 500": a fleet, a queue or a convoy is a
    level of its members, so the class of an increment (``increments``: "added", "bought")
    that the donor's own verb gave is not the collective's."""
    words = (counted or "").split()
    if len(words) > 1 and words[0].lower() in quantity_classes().increments:
        return " ".join(words[1:])
    return counted


def _of_phrase(fig: FoundFigure, doc: Doc) -> Token | None:
    """The plural noun of "<collective> of <noun>" before the figure in its sentence."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return None
    return members_named(span, frozenset({fig.counted_head or ""}))


def members_named(span: Span, nouns: frozenset[str] | None = None) -> Token | None:
    """The plural noun of "<collective> of <noun>" before a figure in its sentence ("the queue
    of patients waiting for a bed stood at 160": patients), for the last of ``nouns`` (every
    collective noun when None) within reach; None when that noun has no such phrase."""
    doc = span.doc
    nouns = nouns if nouns is not None else quantity_classes().collectives
    for tok in reversed(doc[max(span.sent.start, span.start - WINDOW):span.start]):
        if tok.lemma_.lower() not in nouns or tok.pos_ != "NOUN":
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.tag_ in ("NNS", "NNPS"):
                    return obj
        return None
    return None


def _named_before(fig: FoundFigure, doc: Doc) -> Token | None:
    """The plural noun the article last gave the collective noun, within reach before the
    figure: "Queue of 160 ships" in a headline, "the line of trucks" a paragraph up."""
    text = text_of(doc)
    start = max(0, fig.start - NAMED_REACH)
    pattern = re.compile(rf"\b{re.escape(fig.counted_head or '')}s?\s+of\s+(?:[\d,.]+\s+)?"
                         r"([a-z]+s)\b", re.I)
    found = max(pattern.finditer(text, start, fig.start), key=lambda m: m.start(), default=None)
    if found is None:
        return None
    span = doc.char_span(found.start(1), found.end(1))
    if span is None or span[0].tag_ not in ("NNS", "NNPS"):
        return None
    return span[0]


def _counted_before(figures: list[FoundFigure], i: int, text: str) -> FoundFigure | None:
    """The nearest count before figure ``i``, in its sentence or the one right before, of
    things of their own, written as a plural ("118 ships waiting"); never the dead ("21 people
    had died ... the queue stood at 160" counts no deaths)."""
    fig = figures[i]
    classes = quantity_classes()
    collectives = classes.collectives
    for other in reversed(figures[:i]):
        if other.sentence != fig.sentence and (
                other.sentence[1] > fig.sentence[0]
                or text[other.sentence[1]:fig.sentence[0]].strip()):
            return None  # neither its sentence nor the one right before
        if (other.counted and other.counted_head not in collectives
                and not _the_dead(other, classes.noun_class) and not other.rate
                and is_count(other.unit) and other.unit != "count"
                and other.counted.lower().endswith("s")):
            return other
    return None


def _the_dead(fig: FoundFigure, noun_class: dict[str, str]) -> bool:
    """A count of deaths, by its head or by the last word of its phrase ("people" said to have
    died are counted as "deaths")."""
    last = (fig.counted or "").lower().rsplit(" ", 1)[-1]
    return DEATHS in (noun_class.get(fig.counted_head or ""), noun_class.get(last),
                      noun_class.get(last.removesuffix("s")))
