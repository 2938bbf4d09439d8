"""What a figure counts when its own sentence leaves it unsaid and another figure or a heading
says it: an earlier figure of the same quantity ("its count had climbed to 95,000", "that is 41.3
million litres"), the figure a comparison sets it against ("down from more than 90 a day"), a
parallel figure of its sentence, or the noun a list after a colon is about ("seats are distributed
as follows: UC 11"). ``store.extract.figures.inherit`` asks these in its order."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from store.extract.dates import MONTHS, WEEKDAYS
from store.extract.figures.counted import count_unit, counted_phrase, is_unit_noun
from store.extract.figures.counted_magnitude import another_magnitude
from store.extract.figures.counted_own_clause import completed_verb
from store.extract.figures.counted_place import names_a_place
from store.extract.figures.counted_points import alike_units, carried_on
from store.extract.figures.counted_relative import describes_the_subject
from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import (
    branch_under,
    doc_sentences,
    governing_verb,
    group_in,
    text_of,
)
from store.knowledge.context import ContextWords, context_words
from store.knowledge.estimates import estimate_words
from store.knowledge.units import converted, units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SHARE = "share"  # what a percentage given to a named party counts (its share of the whole)


def borrow(fig: FoundFigure, donor: FoundFigure, *, unit: bool) -> None:
    """Give ``fig`` what ``donor`` counts (and its unit, when ``unit``): an inherited noun."""
    fig.counted, fig.counted_head, fig.group = donor.counted, donor.counted_head, donor.group
    if unit:
        fig.unit = donor.unit
    fig.inherited = True


def counted_from_anaphora(
    fig: FoundFigure, span: Span, figures: list[FoundFigure], ctx: ContextWords, count_like: bool
) -> bool:
    """ "its count had climbed to 95,000" counts what the paragraph's previous figure counted
    (a noun that says itself what it counts, "the death toll", is read by ``_self_counting``)."""
    verb = governing_verb(span)
    nouns = list(verb.children)
    of = span.root.head
    if span.root.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN":
        nouns.append(of.head)  # "its own total of about 37,000 litres"
    for noun in nouns:
        # "it had stood at 47.8 percent": "it" of a verb of measure is the quantity just named
        pronoun = (noun.dep_ == "nsubj" and noun.lower_ in ("it", "that", "this")
                   and verb.lemma_.lower() in ctx.measure_verbs and not count_like)
        total_of = noun.i == of.head.i and noun.i != verb.i
        if (noun.dep_ not in ("nsubj", "nsubjpass", "dobj") and not total_of) or (
                noun.pos_ != "NOUN" and not pronoun):
            continue
        lemma = noun.lemma_.lower()
        if pronoun or (lemma in ctx.number_nouns and (total_of or not any(
                c.lower_ == "of" for c in noun.children))):
            text = text_of(span.doc)
            last = max((f for f in figures if f.start < fig.start), key=lambda f: f.start,
                       default=None)
            # a figure that counts only a number noun ("its forecast of 15.2 million") names
            # nothing the anaphora could point back at
            # (nor a place's own size, "the state covers 1.25 million sq km", nor a count of
            # another size, "from 11 of 17 councils. The count for the city stands at 3,041,286")
            earlier = [f for f in figures if f.start < fig.start and f.counted and (
                f.counted_head not in ctx.number_nouns) and not names_a_place(f.counted) and (
                not count_like or not another_magnitude(fig, f)) and (
                (fig.start - f.start < 600 and (f.unit == fig.unit or count_like)
                 and "\n\n" not in text[f.start:fig.start])
                # "91.3% full.\n\nThe figure is 2.4 points above ...": a share carried on
                or (alike_units(f.unit, fig.unit) and carried_on(f, fig, last, text))
                # "the UWI team put the total at 400,000 barrels": an article's totals of one
                # measure point back to the total it named, a paragraph or two before
                or (fig.start - f.start < 3000 and same_dimension(f.unit, fig.unit)))
                # ("The forum, which polls 64 hospitals, put the number at 17,800": who the
                # subject is, not what it estimates)
                and not describes_the_subject(span.doc, fig, f)]
            if earlier:
                donor = earlier[-1]
                borrow(fig, donor, unit=count_like and not is_money_or_measure(donor.unit))
                return True
            named = _counted_before(span) if count_like and not pronoun else None
            if named is not None:  # "... forced families out of the valley. The estimate is 7,500"
                fig.counted, fig.counted_head = counted_phrase(named, None), named.lemma_.lower()
                fig.unit = count_unit(named, None, frozenset()) or fig.unit
                fig.inherited = True
                return True
    return False


# the words a figure another source says may have after it in its clause: its period or rate,
# "on average" ("Private economists expect 1.6% on average.")
_CLAUSE_TAIL = frozenset({"on", "average", "a", "an", "per", "each", "in", "for", "this", "next",
                          "the"})


def the_sum_again(fig: FoundFigure, span: Span, figures: list[FoundFigure]) -> FoundFigure | None:
    """ "A tanker paid $3.1 million at auction for a berth. ... The tanker paid the $3.1 million on
    Monday": a sum the definite article points back at ("the $3.1 million") is a sum the article
    has already named, the last earlier figure of the same value in the same currency, and
    counts what that one does (not what the verb before it would make of a sum of its own)."""
    if not fig.unit.isupper() or span.start == 0 or span.doc[span.start - 1].lower_ != "the":
        return None
    earlier = [f for f in figures if f.end <= fig.start and f.counted and f.unit == fig.unit
               and f.low == fig.low and f.high == fig.high]
    return earlier[-1] if earlier else None


def said_again(fig: FoundFigure, span: Span, by_sentence: dict[tuple[int, int], list[FoundFigure]],
               ctx: ContextWords) -> FoundFigure | None:
    """ "Crinale forecasts 23 million passengers a year. The auditors expect about 41,000 a
    day.", "... and expects growth of 2.1-2.4% next year. Private economists expect 1.6% on
    average.": a figure with no noun that a verb of saying takes as its object, at the end of
    its clause, with a body or a name for its subject, is that source's figure for the quantity
    of the last figure said before it in the same unit, in its sentence or the one before it in
    the paragraph."""
    root = span.root
    verb = root.head
    if root.dep_ not in ("dobj", "nsubj") or verb.pos_ != "VERB" or verb.i > span.start or (
            verb.lemma_.lower() not in ctx.reporting):
        return None
    if not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i
               for c in verb.children):
        return None  # ("it expects 1%": a pronoun may stand for anything said before)
    sents, starts = doc_sentences(span.doc)
    k = max(0, bisect.bisect_right(starts, span.start) - 1)
    for tok in sents[k][span.end - sents[k].start:]:
        if not (tok.is_punct or tok.is_space or tok.lower_ in _CLAUSE_TAIL
                or tok.lemma_.lower() in ctx.rate_period_words or tok.ent_type_ == "DATE"):
            return None  # words of its own after it: "expects 900 to leave", "says 40 ships"
    said = by_sentence.get(fig.sentence, [])
    gap = text_of(span.doc)[sents[k - 1].start_char:sents[k].start_char] if k > 0 else "\n"
    if "\n" not in gap[len(gap.rstrip()):]:  # (a sentence keeps the blank lines after it)
        said = by_sentence.get((sents[k - 1].start_char, sents[k - 1].end_char), []) + said
    before = [f for f in said if f.end <= fig.start and f.counted and _said_alike(f, fig)]
    return before[-1] if before else None


def _said_alike(donor: FoundFigure, fig: FoundFigure) -> bool:
    """Two figures in one unit: both shares, one measure, one currency, or a bare count after a
    count of its own noun."""
    if fig.unit == "count":
        return donor.unit not in ("percent", "fraction", "count") and not donor.unit.isupper() and (
            converted(donor.unit) is None)
    return donor.unit == fig.unit or same_dimension(donor.unit, fig.unit)


RESTATED_REACH = 60  # characters between a figure and the one that restates it


def restates(first: FoundFigure, second: FoundFigure, text: str, ctx: ContextWords) -> bool:
    """``second`` restates ``first`` in other terms ("2,600 otters a year, or 210 a month"): it
    counts the same thing (or names none) and follows it after a connective of conversion. A
    figure of the next sentence that carries on the quantity means the one restated."""
    gap = second.start - first.end
    return (0 <= gap <= RESTATED_REACH
            and second.counted_head in (None, first.counted_head)  # a bare one, or the same noun
            and ctx.conversion_before.search(text, first.end, second.start) is not None)


def _counted_before(span: Span) -> Token | None:
    """The plural of a count class ("people", "fighters") that the sentence right before (in
    the paragraph before too: a news paragraph is a sentence or two) names as a subject or
    object: what "the estimate" or "the number" with no figure before it is of."""
    doc = span.doc
    sent = span.sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    classes = units().count_classes
    nouns = [t for t in prev if t.tag_ == "NNS" and t.dep_ in ("dobj", "nsubj", "nsubjpass")
             and (t.lemma_.lower() in classes or t.lower_ in classes)]
    return nouns[-1] if nouns else None


def same_dimension(a: str, b: str) -> bool:
    """Two measure units of one dimension, both rates of the same period or neither ("barrels"
    and "litres"; not "barrels" and "barrels per day")."""
    found_a, found_b = converted(a), converted(b)
    return found_a is not None and found_b is not None and found_a[0] == found_b[0]


# "fell to roughly 45 trains a day in April from more than 90 in 2021": a change stated as
# "to X ... from Y" sets Y against X as "X, down from Y" does
_CHANGED_TO = re.compile(r"(?<![\w-])to\s+(?:[^\W\d][\w-]*\s+){0,2}$", re.I)
_CHANGED_FROM = re.compile(r"(?<![\w-])from\s+(?:[^\W\d][\w-]*\s+){0,2}$", re.I)
# characters before a figure the patterns above (anchored at the figure) may need: searching the
# whole text before every figure made a sentence of 10,000 figures quadratic
BEFORE_REACH = 80


_PLACED = re.compile(r"\b(?:in|at|across|into)\s+$", re.I)


def compared_with(fig: FoundFigure, same_sentence: list[FoundFigure],
                   text: str) -> FoundFigure | None:
    """The figure before it in its sentence that a comparison word sets it against ("up from",
    "down from", "against", "to X ... from Y"), when that one says what it counts (its own noun
    or one its clause gave it) and in a unit it can share."""
    before = [f for f in same_sentence if f.end <= fig.start and f.counted]
    if not before:
        return None
    # "6,500 people remain homeless in 9 shelters, down from 27,000": a count that only says
    # where ("in 9 shelters") is not what the comparison is about
    about = [f for f in before if not _PLACED.search(text, max(0, f.start - 8), f.start)]
    donor = max(about or before, key=lambda f: f.end)
    donor = _converted_from(donor, about or before, fig, text)
    shares = ("percent", "fraction")  # "a third ..., against 60%": one share, two notations
    if donor.unit in (*shares, POINTS) and fig.unit not in (*shares, "count", POINTS):
        # "sold bread worth €6.4m, down 9% from €7.0m": the change stands between the two
        # levels it is the change of; the level before it is what the figure is set against
        donor = max((f for f in before if f.end <= donor.start and f.unit == fig.unit),
                    key=lambda f: f.end, default=donor)
    if not estimate_words().compared.search(text, donor.end, fig.start) and not (
            _CHANGED_TO.search(text, max(0, donor.start - BEFORE_REACH), donor.start)
            and _CHANGED_FROM.search(text, donor.end, fig.start)):
        return None
    if fig.unit != "count" and fig.unit != donor.unit and not (
            fig.unit in shares and donor.unit in shares):
        return None
    return donor


POINTS = "percentage points"


# "€13m ($14.6m)": a sum's conversion in brackets right after it, a qualifier aside
IN_BRACKETS = re.compile(r"\s*\(\s*(?:about|roughly|around|some|nearly|almost|approximately)?"
                         r"\s*$", re.I)


def _converted_from(donor: FoundFigure, before: list[FoundFigure], fig: FoundFigure,
                    text: str) -> FoundFigure:
    """ "cost it €13m ($14.6m) a day, up from the €11m": a comparison sets the figure against
    the sum a conversion in brackets restates, in the figure's own currency, not against the
    conversion; any other donor stays as it is."""
    if donor.unit == fig.unit:
        return donor
    earlier = [f for f in before if f.end <= donor.start]
    if not earlier:
        return donor
    restated = max(earlier, key=lambda f: f.end)
    if restated.unit == fig.unit and IN_BRACKETS.fullmatch(text, restated.end, donor.start):
        return restated
    return donor


# "will cost 1,500 jobs, not 1,100", "52 men were trapped, not the 49 ...": after a figure, a few
# words of its clause, a comma and "not" (or "rather than")
DENIED_REACH = 60  # characters between a figure and the number "not" sets against it, at most
_DENIED = re.compile(r"[^,;:.()]{0,40},\s*(?:not|rather\s+than)\s+(?:the\s+|about\s+|some\s+)?$",
                     re.I)


def denied_alternative(fig: FoundFigure, same_sentence: list[FoundFigure],
                       text: str) -> FoundFigure | None:
    """ "the plan will cost 1,500 jobs, not 1,100": a number a comma and "not" set against the
    figure right before it is another count of what that one counts (the figure denied), in a
    unit it can share."""
    # (the sentence's figures are in text order: the one before is found by halving, as a
    # sentence may hold thousands of figures)
    i = bisect.bisect_left(same_sentence, fig.start, key=lambda f: f.start)
    donor = next((f for f in reversed(same_sentence[max(0, i - 3):i]) if f.end <= fig.start),
                 None)
    if donor is None or not donor.counted or fig.start - donor.end > DENIED_REACH or (
            not _DENIED.match(text, donor.end, fig.start)):
        return None
    if fig.unit != "count" and fig.unit != donor.unit:
        return None
    return donor


# ", down 9%", ", up by about 6.3 percent": a change said right after a comma, its qualifier aside
_CHANGE_AFTER_COMMA = re.compile(
    r",\s*(?:up|down)(?:\s+by)?(?:\s+(?:about|around|nearly|almost|some|roughly|over|more than"
    r"|less than))?\s*$", re.I)
CHANGE_REACH = 60  # characters between a figure and the comma of the change said after it


# ", 0.8% below April", ", about 9% more than a year earlier", ", 30 basis points lower than in
# June": a change set off by a comma whose comparative comes after it
_BARE_AFTER_COMMA = re.compile(
    r",\s*(?:(?:about|around|nearly|almost|some|roughly|just|over)\s+)?$", re.I)
_COMPARATIVE_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower|above|below)\b", re.I)
CHANGE_UNITS = frozenset({"percent", "percentage points", "basis points"})
ASIDE_REACH = 100  # characters of a source's aside (", the ministry said on Friday,") at most


def changed_figure(fig: FoundFigure, same_sentence: list[FoundFigure],
                   doc: Doc) -> FoundFigure | None:
    """ "shipped 870,000 tonnes of coffee in January-June, down 9% from a year earlier",
    "settled at $5,412 a tonne on Monday, up 6.3% in a week", "prices were 2.40 pesos, the
    ministry said, 0.8% below April": a share (or points) with no noun of its own, set off by a
    comma after another figure as "up" or "down" that much or that much "more", "below", is the
    change of what that figure counts (no other comma, semicolon or figure between them but a
    source's aside: another clause's figure is not what it changes)."""
    text = text_of(doc)
    if fig.unit not in CHANGE_UNITS:
        return None
    if not _CHANGE_AFTER_COMMA.search(text, max(0, fig.start - 30), fig.start) and not (
            _BARE_AFTER_COMMA.search(text, max(0, fig.start - 12), fig.start)
            and _COMPARATIVE_AFTER.match(text, fig.end)):
        return None
    before = [f for f in same_sentence if f.end <= fig.start]
    if not before:
        return None
    donor = max(before, key=lambda f: f.end)
    comma = text.rfind(",", donor.end, fig.start)
    between = text[donor.end:comma]
    aside = between.find(",")
    if aside >= 0 and _an_aside(doc, donor.end + aside, comma):
        between = between[:aside]
    if not donor.counted or len(between) > CHANGE_REACH or any(
            mark in between for mark in ",;:"):
        return None
    return donor


def _an_aside(doc: Doc, start: int, end: int) -> bool:
    """The words between two commas are a source's aside: a verb of saying ("the board said on
    Friday", "CREA reported") or "according to" in at most ``ASIDE_REACH`` characters."""
    if end - start > ASIDE_REACH:
        return False
    words = doc.char_span(start, end, alignment_mode="contract")
    reporting = context_words().reporting
    return words is not None and any(
        (t.pos_ == "VERB" and t.lemma_.lower() in reporting) or t.lower_ == "according"
        for t in words)


