"""Events as actors: named storms and operations ("Cyclone Marlo", "Operation Atalanta"), the
storm's own name alone later in the article ("Marlo"), runs of capitalised words that end in an
event word ("Port Adler Coastal Security Summit"), an operation's name set in capitals ("Operation
QUIET HARBOUR") and a war named by a people or place ("the Gaza war", "the Libyan civil
war"). The tagger's own EVENT entities come in with the other labels.

The words are data: ``event_words`` and ``event_heads`` in ``store/data/names.toml``."""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.mentions.spans import DocView, Span, bare_word
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

EVENT = "EVENT"
_YEAR = re.compile(r"(?:19|20)\d\d")
_WAR_AFTER = re.compile(r"\s+(?:(?:civil|border|proxy|trade|world)\s+)?war\b")
_LEADING_ARTICLES = re.compile(r"(?:(?:The|A|An)\s+)+")
# a capitalised word, then a lowercase "the", opening a run: the sentence's preposition before the
# name ("Under the Orla Accords", "At the Velm Summit"), no word of it
_OPENING_THE = re.compile(r"[A-Z][a-z]*[ \t]+the[ \t]+")
_CAPITALISED_WORD = r"(?:[A-Z][\w'’.-]*|of|the|and|for|on)"
_NAME_WORD = re.compile(r"[^\s]+")


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
        elif len(words) > 2 and _YEAR.fullmatch(words[0]) and words[-1][:1].isupper() \
                and bare_word(words[-1]) in nw.event_heads and not span.curated:
            # "2031 National Heron Census" the tagger took for a body: no body's name opens
            # with a year
            span = Span(span.start, span.end, EVENT)
        elif len(words) > 2 and _YEAR.fullmatch(words[-1]) and words[-2][:1].isupper() \
                and bare_word(words[-2]) in nw.event_heads and not span.curated:
            # "National Heron Census 2031", its title's form: the year closes it
            span = Span(span.start, span.end, EVENT)
        out.append(span)
    if names:
        out = [Span(s.start, s.end, EVENT) if fold(text[s.start:s.end]) in names
               and s.label != EVENT else s for s in out]
    return out


