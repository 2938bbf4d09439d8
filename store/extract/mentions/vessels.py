"""Vessels named with their prefix: "MV Kestrel Dawn-2", "HMS Orwell", "the tanker M/T Sable
Crest". The tagger misses many, or keeps the name and drops it later as junk for the number
in it; the prefix (``vessel_prefixes`` in ``store/data/names.toml``, in capitals) says the
words after it, capitalised, are a vessel's name, a number joined to them included. The name
without its prefix, later in the article, is found as a repeat (``repeats``) and keyed as the
same vessel (``store.actors.keys``)."""

from __future__ import annotations

import re

from store.extract.mentions.spans import Span
from store.knowledge.name_words import vessel_prefix

VESSEL = "FAC"
MAX_WORDS = 4  # words of the name after its prefix
# a prefix in capitals, then capitalised words (a number joined by a hyphen, or a last number
# word on its own: "Tara-5", "Star 7")
# (the prefix's first capital is taken before the look-behind on the character before it, so
# the engine skips every character no capital is)
_VESSEL = re.compile(r"([A-Z](?<![\w/][A-Z])(?:[A-Z]{1,4}|/[A-Z]))[ \t]+"
                     r"([A-Z][\w'’]*(?:-[\w]+)*(?:[ \t]+(?:[A-Z][\w'’]*(?:-[\w]+)*|\d{1,3}\b)){0,"
                     + str(MAX_WORDS - 1) + "})")


def vessel_spans(text: str) -> list[Span]:
    """Every prefix written before a capitalised name, as one span of the vessel's label
    (marked curated: the text itself says what it is)."""
    found = []
    for m in _VESSEL.finditer(text):
        if not vessel_prefix(m.group(1)) or m.group(2).isupper():
            continue  # "SS ARMY": a run of capitals, no name
        found.append(Span(m.start(), m.end(), VESSEL, curated=True))
    return found


def without_prefix(surface: str) -> str | None:
    """"Kestrel Dawn-2" of "MV Kestrel Dawn-2"; None for a name with no vessel prefix."""
    first, _, rest = surface.partition(" ")
    return rest.strip() if rest.strip() and vessel_prefix(first) else None
