"""An adjective and a noun joined by "and"/"or" before the plural they both describe ("64
private and government hospitals", "35 rural and city branches", "12 state and private
schools"): English pairs a classifying adjective with a noun used as a modifier freely, and the
plural after the pair is what the number counts. Two adjectives ("suspected and confirmed
cases") and two nouns ("fire and rescue teams") are read by their own rules; this is the pair
of one of each, which neither took, so the search stopped at the adjective or took the first
noun for the thing counted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.extract.figures.counted_paired import JOINERS, pair_around

if TYPE_CHECKING:
    from spacy.tokens import Token

KINDS = (frozenset({"JJ"}), frozenset({"NN"}))  # an adjective and a singular noun, either first


def mixed_pair_modifier(tok: Token) -> bool:
    """``tok`` is the first word, the conjunction or the second word of a pair of one adjective
    and one singular noun right before a plural noun: the three are skipped when looking for the
    counted noun. A plural after the conjunction ("doctors and senior nurses") or no plural
    after the pair is no such pair."""
    words = pair_around(tok)
    if words is None:
        return False
    one, joiner, other, plural = words
    if joiner.lower_ not in JOINERS or not (one.is_alpha and other.is_alpha):
        return False
    tags = {one.tag_, other.tag_}
    mixed = one.tag_ != other.tag_ and all(any(t in kind for t in tags) for kind in KINDS)
    return mixed and plural.tag_ == "NNS" and plural.pos_ == "NOUN"
