"""Events as actors: named storms and operations ("Cyclone Marlo", "Operation Atalanta"), the
storm's own name alone later in the article ("Marlo"), runs of capitalised words that end in an
event word ("Port Adler Coastal Security Summit"), an operation's name set in capitals ("Operation
QUIET HARBOUR") and a war named by a people or place ("the Gaza war", "the Libyan civil
war"). The tagger's own EVENT entities come in with the other labels.

The words are data: ``event_words`` and ``event_heads`` in ``store/data/names.toml``."""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.mentions.spans import Span, bare_word
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

EVENT = "EVENT"
_WAR_AFTER = re.compile(r"\s+(?:(?:civil|border|proxy|trade|world)\s+)?war\b")
_LEADING_ARTICLES = re.compile(r"(?:(?:The|A|An)\s+)+")
_CAPITALISED_WORD = r"(?:[A-Z][\w'’.-]*|of|the|and|for|on)"


@lru_cache(maxsize=1)
def _run_pattern() -> re.Pattern[str]:
    """A run of capitalised words (joining words allowed inside) ending in an event head, on
    one line: a name never runs across a line break ("@HarbourTenants\n\nHarbour Tenants'
    Forum" is a handle, then the name)."""
    heads = "|".join(sorted((re.escape(h.capitalize()) for h in name_words().event_heads),
                            key=len, reverse=True))
    return re.compile(rf"(?<![\w-])[A-Z][\w'’.-]*(?:[ \t]+{_CAPITALISED_WORD}){{0,6}}?[ \t]+"
                      rf"(?:{heads})(?![\w-])")


def as_events(text: str, spans: list[Span]) -> list[Span]:
    """Names that start with an event word become events, and so does the storm's own name
    when it stands alone later in the article."""
    nw = name_words()
    names: set[str] = set()
    out = []
    for span in spans:
        words = text[span.start:span.end].split()
        if len(words) > 1 and bare_word(words[0]) in nw.event_words and not span.curated:
            rest = [w for w in words[1:] if bare_word(w) not in nw.event_words]
            if rest:
                names.add(fold(" ".join(rest)))
            span = Span(span.start, span.end, EVENT)
        out.append(span)
    if names:
        out = [Span(s.start, s.end, EVENT) if fold(text[s.start:s.end]) in names
               and s.label != EVENT else s for s in out]
    return out


@lru_cache(maxsize=1)
def _in_capitals_pattern() -> re.Pattern[str]:
    """An event word, then a name set in capitals: "Operation STEADFAST PASSAGE" (military
    style writes an operation's name so; the tagger knows no such name)."""
    words = "|".join(sorted((re.escape(w.capitalize()) for w in name_words().event_words),
                            key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?:[ \t]+[A-Z][A-Z'’-]*[A-Z]){{1,4}}(?![\w-])")


def event_spans(text: str, spans: list[Span]) -> list[Span]:
    """Events the tagger splits or misses: "Port Adler Coastal Security Summit", "Gaza war",
    "Operation QUIET HARBOUR"."""
    found = [Span(m.start(), m.end(), EVENT) for m in _in_capitals_pattern().finditer(text)]
    for m in _run_pattern().finditer(text):
        lead = _LEADING_ARTICLES.match(m.group())
        start = m.start() + (lead.end() if lead else 0)
        if len(text[start:m.end()].split()) >= 2:
            found.append(Span(start, m.end(), EVENT))
    for span in spans:
        if span.label not in ("NORP", "GPE") or text[span.start - 1:span.start] == "-":
            continue
        m = _WAR_AFTER.match(text, span.end)
        if m:
            found.append(Span(span.start, m.end(), EVENT))
    return found
