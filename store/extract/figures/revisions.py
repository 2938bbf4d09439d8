"""Revisions: "raised the toll from 38 to 912" states two figures, the old one and the new one
that replaces it, not the range 38-912; so does "raised it to 912, up from 38". A verb of change
("the toll rose from 38 to 912") also splits "from X to Y" into a before and an after, and the
after replaces the before when what changed is a count or an estimate. A figure set against
another whose own words say it was stated before ("up from 1,630,000 announced on 23 March",
"against the £510 it forecast") is an earlier statement that the other replaces."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from store.extract.dates import WEEKDAYS
from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import governing_verb, text_of, token_at
from store.extract.numbers import NumberExpr, from_qualified, split_range
from store.knowledge.context import ContextWords, context_words
from store.knowledge.estimates import EstimateWords, estimate_words
from store.knowledge.quantity_classes import quantity_classes

SHARES = frozenset({"percent", "fraction"})

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def revision_parts(expr: NumberExpr, doc: Doc) -> tuple[NumberExpr, NumberExpr, bool] | None:
    """The old and the new figure of "VERB ... from X to Y", and whether the new one revises
    the old; None when the range is a range ("anywhere from 4,000 to 6,000")."""
    text = text_of(doc)
    start = expr.prefix_start
    if not expr.between or not text[start:expr.start].lower().startswith("from"):
        qualified = None if expr.between else from_qualified(text, expr.start)
        if qualified is None:  # "has gone from an average of three to seven": "from" before
            return None
        start = qualified
    from_tok = token_at(doc, start)
    if from_tok is None:
        return None
    ctx = context_words()
    verb = _verb_above(from_tok, ctx)
    if verb is None:
        # "revised the tally of patients for whom cholera was given as the cause from 64 to
        # 81": a relative clause on the number put between; farther up, only a verb that
        # revises a number splits the range
        far = _verb_above(from_tok, ctx, FROM_TO_REACH)
        if far is None or not _revises(far, ctx, share=expr.unit in SHARES):
            if not _change_noun_before(from_tok):
                return None
            parts = split_range(expr, text)  # "the expansion of the plant, from 60 to 150"
            return None if parts is None else (*parts, False)
        verb = far
    parts = split_range(expr, text)
    if parts is None:
        return None
    old, new = parts
    return old, new, _revises(verb, ctx, share=expr.unit in SHARES)


def link_up_from(figures: list[FoundFigure], doc: Doc) -> None:
    """ "raised the estimate to 5,000, up from 2,500": the figure after "up from" is the old one
    when a verb of revising governs the new one before it in the sentence (or a verb of change
    whose subject is a count: "the toll rose to 31, up from 27"), when it is called a
    stage the new one replaces ("up from an initial R1.6 billion"), or when the new one is
    called final, revised or corrected ("the final count is 52,417, up from 49,830"). A verb of
    change between two figures each dated by its own words ("the toll rose to 131 on Saturday,
    up from 99 on Friday") gives the count on two days: a change, not a revision."""
    text = text_of(doc)
    ctx = context_words()
    for i, fig in enumerate(figures):
        before = text[max(0, fig.start - 48):fig.start]
        own = _OWN_ESTIMATE.search(before)
        if i == 0 or not (own or ctx.since_before.search(before)):
            continue
        new = figures[i - 1]
        if new.sentence != fig.sentence or new.revises is not None or _stated_by_other(fig, text):
            continue
        span = doc.char_span(new.start, new.end, alignment_mode="expand")
        if span is None:
            continue
        verb = _verb_above(span.root, ctx)
        if (ctx.replaced_before.search(before)
                or (verb is not None and _revises(verb, ctx, share=new.unit in SHARES)
                    and not _changed_on_two_days(verb, new, fig, text, ctx))
                or ((own or ctx.replacing.search(text, new.sentence[0], new.start)
                     or _stated_now(span.root, ctx))
                    and not _OWN_TIME.match(text, fig.end, fig.end + OWN_TIME_REACH)
                    and not _other_periods(new, fig))):
            new.revises = fig.start


UP_FROM_REACH = 24  # characters before an old figure searched for "up from"


def link_event_counts(figures: list[FoundFigure], text: str) -> None:
    """ "Of these deaths, 52 have been certified as heatstroke, up from 38 on 24 July": two
    counts of what one bounded event caused, the later one set against the earlier by "up
    from" or "down from" in one sentence, are one count replaced, whatever day the earlier
    stood at: what an event caused is fixed once it happened (``[event_bound]`` in
    store/data/estimates.toml), so the day dates the count, not the deaths: the count was
    revised, unless it is a tally that grew from a day of its own (``_grew_since``). Run once
    every figure's period is known; one pass."""
    since = context_words().since_before
    for new, old in pairwise(figures):
        if (new.revises is not None or new.sentence != old.sentence
                or new.period_basis != "event" or old.period_basis != "event"
                or new.event is None or new.event != old.event
                or (new.unit != old.unit and old.unit != "count")):
            continue
        if (since.search(text, max(new.end, old.start - UP_FROM_REACH), old.start)
                and not _two_days(new, old, text) and not _grew_since(new, old, text)):
            new.revises = old.start


# "now puts the toll at 19", "52 have now been certified": the body's present word on the count
_NOW = re.compile(r"\bnow\b", re.I)
NOW_REACH = 120  # characters before the new count its "now" may stand: "now puts the toll at"


def _grew_since(new: FoundFigure, old: FoundFigure, text: str) -> bool:
    """Whether a count of an event is set against the count of an earlier day as a tally that
    grew: the earlier one has a time of its own ("311 people have died, up from 240 on
    Sunday") and nothing in the new one's words says the body now puts it otherwise ("now puts
    the toll at 19, up from 15 on Tuesday", "52 have now been certified, up from 38 on 14
    March" replace its own earlier word). Bodies found as rescuers reach villages make a toll
    rise by the day; only a statement the text says replaces another is a revision."""
    if new.low <= old.high:
        return False  # "down from": no tally that grew
    own_time = any(p.match(text, old.end, old.end + OWN_TIME_REACH) for p in (_OWN_TIME, _DAY_PART))
    # the new count's own clause: back to the nearest comma ("Rescuers, now in their fifth
    # day, say 311 have died": that "now" is the rescuers')
    now_from = max(new.sentence[0], new.start - NOW_REACH)
    now_from = max(now_from, text.rfind(",", now_from, new.start) + 1)
    return own_time and not _NOW.search(text, now_from, old.start)


def _two_days(first: FoundFigure, second: FoundFigure, text: str) -> bool:
    """Whether each of two figures set side by side has a time of its own right after it, the
    first one's before the second starts: "131 on Saturday, up from 99 on Friday"."""
    def own_time(fig: FoundFigure, stop: int) -> bool:
        start = _past_its_rate(fig, text)
        return any(p.match(text, start, max(stop, start)) for p in (_OWN_TIME, _DAY_PART))

    return (own_time(first, min(second.start, first.end + OWN_TIME_REACH))
            and own_time(second, second.end + OWN_TIME_REACH))


# the words a figure given per a unit says its rate in, right after it: "120 euros a night",
# "95 euros per room"
_RATE_SAID = re.compile(r"\s+(?:a|an|per|each)\s+[a-z]+\b", re.I)


def _past_its_rate(fig: FoundFigure, text: str) -> int:
    """Where a figure's own words end: after the rate it is given per, when one follows it
    ("rose to 120 euros a night in July from 95 euros in July 2025": "in July" is the time of
    the 120 euros, past "a night")."""
    said = _RATE_SAID.match(text, fig.end) if fig.rate else None
    return said.end() if said else fig.end


def _changed_on_two_days(verb: Token, first: FoundFigure, second: FoundFigure, text: str,
                         ctx: ContextWords) -> bool:
    """Whether a verb of change sets two figures side by side, each with a time of its own
    ("rose to 131 on Saturday, up from 99 on Friday"), or the earlier one with a time of its
    own ("climbed to 210,000, up from 198,000 in May"): a count on two days, not a revision."""
    if verb.lemma_.lower() not in ctx.change_verbs:
        return False
    if verb.lemma_.lower() not in ctx.revising_verbs and _OWN_TIME.match(
            text, second.end, second.end + OWN_TIME_REACH):
        # "members rose to 1,900, up from 1,650 in 2029": the earlier level dated by its own
        # words, the new one by the text's day; a verb that also revises ("raised the toll")
        # still needs both days
        return True
    return _two_days(first, second, text)


# a part of a day as a figure's own time: "59 in the morning", "on the night"
_DAY_PART = re.compile(r"[\s,]*(?:in|on|by|at)\s+the\s+(?:morning|afternoon|evening|night)\b",
                       re.I)


def _other_periods(new: FoundFigure, old: FoundFigure) -> bool:
    """Whether the words of their sentence date two figures to different periods: "now expects
    the 2031/32 crop to reach 27 million bags, down from 29 million harvested in 2030/31" sets
    one season's level against another's, it replaces no statement."""
    return bool(new.when_basis == old.when_basis == "sentence" and new.when and old.when
                and not new.when.startswith(old.when) and not old.when.startswith(new.when))


def _stated_now(tok: Token, ctx: ContextWords) -> bool:
    """Whether a figure is what a body "now" puts, expects or estimates ("now puts the toll at
    16", "now expects repairs to cost $340 million"): a statement that replaces the body's own
    earlier word, through verbs that only measure between ("to cost", "to reach"), never a
    verb that reports a change in the world ("now employs 480")."""
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        if lemma in ctx.reporting:
            return any(c.dep_ == "advmod" and c.lower_ == "now" for c in tok.children)
        if lemma not in ctx.measure_verbs:
            return False
    return False


# "up from its July estimate of ", "down from their earlier forecast of ": the old figure is the
# same body's own earlier estimate (a possessive and a noun of estimating, at most two words
# between: a month, "earlier", "initial")
_OWN_ESTIMATE = re.compile(
    r"\b(?:up|down)\s+from\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:estimate|forecast|projection|prediction)\s+of\s+$", re.I)


# a time of its own right after the old figure: "the final area, 96,200 hectares, up from
# 91,500 hectares in late October" is a total that grew since, not a count replaced (a verb of
# revising still makes it one: "raised its estimate to 3.4 billion, up from 2.5 billion in May")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec")
_OWN_TIME = re.compile(
    rf"[\s,]*(?:(?:in|on|by|at|as of|through|to)\s+(?:(?:early|mid|late|the end of|the middle of)"
    rf"[\s-]+)?(?:{_MONTHS}|\d{{4}}\b|\d{{1,2}}\s+(?:{_MONTHS})|spring|summer|autumn|fall|"
    rf"winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    rf"|(?:a|one|two|three|four|five|six|\d+)\s+(?:day|week|month|year)s?\s+"
    rf"(?:earlier|before|ago)|(?:last|the previous|the prior)\s+(?:week|month|year))", re.I)
OWN_TIME_REACH = 48  # characters after the old figure searched for its own time

_FROM = re.compile(r"\bfrom\s+$", re.I)
# "to 52,611,037 from the provisional count of 52,406,118", "to 41 from its earlier estimate
# of 36": the old figure named as the count or estimate it was (at most two words before the
# noun: a stage, "earlier", a month)
_FROM_NAMED = re.compile(
    r"\bfrom\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:count|estimate|figure|tally|total|forecast|projection|number)\s+of\s+$", re.I)
FROM_NAMED_REACH = 64  # characters before an old figure searched for "from the ... count of"
_TO = re.compile(r"\bto\s+$", re.I)
# "from 38 to 912", or with the old figure's own time between: "from 2.5 billion in September
# to 3.4 billion", "from 38 on Tuesday to 912"
_JUST_TO = re.compile(r"(?:\s+(?:in|on)\s+(?:early\s+|mid-?|late\s+)?[\w-]+(?:\s+\d{1,2})?)?"
                      r"\s+to\s+", re.I)
# heads climbed from each figure to the verb both hang on: "revised its reckoning of the share
# of homes left without heating from 14 percent to 23 percent" puts nine words between
FROM_TO_REACH = 10


def link_from_to(figures: list[FoundFigure], doc: Doc) -> None:
    """ "corrected its estimate from 18 percent to 29 percent", "lowered its projection to
    2.3% from 2.6%": two figures read apart (each with its own unit, or with words between) that
    one verb of revising sets as the old and the new: the figure after "from" is replaced by
    the one after "to", when that verb replaces a number (``_revises``); a verb of change
    between two figures each dated by its own words ("rose to 131 on Saturday, from 99 on
    Friday") gives a count on two days instead."""
    text = text_of(doc)
    ctx = context_words()
    for first, second in pairwise(figures):
        if (first.sentence != second.sentence or second.revises is not None
                or first.revises is not None):
            continue
        before_first = text[max(0, first.start - 8):first.start]
        before_second = text[max(0, second.start - 8):second.start]
        if _FROM.search(before_first) and _JUST_TO.fullmatch(text[first.end:second.start]):
            old, new = first, second  # "from 18 percent to 29 percent"
        elif _TO.search(before_first) and (_FROM.search(before_second) or _FROM_NAMED.search(
                text, max(first.end, second.start - FROM_NAMED_REACH), second.start)):
            # "to 2.3% from 2.6%", "to 1.9% last week, from 2.2%", "to 412 from the
            # provisional count of 380"
            old, new = second, first
        else:
            continue
        verbs = [_verb_above(tok, ctx, FROM_TO_REACH)
                 if (tok := token_at(doc, f.start)) is not None else None for f in (old, new)]
        if (verbs[0] is not None and verbs[1] is not None and verbs[0].i == verbs[1].i
                and _revises(verbs[0], ctx, share=new.unit in SHARES)
                and not _changed_on_two_days(verbs[0], first, second, text, ctx)):
            new.revises = old.start


STAGE_REACH = 60  # characters after a figure searched for " in the previous forecast"


def link_previous(figures: list[FoundFigure], doc: Doc) -> None:
    """ "is now expected at 5.1%, compared with 4.4% in the previous forecast", "against 980
    in the provisional results": a figure its own words call an earlier stage of a count or
    forecast, or of the release that gave it, is replaced by the figure of its unit said
    before it in the sentence."""
    text = text_of(doc)
    ctx = context_words()
    for i, old in enumerate(figures):
        if not ctx.replaced_after.match(text[old.end:old.end + STAGE_REACH]):
            continue
        # a bare old number ("against 70,980 in the preliminary results") takes its unit from
        # the new one only later in the assembly: a count of anything may be what it replaces
        new = next((f for f in reversed(figures[:i]) if f.sentence == old.sentence
                    and (f.unit == old.unit or old.unit == "count")), None)
        if new is not None and new.revises is None and old.revises is None:
            new.revises = old.start


STATED_REACH = 40  # characters after an old figure searched for the verb that says it was stated
THAN_THE = re.compile(r"\b(?:more|less|fewer|higher|lower)\s+than\s+(?:the|its|their)\s+$", re.I)
# "reported a year earlier", "forecast for the same quarter last year": the old figure is a level
# of an earlier period, not a statement the new one replaces
_EARLIER_PERIOD = re.compile(r"[^.;]{0,24}?\b(?:same|earlier|ago|previous|prior|last\s+year|"
                             r"a\s+year\s+before)\b", re.I)


def link_earlier_statement(figures: list[FoundFigure], doc: Doc) -> None:
    """ "a total of 1,962,000 vehicles, up from 1,630,000 announced on 23 March", "£588 a
    passenger, against the £510 it forecast in September", "down from the 1.42 million it
    announced that evening": a figure set against another of its sentence by a word of
    comparison, whose own words say it was announced, reported or forecast, is an earlier
    statement of the same count, and the figure of its unit said before it in the sentence
    replaces it; not when those words point to an earlier period ("up from 4.1 billion reported
    a year earlier": a level the quantity had), nor when a word between is not the figure's own
    ("against the 4 million analysts forecast": someone else's forecast)."""
    text = text_of(doc)
    words = estimate_words()
    ctx = context_words()
    for i, old in enumerate(figures):
        if i == 0 or old.revises is not None:
            continue
        before = text[max(0, old.start - 48):old.start]
        if not (words.compared.search(before) or THAN_THE.search(before)):
            continue
        stated = ctx.stated_after.match(text, old.end, old.end + STATED_REACH)
        if stated is None or _EARLIER_PERIOD.match(text, stated.end(), stated.end() + 40):
            continue
        between = stated.group("word")
        if ((between and not _own_word(between, old)) or BY_NAMED.match(text, stated.end())
                or _in_named(text, stated.end())):
            continue
        than = THAN_THE.search(before)
        compared_at = old.start - len(before) + than.start() if than else -1
        new = next((f for f in reversed(figures[:i]) if f.sentence == old.sentence
                    and (f.unit == old.unit or "count" in (f.unit, old.unit))
                    and not _a_difference(f, compared_at, text)), None)
        if new is not None and new.revises is None:
            new.revises = old.start


# "the 46 given by the company", "the 1,460 estimated by the MoMo system": the old figure's
# stater named after its verb is another body (a body setting its new figure against its own
# earlier one writes "it gave", "its earlier"): a rival's figure, not one the new one replaces
BY_NAMED = re.compile(r"\s+by\s+(?!(?:it|them|itself|themselves)\b)", re.I)
# "the 1,240 reported in the zoo's own stocktake", "the 88 given in the regulator's audit": the
# old figure's words name the document of another body by its possessive (a body that sets its
# new figure against its own earlier word writes "in its", "in our"): a rival's figure
# (a time's possessive is no body: "reported in Monday's bulletin" is the body's own release)
IN_NAMED = re.compile(r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<owner>[\w-]+)['’]s?\s",
                      re.I)
_TIME_OWNERS = frozenset({
    *WEEKDAYS, "today", "yesterday", "tonight", "day", "week", "month", "quarter", "year",
    "morning", "evening", "night", "weekend", "season",
    *(m for m in _MONTHS.split("|") if len(m) > 3)})


def _stated_by_other(old: FoundFigure, text: str) -> bool:
    """Whether an old figure's own words say another body stated it ("380 given in the
    ministry's census", "46 reported by the company"): a rival's figure, which nothing of the
    sentence's body replaces."""
    stated = context_words().stated_after.match(text, old.end, old.end + STATED_REACH)
    return stated is not None and (BY_NAMED.match(text, stated.end()) is not None
                                   or _in_named(text, stated.end()))


def _in_named(text: str, at: int) -> bool:
    """Whether the words at ``at`` put the figure in another body's document ("in the zoo's own
    stocktake"), not in a release of a day ("in Monday's bulletin")."""
    named = IN_NAMED.match(text, at)
    return named is not None and named.group("owner").lower() not in _TIME_OWNERS
# at most one word between a figure and "more than the" that follows it: "about 1,700 more
# than the 52,600", "61% higher than the 1,460", "300 votes fewer than the"
_DIFFERENCE_GAP = re.compile(r"\s*(?:[a-z-]+\s+)?", re.I)


def _a_difference(fig: FoundFigure, compared_at: int, text: str) -> bool:
    """Whether a figure is how far two others differ: said right before the "more than the"
    that sets the old figure against the new ("54,300 inmates, about 1,700 more than the 52,600
    it reported"), it is the gap between them, not the new figure (which is said before it)."""
    return compared_at >= fig.end and bool(
        _DIFFERENCE_GAP.fullmatch(text, fig.end, compared_at))


def _own_word(word: str, fig: FoundFigure) -> bool:
    """Whether a word after a figure is its own noun ("1,630,000 vehicles announced"): a word
    of its unit or of what it counts."""
    word = word.lower().rstrip("s")
    own = f"{fig.unit or ''} {fig.counted or ''} {fig.counted_head or ''}".lower()
    return bool(word) and any(w.rstrip("s") == word for w in re.findall(r"[a-z-]+", own))


def link_stated_as(figures: list[FoundFigure], doc: Doc) -> None:
    """ "The number of injured nurses, given as 14, has been corrected to 29": a figure of
    the sentence that says how it was first stated is the old one, and the next figure of its
    unit that a verb of revising takes "to" is the new one that replaces it."""
    text = text_of(doc)
    ctx = context_words()
    for i, old in enumerate(figures[:-1]):
        if not ctx.stated_as.search(text[max(0, old.start - 24):old.start]):
            continue
        new = next((f for f in figures[i + 1:] if f.sentence == old.sentence
                    and (f.unit == old.unit or "count" in (f.unit, old.unit))), None)
        if new is None or new.revises is not None:
            continue
        if not text[max(0, new.start - 4):new.start].rstrip().lower().endswith("to"):
            continue
        span = doc.char_span(new.start, new.end, alignment_mode="expand")
        verb = _verb_above(span.root, ctx) if span is not None and len(span) else None
        if verb is not None and _revises(verb, ctx, share=new.unit in SHARES):
            new.revises = old.start


REGRET_REACH = 160  # characters after a notice searched for its regret for the error
HEADING_REACH = 40  # characters before a notice searched for its "Correction" heading
NOTICE_REACH = 8  # figures on each side of a notice's split compared


def link_corrections(figures: list[FoundFigure], doc: Doc) -> None:
    """ "Correction: An article on 4 May said the fund held $310m; the correct figure was
    $301m": in a correction notice (``EstimateWords.correct_figure`` and its kin) a figure
    after the semicolon, or after "the correct figure", replaces the last figure of its unit
    the notice says was printed before it. A notice that says what was printed in one sentence
    and what is right in the next ("... said the fund held $310m. The fund held $301m.") is
    read by ``_link_next_sentence``."""
    text = text_of(doc)
    words = estimate_words()
    by_sentence: dict[tuple[int, int], list[FoundFigure]] = {}
    for fig in figures:
        by_sentence.setdefault(tuple(fig.sentence[:2]), []).append(fig)
    sentences = sorted(by_sentence)
    for n, (start, end) in enumerate(sentences):
        mates = by_sentence[(start, end)]
        if not _a_notice(text, start, end, words):
            continue
        said = text.find(";", start, end)
        correct = words.correct_figure.search(text, start, end)
        split = said if said != -1 else (correct.start() if correct else -1)
        if split == -1:
            if n + 1 < len(sentences):
                _link_next_sentence(mates, by_sentence[sentences[n + 1]], text, doc)
            continue
        if len(mates) < 2:
            continue
        # the last few figures before the split: a notice states a handful, and a sentence
        # may hold thousands
        before = [f for f in mates if f.end <= split][-NOTICE_REACH:]
        for new in [f for f in mates if f.start > split and f.revises is None][:NOTICE_REACH]:
            old = next((f for f in reversed(before)
                        if (f.unit == new.unit or "count" in (f.unit, new.unit))
                        and not _a_standard(f, text)), None)
            if old is not None:
                new.revises = old.start


NEXT_REACH = 3  # characters between a notice's sentence and the next one it continues in


def _link_next_sentence(printed: list[FoundFigure], following: list[FoundFigure], text: str,
                        doc: Doc) -> None:
    """A notice's next sentence, when it follows at once in the same paragraph, states what is
    right: its figure of the unit of one the notice says was printed replaces the last such
    ("The correct figure is 28.", "The levy was 3.1 billion crowns.", "The grant was lifted to
    £85m."). The right value follows the verb of its clause: a figure before it is what the
    sentence is about ("Three barges had been logged twice") or how it reckons ("At 8 kroner
    to the dollar, 80 kroner is $10"), and replaces nothing. A bare number ("The correct
    figure is 28") replaces the last figure printed, whatever its unit."""
    if not printed or not following:
        return
    end, start = printed[0].sentence[1], following[0].sentence[0]
    if start - end > NEXT_REACH or "\n" in text[end:start]:
        return
    for new in following[:NOTICE_REACH]:
        if new.revises is not None or not _after_the_verb(new, doc):
            continue
        old = next((f for f in reversed(printed[-NOTICE_REACH:])
                    if (f.unit == new.unit or new.unit == "count")
                    and not _a_standard(f, text)), None)
        if old is not None and (old.low, old.high) != (new.low, new.high):
            # the same number again is the notice restating it, not the right value
            new.revises = old.start


# "older than 60", "taller than 2 metres": the figure right after "than" is the standard a
# comparison measures the printed figure against, not the figure printed
_THAN = re.compile(r"\bthan\s+$", re.I)
THAN_REACH = 8  # characters before a figure searched for "than"


def _a_standard(fig: FoundFigure, text: str) -> bool:
    """Whether a figure a notice names is the standard of a comparison ("said 38 of the
    towers were taller than 2 metres": the 2 metres is no figure printed in error), read as a
    value of its own rather than as a bound ("more than 70" is one figure, its bound)."""
    return fig.approx == "exact" and _THAN.search(
        text, max(0, fig.start - THAN_REACH), fig.start) is not None


def _after_the_verb(fig: FoundFigure, doc: Doc) -> bool:
    """Whether the figure comes after the verb that governs it (the nearest verb among its
    heads): "is 28", "was raised to £85m", not "80 kroner is"."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = governing_verb(span)
    return verb.pos_ in ("VERB", "AUX") and span.start > verb.i


def _a_notice(text: str, start: int, end: int, words: EstimateWords) -> bool:
    """Whether the sentence ``text[start:end]`` is a correction notice: it opens with
    "Correction" (or sits under such a heading), names "the correct figure", or a regret for
    the error follows it."""
    line = text.rfind("\n", 0, start)
    heading = text[text.rfind("\n", 0, max(0, line)) + 1:max(0, line)] if line != -1 else ""
    # "CORRECTION: An earlier version ... said": the parser may make the opener a sentence of
    # its own, leaving the notice's sentence after it on the same line
    lead = text[line + 1:start]
    return bool(words.correction_opener.match(text, start, end)
                or (len(heading) <= HEADING_REACH and words.correction_opener.match(heading)
                    and start - line <= 2)
                or (0 < len(lead.strip()) <= HEADING_REACH
                    and words.correction_opener.match(lead))
                or words.correct_figure.search(text, start, end)
                or words.regret.search(text, start, end + REGRET_REACH))


CHANGE_NOUN_REACH = 8  # tokens before "from" a noun of change may stand at
# words that open a range of its own after the noun ("anywhere from 4,000 to 6,000")
_RANGE_OPENERS = frozenset({"anywhere", "somewhere", "with", "between", "ranging"})


def _change_noun_before(from_tok: Token) -> bool:
    """ "the expansion of the plant, from 60,000 to 150,000 cubic metres a day", "a cut in fares
    from $3 to $2": a noun of change (``[change_nouns]`` of quantities.toml) a few words before
    "from", in its sentence and with no number between, says the two are the levels before and
    after the change, two figures and no range, whichever verb the parser hangs "from" on."""
    doc, nouns = from_tok.doc, quantity_classes().change_nouns
    start = max(from_tok.sent.start, from_tok.i - CHANGE_NOUN_REACH)
    for tok in reversed(doc[start:from_tok.i]):
        if tok.like_num or tok.pos_ == "VERB" or tok.lower_ in _RANGE_OPENERS:
            return False  # "a rise in members, with anywhere from 600 to 900 new": a range
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns:
            return True
    return False


def _verb_above(tok: Token, ctx: ContextWords, reach: int = 6) -> Token | None:
    """The nearest verb of revising or change among the token's heads."""
    for _ in range(reach):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and (lemma in ctx.revising_verbs
                                             or lemma in ctx.change_verbs):
            return tok
        if tok.pos_ == "VERB" and lemma in ctx.moving_verbs and any(
                c.dep_ == "dobj" for c in tok.children):
            return tok  # "taking its capacity from 400 to 650"; "takes from two to three hours"
    return None


def _revises(verb: Token, ctx: ContextWords, *, share: bool) -> bool:
    """A verb of revising replaces a figure; a verb of change does when what changed is a count
    or an estimate, not a share ("turnout fell from 61 to 56 percent" is two elections)."""
    lemma = verb.lemma_.lower()
    if lemma in ctx.pure_revising:
        return True
    if _planned(verb):
        return False
    if lemma in ctx.revising_verbs:
        # "raised the toll", "raised it": a number (or what stands for one) is replaced;
        # "increased the frequency of escorts" changes the world
        acted_on = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return acted_on is None or acted_on.pos_ == "PRON" or _a_number(acted_on, ctx)
    if share:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and _a_number(subject, ctx)


# the modals of a change still to come: "fees will increase from 9.40 to 10.10 in April"
_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "would"})


