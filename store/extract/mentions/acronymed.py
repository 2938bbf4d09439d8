"""A name the tagger took for a person's, given an acronym in parentheses: "Northvale Metro
Water (NMW) said" names a body, for a person is never written with the initials of their name
after it. The small English model labels a body named after its trade ("... Water", "... Power")
a PERSON more often than not, and a body typed as a person is never found again by "the
utility" or "the company"; so the span is labelled ORG, and so is every other span of the same
name in the article the tagger also took for a person."""

from __future__ import annotations

import re

from store.extract.mentions.spans import Span, bare_word
from store.knowledge.countries import countries
from store.knowledge.folding import is_acronym, name_tokens
from store.knowledge.name_words import name_words

_DEFINED = re.compile(r"[ \t]*\(([A-Z][A-Za-z.&]{1,9})\)")


def as_bodies(text: str, spans: list[Span]) -> list[Span]:
    """The spans, with each PERSON whose name an acronym of three letters or more after it
    abbreviates (every letter the initial of one of its words, in order, the first the first)
    labelled ORG, and the same
    name's other PERSON spans in the article with it."""
    bodies = {text[s.start:s.end] for s in spans
              if s.label == "PERSON" and _abbreviated(text, s)}
    if not bodies:
        return spans
    return [Span(s.start, s.end, "ORG", s.curated)
            if s.label == "PERSON" and text[s.start:s.end] in bodies else s for s in spans]


def _abbreviated(text: str, span: Span) -> bool:
    """"Northvale Metro Water (NMW)": the acronym in parentheses after the name spells it."""
    m = _DEFINED.match(text, span.end)
    if m is None or not is_acronym(m.group(1)):
        return False
    letters = [c.lower() for c in m.group(1) if c.isalpha() and c.isupper()]
    initials = [w[:1] for w in name_tokens(text[span.start:span.end])]
    # three letters at least: a person's two initials are not this
    if len(letters) < 3 or not initials or letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(any(i == c for i in rest) for c in letters[1:])


def with_countries(text: str, spans: list[Span]) -> list[Span]:
    """"ORA Chile", "the ORA Peru office": a body's acronym and a country's name straight
    after it are one name, the body's branch or office in that country (an actor of its own,
    as "ISIS-Libya" is), not the country."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.label != "DESC" and span.start == prev.end + 1 \
                and text[prev.end] == " " and is_acronym(text[prev.start:prev.end]) \
                and span.label in ("GPE", "NORP") \
                and countries().country(text[span.start:span.end]):
            out[-1] = Span(prev.start, span.end, "ORG")
            continue
        out.append(span)
    return out


def as_acronyms(text: str, spans: list[Span], defined: frozenset[str]) -> list[Span]:
    """"Media enquiries: MWS Communications": a body's office the tagger found under the
    acronym its article defines ("Morvessa Wildlife Service (MWS)"), one to three capitalised
    words after it, none the head of a body's name of its own ("MWS Regional Office" stays
    whole), is that body speaking: the acronym alone is the mention."""
    heads = name_words().org_heads
    out = []
    for span in spans:
        words = text[span.start:span.end].split(" ")
        if span.label == "ORG" and not span.curated and 2 <= len(words) <= 4 \
                and words[0] in defined \
                and all(w[:1].isupper() and not w.isupper() and bare_word(w) not in heads
                        for w in words[1:]):
            span = Span(span.start, span.start + len(words[0]), "ORG")
        out.append(span)
    return out
