"""Two nouns joined by "and"/"or" that together describe the plural noun after them ("14 fire
and rescue teams", "1,400 lock and tug workers", "12 oil and gas wells"): plain English puts a
noun in its singular when it modifies another, so a singular noun right after a count, joined to
a second singular noun that a plural follows, is a modifier of that plural. The plural is what
the number counts; before, the first modifier ("fire", "lock") was taken for the counted noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

JOINERS = frozenset({"and", "or", "&"})  # the conjunctions that pair the two modifiers


def paired_noun_modifier(tok: Token) -> bool:
    """``tok`` is the first noun, the conjunction or the second noun of a pair of singular noun
    modifiers before a plural noun ("salvage and rescue vessels"): the three are skipped when
    looking for the counted noun. A plural after the conjunction ("doctors and nurses") or no
    plural after the pair ("165 sheep and cattle in the valley") is no such pair."""
    words = pair_around(tok)
    if words is None:
        return False
    noun, joiner, second, plural = words
    return (noun.tag_ == "NN" and joiner.lower_ in JOINERS
            and second.tag_ in ("NN", "NNP") and second.is_alpha
            and plural.tag_ == "NNS" and plural.pos_ == "NOUN")


def pair_around(tok: Token) -> tuple[Token, Token, Token, Token] | None:
    """The four words of a pair of modifiers and the noun after it that ``tok`` may be one of
    (the first modifier, the conjunction or the second modifier), or None near the text's
    ends."""
    doc = tok.doc
    if tok.lower_ in JOINERS:
        first = tok.i - 1
    elif tok.i > 0 and doc[tok.i - 1].lower_ in JOINERS:
        first = tok.i - 2
    else:
        first = tok.i
    if first < 0 or first + 3 >= len(doc):
        return None
    return doc[first], doc[first + 1], doc[first + 2], doc[first + 3]
