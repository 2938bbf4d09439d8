"""A typed claim's figures, read exactly as an article's would be on ingest: the same spaCy
pipeline (``store.extract.nlp.load_nlp``) and the same figure grammar
(``store.extract.article.extract_article``), the claim standing as a one-sentence article.

The model loads on the first call (about a second) and stays loaded for the next ones.
"""

from __future__ import annotations

import re
from typing import Any

from store.errors import ClaimscopeError

CLAIM_ARTICLE = "claim"  # the article id of a claim's figures
MAX_CLAIM = 2000  # characters: a claim is a sentence or two, not an article
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def check_date(as_of: str | None) -> str | None:
    """``--as-of`` as a partial ISO date, or a ``ClaimscopeError``."""
    if as_of is None:
        return None
    as_of = as_of.strip()
    if not _DATE.match(as_of):
        raise ClaimscopeError(f"--as-of {as_of!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return as_of


def load_model() -> Any:
    """The spaCy pipeline the ingest uses (loaded once per process)."""
    # deferred: spaCy takes a second to load; only a claim check or an ingest needs it
    from store.extract.nlp import load_nlp

    return load_nlp()


def parse_claim(text: str, as_of: str | None = None) -> list[dict[str, Any]]:
    """The figure rows of a claim (docs/schema.md's ``figures`` fields), its text standing as
    article ``claim`` dated ``as_of``."""
    # deferred: the grammar imports spaCy's types; only a claim check or an ingest needs it
    from store.extract.article import extract_article
    from store.knowledge.aliases import armed_group_names

    text = " ".join((text or "").split())
    if not text:
        raise ClaimscopeError("the claim is empty")
    if len(text) > MAX_CLAIM:
        raise ClaimscopeError(f"the claim is {len(text):,} characters long; a claim is a "
                              f"sentence or two (at most {MAX_CLAIM:,})")
    doc = load_model()(text)
    rows, _ = extract_article(doc, CLAIM_ARTICLE, check_date(as_of), armed_group_names())
    return rows
