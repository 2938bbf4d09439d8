"""What a figure counts when a verb of revising sets its object "from" or "to" it: "raised the
death toll from 412 to 1,046" counts deaths, "upgraded the magnitude from 6.5 to 6.7" measures
the magnitude, whatever other figure stands nearer in the sentence. The object says what the
figures are; a number noun that counts itself ("toll") hands on what it counts
(``self_counting`` of ``store/data/context.toml``), and an estimate or a bare number noun
("raised its estimate to 900") says nothing of it and is left to the other rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted import (
    compound_counted,
    count_unit,
    counted_phrase,
    is_place,
    is_unit_noun,
)
from store.extract.figures.counted_coordinated import coordinated_object
from store.extract.figures.parse import group_in, text_of
from store.knowledge.context import ContextWords, context_words
from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from store.extract.figures.found import FoundFigure

SETTING = frozenset({"from", "to"})
SHARES = frozenset({"percent", "fraction", "percentage points", "basis points", "points"})
# the entities a proper noun may be and name no quantity: a person, a body, a place, a people
NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
REACH = 10  # heads climbed from the figure to its verb ("from Friday's quake in the hills from")


def name_what_was_revised(fig: FoundFigure, span: Span) -> bool:
    """Name a figure "from" or "to" which a verb of revising sets its object after that object;
    whether it did."""
    verb = _revising_verb(span)
    if verb is None:
        return False
    # a share's passive subject is left to the share rules, which read its whole clause
    deps = ("dobj",) if fig.base_unit in SHARES else ("dobj", "nsubjpass")
    if "nsubjpass" in deps and verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        deps = (*deps, "nsubj")  # a headline's passive, its "was" left out: "Toll raised to 40"
    # the nearest before the figure, never one a semicolon parts from it ("Farm-gate price at
    # VND138,000; drought losses revised up to VND6.4 trillion": the losses)
    obj = max((c for c in verb.children if c.dep_ in deps and c.i < span.start
               and (c.pos_ == "NOUN" or _named_measure(c))
               and text_of(span.doc).find(";", c.idx, span.start_char) < 0),
              key=lambda c: c.i, default=None)
    if obj is not None:  # "... from nine to 11 and its count of the injured from 112 to 137"
        obj = coordinated_object(verb, obj, span)
    if obj is not None and _counted_by_its_own_number(obj):
        return False  # "cut 1,100 jobs as losses rose to $3bn": the jobs are the 1,100
    if obj is None:
        return False
    ctx = context_words()
    lemma = obj.lemma_.lower()
    compound = " ".join([*(t.lower_ for t in obj.lefts if t.dep_ == "compound"), lemma])
    known = ctx.self_counting.get(compound) or ctx.self_counting.get(lemma)
    if known is not None:  # "the death toll": deaths
        fig.counted, fig.counted_head = known[0], known[0]
        if fig.unit == "count":
            fig.unit = known[1]
    elif (inner := _what_a_number_is_for(obj, ctx)) is not None:
        # "revised the August figure for arrivals", "lowered its estimate of deaths"
        fig.counted, fig.counted_head = counted_phrase(inner, None), inner.lemma_.lower()
        counts_itself = ctx.self_counting.get(inner.lemma_.lower())
        if fig.unit == "count":  # ("its estimate of the population": people)
            fig.unit = counts_itself[1] if counts_itself else (
                count_unit(inner, None, frozenset()) or fig.unit)
    elif any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return False  # "the frequency of convoys": what it is of, the other rules' to read
    else:
        named = compound_counted(obj, ctx)  # "the vote count": votes
        if named is None and (lemma in ctx.number_nouns or lemma in ctx.estimate_nouns
                              or lemma in ctx.scope_nouns  # "expanded its recall": of what?
                              or lemma in ctx.not_counted or is_unit_noun(obj)):
            return False
        head = named or obj
        fig.counted, fig.counted_head = counted_phrase(head, group_in(list(head.lefts))), (
            head.lemma_.lower())
        if fig.unit == "count" and fig.counted_head in quantity_classes().scales.values():
            fig.unit = fig.counted_head  # "upgraded the magnitude from 6.5 to 6.7"
        elif fig.unit == "count" and head.pos_ == "NOUN":  # "the breach count": breaches
            fig.unit = count_unit(head, None, frozenset()) or fig.unit
    fig.inherited = True
    return True


def _named_measure(obj: Token) -> bool:
    """ "revised the Consumer Mood Index from 97 to 94", "lowered its citywide CMI": a name
    the tagger calls proper, set off by an article or a possessive as a common noun is, and no
    person, body or place, names the quantity revised (a scale has no plural to count by)."""
    return obj.pos_ == "PROPN" and obj.ent_type_ not in NAMED and any(
        c.dep_ in ("det", "poss") for c in obj.children)


def _what_a_number_is_for(obj: Token, ctx: ContextWords) -> Token | None:
    """The noun a number noun or an estimate is "for" or "of" ("the figure for arrivals")."""
    lemma = obj.lemma_.lower()
    if lemma not in ctx.number_nouns and lemma not in ctx.estimate_nouns:
        return None
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    inner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if inner is None or inner.pos_ != "NOUN" or is_unit_noun(inner) or (
            inner.lemma_.lower() in ctx.not_counted) or is_place(inner):
        return None  # ("its count for the region": where, not what)
    return inner


def _counted_by_its_own_number(obj: Token) -> bool:
    """ "cut 1,100 jobs", "closed 12 routes": an object a number of its own counts is what that
    number counts, never the quantity a later figure of the sentence is set to."""
    return any(c.dep_ == "nummod" for c in obj.children)


def _revising_verb(span: Span) -> Token | None:
    """The verb of revising a figure right after "from" or "to" hangs on, within ``REACH``
    heads (a verb the parser made of a noun on the way, "highlands", is passed; a verb with a
    subject of its own is the figure's own clause, and ends the climb)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in SETTING:
        return None
    verbs = context_words().revising_verbs
    tok = doc[span.start - 1]
    for _ in range(REACH):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
            return tok
        if tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return None  # "cut 300 jobs as its losses swelled to ...": a clause of its own
    return None