@lru_cache(maxsize=1)
def _in_capitals_pattern() -> re.Pattern[str]:
    """An event word, then a name set in capitals: "Operation RESOLUTE TRANSIT" (military
    style writes an operation's name so; the tagger knows no such name)."""
    words = "|".join(sorted((re.escape(w.capitalize()) for w in name_words().event_words),
                            key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?:[ \t]+[A-Z][A-Z'’-]*[A-Z]){{1,4}}(?![\w-])")


@lru_cache(maxsize=1)
def _titled_pattern() -> re.Pattern[str]:
    """Event words, then one to three capitalised words: "Operation Safe Harbour", "Cyclone
    Tavi" (the tagger often misses an operation's name, or takes it for a work of art)."""
    words = "|".join(sorted((re.escape(w.capitalize()) for w in name_words().event_words),
                            key=len, reverse=True))
    return re.compile(rf"(?<![\w-])((?:(?:{words})[ \t]+)+)[A-Z][a-z'’-]+"
                      rf"(?:[ \t]+[A-Z][a-z'’-]+){{0,2}}(?![\w-])")


def _titled_events(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """"Operation Safe Harbour": event words, the last a noun, then capitalised words the tagger
    reads as a name, none of them an event word, and no name of the tagger's starting inside
    ("Storm Desk Editor Joe Barr" is a desk, then a person)."""
    found = []
    events = name_words().event_words
    for m in _titled_pattern().finditer(text):
        if any(s.start < m.end() and s.end > m.start() and s.start != m.start() for s in spans):
            continue
        last = m.group(1).split()[-1]
        token = ctx.token_at(m.start(1) + m.group(1).rindex(last))
        rest = list(_NAME_WORD.finditer(text, m.end(1), m.end()))
        if token is None or token.pos_ not in ("NOUN", "PROPN") or any(
                fold(w.group()) in events for w in rest):
            continue
        if all((t := ctx.token_at(w.start())) is not None and t.pos_ == "PROPN" for w in rest):
            # "Cyclone Marlow's winds": the possessive is the sentence's, not the name's
            end = m.end() - 2 if text[m.end() - 2:m.end()] in ("'s", "\u2019s") else m.end()
            found.append(Span(m.start(), end, EVENT))
    return found


def event_spans(text: str, spans: list[Span], ctx: DocView | None = None) -> list[Span]:
    """Events the tagger splits or misses: "Port Adler Coastal Security Summit", "Gaza war",
    "Operation QUIET HARBOUR", "Operation Safe Harbour", "the Velm earthquake", "the 2019
    census"."""
    found = [Span(m.start(), m.end(), EVENT) for m in _in_capitals_pattern().finditer(text)]
    if ctx is not None:  # the happenings need the parse: which word is a noun
        found.extend(_named_happenings(text, spans, ctx))
        found.extend(_titled_events(text, spans, ctx))
    for m in _run_pattern().finditer(text):
        lead = _LEADING_ARTICLES.match(m.group())
        start = m.start() + (lead.end() if lead else 0)
        if opening := _OPENING_THE.match(text, start, m.end()):
            start = opening.end()
        if len(text[start:m.end()].split()) >= 2:
            found.append(Span(start, m.end(), EVENT))
    for span in spans:
        if span.label not in ("NORP", "GPE") or text[span.start - 1:span.start] == "-":
            continue
        m = _WAR_AFTER.match(text, span.end)
        if m:
            found.append(Span(span.start, m.end(), EVENT))
    return found


# the words after a name: up to two lowercase modifiers, then the noun (" oil spill", " general
# election", " earthquake")
_WORDS_AFTER = re.compile(r"(?:[ \t]+[a-z][\w-]*(?![\w'’-])){1,3}")
_LOWER_WORD = re.compile(r"[a-z][\w-]*")
_YEAR_BEFORE = re.compile(r"(?<![\w-])(?:19|20)\d\d[ \t]+$")


@lru_cache(maxsize=1)
def _date_led() -> re.Pattern[str]:
    """A year or a date after a determiner or a possessive: "the 2019 census", "its 2024
    election", "the 14 May vote", "the August 2027 election", "the Oct. 11 eruption" (a month
    abbreviated before its day), "the 2022-23 drought" (a season of two years)."""
    nw = name_words()
    months = "|".join(m.capitalize() for m in sorted(nw.months))
    short = "|".join(m.capitalize() for m in sorted(nw.month_abbreviations))
    date = (rf"(?:\d{{1,2}}[ \t]+(?:{months})|(?:{months})(?:[ \t]+\d{{1,2}})?"
            rf"|(?:{short})\.[ \t]+\d{{1,2}})"
            rf"(?:,?[ \t]+(?:19|20)\d\d)?|(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?")
    return re.compile(r"(?:(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his"
                      rf"|[Tt]hat)|['’]s)[ \t]+({date})(?=[ \t])")
_MODIFIER_POS = frozenset({"ADJ", "NOUN"})


def _named_happenings(text: str, spans: list[Span], ctx: DocView) -> list[Span]:
    """A happening named by a common noun after a name or a year: "the Velm earthquake", "the
    Harlow data breach", "the 2007 Dovren fire", "the 2019 census", "its 2024 general
    election" (``event_nouns`` in ``store/data/names.toml``). The noun must end its noun phrase
    ("Velm fire crews" are people, "census night" a time) and the words between must be
    modifiers, not a verb ("Velm said fire"). A name's hyphened partner comes along
    ("Orla-Velm border deal")."""
    nouns = name_words().event_nouns
    if not nouns:
        return []
    found = []
    ends = {s.end: s for s in spans}
    for span in spans:
        if span.label in (EVENT, "NORP") or span.curated:
            continue  # "a Velmoran wildfire" is any fire of that country's
        end = _happening_end(text, span.end, ctx, nouns)
        if end is None:
            continue
        start = span.start
        partner = ends.get(start - 1)
        if text[start - 1:start] == "-" and partner is not None:
            start = partner.start
        year = _YEAR_BEFORE.search(text, max(0, start - 6), start)
        first = year.start() if year else start
        if _is_plural(text, end, nouns) and not _THE_BEFORE.search(text, max(0, first - 5), first):
            continue  # "Velm floods drown nets": any floods there; "the Velm floods" is one
        found.append(Span(first, end, EVENT))
    for m in _date_led().finditer(text):
        end = _happening_end(text, m.end(1), ctx, nouns)
        if end is not None:
            found.append(Span(m.start(1), end, EVENT))
    for m in _the_capitalised().finditer(text):
        if m.end() in ends:
            continue  # a name the tagger found: done above
        end = _happening_end(text, m.end(), ctx, nouns)
        if end is not None:
            found.append(Span(m.start(1), end, EVENT))
    return found


_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+$")
_LAST_WORD = re.compile(r"[a-z]+$")


def _is_plural(text: str, end: int, nouns: frozenset[str]) -> bool:
    """The event noun that ends at ``end`` is the plural of another ("fires" of "fire")."""
    m = _LAST_WORD.search(text, max(0, end - 20), end)
    word = m.group() if m else ""
    return word.endswith("s") and word[:-1] in nouns


@lru_cache(maxsize=1)
def _the_capitalised() -> re.Pattern[str]:
    """"the Clean Rivers campaign", "the Almonaster la Real fire": "the", then capitalised words
    no tagger's name ends with (one or two lowercase particles of a Spanish or Portuguese name
    allowed between them, names.toml), then the event noun (found by ``_happening_end``); a run
    on one line; not "the Velm Board's campaign"."""
    particles = "|".join(sorted(map(re.escape, name_words().joining_particles), key=len,
                                reverse=True))
    word = r"[A-Z][\w'’-]*"
    return re.compile(rf"(?<![\w-])[Tt]he[ \t]+({word}(?:[ \t]+(?:(?:{particles})[ \t]+){{0,2}}"
                      rf"{word}){{0,4}})(?<!['’]s)(?=[ \t]+[a-z])")


def _happening_end(text: str, pos: int, ctx: DocView, nouns: frozenset[str]) -> int | None:
    """Where the event noun written after ``pos`` ends, None when no such noun heads the phrase
    there: the first event noun of the next three lowercase words, the words before it
    modifiers."""
    m = _WORDS_AFTER.match(text, pos)
    if m is None:
        return None
    for w in _LOWER_WORD.finditer(text, pos, m.end()):
        token = ctx.token_at(w.start())
        if fold(w.group()) in nouns:
            if token is None or token.pos_ not in ("NOUN", "PROPN"):
                return None
            nxt = ctx.next_token(w.end())
            if nxt is not None and nxt.idx == w.end() + 1 and nxt.pos_ in ("NOUN", "PROPN") \
                    and nxt.text[:1].islower():
                return None  # "Velm fire crews", "census night"
            return w.end()
        if token is None or token.pos_ not in _MODIFIER_POS or ctx.is_stop(w.group()):
            return None
    return None