def sibling(fig: FoundFigure, same_sentence: list[FoundFigure], count_like: bool, *,
             before_only: bool = False) -> FoundFigure | None:
    siblings = [f for f in same_sentence if f is not fig and f.counted and not f.inherited
                and (f.start < fig.start or not before_only)]
    if count_like:
        siblings = [f for f in siblings if not is_money_or_measure(f.unit)]
    else:
        siblings = [f for f in siblings if f.unit == fig.unit]
    if not siblings:
        return None
    return min(siblings, key=lambda f: (f.start > fig.start, abs(f.start - fig.start)))


def subject_of_its_own(doc: Doc, fig: FoundFigure, later: FoundFigure) -> bool:
    """Whether a figure that "be" or a verb's "at" phrase states of a subject ("the
    final toll is 61", "says it is $3bn", "the tally stood at 1,870") is followed by one that
    is the subject of a clause of its own, joined by "and" or a conjunction ("..., and 930
    cabins were destroyed", "..., because the firm's $8bn of loans are worth less"): what the
    later one counts says nothing of what the subject names (but a clause that says when, "when
    17,320 people had made it", or a verb that shares the subject, "killed 12 and injured 40
    people", may go on with the same thing)."""
    mine = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    theirs = doc.char_span(later.start, later.end, alignment_mode="expand")
    if mine is None or theirs is None:
        return False
    copula = completed_verb(mine)  # "is 61", "stood at 1,870", "reached 4,300"
    if copula is None:
        return False
    verb = governing_verb(theirs)
    if verb.i == copula.i or verb.pos_ not in ("VERB", "AUX") or not (
            verb.dep_ == "conj" or any(c.dep_ == "mark" for c in verb.children)):
        return False
    return branch_under(verb, theirs.root).dep_ in ("nsubj", "nsubjpass")


