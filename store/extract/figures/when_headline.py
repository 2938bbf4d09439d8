"""A headline's figure is of the period its body gives the same figure: "Shipyard delivers 42
ships" over "The shipyard delivered 42 ships in 2025". A headline tells in the present what the
body tells with its date, so read alone its figure would be dated by the day the article was
printed, and set against a forecast of that day's year ("expects to deliver 45 to 50 ships in
2026") as a rival of it. The body's figure of the same value, unit and noun says which period the
headline speaks of; when the body gives it for more than one period, nothing is taken. Only a
span (a year, a quarter, a month) is taken: a day dates a reading or a running count, which the
headline may tell as it then stands. One pass: the body's figures are indexed by value once."""

from __future__ import annotations

from store.extract.figures.found import FoundFigure

SPAN_DATE = len("2024-01")  # a year or a month: a span; a day dates a reading or a count on it
HEADLINE_CHARS = 200  # a headline's line is short: a longer first line is the article's text
SENTENCE_ENDS = (".", "!", "?", ":", ";")


def dated_as_in_the_body(figures: list[FoundFigure], text: str) -> None:
    """Give each figure of the headline that only its article's day dates the period of the
    body's figures of the same value, unit and noun, when they all have one."""
    line_end = _headline_end(text)
    if line_end is None:
        return
    heads = [f for f in figures if f.end <= line_end and f.period_basis == "reported"
             and f.when_basis == "article"]
    if not heads:
        return
    # a figure of a revision ("raised its estimate from 2.5 to 3.4 in September") is dated by
    # the figure it replaces, which is no period the headline's figure tells of
    revised = {f.revises for f in figures if f.revises is not None}
    body: dict[tuple[float, float, str], list[FoundFigure]] = {}
    for fig in figures:
        if fig.start > line_end and fig.period_basis in ("stated", "event", "projected") \
                and len(fig.when or "") <= SPAN_DATE:
            body.setdefault((fig.low, fig.high, fig.unit), []).append(fig)
    for head in heads:
        donors = [d for d in body.get((head.low, head.high, head.unit), ())
                  if _same_noun(head, d) and d.start not in revised and d.revises is None]
        periods = {(d.when, d.when_basis, d.period, d.period_basis) for d in donors}
        if len(periods) == 1:
            head.when, head.when_basis, head.period, head.period_basis = periods.pop()


def _headline_end(text: str) -> int | None:
    """Where the article's first line ends, when that line is a headline: short, with words,
    and no full stop at its end (not a sentence, not a table row)."""
    stripped = len(text) - len(text.lstrip())
    end = text.find("\n", stripped)
    if end < 0 or end - stripped > HEADLINE_CHARS:
        return None
    line = text[stripped:end].rstrip()
    if not line or line.endswith(SENTENCE_ENDS) or "|" in line:
        return None
    return end


def _same_noun(head: FoundFigure, body: FoundFigure) -> bool:
    """What the two count does not differ, where both say it."""
    first, second = (head.counted_head or "").lower(), (body.counted_head or "").lower()
    return not first or not second or first == second
