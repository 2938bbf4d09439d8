"""When: the period a figure describes, from the nearest date of its sentence, else "a previous
estimate" (the year before the article), else the article's own date: to the day for a running
total ("six hijackings since September 20", basis ``running``), which is counted up to the day it
is reported, else (basis ``article``) as a bound on a figure that may describe days before."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract import dates
from store.extract.figures.dateline_subject import dateline_dash
from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import (
    ents_in,
    governing_verb,
    in_digits,
    in_subtree,
    per_sentence,
    sentence_of,
    text_of,
)
from store.extract.figures.table_stages import stage_header
from store.extract.figures.tables import cell_at
from store.extract.figures.when_valued import values_a_price
from store.knowledge.context import context_words
from store.knowledge.estimates import estimate_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

BOUNDS = ("since", "until", "till")
# words after which a bare four-digit number is the level something is set against ("a rating
# above 2000", "scores below 1500"), not a year the figure is of; ("over" and "under" also say
# "during" and "by the rules of": "over 2023", "under 2019 rules")
THRESHOLDS = ("above", "below", "exceeding", "beyond")


def when_of(span: Span, sent: Span, article_date: str | None) -> tuple[str | None, str | None]:
    bound = _in_a_bound_when_clause(span, article_date)
    if bound is not None:
        return bound, "sentence"
    best: tuple[int, str] | None = None
    dated = per_sentence(sent, f"dates@{article_date}",
                         lambda sent: _dates_in(sent, article_date))
    # entities do not overlap, so distance only grows away from the figure: the nearest date
    # is among the few around it (a sentence listing thousands of dated numbers stays linear)
    i = bisect.bisect_left(dated, (span.start,))
    if i > 0 and _bracket_labelled(sent.doc[dated[i - 1][0]:dated[i - 1][1]], span):
        return dated[i - 1][2], "sentence"  # "61.5 (2024: 58.2)": 58.2 is of 2024
    candidates = dated[max(0, i - 2):i]
    while i < len(dated) and len(candidates) < 4:
        if not (dated[i][0] >= span.start and dated[i][1] <= span.end):  # not inside it
            candidates.append(dated[i])
        i += 1
    candidates = [c for c in candidates if _dates_the_figure(sent.doc, c, span)
                  and not _old_end_of_a_change_to_come(sent.doc, c, span, article_date)]
    saying = [c for c in candidates if _dates_the_saying(sent.doc[c[0]], span)]
    if any(c[0] >= span.end and c not in saying for c in candidates):
        candidates = _past_its_comparison(candidates, span)
    elif candidates and all(c[0] < span.start for c in candidates):
        before = _year_before(candidates[-1][2]) if _ends_a_year_comparison(
            sent.doc[candidates[-1][0]:candidates[-1][1]], span) else None
        if before is not None and not _old_end_of_a_change(span) \
                and not _past_its_comparison(candidates, span):
            # "will spend $5 million this year, up from $4 million": the year said before "up
            # from" is the new value's; the old one is of the year before it
            return before, "earlier"
    if saying and (any(_in_own_clause(sent.doc[c[0]], span) for c in candidates)
                   or _projected_value(span)):
        # the day a projection was said is not the outcome it projects ("could cost up to 51
        # billion, the auditor said on Wednesday")
        candidates = [c for c in candidates if c not in saying]
    if len(candidates) > 1 and any(_in_own_clause(sent.doc[c[0]], span) for c in candidates):
        # "held 54,300 at the end of last year, and that 468 died in 2030": a date the figure's
        # own clause states is its own, not that of a clause joined to it by "and"
        candidates = [c for c in candidates if not _on_a_joined_verb(sent.doc[c[0]], span)]
    if article_date and candidates and _forecast_value(span):
        candidates = _forecast_targets(candidates, sent.doc, article_date)
    for start, end, resolved in candidates:
        # a tie goes to the date after the figure: in "slowed to 4.2 percent in June from 4.8
        # percent in May", June is the first figure's and May the second's
        distance = min(abs(start - span.end), abs(span.start - end)) * 2 + (start < span.start)
        if best is None or distance < best[0]:
            best = (distance, resolved)
    if best is not None:
        return best[1], "sentence"
    if _is_earlier(span):
        # "a previous estimate of 19,000": before the article, most often the year before
        return (str(int(article_date[:4]) - 1) if article_date else None), "earlier"
    if article_date:
        return article_date, ("running" if _is_running(span) else "article")
    return None, None


_A_YEAR = re.compile(r"(?:\b(?:this|last|next|the)\s+year\b|^\s*(?:in\s+)?(?:19|20)\d\d\s*$)", re.I)


def _ends_a_year_comparison(date: Span, span: Span) -> bool:
    """Whether a date names a year ("this year", "2031", not "this summer") and the figure set
    against it ends its clause ("..., up from $4 million."): with words after it ("up from
    £142m before the deal") the old value is of another moment the words say, perhaps the
    same year."""
    if not _A_YEAR.search(date.text):
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is None or after.is_punct or after.is_space


def _year_before(resolved: str) -> str | None:
    """The year before a date that is a whole year ("2031" -> "2030"), else None: the old value
    a comparison sets against a year's figure is the year before's, and of a shorter date
    nothing sure can be said."""
    return str(int(resolved) - 1) if len(resolved) == 4 and resolved.isdigit() else None


def _in_a_bound_when_clause(span: Span, article_date: str | None) -> str | None:
    """The date right after "since" or "until" whose "when" clause the figure sits in: "the
    deadliest since 2011, when 212 people drowned", "the highest since 2009, when it reached
    9.8 percent". Such a date is skipped as a bound (``_dates_in``), but the clause on it says
    what happened then, so it is the figure's period. A few tokens looked at, whatever the
    sentence's length."""
    verb = governing_verb(span)
    if verb.dep_ not in ("relcl", "advcl") or not any(
            c.lower_ == "when" and c.dep_ == "advmod" and c.i < span.start
            for c in verb.children):
        return None
    head = verb.head
    if head.ent_type_ != "DATE" or head.i > span.start:
        return None
    doc = span.doc
    ent = next(iter(ents_in(doc, head.i, head.i + 1)), None)
    if ent is None or ent.start == 0 or doc[ent.start - 1].lower_ not in BOUNDS:
        return None
    return dates.resolve(ent.text, article_date)


def _dates_the_figure(doc: Doc, date: tuple[int, int, str], span: Span) -> bool:
    """Whether a date of the figure's sentence is none of the dates that belong to something
    else (its tokens made into a span once for all the checks)."""
    if _in_other_adverbial(doc[date[0]], span):
        return False
    tokens = doc[date[0]:date[1]]
    if values_a_price(tokens.root):
        return False  # "at 2030 prices": the price level's year, not the figure's
    return not (_in_bounding_phrase(tokens.root, span)
                or _after_a_compared_figure(span, date[0])
                or _in_compared_standard(tokens, span)
                or _dates_the_revising(tokens, span)
                or _a_deadline_elsewhere(tokens, span)
                or _on_a_later_verb(tokens, span)
                or _on_a_joined_verb_of_another_time(tokens.root, span)
                or _in_a_joined_report(tokens.root, span)
                or _dates_a_standard_noun(tokens.root, span)
                or _base_of_another_figures_change(tokens, span)
                or _old_end_of_a_change_ahead(tokens, span)
                or _labels_a_bracketed_value(tokens, span))


# "61.5 (2024: 58.2)": the year that opens a bracket right after the figure, then a colon
_BRACKET_LABEL = re.compile(r"\((?:in\s+)?\Z", re.I)  # "(", "(in " before the label's date


def _bracket_labelled(date: Span, span: Span) -> bool:
    """ "61.5 (2024: 58.2)", "(in 2024: 58.2)": the date opens the bracket the figure stands in,
    a colon between them."""
    text = text_of(span.doc)
    return re.fullmatch(r"\s*:\s*", text[date.end_char:span.start_char]) is not None and (
        _BRACKET_LABEL.search(text, max(0, date.start_char - 5), date.start_char) is not None)
_BRACKET_OPENS = re.compile(r"(?:\s+[A-Za-z-]+){0,2}\s*\(\s*(?:in\s+)?\Z", re.I)


BRACKET_REACH = 30  # characters from a figure to the date that opens a bracket after it


def _labels_a_bracketed_value(date: Span, span: Span) -> bool:
    """ "pass percentage: 61.5 (2024: 58.2)": a date that opens a bracket right after the
    figure and is followed by a colon labels the value in the bracket (the same quantity in
    another year), not the figure before it."""
    doc = span.doc
    if date.start < span.end or date.end >= len(doc) or doc[date.end].text != ":":
        return False
    return date.start_char - span.end_char <= BRACKET_REACH and _BRACKET_OPENS.match(
        text_of(doc), span.end_char, date.start_char) is not None


CHANGE_REACH = 8  # tokens from the old value of a change to the date after its new one


def _old_end_of_a_change_ahead(date: Span, span: Span) -> bool:
    """Whether the figure is the old value of a change still to come, dated after its new
    value: in "will raise the fare from 2.20 to 2.60 on April 1" (or "from March"), the date is
    when 2.60 takes effect; 2.20 is what the fare is until then, the article's own time."""
    if date.start < span.end or date.start - span.end > CHANGE_REACH:
        return False
    return _old_end_of_a_change(span, date.start) and said_ahead(date.root)


def _old_end_of_a_change_to_come(doc: Doc, date: tuple[int, int, str], span: Span,
                                 article_date: str | None) -> bool:
    """Whether the figure is the old value of a change whose date, after its new value, lies
    past the article's own ("fares rise from 2.20 to 2.60 next year", "the budget of 4m
    will grow to 5m in 2031"): that date is when the new value holds; the old one is what
    holds until then, whatever the verb's tense."""
    start, _, resolved = date
    if not article_date or start < span.end or start - span.end > CHANGE_REACH:
        return False
    first = resolved.split("/")[0]
    if not first[:4].isdigit() or first <= article_date[:len(first)]:
        return False
    return _old_end_of_a_change(span, start)


def _old_end_of_a_change(span: Span, end: int | None = None) -> bool:
    """Whether the figure is the "from" end of a "from X to Y" change, or the subject's value
    of a verb of change to Y ("the fee of 40 will rise to 45"), Y standing before token
    ``end`` (by default within ``CHANGE_REACH`` tokens of the figure)."""
    doc = span.doc
    if not any(t.lower_ == "from" for t in doc[max(0, span.start - 2):span.start]):
        return _subject_of_a_change(span, end)
    end = min(len(doc), span.end + CHANGE_REACH) if end is None else end
    return _to_a_number(doc, span.end, end)


def _to_a_number(doc: Doc, start: int, end: int) -> bool:
    """Whether a "to" between tokens ``start`` and ``end`` takes a number before ``end``: the
    new value of a change ("... to 45")."""
    to = next((t.i for t in doc[start:end] if t.lower_ == "to"), None)
    return to is not None and any(t.like_num or in_digits(t) for t in doc[to + 1:end])


def _subject_of_a_change(span: Span, end: int | None) -> bool:
    """Whether the figure stands in the subject of a verb of change whose "to" takes a new
    value before token ``end`` ("the fee of 40 will rise to 45 next year"): the figure is
    the value before the change."""
    doc = span.doc
    end = min(len(doc), span.end + CHANGE_REACH) if end is None else end
    verb = governing_verb(span)
    if verb.i < span.end or verb.i >= end \
            or verb.lemma_.lower() not in context_words().change_verbs:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not subject.left_edge.i <= span.root.i <= subject.right_edge.i:
        return False
    return _to_a_number(doc, verb.i + 1, end)


FORECAST_HOPS = 4  # heads above a figure searched for the forecast it is the value of


def _forecast_value(span: Span) -> bool:
    """Whether the figure is a forecast's value: a verb of forecasting governs it ("expects
    1%", "expects inflation to average 4.2 percent"), or a forecast is what its verb acts on
    ("cut its forecast to 1.0%") or what it is ("the IMF's forecast is 1 percent")."""
    words = estimate_words()
    verb = governing_verb(span)
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and c.lemma_.lower()
           in words.forecast_nouns for c in verb.children):
        return True
    noun = span.root if span.root.dep_ not in ("nummod", "quantmod", "compound") else (
        span.root.head)
    if any(c.dep_ == "relcl" and c.lemma_.lower() in words.forecast_verbs
           for c in noun.children):
        return True  # "below the $440 million it forecast in May": its own clause forecasts it
    tok = span.root
    for _ in range(FORECAST_HOPS):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        lemma = tok.lemma_.lower()
        if (lemma in words.forecast_nouns and tok.pos_ == "NOUN") or (
                lemma in words.forecast_verbs and tok.pos_ == "VERB"):
            return True
    return False