def is_money_or_measure(unit: str) -> bool:
    """Units that are not a count of things: currencies, shares and measures."""
    lex = units()
    return (unit in lex.currency_codes or unit in ("percent", "fraction")
            or unit in set(lex.measures.values()) or unit.isupper())


def listed_noun(span: Span, ctx: ContextWords) -> Token | None:
    """ "The remaining seats are distributed as follows: UC 11, MRS 5, UPD 3": a bare number in a
    list after a colon counts the plural noun the clause before the colon is about."""
    sent = span.sent
    colon = next((t for t in reversed(sent[:span.start - sent.start]) if t.text == ":"), None)
    if colon is None:
        return None
    nouns = [t for t in sent[:colon.i - sent.start]
             if t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT")
             and t.lemma_.lower() not in ctx.not_counted and not is_unit_noun(t)]
    return nouns[-1] if nouns else None


def list_item_name(span: Span) -> str | None:
    """The name a list item gives its number: "Unidad Costera (UC) 11" is Unidad
    Costera's (a bracketed acronym after it aside)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    words: list[str] = []
    while i >= 0 and doc[i].text[:1].isupper() and doc[i].is_alpha:
        words.insert(0, doc[i].text)
        i -= 1
    return " ".join(words) or None


def share_of_after(span: Span) -> tuple[Token, str | None] | None:
    """ "3.4 million, or 43 percent of the households served": a count restated as a share of
    something counts that something."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "or":
        return None
    for tok in doc[i + 2:i + 6]:
        if tok.lower_ in ("percent", "per", "%") or tok.text.endswith("%"):
            of = next((t for t in doc[tok.i + 1:tok.i + 3] if t.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if obj is not None and obj.pos_ == "NOUN" and not is_unit_noun(obj):
                return obj, None
            return None
    return None


def named_share(span: Span, ctx: ContextWords) -> str | None:
    """ "gives the LC 36.5 percent", "had the FV on 24.1 percent", "put the LC at between 33.5
    and 35.5 percent", "LC 36.0 percent, FV 25.4 percent", "the LC's final share was 36.5
    percent": a percentage with no noun of its own, given to a named party or body, is that
    one's share. A place is where a figure is, not whose, so it names no share."""
    doc = span.doc
    verb = governing_verb(span)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (subject is not None and subject.lemma_.lower() == SHARE
            and verb.lemma_.lower() in ctx.measure_verbs):
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        return _name_ending_at(owner) if owner is not None else None
    i = span.start - 1
    while i >= 0 and span.start <= doc[i].head.i < span.end and doc[i].dep_ in (
            "quantmod", "advmod"):
        i -= 1  # "on about 30 percent"
    for _ in range(2):  # "had the FV on 24.1 percent", "put the LC at between 33.5 and 35.5"
        if i >= 0 and doc[i].pos_ == "ADP" and doc[i].lower_ != "of":
            i -= 1
    if i >= 0 and doc[i].text == ")":  # "the Liga Costera (LC) 36.5 percent"
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    return _name_ending_at(doc[i]) if i >= 0 else None


def _name_ending_at(tok: Token) -> str | None:
    """The name whose last word is ``tok`` ("the Green Party", "LC"), unless a place, a time,
    or a capitalised first word of a sentence ("Turnout 52 percent")."""
    if tok.pos_ != "PROPN" and not (tok.is_upper and tok.is_alpha and len(tok.text) > 1):
        return None
    if tok.ent_type_ in ("GPE", "LOC", "FAC", "DATE") or tok.lower_ in MONTHS or (
            tok.lower_ in WEEKDAYS) or (tok.is_sent_start and not tok.is_upper):
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ != "with":
        return None  # "by Friday 40 percent" is a when, but "with the LC on 34 percent" whose
    first = tok
    while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).is_alpha:
        first = first.nbor(-1)
    return tok.doc[first.i:tok.i + 1].text


def partitive(span: Span, ctx: ContextWords) -> tuple[Token, str | None] | None:
    """ "Of those voters, 84,310 are registered abroad": a bare number after a fronted "of"
    phrase counts a part of what that phrase names."""
    sent = span.sent
    first = sent[0]
    if first.lower_ != "of" or first.i >= span.start:
        return None
    obj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if obj is None or obj.tag_ != "NNS" or obj.i >= span.start or (
            obj.lemma_.lower() in ctx.not_counted or is_unit_noun(obj)):
        return None
    return obj, group_in(list(obj.lefts))


def bracketed_share_of(fig: FoundFigure, same_sentence: list[FoundFigure],
                        text: str) -> FoundFigure | None:
    """ "Of the 64 deaths, 11 (17%) occurred at home", "18 of 24 samples tested (75%)": a
    percentage in brackets right after a count restates that count as a share, so it counts
    what the count counts."""
    if fig.unit != "percent" or text[fig.start - 1:fig.start] != "(":
        return None
    before = [f for f in same_sentence if f.end <= fig.start and f.counted]
    prev = max(before, key=lambda f: f.end, default=None)
    if prev is None or prev.unit in ("percent", "fraction") or prev.unit.isupper():
        return None
    # only the count's own words between ("samples tested")
    return prev if re.fullmatch(r"[^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s*\(",
                                 text[prev.end:fig.start].strip()) else None


# ", or 12%", ", about 4.5 per cent", ", or roughly 30 per cent": a share set off as a restatement
_RESTATED_AS_SHARE = re.compile(
    r",\s*(?:or\s+)?(?:(?:about|around|nearly|almost|some|roughly|just|over|under)\s+)?$", re.I)
# "1,200 of the containers", "600 of them", not a measure's substance ("420,000 tons of crops")
_PART_OF = re.compile(r"\s+of\s+(?:the|them|those|these|its|their|all)\b", re.I)
_OF_AFTER = re.compile(r"\s+of\b")  # "5 percent of the area sown": a share of its own whole
PART_REACH = 120  # characters between a part and the share that restates it, at most


def part_restated_as_share(fig: FoundFigure, same_sentence: list[FoundFigure],
                           text: str) -> FoundFigure | None:
    """ "Customs scan 1,200 of the 35,000 containers that pass each day, about 3.4%", "it scans
    600 of them, or 25%", "CHF 310m of the damage is insured, or roughly 60%": a share set off by
    a comma after a part of a whole ("N of ...") restates that part as a share of the whole, so
    it counts what the part counts (not a change: "20 of its games, 5% more than ...")."""
    if fig.unit != "percent" or not _RESTATED_AS_SHARE.search(
            text, max(0, fig.start - 20), fig.start) or _COMPARATIVE_AFTER.match(text, fig.end) or (
            _OF_AFTER.match(text, fig.end)):
        return None
    counts = [f for f in same_sentence if f.end <= fig.start and fig.start - f.end <= PART_REACH
              and f.unit not in ("percent", "fraction")]
    at = next((k for k in range(len(counts) - 1, -1, -1) if _PART_OF.match(text, counts[k].end)),
              None)
    if at is None:
        return None
    between = text[counts[at].end:fig.start]
    if len(re.findall(r",(?!\d)", between)) != 1 or any(m in between for m in ";:"):
        return None
    # the part's noun, or the whole's it is "of" ("900 of the 20,000 lorries")
    return next((f for f in counts[at:] if f.counted), None)


# "..., with Victoria at C$1,780 and Kelowna at C$1,540", "followed by Toronto at $2,780": a
# place's value of the quantity the clause before gave, the place named right before "at"
_PLACE_AT = re.compile(
    r"(?:\bwith|,|\band|\bfollowed by)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)"
    r"{0,2}\s+at\s+(?:(?:about|around|some|nearly|roughly)\s+)?$")
PLACE_REACH = 160  # characters between a place's value and the figure it is listed after


def placed_alongside(fig: FoundFigure, same_sentence: list[FoundFigure],
                     text: str) -> FoundFigure | None:
    """ "The average rent rose to C$2,110 a month, data showed, with Vancouver at C$3,180 and
    Toronto at C$2,840": a figure a place is "at", listed after a figure of the same unit in its
    sentence, is that place's value of what the figure before counts (a noun the figure before
    only inherited too; not a place's own name that figure took: "Vancouver ... at $3,050")."""
    if not _PLACE_AT.search(text, max(0, fig.start - 60), fig.start):
        return None
    before = [f for f in same_sentence if f.end <= fig.start and fig.start - f.end <= PLACE_REACH
              and f.counted and f.unit == fig.unit]
    if not before or (" " not in before[-1].counted and before[-1].counted[:1].isupper()):
        return None
    return before[-1]


INCLUDING = frozenset({"including", "among"})  # "on 310,000 hectares, including 46,000 in ..."
INCLUDED_REACH = 3  # figures before a part the whole it is included in may be


def included_in(fig: FoundFigure, span: Span, same_sentence: list[FoundFigure]
                ) -> FoundFigure | None:
    """ "locusts damaged crops on 310,000 hectares, including 46,000 hectares in Neemuch": a
    figure "including" hangs on another figure of its sentence is a part of that whole, in its
    unit, and counts what the whole counts (even a noun the whole itself inherited)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in INCLUDING or prep.dep_ != "prep":
        return None
    at = prep.head.idx  # the whole's noun (or number), inside the span of the figure it is
    before = [f for f in same_sentence if f.end <= fig.start]
    for other in before[-INCLUDED_REACH:]:
        if other.start <= at < other.end and other.counted and other.unit == fig.unit:
            return other
    return None
