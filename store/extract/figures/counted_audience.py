"""Those a thing is done "in front of": "scored twice in front of 41,216", "played before a
crowd of 61,000", "in front of an audience of 900". A bare number there is the audience, people,
as news copy gives the attendance of a match, a concert or a rally; a number with a noun of its
own ("in front of 40 cameras") keeps it. A crowd's number is the attendance only with an event in
reach ("a crowd of 18,200 watched the derby"); else it is the crowd ("a crowd of 200 gathered
outside the court")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.knowledge.context import audience_apart, audience_words, hedges

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

PEOPLE = "people"  # what a bare number in front of whom something is done counts
ATTENDANCE = "attendance"  # the quantity such a number is
REACH = 60  # characters before the number "in front of" and its noun may take
EVENT_REACH = 20  # tokens either side of a crowd's number an event noun may stand at


# "in front of", maybe "a (record) crowd of" or "an audience of", maybe a hedge, then the number
_CROWDS = "|".join(re.escape(w) for w in sorted(audience_words()[0]))
_IN_FRONT_OF = re.compile(rf"\bin\s+front\s+of\s+(?:(?:a|an)\s+(?:[a-z-]+\s+)?(?:{_CROWDS})"
                          rf"\s+of\s+)?(?:(?:{hedges()}|almost|more\s+than|over)\s+)?$", re.I)


def name_the_audience(fig: FoundFigure, text: str) -> None:
    """A bare count right after "in front of" (or "in front of a crowd of") is the number of
    people watching."""
    if fig.unit != "count" or fig.counted is not None or fig.rate:
        return
    if _IN_FRONT_OF.search(text, max(0, fig.start - REACH), fig.start) is None:
        return
    fig.unit, fig.counted, fig.counted_head = PEOPLE, ATTENDANCE, ATTENDANCE
    fig.inherited = True


def crowd_at_an_event(fig: FoundFigure, span: Span) -> None:
    """ "A crowd of 18,200 watched the derby", "the crowd at the match was 41,216": a crowd's
    number with an event noun near it in its sentence is the event's attendance; a crowd
    anywhere else ("police said the crowd was 3,000") stays a crowd."""
    crowds, events = audience_words()
    if fig.counted is None or fig.counted.lower() not in crowds:
        return
    sent = span.sent
    lo, hi = max(sent.start, span.start - EVENT_REACH), min(sent.end, span.end + EVENT_REACH)
    apart = audience_apart()
    if any(span.doc[i].lemma_.lower() in events
           and not (span.doc[i].dep_ == "pobj" and span.doc[i].head.lower_ in apart)
           for i in range(lo, hi)):
        fig.counted, fig.counted_head = ATTENDANCE, ATTENDANCE
