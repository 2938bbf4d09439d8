"""Names the tagger cuts at a surname's particles, and a newspaper it cuts at its place.

* "Remedios dela Torre-Villacorta", "Sjoerd van der Molen-Asante": the tagger stops a person's name
  at a lowercase particle it does not know as Spanish ("dela", the Filipino run-together "de
  la") or at a Dutch or German one ("van der", "von"), and tags the given name alone, often as
  a place or a body. A one-word name, then one or two surname particles (written apart or run
  together: ``surname_particles`` of ``store/data/names.toml``), then one or two capitalised
  words, is one person's name.
* "Dela Torre-Villacorta", "Van der Molen-Asante": the same surname written without the given name,
  its capitalised particles left out of the span. A particle written in capitals just before a
  name, and not after another capitalised word, is part of it; only a run of two particles or a
  run-together one ("De la", "Van der", "Dela"): one capitalised word alone ("La", "Do", "Ten")
  is as often an English word or a name of its own.
* "The Luzon Sentinel regrets": the tagger takes the place and leaves the masthead word; a
  place's name with a newspaper's title word after it (``masthead_words``) and no other
  capitalised word after that is the paper, not the place.

Each rule reads a few words on either side of one span: linear in the article.
"""

from __future__ import annotations

import re

from store.extract.mentions.spans import Span
from store.knowledge.countries import countries
from store.knowledge.name_words import name_words, surname_particles_word

_PLACES = frozenset({"GPE", "LOC", "FAC"})
_LOWER = re.compile(r" ([a-z]+)")
_CAPITAL = re.compile(r" ([A-ZÀ-ÖØ-Þ][\w'’-]*)")  # a capitalised word, after one space
_PARTICLES_BEFORE = re.compile(r"(?<=[\s\"“(])([A-Z][a-z]*)(?: ([a-z]+))? $")
_POSSESSIVE = re.compile(r"['’]s?$")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")


def is_particle_run(words: list[str]) -> bool:
    """Whether ``words`` (lower case) are a surname's particles: each one, or run together, of
    names.toml's ``surname_particles`` ("de", "la"; "dela"; "van", "der"; "vander")."""
    return bool(words) and all(w and surname_particles_word(w) for w in words)


def _surname_only(words: list[str]) -> bool:
    """A run no Spanish, Portuguese, French or Italian body's name holds between its words
    ("dela", "van der", "von"): the joining particles are left to the rule for those names."""
    return any(w not in name_words().joining_particles for w in words)


def with_surname_particles(text: str, spans: list[Span]) -> list[Span]:
    """The given name and the particled surname after it as one person's name; a surname's
    capitalised particles taken into its span."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        joined = _with_particled_surname(text, span)
        if joined is not None:
            while i + 1 < len(spans) and spans[i + 1].start < joined.end:
                i += 1  # the surname's part the tagger did tag
            if spans[i].end > joined.end:
                joined = Span(joined.start, spans[i].end, "PERSON", span.curated)
            span = joined
        else:
            span = _with_particles_before(text, span, out[-1].end if out else 0)
        out.append(span)
        i += 1
    return out


def _with_particled_surname(text: str, span: Span) -> Span | None:
    """"Remedios" + " dela Torre-Villacorta": one capitalised word, one or two surname particles
    (one not of a body's name; the tagger may have taken them: "Pieter van" + " den
    Broek-Sule"), one or two capitalised words after them."""
    word, *taken = text[span.start:span.end].split(" ")  # "Pieter van": its particle taken
    if span.label in ("DESC", "NORP", "EVENT") or len(taken) > 2 or not word[:1].isupper() \
            or word.isupper() or countries().country(word) or countries().of_demonym(word) \
            or (taken and not is_particle_run(taken)):
        return None
    pos, run = span.end, list(taken)
    while len(run) < 2 and (m := _LOWER.match(text, pos)):
        run.append(m.group(1))
        pos = m.end()
    while len(run) > len(taken) and not is_particle_run(run):
        run.pop()
        pos = text.rfind(" ", span.end, pos)
    if not run or not _surname_only(run):
        return None
    end = None
    for _ in range(2):
        m = _CAPITAL.match(text, pos)
        if m is None or m.group(1).isupper():
            break
        pos = end = m.end()
    if end is None:
        return None
    while text[end - 1] in "'’":
        end -= 1
    if text[end - 2:end] in ("'s", "’s"):
        end -= 2
    return Span(span.start, end, "PERSON", span.curated)


def _with_particles_before(text: str, span: Span, floor: int) -> Span:
    """"Dela" + "Torre-Villacorta", "Van der" + "Molen-Asante": capitalised particles just before a
    person's or a body's name, not after another capitalised word."""
    if span.label not in ("PERSON", "ORG"):
        return span
    lo = max(floor, span.start - 12)
    m = _PARTICLES_BEFORE.search(" " + text[lo:span.start]) if lo == 0 else \
        _PARTICLES_BEFORE.search(text[lo:span.start])
    if m is None:
        return span
    words = [w.lower() for w in m.groups() if w]
    if not is_particle_run(words) or (len(words) == 1 and words[0] in name_words().
                                      surname_particles):
        return span  # one capitalised particle alone ("La", "Ten") names nothing for sure
    start = span.start - len(m.group(0))
    if before_word(text, start):
        return span
    return Span(start, span.end, span.label, span.curated)


def before_word(text: str, start: int) -> bool:
    """Whether a capitalised word stands just before ``start``, a space between."""
    before = _WORD_BEFORE.search(text[max(0, start - 30):start])
    return before is not None and before.group(1)[:1].isupper()


def as_papers(text: str, spans: list[Span]) -> list[Span]:
    """A place before a masthead word as the paper ("The Luzon Sentinel regrets"): run on
    the last spans, those found again included."""
    return [_as_paper(text, s, spans[i + 1].start if i + 1 < len(spans) else None)
            for i, s in enumerate(spans)]


def _as_paper(text: str, span: Span, next_start: int | None) -> Span:
    """"Metro Manila" + " Ledger": a place's name, a masthead word, then no capitalised word
    ("Velm Star Hotel" is no paper) and no other span."""
    if span.label not in _PLACES:
        return span
    m = _CAPITAL.match(text, span.end)
    if m is None:
        return span
    word = _POSSESSIVE.sub("", m.group(1))
    if word.lower() not in name_words().masthead_words or word.isupper() \
            or (next_start is not None and next_start < m.end()) or _CAPITAL.match(text, m.end()):
        return span
    end = m.start(1) + len(word)
    return Span(span.start, end, "ORG", span.curated)
