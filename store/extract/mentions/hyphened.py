"""A body's short form the tagger cut at its hyphen: "Orla-VT said", "SNUvm-FSX called a
strike". Brazilian, Spanish and French bodies join their initials, or a short word of their
name, and their state's code or their federation's initials by a hyphen ("SES-MG",
"SNUipp-FSU"); the small English model reads the first part alone, often as a place or a
people. The whole, where it is such a short form (``is_short_form``: one part an acronym), is
one body's name, as a bracketed definition of it would be; not where either part is a body's
name already, a curated alias ("ECB") or an acronym the article defines in brackets: "the
ECB-Fed rate gap" sets two bodies side by side."""

from __future__ import annotations

import re

from store.extract.mentions.spans import Span
from store.knowledge.aliases import curated_entry
from store.knowledge.countries import countries
from store.knowledge.folding import is_acronym, is_short_form

# the tail ends the name: not "ISIS-West Africa", a branch named by a region of words
_TAIL = re.compile(r"-([A-Z][A-Za-z]{0,6})(?![\w-])(?![ \t]+[A-Z])")
_CUT_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "PERSON"})
_DEFINED = re.compile(r"\(([^\W\d_][\w&.-]*)\)")  # an acronym defined in brackets: "(ECB)"


def with_hyphened_forms(text: str, spans: list[Span]) -> list[Span]:
    """The spans, each one-word span followed at once by "-" and a capitalised part no span
    holds made one ORG span with it where the two are a hyphened short form; not where a
    capitalised word follows (the hyphen joins a longer name) nor where the part is a
    country's name, nor where either part is a body's name of its own (``_own_name``)."""
    out: list[Span] = []
    defined: frozenset[str] | None = None
    for i, span in enumerate(spans):
        m = _TAIL.match(text, span.end)
        surface = text[span.start:span.end]
        if m is not None and span.label in _CUT_LABELS and " " not in surface \
                and (i + 1 == len(spans) or spans[i + 1].start >= m.end()) \
                and (is_acronym(surface) or is_acronym(m.group(1))) \
                and is_short_form(surface + m.group()) \
                and not countries().country(m.group(1)):  # "ISIS-Libya": a branch, as it was
            if defined is None:
                defined = frozenset(_DEFINED.findall(text))
            if not (_own_name(surface, defined) or _own_name(m.group(1), defined)):
                span = Span(span.start, m.end(), "ORG", span.curated)
        out.append(span)
    return out


def _own_name(part: str, defined: frozenset[str]) -> bool:
    """Whether a part of a hyphened whole names a body by itself: a curated alias ("ECB") or an
    acronym the article defines in brackets ("(FSX)")."""
    return part in defined or curated_entry(part) is not None