MODALS = frozenset({"will", "would", "could", "may", "might", "'ll", "wo"})
# a poll or survey measures intention on its own dates, whatever its verbs say will happen
_POLL = re.compile(r"\b(?:poll|polls|polled|pollsters?|polling|surveys?|surveyed|opinion)\b",
                   re.I)
_SHARES = frozenset({"percent", "fraction", "percentage points"})


def is_projection(span: Span, fig: FoundFigure) -> bool:
    """Whether the figure, which nothing in its text dates, is the value of a projection of an
    outcome: what a project will cost or carry, what someone expects once it is done ("will
    cost 7 billion in all", "foresees 9,000 riders daily when the bridge opens"). Such a figure
    describes the outcome it projects, whenever it is printed, so that two bodies' estimates of
    it printed months apart are still two estimates of one thing. A share or rate in percent
    stays of its day (a forecast of inflation is of the current year), and so does what a poll
    or survey says."""
    if fig.when_basis not in ("article", None) or fig.unit in _SHARES:
        return False
    if _old_end_of_a_change(span):
        return False  # "will raise the fare from 2.20 to 2.60": 2.20 is the fare now
    return _projected_value(span) or _estimated_cost(span, fig)


ESTIMATE_NOUNS = frozenset({"estimate"})


def _estimated_cost(span: Span, fig: FoundFigure) -> bool:
    """Whether a sum is the value a body's estimate of a cost takes: the verb the figure hangs
    on acts on "its estimate of the cost of ..." ("raised its estimate of the cost of the
    repairs to 23 billion yen"). Undated, such a cost is the total the thing will come to (an
    event's cost is the event's: ``period`` reads that first), so the estimate before it, in
    another article ("the repairs will cost 18 billion yen"), is of the same outcome."""
    if " per " in fig.unit or fig.base_unit not in units().currency_codes:
        return False
    sums = estimate_words().estimated_sums
    verb = governing_verb(span)
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in ESTIMATE_NOUNS:
            continue
        if any(prep.dep_ == "prep" and prep.lower_ in ("of", "for") and any(
                obj.dep_ == "pobj" and obj.lemma_.lower() in sums for obj in prep.children)
               for prep in noun.children):
            return True
    return False


