"""An edition of a happening named by its year and its acronym: "2030 CPH" after "the 2030
Census of Population and Housing (2030 CPH)", "the 2020 CPH". The tagger takes the year for a
date or an event of its own and the acronym for a body; one acronym then stands for every
edition, and the corpus's censuses of 2020 and 2030 become one actor. A year set straight before
a word in capitals that spells the initials of a happening's name the article gives (the words
after its year) is one event's name, the edition of that year; an acronym no happening of the
article spells ("2024 GDP") is left as it was.

One pass over the spans: the article's happenings' initials first, then each acronym's few
characters before it.
"""

from __future__ import annotations

import re

from store.extract.mentions.spans import Span
from store.knowledge.folding import initials, is_acronym

_YEAR_BEFORE = re.compile(r"(?<![\w.,-])((?:19|20)\d\d)[ \t]$")
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d[ \t]+")


def spelled_as(name: str) -> set[str]:
    """The acronyms a happening's name can stand for, and its name without its first word (a
    place's: "Velm Census of Farms and Herds", "CFH"): the initials resolution joins them by
    (``store.actors.editions``)."""
    rest = name.split(" ", 1)[1] if " " in name else ""
    return initials(name) | (initials(rest) if " " in rest else set())


def with_editions(text: str, spans: list[Span]) -> list[Span]:
    spelled = {letters for s in spans if s.label == "EVENT"
               and (m := _YEAR_FIRST.match(text, s.start, s.end)) is not None
               for letters in spelled_as(text[m.end():s.end])}
    spelled.discard("")
    if not spelled:
        return spans
    out: list[Span] = []
    for span in spans:
        word = text[span.start:span.end]
        year = _YEAR_BEFORE.search(text, max(0, span.start - 6), span.start) \
            if span.label in ("ORG", "ACRO") and is_acronym(word) \
            and word.replace(".", "") in spelled else None
        if year is not None:
            start = year.start(1)
            while out and out[-1].end > start:
                out.pop()  # the year the tagger took alone
            span = Span(start, span.end, "EVENT", span.curated)
        out.append(span)
    return out
