"""A happening named by its common noun and its date written after it: "the frost of 12 and 13
May", "a hailstorm on 27 May", "the fire of 13 September", "the floods of July 2021", "the
earthquake of 2010". The date makes the phrase one happening, as a date before the noun does
("the 14 May vote": ``store.extract.mentions.events``), so the phrase from the noun to the date
is an event's name (label ``EVENT``), the determiner left out as encyclopedias title such
events ("earthquake of 2010").

Only for a noun no description stands for (no head of ``store/data/descriptions.toml``): "the
earthquake of 8 October" stays the description "the earthquake", which stands for the happening
its article, or the corpus, names ("the Velm earthquake"), and a name of its own would split
that happening. The nouns are ``event_nouns`` in ``store/data/names.toml``; at most two
lowercase modifiers before the noun ("the train derailment", "the gas explosion"), and the noun
must head its phrase (a noun: "the crash of 3 May", not "a crash on 3 May" read as a verb).
"""

from __future__ import annotations

import re
from functools import cache

from store.extract.mentions.spans import DocView, Span
from store.knowledge.descriptions import descriptions
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

EVENT = "EVENT"
_MODIFIER_POS = frozenset({"ADJ", "NOUN"})
_YEAR = r"(?:19|20)\d\d"


@cache
def _pattern() -> re.Pattern[str]:
    """A determiner, up to two lowercase words, an event noun, "of" or "on", and a date: a day
    or two days ("12 and 13", "12-13", "5 to 7") before a month, a month and its day, a month
    and a year, or ("of" only) a year alone; the year may close the first three."""
    nw = name_words()
    nouns = "|".join(sorted(map(re.escape, nw.event_nouns), key=len, reverse=True))
    months = "|".join(m.capitalize() for m in sorted(nw.months, key=len, reverse=True))
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    days = rf"{day}(?:(?:[ \t]+(?:and|to)[ \t]+|[-–]){day})?"
    dated = (rf"(?:{days}[ \t]+(?:{months})|(?:{months})[ \t]+{day}(?![\d:.])"
             rf"|(?:{months}))(?:,?[ \t]+{_YEAR})?")
    date = rf"(?:of|on)[ \t]+(?:{dated})|of[ \t]+{_YEAR}"
    return re.compile(rf"(?<![\w-])(?:[Tt]he|[Aa]n?)[ \t]+((?:[a-z][\w-]*[ \t]+){{0,2}}?"
                      rf"({nouns})[ \t]+(?:{date}))(?![\w-])")


def dated_happening_spans(text: str, ctx: DocView) -> list[Span]:
    """Each "the <noun> of <date>" of the text whose noun no description stands for, as an
    event's span."""
    found = []
    for m in _pattern().finditer(text):
        if descriptions().rules_for(fold(m.group(2))):
            continue  # "the earthquake of 8 October": the description "the earthquake"
        if not _heads_phrase(text, m, ctx):
            continue
        found.append(Span(m.start(1), m.end(1), EVENT))
    return found


def _heads_phrase(text: str, m: re.Match[str], ctx: DocView) -> bool:
    """The event noun is a noun, and the words before it (after the determiner) modify it."""
    token = ctx.token_at(m.start(2))
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return False
    for w in re.finditer(r"[a-z][\w-]*", text[m.start(1):m.start(2)]):
        before = ctx.token_at(m.start(1) + w.start())
        if before is None or before.pos_ not in _MODIFIER_POS or ctx.is_stop(w.group()):
            return False
    return True
