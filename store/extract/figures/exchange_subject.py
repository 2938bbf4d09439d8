"""A currency's price in another, said with the first as its verb's subject: "Sterling traded at
$1.2694", "the euro rose to $1.09 on Friday", "the dollar fetched 151.2 yen". Market copy writes
an exchange rate so, without "to the dollar": the amount, the level of a verb (its object, what
it is "worth", or after "at", "to", "from", "near"), is one unit of the subject's currency in
the amount's, so it is given per the subject's currency. The subject is the currency's name
alone ("sterling") or after "the" ("the pound"); "a pound of beef sold for $4" is a price by
weight, and "the rupee bond raised $500m" has a bond for its subject. The parse is read from the
amount up to its verb, a few tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.knowledge.units import units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

LEVELS = frozenset({"at", "to", "from", "near", "around"})  # "traded at", "rose to"
OBJECTS = frozenset({"dobj", "attr"})  # "fetched 151.2 yen", "was $1.09"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
WORTH = "worth"  # "the dollar was worth 0.91 euros": the amount after it is the subject's price


def currency_of_subject(span: Span, code: str) -> str | None:
    """The code of the currency whose name is the subject of the verb an amount in ``code`` is
    the level of, when it is another currency (the module's docstring); None for anything
    else."""
    verb = _verb_of_level(span.root)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < span.start), None)
    if subject is None or any(c.dep_ in ("compound", "amod", "nmod") for c in subject.children):
        return None  # "the rupee bond", "the strong euro area"
    dets = [c.lower_ for c in subject.children if c.dep_ == "det"]
    if dets not in ([], ["the"]):
        return None  # "a pound of beef": a weight
    lex = units()
    word = subject.lower_
    other = lex.currency_words.get(word) or (lex.after_scale.get(word) if dets else None)
    return other if other is not None and other != code else None


def _verb_of_level(tok: Token) -> Token | None:
    """The verb whose level the amount is: its object, or the object of "at", "to", "from" on
    it."""
    if tok.dep_ in OBJECTS and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    head = tok.head
    if head.lower_ == WORTH and head.dep_ in ("acomp", "prep") and (
            head.head.pos_ in ("VERB", "AUX")):
        return head.head  # "the dollar was worth 0.91 euros"
    if tok.dep_ == "pobj" and head.lower_ in LEVELS and head.dep_ == "prep":
        verb = head.head
        if verb.pos_ == "ADV" and verb.dep_ == "advmod":
            verb = verb.head  # "the euro climbed back to $1.10"
        if verb.pos_ in ("VERB", "AUX"):
            return verb
    return None
