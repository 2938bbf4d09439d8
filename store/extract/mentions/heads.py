"""A body's name whose head the tagger cut off, and a title's portfolio taken for a body.

The tagger often tags only the tail of a long "<Head> of <X> and <Y>" name: in "The Ministry of
Mines and Mining Industries has raised" it finds "Mining Industries" alone, so the ministry
becomes an actor called "Mining Industries" and "the ministry" later in the article finds no
ministry to stand for. And in "the Minister of Mines and Mining Industries has imposed" the same
tail is the minister's portfolio, no body at all: as an organisation it is one more company-like
name that "the company" or "the operator" could stand for.

So, for a tagged organisation written straight after untagged capitalised words that open with
a head noun and "of" or "for" ("Ministry of Energy and "):

* an organisation's head (``org_heads`` of ``store/data/names.toml``): the span takes in the head,
  the whole name is one organisation;
* a title styled by its portfolio (``portfolio_titles``: "Minister of", "Minister for"): the span
  is dropped, a portfolio names nobody (the person holding the title is named on their own).
"""

from __future__ import annotations

import re

from store.extract.mentions.spans import Span
from store.knowledge.folding import fold
from store.knowledge.name_words import name_words

# the untagged start of a name right before a span: "Ministry of Energy and ", "Minister for "
_CUT_HEAD = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:(?:and|&)[ \t]+)?$")
_REACH = 80  # characters looked at before a span


def with_cut_heads(text: str, spans: list[Span]) -> list[Span]:
    """The spans with every organisation's cut-off head taken back in, and every title's
    portfolio dropped; the spans stay in text order and never overlap."""
    nw = name_words()
    out: list[Span] = []
    for span in spans:
        if span.label != "ORG" or span.curated:
            out.append(span)
            continue
        start = max(out[-1].end if out else 0, span.start - _REACH)
        m = _CUT_HEAD.search(text, start, span.start)
        head = fold(m.group(1)) if m else ""
        if m is None or "\n" in m.group():
            out.append(span)
        elif head in nw.org_heads:
            out.append(Span(m.start(), span.end, "ORG"))
        elif head not in nw.portfolio_titles:
            out.append(span)
    return out
