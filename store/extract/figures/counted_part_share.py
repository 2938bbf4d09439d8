"""A share a part "accounts for" of a whole is the part's share: "children under five accounted
for about 40 percent of them", "Andalusia accounted for around 40% of the damage".

The verb's subject names the part (``part_verbs`` of ``store/data/context.toml``: "account for",
Oxford Dictionary of English, 3rd ed., "supply or make up a specified amount or proportion of"),
and the "of" phrase after the figure the whole; the figure is neither the part nor the whole but
the part's proportion of it, its share, as ``named_share`` names a share given to an owner ("the
LC's share"). A count the verb completes ("the north accounted for 31 of the deaths") counts
the deaths and is left alone. Reads the figure's own verb only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from store.extract.figures.found import FoundFigure

SHARE = "share"
SHARE_UNITS = frozenset({"percent", "fraction"})


def name_the_part_share(fig: FoundFigure, span: Span) -> None:
    """A percentage or a fraction "of" a whole that completes a verb of a part, named by the
    part (the verb's subject, already read as its counted noun), is that part's share."""
    if fig.unit not in SHARE_UNITS or fig.counted is None or fig.rate:
        return
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return
    prep = span.root.head
    verb = prep.head
    if span.root.dep_ != "pobj" or prep.lower_ != "for" or (
            verb.lemma_.lower() not in context_words().part_verbs):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() != fig.counted_head:
        return  # the part the verb's subject names, not a whole another rule read
    if fig.counted.lower().split()[-1] != SHARE:
        fig.counted = f"{fig.counted} {SHARE}"