def _projected_value(span: Span) -> bool:
    """Whether a modal verb ("will", "could") or a verb or noun of forecasting governs the
    figure, outside a sentence about a poll or survey."""
    polled = per_sentence(sentence_of(span), "poll", lambda sent: _POLL.search(
        text_of(sent.doc), sent.start_char, sent.end_char) is not None)
    if polled:
        return False
    verb = governing_verb(span)
    if verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return True
    if verb.pos_ == "VERB" and verb.dep_ == "xcomp" and _planned(verb):
        return True  # "plans to cut 1,500 jobs": the plan's outcome, as "would cut" is
    return _forecast_value(span)


PLANNING = frozenset({"plan", "intend", "aim"})  # "plans to cut", "intends to build"


def _planned(verb: Token) -> bool:
    """Whether a verb is the infinitive of a plan ("plans to cut", "intends to build", "aims to
    hire"): what it will do once done, not a level of the day the plan is told."""
    return verb.head.lemma_.lower() in PLANNING and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _forecast_targets(candidates: list[tuple[int, int, str]], doc: Doc,
                      article_date: str) -> list[tuple[int, int, str]]:
    """A forecast's dates less those that date its making: a day, a week or a month up to the
    article's day ("cut its 2031 forecast last week", "in its July update") says when the
    forecast was made, not what it forecasts; a year ("its 2031 forecast", "next year"), a
    quarter or a later day stays. When only dates of its making are left, the forecast is of
    the year it was made in (a forecast that names no year is of the current one)."""
    def making(start: int, end: int, resolved: str) -> bool:
        return (len(resolved) > len("2024") and resolved <= article_date
                and dates.quarter(doc[start:end].text, article_date) is None)

    targets = [c for c in candidates if not making(*c)]
    if targets:
        return targets
    return [(start, end, resolved[:4]) for start, end, resolved in candidates]


def _is_running(span: Span) -> bool:
    """Whether the figure's verb says it counts up to now: "has recorded six hijackings since
    September 20", "1,200 have been evacuated so far", "claims to date"."""
    running = context_words().running_words
    verb = governing_verb(span)
    for child in verb.children:
        if child.lower_ in running and child.dep_ in ("prep", "advmod", "mark"):
            return True
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in running
                                         for g in child.children):
            return True  # "has recorded 19 attacks since the Houthis said ..."
        if child.dep_ in ("advmod", "prep") and child.i > 0:
            pair = f"{verb.doc[child.i - 1].lower_} {child.lower_}"
            following = (f"{child.lower_} {verb.doc[child.i + 1].lower_}"
                         if child.i + 1 < len(verb.doc) else "")
            if pair in running or following in running:
                return True
    return False


def _dates_in(sent: Span, article_date: str | None) -> list[tuple[int, int, str]]:
    """The dates a sentence names, resolved, as (start token, end token, date); asked once per
    sentence, not once per figure in it."""
    found = []
    filed = _filed_until(sent)
    for ent in ents_in(sent.doc, sent.start, sent.end, inside=True):
        if ent.label_ != "DATE" and not (ent.label_ == "CARDINAL" and split_year(ent.text)):
            continue
        if ent.start < filed:
            continue  # "DUBLIN, July 24, 2025 - ...": the day the copy was filed
        if ent.start > 0 and sent.doc[ent.start - 1].lower_ in BOUNDS:
            continue  # "lost 1,200 tanks since February 2022": a bound, not the period
        if ent.start > 0 and sent.doc[ent.start - 1].lower_ in THRESHOLDS \
                and ent.text.strip().isdigit():
            continue  # "hold a rating above 2000": a number a comparison sets, not a year
        if _in_bounding_clause(ent.root):
            continue  # "since the rebels said on March 3 that ...": the same bound
        expression, start = ent.text, ent.start
        if ent.start_char and (lead := dates.ACCOUNTING_LEAD.search(
                text_of(sent.doc), max(0, ent.start_char - ACCOUNTING_REACH), ent.start_char)):
            # "for the fiscal year that ends Sept. 30": the day ends the year the figure is of,
            # and the date is the year's phrase ("that ended on 31 March" is no other clause)
            expression = lead.group() + ent.text
            while start > sent.start and sent.doc[start - 1].idx >= lead.start():
                start -= 1
        resolved = dates.resolve(expression, article_date,
                                 ahead=(dates.yearless_day(expression)
                                        or dates.yearless_month(expression)
                                        or (dates.bare_weekday(expression)
                                            and (ent.root.dep_ in _WEEKDAY_WHEN
                                                 or _weekday_of_an_occasion(ent.root))))
                                 and said_ahead(ent.root))
        back = _COUNTED_BACK.fullmatch(ent.text.strip())
        if back and found:
            # "fell to 31% in 2025 from 34% a year earlier": back from the date said before
            unit = (back.group("unit") or back.group("unit2")).lower()
            resolved = _back_from(found[-1][2], unit) or resolved
        if resolved is not None:
            found.append((start, ent.end, resolved, dates.slack_days(ent.text)))
    return [(start, end, _snapped(resolved, slack, found)) for start, end, resolved, slack in found]


def _filed_until(sent: Span) -> int:
    """The token where a wire dateline opening the sentence ends ("DUBLIN, July 24, 2025 -
    the airline carried 14.6 million passengers in the second quarter"), else the sentence's
    start: the dateline's date says when the copy was filed, which the article's own date
    already says; it is no date the sentence states of its figures, which take their period
    from their own words or, with none, from the article's date (and say so)."""
    dash = dateline_dash(sent)
    return sent.start if dash is None else dash


# a weekday that says when its verb happens ("will be drawn on Wednesday", "closes Friday"),
# not one that names what a noun belongs to ("Sunday's ticket holders", "Saturday tickets")
_WEEKDAY_WHEN = frozenset({"pobj", "npadvmod"})
OCCASION_PREPS = frozenset({"in", "at"})


def _weekday_of_an_occasion(day: Token) -> bool:
    """Whether a weekday names the day of an occasion something happens in or at ("win 50
    seats in Sunday's election", "will field 11 players in Saturday's final"): the occasion's
    day is when its verb happens, ahead when that verb says so; "the victims of Sunday's
    attack", "after Sunday's storm" name what a noun belongs to or follows."""
    noun = day.head
    return day.dep_ == "poss" and noun.dep_ == "pobj" and noun.head.lower_ in OCCASION_PREPS


FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would"})
# the words whose "to" puts the verb after them ahead: "is due to restart", "is to reopen",
# "plans to cut", "expects to finish", "is set to open", "is scheduled to resume"
AHEAD_HEADS = frozenset({"due", "set", "schedule", "slate", "plan", "expect", "intend", "aim",
                         "be"})
TENSE_HOPS = 5  # heads above a date searched for the verb whose tense dates it


def said_ahead(date: Token) -> bool:
    """Whether the clause of a date says it is to come: its verb is in the future ("will close
    on 3 November", "would be frozen on 30 June") or follows a word that puts it ahead ("is due
    to restart Dec. 7", "is to reopen on 1 March", "plans to cut from 12 July"). Only the verbs
    between the date and the first clause with a subject, an auxiliary or a noun to modify are
    read: "the package announced on July 8" and "has called a strike for July 1" say nothing
    of what is to come, whatever the verbs above them say."""
    tok = date
    for _ in range(TENSE_HOPS):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children) or (
                _put_ahead_by(tok)
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            return True
        if tok.tag_ == "VBD" or tok.dep_ in ("ROOT", "acl", "relcl", "ccomp") or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
            return False
    return False


def _put_ahead_by(verb: Token) -> bool:
    """Whether a verb is the infinitive a word of planning or forecasting puts ahead: "plans to
    cut" (its complement), and "expect inflation to peak", "forecast sales to reach", whose
    infinitive has a subject of its own and which the parser takes for a clause."""
    head = verb.head.lemma_.lower()
    if verb.dep_ == "xcomp":
        return head in AHEAD_HEADS
    return verb.dep_ == "ccomp" and (head in AHEAD_HEADS or head in estimate_words().forecast_verbs)


# a year or month counted back from the date the sentence gave last, not from the article
_COUNTED_BACK = re.compile(r"(?:(?:a|one|the)\s+(?P<unit>year|month)\s+(?:earlier|before)"
                           r"|the\s+(?:previous|prior|preceding)\s+(?P<unit2>year|month))", re.I)


def _back_from(date: str, unit: str) -> str | None:
    """The year or month before a partial date, kept to that date's precision ("2025-05" a
    year back is "2024-05"); None for a month back from a bare year."""
    year = int(date[:4])
    if unit == "year":
        return f"{year - 1:04d}{date[4:7]}" if len(date) >= 7 else f"{year - 1:04d}"
    if len(date) < 7:
        return None
    month = int(date[5:7]) - 1
    return f"{year - (month == 0):04d}-{month or 12:02d}"


ACCOUNTING_REACH = 40  # characters before a date searched for the accounting year it ends


# a crop, season or fiscal year written across two calendar years ("the 2031/32 harvest",
# "in 2030-31"), which the tagger often takes for a bare number: dated by the year it starts
SPLIT_YEAR = re.compile(r"(?P<first>(?:19|20)\d\d)[/–-](?P<second>\d\d|(?:19|20)\d\d)")


def split_year(text: str) -> bool:
    """Whether a number is a year written across two consecutive calendar years."""
    match = SPLIT_YEAR.fullmatch(text.strip())
    return match is not None and (
        int(match["second"]) % 100 == (int(match["first"]) + 1) % 100)


def _snapped(resolved: str, slack: int, found: list[tuple[int, int, str, int]]) -> str:
    """A date counted back in weeks takes the day its sentence names within its slack ("against
    18.3% on May 2, ... 22.9% five weeks earlier", printed on 6 June, is of 2 May)."""
    if not slack or len(resolved) != len("2024-01-01"):
        return resolved
    near = [(abs(dates.days_apart(resolved, other)), other)
            for _, _, other, own in found if not own and len(other) == len(resolved)]
    close = min(near, default=None)
    return close[1] if close is not None and close[0] <= slack else resolved


def _in_bounding_clause(tok: Token) -> bool:
    """Whether the clause a date sits in is introduced by "since" or "until"."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "mark" and c.lower_ in BOUNDS for c in tok.children)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


BOUND_HOPS = 4  # heads above a date searched for the "since" or "until" of a phrase it sits in


def _in_bounding_phrase(date: Token, span: Span) -> bool:
    """Whether a date sits in a phrase on "since" or "until" that names the bound by what
    happened then, the figure outside it: "the smallest crop since the 2019-20 frost", "the
    most since the strike of 2018" date the frost and the strike, not the crop (a date right
    after the word is skipped with the sentence's dates, ``_dates_in``). A figure inside the
    phrase is dated by it: "since the 2019-20 frost, when growers brought in 3.8 million"."""
    tok = date
    for _ in range(BOUND_HOPS):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ in BOUNDS:
            return not (tok.left_edge.i <= span.start and span.end - 1 <= tok.right_edge.i)
    return False


def _in_other_adverbial(date: Token, span: Span) -> bool:
    """Whether a date sits in an adverbial or relative clause the figure is not in: "put losses
    at $410 million, which makes Tessaly the worst gale on that coast since Brannock in 1998"
    dates Brannock, not the losses."""
    if _dates_a_noun_of_another_clause(date, span):
        return True
    tok = date
    for _ in range(8):
        if tok.i != date.i and tok.ent_type_ != "DATE" and _numbered(tok) and not (
                span.start <= tok.i < span.end or tok.i == span.root.head.i):
            # "compared with 18.3% on May 2": a date on another figure's phrase is that
            # figure's, not the other figures' of the sentence
            return True
        if tok.i != date.i and _valued_by_another(tok, span):
            # "an average of 900 a day, with a peak of 2,100 on 14 February": the date of a
            # peak is the peak's, not the average's
            return True
        if tok.dep_ in ("advcl", "relcl", "acl") and tok.pos_ in ("VERB", "AUX"):
            # a clause on a noun belongs to that noun's phrase: "the nearly 300 patrols
            # carried out in 2019" dates the patrols
            scope = tok.head if tok.dep_ in ("relcl", "acl") else tok
            inside = scope.left_edge.i <= span.start and span.end - 1 <= scope.right_edge.i
            # "31% of the money released in 2026-27": a clause on what the figure is a part
            # of is the figure's own phrase
            inside = inside or (tok.dep_ in ("relcl", "acl") and scope.dep_ == "pobj"
                                and scope.head.lower_ == "of"
                                and span.start <= scope.head.head.i < span.end)
            inside = inside or (tok.dep_ in ("relcl", "acl") and _in_valued_subject(scope, span))
            if not inside:
                return True
            if _on_the_figures_noun(tok, span):
                # "the record of 7.2 metres set in 1998": the clause dates the figure's own
                # noun, whatever other measure the phrase hangs on ("40 centimetres below")
                return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


VALUING_VERBS = frozenset({"be", "stand", "total", "number"})  # "X was / stood at / totalled N"


def _in_valued_subject(noun: Token, span: Span) -> bool:
    """Whether a noun stands in the subject of a verb that gives that subject the figure as its
    value: in "the number of people waiting for treatment at the end of March was 7.9
    million" the clause on "people" says what the number is of, the end of March included."""
    verb = governing_verb(span)
    if verb.lemma_.lower() not in VALUING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.left_edge.i <= noun.i <= subject.right_edge.i \
        and not subject.left_edge.i <= span.start <= subject.right_edge.i


def _on_the_figures_noun(clause: Token, span: Span) -> bool:
    """Whether a participle or relative clause hangs on the figure's own number, the noun it
    counts or the noun it is the value of ("7.2 metres set in 1998", "the 300 patrols carried
    out in 2019", "the record of 43,000 set in 2019")."""
    noun, of = clause.head, span.root.head
    return clause.dep_ in ("acl", "relcl") and (
        span.start <= noun.i < span.end or noun.i == of.i
        or (of.lower_ == "of" and span.root.dep_ == "pobj" and of.head.i == noun.i))


STANDARD_NOUN_PREPS = frozenset({"below", "above", "beyond", "than"})
SHORT_OF = frozenset({"short", "shy"})  # "short of", "shy of": below what follows


def _dates_a_standard_noun(date: Token, span: Span) -> bool:
    """Whether a year is a word on a noun the figure is measured against, outside the figure's
    own phrase: "peaks at 6.8 metres, short of 1998 record", "a crowd of 41,000, below the
    2019 high" date the record and the high, not the figure."""
    noun = date.head
    if date.dep_ not in ("compound", "nummod", "amod", "poss") or noun.i == date.i \
            or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if not (prep.lower_ in STANDARD_NOUN_PREPS
            or (prep.lower_ == "of" and prep.head.lower_ in SHORT_OF)):
        return False
    return not (prep.left_edge.i <= span.start and span.end - 1 <= prep.right_edge.i)


def _valued_by_another(noun: Token, span: Span) -> bool:
    """Whether a noun takes its value from a figure of its own "of" ("a peak of 2,100", "a
    low of 12") that is not the figure asked about, nor a phrase the figure stands in."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i <= span.start < noun.right_edge.i:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.ent_type_ != "DATE" and (in_digits(g) or g.like_num)
        for g in c.children) for c in noun.children)


_YEAR = re.compile(r"\d{4}")


def _dates_a_noun_of_another_clause(date: Token, span: Span) -> bool:
    """Whether a year is a word on a noun ("its 2031 output forecast", "the 2029 budget") whose
    clause is not the figure's: such a year says which forecast or budget, it does not date the
    sentence ("cut its 2031 output forecast, a month after a blast left nine dead": the dead
    are not of 2031). In the figure's own clause, or in a clause either hangs on, it still
    dates it ("the 2029 census counted 5.2 million", "in its 2029 budget the city set aside 40
    million", "the 1998 gale that drowned some 300")."""
    noun = date.head
    if not (_YEAR.fullmatch(date.text) or split_year(date.text)) \
            or date.dep_ not in ("compound", "nummod", "amod") or noun.pos_ != "NOUN" \
            or noun.i == date.i or span.start <= noun.i < span.end:
        return False
    verb = governing_verb(span)
    if _verb_of(noun).i == verb.i:
        return False
    # a clause on the dated noun, or one the noun is in, is the figure's own: "the 1998 gale
    # that drowned some 300", "the 300 drowned by the 1998 gale"
    return not (in_subtree(noun, verb) or in_subtree(verb, noun) or in_subtree(noun, span.root))


STANDARD_HOPS = 6  # heads above a date searched for the comparison it may sit in
_STANDARD_PRONOUNS = frozenset({"that", "those"})
_STANDARD_PREPS = frozenset({"than", "as", "on"})
# "up 24% on a year earlier", "on the same quarter of 2024": "on" names the standard only with
# a word that points back; "rose 7% on Tuesday" dates the rise
_POINTS_BACK = re.compile(r"\b(?:same|earlier|before|ago|previous|prior|last)\b", re.I)
# "up 12% on last year", "up 12% from a year earlier": with a word that points back, the
# standard another figure's change is measured from
_BACK_PREPS = frozenset({"on", "from"})


def _in_compared_standard(date: Span, span: Span) -> bool:
    """Whether a date sits in what the figure is measured against, outside the figure's own
    phrase: "the count is already three times that of the 1998 flood" dates the flood the
    count is set against, and "12.5% more than in the same month of 2024", "up 18% on a year
    earlier", "twice as many as in 2023" date the base of a change the figure measures, not
    the change. A figure inside that phrase ("twice those of the 420 deaths of 2011") is the
    standard's own and keeps the date. A level beside a comparison ("turnout was 52 percent,
    higher than in 2019") is left alone: the comparison is not the figure's own."""
    tok = date.root
    for _ in range(STANDARD_HOPS):
        if tok.lower_ == "of" and tok.head.lower_ in _STANDARD_PRONOUNS and tok.head.i != tok.i:
            return not (tok.left_edge.i <= span.start and span.end - 1 <= tok.right_edge.i)
        if tok.dep_ == "prep" and tok.lower_ in _STANDARD_PREPS | _BACK_PREPS \
                and _measures(span, tok.head):
            return tok.lower_ not in _BACK_PREPS or _POINTS_BACK.search(date.text) is not None
        if tok.dep_ == "prep" and (tok.lower_ in ("than", "as") or (
                tok.lower_ in _BACK_PREPS and _POINTS_BACK.search(date.text) is not None)) \
                and _measured_by_another(span, tok.head):
            # "eased to about 4.19%, 20 basis points lower than in May": May is the base of
            # the 20 points, not the 4.19%'s day (unless the figure is in that base); so is
            # "last year" of "reached 41,000, up 12% on last year" (or "from a year earlier")
            return not (tok.left_edge.i <= span.start and span.end - 1 <= tok.right_edge.i)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


BASE_REACH = 5  # tokens before a date searched for the "on" of a change's base
CHANGE_REACH_BACK = 6  # tokens before that "on" searched for the change and its measure
BASE_PREPS = frozenset({"on", "over", "against", "versus", "vs"})
CHANGE_WORDS = frozenset({"up", "down", "higher", "lower"})
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def _base_of_another_figures_change(date: Span, span: Span) -> bool:
    """Whether a date is the base another figure's change is measured on: "821,000 entries,
    up 2 per cent on last year", "landed 48,300 tonnes, up 12% on the same period of 2024".
    The base is the time the change is measured from; the figure the change is reported
    beside is of the time its own words give, else the article's. The date must point back
    ("last", "same", "earlier", a bare year): "rose 7% on Tuesday" dates the rise. The figure
    inside the change ("2 per cent") is left to the comparison rules. A few tokens read."""
    doc = span.doc
    if not (_POINTS_BACK.search(date.text) or _BARE_YEAR.fullmatch(date.text.strip())):
        return False
    prep = next((t for t in reversed(doc[max(0, date.start - BASE_REACH):date.start])
                 if t.lower_ in BASE_PREPS), None)
    if prep is None:
        return False
    change = None
    measured = False
    for tok in reversed(doc[max(0, prep.i - CHANGE_REACH_BACK):prep.i]):
        if tok.like_num or in_digits(tok):
            measured = True
        elif tok.lower_ in CHANGE_WORDS or (
                tok.pos_ == "VERB" and tok.lemma_.lower() in context_words().change_verbs):
            change = tok
            break
    if change is None or not measured:
        return False
    return not (change.i <= span.start < date.end)


def _measures(span: Span, compared: Token) -> bool:
    """Whether the figure measures a comparison or a change ("12.5% more", "up 18%", "rose
    7%", "twice as many", "three times as many"): it hangs on the compared word as its
    measure, or the compared word hangs on it."""
    root = span.root
    return (compared.i == root.head.i and root.dep_ in ("npadvmod", "advmod")
            and compared.i != root.i) or compared.head.i == root.i


def _measured_by_another(span: Span, compared: Token) -> bool:
    """Whether another figure of the sentence measures the comparison ("20 basis points
    lower", "9 rand cheaper"): a numbered measure hangs on the compared word, outside the
    figure."""
    return any(c.dep_ in ("npadvmod", "advmod") and (_numbered(c) or _worded_measure(c))
               and not span.start <= c.i < span.end for c in compared.children)


# the tagger's kinds of a number written in words ("a third", "half", "twice"); a fraction on a
# comparative ("a fifth more") it may call an ordinal
_WORDED = frozenset({"CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"})


def _worded_measure(tok: Token) -> bool:
    """Whether a word measures a comparison in words: "a third fewer than in 2015", "half as
    many as in 2019" set the figure beside a base year that is the other, unwritten figure's."""
    return tok.ent_type_ in _WORDED


REVISED_REACH = 3  # tokens before a figure searched for the "from" or "to" of a revision


def _dates_the_revising(date: Span, span: Span) -> bool:
    """Whether a date before the verb sits on the verb that replaces a body's estimate, count
    or figure by another, of which the figure is the old or the new value, or on the verb that
    reports that replacement: "in May the
    agency corrected its estimate from 14% to 29%", "on 9 June it lifted the count from 27 to 44",
    "in May it admitted that it had erred: it cut its estimate from 29% to 14%" date the
    correction, not what is counted (a revision describes the period of the figure it
    replaces: ``store.conflicts.origins``); so does a day the revising verb's own "on" phrase
    gives after the figures ("raised its toll from 88 to 96 on 2 August"). A date in what is
    revised ("its count of cases as of 11 March") stays the figures'."""
    doc = span.doc
    reviser = _revising_verb(span)
    if reviser is None or not any(
            t.lower_ in ("from", "to")
            for t in doc[max(reviser.i + 1, span.start - REVISED_REACH):span.start]):
        return False
    occasion = date.start >= span.end and (_dates_an_occasion(date.root)
                                           or _on_the_revising_verb(date.root, reviser))
    if date.end > reviser.i and not occasion:
        return False  # (a date after the verb may be the figures': "to 7.25% in June")
    words = estimate_words()
    nouns = words.origin_nouns | words.forecast_nouns | _FIGURE_NOUNS
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns
               for c in reviser.children):
        return False  # a level set anew ("raised its rate to 7.25%") is no estimate revised
    if occasion:
        return True  # "from 3 to 9 million after drone surveys on Thursday" dates the surveys
    words = [t.lower_ for t in doc[max(0, date.start - 2):date.start]]
    if words[-1:] == ["for"] or words[-2:] == ["as", "of"]:
        return False  # the time the figures are for: "as of 11 March", "for the first quarter"
    root = date.root
    if any(c.dep_ in ("dobj", "nsubjpass") and in_subtree(root, c) for c in reviser.children):
        return False  # it dates what is revised: "its count of cases as of 11 March"
    verb = _verb_of(root)
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i == reviser.i:
        return True  # the parse hangs the reporting clause on the revision ("...: it cut")
    clause = reviser
    for _ in range(REPORTED_HOPS):
        if clause.i == verb.i:
            return True
        if clause.dep_ not in ("ccomp", "parataxis", "conj", "advcl") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return clause.i == verb.i


_OCCASION_PREPS = frozenset({"after", "following"})


def _on_the_revising_verb(date: Token, reviser: Token) -> bool:
    """Whether a date after the figures is an "on" phrase of the revising verb itself: "raised
    its count of entrants from 88 to 96 on 2 August" says the day the count was raised, not
    the day the entrants are counted for ("to 7.25% in June" may be the figure's own)."""
    while date.dep_ == "conj" and date.head.i != date.i:
        date = date.head
    prep = date.head
    if date.dep_ != "pobj" or prep.lower_ != "on":
        return False
    head = prep.head
    for _ in range(2):  # the parse may hang it on the change's "from" or "to"
        if head.lower_ not in ("from", "to") or head.head.i == head.i:
            break
        head = head.head
    return head.i == reviser.i


def _dates_an_occasion(date: Token) -> bool:
    """Whether a date sits on the noun of an "after" or "following" phrase: "after drone
    surveys on Thursday", "following an inspection on 3 September" date that survey or
    inspection."""
    while date.dep_ == "conj" and date.head.i != date.i:
        date = date.head  # "on Thursday and Friday"
    prep = date.head
    noun = prep.head
    return (date.dep_ == "pobj" and prep.lower_ in ("on", "in") and noun.pos_ == "NOUN"
            and noun.dep_ == "pobj" and noun.head.lower_ in _OCCASION_PREPS)


_FIGURE_NOUNS = frozenset({"figure", "number", "total", "forecast"})  # what a body revises
REPORTED_HOPS = 3  # clauses climbed from a revising verb to the verb that reports it
REVISER_HOPS = 10  # heads climbed from a figure to the verb that revises it


def _revising_verb(span: Span) -> Token | None:
    """The nearest verb of revising above the figure ("corrected its estimate of the land lost
    from 14% to 29%": "corrected", over "lost")."""
    revising = context_words().revising_verbs
    tok = span.root
    for _ in range(REVISER_HOPS):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in revising:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


COMPARED_REACH = 12  # tokens before a date where the figure it dates may stand
DATED_FIGURE_REACH = 4  # tokens before a date where another figure it dates stands ("367 in")


@lru_cache(maxsize=1)
def _glued_currency() -> re.Pattern[str]:
    """An amount whose currency is a prefix of units.toml glued to its digits, one token:
    "Rs500", "KSh300", "NZ$40", "N600", "P1.1". Only those prefixes, as written: "Q3", "F150",
    "G7" and "A320" are a quarter, a truck, a group and a plane, no money."""
    prefixes = "|".join(re.escape(s) for s in sorted(
        (s for s in units().currency_signs if s[:1].isalpha()), key=len, reverse=True))
    return re.compile(rf"(?:{prefixes})\d[\d,.]*")


def _past_its_comparison(candidates: list[tuple[int, int, str]],
                         span: Span) -> list[tuple[int, int, str]]:
    """ "a budget of 4.2bn for 2027, up from 3.1bn ($23 million) this year": a figure a
    comparison word introduces is the earlier value of the figure before it, so a date before
    that word is the other figure's; the date after it (past its unit or conversion) is its
    own. Only asked when a date follows the figure: one search of the few words before it."""
    doc = span.doc
    start = doc[span.start].idx
    opened = estimate_words().compared.search(text_of(doc), max(0, start - 60), start)
    if opened is None:
        return candidates
    return [c for c in candidates if c[0] >= span.end or doc[c[1] - 1].idx >= opened.start()]


def _after_a_compared_figure(span: Span, date_start: int) -> bool:
    """ "6,500 remain homeless, down from 27,000 in March": a date after a figure the
    sentence sets against this one ("down from", "compared with") is that figure's date; so
    is one right after such a figure said before this one ("recorded 412 deaths last year, up
    from 367 in 2029; the commission found 468": 2029 is the 367's, not the 468's)."""
    doc = span.doc
    text = text_of(doc)
    compared = estimate_words().compared
    # "rose to 394 persons per square kilometre, from 364 in 2020": the figure "to" takes, and
    # the one ", from" takes after it, are the new value and the old (without the comma, "fell
    # to 4.2 percent from 4.8 percent in March" may date the fall)
    moved_to = _TO_BEFORE.search(text, max(0, doc[span.start].idx - 8), doc[span.start].idx)
    if date_start < span.start:
        moved_to = None  # (the ", from" of another figure's change says nothing of this one)
    start = (max(span.end, date_start - COMPARED_REACH) if date_start >= span.end
             else max(0, date_start - DATED_FIGURE_REACH))
    if date_start < span.start:
        # "up from 367 in 2029; this year it expects 500": a semicolon ends the other figure's
        # clause, and a year of a date is no figure at all
        start = max([start] + [t.i + 1 for t in doc[start:date_start] if t.text == ";"])
    for tok in doc[start:date_start]:
        if not (in_digits(tok) or _glued_currency().fullmatch(tok.text)):
            continue
        if date_start < span.start and tok.ent_type_ == "DATE":
            continue
        # "against $9,000 before June 4": the figure starts at its currency sign
        before = doc[tok.i - 1] if tok.i > span.end and doc[tok.i - 1].is_currency else tok
        if compared.search(text, max(0, before.idx - 60), before.idx) or (
                moved_to and _FROM_BEFORE.search(text, max(0, before.idx - 9), before.idx)):
            return True
    return False


_TO_BEFORE = re.compile(r"\bto\s+(?:[$€£¥₹]\s*)?$", re.I)
_FROM_BEFORE = re.compile(r",\s*from\s+$", re.I)


def _dates_the_saying(date: Token, span: Span) -> bool:
    """Whether a date sits on the verb that reports the figure's clause: in "the ministry
    confirmed on Friday that 640,000 people marched on Thursday", Friday is when it was
    said and Thursday what the figure describes; the saying's date stands only when the clause
    names none."""
    said = _verb_of(date)
    clause = governing_verb(span)
    for _ in range(4):
        if clause.i == said.i or clause.dep_ not in ("ccomp", "xcomp", "parataxis"):
            break
        clause = clause.head
        if clause.i == said.i:
            return True
    return False


def _in_own_clause(date: Token, span: Span) -> bool:
    return _verb_of(date).i == governing_verb(span).i


def _a_deadline_elsewhere(date: Span, span: Span) -> bool:
    """Whether a date is a deadline ("by" it, on a verb of what will or would happen: "will be
    flown home by Monday 27 September") on another verb than the figure's: it dates what is
    still to happen, not "82,000 remain abroad" beside it."""
    if date.start == 0 or date.doc[date.start - 1].lower_ != "by":
        return False
    verb = _verb_of(date.doc[date.start - 1])
    return verb.i != governing_verb(span).i and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in verb.children)


