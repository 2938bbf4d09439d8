"""An adverb inside the words a number counts: "1.2 million internally displaced people", "640
commonly prescribed medicines", "40,000 fully vaccinated children", "250 seriously injured
workers". The adverb qualifies the adjective or participle right after it, which in turn
describes the noun; it ends nothing, and the noun after it is what the number counts (the
Cambridge Grammar of the English Language, ch. 6 §7: an adverb as modifier of an adjective inside
a noun phrase). A reading that stopped at the adverb would leave the number with no noun, or
hand it a noun of another clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

MODIFIED_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG"})  # the adjective or participle
REACH = 2  # tokens after the adverb its adjective may stand at ("widely and cheaply sold")


def qualifies_a_modifier(tok: Token) -> bool:
    """Whether ``tok`` is an adverb that qualifies an adjective or participle right after it,
    which itself describes a noun later in the phrase."""
    if tok.pos_ != "ADV" or tok.dep_ != "advmod":
        return False
    modified = tok.head
    if not tok.i < modified.i <= tok.i + REACH or modified.tag_ not in MODIFIED_TAGS:
        return False
    noun = modified.head
    return modified.dep_ == "amod" and noun.i > modified.i and noun.pos_ in ("NOUN", "PROPN")
