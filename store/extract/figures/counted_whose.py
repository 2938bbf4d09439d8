"""What "whose number" counts: "junior riders, whose number fell from 2,400 to 1,900" counts the
riders. A number noun owned by the relative "whose" says only that it is a count; the noun the
relative clause describes is the thing counted."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from store.knowledge.context import ContextWords


def whose_count(subject: Token, ctx: ContextWords) -> Token | None:
    """The noun a relative clause describes, when the clause's subject is a number noun that
    "whose" owns ("riders, whose number fell"); None otherwise (also for a noun the sentence
    leaves unnamed, or one that is itself no thing counted)."""
    if subject.lemma_.lower() not in ctx.number_nouns or not any(
            c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children):
        return None
    clause = subject.head
    if clause.dep_ != "relcl" or clause.head.i > subject.i:
        return None
    noun = clause.head
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma in ctx.number_nouns or lemma in ctx.not_counted:
        return None
    return noun
