"""The one an amount given per period is paid or spent by: "R38 a month for an average
household", "for a typical household that is R38 a month", "treating one inmate costs PHP 205 a
day". The amount is per that one and per the period ("household per month"): the same sum for
the whole town, or for every household together, would be another quantity. Only a holder the
sentence singles out as the one it is worked out for ("an average", "a typical", "one") is
read: "R38 a month for the city" names no one per whom it is given, and "A$250 a week for each
member" is a payment to each, per week, as ``measured_rate`` reads a sum paid to each. A person
named by who they are (an inmate, a patient) is a person, as ``priced_demonym`` writes a sum per
head."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.extract.figures.parse import sentence_of, text_of
from store.extract.figures.priced_demonym import PERSON
from store.knowledge.context import context_words
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span

AFTER_REACH = 70  # characters after the amount: a conversion, the period, then the holder
BEFORE_REACH = 90  # characters before the amount, within its sentence, the holder may start at

# "an average household", "a typical family": the one the sum is worked out for. "for each
# member" after a period is who a payment goes to, which the payment's noun keeps
# (``measured.measured_rate``: "2,500 dirhams per household a month" is paid each month)
_ONE = r"(?:an?|the)\s+(?:average|typical)"
# "R38 a month for an average household", "£12 ($15) a week for a typical pupil"
_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:a|an|per|each|every)\s+([a-z]+)"
    rf"\s+(?:for|to|on)\s+{_ONE}\s+([a-z]+)\b")
# "for an average household that is R38 a month", "the saving for a typical household fell to"
_BEFORE = re.compile(rf"\b(?:for|to|on)\s+{_ONE}\s+([a-z]+)\b", re.I)
# "treating one inmate costs PHP 205 a day": one of them the subject of what it costs
_ONE_COSTS = re.compile(r"\bone\s+([a-z]+)\s+(?:costs?|pays?|spends?|receives?)\b", re.I)
# "costs the shelter $14 (€13) a day": the amount a conversion in brackets restates, no figure
# of another quantity between the holder and the conversion
_RESTATED = re.compile(r"\S*\d[\d,.]*\S*\s*\(\s*$")
# another clause between the holder and the amount: "40,000 riders for each line, and the fare
# is €2 a day" gives the fare per day, not per line
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:and|but|while|whereas)\b", re.I)


def per_holder(span: Span, rate: str) -> str | None:
    """The one an amount given per ``rate`` (a period) is per, as a rate's first part
    ("household"), or None where the sentence singles out no one."""
    doc = span.doc
    text = text_of(doc)
    sent = sentence_of(span)
    m = _AFTER.match(text, span.end_char, min(sent.end_char, span.end_char + AFTER_REACH))
    if m is not None and m.group(1).lower() == rate:
        return _holder(span, m.start(2), m.end(2))
    start = max(sent.start_char, span.start_char - BEFORE_REACH)
    before = text[start:span.start_char]
    for pattern in (_BEFORE, _ONE_COSTS):
        found = list(pattern.finditer(before))
        gap = _RESTATED.sub("", before[found[-1].end():]) if found else ""
        if found and not re.search(r"\d", gap) and not _CLAUSE_BREAK.search(gap):
            m = found[-1]
            return _holder(span, start + m.start(1), start + m.end(1))
    return None


def _holder(span: Span, start: int, end: int) -> str | None:
    """The noun at ``start``-``end`` as a rate names it: its singular, or "person" for a noun
    that counts persons; None for a word that is no noun, a period or a head of population."""
    tokens = span.doc.char_span(start, end)
    if tokens is None or len(tokens) != 1 or tokens[0].pos_ != "NOUN":
        return None
    word = tokens[0].lemma_.lower()
    ctx = context_words()
    if word in ctx.rate_period_words or word in ctx.per_unit_words:
        return PERSON if word in ctx.per_unit_words else None
    return PERSON if units().count_classes.get(word) == "people" else word