def _on_a_later_verb(date: Span, span: Span) -> bool:
    """Whether a date hangs on another verb than the figure's, one that a modal puts ahead of
    the figure's own ("put the loss at 120 million and said it would publish a revised
    estimate in June", "300 were evacuated and would return home on Friday"): it dates what is
    still to happen, not the figure. A figure inside the clause of that verb keeps it ("will
    announce on Monday that 300 jobs go" is handled by the dates of saying)."""
    verb, other = governing_verb(span), _verb_of(date.root)
    if other.i == verb.i or in_subtree(verb, other):
        return False
    return _modal(other) and not _modal(verb)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _on_a_joined_verb_of_another_time(date: Token, span: Span) -> bool:
    """Whether a date hangs on a verb joined to the figure's by "and" whose own auxiliaries say
    another time than the figure's verb's: "the plan will cost 1,500 jobs and has called a
    strike for July 1" dates the strike, not the jobs; "killed 40 and wounded 30 on Tuesday",
    or "has killed 40 and wounded 30", share one time (the second verb has no auxiliary of
    its own)."""
    verb, other = governing_verb(span), _verb_of(date)
    if other.i == verb.i or not ((other.dep_ == "conj" and other.head.i == verb.i)
                                 or (verb.dep_ == "conj" and verb.head.i == other.i)):
        return False
    own = {c.lemma_.lower() for c in other.children if c.dep_ in ("aux", "auxpass")}
    theirs = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(own) and bool(theirs) and own != theirs


