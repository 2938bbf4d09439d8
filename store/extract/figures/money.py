"""An amount of money written without its currency: "the line now costs 41bn", "the 36.2bn
budget", "of that, 9.5bn came from the fund". In an article that counts money, a number written
with a scale is in the currency of the nearest amount that names one when it counts a noun of
money (a budget, a cost), or, written in billions or more, when it counts nothing at all: a
million people or users are everyday copy, a billion of anything but money is rare, and what
counts it ("a population of 1.4 billion", "the population reached 8 billion") is then said.
A part of a sum named right after it ("85 million euros in aid, including 30 million for
farmers and 12 million for towns", "of which 2bn") is in the sum's currency, whatever its
scale."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from store.extract.figures.found import FoundFigure
from store.extract.figures.parse import governing_verb, text_of
from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Doc

WINDOW = 4000  # characters either side searched for an amount that names its currency
BILLIONS = 1e9
# verbs that set a level ("the population reached 8 billion"): their subject is what is counted
LEVEL_VERBS = frozenset({"be", "reach", "rise", "soar", "climb", "grow", "fall", "drop", "hit",
                         "stand", "top", "exceed", "surpass", "pass", "near", "total", "jump"})
_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+"
                        r"|around\s+|roughly\s+|over\s+|more\s+than\s+|up\s+to\s+)?$", re.I)


@lru_cache(maxsize=1)
def _scale_pattern() -> re.Pattern[str]:
    """The scale written on a number, glued ("41bn") or as a word ("41 billion")."""
    lex = units()
    scales = sorted([*lex.scale_suffixes, *lex.scale_words], key=len, reverse=True)
    return re.compile(rf"\d\s*({'|'.join(map(re.escape, scales))})$", re.I)


def _scale(text: str) -> float:
    m = _scale_pattern().search(text)
    if m is None:
        return 1.0
    lex = units()
    word = m.group(1).lower()
    return lex.scale_suffixes.get(word) or lex.scale_words.get(word) or 1.0


def name_the_currency(figures: list[FoundFigure], doc: Doc) -> None:
    """Give a bare amount the currency the article counts money in (see the module's
    docstring)."""
    lex = units()
    money = sorted((f for f in figures if f.base_unit in lex.currency_codes),
                   key=lambda f: f.start)
    if not money:
        return
    text = text_of(doc)
    starts = [f.start for f in money]
    whole: FoundFigure | None = None  # the sum the figure before was read as a part of
    for i, fig in enumerate(figures):
        if fig.unit != "count" and not _money_noun(fig.unit):
            whole = None
            continue
        scale = _scale(fig.text)
        if scale < 1e6:
            whole = None
            continue
        whole = _part_of(fig, figures[i - 1] if i > 0 else None, whole, text)
        if whole is not None and fig.counted is None:
            fig.unit = whole.base_unit
            continue
        head = (fig.counted_head or "").lower()
        if head in lex.number_nouns or head.rstrip("s") in lex.number_nouns:
            head = ""  # "the 46-52bn range": a number, of nothing said
        if head and not _money_noun(head):
            continue
        if not head and (scale < BILLIONS or _counted_elsewhere(fig, doc, text)):
            continue
        currency = _nearest_currency(fig, money, starts)
        if currency is not None:
            fig.unit = currency


# "..., including 30 million", "of which about 2bn": a part of the sum just named
_PART = re.compile(r"\b(?:including|incl\.|of\s+which|of\s+that|among\s+them)\s+(?:about\s+"
                   r"|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|over\s+|more\s+than\s+"
                   r"|up\s+to\s+)?$", re.I)
# "... 30 million for farmers and 12 million": the next part of the same list
_NEXT_PART = re.compile(r"^(?:\s+[a-z][\w-]*){0,5},?\s+(?:and\s+|,\s*)?$")
PART_REACH = 80  # characters between a sum and its part, or two parts


def _part_of(fig: FoundFigure, before: FoundFigure | None, whole: FoundFigure | None,
             text: str) -> FoundFigure | None:
    """The sum ``fig`` is named as a part of, right after it in its sentence, or after a part
    of it (``whole``: the sum the figure before was a part of); None for none."""
    if before is None or before.sentence != fig.sentence or fig.start - before.end > PART_REACH:
        return None
    between = text[before.end:fig.start]
    if any(c.isdigit() for c in between):
        return None
    if whole is not None and _NEXT_PART.match(between):
        return whole
    if before.base_unit in units().currency_codes and _PART.search(between):
        return before
    return None


def _counted_elsewhere(fig: FoundFigure, doc: Doc, text: str) -> bool:
    """ "a population of 1.4 billion", "the population reached 8 billion": a noun not of money
    before "of", or the subject of a verb that sets a level, says what the figure counts."""
    of = _OF_BEFORE.search(text, max(0, fig.start - 50), fig.start)
    if of is not None and not _money_noun(of.group(1).lower()):
        return True
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None:
        return True
    verb = governing_verb(span)
    if verb.lemma_.lower() not in LEVEL_VERBS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
               and not (span.start <= c.i < span.end) and not _money_noun(c.lemma_.lower())
               and c.lemma_.lower() not in units().number_nouns  # "the figure is ... 46bn"
               for c in verb.children)


def _money_noun(word: str) -> bool:
    """ "budget", "costs": a noun of money, singular or plural."""
    nouns = units().money_nouns
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


def _nearest_currency(fig: FoundFigure, money: list[FoundFigure],
                      starts: list[int]) -> str | None:
    """The currency of the amount nearest the figure, found by bisecting the amounts' starts
    (an article of thousands of amounts stays linear)."""
    i = bisect.bisect_left(starts, fig.start)
    near = [m for m in money[max(0, i - 1):i + 1] if abs(m.start - fig.start) <= WINDOW]
    if not near:
        return None
    best = min(near, key=lambda m: abs(m.start - fig.start))
    return best.base_unit
