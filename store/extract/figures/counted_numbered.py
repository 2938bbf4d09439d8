"""A noun numbered as its kind: "class 10 pupils", "grade 8 pupils", "line 4 trams", "route 9
buses". The small whole number after the noun names which class, grade or line (the noun and its
number are one name), so it is part of what is counted, not a second figure's end of the run,
and two such counts ("class 10 pupils", "class 12 pupils") are two quantities, not one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import context_words

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_DIGITS = 3  # a class, a grade, a line or a route number; a longer one is a figure or a year


def numbers_a_noun(tok: Token) -> bool:
    """Whether the token is a small whole number right after a noun and right before another
    noun ("grade 8 pupils"): the first noun, a word that names a kind by its number
    (``[not_claims] kind_number_words`` of context.toml), and its number, inside the name of the
    second."""
    doc = tok.doc
    return (tok.text.isdigit() and len(tok.text) <= MAX_DIGITS and 0 < tok.i < len(doc) - 1
            and doc[tok.i - 1].lower_ in context_words().kind_number_words
            and doc[tok.i + 1].pos_ == "NOUN")


def numbers_in_name(head: Token, modifiers: list[Token]) -> list[Token]:
    """The numbers among the words before ``head`` that number one of its ``modifiers``
    ("10" of "class 10 pupils")."""
    before = {m.i for m in modifiers}
    return [t for t in head.doc[min(before, default=head.i):head.i]
            if t.i - 1 in before and numbers_a_noun(t)]
