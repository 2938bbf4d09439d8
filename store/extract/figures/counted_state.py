"""A bare number whose own verb says what state the counted are in: "12 remain missing", "nine
were injured", "30 are still unaccounted for" count the missing and the injured, not what a
figure beside it counts ("48 people were confirmed dead and 12 remain missing" are two counts).
The states are the count classes of ``store/data/units.toml``; dying is named as deaths
(``outcome_names`` of ``store/data/quantities.toml``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.knowledge.estimates import estimate_words
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

STATE_DEPS = frozenset({"acomp", "oprd", "xcomp"})
DEAD = "dead"  # the word for those who died, alone a count of deaths
PART_REACH = 24  # characters after a figure its "of the dead" may take
_OF_THE_DEAD = re.compile(r"\s+of\s+(?:the|those)\s+(?:\w+\s+)?dead\b", re.IGNORECASE)
_PART_OF_DEAD = re.compile(r"\s*of\s+the\s+[\w,.]+\s+dead\s*,", re.IGNORECASE)


def name_the_state(fig: FoundFigure, span: Span) -> bool:
    """Name a bare count after the state its own verb puts it in; whether it did."""
    if fig.unit != "count":
        return False
    root = span.root
    verb = _verb_after_conjunct(span)
    if verb is None:
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = root.head
    classes = units().count_classes
    outcomes = quantity_classes().outcomes
    # "and nine were injured", "and about 130 are still missing" (read as a verb)
    state = verb if (verb.tag_ == "VBG" or (verb.dep_ != "ROOT" and verb.tag_ == "VBN")) and (
        verb.lower_ in classes) else None
    if state is None and verb.lower_ in outcomes and root.dep_ == "nsubj":
        state = verb  # "and 40 drowned": what befell them, as a noun
    state = state or next((c for c in verb.children if c.dep_ in STATE_DEPS
                           and c.lower_ in classes), None)
    if state is None:
        return False
    word = state.lower_
    fig.counted = fig.counted_head = outcomes.get(word, word)
    fig.unit = classes.get(word, "people")
    fig.inherited = True
    return True


def name_the_fate_of_a_part(fig: FoundFigure, span: Span) -> bool:
    """ "The clinic treated 140 patients. 17 of them died": a part ("of them", "of whom") that
    its own verb says died or was injured counts that fate (deaths, the injured: the
    ``event_bound`` classes of ``store/data/estimates.toml``), not the whole it is a part of;
    any other state ("8 of them are still on a ward", "40 of them were rescued") leaves the part
    to its whole. Whether it named the fate."""
    before = (fig.counted, fig.counted_head, fig.unit, fig.inherited)
    if not name_the_state(fig, span):
        return False
    word = (fig.counted or "").lower()
    lex = quantity_classes()
    if (lex.noun_class.get(word) or lex.outcomes.get(word) or word) in (
            estimate_words().event_bound_classes):
        return True
    fig.counted, fig.counted_head, fig.unit, fig.inherited = before
    return False


def _verb_after_conjunct(span: Span) -> Token | None:
    """ "64 climbers were brought down alive and 7 remain missing": the parser may hang the
    number on a word of the clause before as its conjunct, though the verb right after it has
    no subject of its own but the number; that verb, or None."""
    root = span.root
    if root.dep_ != "conj" or span.end >= len(span.doc):
        return None
    verb = span.doc[span.end]
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "conj" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def name_the_lives_taken(fig: FoundFigure, span: Span) -> None:
    """ "a strike that cost at least 37 lives", "the flu has claimed 12 lives", "40 lives lost":
    lives a verb of taking (``lives_taken`` of ``store/data/quantities.toml``) takes, before or
    after them, are deaths ("saved 60 lives" keeps its words)."""
    if fig.counted_head not in ("life", "lives") or fig.inherited:
        return
    noun = next((t for t in span.doc[span.end:min(len(span.doc), span.end + 2)]
                 if t.lemma_.lower() == "life"), None)
    if noun is None:
        return
    verbs = quantity_classes().life_taking_verbs
    doc = span.doc
    # its verb, which the tagger may call a noun ("cost"), or a participle right after it
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    taken = (noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in verbs) or (
        after is not None and after.tag_ in ("VBN", "VBD") and after.lemma_.lower() in verbs)
    if taken:
        fig.counted, fig.counted_head = "deaths", "deaths"
        if fig.unit in ("lives", "life"):
            fig.unit = "deaths"


def name_the_dead_as_deaths(fig: FoundFigure, text: str) -> None:
    """ "with 44 dead", "44 confirmed dead", a table's "Dead" column: a count named only by the
    word for what befell them is named as the outcome (``outcome_names`` of
    ``store/data/quantities.toml``: the dead are deaths), as "40 dead" in its own phrase is; a
    phrase with more words ("people dead or missing") keeps them, and so does a part of the dead
    ("68 of the dead", "Of the 74 dead, 66 ..."), which is a group of them, not a toll."""
    if fig.counted is None or fig.counted.lower() != DEAD:
        return
    # "Of the 74 dead," opens the sentence: matched in place at its start, the sentence's text up
    # to the figure never copied (a table's one long sentence holds thousands of figures)
    if _OF_THE_DEAD.match(text, fig.end, fig.end + PART_REACH) or (
            fig.sentence[0] <= fig.start and _PART_OF_DEAD.match(text, fig.sentence[0], fig.start)):
        return
    fig.counted = quantity_classes().outcomes.get(DEAD, fig.counted)
