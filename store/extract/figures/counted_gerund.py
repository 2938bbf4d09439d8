"""A noun phrase the tagger splits at a gerund: in "the average asking rent rose to £1,415" it may
call "average" the subject (or the gerund itself the subject, "average" its own), "asking" a
clause and "rent" that clause's object. The phrase names the rent, the noun after the gerund, as
"the average selling price" does."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

GERUND_REACH = 2  # tokens after the gerund its object may stand at ("asking monthly rent")


def noun_past_gerund(subject: Token) -> Token | None:
    """The noun a subject adjective and the gerund right after it modify ("average asking
    rent", "median selling price"), when the parser made the noun the gerund's object; None for
    a clause of its own ("the average asking them to pay", a pronoun, no noun)."""
    if subject.pos_ != "ADJ" or subject.i + 1 >= len(subject.doc):
        return None
    gerund = subject.doc[subject.i + 1]
    if gerund.tag_ != "VBG" or gerund.head.i != subject.i or gerund.dep_ != "acl":
        return None
    return _object_after(gerund)


def noun_of_gerund_subject(verb: Token) -> Token | None:
    """The same phrase parsed as a clause that is the verb's subject: "the average asking rent
    rose", with "asking" the subject clause, "average" its subject and "rent" its object."""
    gerund = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if gerund is None or gerund.i == 0:
        return None
    before = gerund.doc[gerund.i - 1]
    if before.pos_ != "ADJ" or before.head.i != gerund.i or before.dep_ != "nsubj":
        return None
    return _object_after(gerund)


def _object_after(gerund: Token) -> Token | None:
    """The gerund's object, a noun right after it with no determiner of its own."""
    return next((c for c in gerund.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                 and gerund.i < c.i <= gerund.i + GERUND_REACH and not any(
                     d.dep_ == "det" for d in c.children)), None)
