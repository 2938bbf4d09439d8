"""A period written as a modifier between an amount and its noun: "a €112mn half-year profit",
"£40m first-half net profit", "€4bn full-year revenue", "its 2.3 million first-quarter
deliveries". The tagger marks "half-year" or "first-quarter" a date, which ends the search for
the noun after a number; but a date whose words all lean on a later noun (as a compound or an
adjective, through the date's own words) only says which period that noun is of, and the noun
is what the amount counts. A date that is the amount's own word ("5 million a year", "two
weeks") heads no such noun and still ends the search."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

MODIFIERS = frozenset({"amod", "compound", "nmod", "npadvmod"})
CLIMB = 4  # words of a period climbed to the noun it modifies ("first", "-", "half", "net")


def modifies_a_later_noun(tok: Token) -> bool:
    """``tok`` is a word of a date or a time that modifies, through the words of that date, a
    common noun after it that is no date itself."""
    node = tok
    for _ in range(CLIMB):
        if node.dep_ not in MODIFIERS or node.head.i <= node.i:
            return False
        node = node.head
        if not node.ent_type_:
            return node.pos_ == "NOUN"
        if node.ent_type_ not in ("DATE", "TIME"):
            return False
    return False
