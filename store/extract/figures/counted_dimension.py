"""What a length measures when the word after it names a dimension: "a well 300 metres deep",
"trapped 600 metres (1,970 feet) below ground", "a sea wall 4 metres high", "a queue 2 km long"
measure the depth, the height or the length, not a noun the sentence names elsewhere. The words
are ``[dimensions]`` of ``store/data/quantities.toml``; a conversion in brackets may stand
between the length and the word. A length a verb of extent gives a thing measures its length
(``name_the_extent``); a figure in a unit of speed measures a speed (``name_the_speed``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.counted import count_unit, counted_phrase
from store.extract.figures.parse import text_of, token_at
from store.knowledge.context import context_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import converted, units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

DISTANCE = "distance"
SPEED = "speed"  # the dimension of mph and knots in the units file's conversions
# the units of speed themselves: the file gives the symbol "km/h" the dimension of a length per
# hour, so that it meets a speed written out ("km per hour") in one quantity
SPEED_DIMENSIONS = frozenset({SPEED, "rate:length per hour"})
LOOK_AFTER = 40  # characters after a length read for a bracketed conversion and the word
_BRACKETS = re.compile(r"\s*\([^()]{1,30}\)")
# who goes a distance rather than extends over one: "she ran 42 km" is a journey
PERSONAL = frozenset({"i", "you", "he", "she", "we", "they", "who", "someone", "everyone"})
PERSON_ENTS = frozenset({"PERSON", "NORP"})


def name_the_dimension(fig: FoundFigure, span: Span) -> bool:
    """Name a length with no noun of its own after the dimension the next words name; whether
    it did."""
    measure = converted(fig.unit)
    if fig.counted is not None or measure is None or measure[0] != "length":
        return False
    doc = span.doc
    text = text_of(doc)
    start = fig.end
    bracket = _BRACKETS.match(text, start, start + LOOK_AFTER)
    if bracket is not None:  # "600 metres (1,970 feet) below ground"
        start = bracket.end()
    while start < len(text) and start < fig.end + LOOK_AFTER and text[start].isspace():
        start += 1
    words = text[start:start + LOOK_AFTER].lower().split()
    dimensions = quantity_classes().dimensions
    for size in (3, 2, 1):
        phrase = " ".join(words[:size]).strip(".,;:)")
        if len(words) < size or phrase not in dimensions:
            continue
        word = token_at(doc, start)
        if size == 1 and word is not None and word.dep_ == "prep":
            return False  # "6 km down the road": where, not a dimension
        fig.counted = fig.counted_head = dimensions[phrase]
        fig.inherited = True
        return True
    return False


def name_the_extent(fig: FoundFigure, span: Span) -> None:
    """ "the queue stretched for 1.2 km", "the line would run for about 610 km", "it ran 2.6 km":
    a length a verb of extent (``[extent]`` of ``store/data/quantities.toml``) gives its subject
    is that thing's length, not a noun borrowed from the sentence or the one before ("120 cm of
    fresh snow fell. It ran for 2.6 km" is no snowfall). The head is left as the subject's (the
    noun is for the reader, the thing grouped by stays the queue), none for a pronoun: the word
    alone names no thing to group by. A noun of the figure's own ("a 25 km stretch") stays."""
    measure = converted(fig.unit)
    if measure is None or measure[0] != "length" or fig.rate or (
            fig.counted is not None and not fig.inherited):
        return
    subject = _extent_subject(span)
    if subject is None:
        return
    lex = quantity_classes()
    if subject.pos_ == "PRON":
        fig.counted, fig.counted_head = lex.extent, None
    else:
        fig.counted = f"{counted_phrase(subject, None)} {lex.extent}"
        fig.counted_head = subject.lemma_.lower()
    fig.inherited = True


def _extent_subject(span: Span) -> Token | None:
    """The thing a verb of extent says the length spans, its object or the object of its "for"
    ("ran 2.6 km", "stretched for 1.2 km"): the verb's subject, or the subject of the verb it is
    joined to ("is 380 metres wide and runs 2.2 km"); None for a person, who travels it."""
    root = span.root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "for" and verb.dep_ == "prep":
        verb = verb.head
    elif root.dep_ not in ("dobj", "npadvmod"):
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in quantity_classes().extent_verbs:
        return None
    holder = verb.head if verb.dep_ == "conj" and not _subject_of(verb) else verb
    subject = _subject_of(holder)
    if subject is None or subject.lower_ in PERSONAL or subject.ent_type_ in PERSON_ENTS or (
            subject.pos_ not in ("NOUN", "PRON")) or (
            subject.pos_ == "NOUN" and count_unit(subject, None, frozenset()) == "people") or (
            _a_mover(subject)):
        return None
    return subject


def _a_mover(noun: Token) -> bool:
    """ "runners", "walkers", "swimmers": a noun for those who make a journey (``journey_verbs``
    of context.toml) with "-er", who go a length rather than extend over it."""
    lemma = noun.lemma_.lower()
    return lemma.endswith("er") and any(
        lemma.startswith(verb) for verb in context_words().journey_verbs)


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def distance_not_direction(fig: FoundFigure) -> None:
    """ "40 nautical miles north-east of Skerra", "140 kilometres southwest of the capital",
    "piped 90 km inland": the tagger may take the compass point or the adverb of direction after
    a length for the noun it counts; a length towards a place measures the distance (the
    ``[dimensions]`` phrases of a point and "of", and the adverbs that name a distance)."""
    if fig.counted is None or fig.inherited:
        return
    point = fig.counted.lower().replace("-", " ")
    dimensions = quantity_classes().dimensions
    if DISTANCE not in (dimensions.get(f"{point} of"), dimensions.get(point)):
        return
    measure = converted(fig.unit)
    if measure is not None and measure[0] == "length":
        fig.counted = fig.counted_head = DISTANCE


def name_the_speed(fig: FoundFigure) -> None:
    """ "the train was doing 128 km/h", "a 100 km/h stretch": a figure in a unit of speed (km/h,
    mph, knots; never a length said per a period) measures the speed of what its phrase names
    ("train speed"), or a speed where no noun is named; a phrase whose last word names a speed
    itself ("winds", "speed limit", "fire spread": ``[speeds]`` of
    ``store/data/quantities.toml``) stays as written."""
    # the unit itself, not a length per a period: "rose 12 cm an hour" is a rise, no speed
    if units().conversions.get(fig.unit, ("", 0.0))[0] not in SPEED_DIMENSIONS:
        return
    words = (fig.counted or "").split()
    if not words:
        fig.counted = fig.counted_head = SPEED
    elif words[-1].lower() not in quantity_classes().speeds:
        fig.counted, fig.counted_head = f"{fig.counted} {SPEED}", SPEED
