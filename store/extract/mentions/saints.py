"""A body named after a saint: "St Brigid's Hospital", "Saint Andrew's University", "St John's
Hospice".

The tagger reads the saint's title and name as a person's, and the possessive as an owner's: it
cuts the name at the possessive ("St John's" + "Hospice", both PERSON), or tags the whole as a
person. The saint owns nothing there: the possessive is a word of the body's own name, and the
name is no person's. A saint's title (``saint_titles`` in ``store/data/names.toml``) and one
capitalised name, a possessive, then capitalised words up to an organisation's head, a site's
noun or a saint's body's (``saint_body_heads``) make one name, an organisation's.
"""

from __future__ import annotations

import re

from store.extract.mentions.spans import Span
from store.knowledge.countries import countries
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

MAX_AFTER = 3  # capitalised words after the possessive: "St Brigid's General Teaching Hospital"

# a saint's title and one name (the owner), its possessive, then capitalised words
_SAINTS_NAME = re.compile(r"(?:The[ \t]+)?(([A-Z][a-z]*\.?)[ \t]+[A-Z][\w-]*)['’]s?[ \t]+"
                          rf"([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){{0,{MAX_AFTER - 1}}})(?![\w'’-])")
_WORD = re.compile(r"[A-Z][\w-]*")


def saints_body_end(surface: str) -> int | None:
    """Where the body's name ends in ``surface``, a saint's name and its possessive at its start
    ("St Brigid's Hospital said" -> after "Hospital"); None where it opens with no saint's title,
    the owner is a country ("St Lucia's Prime Minister") or no body's head follows."""
    m = _SAINTS_NAME.match(surface)
    if m is None or fold(m.group(2).rstrip(".")) not in name_words().saint_titles \
            or countries().country(m.group(1)):
        return None
    words = name_words()
    heads = words.org_heads | words.site_nouns | words.saint_body_heads
    for w in reversed(list(_WORD.finditer(m.group(3)))):
        if fold(w.group()) in heads:
            return m.start(3) + w.end()
    return None


def with_saints_bodies(text: str, spans: list[Span]) -> list[Span]:
    """Each span that opens with a saint's title taken on over the possessive to the body's
    head after it, as an organisation's name; the spans it then covers are dropped by the
    caller's overlap rule."""
    out = []
    for span in spans:
        end = saints_body_end(text[span.start:span.start + 120].split("\n")[0])
        if end is not None and span.start + end >= span.end:
            out.append(Span(span.start, span.start + end, "ORG" if span.label in (
                "PERSON", "GPE", "NORP") else span.label, span.curated))
        else:
            out.append(span)
    return out
