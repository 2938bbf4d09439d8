"""Names in a Markdown file's front matter: its ``title:``, ``outlet:`` and issuer's lines.

Front matter is metadata, blanked out of the text that is parsed (no figure is ever read there),
but a release's ``outlet: "Velm Water Agency, press release"`` and a ``title: "Velm Water Agency
lowers its count"`` name the actors of the article as its headline does, and so do a release's
``issuer:``, ``organisation:``, ``regulator:``, ``department:`` and ``ministry:``, and its
reference number, which opens with the issuer's short form
("reference: VWA/PR/2030/014"). Without a parse, a name
is found there only when the article's own text names it (a mention of the body of the text,
written the same way, as a whole word): that mention's label is its label. The stored text keeps
those values (the rest of the front matter stays blank), so each such name reads there.
"""

from __future__ import annotations

import re

from store.knowledge.folding import is_acronym

# the front matter's fields whose values may name the article's actors
NAMING_FIELDS = ("title", "outlet", "issuer", "organisation", "organization", "regulator",
                 "department", "ministry", "reference")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "ACRO"})


def front_mentions(text: str, values: tuple[tuple[int, int], ...],
                   items: list[list]) -> list[list]:
    """Mentions ``[start, end, label, None, -1]`` in the front matter's naming values (their
    spans in ``text``): every place a name the body's mentions (``items``) write is written
    there again, longest name first, never overlapping."""
    surfaces: dict[str, str] = {}
    for start, end, label, *_ in items:
        surface = text[start:end]
        if label in _NAME_LABELS and len(surface) > 1 and surface[:1].isupper() \
                and "\n" not in surface:
            surfaces.setdefault(surface, label)
    found: list[list] = []
    for start, end in values:
        taken: list[tuple[int, int]] = []
        value = text[start:end]
        for surface in sorted(surfaces, key=len, reverse=True):
            if surface not in value:
                continue  # not written there at all: no pattern to build
            # a short form in capitals may be hyphened to a reference's other parts:
            # "VWA-PR-2030-07" names the VWA
            edge = r"\w'’" if is_acronym(surface) else r"\w'’-"
            pattern = rf"(?<![{edge}])" + re.escape(surface) + rf"(?![{edge}])"
            for m in re.finditer(pattern, value):
                s, e = start + m.start(), start + m.end()
                if all(e <= a or s >= b for a, b in taken):
                    taken.append((s, e))
                    found.append([s, e, surfaces[surface], None, -1])
    return sorted(found)
