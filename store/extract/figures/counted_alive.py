"""People a verb of taking out brings out "alive" ("lifeboats pulled 37 people alive from the
quarry", "brought out 14 people alive") are the people rescued, as "rescued 40 people" says:
"alive" makes the taking out a rescue. Only the verbs of ``taken_alive`` of
``store/data/quantities.toml`` ("buried alive", "kept alive" are no rescue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.quantity_classes import quantity_classes

if TYPE_CHECKING:
    from spacy.tokens import Token

ALIVE = "alive"
RESCUED = "rescued"  # the participle the class of those rescued is named by


def taken_alive(head: Token) -> bool:
    """Whether a counted noun is the object of a verb of taking out that "alive" completes,
    hung by the parser on the noun or on the verb; reads the two nodes' children only."""
    if head.dep_ != "dobj":
        return False
    verb = head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in quantity_classes().taken_alive_verbs:
        return False
    return any(c.lower_ == ALIVE for c in (*head.children, *verb.children))
