"""A share that completes "make up" with no "of" phrase is the share of the verb's subject, the
part: "women make up nearly 40 percent", "exports made up a third". "Make up" is the verb of a
part's proportion of a whole (Oxford Dictionary of English, 3rd ed., make up, "compose or
constitute (a whole)"; account for, "supply or make up a specified amount or proportion of"),
as "account for" is; with the whole left unsaid, the subject is the only noun that says what the
share is of. With an "of" phrase ("made up 22% of the workforce") the reading is left as it was.
Reads the share's own verb only."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MAKE = "make"
PARTICLE = "up"


def makes_up(verb: Token, span: Span) -> bool:
    """Whether ``span``, a share, is the object of "make up" with no "of" phrase after it."""
    if verb.lemma_.lower() != MAKE or span.root.dep_ != "dobj" or span.root.head.i != verb.i:
        return False
    if not any(c.dep_ == "prt" and c.lower_ == PARTICLE for c in verb.children):
        return False
    doc = span.doc
    return span.end >= len(doc) or doc[span.end].lower_ != "of"
