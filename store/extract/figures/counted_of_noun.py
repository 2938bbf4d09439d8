"""A figure in the "of" phrase of the noun a verb of change or cost is said of: "a visa cap of
350,000 could cost universities £1.1bn", "a levy of 5% would cost drivers $40 a year". The
figure is the value of that noun (the cap, the levy), not the cost or the change the verb names:
those are the verb's own object or complement, the other figure of the clause. A rule that names
a subject's cost or growth ("the levy cost $40": the levy's cost) reads the figure's place in the
clause first, and leaves such a figure to the noun it is "of"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# words of approximation between "of" and the figure ("a cap of about 350,000")
QUALIFIERS = frozenset({"about", "around", "almost", "nearly", "some", "roughly", "just",
                        "approximately", "more", "less", "than", "up", "to", "close", "over",
                        "under", "at", "least", "only", "$", "£", "€"})
REACH = 4  # tokens before the figure its "of" may stand at


def value_of_the_noun(span: Span, noun: Token) -> bool:
    """Whether the figure ``span`` stands in the "of" phrase of ``noun`` ("a cap of 350,000")."""
    of = of_before(span)
    return of is not None and of.head.i == noun.i and noun.i < of.i


def of_before(span: Span) -> Token | None:
    """The "of" whose phrase the figure ``span`` opens, past words of approximation ("a cap of
    about 350,000"), or None."""
    doc = span.doc
    i = span.start - 1
    while i > span.start - REACH and i > 0 and doc[i].lower_ in QUALIFIERS:
        i -= 1
    of = doc[i] if i >= 0 else None
    return of if of is not None and of.lower_ == "of" and of.dep_ == "prep" else None
