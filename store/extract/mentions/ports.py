"""A place's port written in lowercase before it: "the port of Karsby", "the harbour of Orla".

The tagger finds the place's name alone. Where the article goes on to speak of "the port" as a
thing of its own (it writes the head with "the" and no "of" too: "ships wait outside the port"),
the phrase names the port, a facility of the place and not the place itself: the whole is one
mention from the head noun on ("port of Karsby", labelled ``FAC``), whose key is that of "the
Port of Karsby" written capitalised elsewhere, and "the port" has a name with its noun to stand
for. Where it does not, the place's name is only where something happened ("landed at the port
of Karsby") and stays the place. The heads are the ``either_side_heads`` of
``store/data/names.toml`` (a port is named before or after its place).
"""

from __future__ import annotations

import re

from store.extract.mentions.spans import PLACE_LABELS, Span
from store.knowledge.name_words import name_words

_REACH = 20  # "the harbour of " and white space: how far before a name the head can stand
_HEAD_OF = re.compile(r"(?<![\w-])[Tt]he[ \t]+([a-z]+)[ \t]+of[ \t]+$")


def with_ports(text: str, spans: list[Span]) -> list[Span]:
    """Each place's name straight after "the <port head> of" widened to the port's mention,
    in an article that also writes "the <port head>" alone."""
    heads = {h for h in name_words().either_side_heads if _spoken_of(text, h)}
    if not heads:
        return spans
    out = []
    for span in spans:
        m = _HEAD_OF.search(text, max(0, span.start - _REACH), span.start) \
            if span.label in (*PLACE_LABELS, "ORG") else None
        if m is not None and m.group(1) in heads:
            span = Span(m.start(1), span.end, "FAC")
        out.append(span)
    return out


def _spoken_of(text: str, head: str) -> bool:
    """The article writes "the <head>" (or its possessive) with no "of" after it."""
    return re.search(rf"(?<![\w-])[Tt]he[ \t]+{re.escape(head)}(?:['’]s)?(?![\w'’-])"
                     rf"(?![ \t]+of\b)", text) is not None
