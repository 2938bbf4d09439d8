"""A number written after the name of the scale it is a point on: "a magnitude 6.4 earthquake",
"an earthquake of magnitude 7.0", "Mw 6.8" measure a magnitude, not earthquakes, whatever noun
follows. The scale words are ``[scales]`` of ``store/data/quantities.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Span


def scale_before(span: Span) -> str | None:
    """The scale the word right before the number names, or None."""
    if span.start == 0:
        return None
    before = span.doc[span.start - 1]
    return quantity_classes().scales.get(before.lower_)