REPORT_HOPS = 3  # clauses climbed from a date to the verb joined to the figure's that reports it


def _in_a_joined_report(date: Token, span: Span) -> bool:
    """Whether a date sits in a clause that a verb joined to the figure's by "and" reports or
    takes as its own: "put the harvest at 68 tonnes a hectare, and said rains in August had
    cut it" dates the rains, not the harvest; "put it at 68 tonnes and estimated that frost in
    July cost 5%" dates the frost. The joined verb's own date ("and said on Monday") is left
    to the rules on joined verbs."""
    verb, clause = governing_verb(span), _verb_of(date)
    for _ in range(REPORT_HOPS):
        if clause.dep_ not in ("ccomp", "xcomp", "advcl") or clause.head.i == clause.i:
            return False
        clause = clause.head
        if clause.dep_ == "conj" and clause.head.i == verb.i:
            return True
    return False


def _on_a_joined_verb(date: Token, span: Span) -> bool:
    """Whether a date hangs on a verb joined by "and" to the figure's own (either way)."""
    verb, other = governing_verb(span), _verb_of(date)
    return other.i != verb.i and ((other.dep_ == "conj" and other.head.i == verb.i)
                                  or (verb.dep_ == "conj" and verb.head.i == other.i)
                                  or _joined_siblings(verb, other))


