"""Period: the time a figure describes, kept apart from when it was printed (``reported``).

* ``stated``: its own phrase or sentence dates it ("in 2015", "on Monday", "a previous estimate");
* ``event``: it counts what a bounded event caused (deaths from the storm, homes destroyed by the
  quake) or is a sum the event cost (the cost of recovering from the attack, the repair bill),
  so it describes the event whenever it is printed; a day or a month written beside such
  a count ("the toll stood at 38 on Tuesday", "in October it raised the toll to 912") dates the
  count, not the deaths, while a whole year or a span is a period of its own ("road crashes
  killed 1,204 people in 2023");
* ``projected``: nothing dates it and it is the value of a projection of an outcome ("the
  bridge is to cost 7 billion in all", "foresees 9,000 riders daily when finished":
  ``when.is_projection``), so it describes that outcome whenever it is printed;
* ``reported``: nothing else says, so the article's date stands for it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract import dates
from store.extract.figures.event import is_event_bound, is_event_cost, is_event_measure
from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import governing_verb
from store.knowledge.estimates import estimate_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

STATED, EVENT, PROJECTED, REPORTED = "stated", "event", "projected", "reported"
# a poll, survey or projection before an event measures intention on its own dates, not the
# event's result; an exit poll estimates the result
# ("polling stations", "polling day" are where and when the vote itself is cast)
_FORECAST = re.compile(r"(?<!exit )\b(?:poll|polls|polling(?!\s+(?:stations?|places?|booths?|"
                       r"days?|centres?|centers?|officers?|officials?|districts?|hours?))|"
                       r"survey|surveys|projection|projections|forecast|forecasts|opinion)\b",
                       re.I)
YEAR = len("2024")
MONTH = len("2024-01")


def forecasts(text: str, start: int, end: int) -> bool:
    """Whether a sentence (``text[start:end]``) speaks of a poll, survey or projection."""
    return _FORECAST.search(text, start, end) is not None


def before_the_event(span: Span, event: str | None) -> bool:
    """Whether the figure's own verb or noun says it stood "before" a bounded event ("before
    the fire it supplied 22%", "crossed the bridge before its collapse"): what stood just
    before the event is of the event's time, whenever it is printed."""
    if event is None:
        return False
    nouns = estimate_words().event_nouns
    own = event.lower().rsplit(" ", 1)[-1]
    root = span.root
    noun = root.head if root.dep_ in ("nummod", "quantmod") else root
    verb = governing_verb(span)
    heads = {verb, noun}
    if noun.dep_ == "pobj":
        # "up from 310 cars before the collapse": the phrase may hang on the figure's own
        # preposition or on the word that carries it
        heads.update((noun.head, noun.head.head))
    doc = span.doc
    for tok in heads:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "before" and any(
                    c.dep_ == "pobj" and (c.lemma_.lower() in nouns or c.lower_ == own)
                    for c in prep.children) and _dates(span, prep, verb, doc):
                return True
    return False


def _dates(span: Span, prep: Token, verb: Token, doc: Doc) -> bool:
    """Whether a "before the fire" phrase dates this figure: a phrase put ahead of its verb
    ("Before the fire it supplied 22%") dates the clause; one after the verb dates the value
    it follows, with no other figure between ("jumped to 340 crowns from 260 crowns before
    the fire": the 260, not the 340 set against it, nor "a rise of 30 percent" after it)."""
    if prep.i < verb.i:
        return True
    return prep.i >= span.end and not any(t.like_num for t in doc[span.end:prep.i])


PAST_EVENT_DAYS = 366  # a day or month this long before the article is no count's day


def _long_before(when: str, article_date: str | None) -> bool:
    """Whether a day or month a count of an event's is dated to lies more than a year before
    its article ("the deadliest since March 2011, when 212 people drowned"): that is the time
    of another, earlier event, not the day a count of this one stood at."""
    if not article_date or len(article_date) < len("2024-01-01"):
        return False
    day = when if len(when) >= len("2024-01-01") else f"{when[:7]}-28"
    try:
        return dates.days_apart(day[:10], article_date[:10]) > PAST_EVENT_DAYS
    except ValueError:
        return False


def period_of(fig: FoundFigure, article_date: str | None, verb: str = "",
              forecast: bool = False, projected: bool = False,
              before: bool = False, named: bool = False,
              possible: bool = False) -> tuple[str | None, str | None]:
    """``verb`` is the lemma of the verb governing the figure ("the flood destroyed 1,200
    homes" counts what the flood caused); ``forecast``, whether its sentence speaks of a poll
    or a projection (``forecasts``); ``projected``, whether the figure is a projection's value
    (``when.is_projection``); ``before``, whether it stood before its event
    (``before_the_event``); ``named``, whether its own sentence names its event (a volume
    or a value is the event's only then: ``is_event_measure``); ``possible``, whether it is a
    count the event may yet reach (``when_possible.is_possible_count``): a projection, whatever
    day or event its sentence names."""
    if before and not forecast:
        return None, EVENT
    if possible:
        return None, PROJECTED
    stated = fig.when_basis in ("sentence", "earlier") and fig.when
    bound = fig.event is not None and not forecast and (is_event_bound(
        fig.counted, fig.counted_head, f"{fig.unit} {verb}") or is_event_measure(
        fig.counted, fig.counted_head, fig.unit, named=named,
        running=fig.when_basis == "running"))
    cost = fig.event is not None and not forecast and is_event_cost(
        fig.counted, fig.counted_head, fig.unit, fig.when_basis == "running")
    # (a sum an event cost keeps the day its words give: "Tuesday's strike cost 300 million",
    # beside "the strike of 1 October cost 500 million", speaks of two events; a month, as in
    # "up from $38 million last month", dates the estimate of the sum)
    dated_count = bound or (cost and len(fig.when or "") == MONTH)
    if stated and not (dated_count and len(fig.when or "") > YEAR and "/" not in (fig.when or "")
                       and not _long_before(fig.when or "", article_date)):
        return fig.when, STATED
    if bound or cost:
        return None, EVENT
    if projected and not stated and fig.event is None:
        # a projection tied to an event (a poll's seat projection for an election) is judged
        # against the event's count on the day it was made
        return None, PROJECTED
    return article_date, (REPORTED if article_date else None)
