"""Whether a verb says its subject is what a figure measures: a verb of measure or change
(``measure_verbs`` of ``store/data/context.toml``: "rose to £59", "reached 143"), or a verb that
its particle "up" or "down" makes one (``[moved_by] phrasal``: "the monthly pass went up from £54
to £59", "fees came down to $40"), which the lemma alone does not show ("go", "come")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.context import ContextWords, moved_by_words, phrasal_change_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token


def measures_its_subject(verb: Token, ctx: ContextWords) -> bool:
    """A verb of measure or change, or "go"/"come" with "up" or "down" as its particle, right
    after it (the parser may call the particle an adverb: "went down from £120")."""
    lemma = verb.lemma_.lower()
    if lemma in ctx.measure_verbs:
        return True
    directions = moved_by_words()[0]
    return lemma in phrasal_change_verbs() and any(
        c.dep_ in ("prt", "advmod") and c.i == verb.i + 1 and c.lower_ in directions
        for c in verb.children)