def _joined_siblings(verb: Token, other: Token) -> bool:
    """Whether two clauses a verb of saying reports side by side are joined by "and": the
    parser may hang both on "said" ("treated 500,000 last summer, and one in five visits on
    Sunday were heat-related, the ministry said"), the "and" on the first."""
    if verb.head.i != other.head.i or verb.dep_ != "ccomp" or other.dep_ != "ccomp":
        return False
    first = min(verb, other, key=lambda t: t.i)
    return any(c.dep_ == "cc" for c in first.children)


def _verb_of(tok: Token) -> Token:
    return governing_verb(tok.doc[tok.i:tok.i + 1])


def _numbered(tok: Token) -> bool:
    """Whether a token is a figure's number or the noun a figure counts ("27.6 %", "21 crew");
    a year on a noun ("its 2032 forecast", "the 2019 census") dates it, it counts nothing."""
    return in_digits(tok) or any(c.dep_ == "nummod" and c.ent_type_ != "DATE"
                                 and any(ch.isdigit() for ch in c.text)
                                 and not split_year(c.text) for c in tok.children)


def _is_earlier(span: Span) -> bool:
    """Whether the figure's own phrase calls it an earlier figure: "a previous estimate of
    19,000", "was previously estimated at", "Earlier estimates had put ... at" (but not the
    current "16,000" in "16,000 recruits, down from a previous estimate of 19,000")."""
    earlier = context_words().earlier_words
    tok = span.root
    for _ in range(5):
        for child in tok.children:
            if child.dep_ in ("amod", "advmod") and child.lower_ in earlier:
                return not _own_earlier_word(tok)
            if child.dep_ in ("nsubj", "nsubjpass") and any(
                g.dep_ == "amod" and g.lower_ in earlier for g in child.children
            ):
                return True
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False


