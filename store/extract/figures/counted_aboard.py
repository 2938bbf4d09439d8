"""Those a vessel carries: "243 were aboard", "518 passengers were on board", "More than 500 on
board" count the people (or the things) on board, a count of its own that a toll or a tally of
survivors beside it does not name. A bare number is people, as a crowd's verb makes it
("more than 18,000 flee"); a counted noun keeps its words ("vehicles on board")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.parse import governing_verb
from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from store.extract.figures.found import FoundFigure

ON_BOARD = "on board"  # "aboard" says the same; one wording, so the two meet
PEOPLE = "people"  # what a bare number on board counts
NOUN_REACH = 4  # tokens of the counted noun's phrase between the number and its verb
VERB_REACH = 3  # tokens of the verb between them and "aboard": "had still been"
VESSEL_REACH = 6  # tokens of the vessel "aboard" may name: "aboard the MV Star of Mohanpur"
NOUN_POS = frozenset({"NOUN", "PROPN", "ADJ"})
LINKING = frozenset({"be", "have", "remain", "still", "all", "reportedly"})
# "on board" is also a company's board, or brought into a project ("three women on board",
# "got 20 partners on board"): read only after a form of "be" ("518 were on board") or "with"
# before the count ("with 63 people on board"); "aboard" says the vessel always


def name_those_aboard(fig: FoundFigure, span: Span) -> None:
    """A count that "aboard" or "on board" follows, past its own noun and a verb of being,
    counts those on board; a count with a noun of another kind in between (a unit, a sum, a
    share) or none that is a count is left as it is."""
    if fig.rate or (fig.unit != "count" and fig.counted is None):
        return  # a sum, a share or a measure with no noun is no one on board
    doc = span.doc
    i = span.end
    limit = min(len(doc), span.end + NOUN_REACH)
    while i < limit and (doc[i].pos_ in NOUN_POS or doc[i].lower_ == "of"):
        i += 1
    if fig.counted is None and i == span.end and _number_aboard(span):
        fig.counted, fig.counted_head, fig.unit = f"{PEOPLE} {ON_BOARD}", PEOPLE, PEOPLE
        fig.inherited = True  # "set the number aboard at 310": those on board
        return
    if (i > span.end) != (fig.counted is not None):
        return  # the words after the number are no noun it counts, or it has one of elsewhere
    limit = min(len(doc), i + VERB_REACH)
    been = False
    while i < limit and (doc[i].lemma_.lower() in LINKING or doc[i].lower_ in LINKING):
        been = been or doc[i].lemma_.lower() == "be"
        i += 1
    end = _aboard_end(doc, i)
    if end is None or _verb_follows(doc, end):
        return  # "40 people aboard the ferry were rescued": those rescued
    if doc[i].lower_ == "on" and not (been or _with_before(doc, span.start)):
        return  # "the company has three women on board": its board, no vessel
    if fig.counted is None:
        fig.counted, fig.counted_head, fig.unit = f"{PEOPLE} {ON_BOARD}", PEOPLE, PEOPLE
        fig.inherited = True
    elif not fig.counted.lower().endswith(ON_BOARD):
        fig.counted = f"{fig.counted} {ON_BOARD}"


def _with_before(doc: Doc, start: int) -> bool:
    """ "with" right before the count, past a qualifier: "with (more than) 63 people on board"."""
    return any(doc[j].lower_ == "with" for j in range(max(0, start - 3), start))


def _aboard_end(doc: Doc, i: int) -> int | None:
    """Where "aboard" or "on board" at token ``i`` ends, or None when it is not there."""
    if i < len(doc) and doc[i].lower_ == "aboard":
        return i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "on" and doc[i + 1].lower_ == "board":
        return i + 2
    return None


def _verb_follows(doc: Doc, i: int) -> bool:
    """A verb right after "aboard" and the vessel it names: the number is that verb's subject,
    and what the verb says befell them is what it counts."""
    limit = min(len(doc), i + VESSEL_REACH)
    while i < limit and doc[i].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PART"):
        i += 1
    return i < len(doc) and doc[i].pos_ in ("VERB", "AUX")


SETTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _number_aboard(span: Span) -> bool:
    """ "the office set the number aboard at 310", "the number on board was 90": a number noun
    ("number", "tally": ``number_nouns``) right before "aboard" or "on board", the subject or
    object of the verb the bare count's clause hangs on, says the count is of those on board."""
    verb = governing_verb(span)
    nouns = context_words().number_nouns
    return any(c.dep_ in SETTING_DEPS and c.lemma_.lower() in nouns and c.i < span.start
               and _aboard_end(span.doc, c.i + 1) is not None for c in verb.children)