def _planned(verb: Token) -> bool:
    """Whether a verb of change or of raising tells a change still to come ("fees will increase
    from 9.40 to 10.10 in April", "fares to rise from 2 to 2.50", "is set to raise the fare from
    4.25 to 5"): the two figures are a level before and after a date, two periods, not a stated
    figure replaced (a revision has already been made when it is told)."""
    for child in verb.children:
        if child.dep_ == "aux" and (child.lower_ in _FUTURE_MODALS or child.tag_ == "TO"):
            return True
    return False


def _a_number(noun: Token, ctx: ContextWords) -> bool:
    """ "the toll", "its estimate", "the number of missing climbers", "the death toll", "its
    recall" (an action counted by what it covers), "its claim", "her target price" (a party's
    own stated position, which only that party moves; its owner said, since "cut claims from 900
    to 600" or "raised the price" changes the world)."""
    lemma = noun.lemma_.lower()
    if lemma in ctx.number_nouns or lemma in ctx.self_counting or lemma in ctx.scope_nouns:
        return True
    return _a_position(noun, ctx)


def _a_position(noun: Token, ctx: ContextWords) -> bool:
    """ "its claim", "the union's demand", "her target price": a position noun (or a compound
    whose first word is one) with its owner before it."""
    children = list(noun.children)
    named = noun.lemma_.lower() in ctx.position_nouns or any(
        c.dep_ == "compound" and c.lemma_.lower() in ctx.position_nouns for c in children)
    return named and any(c.dep_ == "poss" for c in children)


def as_span(expr: NumberExpr, doc: Doc) -> Span | None:
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    return span if span is not None and len(span) else None
