"""A region named with its code in brackets: "Central Luzon (Region III)", "CALABARZON (Region
IV-A)", as statistics offices and the press of countries that number their regions write them
(the Philippines' regions, https://en.wikipedia.org/wiki/Regions_of_the_Philippines; Chile's
before 2018, https://en.wikipedia.org/wiki/Regions_of_Chile). The tagger takes the numeral for
an acronym and the name for anything or nothing; both are the place: the name, then its code,
"Region" and a Roman or Arabic numeral with an optional letter. Not after a body's name: an
agency's regional office is written so too. Resolution joins the code to the name before its
bracket within the article (``store.actors.regions``).

One scan of the text for the bracket: linear in the article.
"""

from __future__ import annotations

import re

from store.extract.mentions.joins import without_overlaps
from store.extract.mentions.spans import Span
from store.knowledge.descriptions import descriptions

REGION_CODE = re.compile(r"Region[ \t]+(?:[IVX]+|\d{1,2})(?:-[A-Z])?")
_NAMED = re.compile(r"(?<![\w'’-])((?!The\b)[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,3})[ \t]+\(("
                    + REGION_CODE.pattern + r")\)")


def _body_word(name: str) -> bool:
    """Whether an organisation's name ends in a body's noun ("Agency", "Office": a head of
    descriptions.toml for bodies only), not a place's word the tagger took for one ("Central
    Visayas")."""
    rules = descriptions().rules_for(name.rsplit(" ", 1)[-1])
    return bool(rules) and all("ORG" in rule.types for rule in rules)


def with_region_codes(text: str, spans: list[Span]) -> list[Span]:
    """The name and its bracketed code as two places, unless a body's name (the tagger's,
    ending in a body's noun) ends where the bracket opens: "The Federal Emergency Management
    Agency (Region 4)" is the agency's regional office, no region named FEMA."""
    if "Region" not in text:  # what every code writes: most articles are passed at once
        return spans
    bodies = {s.end for s in spans if s.label == "ORG" and _body_word(text[s.start:s.end])}
    found = [(m.span(1), m.span(2)) for m in _NAMED.finditer(text) if m.end(1) not in bodies]
    if not found:
        return spans
    taken = {(s, e) for pair in found for s, e in pair}
    kept = [s for s in spans if not any(s.start < e and b < s.end for b, e in taken)]
    added = [Span(b, e, "GPE") for b, e in sorted(taken)]
    return without_overlaps([*kept, *added])
