"""A common noun that opens a sentence with its capital ("Attendance stood at 41,200", "Footfall
reached 2.1 million") is sometimes tagged a proper noun; as the bare subject of a verb of measure
it is still the quantity the figure measures."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def common_noun_read_as_name(tok: Token) -> bool:
    """A word tagged a proper noun that opens its sentence, stands alone (no word of its own
    before or after it, no entity the tagger names: "Reuters", "Brent" are names) and is
    followed right away by the verb it is the subject of."""
    return (tok.pos_ == "PROPN" and tok.i == tok.sent.start and not tok.ent_type_
            and tok.dep_ == "nsubj" and tok.head.i == tok.i + 1 and tok.head.pos_ == "VERB"
            and not any(True for _ in tok.children) and tok.text.istitle())
