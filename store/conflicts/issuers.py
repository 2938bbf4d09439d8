"""Whose statement an article is: a body's own release speaks for that body.

A ministry's press statement, a company's newsroom post or a utility's media statement gives
its figures without naming whose they are ("daily use averaged 940 megalitres"), and says "we"
and "our estimate" of its own counts. Those figures are the body's estimate, not "the
article's": named so, restatements elsewhere join them, and the body's correction in a later
release is its revision. A newsroom's report ("Reuters", "The Daily Courier") speaks for nobody.
"""

from __future__ import annotations

import re
from typing import Any

from store.knowledge.estimates import estimate_words
from store.knowledge.folding import fold

_TRAILING_ALIAS = re.compile(r"\s*\(\s*[A-Z][\w.&-]{1,11}\s*\)\s*$")  # "Gauteng Water (GW)"


def official_outlet(outlet: object) -> str | None:
    """The body an article comes from, when its outlet is one of the state's (a ministry's press
    statement, a police force's release), named as its outlet says up to the first comma."""
    if not isinstance(outlet, str) or not outlet.strip():
        return None
    name = outlet.split(",")[0].strip()
    return name if estimate_words().is_official(name) else None


def issuer_of(outlet: object) -> str | None:
    """The body whose own release the article is: any body whose outlet calls the article its
    statement or release ("Acme Corp, company statement (newsroom)", "Statistics Office (press
    release)"), named up to the first comma or bracket, an abbreviation in brackets after the
    name set aside ("Gauteng Water (GW)"); else one of the state's (``official_outlet``)."""
    if not isinstance(outlet, str):
        return None
    name, _, kind = outlet.partition(",")
    if not estimate_words().statement_words.search(fold(kind)) and "(" in name:
        name, _, kind = name.partition("(")
    if estimate_words().statement_words.search(fold(kind)):
        return _TRAILING_ALIAS.sub("", name).strip() or None
    return official_outlet(outlet)


def as_issuers(row: dict[str, Any], issuer: str | None) -> dict[str, Any]:
    """A figure row of a body's own release with the body as its origin, when the row names
    nobody or names the release's first person ("we", "our estimate"); the row itself
    otherwise."""
    if issuer is None:
        return row
    origin = str(row.get("origin") or "the article")
    first = fold(origin).split()[:1]
    if origin == "the article" or (first and first[0] in estimate_words().first_person):
        return {**row, "origin": issuer, "origin_basis": "source"}
    return row
