"""A period said once for several figures: "Exports reached 41,000 tonnes in the first quarter.
Half the tonnes went to ..., and shippers moved 12,000 tonnes by rail." English states the period
of a quantity once and lets the next figures of the same quantity in the paragraph stand in it;
read alone, each later figure is dated only by the day its article was printed, and the same
quantity told by two articles of different days falls into two periods. A figure dated only by
its article takes the period of the nearest figure before it in the same paragraph (another
sentence) that counts the same noun in the same unit and whose own sentence stated a span (a
year, a half, a quarter, a month; a day dates a running count, not a span). Not when the figure
is set against another ("up from", "than", "a year earlier"), when its words move it to another
time ("now", "so far") or its verb speaks of now or what is to come."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Span

SPAN_DATE = len("2024-01")  # a date this long or shorter is a span: a year or a month
WINDOW = 8  # tokens either side of the figure searched for words of another time
# words that set the figure in another time than the one said before it, or against another:
# the closed classes of English that do so near a figure, as the module's construction meets them:
# adverbs of the time of speaking ("now", "today", "currently", "still", "so far", "to date",
# "latest", "new"), the prepositions and verbs of a comparison ("since", "from", "than", "against",
# "compared", "versus"), adverbs and adjectives of an earlier time ("earlier", "before",
# "previous", "prior", "last", "ago") and words of what is to come ("next", "expected",
# "forecast", "projected", "target")
_ELSEWHEN = frozenset({
    "now", "today", "currently", "still", "so", "far", "date", "latest", "new", "since",
    "from", "than", "against", "compared", "versus", "vs", "earlier", "before", "previous",
    "prior", "last", "ago", "next", "expected", "expects", "forecast", "projected", "target",
})
_COMPARING = frozenset({"from", "than", "against", "compared", "versus", "vs", "with"})
_WORD = re.compile(r"[^\W\d_]+")
COMPARED_REACH = 48  # characters before a figure searched for the word that compares it
_PAST = frozenset({"VBD", "VBN"})
_PRESENT = frozenset({"VBP", "VBZ"})
BACK_REACH = 24  # figures before the figure looked at for the quantity's earlier mention


def carry_said_period(figures: list[FoundFigure], i: int, span: Span, text: str) -> None:
    """Give ``figures[i]`` the span of time said for its quantity earlier in its paragraph (see
    the module docstring). ``figures`` before ``i`` are complete; called before the figure's
    period is read from its date."""
    fig = figures[i]
    if fig.when_basis != "article" or not fig.counted_head or fig.rate:
        return
    if text.startswith("|", text.rfind("\n", 0, fig.start) + 1):
        return  # a table cell: its header or its label dates it (``when.dated_by_table``)
    donor = _said_before(figures, i, text)
    if donor is None or not _in_the_same_time(span):
        return
    fig.when, fig.when_basis = donor.when, "sentence"


def _said_before(figures: list[FoundFigure], i: int, text: str) -> FoundFigure | None:
    """The nearest figure before ``figures[i]`` in its paragraph that counts its quantity, if
    its sentence stated a span; bounded to ``BACK_REACH`` figures."""
    fig = figures[i]
    paragraph = text.rfind("\n", 0, fig.start)
    for j in range(i - 1, max(-1, i - 1 - BACK_REACH), -1):
        before = figures[j]
        if before.end <= paragraph:
            return None  # another paragraph
        if before.sentence == fig.sentence:
            continue
        if (before.counted_head or "").lower() != fig.counted_head.lower() \
                or before.base_unit != fig.base_unit or before.rate:
            continue
        if before.when_basis == "sentence" and before.period_basis == "stated" \
                and before.when and len(before.when) <= SPAN_DATE \
                and not _compared(text, before):
            return before
        return None  # the nearest mention of the quantity says no span: nothing to carry
    return None


def _compared(text: str, fig: FoundFigure) -> bool:
    """Whether the figure is set against another ("up from 9,000 the year before"): its date is
    the comparison's, not the quantity's."""
    words = _WORD.findall(text, max(0, fig.start - COMPARED_REACH), fig.start)
    return any(w.lower() in _COMPARING for w in words[-WINDOW:])


def _in_the_same_time(span: Span) -> bool:
    """Whether nothing near the figure moves it to another time: a past verb (or none), under
    no verb in the present ("Insurers say 1,200 homes were rebuilt": told as things stand now,
    not in the span said before), and no word of another time, of a comparison or of a date in
    a few tokens either side."""
    doc = span.doc
    verb = governing_verb(span)
    if verb.pos_ in ("VERB", "AUX") and verb.tag_ not in _PAST:
        return False
    if any(h.pos_ in ("VERB", "AUX") and h.tag_ in _PRESENT for h in verb.ancestors):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    sent = span.sent
    lo, hi = max(sent.start, span.start - WINDOW), min(sent.end, span.end + WINDOW)
    # a date the dating rules set aside is still a time of its own ("for the first half of the
    # month"): the figure is not left to the one said before
    return not any(t.lower_ in _ELSEWHEN or t.ent_type_ == "DATE" for t in doc[lo:hi])
