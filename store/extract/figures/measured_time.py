"""A time that is a measure: said as a mean ("ships were waiting an average of 4.5 days",
"response times averaged 11 minutes"), and the mean it is compared with right after it ("...,
against 1.8 days in July"). A length of time is no figure (the annotation guide's "six months",
"42 days"), but a mean time is a measure a fact-checker can check against its source."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import text_of
from store.extract.numbers import NumberExpr
from store.knowledge.context import context_words, hedges
from store.knowledge.quantity_classes import quantity_classes
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from store.knowledge.context import ContextWords

# "an average of", "averaging about", "on average": the mean said right before the number
_AVERAGED = re.compile(rf"\baverag(?:e|es|ed|ing)\s+(?:of\s+)?(?:(?:{hedges()}"
                       r"|almost|just|over|under|more\s+than|less\s+than)\s+)?$", re.I)
# "an average of 4.5 days for a berth, against 1.8 days": the mean it is compared with, a few
# words after the first
_AVERAGE_COMPARED = re.compile(r"\baverag(?:e|es|ed|ing)\s+(?:of\s+)?(?:[a-z]+\s+)?[\d.,]+\s+"
                               r"[a-z]+(?:\s+[a-z]+){0,4},?\s+(?:against|(?:up|down)\s+from"
                               r"|compared\s+(?:with|to)|versus)\s+(?:the\s+)?(?:usual\s+)?$",
                               re.I)
_BEFORE = 40  # a mean said right before the number
_COMPARED = 90  # a mean, its words and the comparison before the number


def time_measured(start: int, text: str) -> bool:
    """Whether the number that starts at ``start`` before a time word is a mean time: said as
    one, or compared with one a few words before it (a bounded window before the number)."""
    return bool(_AVERAGED.search(text, max(0, start - _BEFORE), start)
                or _AVERAGE_COMPARED.search(text, max(0, start - _COMPARED), start))


_REACH = 20  # tokens before the number where "average" may stand, in its sentence


def what_is_averaged(span: Span) -> str | None:
    """What a mean time measures, as its sentence says it: the time spent that a verb of one
    names ("were waiting an average of 4.5 days", and "..., against 1.8 days" after it: the
    wait; "took an average of 36 minutes": the time), else what ``said_as_means`` finds for the
    figure; else None. Kept on the document by the figure's first token: the filter of claims,
    the measure and the assembly each ask it of the same figure."""
    doc = span.doc
    known = doc.user_data.setdefault("claimscope_averaged", {})
    if span.start not in known:
        known[span.start] = _averaged_by_verb(doc, span.start, span.sent.start) or (
            said_as_means(span).get(span.start))
    return known[span.start]


def _averaged_by_verb(doc: Doc, i: int, sent_start: int) -> str | None:
    """The time spent a verb names whose "average" stands a few tokens before token ``i``
    ("were waiting an average of": the wait; "took an average of": the time)."""
    ctx = context_words()
    verb = next((
        tok.head.lemma_.lower() for tok in doc[max(sent_start, i - _REACH):i]
        if tok.lower_ == "average" and tok.dep_ in ("dobj", "npadvmod")
        and tok.head.pos_ == "VERB"
        and tok.head.lemma_.lower() in ctx.mean_time_verbs | ctx.time_taken_verbs), None)
    return ("time" if verb in ctx.time_taken_verbs else verb) if verb else None


# "36 minutes on average", "8 minutes 21 seconds on average": the mean said after the time
_ON_AVERAGE = re.compile(r"\s*(?:\d[\d.,]*\s+[^\W\d_]+\s+)?on\s+average\b", re.I)
# between a mean time and a time it is set against: ", against a target of ", " from ",
# ", and down from ", " (January: "
_SET_AGAINST = re.compile(r"(?:^|[\s,;(])\s*(?:and\s+)?(?:(?:against|versus|compared\s+(?:with|to)"
                          r"|(?:up|down)\s+from|from|than)\s+(?:(?:a|an|the|its)\s+)?"
                          r"(?:(?:target|goal|standard|usual|average)\s+(?:of\s+)?)?"
                          r"|[^\W\d_]+:\s*)(?:(?:about|almost|nearly|around|just)\s+)?$", re.I)
_GAP = 80  # characters from a mean time to the time set against it, with no number between
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLIMB = 4  # heads from a time word up to the verb whose subject may name the mean


def said_as_means(span: Span) -> dict[int, str]:
    """The times of a sentence that its words say are means, by their first token, with what
    each measures: a time whose clause has for subject a time noun that a summary word makes a
    mean ("the median wait rose to 14.6 weeks": the wait; "the mean response time was 36
    minutes": the response time); a time "on average" after a verb of time taken ("took about
    36 minutes on average": the time); and a time set against one of those right before it
    ("..., from 14.2 weeks", "against a target of 30 minutes", "(January: 42 minutes)"). Read
    once for the sentence: each time asks it."""
    doc = span.doc
    sent = span.sent
    cache = doc.user_data.setdefault("claimscope_means", {})
    if sent.start in cache:
        return cache[sent.start]
    ctx = context_words()
    times = units().time_words
    text = text_of(doc)
    found: dict[int, str] = {}
    last: tuple[int, str] | None = None  # where the last mean time's word ends, what it measures
    for tok in sent:
        if not tok.like_num or tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ not in times:
            continue
        if tok.i > sent.start and doc[tok.i - 1].like_num:
            continue  # "1 000 minutes": the number's own first part is asked
        if tok.i - 2 >= sent.start and doc[tok.i - 1].lower_ in times and doc[tok.i - 2].like_num:
            continue  # the seconds of "36 minutes 14 seconds", part of the minutes
        word = doc[tok.i + 1]
        measures = _mean_noun(word, ctx) or (
            "time" if _ON_AVERAGE.match(text, word.idx + len(word))
            and _taken(word, ctx) else None) or (
            _averaged_by_verb(doc, tok.i, sent.start)
            if time_measured(tok.idx, text) else None)
        if measures is None and last is not None and 0 <= tok.idx - last[0] <= _GAP and (
                _SET_AGAINST.search(text, last[0], tok.idx)) and not any(
                c.isdigit() for c in text[last[0]:tok.idx]):
            measures = last[1]
        if measures is not None:
            found[tok.i] = measures
            end = word.idx + len(word)
            second = _ON_AVERAGE.match(text, end)
            last = (second.end() if second else end, measures)
            # "36 minutes 14 seconds": the seconds are part of this time
            if tok.i + 3 < sent.end and doc[tok.i + 2].like_num and (
                    doc[tok.i + 3].lower_ in times):
                tail = doc[tok.i + 3]
                last = (tail.idx + len(tail), measures)
    cache[sent.start] = found
    return found


def _clause_verb(word: Token) -> Token | None:
    """The verb or auxiliary a time word hangs from, a few heads up."""
    tok = word
    for _ in range(_CLIMB):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _mean_noun(word: Token, ctx: ContextWords) -> str | None:
    """The time noun a summary word makes a mean, as the subject of the clause of ``word``
    ("the median wait", "the mean response time"), with the nouns compounded before it. The
    tagger may read "the median wait rose" as the verb "wait" whose subject is "median", with
    "rose" a clause of it: the verbs above a subjectless one are asked too."""
    verb = _clause_verb(word)
    means = quantity_classes().averages
    for _ in range(_CLIMB):
        if verb is None:
            return None
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if verb.lemma_.lower() in ctx.mean_time_nouns and any(
                c.lemma_.lower() in means for c in subjects):
            return verb.lemma_.lower()  # "the median wait rose", misread
        for subject in subjects:
            if subject.lemma_.lower() not in ctx.mean_time_nouns or not any(
                    c.lemma_.lower() in means and c.dep_ in ("amod", "compound")
                    for c in subject.children):
                return None
            compound = [c.lower_ for c in subject.children if c.dep_ == "compound"
                        and c.i == subject.i - 1 and c.lemma_.lower() not in means]
            return " ".join([*compound, subject.lemma_.lower()])
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _taken(word: Token, ctx: ContextWords) -> bool:
    """The clause of a time is one of time taken ("took about 36 minutes", "were reached in 8
    minutes")."""
    verb = _clause_verb(word)
    return verb is not None and verb.lemma_.lower() in ctx.time_taken_verbs


def mean_time_of(expr: NumberExpr, span: Span) -> str | None:
    """The time spent a number before a time word is the mean of ("wait"), when the text says
    it as a mean (``time_measured``) of a verb of time spent; else None (a mean of another
    thing, "cut power to 610,000 customers for an average of five hours", is given per one of
    them, which is not read here)."""
    if time_measured(expr.start, text_of(span.doc)):
        return what_is_averaged(span)
    return said_as_means(span).get(span.start)


# "36 minutes 14 seconds", "2 hours 45 minutes": a time written in two units, the smaller after
_PARTS = {"minute": ("second", 60.0), "hour": ("minute", 60.0)}
_TAIL = re.compile(r"\s+(?:and\s+)?(\d{1,2})\s+([^\W\d_]+)")


def time_in_two_units(span: Span) -> tuple[float, int] | None:
    """The smaller unit written after a mean time, as the fraction of the larger it adds and
    where it ends ("36 minutes 14 seconds": 14/60 of a minute): one time, not two."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    part = _PARTS.get(doc[span.end].lemma_.lower())
    if part is None:
        return None
    word = doc[span.end]
    tail = _TAIL.match(text_of(doc), word.idx + len(word))
    if tail is None or tail.group(2).lower().rstrip("s") != part[0]:
        return None
    value = int(tail.group(1))
    return (value / part[1], tail.end()) if value < part[1] else None