OWNERS = frozenset({"its", "their"})  # a body's own word, pointing back to the body that speaks


def _own_earlier_word(noun: Token) -> bool:
    """Whether an earlier estimate or figure is the speaking body's own ("more than double its
    earlier estimate of 15,000", "up from their previous figure of 80"): the statement it
    replaces now, of the same thing, not a figure of the year before; its period is what the
    rest of the text says, the article's date at the least."""
    return any(c.dep_ == "poss" and c.lower_ in OWNERS for c in noun.children)


# "over the same six weeks", "for the same day", "in the same period": a time the text has named
_SAME_TIME = re.compile(r"\b(?:for|over|in|during|on|across|from)\s+the\s+same\s+(?:[\w-]+\s+)?"
                        r"(?:period|span|day|days|week|weeks|month|months|year|years|quarter|"
                        r"date|time|stretch|window)\b", re.I)


# "the ministry puts the figure at 12%": a rival's value of the quantity just named
_PUTS_IT_AT = re.compile(r"\b(?:puts?|placed?|places|estimates?|estimated)\s+(?:the|that|this)"
                         r"\s+(?:figure|number|share|proportion|rate|total)\s+at\s+(?:about\s+)?$",
                         re.I)
PUTS_IT_REACH = 48  # characters before a figure searched for "puts the figure at"


def same_time_as_before(figures: list[FoundFigure], text: str) -> None:
    """A figure whose sentence speaks of "the same nine months" or "the same day" describes the
    time the last figure dated by its own sentence before it describes (a rival estimate "for
    the same period" is a rival, not a later count); so does one a rival "puts the figure at"
    in the same paragraph ("31% of the money released in 2026-27 went unspent; the ministry
    puts the figure at 12%"): the figure just named, of its time."""
    last: FoundFigure | None = None
    said: dict[tuple[int, int], bool] = {}  # one search per sentence, however many figures
    for fig in figures:
        if fig.when_basis != "sentence" and last is not None and last.sentence != fig.sentence:
            if fig.sentence not in said:
                said[fig.sentence] = bool(_SAME_TIME.search(text, *fig.sentence))
            if said[fig.sentence]:
                fig.when, fig.when_basis = last.when, "sentence"
        if fig.when_basis != "sentence" and last is not None and _PUTS_IT_AT.search(
                text, max(last.end, fig.start - PUTS_IT_REACH), fig.start) and text.find(
                    "\n", last.end, fig.start) < 0:
            fig.when, fig.when_basis = last.when, "sentence"
        if fig.when_basis == "sentence" and fig.when:
            last = fig


LABEL_WORDS = 6  # a header or a row label longer than this is a description, not a date


def dated_by_table(figures: list[FoundFigure], text: str, article_date: str | None) -> None:
    """A table cell is dated by the date its column's header or its row's first cell names
    ("| Dam | 3 Aug 2031 | 10 Aug 2031 |", "| Q3 2030 | -0.2 |"): a table of a quantity over
    time writes each period once, as a header or a label, and the tagger, reading rows as
    words, finds no date beside the number (or one of another column). When both name one,
    the finer is the cell's."""
    for fig in figures:
        cell = cell_at(text, fig.start)
        if cell is None:
            continue
        # (a stage's header dates the stage's publication, not its cells: ``table_stages``)
        parts = (cell[1],) if stage_header(cell[0]) else cell
        named = [resolved for part in parts
                 if part and len(part.split()) <= LABEL_WORDS
                 and (resolved := dates.resolve(part, article_date)) is not None]
        if named:
            fig.when, fig.when_basis = max(named, key=len), "sentence"


CARRIERS = frozenset({"it", "they"})  # subjects that continue the sentence before


def carried_by_pronoun(figures: list[FoundFigure], doc: Doc, article_date: str | None) -> None:
    """A figure whose sentence names no date and opens on "It" or "They" continues the sentence
    before it in the paragraph: "Opina polled voters between 11 June and 15 June. It put
    the LC on 34.5 percent" is of the interviews' dates. Only a date on that sentence's main
    verb carries (not one in a clause of its own)."""
    text = text_of(doc)
    carried: dict[tuple[int, int], str | None] = {}
    for fig in figures:
        if fig.when_basis not in ("article", "running") or not _carried_clause(doc, fig):
            continue
        if fig.sentence not in carried:
            carried[fig.sentence] = _date_before(doc, text, fig.sentence, article_date)
        if carried[fig.sentence]:
            fig.when, fig.when_basis = carried[fig.sentence], "sentence"


def _carried_clause(doc: Doc, fig: FoundFigure) -> bool:
    """Whether the figure's own verb has the carrying pronoun for subject and tells of the past
    ("It put the LC on 34.5 percent"), not of now ("It now operates 12 ferries") nor of a
    finding it reports ("It found that the party spent €3.4 million": the finding's date is not
    the spending's)."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return False
    verb = governing_verb(span)
    return verb.tag_ in ("VBD", "VBN") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in CARRIERS for c in verb.children)


def _date_before(doc: Doc, text: str, sentence: tuple[int, int],
                 article_date: str | None) -> str | None:
    span = doc.char_span(*sentence, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    sent = doc[span.start].sent
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or first.lower_ not in CARRIERS or first.dep_ not in ("nsubj", "nsubjpass"):
        return None
    prev = doc[sent.start - 1].sent
    words = [t for t in prev if not t.is_space]
    if not words or "\n" in text[words[-1].idx + len(words[-1]):first.idx]:
        return None  # a new paragraph
    root = prev.root
    dated = [(start, end, resolved) for start, end, resolved in _dates_in(prev, article_date)
             if _verb_of(doc[start]).i == root.i]
    if len(dated) == 2 and dated[1][0] - dated[0][1] == 1 and doc[dated[0][1]].lower_ in (
            "and", "to", "until", "-", "–"):
        # "between 11 June and 15 June", which the tagger reads as two dates
        return dates.resolve(doc[dated[0][0]:dated[1][1]].text, article_date)
    return dated[0][2] if len(dated) == 1 else None
